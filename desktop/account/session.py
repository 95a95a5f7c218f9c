"""A learner's auth session: sign in/up/out, tokens in the vault, fresh tokens.

The SDK's own session persistence is switched off on purpose: when a refresh
fails because the laptop is offline, supabase-auth eventually deletes the
stored session, and the learner would have to sign in again after every
trip without Wi-Fi.  Here the vault is the only durable copy, a refresh
failure caused by the network leaves it alone, and only a refresh the server
*refuses* (revoked or reused token) asks the learner to sign in.

Opening the app needs no network: ``AuthSession.restore`` only reads the
vault, so an expired access token is fine until the next sync.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from supabase import Client, create_client
from supabase.lib.client_options import SyncClientOptions

from desktop.account.http_client import sdk_http_client
from desktop.account.settings import ServerSettings
from desktop.account.vault import StoredTokens, TokenVault, account_key
from desktop.sync.errors import (
    REASON_CONFIRM_EMAIL,
    REASON_NO_SESSION,
    REASON_NOT_SIGNED_IN,
    REASON_OTHER_ACCOUNT,
    REASON_SESSION_DAMAGED,
    NeedsSignIn,
    SyncError,
    classify,
    watch_statuses,
)

log = logging.getLogger(__name__)

REFRESH_MARGIN_S = 60  # refresh a token that expires within this many seconds
# for logs: the UI and the command line word the code (REASON_SESSION_DAMAGED)
_DAMAGED = "The saved session is damaged; please sign in again."


@dataclass(frozen=True)
class Identity:
    user_id: str
    email: str
    username: str | None = None
    full_name: str | None = None


def _jwt_payload(token: str) -> dict[str, Any]:
    """Read a JWT's claims without verifying it (the server verifies)."""
    try:
        part = token.split(".")[1]
        padded = part + "=" * (-len(part) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded))
    except (IndexError, ValueError) as exc:
        raise NeedsSignIn(_DAMAGED, reason=REASON_SESSION_DAMAGED) from exc
    if not isinstance(data, dict):
        raise NeedsSignIn(_DAMAGED, reason=REASON_SESSION_DAMAGED)
    return data


ClientFactory = Callable[[ServerSettings, str | None], Client]


def make_client(settings: ServerSettings, access_token: str | None = None) -> Client:
    """A supabase client that sends ``access_token`` (or the anon key)."""
    # One HTTP client for the SDK's services, on the process's TLS context
    # (desktop/account/http_client.py): building a client no longer loads the
    # CA bundle twice.
    options = SyncClientOptions(
        auto_refresh_token=False, persist_session=False, httpx_client=sdk_http_client()
    )
    if access_token:
        options.headers["Authorization"] = f"Bearer {access_token}"
    client = create_client(settings.normalized_url, settings.anon_key, options)
    # A 5xx/408/429 from a gateway must read as "retry", whatever its body.
    watch_statuses(client.postgrest.session)
    return client


