"""Storage through the unmodified SDK: upload, download, list, remove, info, upsert.

Test buckets (made here with admin SQL): ``rest-private`` where a user may do
anything inside their own ``<uid>/`` folder, ``rest-public`` (public reads,
owner-folder writes) and ``rest-insert-only`` (INSERT but no SELECT/UPDATE).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import psycopg
import pytest
from storage3.exceptions import StorageApiError
from supabase import Client

from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.helpers.rest_fixtures import *  # noqa: F403

AdminSql = Callable[..., list[dict[str, Any]]]

BUCKETS_SQL = """
insert into storage.buckets (id, name, public, file_size_limit) values
  ('rest-private', 'rest-private', false, null),
  ('rest-public', 'rest-public', true, null),
  ('rest-insert-only', 'rest-insert-only', false, 64)
  on conflict (id) do nothing;
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values
  ('rest-images', 'rest-images', false, 100, array['image/png', 'text/*'])
  on conflict (id) do nothing;
drop policy if exists "rest: own folder" on storage.objects;
create policy "rest: own folder" on storage.objects for all to authenticated
  using (bucket_id in ('rest-private', 'rest-public', 'rest-images')
         and (storage.foldername(name))[1] = auth.uid()::text)
  with check (bucket_id in ('rest-private', 'rest-public', 'rest-images')
              and (storage.foldername(name))[1] = auth.uid()::text);
drop policy if exists "rest: insert only" on storage.objects;
create policy "rest: insert only" on storage.objects for insert to authenticated
  with check (bucket_id = 'rest-insert-only');
