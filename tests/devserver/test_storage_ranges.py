"""Object downloads in ranges and "not modified", as Supabase Storage answers them.

The rules are storage-api's (``src/storage/range.ts`` and the file backend's
``getObject``, read at commit 4fa61fba); the parser's cases are its own test
table, and the HTTP cases go through the devserver over loopback, with the
SDK's own request for the client's path.
"""

from __future__ import annotations

import hashlib
import os

import httpx
import psycopg
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from storage3._sync.file_api import relative_path_to_parts
from supabase import Client

from devserver.server import DevServer
from devserver.storage.errors import StorageError
from devserver.storage.ranges import ByteRange, parse_range
from tests.helpers.rest_fixtures import *  # noqa: F403

# ------------------------------------------------------------------ parser


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-0", 0, 0),
        ("bytes=2-5", 2, 5),
        ("bytes=7-", 7, 9),
        ("bytes=-5", 5, 9),
        ("bytes=8-99", 8, 9),
        ("bytes=9-9", 9, 9),
        ("bytes=0-9", 0, 9),
        ("bytes=-99", 0, 9),
    ],
)
def test_storage_apis_valid_ranges(header: str, first: int, last: int) -> None:
    assert parse_range(header, 10) == ByteRange(first, last)


@pytest.mark.parametrize(
    "header",
    [
        "bytes=-0",
        "bytes=10-12",
        "bytes=8-4",
        "bytes=-",
        "bytes=a-b",
        "items=0-1",
        "bytes=0-1,3-4",  # a list: storage-api's pattern takes one range only
        " bytes=0-1",
        "bytes=0-1\n",
        "bytes=0-99999999999999999999",  # past JavaScript's safe integers
    ],
)
def test_storage_apis_invalid_ranges(header: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse_range(header, 10)
    error = caught.value
    assert (error.http_status, error.code, error.error) == (416, "InvalidRange", "invalid_range")
    assert error.message == "invalid range provided"


def test_an_empty_object_has_no_range() -> None:
    with pytest.raises(StorageError):
        parse_range("bytes=0-", 0)


@given(
    size=st.integers(min_value=1, max_value=10_000),
    start=st.one_of(st.none(), st.integers(min_value=0, max_value=12_000)),
    end=st.one_of(st.none(), st.integers(min_value=0, max_value=12_000)),
)
@example(size=1, start=0, end=None)
@example(size=5, start=None, end=5)
def test_a_valid_range_lies_inside_the_object(
    size: int, start: int | None, end: int | None
) -> None:
    header = f"bytes={'' if start is None else start}-{'' if end is None else end}"
    refused = (  # storage-api's reasons, and only those
        (start is None and end is None)
        or (start is None and end == 0)
        or (start is not None and start >= size)
        or (start is not None and end is not None and end < start)
    )
    if refused:
        with pytest.raises(StorageError) as caught:
            parse_range(header, size)
        assert caught.value.http_status == 416
        return
    span = parse_range(header, size)
    assert 0 <= span.first <= span.last < size
    assert span.length == span.last - span.first + 1
    if start is not None:
        assert span.first == start
        assert span.last == (size - 1 if end is None else min(end, size - 1))
    else:
        assert end is not None
        assert span.length == min(end, size)


# ------------------------------------------------------------------ over HTTP

BODY = os.urandom(3 * 256 * 1024 + 123)  # more than three of the server's chunks


@pytest.fixture(scope="module")
def ranged(rest_tables: DevServer) -> DevServer:
    with psycopg.connect(rest_tables.db_url, autocommit=True) as conn:
        conn.execute(
            "insert into storage.buckets (id, name, public) values "
            "('range-public', 'range-public', true), ('range-private', 'range-private', false) "
            "on conflict (id) do nothing"
        )
    return rest_tables


@pytest.fixture
def public_object(ranged: DevServer, service: Client) -> str:
    """A public object, uploaded as the server (no storage policy needed)."""
    bucket = service.storage.from_("range-public")
    bucket.upload("video.bin", BODY, {"content-type": "application/octet-stream", "upsert": "true"})
    return bucket.get_public_url("video.bin")


def test_a_whole_download_says_ranges_are_accepted(public_object: str) -> None:
    response = httpx.get(public_object)
    assert response.status_code == 200
    assert response.content == BODY
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-length"] == str(len(BODY))
    assert response.headers["etag"]
    assert response.headers["last-modified"].endswith("GMT")


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-0", 0, 0),
        ("bytes=1000-", 1000, len(BODY) - 1),
        ("bytes=-77", len(BODY) - 77, len(BODY) - 1),
        ("bytes=262140-524300", 262140, 524300),  # across a chunk boundary
        (f"bytes=5-{len(BODY) * 2}", 5, len(BODY) - 1),
    ],
)
def test_a_range_answers_206_with_exactly_those_bytes(
    public_object: str, header: str, first: int, last: int
) -> None:
    response = httpx.get(public_object, headers={"Range": header})
    assert response.status_code == 206
    assert response.content == BODY[first : last + 1]
    assert response.headers["content-range"] == f"bytes {first}-{last}/{len(BODY)}"
    assert response.headers["content-length"] == str(last - first + 1)
    assert response.headers["accept-ranges"] == "bytes"


