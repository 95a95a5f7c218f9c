"""The GoTrue subset Lantern uses, under ``/auth/v1`` (issue #3).

Sign-up (auto-confirmed), password sign-in, refresh-token rotation, get and
update the user, sign-out with scopes, password recovery by a mailed code
(printed on the log: ``devserver.auth.recovery``), the admin API's user create / get /
list / delete (service role), plus ``/health`` and ``/settings``.
Users, sessions and refresh tokens live in the ``auth`` schema exactly as
GoTrue keeps them, so the database triggers and policies see real rows.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from devserver.auth import admin, endpoints, recovery
from devserver.auth.errors import AuthError, error_response, json_response
from devserver.context import ServerContext

__all__ = ["routes"]


def _health(_request: Request) -> Response:
    return json_response(
        {
            "version": "devserver",
            "name": "GoTrue",
            "description": "GoTrue subset of the Lantern devserver",
        }
    )


def _settings(_request: Request) -> Response:
    return json_response(
        {
            "external": {"email": True, "phone": False, "anonymous_users": False},
            "disable_signup": False,
            "mailer_autoconfirm": True,
            "phone_autoconfirm": False,
            "sms_provider": "",
            "saml_enabled": False,
        }
    )


def _not_found(request: Request) -> Response:
    # JSON like GoTrue's, so the SDK raises AuthApiError rather than an unknown error.
    return error_response(
        request, AuthError(404, "not_found", f"Unsupported path {request.url.path}")
    )


def routes(ctx: ServerContext) -> list[BaseRoute]:
    return [
        Route("/health", _health, methods=["GET"]),
        Route("/settings", _settings, methods=["GET"]),
        Route("/signup", endpoints.endpoint(ctx, endpoints.signup), methods=["POST"]),
        Route("/token", endpoints.endpoint(ctx, endpoints.token), methods=["POST"]),
        Route("/user", endpoints.endpoint(ctx, endpoints.get_user), methods=["GET"]),
        Route("/user", endpoints.endpoint(ctx, endpoints.put_user), methods=["PUT"]),
        Route("/logout", endpoints.endpoint(ctx, endpoints.logout), methods=["POST"]),
        Route("/recover", endpoints.endpoint(ctx, recovery.recover), methods=["POST"]),
        Route("/verify", endpoints.endpoint(ctx, recovery.verify), methods=["POST"]),
        Route("/admin/users", endpoints.endpoint(ctx, admin.create_user), methods=["POST"]),
        Route("/admin/users", endpoints.endpoint(ctx, admin.list_users), methods=["GET"]),
        Route("/admin/users/{user_id}", endpoints.endpoint(ctx, admin.get_user), methods=["GET"]),
        Route(
            "/admin/users/{user_id}", endpoints.endpoint(ctx, admin.delete_user), methods=["DELETE"]
        ),
        Route("/{path:path}", _not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
