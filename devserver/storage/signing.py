"""Signed download URLs: ``POST /object/sign/{bucket}/{key}`` and
``POST /object/sign/{bucket}`` (many), served by ``GET /object/sign/{bucket}/{key}?token=``.

As in storage-api, signing needs the caller to be able to read the object
(SELECT under RLS); the token is an HS256 JWT with the project secret naming
``bucket/key``, and whoever holds the URL may download until it expires.
"""

from __future__ import annotations

import time
import urllib.parse
from typing import Any

import jwt

from devserver.context import ServerContext
from devserver.storage.errors import StorageError, invalid_request
from devserver.storage.objects import Claims, Download, ObjectService


class SignedUrls:
    def __init__(self, ctx: ServerContext, objects: ObjectService) -> None:
        self.ctx = ctx
        self.objects = objects

    def sign(self, claims: Claims, bucket: str, key: str, expires_in: Any, *, path: str) -> str:
        seconds = _seconds(expires_in)
        self.objects.find(claims, bucket, key, public=False, path=path)
        now = int(time.time())
        token = jwt.encode(
            {"url": f"{bucket}/{key}", "iat": now, "exp": now + seconds},
            self.ctx.jwt_secret,
            algorithm="HS256",
        )
        quoted = urllib.parse.quote(f"{bucket}/{key}")
        return f"/object/sign/{quoted}?token={token}"

    def sign_many(
        self, claims: Claims, bucket: str, keys: list[str], expires_in: Any, *, path: str
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for key in keys:
            try:
                url: str | None = self.sign(claims, bucket, key, expires_in, path=path)
                error = None
            except StorageError as exc:
                url, error = None, exc.message
            out.append({"error": error, "path": key, "signedURL": url})
        return out

    def download(self, bucket: str, key: str, token: str, *, path: str) -> Download:
        try:
            claims = jwt.decode(
                token,
                self.ctx.jwt_secret,
                algorithms=["HS256"],
                options={"require": ["exp", "url"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise StorageError(400, "InvalidJWT", "jwt expired") from exc
        except jwt.PyJWTError as exc:
            raise StorageError(400, "InvalidJWT", str(exc)) from exc
        if claims.get("url") != f"{bucket}/{key}":
            raise StorageError(400, "InvalidSignature", "Invalid signature")
        # The token is the permission: read as the server, as storage-api does.
        return self.objects.download(None, bucket, key, public=False, path=path, as_server=True)


def _seconds(expires_in: Any) -> int:
    try:
        seconds = int(expires_in)
    except (TypeError, ValueError) as exc:
        raise invalid_request("expiresIn must be a number of seconds") from exc
    if seconds < 1:
        raise invalid_request("expiresIn must be at least 1")
    return seconds
