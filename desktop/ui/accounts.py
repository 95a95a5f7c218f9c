"""The sign-in dialog's :class:`AccountActions` over profiles, the auth session and settings.

Every method is blocking (disk, network) and runs on the task runner.  The
learner's store is opened here, on that worker, and handed to the app through
:attr:`Accounts.opened` so the GUI thread never migrates a database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from desktop.store.catalogue import has_courses
from desktop.store.importer import import_sample_course
from desktop.store.profiles import KnownLearner, ProfileDirectory
from desktop.store.store import LearnerStore
from desktop.sync.session import AuthSession, Identity
from desktop.sync.settings import ServerSettings, SettingsError, resolve_server
from desktop.sync.vault import TokenVault, default_vault
from desktop.ui.demo_server import DemoServer
from desktop.ui.viewdata import LearnerProfile

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 8.0


@dataclass
class Opened:
    profile: LearnerProfile
    store: LearnerStore
    session: AuthSession | None


def check_server(settings: ServerSettings, *, client: httpx.Client | None = None) -> None:
    """Reach the project's auth service with the anon key, or say why not."""
    url = f"{settings.normalized_url}/auth/v1/settings"
    try:
        http = client or httpx.Client(timeout=CHECK_TIMEOUT_S)
        try:
            reply = http.get(url, headers={"apikey": settings.anon_key})
        finally:
            if client is None:
                http.close()
    except httpx.HTTPError as exc:
        raise SettingsError(f"Lantern couldn't reach {settings.normalized_url}: "
                            f"{type(exc).__name__}. Check the address and your connection."
                            ) from exc
    if reply.status_code in (401, 403):
        raise SettingsError("The server refused this anon key; copy it again from the "
                            "project's API settings.")
    if reply.status_code != 200:
        raise SettingsError(f"{settings.normalized_url} doesn't look like a Supabase "
                            f"project (it answered {reply.status_code}).")


class Accounts:
    def __init__(self, profiles: ProfileDirectory, *, vault: TokenVault | None = None,
                 local_server: ServerSettings | None = None) -> None:
        self.profiles = profiles
        self.vault = vault or default_vault(profiles.data_dir)
        self.local_server = local_server
        self.opened: Opened | None = None

    def server(self) -> ServerSettings | None:
        try:
            return resolve_server(self.profiles.data_dir)
        except SettingsError as exc:
            log.warning("saved server settings unusable: %s", exc)
            return None

    def known_learners(self) -> list[LearnerProfile]:
        return [self._profile(k) for k in self.profiles.known_learners()]

    @staticmethod
    def _profile(known: KnownLearner) -> LearnerProfile:
        return LearnerProfile(known.user_id, known.email, known.display_name, known.server_url)

    def continue_as(self, user_id: str) -> LearnerProfile:
        known = next(k for k in self.profiles.known_learners() if k.user_id == user_id)
        settings = self.server()
        session = AuthSession(settings, self.vault) if settings else None
        if session is not None:
            session.restore(user_id)  # None: sync will ask to sign in; study goes on
        store, _recovery = self.profiles.open_learner(user_id)
        profile = self._profile(known)
        self.opened = Opened(profile, store, session)
        return profile

    def _after_auth(self, session: AuthSession, identity: Identity) -> LearnerProfile:
        name = identity.full_name or identity.username or identity.email
        self.profiles.remember(identity.user_id, identity.email, name,
                               session.settings.normalized_url)
        store, _recovery = self.profiles.open_learner(identity.user_id)
        profile = LearnerProfile(identity.user_id, identity.username or identity.email, name,
                                 session.settings.normalized_url)
        self.opened = Opened(profile, store, session)
        return profile

    def _session(self) -> AuthSession:
        settings = self.server()
        if settings is None:
            raise SettingsError("Choose a server first (the Server tab).")
        return AuthSession(settings, self.vault)

    def sign_in(self, email: str, password: str) -> LearnerProfile:
        session = self._session()
        return self._after_auth(session, session.sign_in(email, password))

    def sign_up(self, email: str, password: str, username: str, full_name: str
                ) -> LearnerProfile:
        session = self._session()
        identity = session.sign_up(email, password, username=username, full_name=full_name)
        return self._after_auth(session, identity)

    def study_as_guest(self) -> LearnerProfile:
        store, _recovery = self.profiles.open_guest()
        if not has_courses(store):
            import_sample_course(store)  # guests study the bundled sample course
        profile = LearnerProfile("guest", "guest", "Guest", "", is_guest=True)
        self.opened = Opened(profile, store, None)
        return profile

    def use_server(self, url: str, anon_key: str) -> str:
        settings = ServerSettings(url, anon_key)  # format first: a clear message, no request
        check_server(settings)
        settings.save(self.profiles.data_dir)
        return settings.normalized_url

    def sign_in_demo(self, server: DemoServer) -> LearnerProfile:
        """``lantern demo``: connect to the demo server and sign its learner in."""
        self.local_server = server.settings
        self.use_server(server.settings.url, server.settings.anon_key)
        return self.sign_in(server.learner_email, server.learner_password)

    def use_local_server(self) -> str:
        if self.local_server is None:
            raise SettingsError("No demo server is running. Start Lantern with "
                                "“lantern demo” to get one.")
        return self.use_server(self.local_server.url, self.local_server.anon_key)

