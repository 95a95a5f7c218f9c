"""Download for offline: lessons, bodies, quizzes and images; resumable."""

from __future__ import annotations

import hashlib
import shutil
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.course_package import load_package
from desktop.course_package.media_blocks import fences
from desktop.course_package.sample import SAMPLE_COURSE_DIR
from desktop.publish.course import Publisher
from desktop.store.actions import learning
from desktop.store.models.local import (
    ALL_FILES,
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    SOME_LESSONS,
    TEXT_ONLY,
)
from desktop.store.replica import cached_image, download_size, download_space, image_key
from desktop.store.replica.content import download_state
from desktop.store.replica.downloads import start_download
from desktop.sync.download import (
    CourseDownloader,
    DownloadCancelled,
    DownloadProgress,
    DownloadStep,
    courses_missing_pictures,
    download_missing_pictures,
    image_refs,
    object_problem,
)
from desktop.sync.engine import SyncEngine
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.helpers.json_rows import json_rows


def a_copy_of_the_sample_course(tmp_path: Path, *, media: bool = False) -> str:
    """The sample under a new id; without its media (video, sound, PDF, poster,
    captions) unless ``media``: the tests below count its pictures."""
    folder = tmp_path / "course"
    shutil.copytree(SAMPLE_COURSE_DIR, folder)
    if not media:
        shutil.rmtree(folder / "media")
        (folder / "images" / "request-poster.png").unlink()
        for lesson in folder.glob("*.md"):
            body = lesson.read_text(encoding="utf-8")
            blocks = [f for f in fences(body) if f.info == "media"]
            lines = body.split("\n")
            for fence in reversed(blocks):
                del lines[fence.open : fence.close + 1]
            lesson.write_text("\n".join(lines), encoding="utf-8")
    course_file = folder / "course.toml"
    text = course_file.read_text(encoding="utf-8")
    new_id = str(uuid.uuid4())
    text = text.replace('id = "94067732-798d-41f7-a886-0c1cf58daf5d"', f'id = "{new_id}"')
    text = text.replace('slug = "how-the-web-works"', f'slug = "web-{new_id[:8]}"')
    course_file.write_text(text, encoding="utf-8")
    return str(folder)


def test_image_refs_keep_relative_images_inside_the_course() -> None:
    body = (
        "![a](images/a.png) ![b](images/b%20c.png) ![c](https://x.test/c.png)\n"
        '![d](../secret.png) ![e](./images/a.png "title")\n```\n![f](images/f.png)\n```'
    )
    assert image_refs(body) == ["images/a.png", "images/b c.png"]


