"""Resumable (TUS) uploads at /storage/v1/upload/resumable, driven with httpx over HTTP.

There is no TUS client in the Python SDK, so the protocol is spoken by hand;
what was uploaded is read back with the unmodified SDK.  Test buckets (admin
SQL): ``tus-private`` (a user writes inside their own ``<uid>/`` folder) and
``tus-limited`` (the same, 1000 bytes and text/plain only); the course-content
bucket has the product's own policies.
"""

from __future__ import annotations

import base64
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import psycopg
import pytest
from storage3.exceptions import StorageApiError

from devserver.server import DevServer
from devserver.storage.resumable import EXPIRY_KEY
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]

BUCKETS_SQL = """
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
  ('tus-private', 'tus-private', false, null, null),
  ('tus-limited', 'tus-limited', false, 1000, array['text/plain'])
  on conflict (id) do nothing;
drop policy if exists "tus: own folder" on storage.objects;
create policy "tus: own folder" on storage.objects for all to authenticated
  using (bucket_id in ('tus-private', 'tus-limited')
         and (storage.foldername(name))[1] = auth.uid()::text)
  with check (bucket_id in ('tus-private', 'tus-limited')
              and (storage.foldername(name))[1] = auth.uid()::text);
"""

OFFSET_STREAM = "application/offset+octet-stream"


@pytest.fixture(scope="module")
def buckets(rest_tables: DevServer) -> DevServer:
    with psycopg.connect(rest_tables.db_url, autocommit=True) as conn:
        conn.execute(BUCKETS_SQL)
    return rest_tables


@pytest.fixture
def owner(buckets: DevServer, signed_up_user: Callable[..., SignedUpUser]) -> SignedUpUser:
    return signed_up_user()


@pytest.fixture
def course(
    buckets: DevServer, signed_up_user: Callable[..., SignedUpUser], admin_sql: AdminSql
) -> tuple[str, SignedUpUser]:
    """A course id and its teacher."""
    teacher = signed_up_user()
    admin_sql("update public.profiles set role = 'instructor' where id = %s", (teacher.id,))
    course_id = str(uuid.uuid4())
    admin_sql(
        "insert into public.courses (id, title, instructor_id, is_published, price, "
        "is_premium) values (%s, 'TUS Course', %s, true, 10, false)",
        (course_id, teacher.id),
    )
    return course_id, teacher


# ------------------------------------------------------------------ TUS client
class Tus:
    """Just enough of a TUS 1.0.0 client, as one user."""

    def __init__(self, server: DevServer, user: SignedUpUser | None) -> None:
        self.server = server
        self.endpoint = f"{server.url}/storage/v1/upload/resumable"
        self.token = user.access_token if user else server.anon_key

    def headers(self, **extra: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token}",
            "apikey": self.server.anon_key,
            "Tus-Resumable": "1.0.0",
            **extra,
        }

    def create(
        self,
        bucket: str,
        name: str,
        length: int,
        *,
        content_type: str | None = "application/octet-stream",
        upsert: bool = False,
        extra: dict[str, str] | None = None,
    ) -> httpx.Response:
        meta = {"bucketName": bucket, "objectName": name, "cacheControl": "3600"}
        if content_type is not None:
            meta["contentType"] = content_type
        headers = self.headers(**{"Upload-Length": str(length), "Upload-Metadata": encode(meta)})
        if upsert:
            headers["x-upsert"] = "true"
        return httpx.post(self.endpoint, headers={**headers, **(extra or {})})

    def patch(self, url: str, offset: int, data: bytes, *, upsert: bool = False) -> httpx.Response:
        headers = self.headers(**{"Upload-Offset": str(offset), "Content-Type": OFFSET_STREAM})
        if upsert:
            headers["x-upsert"] = "true"
        return httpx.patch(url, headers=headers, content=data)

    def head(self, url: str) -> httpx.Response:
        return httpx.head(url, headers=self.headers())

    def delete(self, url: str, *, upsert: bool = False) -> httpx.Response:
        return httpx.delete(url, headers=self.headers(**({"x-upsert": "true"} if upsert else {})))

    def upload(
        self, bucket: str, name: str, data: bytes, *, chunk: int, upsert: bool = False, **kw: Any
    ) -> str:
        created = self.create(bucket, name, len(data), upsert=upsert, **kw)
        assert created.status_code == 201, created.text
        url = created.headers["location"]
        for start in range(0, len(data), chunk):
            sent = self.patch(url, start, data[start : start + chunk], upsert=upsert)
            assert sent.status_code == 204, sent.text
        return url


