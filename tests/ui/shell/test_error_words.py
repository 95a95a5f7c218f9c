"""Every code the sync, account and store layers raise has words, in the app
(desktop/ui/shell/errors.py) and on the command line (``desktop.cli.common.describe_error``):
the layers raise codes and data, desktop/ui/words/errors.py words the codes both
sides word alike, and each side its own few.  The command line's phrases for
"Lantern cannot use its data: …": tests/cli/test_error_words.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.account import setup_code
from desktop.account.settings import SettingsError
from desktop.account.setup_code import SetupCodeError
from desktop.cli import common, messages
from desktop.store.db import (
    NO_PASSWORD,
    NO_PIN,
    QUICK_PIN_OFF,
    BadPin,
    LearnerLocked,
    NoVerifier,
    TryLater,
    WrongSecret,
)
from desktop.store.errors import (
    CANNOT_MIGRATE,
    INTEGRITY,
    NOT_SQLITE,
    UNREADABLE,
    CorruptStore,
    ProfileError,
    SchemaTooNew,
    StoreError,
    StoreReadFailed,
    StoreUnavailable,
    StoreWriteFailed,
)
from desktop.sync import download, engine
from desktop.sync import errors as sync_errors
from desktop.sync.download import DownloadCancelled, DownloadError
from desktop.sync.engine import WrongAccount
from desktop.sync.errors import (
    InvalidReply,
    NeedsSignIn,
    OfflineError,
    RequestRejected,
    ServerError,
    ServerNotResponding,
    SyncError,
    TransientStatus,
    WrongCredentials,
)
from desktop.ui.shell import errors as app_errors
from desktop.ui.shell.sign_in import unlock_message

DB = Path("/data/learners/u1/lantern.db")
ASK = "Ask your teacher for a new setup code."
SIDES = ("app", "cli")
Describe = Callable[[BaseException], str]


def _cli_describe(exc: BaseException) -> str:
    with messages.speaking("en"):
        return common.describe_error(exc)


@pytest.fixture(params=SIDES)
def describe(request: pytest.FixtureRequest) -> Describe:
    """The side's ``describe_error``: the app's (with its QApplication) or the
    command line's (in English)."""
    if request.param == "app":
        request.getfixturevalue("qapp")
        return app_errors.describe_error
    return _cli_describe


# ---- the words both sides share (desktop/ui/words/errors.py) -----------------

SYNC: list[tuple[SyncError, str]] = [
    (SyncError("boom", reason="unknown", detail="boom"), "Something went wrong: boom"),
    (
        OfflineError("x", reason="sign_in_offline"),
        "The sign-in server can't be reached right now.",
    ),
    (ServerNotResponding("x"), "The server accepted the connection but did not answer."),
    (
        TransientStatus(503, "Service Unavailable"),
        "The server is busy or had a problem (HTTP 503 Service Unavailable); will try again.",
    ),
    (TransientStatus(502), "The server is busy or had a problem (HTTP 502); will try again."),
    (
        ServerError("x", detail="upstream timeout"),
        "The server is busy or had a problem (upstream timeout).",
    ),
    (ServerError("x"), "The server is busy or had a problem."),
    (
        ServerError("x", reason="sign_in_busy", status=503),
        "The sign-in server is busy or had a problem (HTTP 503).",
    ),
    (
        ServerError("x", reason="sign_in_problem", detail="database down"),
        "The sign-in server had a problem: database down",
    ),
    (
        ServerError("x", reason="file_server", detail="bucket offline"),
        "The file server had a problem: bucket offline",
    ),
    (
        NeedsSignIn("x", reason="session_damaged"),
        "The saved session is damaged; please sign in again.",
    ),
    (NeedsSignIn("x", reason="not_signed_in"), "Please sign in to sync."),
    (
        RequestRejected("x", reason="weak_password", detail="Use at least 6 characters."),
        "That password is too weak: Use at least 6 characters.",
    ),
    (RequestRejected("Only the author may edit this."), "Only the author may edit this."),
    (RequestRejected("", detail=""), "The server refused the request."),
    (
        InvalidReply("x", detail="row 3 has no id"),
        "The server sent something Lantern did not understand (row 3 has no id).",
    ),
    (InvalidReply("x"), "The server sent something Lantern did not understand."),
    (SyncError("x", reason="no_session"), "The server did not start a session."),
    (
        SyncError("x", reason="confirm_email"),
        "Your account was created; confirm your email, then sign in.",
    ),
    (
        NeedsSignIn("x", reason="guest_leaderboard"),
        "Guests are not on the leaderboard; sign in to take part.",
    ),
    (
        NeedsSignIn("x", reason="sign_in_for_leaderboard"),
        "Sign in to change your leaderboard setting.",
    ),
    (
        RequestRejected("x", reason="leaderboard_unchanged", detail=""),
        "The server did not change your leaderboard setting.",
    ),
    (
        NeedsSignIn("x", reason="sign_in_for_feedback"),
        "Sign in to see which answers were right.",
    ),
    # raised with a sentence and no code (desktop/publish): that sentence
    (SyncError("Only instructors can publish courses."), "Only instructors can publish courses."),
]