class AuthSession:
    """One learner's session against one server."""

    def __init__(
        self,
        settings: ServerSettings,
        vault: TokenVault,
        *,
        client_factory: ClientFactory = make_client,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self._vault = vault
        self._client_factory = client_factory
        self._clock = clock
        self._identity: Identity | None = None
        self._tokens: StoredTokens | None = None
        self._cached_client: tuple[str, Client] | None = None

    # -- state ---------------------------------------------------------------
    @property
    def identity(self) -> Identity | None:
        return self._identity

    @property
    def signed_in(self) -> bool:
        return self._identity is not None and self._tokens is not None

    def _account(self, user_id: str) -> str:
        return account_key(self.settings.normalized_url, user_id)

    def _store(self, identity: Identity, tokens: StoredTokens) -> None:
        self._vault.save(self._account(identity.user_id), tokens)
        self._identity, self._tokens = identity, tokens

    # -- no network ----------------------------------------------------------
    def restore(self, user_id: str) -> Identity | None:
        """Load a learner's saved session from the vault (works offline)."""
        tokens = self._vault.load(self._account(user_id))
        if tokens is None:
            return None
        claims = _jwt_payload(tokens.access_token)
        if claims.get("sub") != user_id:
            log.warning("vault entry for %s holds another user's token; ignoring it", user_id)
            return None
        meta = claims.get("user_metadata") or {}
        self._identity = Identity(
            user_id, str(claims.get("email", "")), meta.get("username"), meta.get("full_name")
        )
        self._tokens = tokens
        return self._identity

    def forget(self) -> None:
        """Drop the session from memory and the vault (local sign-out)."""
        if self._identity is not None:
            self._vault.delete(self._account(self._identity.user_id))
        self._identity, self._tokens = None, None
        self._cached_client = None

    # -- network -------------------------------------------------------------
    def _adopt(self, session: Any) -> Identity:
        if session is None or not getattr(session, "access_token", None):
            raise SyncError("The server did not start a session.", reason=REASON_NO_SESSION)
        user = session.user
        meta = dict(user.user_metadata or {})
        identity = Identity(
            str(user.id), str(user.email or ""), meta.get("username"), meta.get("full_name")
        )
        expires_at = int(session.expires_at or self._clock() + int(session.expires_in or 0))
        self._store(identity, StoredTokens(session.access_token, session.refresh_token, expires_at))
        return identity

    def sign_in(self, email: str, password: str) -> Identity:
        client = self._client_factory(self.settings, None)
        try:
            response = client.auth.sign_in_with_password({"email": email, "password": password})
        except Exception as exc:
            raise classify(exc) from exc
        return self._adopt(response.session)

    def sign_up(self, email: str, password: str, *, username: str, full_name: str) -> Identity:
        client = self._client_factory(self.settings, None)
        try:
            response = client.auth.sign_up(
                {
                    "email": email,
                    "password": password,
                    "options": {"data": {"username": username, "full_name": full_name}},
                }
            )
        except Exception as exc:
            raise classify(exc) from exc
        if response.session is None:
            raise SyncError(
                "Your account was created; confirm your email, then sign in.",
                reason=REASON_CONFIRM_EMAIL,
            )
        return self._adopt(response.session)

    def send_password_reset(self, email: str) -> None:
        """Ask the server to mail a one-time code (it answers alike for unknown addresses)."""
        client = self._client_factory(self.settings, None)
        try:
            client.auth.reset_password_for_email(email)
        except Exception as exc:
            raise classify(exc) from exc

    def reset_password(self, email: str, code: str, new_password: str) -> Identity:
        """Trade the mailed code for a session, set the new password, sign in with it."""
        client = self._client_factory(self.settings, None)
        try:
            client.auth.verify_otp({"email": email, "token": code, "type": "recovery"})
            client.auth.update_user({"password": new_password})
        except Exception as exc:
            raise classify(exc) from exc
        return self.sign_in(email, new_password)

    def access_token(self, *, force_refresh: bool = False) -> str:
        """A current access token, refreshing it first when it is (nearly) expired."""
        if self._tokens is None or self._identity is None:
            raise NeedsSignIn("Please sign in to sync.", reason=REASON_NOT_SIGNED_IN)
        expiring = self._tokens.expires_at <= self._clock() + REFRESH_MARGIN_S
        if force_refresh or expiring:
            self._refresh()
        assert self._tokens is not None
        return self._tokens.access_token

    def _refresh(self) -> None:
        assert self._tokens is not None
        assert self._identity is not None
        # Another session object of this learner (the CLI next to the app) may
        # have rotated the refresh token already: take its fresh tokens rather
        # than presenting a revoked one.
        saved = self._vault.load(self._account(self._identity.user_id))
        if saved is not None and saved != self._tokens:
            self._tokens = saved
            if saved.expires_at > self._clock() + REFRESH_MARGIN_S:
                return
        client = self._client_factory(self.settings, None)
        try:
            response = client.auth.refresh_session(self._tokens.refresh_token)
        except Exception as exc:
            error = classify(exc)
            if isinstance(error, NeedsSignIn):
                # Refused for good: the tokens are useless; the local work stays.
                self._vault.delete(self._account(self._identity.user_id))
                self._tokens = None
            raise error from exc
        identity = self._adopt(response.session)
        if identity.user_id != self._identity.user_id:
            raise SyncError(
                "The server returned a session for another account.", reason=REASON_OTHER_ACCOUNT
            )

    def client(self) -> Client:
        """An SDK client acting as this learner (refreshes the token if needed).

        The client is reused while the token stays the same: building one
        creates new HTTP connection pools and SSL contexts (0.06–0.1 s).
        """
        token = self.access_token()
        cached = self._cached_client
        if cached is not None and cached[0] == token:
            return cached[1]
        client = self._client_factory(self.settings, token)
        self._cached_client = (token, client)
        return client

    def sign_out(self, *, scope: str = "local") -> None:
        """Revoke the session on the server when reachable, and forget it here."""
        if self._tokens is not None:
            try:
                client = self._client_factory(self.settings, None)
                client.auth.set_session(self._tokens.access_token, self._tokens.refresh_token)
                client.auth.sign_out({"scope": scope})  # type: ignore[arg-type]  # scope is a Literal
            except Exception as exc:  # offline sign-out still signs out locally
                log.info("server sign-out failed (%s); signing out locally", type(exc).__name__)
        self.forget()