def encode(meta: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())


def plain(response: httpx.Response) -> tuple[int, str]:
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["tus-resumable"] == "1.0.0"
    return response.status_code, response.text


@pytest.fixture
def tus(buckets: DevServer, owner: SignedUpUser) -> Tus:
    return Tus(buckets, owner)


# ------------------------------------------------------------------- the tests
def test_options_says_what_the_server_supports(tus: Tus) -> None:
    response = httpx.options(tus.endpoint)
    assert response.status_code == 204
    assert response.headers["tus-version"] == "1.0.0"
    assert {"creation", "termination", "expiration"} <= set(
        response.headers["tus-extension"].split(",")
    )
    assert int(response.headers["tus-max-size"]) == tus.server.context.max_upload_bytes


def test_upload_in_chunks_then_download_with_the_sdk(
    tus: Tus, owner: SignedUpUser, buckets: DevServer
) -> None:
    data = os.urandom(300_000)
    name = f"{owner.id}/videos/talk.bin"
    created = tus.create("tus-private", name, len(data))
    assert created.status_code == 201, created.text
    url = created.headers["location"]
    assert url.startswith(tus.endpoint + "/")
    token = url.rsplit("/", 1)[1]
    bucket, key_and_version = (
        base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode().split("/", 1)
    )
    assert bucket == "tus-private"
    assert key_and_version.rsplit("/", 1)[0] == name
    assert "upload-expires" in created.headers

    first = tus.head(url)
    assert first.status_code == 200
    assert first.headers["upload-offset"] == "0"
    assert first.headers["upload-length"] == str(len(data))
    assert first.headers["cache-control"] == "no-store"

    for start in (0, 100_000):
        sent = tus.patch(url, start, data[start : start + 100_000])
        assert sent.status_code == 204, sent.text
        assert sent.headers["upload-offset"] == str(start + 100_000)
        assert "tus-complete" not in sent.headers
        assert tus.head(url).headers["upload-offset"] == str(start + 100_000)
    assert owner.client.storage.from_("tus-private").list(f"{owner.id}/videos") == []

    last = tus.patch(url, 200_000, data[200_000:])
    assert last.status_code == 204, last.text
    assert last.headers["upload-offset"] == str(len(data))
    assert last.headers["tus-complete"] == "1"

    bucket_api = owner.client.storage.from_("tus-private")
    assert bucket_api.download(name) == data
    info = bucket_api.info(name)
    assert info["size"] == len(data)
    assert info["content_type"] == "application/octet-stream"
    assert info["cache_control"] == "max-age=3600"
    assert [e["name"] for e in bucket_api.list(f"{owner.id}/videos")] == ["talk.bin"]
    ranged = httpx.get(
        f"{buckets.url}/storage/v1/object/authenticated/tus-private/{name}",
        headers={"Authorization": f"Bearer {owner.access_token}", "Range": "bytes=1000-1999"},
    )
    assert ranged.status_code == 206
    assert ranged.content == data[1000:2000]
    # A finished upload still answers HEAD, with every byte.
    assert tus.head(url).headers["upload-offset"] == str(len(data))
    # DELETE checks the policies first: the object now exists, so without
    # x-upsert that is a duplicate; with it, a finished upload cannot be ended.
    assert plain(tus.delete(url)) == (409, "The resource already exists")
    assert plain(tus.delete(url, upsert=True)) == (
        400,
        "Cannot terminate an already completed upload",
    )
    assert bucket_api.download(name) == data


