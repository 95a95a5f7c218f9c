"""The HTTP client under each supabase SDK client: one TLS context per process.

Left to itself, the SDK builds an ``httpx.Client`` per service (auth at once,
PostgREST on the first query), and each one loads the CA bundle into a new
TLS context: about 20 ms of CPU each, 40–100 ms per SDK client.  A learner
gets a new SDK client at sign-in, for every new access token and per sync
engine, so the first pull after signing in paid that before its first page.

Here each SDK client gets one ``httpx.Client`` of its own (nothing is shared
between SDK clients, so no connection, header or cookie of one learner can
reach another's requests), built on a TLS context made once per process by
``httpx.create_ssl_context()`` — the same context httpx would build (CA
bundle, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``).

Given its own client, the SDK leaves timeouts to it, so a request hook sets
one per service: what the SDK's own clients use for auth (5 s) and storage
(20 s), and for PostgREST 5 s to connect and 12 s to answer instead of the
SDK's 120 s, so a server that accepts the connection and hangs is reported
as not responding within seconds, not after two minutes.  12 s is enough:
Supabase stops any statement of a signed-in caller at 8 s, so a working
server has answered (or refused) by then; the rest is margin for a gateway
and a slow link.  The read timeout counts the wait between bytes, not the
whole transfer, so a large page that is arriving is never cut off.
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx

# What the SDK's own clients use (httpx's default for supabase_auth,
# storage3.constants.DEFAULT_TIMEOUT, postgrest.constants.DEFAULT_POSTGREST_CLIENT_TIMEOUT).
AUTH_TIMEOUT = httpx.Timeout(5.0)
STORAGE_TIMEOUT = httpx.Timeout(20.0)
# connect quickly or say the server can't be reached; a read waits past Supabase's
# 8 s statement timeout (authenticated role) but not minutes for a hung server.
REST_TIMEOUT = httpx.Timeout(12.0, connect=5.0)


@cache
def tls_context() -> ssl.SSLContext:
    """The process's TLS context for the server (thread-safe to share)."""
    return httpx.create_ssl_context()


def service_timeout(url: httpx.URL) -> httpx.Timeout:
    """The timeout the SDK's own client for this service would apply."""
    if "/auth/v1/" in url.path:
        return AUTH_TIMEOUT
    if "/storage/v1/" in url.path:
        return STORAGE_TIMEOUT
    return REST_TIMEOUT


def _apply_service_timeout(request: httpx.Request) -> None:
    request.extensions["timeout"] = service_timeout(request.url).as_dict()


def sdk_http_client() -> httpx.Client:
    """A new HTTP client for one SDK client, set up as the SDK sets up its own."""
    return httpx.Client(
        verify=tls_context(),
        http2=True,
        follow_redirects=True,
        timeout=REST_TIMEOUT,
        event_hooks={"request": [_apply_service_timeout]},
    )
