"""Publishing large media through Storage's resumable endpoint (TUS, issue #16),
against the real devserver with the real SDK.

Files from 6 MiB on go through ``desktop.publish.resumable``: these tests
prove they take that road, arrive byte for byte, are not sent again, continue
after an interruption with only the missing bytes, never continue an upload
that is gone or of other bytes, and that every refusal on the way is a
sentence naming the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from supabase import Client

from desktop.course_package import Asset, CoursePackage, load_files, load_package
from desktop.course_package.source import MediaFile, MediaReadError
from desktop.publish.course import Publisher
from desktop.publish.report import PublishProblem, PublishRefused, PublishReport
from desktop.publish.resumable import Progress, ResumableUploader, UploadFailed
from desktop.publish.rows import BUCKET
from desktop.publish.storage import tus_refusal
from desktop.sync.errors import NeedsSignIn, OfflineError, ServerError, watch_statuses
from desktop.ui.words.package import phrase_text
from desktop.ui.words.publish import publish_text
from devserver.server import DevServer
from devserver.storage.resumable import EXPIRY_KEY
from tests.course_package.packages import COURSE, FIRST, tiny_package
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.json_rows import json_rows
from tests.samples import media_files

MiB = 1024 * 1024
VIDEO = "media/talk.mp4"
BLOCK = f'\n```media\nfile = "{VIDEO}"\ntitle = "A talk"\n```\n'


def big_video(size: int = 7 * MiB, fill: int = 0) -> bytes:
    """A real MP4, padded to ``size`` with a top-level ``free`` box (which
    ``lantern check``'s sniffing accepts)."""
    head = media_files.video()
    pad = size - len(head)
    return head + struct.pack(">I4s", pad, b"free") + bytes([fill]) * (pad - 8)


def course_files(slug: str, video: bytes | None) -> dict[str, bytes]:
    changes: dict[str, str | bytes | None] = {"course.toml": COURSE.replace('"tiny"', f'"{slug}"')}
    if video is not None:
        changes.update({"first.md": FIRST + BLOCK, VIDEO: video})
    return tiny_package(changes)


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def read_folder(folder: Path) -> CoursePackage:
    """The package as ``lantern publish`` reads it: media left on disk."""
    result = load_package(folder)
    assert result.package is not None, result.problems
    (video,) = [asset for asset in result.package.assets if asset.path == VIDEO]
    assert video.media is not None, "the video is read lazily"
    return result.package


def video_course(tmp_path: Path, slug: str, video: bytes | None = None) -> Path:
    return write_folder(tmp_path / "course", course_files(slug, video or big_video()))


def own_course(teacher: SignedUpUser, slug: str) -> uuid.UUID:
    """A draft course of ``teacher``'s (the tiny package, no video), so its
    folder in the bucket is theirs to write."""
    result = load_files(course_files(slug, None))
    assert result.package is not None, result.problems
    Publisher(teacher.client, teacher.id).publish(result.package, publish=False)
    return result.package.id


def publish_folder(teacher: SignedUpUser, folder: Path, log: Path) -> PublishReport:
    """``lantern publish`` of ``folder`` as ``teacher``, its uploads logged in ``log``."""
    return Publisher(teacher.client, teacher.id, upload_log=log).publish(read_folder(folder))


def file_asset(path: Path, name: str = VIDEO) -> Asset:
    """``path`` as a lazily read media asset (as a package folder makes one)."""
    size = path.stat().st_size
    return Asset(name, b"", "video/mp4", MediaFile(name, size, lambda: path.open("rb")))


class Wire:
    """The storage requests an SDK client sends: an httpx event hook on
    ``client.storage.session``, which may also act before a request goes."""

    def __init__(self, client: Client) -> None:
        self.requests: list[tuple[str, str, int]] = []
        self.before: Callable[[httpx.Request], None] | None = None
        session = client.storage.session
        hooks = session.event_hooks
        session.event_hooks = {**hooks, "request": [*hooks["request"], self._seen]}

    def _seen(self, request: httpx.Request) -> None:
        if self.before is not None:
            self.before(request)
        length = int(request.headers.get("content-length", "0"))
        self.requests.append((request.method, str(request.url), length))

    def patches(self) -> list[int]:
        return [length for method, _, length in self.requests if method == "PATCH"]

    def created(self) -> int:
        """Resumable uploads started."""
        return sum(
            method == "POST" and url.endswith("/upload/resumable")
            for method, url, _ in self.requests
        )

    def stop_before_patch(self, number: int, act: Callable[[], None]) -> None:
        """Call ``act`` just before the ``number``-th PATCH is sent."""
        count = 0

        def before(request: httpx.Request) -> None:
            nonlocal count
            if request.method == "PATCH":
                count += 1
                if count == number:
                    self.before = None
                    act()

        self.before = before


class Interrupted(Exception):
    """The process going away (a kill, a closed laptop) in the middle."""


def interrupt() -> None:
    raise Interrupted


def uploader(user: SignedUpUser, log: Path, **options: Any) -> ResumableUploader:
    client = user.client
    return ResumableUploader(
        client.storage.session,
        str(client.storage_url),
        options.pop("headers", lambda: client.options.headers),
        BUCKET,
        log,
        chunk_bytes=options.pop("chunk_bytes", MiB),
    )


def stop_after(chunks: int) -> Callable[[Progress], None]:
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)
        if len(seen) == chunks:
            raise Interrupted(progress)

    return on_progress


