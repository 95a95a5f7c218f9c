"""The PostgREST-compatible REST API the devserver serves under ``/rest/v1``.

``routes(ctx)`` is what the devserver app mounts; see ``tables`` (CRUD on
tables and views) and ``invoke`` (``/rpc/<function>``).

Supported (what supabase-py sends): ``select=`` with columns, aliases,
``::`` casts, ``->``/``->>`` JSON paths, ``*`` and embedding through foreign
keys (``alias:table!hint!inner(...)``, ``table(count)``); filters eq, neq,
gt, gte, lt, lte, like/ilike (``*`` or ``%``, also ``(any)``/``(all)``),
match/imatch, in, is, isdistinct, cs, cd, ov, sl, sr, nxl, nxr, adj,
fts/plfts/phfts/wfts, ``not.``, ``or=``/``and=`` trees, the same on embedded
tables; ``order=``, ``limit``/``offset``, ``Range``; Prefer ``count``,
``return``, ``resolution``, ``missing=default``, ``handling=strict`` with
``max-affected``; Accept singular object and ``nulls=stripped``; rpc over
POST and GET.  Not supported, refused with a 4xx rather than ignored: spread
``...``, aggregates other than ``table(count)``, ordering by embedded
columns, embedding through views or many-to-many junctions, CSV, PUT,
limit/offset on writes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import psycopg
from psycopg_pool import PoolTimeout
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from devserver.context import ServerContext
from devserver.rest.caller import RestRequest, read_rest_request
from devserver.rest.errors import ApiError
from devserver.rest.invoke import handle_rpc
from devserver.rest.result import Result
from devserver.rest.tables import handle_table

log = logging.getLogger(__name__)

Handler = Callable[[ServerContext, RestRequest, str], Result]


def _endpoint(
    ctx: ServerContext, handler: Handler, param: str
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        name = str(request.path_params[param])
        # request.path as PostgREST sees it behind Supabase's gateway: "/courses".
        path = request.scope["path"][len(request.scope.get("root_path", "")) :]
        try:
            req = await read_rest_request(request, ctx, path or "/")
            result = await run_in_threadpool(handler, ctx, req, name)
        except ApiError as exc:
            return exc.response()
        except PoolTimeout:
            return ApiError(
                504, "PGRST003", "Timed out acquiring connection from connection pool."
            ).response()
        except psycopg.OperationalError:
            log.warning("REST request %s %s: database unavailable", request.method, path)
            return ApiError(
                503, "PGRST001", "Database client error. Retrying the connection."
            ).response()
        except Exception:
            log.exception("REST request %s %s failed", request.method, request.url.path)
            return ApiError(500, "PGRST000", "Internal server error").response()
        return result.response(head=request.method == "HEAD")

    return endpoint


def routes(ctx: ServerContext) -> list[BaseRoute]:
    methods = ["GET", "HEAD", "POST", "PATCH", "DELETE"]
    return [
        Route(
            "/rpc/{function}",
            _endpoint(ctx, handle_rpc, "function"),
            methods=["GET", "HEAD", "POST"],
        ),
        Route("/{table}", _endpoint(ctx, handle_table, "table"), methods=methods),
    ]
