"""A lesson's images are found in the offline cache when the lesson is read."""

from __future__ import annotations

from pathlib import Path

from desktop.course_package.sample import load_sample_course
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica.importer import import_sample_course
from desktop.ui.operations.reads import lesson_content


def test_lesson_read_resolves_its_images_to_cached_files(tmp_path: Path) -> None:
    store, _ = ProfileDirectory(tmp_path).open_guest()
    try:
        import_sample_course(store)
        package = load_sample_course().package
        assert package is not None
        urls = package.lesson("02-urls")
        content = lesson_content(store, str(urls.id))
        assert set(content.images) == {"images/url-parts.png"}
        cached = Path(content.images["images/url-parts.png"])
        assert cached.read_bytes().startswith(b"\x89PNG")
    finally:
        store.close()
