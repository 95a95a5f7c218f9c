"""The Supabase Storage subset the devserver serves under ``/storage/v1``.

``routes(ctx)`` is what the devserver app mounts; see ``endpoints`` for the
URLs and ``objects`` for how each runs as the caller under RLS, and
``resumable`` for the TUS uploads under ``/upload/resumable``.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from devserver.context import ServerContext
from devserver.storage.endpoints import make_endpoints
from devserver.storage.resumable import make_resumable_endpoints


def routes(ctx: ServerContext) -> list[BaseRoute]:
    e = make_endpoints(ctx)
    t = make_resumable_endpoints(ctx)
    key = "{bucket}/{key:path}"
    tus, upload = "/upload/resumable", "/upload/resumable/{upload_id}"
    return [
        Route(tus, t["tus_create"], methods=["POST"]),
        Route(tus, t["tus_options"], methods=["OPTIONS"]),
        Route(upload, t["tus_head"], methods=["HEAD"]),
        Route(upload, t["tus_patch"], methods=["PATCH"]),
        Route(upload, t["tus_delete"], methods=["DELETE"]),
        Route(upload, t["tus_options"], methods=["OPTIONS"]),
        Route("/bucket", e["list_buckets"], methods=["GET"]),
        Route("/bucket", e["create_bucket"], methods=["POST"]),
        Route("/bucket/{bucket}", e["get_bucket"], methods=["GET"]),
        Route("/bucket/{bucket}", e["update_bucket"], methods=["PUT"]),
        Route("/bucket/{bucket}", e["delete_bucket"], methods=["DELETE"]),
        Route("/bucket/{bucket}/empty", e["empty_bucket"], methods=["POST"]),
        Route("/object/list/{bucket}", e["list"], methods=["POST"]),
        Route("/object/move", e["move"], methods=["POST"]),
        Route("/object/copy", e["copy"], methods=["POST"]),
        Route("/object/sign/" + key, e["sign"], methods=["POST"]),
        Route("/object/sign/" + key, e["signed_download"], methods=["GET"]),
        Route("/object/sign/{bucket}", e["sign_many"], methods=["POST"]),
        Route("/object/info/authenticated/" + key, e["info"], methods=["GET"]),
        Route("/object/info/public/" + key, e["info"], methods=["GET"]),
        Route("/object/info/" + key, e["info"], methods=["GET"]),
        Route("/object/public/" + key, e["public"], methods=["GET"]),
        Route("/object/authenticated/" + key, e["download"], methods=["GET"]),
        Route("/object/" + key, e["upload"], methods=["POST", "PUT"]),
        Route("/object/" + key, e["download"], methods=["GET"]),
        Route("/object/{bucket}", e["remove"], methods=["DELETE"]),
    ]