@dataclass(frozen=True)
class Draft:
    """An instructor's draft course (the tiny package, no video yet)."""

    teacher: SignedUpUser
    name: str  # where its video goes in the bucket


@pytest.fixture
def draft(make_instructor: Callable[[], SignedUpUser], unique_slug: str) -> Draft:
    teacher = make_instructor()
    return Draft(teacher, f"{own_course(teacher, unique_slug)}/{VIDEO}")


def interrupted_upload(draft: Draft, log: Path, lecture: Path, chunks: int) -> None:
    """Upload ``lecture`` as the draft's video, killed after ``chunks`` chunks."""
    with pytest.raises(Interrupted):
        uploader(draft.teacher, log).upload(draft.name, file_asset(lecture), stop_after(chunks))


def logged(log: Path) -> dict[str, str]:
    found: dict[str, str] = json.loads(log.read_text("utf-8"))
    return found


def stored(client: Client, name: str) -> bytes:
    return client.storage.from_(BUCKET).download(name)


def staged_uploads(devserver: DevServer, name: str) -> list[dict[str, Any]]:
    """The devserver's record of each resumable upload of ``name``."""
    folder = devserver.data_dir / "storage" / ".resumable"
    states = [json.loads(path.read_text("utf-8")) for path in folder.glob("*.json")]
    return [state for state in states if (state["bucket"], state["key"]) == (BUCKET, name)]


@pytest.fixture
def course_bucket(devserver: DevServer) -> Iterator[Callable[[int, list[str] | None], None]]:
    """Narrow the course-content bucket's limits as a project's administrator
    may (a lower file size limit, fewer types; None keeps them); restored afterwards."""
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        (before,) = conn.execute(
            "select file_size_limit, allowed_mime_types from storage.buckets "
            "where id = 'course-content'"
        ).fetchall()

        def narrow(size: int, types: list[str] | None) -> None:
            conn.execute(
                "update storage.buckets set file_size_limit = %s, allowed_mime_types = %s "
                "where id = 'course-content'",
                (size, before[1] if types is None else types),
            )

        try:
            yield narrow
        finally:
            conn.execute(
                "update storage.buckets set file_size_limit = %s, allowed_mime_types = %s "
                "where id = 'course-content'",
                before,
            )