def test_download_brings_content_and_images_and_resumes(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    result = load_package(Path(a_copy_of_the_sample_course(tmp_path)))
    assert result.package is not None, result.problems
    package = result.package
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(package)

    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    course_id = str(package.id)
    learning.enroll(learner.store, course_id)
    progress: list[DownloadProgress] = []
    downloader = CourseDownloader(engine, on_progress=progress.append)
    report = downloader.download(course_id)

    assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE
    assert report.images_fetched == 3
    assert not report.missing_images
    assert progress[0] == DownloadProgress(DownloadStep.LESSONS, 0, 1)
    assert progress[1] == DownloadProgress(DownloadStep.IMAGES, 1, 4, image=1, images=3)
    assert progress[-1] == DownloadProgress(DownloadStep.DONE, 4, 4)
    cached = sorted((tmp_path / "data").rglob("*.png"))
    assert len(cached) == report.images_fetched
    assert cached[0].read_bytes().startswith(b"\x89PNG")

    # An interrupted download (one image never arrived) fetches only what is missing.
    cached[0].unlink()
    again = downloader.download(course_id)
    assert again.images_fetched == 1
    assert again.images_cached_before == report.images_fetched - 1


def test_a_hostile_thumbnail_address_skips_the_thumbnail_not_the_course(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    result = load_package(Path(a_copy_of_the_sample_course(tmp_path)))
    assert result.package is not None, result.problems
    package = result.package
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(package)
    course_id = str(package.id)
    [row] = json_rows(
        teacher.client.table("courses").select("thumbnail_url").eq("id", course_id).execute().data
    )
    base = row["thumbnail_url"].split("/object/public/course-content/", 1)[0]
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, course_id)
    outside = tmp_path / "outside"
    # an absolute path (C:\… on Windows), a '..' (the SDK's ValueError), another course
    for hostile in (
        f"/{outside}/evil.png",
        f"{course_id}/../x.png",
        f"{uuid.uuid4()}/images/cover.png",
        f"{course_id}/CON.png",
    ):
        teacher.client.table("courses").update(
            {"thumbnail_url": f"{base}/object/public/course-content/{hostile}"}
        ).eq("id", course_id).execute()
        engine.run_cycle()
        report = CourseDownloader(engine).download(course_id)
        assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE, hostile
        assert report.missing_images == [hostile], hostile
        assert not outside.exists()


def test_lesson_images_a_check_would_refuse_are_not_fetched(tmp_path: Path) -> None:
    course = str(uuid.uuid4())
    for name in ("C:x.png", "images/CON.png", "images/a.png ", "images/a.png.", "a//b.png"):
        assert object_problem(course, f"{course}/{name}") is not None, name
    assert object_problem(course, f"{course}/images/a.png") is None


def test_a_cancelled_download_keeps_whole_files_and_the_next_one_goes_on(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    result = load_package(Path(a_copy_of_the_sample_course(tmp_path)))
    assert result.package is not None, result.problems
    package = result.package
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    course_id = str(package.id)
    learning.enroll(learner.store, course_id)
    cancel = threading.Event()

    def progress(step: DownloadProgress) -> None:
        if step.done == 1:  # the learner presses Cancel while the first image arrives
            cancel.set()

    with pytest.raises(DownloadCancelled) as stopped:
        CourseDownloader(engine, on_progress=progress, cancel=cancel).download(course_id)
    assert (stopped.value.reason, stopped.value.images_done, stopped.value.images_total) == (
        "download_stopped",
        1,
        3,
    )
    row = download_state(learner.store, course_id)
    assert row.state == DOWNLOADING  # "partly downloaded", as the course page shows it
    assert (row.items_done, row.items_total) == (2, 4)  # the lessons and one image
    files = sorted(p for p in (tmp_path / "data").rglob("*") if p.is_file() and "images" in str(p))
    assert [p.suffix for p in files] == [".png"]  # one whole image, no .part
    again = CourseDownloader(engine).download(course_id)
    assert (again.images_cached_before, again.images_fetched) == (1, 2)
    assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE


def test_catalogue_covers_are_fetched_once_without_a_download(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    result = load_package(Path(a_copy_of_the_sample_course(tmp_path)))
    assert result.package is not None, result.problems
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(result.package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    course_id = str(result.package.id)
    assert (course_id, True) in courses_missing_pictures(learner.store, limit=10_000)
    assert download_missing_pictures(engine, limit=10_000) >= 1
    assert (course_id, True) not in courses_missing_pictures(learner.store, limit=10_000)
    assert download_state(learner.store, course_id).state != AVAILABLE_OFFLINE  # covers only
    assert download_missing_pictures(engine, limit=10_000) == 0  # nothing fetched twice


def published_sample(
    tmp_path: Path,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    *,
    media: bool = False,
) -> tuple[Path, SignedUpUser, Learner, SyncEngine, str]:
    """The sample course (with its media when ``media``) published by a
    teacher; a learner who pulled the catalogue and enrolled.  (folder,
    teacher, learner, engine, course id)"""
    folder = Path(a_copy_of_the_sample_course(tmp_path, media=media))
    result = load_package(folder)
    assert result.package is not None, result.problems
    teacher = make_instructor()
    Publisher(teacher.client, teacher.id).publish(result.package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    course_id = str(result.package.id)
    learning.enroll(learner.store, course_id)
    return folder, teacher, learner, engine, course_id


LESSON_IMAGES = {"02-urls": "images/url-parts.png", "04-http": "images/request-response.png"}


def test_the_manifest_gives_sizes_before_a_download_and_checks_every_file(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    folder, _teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner
    )
    package = load_package(folder).package
    assert package is not None
    sizes = {path: (folder / path).stat().st_size for path in LESSON_IMAGES.values()}
    before = download_size(learner.store, course_id)
    assert before.known
    assert (before.total, before.remaining, before.files) == (
        sum(sizes.values()),
        sum(sizes.values()),
        2,
    ), "the cover is the catalogue's, not part of the download"
    assert before.per_lesson == {
        str(package.lesson(slug).id): sizes[path] for slug, path in LESSON_IMAGES.items()
    }
    assert download_space(learner.store, course_id).needed == sum(sizes.values())

    CourseDownloader(engine).download(course_id)
    for path in LESSON_IMAGES.values():
        cached = cached_image(learner.store, image_key(course_id, path))
        assert cached is not None
        assert cached.sha256 == hashlib.sha256((folder / path).read_bytes()).hexdigest()
    after = download_size(learner.store, course_id)
    assert (after.total, after.remaining) == (before.total, 0)
    assert download_space(learner.store, course_id).needed == 0


def test_a_file_changed_on_the_server_or_cut_short_here_is_fetched_again(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    folder, teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner
    )
    CourseDownloader(engine).download(course_id)
    changed = folder / "images" / "url-parts.png"
    changed.write_bytes((folder / "images" / "cover.png").read_bytes())  # a new picture
    package = load_package(folder).package
    assert package is not None
    Publisher(teacher.client, teacher.id).publish(package)
    engine.run_cycle()
    again = CourseDownloader(engine).download(course_id)
    assert (again.images_fetched, again.images_cached_before) == (1, 2)
    local = cached_image(learner.store, image_key(course_id, "images/url-parts.png"))
    assert local is not None
    assert Path(local.local_path).read_bytes() == changed.read_bytes()

    other = cached_image(learner.store, image_key(course_id, "images/request-response.png"))
    assert other is not None
    Path(other.local_path).write_bytes(Path(other.local_path).read_bytes()[:100])  # a bad disk
    third = CourseDownloader(engine).download(course_id)
    assert (third.images_fetched, third.images_cached_before) == (1, 2)
    assert (
        Path(other.local_path).read_bytes() == (folder / "images/request-response.png").read_bytes()
    )


def test_a_file_that_does_not_match_its_manifest_row_is_never_kept(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    _folder, teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner
    )
    teacher.client.table("course_files").update({"sha256": "0" * 64}).eq("course_id", course_id).eq(
        "path", "images/url-parts.png"
    ).execute()
    engine.run_cycle()
    report = CourseDownloader(engine).download(course_id)
    assert report.missing_images == [f"{course_id}/images/url-parts.png"]
    assert report.images_fetched == 2
    assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE
    assert cached_image(learner.store, image_key(course_id, "images/url-parts.png")) is None
    assert not [p for p in (tmp_path / "data").rglob("url-parts.png*")]


def test_text_only_or_some_lessons_bring_only_those_files(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    folder, _teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner
    )
    package = load_package(folder).package
    assert package is not None
    urls = str(package.lesson("02-urls").id)
    start_download(learner.store, course_id, TEXT_ONLY)
    text = CourseDownloader(engine).download(course_id)
    assert text.images_fetched == 1  # the catalogue's cover only
    assert download_state(learner.store, course_id).state == AVAILABLE_OFFLINE
    assert download_size(learner.store, course_id, [urls]).total == (
        (folder / LESSON_IMAGES["02-urls"]).stat().st_size
    )
    assert download_size(learner.store, course_id, []).total == 0

    start_download(learner.store, course_id, SOME_LESSONS, [urls])
    some = CourseDownloader(engine).download(course_id)
    assert (some.images_fetched, some.images_cached_before) == (1, 1)
    assert cached_image(learner.store, image_key(course_id, LESSON_IMAGES["02-urls"]))
    assert not cached_image(learner.store, image_key(course_id, LESSON_IMAGES["04-http"]))
    # The pictures fetched after a sync follow the choice too.
    download_missing_pictures(engine, limit=10_000)
    assert not cached_image(learner.store, image_key(course_id, LESSON_IMAGES["04-http"]))

    start_download(learner.store, course_id, ALL_FILES)
    everything = CourseDownloader(engine).download(course_id)
    assert (everything.images_fetched, everything.images_cached_before) == (1, 2)
    with pytest.raises(ValueError, match="unknown download choice"):
        start_download(learner.store, course_id, "videos")


def test_a_download_brings_the_video_sound_pdf_poster_and_captions(
    tmp_path: Path, make_instructor: Callable[[], SignedUpUser], new_learner: Callable[..., Learner]
) -> None:
    folder, _teacher, learner, engine, course_id = published_sample(
        tmp_path, make_instructor, new_learner, media=True
    )
    report = CourseDownloader(engine).download(course_id)
    assert not report.missing_images
    for path in (
        "media/request.mp4",
        "media/request.en.vtt",
        "media/dial-up.ogg",
        "media/status-codes.pdf",
        "images/request-poster.png",
    ):
        local = cached_image(learner.store, image_key(course_id, path))
        assert local is not None, path
        assert Path(local.local_path).read_bytes() == (folder / path).read_bytes()
