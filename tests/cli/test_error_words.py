"""Every code the sync, account and store layers raise has the command line's words
(``desktop.cli.common.describe_error``, context ``cli.errors``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.account import setup_code
from desktop.account.settings import SettingsError
from desktop.account.setup_code import SetupCodeError
from desktop.account.vault import VaultInfo
from desktop.cli import messages
from desktop.cli.common import describe_error, unusable_data
from desktop.cli.error_words import describe_damage, describe_vault
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

DB = Path("/data/learners/u1/lantern.db")
ASK = "Ask your teacher for a new setup code."


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with messages.speaking("en"):
        yield


SYNC: list[tuple[SyncError, str]] = [
    (SyncError("boom", reason="unknown", detail="boom"), "Something went wrong: boom"),
    (OfflineError("x"), "The server can't be reached right now."),
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
    (NeedsSignIn("x"), "Your session has ended; please sign in again."),
    (
        NeedsSignIn("x", reason="session_damaged"),
        "The saved session is damaged; please sign in again.",
    ),
    (NeedsSignIn("x", reason="not_signed_in"), "Please sign in to sync."),
    (WrongCredentials("x"), "That email and password don't match an account."),
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
        SyncError("x", reason="other_account"),
        "The server returned a session for another account.",
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
        SettingsError(reason="not_an_object", path=Path("/etc/server.json")),
        "/etc/server.json should hold an object with url and anon_key",
    ),
    (SettingsError(reason="half_given"), "Give both the server URL and its anon key."),
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
        SettingsError(reason="no_server_chosen"),
        "No server is set up: pass --url and --anon-key, or set "
        "SUPABASE_URL and SUPABASE_ANON_KEY.",
    ),
    (
        SettingsError(reason="no_demo_server"),
        "No demo server is running. Start Lantern with “lantern demo” to get one.",
    ),
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
    (NoVerifier(QUICK_PIN_OFF), "Quick PIN sign-in is off on this computer."),
    (
        LearnerLocked("u1"),
        "This learner signed out on this computer; sign in again first (lantern login --email …).",
    ),
    (BadPin(), "A PIN is 4 to 8 digits."),
]

STORE: list[tuple[StoreError, str]] = [
    (CorruptStore(DB, NOT_SQLITE), f"{DB}: not an SQLite database"),
    (CorruptStore(DB, UNREADABLE, "disk I/O error"), f"{DB}: unreadable: disk I/O error"),
    (
        CorruptStore(DB, INTEGRITY, "page 3 is never used"),
        f"{DB}: integrity check failed: page 3 is never used",
    ),
    (
        CorruptStore(DB, CANNOT_MIGRATE, "no such table"),
        f"{DB}: cannot migrate: no such table",
    ),
    (SchemaTooNew(DB, 9, 7), f"{DB} has local schema version 9; this Lantern knows up to 7"),
    (
        StoreUnavailable("x", reason="cannot_create", path=DB.parent, detail="Permission denied"),
        f"cannot create {DB.parent}: Permission denied",
    ),
    (
        StoreUnavailable("x", reason="cannot_open", path=DB, detail="database is locked"),
        f"cannot open {DB}: database is locked",
    ),
    (ProfileError("x", reason="bad_user_id", detail="../x"), "“../x” is not a usable user id"),
    (
        ProfileError("x", reason="registry_unreadable", path=DB.parent, detail="not JSON"),
        f"{DB.parent} is unreadable: not JSON",
    ),
    (ProfileError("x", reason="other_learner", path=DB), f"{DB} belongs to another learner"),
]


@pytest.mark.parametrize(
    ("exc", "sentence"), SYNC + ENGINE, ids=[e.reason for e, _ in SYNC + ENGINE]
)
def test_each_sync_code_has_its_words(exc: SyncError, sentence: str) -> None:
    assert describe_error(exc) == sentence


def test_every_sync_code_is_worded() -> None:
    codes = {
        value
        for module in (sync_errors, engine, download)
        for name, value in vars(module).items()
        if name.startswith("REASON_") and isinstance(value, str)
    }
    assert codes == {exc.reason for exc, _ in SYNC + ENGINE}


@pytest.mark.parametrize(("exc", "sentence"), SETTINGS, ids=[e.reason for e, _ in SETTINGS])
def test_each_settings_code_has_its_words(exc: SettingsError, sentence: str) -> None:
    assert describe_error(exc) == sentence


@pytest.mark.parametrize(("code", "sentence"), SETUP_CODES, ids=[c for c, _ in SETUP_CODES])
def test_each_setup_code_refusal_has_its_words(code: str, sentence: str) -> None:
    assert describe_error(SetupCodeError(code)) == sentence


def test_every_setup_code_refusal_is_worded() -> None:
    assert set(setup_code._ENGLISH) == {code for code, _ in SETUP_CODES}


@pytest.mark.parametrize(
    ("exc", "sentence"), LOCKS, ids=[f"{type(e).__name__}-{e}" for e, _ in LOCKS]
)
def test_each_lock_refusal_has_its_words(exc: StoreError, sentence: str) -> None:
    assert describe_error(exc) == sentence


@pytest.mark.parametrize(
    ("exc", "problem"), STORE, ids=[f"{type(e).__name__}-{e.reason}" for e, _ in STORE]
)
def test_each_store_code_says_what_is_wrong_with_the_data(exc: StoreError, problem: str) -> None:
    sentence = f"Lantern cannot use its data: {problem}."
    assert describe_error(exc) == sentence
    assert unusable_data(exc) == sentence


def test_a_failed_read_or_write_is_worded_by_its_kind() -> None:
    assert describe_error(StoreWriteFailed("disk full")) == (
        "Lantern couldn't save to this computer's disk. Check there is free space; "
        "nothing saved earlier is lost."
    )
    assert describe_error(StoreReadFailed("locked")) == (
        "Lantern couldn't read its data on this computer just now. Try again in a moment."
    )


def test_a_damaged_file_moved_aside_says_why() -> None:
    assert describe_damage(NOT_SQLITE) == "not an SQLite database"
    assert describe_damage(INTEGRITY, "page 3\x1b[2J") == (
        r"integrity check failed: page 3\x1b[2J"  # no control character reaches the terminal
    )


def test_where_the_session_is_kept() -> None:
    assert describe_vault(VaultInfo("keyring", "SecretService")) == (
        "the system keyring (SecretService)"
    )
    assert describe_vault(VaultInfo("file", "/home/ana/tokens.json")) == (
        "a private file (/home/ana/tokens.json) — no system keyring was found on this computer"
    )


def test_an_exception_without_a_code_says_so() -> None:
    assert describe_error(KeyError("lesson")) == "Something went wrong: 'lesson'"
    assert describe_error(RuntimeError()) == "Something went wrong: RuntimeError"


def test_no_sentence_of_the_layers_is_printed() -> None:
    """What the terminal prints comes from the codes, not from ``str(exc)``."""
    for exc in (
        SettingsError("an English sentence for the log", reason="key_refused"),
        SyncError("an English sentence for the log", reason="no_session"),
        NoVerifier(NO_PASSWORD),
    ):
        assert str(exc) not in describe_error(exc)


def test_a_publish_refusal_and_a_stopped_upload_are_worded_from_their_phrase() -> None:
    """``desktop.publish`` raises codes and data too (desktop/ui/words/publish.py)."""
    from desktop.course_package.problems import Phrase
    from desktop.publish.report import PublishRefused, UploadOffline

    refused = PublishRefused(Phrase.of("refused.not_instructor"))
    assert describe_error(refused) == (
        "Only instructors can publish courses, and this account is a learner's. "
        "Ask an administrator to make you an instructor."
    )
    stopped = UploadOffline(Phrase.of("upload.offline", path="media/talk.mp4"))
    assert describe_error(stopped) == (
        "The server can't be reached right now. The upload of media/talk.mp4 stopped; "
        "publish again when the server is back: it continues where it stopped."
    )
    assert stopped.reason == "offline", "its code stays the network's"