@pytest.mark.parametrize("header", [f"bytes={len(BODY)}-", "bytes=9-3", "bytes=0-1,5-6", "pages=1"])
def test_an_unsatisfiable_range_is_416_invalid_range(public_object: str, header: str) -> None:
    response = httpx.get(public_object, headers={"Range": header})
    assert response.status_code == 416
    assert response.json() == {
        "statusCode": "416",
        "code": "InvalidRange",
        "error": "invalid_range",
        "message": "invalid range provided",
    }


def test_a_current_copy_is_304_not_modified(public_object: str) -> None:
    first = httpx.get(public_object)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    by_etag = httpx.get(public_object, headers={"If-None-Match": etag})
    assert (by_etag.status_code, by_etag.content) == (304, b"")
    assert by_etag.headers["etag"] == etag
    by_date = httpx.get(
        public_object, headers={"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}
    )
    assert by_date.status_code == 304
    # Not modified is checked before the range, as storage-api does.
    both = httpx.get(public_object, headers={"If-None-Match": etag, "Range": "bytes=0-1"})
    assert both.status_code == 304
    assert httpx.get(public_object, headers={"If-None-Match": '"other"'}).status_code == 200
    stale = httpx.get(public_object, headers={"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"})
    assert stale.status_code == 200
    assert modified  # sent on every answer


def test_the_sdks_own_request_gets_a_range(anon: Client, public_object: str) -> None:
    """The client's path: the SDK's request with a Range header (storage3
    accepts any 2xx)."""
    bucket = anon.storage.from_("range-public")
    response = bucket._request(
        "GET", ["object", "public", "range-public", "video.bin"], headers={"Range": "bytes=100-"}
    )
    assert response.status_code == 206
    assert hashlib.sha256(response.content).digest() == hashlib.sha256(BODY[100:]).digest()


def test_signed_and_authenticated_downloads_take_ranges_too(
    ranged: DevServer, service: Client
) -> None:
    bucket = service.storage.from_("range-private")
    name = "folder/ranged.bin"
    bucket.upload(name, BODY, {"upsert": "true"})
    assert bucket.download(name) == BODY  # whole, through the SDK's download()
    signed = bucket.create_signed_url(name, 60)["signedURL"]
    assert signed is not None
    response = httpx.get(signed, headers={"Range": "bytes=10-19"})
    assert (response.status_code, response.content) == (206, BODY[10:20])
    parts = relative_path_to_parts(name)
    auth = bucket._request(
        "GET", ["object", "authenticated", "range-private", *parts], headers={"Range": "bytes=-3"}
    )
    assert (auth.status_code, auth.content) == (206, BODY[-3:])


def test_a_replaced_object_is_read_whole_from_the_version_opened(
    service: Client, public_object: str
) -> None:
    """A download that started before an upsert reads the old file to its end."""
    with httpx.stream("GET", public_object) as response:
        stream = response.iter_bytes(64 * 1024)
        head = next(stream)
        service.storage.from_("range-public").update("video.bin", b"new")
        rest = b"".join(stream)
    assert head + rest == BODY
    assert httpx.get(public_object).content == b"new"
