"""``lantern publish`` against the devserver, as a learner and an instructor would run it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from desktop.cli import main
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-course"


def own_copy_of_sample(tmp_path: Path, slug: str) -> Path:
    """The sample course under its own slug and derived id, so tests never
    publish into each other's course."""
    folder = tmp_path / "course"
    shutil.copytree(SAMPLE, folder)
    course = folder / "course.toml"
    lines = [
        line for line in course.read_text("utf-8").splitlines() if not line.startswith("id = ")
    ]
    course.write_text("\n".join(lines).replace('"how-the-web-works"', f'"{slug}"') + "\n", "utf-8")
    return folder


def publish_args(devserver: DevServer, folder: Path, email: str, *extra: str) -> list[str]:
    return [
        "publish",
        str(folder),
        "--url",
        devserver.url,
        "--anon-key",
        devserver.anon_key,
        "--email",
        email,
        *extra,
    ]


def test_instructor_publishes_the_sample_course_from_the_command_line(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    teacher = make_instructor()
    folder = own_copy_of_sample(tmp_path, unique_slug)
    monkeypatch.setenv("LANTERN_PASSWORD", teacher.password)
    assert main(publish_args(devserver, folder, teacher.email)) == 0
    out = capsys.readouterr().out
    assert "  upload images/cover.png" in out
    assert "created and published." in out
    assert "Added lessons: What happens when you open a page, Reading a URL" in out
    assert "Questions: 12 added, 0 updated, 0 retired. Files: 8 uploaded, 0 removed." in out
    assert "Web explorer" in out, "the achievement is published or the reason it was not said"

    assert main(publish_args(devserver, folder, teacher.email, "--unpublish", "--quiet")) == 0
    out = capsys.readouterr().out
    assert "saved as a draft (not published)" in out
    assert "5 lessons unchanged." in out


def test_a_learner_is_told_plainly_that_they_cannot_publish(
    devserver: DevServer,
    signed_up_user: Callable[..., SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    learner = signed_up_user()
    monkeypatch.setenv("LANTERN_PASSWORD", learner.password)
    folder = own_copy_of_sample(tmp_path, unique_slug)
    assert main(publish_args(devserver, folder, learner.email)) == 1
    assert capsys.readouterr().out.startswith("Not published: Only instructors can publish")


def test_a_wrong_password_and_a_broken_package_publish_nothing(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    teacher = make_instructor()
    folder = own_copy_of_sample(tmp_path, unique_slug)
    monkeypatch.setenv("LANTERN_PASSWORD", "not-the-password")
    assert main(publish_args(devserver, folder, teacher.email)) == 1
    assert "Not published: That email and password don't match" in capsys.readouterr().out

    (folder / "images" / "cover.png").unlink()
    monkeypatch.setenv("LANTERN_PASSWORD", teacher.password)
    assert main(publish_args(devserver, folder, teacher.email)) == 1
    out = capsys.readouterr().out
    assert "course.toml:15: thumbnail 'images/cover.png' is not in the package." in out
    assert "Nothing was published" in out


@pytest.fixture
def course_bucket(devserver: DevServer) -> Iterator[Callable[[int, list[str]], None]]:
    """Narrow the course-content bucket's limits as a project's administrator
    may (a lower file size limit, fewer types); restored afterwards."""
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        (before,) = conn.execute(
            "select file_size_limit, allowed_mime_types from storage.buckets "
            "where id = 'course-content'"
        ).fetchall()

        def narrow(size: int, types: list[str]) -> None:
            conn.execute(
                "update storage.buckets set file_size_limit = %s, allowed_mime_types = %s "
                "where id = 'course-content'",
                (size, types),
            )

        try:
            yield narrow
        finally:
            narrow(*before)


def test_storage_refusing_an_image_is_a_sentence_naming_it(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    course_bucket: Callable[[int, list[str]], None],
    tmp_path: Path,
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    teacher = make_instructor()
    folder = own_copy_of_sample(tmp_path, unique_slug)
    monkeypatch.setenv("LANTERN_PASSWORD", teacher.password)

    course_bucket(10_000, ["image/png"])  # the cover is 12,182 bytes
    assert main(publish_args(devserver, folder, teacher.email, "--quiet")) == 1
    assert capsys.readouterr().out == (
        "Not published: The server refused images/cover.png: at 12 KiB it is larger than "
        "the server allows for one file. Make the image smaller (or ask the project's "
        "administrator to raise the course-content bucket's file size limit); then "
        "publish again.\n"
    )

    course_bucket(20 * 1024 * 1024, ["image/jpeg", "image/svg+xml"])
    assert main(publish_args(devserver, folder, teacher.email, "--quiet")) == 1
    assert capsys.readouterr().out == (
        "Not published: The server refused images/cover.png: its course-content bucket "
        "does not take image/png files. Leave the file out of the package, or ask the "
        "project's administrator to allow that type in the bucket's settings; then "
        "publish again.\n"
    )


def test_the_command_keeps_its_large_uploads_in_a_log_of_the_server_so_a_rerun_goes_on(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A 7 MiB video goes up through the resumable endpoint with the command's
    upload log (in the data folder, one per server): written while the upload
    runs, emptied once it is done (an interrupted run would find it there)."""
    from desktop.cli.publish import upload_log_path
    from tests.publish.test_publish_media import video_course

    data = tmp_path / "data"
    monkeypatch.setattr("desktop.store.db.default_data_dir", lambda: data)
    teacher = make_instructor()
    folder = video_course(tmp_path, unique_slug)
    monkeypatch.setenv("LANTERN_PASSWORD", teacher.password)
    assert main(publish_args(devserver, folder, teacher.email)) == 0
    assert "media/talk.mp4" in capsys.readouterr().out
    log = upload_log_path(data, devserver.url.rstrip("/"))
    assert log.parent == data / "publish"
    assert json.loads(log.read_text(encoding="utf-8")) == {}  # used, and the upload finished
    assert upload_log_path(data, "https://other.example") != log