# the codes of desktop.sync.engine and desktop.sync.download, worded with the others
ENGINE: list[tuple[SyncError, str]] = [
    (
        WrongAccount("x", reason="guest_never_synced"),
        "Guest work stays on this computer and is never synced.",
    ),
    (
        WrongAccount("x"),
        "This work belongs to another learner; it is kept for them "
        "and will sync when they sign in.",
    ),
    (
        SyncError("x", reason="nothing_settled"),
        "The server did not accept any change; will try again later.",
    ),
    (
        SyncError("x", reason="reset_loop", detail="catalogue"),
        "The server keeps asking to start catalogue again.",
    ),
    (
        DownloadError("x", reason="course_not_here"),
        "That course is not in the catalogue on this computer; sync first.",
    ),
    (
        DownloadCancelled(3, 12),
        "Download stopped: 3 of 12 images are on this computer; download again to go on.",
    ),
]

SETTINGS: list[tuple[SettingsError, str]] = [
    (
        SettingsError(reason="not_an_address", url="ftp://x"),
        "“ftp://x” is not a server address; it should look like https://your-project.supabase.co",
    ),
    (
        SettingsError(reason="key_too_short"),
        "The project key is missing or too short; ask your teacher for the school's setup code.",
    ),
    (
        SettingsError(reason="not_json", path=Path("/etc/server.json"), detail="line 1"),
        "/etc/server.json is not valid JSON: line 1",
    ),
    (
        SettingsError(reason="unreachable", url="https://x.example", detail="ConnectError"),
        "Lantern couldn't reach https://x.example: ConnectError. "
        "Check the address and your connection.",
    ),
    (
        SettingsError(reason="key_refused"),
        "The server refused this project key; ask your teacher for a new setup code.",
    ),
    (
        SettingsError(reason="not_supabase", url="https://x.example", status=404),
        "https://x.example doesn't look like a Supabase project (it answered 404).",
    ),
    (
        SettingsError(reason="no_demo_server"),
        "No demo server is running. Start Lantern with “lantern demo” to get one.",
    ),
    (SettingsError("a sentence for the log"), "These server settings can't be used."),
]