"""


@pytest.fixture(scope="module")
def buckets(rest_tables: DevServer) -> DevServer:
    with psycopg.connect(rest_tables.db_url, autocommit=True) as conn:
        conn.execute(BUCKETS_SQL)
    return rest_tables


@pytest.fixture
def owner(buckets: DevServer, signed_up_user: Callable[..., SignedUpUser]) -> SignedUpUser:
    return signed_up_user()


def storage_error(call: Callable[[], object]) -> StorageApiError:
    with pytest.raises(StorageApiError) as caught:
        call()
    return caught.value


def test_upload_then_download_round_trip(owner: SignedUpUser, buckets: DevServer) -> None:
    bucket = owner.client.storage.from_("rest-private")
    response = bucket.upload(
        f"{owner.id}/notes/a.txt", b"hello lantern", {"content-type": "text/plain"}
    )
    assert response.full_path == f"rest-private/{owner.id}/notes/a.txt"
    assert bucket.download(f"{owner.id}/notes/a.txt") == b"hello lantern"
    on_disk = buckets.data_dir / "storage" / "rest-private" / owner.id / "notes" / "a.txt"
    assert on_disk.read_bytes() == b"hello lantern"


def test_object_row_is_written_with_the_callers_identity(
    owner: SignedUpUser, admin_sql: AdminSql
) -> None:
    owner.client.storage.from_("rest-private").upload(f"{owner.id}/who.txt", b"x")
    rows = admin_sql(
        "select owner::text, owner_id, metadata->>'size' as size from "
        "storage.objects where bucket_id = 'rest-private' and name = %s",
        (f"{owner.id}/who.txt",),
    )
    assert rows == [{"owner": owner.id, "owner_id": owner.id, "size": "1"}]


def test_authenticated_download_route(owner: SignedUpUser, buckets: DevServer) -> None:
    owner.client.storage.from_("rest-private").upload(f"{owner.id}/auth.txt", b"via auth route")
    response = httpx.get(
        f"{buckets.url}/storage/v1/object/authenticated/rest-private/{owner.id}/auth.txt",
        headers={"apikey": buckets.anon_key, "Authorization": f"Bearer {owner.access_token}"},
    )
    assert response.status_code == 200
    assert response.content == b"via auth route"
    anonymous = httpx.get(
        f"{buckets.url}/storage/v1/object/authenticated/rest-private/{owner.id}/auth.txt",
        headers={"apikey": buckets.anon_key},
    )
    assert anonymous.status_code == 400
    assert anonymous.json()["statusCode"] == "404"


def test_another_user_cannot_download_or_see_it(
    owner: SignedUpUser, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    owner.client.storage.from_("rest-private").upload(f"{owner.id}/secret.txt", b"mine")
    other = signed_up_user()
    error = storage_error(
        lambda: other.client.storage.from_("rest-private").download(f"{owner.id}/secret.txt")
    )
    assert (str(error.status), error.code) == ("404", "not_found")
    assert other.client.storage.from_("rest-private").list(owner.id) == []


def test_anon_upload_is_refused_by_rls(buckets: DevServer, anon: Client) -> None:
    error = storage_error(lambda: anon.storage.from_("rest-private").upload("x/y.txt", b"no"))
    assert str(error.status) == "403"
    assert not (buckets.data_dir / "storage" / "rest-private" / "x" / "y.txt").exists()


def test_duplicate_upload_is_409_and_upsert_replaces(owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-private")
    path = f"{owner.id}/dup.txt"
    bucket.upload(path, b"first")
    error = storage_error(lambda: bucket.upload(path, b"second"))
    assert (str(error.status), error.code) == ("409", "Duplicate")
    assert bucket.download(path) == b"first"
    bucket.upload(path, b"third", {"upsert": "true"})
    assert bucket.download(path) == b"third"
    bucket.update(path, b"fourth")
    assert bucket.download(path) == b"fourth"


def test_upsert_needs_select_and_update_policies(buckets: DevServer, owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-insert-only")
    path = f"{owner.id}/only.txt"
    bucket.upload(path, b"kept")
    error = storage_error(lambda: bucket.upload(path, b"replaced", {"upsert": "true"}))
    assert str(error.status) == "403"
    on_disk = buckets.data_dir / "storage" / "rest-insert-only" / owner.id / "only.txt"
    assert on_disk.read_bytes() == b"kept"


def test_bucket_size_limit_is_413(owner: SignedUpUser) -> None:
    error = storage_error(
        lambda: owner.client.storage.from_("rest-insert-only").upload(
            f"{owner.id}/big.bin", b"x" * 65
        )
    )
    assert str(error.status) == "413"


# What storage-api answers for a bucket's allowed_mime_types and
# file_size_limit (docs/storage-wire.md): ERRORS.InvalidMimeType and
# ERRORS.EntityTooLarge in src/internal/errors/codes.ts, sent as HTTP 400 with
# the status inside the body (src/http/error-handler.ts).  storage3's file
# API puts the body's "error" into StorageApiError.code.


def test_a_type_the_bucket_does_not_allow_is_415_and_nothing_is_kept(
    owner: SignedUpUser, buckets: DevServer
) -> None:
    bucket = owner.client.storage.from_("rest-images")
    # text/* allows text/html; application/xhtml+xml is not allowed.
    bucket.upload(f"{owner.id}/page.html", b"<p>hi</p>", {"content-type": "text/html"})
    assert bucket.download(f"{owner.id}/page.html") == b"<p>hi</p>"
    error = storage_error(
        lambda: bucket.upload(
            f"{owner.id}/page.xhtml", b"<p>hi</p>", {"content-type": "application/xhtml+xml"}
        )
    )
    assert (str(error.status), error.code, error.message) == (
        "415",
        "invalid_mime_type",
        "mime type application/xhtml+xml is not supported",
    )
    assert not (buckets.data_dir / "storage" / "rest-images" / owner.id / "page.xhtml").exists()


@pytest.mark.parametrize("content_type", ["image/PNG", "image/png; charset=binary", "png"])
def test_the_type_is_compared_as_storage_compares_it(
    owner: SignedUpUser, content_type: str
) -> None:
    """storage-api splits the type at '/' and compares both halves exactly:
    no lower-casing, parameters stay part of the subtype."""
    bucket = owner.client.storage.from_("rest-images")
    error = storage_error(
        lambda: bucket.upload(f"{owner.id}/pic.png", b"\x89PNG", {"content-type": content_type})
    )
    assert (str(error.status), error.code) == ("415", "invalid_mime_type")
    assert error.message == f"mime type {content_type} is not supported"


def test_the_type_is_checked_before_the_policies(anon: Client) -> None:
    error = storage_error(
        lambda: anon.storage.from_("rest-images").upload(
            "nobody/x.gif", b"GIF89a", {"content-type": "image/gif"}
        )
    )
    assert (str(error.status), error.code) == ("415", "invalid_mime_type")


def test_over_the_bucket_limit_is_413_entity_too_large(
    owner: SignedUpUser, buckets: DevServer
) -> None:
    bucket = owner.client.storage.from_("rest-images")
    bucket.upload(f"{owner.id}/fits.png", b"p" * 100, {"content-type": "image/png"})
    error = storage_error(
        lambda: bucket.upload(f"{owner.id}/big.png", b"p" * 101, {"content-type": "image/png"})
    )
    assert (str(error.status), error.code, error.message) == (
        "413",
        "Payload too large",
        "The object exceeded the maximum allowed size",
    )
    assert not (buckets.data_dir / "storage" / "rest-images" / owner.id / "big.png").exists()
    assert [e["name"] for e in bucket.list(owner.id)] == ["fits.png"]


def test_the_policies_are_checked_before_the_size(anon: Client) -> None:
    """storage-api tests the INSERT policy before it streams the file, and only
    then finds it too long (src/storage/uploader.ts, Uploader.upload)."""
    error = storage_error(
        lambda: anon.storage.from_("rest-images").upload(
            "nobody/big.png", b"p" * 101, {"content-type": "image/png"}
        )
    )
    assert str(error.status) == "403"


def test_list_shows_folders_and_files(owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-private")
    for name in ("b.txt", "a.txt", "sub/deep.txt", "sub/more/deeper.txt"):
        bucket.upload(f"{owner.id}/lst/{name}", name.encode())
    entries = bucket.list(f"{owner.id}/lst")
    assert [e["name"] for e in entries] == ["a.txt", "b.txt", "sub"]
    folder = entries[2]
    assert folder["id"] is None
    assert folder["metadata"] is None
    assert entries[0]["metadata"]["size"] == 5
    assert [e["name"] for e in bucket.list(f"{owner.id}/lst/sub")] == ["deep.txt", "more"]
    page = bucket.list(
        f"{owner.id}/lst", {"limit": 1, "offset": 1, "sortBy": {"column": "name", "order": "desc"}}
    )
    assert [e["name"] for e in page] == ["b.txt"]
    assert [e["name"] for e in bucket.list(f"{owner.id}/lst", {"search": "a"})] == ["a.txt"]


def test_remove_deletes_rows_and_bytes(buckets: DevServer, owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/rm/one.txt", b"1")
    bucket.upload(f"{owner.id}/rm/two.txt", b"2")
    removed = bucket.remove([f"{owner.id}/rm/one.txt", f"{owner.id}/rm/absent.txt"])
    assert [r["name"] for r in removed] == [f"{owner.id}/rm/one.txt"]
    folder = buckets.data_dir / "storage" / "rest-private" / owner.id / "rm"
    assert not (folder / "one.txt").exists()
    error = storage_error(lambda: bucket.download(f"{owner.id}/rm/one.txt"))
    assert str(error.status) == "404"
    assert bucket.download(f"{owner.id}/rm/two.txt") == b"2"


def test_info_and_exists(owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/info.json", b'{"a": 1}', {"content-type": "application/json"})
    info = bucket.info(f"{owner.id}/info.json")
    assert info["size"] == 8
    assert info["content_type"] == "application/json"
    assert info["name"] == f"{owner.id}/info.json"
    assert bucket.exists(f"{owner.id}/info.json") is True
    assert bucket.exists(f"{owner.id}/nothing.json") is False


def test_public_bucket_reads_bypass_rls(owner: SignedUpUser, anon: Client) -> None:
    owner.client.storage.from_("rest-public").upload(f"{owner.id}/pic.txt", b"public bytes")
    url = anon.storage.from_("rest-public").get_public_url(f"{owner.id}/pic.txt")
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.content == b"public bytes"
    # Without a SELECT policy for anon, the authenticated route still hides it.
    error = storage_error(lambda: anon.storage.from_("rest-public").download(f"{owner.id}/pic.txt"))
    assert str(error.status) == "404"


def test_public_route_refuses_private_buckets(owner: SignedUpUser, anon: Client) -> None:
    owner.client.storage.from_("rest-private").upload(f"{owner.id}/p.txt", b"private")
    response = httpx.get(anon.storage.from_("rest-private").get_public_url(f"{owner.id}/p.txt"))
    assert response.status_code == 400
    assert response.json()["statusCode"] == "404"


def test_unknown_bucket(owner: SignedUpUser) -> None:
    error = storage_error(
        lambda: owner.client.storage.from_("rest-nowhere").upload(f"{owner.id}/x.txt", b"x")
    )
    assert (str(error.status), error.code) == ("404", "Bucket not found")


def test_invalid_token_is_refused(buckets: DevServer) -> None:
    response = httpx.post(
        f"{buckets.url}/storage/v1/object/list/rest-private",
        json={"prefix": ""},
        headers={"apikey": buckets.anon_key, "Authorization": "Bearer not.a.token"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "InvalidJWT"


def test_service_role_lists_buckets(service: Client, buckets: DevServer) -> None:
    ids = {b.id for b in service.storage.list_buckets()}
    assert {"rest-private", "rest-public", "course-content"} <= ids
    assert service.storage.get_bucket("rest-public").public is True


def test_signed_url_lets_anyone_download_until_it_expires(
    owner: SignedUpUser, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/signed.txt", b"for your eyes")
    url = bucket.create_signed_url(f"{owner.id}/signed.txt", 60)["signedURL"]
    assert url is not None
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.content == b"for your eyes"
    forged = url.replace("signed.txt", "other.txt")
    assert httpx.get(forged).status_code == 400
    tampered = httpx.get(url[:-3] + "abc")
    assert tampered.status_code == 400
    assert tampered.json()["code"] == "InvalidJWT"
    # Signing needs read access: another user may not sign the owner's object.
    other = signed_up_user()
    error = storage_error(
        lambda: other.client.storage.from_("rest-private").create_signed_url(
            f"{owner.id}/signed.txt", 60
        )
    )
    assert str(error.status) == "404"


def test_signed_urls_for_many_paths_report_each(owner: SignedUpUser) -> None:
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/many-1.txt", b"1")
    results = bucket.create_signed_urls([f"{owner.id}/many-1.txt", f"{owner.id}/absent.txt"], 60)
    assert results[0]["error"] is None
    signed = results[0]["signedURL"]
    assert signed is not None
    assert httpx.get(signed).content == b"1"
    assert results[1]["signedURL"] is None
    assert results[1]["error"]


def test_move_and_copy_inside_the_callers_folder(
    buckets: DevServer, owner: SignedUpUser, signed_up_user: Callable[..., SignedUpUser]
) -> None:
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/mv/a.txt", b"moving")
    bucket.move(f"{owner.id}/mv/a.txt", f"{owner.id}/mv/b.txt")
    assert bucket.download(f"{owner.id}/mv/b.txt") == b"moving"
    assert not bucket.exists(f"{owner.id}/mv/a.txt")
    assert not (buckets.data_dir / "storage" / "rest-private" / owner.id / "mv" / "a.txt").exists()
    bucket.copy(f"{owner.id}/mv/b.txt", f"{owner.id}/mv/c.txt")
    assert bucket.download(f"{owner.id}/mv/c.txt") == b"moving"
    assert bucket.download(f"{owner.id}/mv/b.txt") == b"moving"
    other = signed_up_user()
    error = storage_error(
        lambda: other.client.storage.from_("rest-private").copy(
            f"{owner.id}/mv/b.txt", f"{other.id}/stolen.txt"
        )
    )
    assert str(error.status) == "404"
    error = storage_error(lambda: bucket.move(f"{owner.id}/mv/b.txt", f"{other.id}/gift.txt"))
    assert str(error.status) == "403"
    assert bucket.download(f"{owner.id}/mv/b.txt") == b"moving"


def test_service_role_manages_buckets_and_users_cannot(
    buckets: DevServer, service: Client, owner: SignedUpUser
) -> None:
    name = "rest-made-" + owner.id[:8]
    assert service.storage.create_bucket(
        name,
        options={"public": True, "file_size_limit": "1KB"},  # type: ignore[arg-type]  # a size as text
    ) == {"name": name}
    made = service.storage.get_bucket(name)
    assert made.public is True
    assert made.file_size_limit == 1000
    error = storage_error(lambda: service.storage.create_bucket(name))
    assert str(error.status) == "409"
    service.storage.update_bucket(name, {"public": False})
    assert service.storage.get_bucket(name).public is False
    service.storage.from_(name).upload("x/y.txt", b"y")
    error = storage_error(lambda: service.storage.delete_bucket(name))
    assert str(error.status) == "409"
    service.storage.empty_bucket(name)
    assert not (buckets.data_dir / "storage" / name / "x" / "y.txt").exists()
    service.storage.delete_bucket(name)
    assert name not in {b.id for b in service.storage.list_buckets()}
    error = storage_error(lambda: owner.client.storage.create_bucket("rest-mine-" + owner.id[:8]))
    assert str(error.status) == "403"


def test_uploads_may_exceed_the_api_body_limit_up_to_the_storage_limit(
    owner: SignedUpUser, buckets: DevServer
) -> None:
    # supabase/config.toml allows 50 MiB files; REST bodies stay at 10 MB.
    big = b"v" * (buckets.context.max_body_bytes + 1024)
    bucket = owner.client.storage.from_("rest-private")
    bucket.upload(f"{owner.id}/lecture.bin", big)
    assert len(bucket.download(f"{owner.id}/lecture.bin")) == len(big)
    before = buckets.context.max_upload_bytes
    buckets.context.max_upload_bytes = 1024
    try:
        error = storage_error(lambda: bucket.upload(f"{owner.id}/too-big.bin", b"x" * 2048))
    finally:
        buckets.context.max_upload_bytes = before
    assert str(error.status) == "413"


def test_limit_refusals_on_the_wire(owner: SignedUpUser, buckets: DevServer) -> None:
    """The body storage-api sends: HTTP 400, the real status and both codes inside."""
    url = f"{buckets.url}/storage/v1/object/rest-images/{owner.id}"
    headers = {"apikey": buckets.anon_key, "Authorization": f"Bearer {owner.access_token}"}
    wrong_type = httpx.post(
        url + "/a.js", headers=headers, files={"file": ("a.js", b"x", "application/javascript")}
    )
    assert wrong_type.status_code == 400
    assert wrong_type.json() == {
        "statusCode": "415",
        "code": "InvalidMimeType",
        "error": "invalid_mime_type",
        "message": "mime type application/javascript is not supported",
    }
    too_big = httpx.post(
        url + "/b.png", headers=headers, files={"file": ("b.png", b"p" * 101, "image/png")}
    )
    assert too_big.status_code == 400
    assert too_big.json() == {
        "statusCode": "413",
        "code": "EntityTooLarge",
        "error": "Payload too large",
        "message": "The object exceeded the maximum allowed size",
    }
