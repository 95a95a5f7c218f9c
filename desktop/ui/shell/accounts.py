"""The sign-in dialog's :class:`AccountActions` over profiles, the auth session and settings.

Every method is blocking (disk, network) and runs on the task runner.  The
learner's store is opened here, on that worker, and handed to the app through
:attr:`Accounts.opened` so the GUI thread never migrates a database.

Shared laptops: a learner who signed out is locked (``desktop.store.db.unlock``)
and :meth:`Accounts.unlock` opens them again — the password checked by the
server when it answers (and the local verifier refreshed), else against that
verifier; or a PIN, checked here, when the school turned quick PIN sign-in on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop.account.server_check import check_server
from desktop.account.session import AuthSession, Identity
from desktop.account.settings import (
    ServerSettings,
    SettingsError,
    quick_pin_allowed,
    resolve_server,
)
from desktop.account.setup_code import check_address, check_key
from desktop.account.vault import TokenVault, default_vault
from desktop.store.db import (
    QUICK_PIN_OFF,
    KnownLearner,
    LearnerStore,
    LockBook,
    NoVerifier,
    ProfileDirectory,
    TryLater,
    WrongSecret,
)
from desktop.store.reads import has_courses
from desktop.store.replica import import_sample_course
from desktop.sync.errors import (
    REASON_OTHER_ACCOUNT,
    OfflineError,
    ServerError,
    SyncError,
    WrongCredentials,
    classify,
)
from desktop.ui.i18n import translate
from desktop.ui.shell.demo_courses import publish_demo_courses
from desktop.ui.shell.demo_server import DemoServer
from desktop.ui.viewdata import LearnerProfile

log = logging.getLogger(__name__)


@dataclass
class Opened:
    profile: LearnerProfile
    store: LearnerStore
    session: AuthSession | None


class Accounts:
    def __init__(
        self,
        profiles: ProfileDirectory,
        *,
        vault: TokenVault | None = None,
        local_server: ServerSettings | None = None,
        quick_pin: bool | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``quick_pin``: whether learners may choose a PIN (default: the classroom
        file says, ``desktop.account.settings.quick_pin_allowed``)."""
        self.profiles = profiles
        self.vault = vault or default_vault(profiles.data_dir)
        self.local_server = local_server
        self.locks = LockBook(profiles.data_dir, clock=clock)
        self.quick_pin = quick_pin_allowed() if quick_pin is None else quick_pin
        self.opened: Opened | None = None

    def server(self) -> ServerSettings | None:
        try:
            return resolve_server(self.profiles.data_dir)
        except SettingsError as exc:
            log.warning("saved server settings unusable: %s", exc)
            return None

    def known_learners(self) -> list[LearnerProfile]:
        return [self._profile(k) for k in self.profiles.known_learners()]

    def quick_pin_allowed(self) -> bool:
        return self.quick_pin

    def _profile(self, known: KnownLearner) -> LearnerProfile:
        state = self.locks.state(known.user_id)
        return LearnerProfile(
            known.user_id,
            known.email,
            known.display_name,
            known.server_url,
            signed_out=state.signed_out,
            has_pin=self.quick_pin and state.pin is not None,
        )

    def _known(self, user_id: str) -> KnownLearner:
        return next(k for k in self.profiles.known_learners() if k.user_id == user_id)

    def continue_as(self, user_id: str) -> LearnerProfile:
        """Open a learner who is still signed in here (``LearnerLocked`` if they
        signed out: :meth:`unlock` is the way in)."""
        known = self._known(user_id)
        store, _recovery = self.profiles.open_learner(user_id)  # refuses a locked learner
        settings = self.server()
        session = AuthSession(settings, self.vault) if settings else None
        if session is not None:
            session.restore(user_id)  # None: sync will ask to sign in; study goes on
        profile = self._profile(known)
        self.opened = Opened(profile, store, session)
        return profile

    def unlock(self, user_id: str, secret: str, *, pin: bool = False) -> LearnerProfile:
        """Open a learner who signed out here, after checking their password or PIN.

        A password goes to the server when it is this learner's and answers:
        its verdict is final (a password the server refuses never unlocks,
        whatever is kept here) and the local verifier is refreshed.  Offline,
        the password is checked against that verifier.  A PIN is only ever
        checked here.  Raises ``TryLater``, ``WrongSecret``, ``NoVerifier``.
        """
        known = self._known(user_id)
        if pin:
            if not self.quick_pin:
                raise NoVerifier(QUICK_PIN_OFF)
            self.locks.check(user_id, secret, pin=True)
            return self.continue_as(user_id)
        wait = self.locks.wait_s(user_id)
        if wait > 0:
            raise TryLater(wait)
        settings = self.server()
        if settings is not None and settings.normalized_url == known.server_url.rstrip("/"):
            session = AuthSession(settings, self.vault)
            try:
                identity = session.sign_in(known.email, secret)
            except WrongCredentials:
                raise WrongSecret(self.locks.record_failure(user_id)) from None
            except (OfflineError, ServerError) as exc:
                log.info(
                    "server unreachable (%s); checking the password on this laptop",
                    type(exc).__name__,
                )
            else:
                if identity.user_id != user_id:
                    session.forget()
                    raise SyncError(
                        "The server answered for another account.",  # untranslated: for logs
                        reason=REASON_OTHER_ACCOUNT,  # worded by errors.describe_error
                    )
                return self._after_auth(session, identity, secret)
        self.locks.check(user_id, secret, pin=False)
        return self.continue_as(user_id)

    def sign_out(self, user_id: str, session: AuthSession | None) -> None:
        """Lock the learner here, then end their session.

        The lock comes first, so they are locked even when the server cannot
        be told.  A learner with a PIN keeps their session on this laptop:
        the PIN alone opens them again, and their work still syncs.
        """
        self.locks.sign_out(user_id, waiting=self.profiles.waiting_work(user_id))
        if session is None or (self.quick_pin and self.locks.has_pin(user_id)):
            return
        session.sign_out()

    def set_pin(self, user_id: str, pin: str) -> None:
        """Blocking (scrypt).  ``BadPin`` for anything but 4–8 digits."""
        if not self.quick_pin:
            raise NoVerifier(QUICK_PIN_OFF)
        self.locks.set_pin(user_id, pin)

    def clear_pin(self, user_id: str) -> None:
        self.locks.clear_pin(user_id)

    def _after_auth(
        self, session: AuthSession, identity: Identity, password: str
    ) -> LearnerProfile:
        name = identity.full_name or identity.username or identity.email
        self.profiles.remember(
            identity.user_id, identity.email, name, session.settings.normalized_url
        )
        # the server accepted this password: keep a fresh verifier for offline
        # unlocking, and unlock the learner if they had signed out
        self.locks.remember_password(identity.user_id, password)
        store, _recovery = self.profiles.open_learner(identity.user_id)
        profile = LearnerProfile(
            identity.user_id,
            identity.username or identity.email,
            name,
            session.settings.normalized_url,
        )
        self.opened = Opened(profile, store, session)
        return profile

    def _session(self) -> AuthSession:
        settings = self.server()
        if settings is None:
            # worded by errors.describe_error
            raise SettingsError("no server", reason="no_server_chosen")  # untranslated: log
        return AuthSession(settings, self.vault)

    def sign_in(self, email: str, password: str) -> LearnerProfile:
        session = self._session()
        return self._after_auth(session, session.sign_in(email, password), password)

    def sign_up(self, email: str, password: str, username: str, full_name: str) -> LearnerProfile:
        session = self._session()
        identity = session.sign_up(email, password, username=username, full_name=full_name)
        return self._after_auth(session, identity, password)

    def send_password_reset(self, email: str) -> None:
        self._session().send_password_reset(email)

    def reset_password(self, email: str, code: str, new_password: str) -> LearnerProfile:
        session = self._session()
        identity = session.reset_password(email, code, new_password)
        return self._after_auth(session, identity, new_password)

    def study_as_guest(self) -> LearnerProfile:
        store, _recovery = self.profiles.open_guest()
        if not has_courses(store):
            import_sample_course(store)  # guests study the bundled sample course
        name = translate("Accounts", "Guest")  # the guest's display name
        profile = LearnerProfile("guest", "guest", name, "", is_guest=True)
        self.opened = Opened(profile, store, None)
        return profile

    def use_server(self, url: str, anon_key: str) -> str:
        settings = ServerSettings(url, anon_key)  # format first: a clear message, no request
        check_address(settings.normalized_url)  # SetupCodeError: worded as a code's refusal
        check_key(anon_key)
        check_server(settings)
        settings.save(self.profiles.data_dir)
        return settings.normalized_url

    def sign_in_demo(self, server: DemoServer) -> LearnerProfile:
        """``lantern demo``: connect to the demo server, publish the demo catalogue
        (once: what the server has is skipped) and sign its learner in."""
        self.local_server = server.settings
        self.use_server(server.settings.url, server.settings.anon_key)
        if server.instructor_email:
            try:
                publish_demo_courses(
                    server.settings, server.instructor_email, server.instructor_password
                )
            except Exception as exc:  # the demo still opens, with what the server has
                log.warning("demo courses not published: %s", classify(exc))
        return self.sign_in(server.learner_email, server.learner_password)

    def use_local_server(self) -> str:
        if self.local_server is None:
            # worded by errors.describe_error
            raise SettingsError("no demo server", reason="no_demo_server")  # untranslated: log
        return self.use_server(self.local_server.url, self.local_server.anon_key)