SETUP_CODES: list[tuple[str, str]] = [
    (setup_code.EMPTY, "Paste the setup code or link your school gave you."),
    (
        setup_code.NOT_A_CODE,
        "This doesn't look like a Lantern setup code. It starts with “lantern1.” "
        "or “lantern://” — check it with your teacher.",
    ),
    (setup_code.INCOMPLETE, "This code is incomplete — check it with your teacher."),
    (
        setup_code.NEWER_CODE,
        "This setup code is for a newer version of Lantern. Update Lantern, then paste it again.",
    ),
    (
        setup_code.NEWER_LINK,
        "This setup link is for a newer version of Lantern. "
        "Update Lantern, then open the link again.",
    ),
    (setup_code.BAD_ADDRESS, f"The server address in this code is not valid. {ASK}"),
    (
        setup_code.NOT_HTTPS,
        "The server address must start with https:// (http:// is only for a server "
        f"on this computer). {ASK}",
    ),
    (
        setup_code.SECRET_KEY,
        f"This code carries the project's secret key, which must never be given to learners. {ASK}",
    ),
    (setup_code.INCOMPLETE_KEY, f"The project key in this code is not complete. {ASK}"),
]

LOCKS: list[tuple[StoreError, str]] = [
    (WrongSecret(0), "Wrong password or PIN."),
    (WrongSecret(30), "Wrong password or PIN. Try again in 30 s."),
    (TryLater(125), "Too many wrong tries. Try again in 3 min."),
    (NoVerifier(NO_PIN), "No PIN is set on this computer. Use the password instead."),
    (
        NoVerifier(NO_PASSWORD),
        "Lantern can't check this password offline on this computer yet. "
        "Connect to the internet and try again.",
    ),
    (BadPin(), "A PIN is 4 to 8 digits."),
]

# ---- each side's own words: the app points at its screen, the command line at its
# commands and flags

OWN_SYNC: list[tuple[str, SyncError, str]] = [
    (
        "app",
        OfflineError("x"),
        "You're offline — your work is saved and will sync when you reconnect.",
    ),
    ("cli", OfflineError("x"), "The server can't be reached right now."),
    ("app", NeedsSignIn("x"), "Please sign in again to sync. Your work is kept on this computer."),
    ("cli", NeedsSignIn("x"), "Your session has ended; please sign in again."),
    (
        "app",
        WrongCredentials("x"),
        "That email and password don't match an account on this server.",
    ),
    ("cli", WrongCredentials("x"), "That email and password don't match an account."),
    ("app", SyncError("x", reason="other_account"), "The server answered for another account."),
    (
        "cli",
        SyncError("x", reason="other_account"),
        "The server returned a session for another account.",
    ),
]

OWN_SETTINGS: list[tuple[str, SettingsError, str]] = [
    (
        "app",
        SettingsError(reason="not_an_object", path=Path("/etc/server.json")),
        "/etc/server.json does not hold a server address and its project key.",
    ),
    (
        "cli",
        SettingsError(reason="not_an_object", path=Path("/etc/server.json")),
        "/etc/server.json should hold an object with url and anon_key",
    ),
    (
        "app",
        SettingsError(reason="half_given"),
        "Give both the server address and its project key.",
    ),
    ("cli", SettingsError(reason="half_given"), "Give both the server URL and its anon key."),
    ("app", SettingsError(reason="no_server_chosen"), "Choose a server first (the Server tab)."),
    (
        "cli",
        SettingsError(reason="no_server_chosen"),
        "No server is set up: pass --url and --anon-key, or set "
        "SUPABASE_URL and SUPABASE_ANON_KEY.",
    ),
]

OWN_LOCKS: list[tuple[str, StoreError, str]] = [
    ("app", NoVerifier(QUICK_PIN_OFF), "quick PIN sign-in is off on this computer"),
    ("cli", NoVerifier(QUICK_PIN_OFF), "Quick PIN sign-in is off on this computer."),
    (
        "app",
        LearnerLocked("u1"),
        "This learner signed out on this computer: their password or PIN opens "
        "their courses again.",
    ),
    (
        "cli",
        LearnerLocked("u1"),
        "This learner signed out on this computer; sign in again first (lantern login --email …).",
    ),
    (
        "app",
        StoreWriteFailed("disk full"),
        "Lantern couldn't save to this computer's disk. Check there is free space; "
        "nothing you saved earlier is lost.",
    ),
    (
        "cli",
        StoreWriteFailed("disk full"),
        "Lantern couldn't save to this computer's disk. Check there is free space; "
        "nothing saved earlier is lost.",
    ),
]