# ------------------------------------------------------------ a whole publish
def test_a_large_video_goes_through_the_resumable_endpoint_once(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    video = big_video()
    package = read_folder(video_course(tmp_path, unique_slug, video))
    log = tmp_path / "uploads.json"
    wire = Wire(teacher.client)
    report = Publisher(teacher.client, teacher.id, upload_log=log).publish(package)
    assert report.images_uploaded == 2  # the cover (one request) and the video

    name = package.storage_path(VIDEO)
    assert wire.created() == 1
    assert wire.patches() == [6 * MiB, 1 * MiB], "6 MiB chunks, the last one shorter"
    cover = "/object/course-content/" + package.storage_path("images/cover.png")
    assert [m for m, url, _ in wire.requests if url.endswith(cover)] == ["POST"], (
        "the small cover goes as a standard upload"
    )
    (staged,) = staged_uploads(devserver, name)
    assert (staged["length"], staged["completed"]) == (len(video), True)
    assert logged(log) == {}, "a finished upload is forgotten"

    assert stored(teacher.client, name) == video
    (entry,) = teacher.client.storage.from_(BUCKET).list(f"{package.id}/media")
    assert entry["name"] == "talk.mp4"
    metadata = entry["metadata"]
    assert (metadata["size"], metadata["mimetype"], metadata["cacheControl"]) == (
        len(video),
        "video/mp4",
        "max-age=3600",
    )
    listed = json_rows(
        teacher.client.table("course_files")
        .select("path, size_bytes, sha256, content_type")
        .eq("course_id", str(package.id))
        .eq("path", VIDEO)
        .execute()
        .data
    )
    assert listed == [
        {
            "path": VIDEO,
            "size_bytes": len(video),
            "sha256": hashlib.sha256(video).hexdigest(),
            "content_type": "video/mp4",
        }
    ]

    wire.requests.clear()
    again = Publisher(teacher.client, teacher.id, upload_log=log).publish(
        read_folder(tmp_path / "course")
    )
    assert again.images_uploaded == 0
    assert wire.requests, "the bucket was listed"
    assert all(f"/object/list/{BUCKET}" in url for _, url, _ in wire.requests), (
        "nothing but the listing: no byte sent again"
    )


def test_an_interrupted_publish_continues_where_it_stopped(
    devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    video = big_video(fill=1)
    folder = video_course(tmp_path, unique_slug, video)
    log = tmp_path / "uploads.json"
    wire = Wire(teacher.client)
    wire.stop_before_patch(2, interrupt)  # killed once the server holds 6 MiB
    with pytest.raises(Interrupted):
        publish_folder(teacher, folder, log)
    assert len(logged(log)) == 1

    wire.requests.clear()
    report = publish_folder(teacher, folder, log)
    assert report.images_uploaded == 1  # the cover was in place already
    assert wire.created() == 0, "no new upload"
    assert wire.patches() == [1 * MiB], "only the missing megabyte"
    name = f"{report.course_id}/{VIDEO}"
    assert stored(teacher.client, name) == video
    assert [state["completed"] for state in staged_uploads(devserver, name)] == [True]
    assert logged(log) == {}


# ----------------------------------------------------- the uploader directly
@pytest.fixture
def lecture(tmp_path: Path) -> Path:
    path = tmp_path / "lecture.mp4"
    path.write_bytes(os.urandom(3 * MiB + MiB // 2))
    return path


def test_an_interrupted_upload_resumes_with_only_the_missing_bytes(
    draft: Draft, tmp_path: Path, lecture: Path
) -> None:
    log = tmp_path / "state" / "uploads.json"  # its folder is made when needed
    interrupted_upload(draft, log, lecture, 2)
    assert len(logged(log)) == 1

    sent = uploader(draft.teacher, log).upload(draft.name, file_asset(lecture))
    assert sent == lecture.stat().st_size - 2 * MiB
    assert stored(draft.teacher.client, draft.name) == lecture.read_bytes()
    assert logged(log) == {}


def tus_headers(user: SignedUpUser) -> dict[str, str]:
    return {**user.client.options.headers, "Tus-Resumable": "1.0.0"}


def _delete(teacher: SignedUpUser, address: str, _devserver: DevServer) -> None:
    reply = httpx.delete(address, headers=tus_headers(teacher))
    assert reply.status_code == 204, reply.text


def _expire(teacher: SignedUpUser, address: str, devserver: DevServer) -> None:
    extras = devserver.context.extras
    extras[EXPIRY_KEY] = 0.001  # created longer ago than that: expired (and its bytes dropped)
    try:
        reply = httpx.head(address, headers=tus_headers(teacher))
    finally:
        extras.pop(EXPIRY_KEY)
    assert reply.status_code == 410


GONE: dict[str, Callable[[SignedUpUser, str, DevServer], None]] = {
    "deleted": _delete,
    "expired": _expire,
}


@pytest.mark.parametrize("how", ["deleted", "expired", "garbage", "another server"])
def test_an_upload_the_server_no_longer_has_starts_again(
    devserver: DevServer, draft: Draft, tmp_path: Path, lecture: Path, how: str
) -> None:
    teacher, name = draft.teacher, draft.name
    log = tmp_path / "uploads.json"
    interrupted_upload(draft, log, lecture, 1)
    ((key, address),) = logged(log).items()
    if how in GONE:
        GONE[how](teacher, address, devserver)
    else:
        elsewhere = "http://192.0.2.1:9/storage/v1/upload/resumable/x"
        endpoint = address.rsplit("/", 1)[0]
        wrong = elsewhere if how == "another server" else endpoint + "/not-an-upload"
        log.write_text(json.dumps({key: wrong}), "utf-8")

    wire = Wire(teacher.client)
    assert uploader(teacher, log).upload(name, file_asset(lecture)) == lecture.stat().st_size
    assert wire.created() == 1
    assert not any("192.0.2.1" in url for _, url, _ in wire.requests), (
        "a remembered address on another host is never sent the token"
    )
    assert stored(teacher.client, name) == lecture.read_bytes()
    assert logged(log) == {}


def test_a_changed_file_never_resumes_the_old_upload(
    draft: Draft, tmp_path: Path, lecture: Path
) -> None:
    teacher, name = draft.teacher, draft.name
    log = tmp_path / "uploads.json"
    interrupted_upload(draft, log, lecture, 2)
    (old_address,) = logged(log).values()

    edited = os.urandom(lecture.stat().st_size)  # the same size, other bytes
    lecture.write_bytes(edited)
    wire = Wire(teacher.client)
    changed = file_asset(lecture)
    with pytest.raises(Interrupted):
        uploader(teacher, log).upload(name, changed, stop_after(1))
    assert list(logged(log).values()) != [old_address], "the old upload is forgotten"
    assert len(logged(log)) == 1
    assert uploader(teacher, log).upload(name, changed) == len(edited) - MiB
    assert wire.created() == 1
    assert not any(url == old_address for _, url, _ in wire.requests)
    assert stored(teacher.client, name) == edited


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"a": 1}', ""])
def test_a_damaged_upload_log_is_ignored(
    draft: Draft, tmp_path: Path, lecture: Path, content: str
) -> None:
    log = tmp_path / "uploads.json"
    log.write_text(content, "utf-8")
    sent = uploader(draft.teacher, log).upload(draft.name, file_asset(lecture))
    assert sent == lecture.stat().st_size
    assert stored(draft.teacher.client, draft.name) == lecture.read_bytes()
    assert logged(log) == {}


def test_a_file_cut_short_while_uploading_stops_the_upload(
    draft: Draft, tmp_path: Path, lecture: Path
) -> None:
    data = lecture.read_bytes()

    def cut(_progress: Progress) -> None:
        lecture.write_bytes(data[: MiB + 10])

    with pytest.raises(MediaReadError) as raised:
        uploader(draft.teacher, tmp_path / "uploads.json").upload(
            draft.name, file_asset(lecture), cut
        )
    assert phrase_text(raised.value.what) == (
        f"{VIDEO} is shorter now than the {len(data):,} bytes it was when the package was read"
    )


# ---------------------------------------------------------------- refusals
TYPE_REFUSED = (
    "The server refused media/talk.mp4: its course-content bucket does not take video/mp4 "
    "files. Leave the file out of the package, or ask the project's administrator to allow "
    "that type in the bucket's settings; then publish again."
)
SIZE_REFUSED = (
    "The server refused media/talk.mp4: at 7 MiB it is larger than the server allows for "
    "one file. Make the file smaller (or ask the project's administrator to raise the "
    "course-content bucket's file size limit); then publish again."
)


@pytest.mark.parametrize(
    ("limit", "types", "refusal"),
    [
        (1024 * MiB, ["image/png", "text/vtt"], TYPE_REFUSED),
        (6 * MiB + MiB // 2, None, SIZE_REFUSED),
    ],
    ids=["type (415)", "size (413)"],
)
def test_the_bucket_refusing_the_video_is_a_sentence(
    make_instructor: Callable[[], SignedUpUser],
    course_bucket: Callable[[int, list[str] | None], None],
    tmp_path: Path,
    unique_slug: str,
    limit: int,
    types: list[str] | None,
    refusal: str,
) -> None:
    teacher = make_instructor()
    package = read_folder(video_course(tmp_path, unique_slug))
    course_bucket(limit, types)
    wire = Wire(teacher.client)
    with pytest.raises(PublishRefused) as raised:
        Publisher(teacher.client, teacher.id, upload_log=tmp_path / "u.json").publish(package)
    assert publish_text(raised.value.what) == refusal
    assert (wire.created(), wire.patches()) == (1, []), "refused as the upload was created"


def test_the_policies_refusing_an_upload_is_a_sentence(
    draft: Draft,
    make_instructor: Callable[[], SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
    tmp_path: Path,
    lecture: Path,
) -> None:
    for intruder in (signed_up_user(), make_instructor()):  # a learner, another instructor
        with pytest.raises(UploadFailed) as raised:
            uploader(intruder, tmp_path / "u.json").upload(draft.name, file_asset(lecture))
        assert raised.value.status == 403
        refusal = tus_refusal(raised.value, file_asset(lecture))
        assert isinstance(refusal, PublishRefused)
        assert publish_text(refusal.what) == (
            "The server refused to store media/talk.mp4: you can only publish courses you teach."
        )


def test_a_token_the_server_does_not_accept_asks_to_sign_in(
    devserver: DevServer, draft: Draft, tmp_path: Path, lecture: Path
) -> None:
    def headers() -> dict[str, str]:
        return {"apikey": devserver.anon_key, "Authorization": "Bearer not-a-token"}

    log = tmp_path / "u.json"
    with pytest.raises(UploadFailed) as raised:
        uploader(draft.teacher, log, headers=headers).upload(draft.name, file_asset(lecture))
    refusal = tus_refusal(raised.value, file_asset(lecture))
    assert isinstance(refusal, NeedsSignIn)
    assert isinstance(refusal, PublishProblem)
    assert publish_text(refusal.what) == (
        "Your session ended while media/talk.mp4 was uploading; sign in and publish again: "
        "the upload continues where it stopped."
    )


def _offline(devserver: DevServer) -> None:
    devserver.faults.offline = True


def _failing(devserver: DevServer) -> None:
    devserver.faults.failure_rate = 1.0


STOPPED = {
    "offline": (
        _offline,
        OfflineError,
        "The server can't be reached right now. The upload of media/talk.mp4 stopped; "
        "publish again when the server is back: it continues where it stopped.",
    ),
    "503": (
        _failing,
        ServerError,
        "The server stopped taking media/talk.mp4 (HTTP 503). Publish again: the upload "
        "continues where it stopped.",
    ),
}


@pytest.mark.parametrize("watched", [False, True], ids=["plain session", "watched statuses"])
@pytest.mark.parametrize("how", list(STOPPED))
def test_a_server_gone_mid_upload_says_publish_again_and_that_continues(
    healthy_devserver: DevServer,
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    how: str,
    watched: bool,
) -> None:
    teacher = make_instructor()
    if watched:  # as desktop.account.session.make_client sets up the CLI's client
        watch_statuses(teacher.client.storage.session)
    video = big_video(fill=2)
    folder = video_course(tmp_path, unique_slug, video)
    log = tmp_path / "uploads.json"
    act, kind, sentence = STOPPED[how]
    wire = Wire(teacher.client)
    wire.stop_before_patch(2, lambda: act(healthy_devserver))
    with pytest.raises(kind) as raised:
        publish_folder(teacher, folder, log)
    assert isinstance(raised.value, PublishProblem)
    assert publish_text(raised.value.what) == sentence

    healthy_devserver.faults.reset()
    wire.requests.clear()
    report = publish_folder(teacher, folder, log)
    assert (report.images_uploaded, wire.created(), wire.patches()) == (1, 0, [1 * MiB])
    assert stored(teacher.client, f"{report.course_id}/{VIDEO}") == video


# ------------------------------------------------- the package changing
@pytest.mark.parametrize("when", ["before the first publish", "before a publish again"])
def test_a_video_changed_after_the_check_is_refused_by_name(
    make_instructor: Callable[[], SignedUpUser],
    tmp_path: Path,
    unique_slug: str,
    when: str,
) -> None:
    teacher = make_instructor()
    video = big_video(fill=3)
    folder = video_course(tmp_path, unique_slug, video)
    publisher = Publisher(teacher.client, teacher.id, upload_log=tmp_path / "u.json")
    if when == "before a publish again":
        publisher.publish(read_folder(folder))
    package = read_folder(folder)  # `lantern check` read it ...
    with (folder / VIDEO).open("ab") as out:  # ... then the file changed
        out.write(b"\x00")
    with pytest.raises(PublishRefused) as raised:
        publisher.publish(package)
    assert publish_text(raised.value.what) == (
        f"media/talk.mp4 is {len(video) + 1:,} bytes now, not the {len(video):,} it was when "
        "the package was read. The package changed while it was being published: check it "
        "again (lantern check) and publish again."
    )
