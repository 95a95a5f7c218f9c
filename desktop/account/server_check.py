"""Is this a Supabase project, and does it take this key?  One request, before anything is saved."""

from __future__ import annotations

import httpx

from desktop.account.settings import ServerSettings, SettingsError

CHECK_TIMEOUT_S = 8.0


def check_server(settings: ServerSettings, *, client: httpx.Client | None = None) -> None:
    """Reach the project's auth service with the project's public key, or say why not."""
    url = f"{settings.normalized_url}/auth/v1/settings"
    try:
        http = client or httpx.Client(timeout=CHECK_TIMEOUT_S)
        try:
            reply = http.get(url, headers={"apikey": settings.anon_key})
        finally:
            if client is None:
                http.close()
    except httpx.HTTPError as exc:
        raise SettingsError(
            f"Lantern couldn't reach {settings.normalized_url}: "
            f"{type(exc).__name__}. Check the address and your connection.",
            reason="unreachable",
            url=settings.normalized_url,
            detail=type(exc).__name__,
        ) from exc
    if reply.status_code in (401, 403):
        raise SettingsError(
            "The server refused this project key; ask your teacher for a new setup code.",
            reason="key_refused",
        )
    if reply.status_code != 200:
        raise SettingsError(
            f"{settings.normalized_url} doesn't look like a Supabase "
            f"project (it answered {reply.status_code}).",
            reason="not_supabase",
            url=settings.normalized_url,
            status=reply.status_code,
        )