# the app's sentences for a store it cannot use (the command line's phrases:
# tests/cli/test_error_words.py)
STORE: list[tuple[StoreError, str]] = [
    (CorruptStore(DB, NOT_SQLITE), f"{DB} is not a Lantern database."),
    (CorruptStore(DB, UNREADABLE, "disk I/O error"), f"{DB} cannot be read: disk I/O error"),
    (
        CorruptStore(DB, INTEGRITY, "page 3 is never used"),
        f"{DB} is damaged (its integrity check failed: page 3 is never used).",
    ),
    (
        CorruptStore(DB, CANNOT_MIGRATE, "no such table"),
        f"{DB} cannot be brought up to date: no such table",
    ),
    (
        SchemaTooNew(DB, 9, 7),
        f"{DB} was saved by a newer version of Lantern. Update Lantern to open it.",
    ),
    (
        StoreUnavailable("x", reason="cannot_create", path=DB.parent, detail="Permission denied"),
        f"Lantern cannot create the folder {DB.parent}: Permission denied",
    ),
    (
        StoreUnavailable("x", reason="cannot_open", path=DB, detail="database is locked"),
        f"Lantern cannot open {DB}: database is locked",
    ),
    (ProfileError("x", reason="bad_user_id", detail="../x"), "“../x” is not a usable learner id."),
    (
        ProfileError("x", reason="registry_unreadable", path=DB.parent, detail="not JSON"),
        f"The list of learners {DB.parent} is unreadable: not JSON",
    ),
    (ProfileError("x", reason="other_learner", path=DB), f"{DB} holds another learner's data."),
]


def _lock_id(exc: BaseException) -> str:
    return f"{type(exc).__name__}-{exc}"


@pytest.mark.parametrize(
    ("exc", "sentence"), SYNC + ENGINE, ids=[e.reason for e, _ in SYNC + ENGINE]
)
def test_each_sync_code_has_its_words(describe: Describe, exc: SyncError, sentence: str) -> None:
    assert describe(exc) == sentence


@pytest.mark.parametrize(
    ("describe", "exc", "sentence"),
    OWN_SYNC,
    ids=[f"{e.reason}-{side}" for side, e, _ in OWN_SYNC],
    indirect=["describe"],
)
def test_each_side_words_its_own_sync_codes(
    describe: Describe, exc: SyncError, sentence: str
) -> None:
    assert describe(exc) == sentence


@pytest.mark.parametrize("side", SIDES)
def test_every_sync_code_is_worded(side: str) -> None:
    codes = {
        value
        for module in (sync_errors, engine, download)
        for name, value in vars(module).items()
        if name.startswith("REASON_") and isinstance(value, str)
    }
    own = {exc.reason for worded_by, exc, _ in OWN_SYNC if worded_by == side}
    assert codes == {exc.reason for exc, _ in SYNC + ENGINE} | own


@pytest.mark.parametrize(("exc", "sentence"), SETTINGS, ids=[e.reason for e, _ in SETTINGS])
def test_each_settings_code_has_its_words(
    describe: Describe, exc: SettingsError, sentence: str
) -> None:
    assert describe(exc) == sentence


@pytest.mark.parametrize(
    ("describe", "exc", "sentence"),
    OWN_SETTINGS,
    ids=[f"{e.reason}-{side}" for side, e, _ in OWN_SETTINGS],
    indirect=["describe"],
)
def test_each_side_words_its_own_settings_codes(
    describe: Describe, exc: SettingsError, sentence: str
) -> None:
    assert describe(exc) == sentence


@pytest.mark.parametrize(("code", "sentence"), SETUP_CODES, ids=[c for c, _ in SETUP_CODES])
def test_each_setup_code_refusal_has_its_words(
    describe: Describe, code: str, sentence: str
) -> None:
    assert describe(SetupCodeError(code)) == sentence