def _cut_patch(url: str, tus: Tus, offset: int, declared: int, sent: bytes) -> None:
    """A PATCH that declares ``declared`` bytes but sends ``sent`` and hangs up."""
    parts = urlsplit(url)
    head = (
        f"PATCH {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in tus.headers().items())
        + f"Upload-Offset: {offset}\r\nContent-Type: {OFFSET_STREAM}\r\n"
        + f"Content-Length: {declared}\r\n\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port or 80), timeout=10) as sock:
        sock.sendall(head.encode() + sent)


def _head_until(tus: Tus, url: str, done: Callable[[httpx.Response], bool]) -> httpx.Response:
    """HEAD until ``done`` (the server notices a hang-up, or a clock passes), 10 s at most."""
    deadline = time.monotonic() + 10
    while True:
        response = tus.head(url)
        if done(response) or time.monotonic() > deadline:
            return response
        time.sleep(0.05)  # noqa: TID251 - polling with a deadline  # allowed-sleep


def test_an_interrupted_patch_resumes_from_heads_offset(tus: Tus, owner: SignedUpUser) -> None:
    data = os.urandom(200_000)
    name = f"{owner.id}/resumed.bin"
    created = tus.create("tus-private", name, len(data))
    url = created.headers["location"]
    _cut_patch(url, tus, 0, len(data), data[:70_000])
    settled = _head_until(tus, url, lambda r: r.headers.get("upload-offset") == "70000")
    offset = int(settled.headers["upload-offset"])
    assert offset == 70_000
    assert tus.patch(url, 0, data).status_code == 409  # the client must resume, not restart
    finished = tus.patch(url, offset, data[offset:])
    assert finished.status_code == 204, finished.text
    assert finished.headers["tus-complete"] == "1"
    assert owner.client.storage.from_("tus-private").download(name) == data


def test_a_wrong_offset_is_409_and_changes_nothing(tus: Tus, owner: SignedUpUser) -> None:
    url = tus.create("tus-private", f"{owner.id}/a.bin", 10).headers["location"]
    assert tus.patch(url, 0, b"12345").status_code == 204
    assert plain(tus.patch(url, 3, b"xxxxx")) == (409, "Upload-Offset conflict\n")
    assert plain(tus.patch(url, 0, b"12345")) == (409, "Upload-Offset conflict\n")
    assert tus.head(url).headers["upload-offset"] == "5"
    assert plain(tus.patch(url, 5, b"678901")) == (413, "upload's size exceeded\n")
    assert tus.patch(url, 5, b"67890").status_code == 204
    assert owner.client.storage.from_("tus-private").download(f"{owner.id}/a.bin") == b"1234567890"


def test_another_user_cannot_see_continue_or_end_an_upload(
    tus: Tus, owner: SignedUpUser, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    url = tus.create("tus-private", f"{owner.id}/mine.bin", 6).headers["location"]
    assert tus.patch(url, 0, b"abc").status_code == 204
    other = Tus(tus.server, signed_up_user())
    not_found = (404, "The file for this url was not found\n")
    assert other.head(url).status_code == 404
    assert plain(other.patch(url, 3, b"def")) == not_found
    assert plain(other.delete(url)) == not_found
    assert plain(Tus(tus.server, None).patch(url, 3, b"def")) == not_found  # anon
    assert tus.head(url).headers["upload-offset"] == "3"
    assert tus.patch(url, 3, b"def").status_code == 204


def _standard_upload_refusal(call: Callable[[], object]) -> StorageApiError:
    with pytest.raises(StorageApiError) as caught:
        call()
    return caught.value


def test_rls_refuses_at_create_with_the_standard_uploads_error(
    buckets: DevServer,
    course: tuple[str, SignedUpUser],
    signed_up_user: Callable[..., SignedUpUser],
) -> None:
    course_id, _teacher = course
    learner = signed_up_user()
    name = f"{course_id}/media/intro.mp4"
    standard = _standard_upload_refusal(
        lambda: learner.client.storage.from_("course-content").upload(
            name, b"x", {"content-type": "video/mp4"}
        )
    )
    refused = Tus(buckets, learner).create("course-content", name, 1, content_type="video/mp4")
    assert plain(refused) == (int(standard.status), standard.message)
    assert refused.status_code == 403
    assert "row-level security" in refused.text
    assert "location" not in refused.headers
    # Storage checks the policies before the type on this route (not on the standard one).
    wrong_type = Tus(buckets, learner).create("course-content", name, 1, content_type="text/html")
    assert wrong_type.status_code == 403


def test_rls_is_checked_again_on_every_patch(
    buckets: DevServer, course: tuple[str, SignedUpUser], admin_sql: AdminSql
) -> None:
    course_id, teacher = course
    name = f"{course_id}/media/clip.mp4"
    tus = Tus(buckets, teacher)
    url = tus.create("course-content", name, 8, content_type="video/mp4").headers["location"]
    assert tus.patch(url, 0, b"1234").status_code == 204
    admin_sql("update public.courses set instructor_id = null where id = %s", (course_id,))
    status, body = plain(tus.patch(url, 4, b"5678"))
    assert status == 403
    assert "row-level security" in body
    assert tus.head(url).headers["upload-offset"] == "4"
    admin_sql("update public.courses set instructor_id = %s where id = %s", (teacher.id, course_id))
    done = tus.patch(url, 4, b"5678")
    assert done.headers.get("tus-complete") == "1", done.text
    assert teacher.client.storage.from_("course-content").download(name) == b"12345678"


def test_the_buckets_types_and_size_are_judged_at_create(
    buckets: DevServer, owner: SignedUpUser, course: tuple[str, SignedUpUser]
) -> None:
    tus = Tus(buckets, owner)
    name = f"{owner.id}/notes.txt"
    assert plain(tus.create("tus-limited", name, 10, content_type="text/html")) == (
        415,
        "mime type text/html is not supported",
    )
    assert plain(tus.create("tus-limited", name, 1001, content_type="text/plain")) == (
        413,
        "Maximum size exceeded\n",
    )
    # The size comes before the type.
    assert tus.create("tus-limited", name, 1001, content_type="text/html").status_code == 413
    # The global limit caps a bucket that allows more (course-content: 1 GiB).
    course_id, teacher = course
    too_big = Tus(buckets, teacher).create(
        "course-content", f"{course_id}/big.mp4", buckets.context.max_upload_bytes + 1
    )
    assert plain(too_big) == (413, "Maximum size exceeded\n")
    assert plain(Tus(buckets, teacher).create("no-such-bucket", "a/b.txt", 1)) == (
        404,
        "Bucket not found",
    )
    url = tus.upload("tus-limited", name, b"x" * 1000, chunk=400, content_type="text/plain")
    assert tus.head(url).headers["upload-offset"] == "1000"
    assert owner.client.storage.from_("tus-limited").download(name) == b"x" * 1000


def test_an_existing_object_needs_upsert(tus: Tus, owner: SignedUpUser) -> None:
    name = f"{owner.id}/same.txt"
    bucket = owner.client.storage.from_("tus-private")
    bucket.upload(name, b"first", {"content-type": "text/plain"})
    assert plain(tus.create("tus-private", name, 6)) == (409, "The resource already exists")
    tus.upload("tus-private", name, b"second", chunk=4, upsert=True)
    assert bucket.download(name) == b"second"


def test_the_object_appearing_meanwhile_refuses_the_last_patch(
    tus: Tus, owner: SignedUpUser
) -> None:
    name = f"{owner.id}/race.txt"
    url = tus.create("tus-private", name, 4).headers["location"]
    owner.client.storage.from_("tus-private").upload(name, b"won")
    assert plain(tus.patch(url, 0, b"lost")) == (409, "The resource already exists")
    assert tus.head(url).headers["upload-offset"] == "0"
    replaced = tus.patch(url, 0, b"lost", upsert=True)
    assert replaced.headers.get("tus-complete") == "1", replaced.text
    assert owner.client.storage.from_("tus-private").download(name) == b"lost"


def test_delete_ends_an_unfinished_upload(tus: Tus, owner: SignedUpUser) -> None:
    url = tus.create("tus-private", f"{owner.id}/gone.bin", 10).headers["location"]
    assert tus.patch(url, 0, b"12345").status_code == 204
    deleted = tus.delete(url)
    assert deleted.status_code == 204
    assert deleted.headers["tus-resumable"] == "1.0.0"
    assert tus.head(url).status_code == 404
    assert plain(tus.patch(url, 5, b"67890")) == (404, "The file for this url was not found\n")
    assert owner.client.storage.from_("tus-private").list(owner.id) == []


@pytest.fixture
def quick_expiry(buckets: DevServer) -> Iterator[float]:
    extras = buckets.context.extras
    before = extras.get(EXPIRY_KEY)
    extras[EXPIRY_KEY] = 0.5
    yield 0.5
    if before is None:
        extras.pop(EXPIRY_KEY, None)
    else:
        extras[EXPIRY_KEY] = before


def test_an_expired_upload_is_410(tus: Tus, owner: SignedUpUser, quick_expiry: float) -> None:
    url = tus.create("tus-private", f"{owner.id}/late.bin", 10).headers["location"]
    assert tus.head(url).status_code == 200
    gone = (410, "The file for this url no longer exists\n")
    assert _head_until(tus, url, lambda r: r.status_code != 200).status_code == 410
    assert plain(tus.patch(url, 0, b"12345")) == gone
    assert tus.head(url).status_code == 410  # and it stays gone


def test_creation_with_upload_and_an_empty_file(tus: Tus, owner: SignedUpUser) -> None:
    name = f"{owner.id}/at-once.txt"
    created = httpx.post(
        tus.endpoint,
        headers=tus.headers(
            **{
                "Upload-Length": "5",
                "Upload-Metadata": encode({"bucketName": "tus-private", "objectName": name}),
                "Content-Type": OFFSET_STREAM,
                "x-upsert": "true",
            }
        ),
        content=b"hello",
    )
    assert created.status_code == 201, created.text
    assert created.headers["upload-offset"] == "5"
    assert created.headers["tus-complete"] == "1"
    assert owner.client.storage.from_("tus-private").download(name) == b"hello"
    empty = tus.create("tus-private", f"{owner.id}/empty.txt", 0)
    assert empty.status_code == 201
    assert empty.headers["tus-complete"] == "1"
    info = owner.client.storage.from_("tus-private").info(f"{owner.id}/empty.txt")
    assert info["size"] == 0


def test_protocol_refusals(tus: Tus, owner: SignedUpUser) -> None:
    no_version = httpx.post(
        tus.endpoint, headers={k: v for k, v in tus.headers().items() if k != "Tus-Resumable"}
    )
    assert plain(no_version) == (412, "Tus-Resumable Required\n")
    bad = tus.create("tus-private", f"{owner.id}/x", 1, extra={"Upload-Length": "01"})
    assert plain(bad) == (400, "Invalid upload-length\n")
    no_meta = httpx.post(tus.endpoint, headers=tus.headers(**{"Upload-Length": "1"}))
    assert plain(no_meta) == (400, "Metadata header is required")
    url = tus.create("tus-private", f"{owner.id}/x", 1).headers["location"]
    wrong_type = httpx.patch(
        url, headers=tus.headers(**{"Upload-Offset": "0", "Content-Type": "text/plain"})
    )
    assert plain(wrong_type) == (400, "Invalid content-type\n")
    no_offset = httpx.patch(url, headers=tus.headers(**{"Content-Type": OFFSET_STREAM}))
    assert plain(no_offset) == (403, "Upload-Offset header required\n")
    assert tus.head(tus.endpoint + "/bm90LWFuLWlk").status_code == 400
    assert plain(tus.delete(tus.endpoint + "/bm90LWFuLWlk")) == (400, "Invalid upload id")
    # A bad token is refused before the TUS server, with storage's JSON body.
    bad_token = httpx.head(url, headers={**tus.headers(), "Authorization": "Bearer nope"})
    assert bad_token.status_code == 400
    forged = httpx.post(tus.endpoint, headers={**tus.headers(), "Authorization": "Bearer nope"})
    assert forged.json()["statusCode"] == "400"