def test_every_setup_code_refusal_is_worded() -> None:
    assert set(setup_code._ENGLISH) == {code for code, _ in SETUP_CODES}


@pytest.mark.parametrize(("exc", "sentence"), LOCKS, ids=[_lock_id(e) for e, _ in LOCKS])
def test_each_lock_refusal_has_its_words(
    describe: Describe, exc: StoreError, sentence: str
) -> None:
    assert describe(exc) == sentence


@pytest.mark.parametrize(
    ("describe", "exc", "sentence"),
    OWN_LOCKS,
    ids=[f"{_lock_id(e)}-{side}" for side, e, _ in OWN_LOCKS],
    indirect=["describe"],
)
def test_each_side_words_its_own_lock_and_store_refusals(
    describe: Describe, exc: StoreError, sentence: str
) -> None:
    assert describe(exc) == sentence


def test_a_failed_read_is_worded_alike(describe: Describe) -> None:
    assert describe(StoreReadFailed("locked")) == (
        "Lantern couldn't read its data on this computer just now. Try again in a moment."
    )


def test_the_sign_in_dialog_says_more_and_falls_back_on_the_same_words(
    qapp: QApplication,
) -> None:
    assert unlock_message(WrongSecret(30), pin=True, name="Ana") == (
        "Wrong PIN. Try again in 30 s."
    )
    assert unlock_message(NoVerifier(NO_PIN), pin=True, name="Ana") == (
        "No PIN is set for Ana on this computer. Use the password instead."
    )
    assert unlock_message(OfflineError("x"), pin=False, name="Ana") == (
        "You're offline — your work is saved and will sync when you reconnect."
    )


@pytest.mark.parametrize(
    ("exc", "sentence"), STORE, ids=[f"{type(e).__name__}-{e.reason}" for e, _ in STORE]
)
def test_each_store_code_has_the_apps_words(
    qapp: QApplication, exc: StoreError, sentence: str
) -> None:
    assert app_errors.describe_error(exc) == sentence


def test_an_exception_without_a_code_says_so(describe: Describe) -> None:
    assert describe(KeyError("lesson")) == "Something went wrong: 'lesson'"
    assert describe(RuntimeError()) == "Something went wrong: RuntimeError"


def test_the_terminal_gets_no_control_character_the_app_the_text(describe: Describe) -> None:
    said = describe(RequestRejected("x", detail="no\x1b[2J"))
    assert said == ("no\x1b[2J" if describe is app_errors.describe_error else r"no\x1b[2J")


def test_no_sentence_of_the_layers_is_shown(describe: Describe) -> None:
    """What the learner reads comes from the codes, not from ``str(exc)``."""
    for exc in (
        SettingsError("an English sentence for the log", reason="key_refused"),
        SyncError("an English sentence for the log", reason="no_session"),
        NoVerifier(NO_PASSWORD),
    ):
        assert str(exc) not in describe(exc)


def test_a_publish_refusal_and_a_stopped_upload_are_worded_from_their_phrase(
    describe: Describe,
) -> None:
    """``desktop.publish`` raises codes and data too (desktop/ui/words/publish.py)."""
    from desktop.course_package.problems import Phrase
    from desktop.publish.report import PublishRefused, UploadOffline

    refused = PublishRefused(Phrase.of("refused.not_instructor"))
    assert describe(refused) == (
        "Only instructors can publish courses, and this account is a learner's. "
        "Ask an administrator to make you an instructor."
    )
    stopped = UploadOffline(Phrase.of("upload.offline", path="media/talk.mp4"))
    assert describe(stopped) == (
        "The server can't be reached right now. The upload of media/talk.mp4 stopped; "
        "publish again when the server is back: it continues where it stopped."
    )
    assert stopped.reason == "offline", "its code stays the network's"
