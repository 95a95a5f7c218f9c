"""Bad input on the sync path: a clear state, and no local work lost.

* a server answering the sync RPCs with invalid JSON or unexpected shapes (a
  small loopback HTTP server standing in for the REST API; the learner's real
  session, obtained from the devserver, is presented to it);
* a local database file turned to garbage: moved aside, rebuilt from the
  server by the next sync, the learner told;
* a wrong password; a refresh token revoked while the app was closed.
"""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.account.vault import KeyringVault, account_key
from desktop.cli import main
from desktop.store.actions import learning
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.models import LessonProgress, SyncCursor
from desktop.store.replica.outbox import Outbox
from desktop.store.replica.sync_status import store_status
from desktop.sync.backoff import Backoff
from desktop.sync.engine import CycleReport, SyncEngine
from desktop.sync.errors import InvalidReply, NeedsSignIn, WrongCredentials
from desktop.sync.service import SyncService
from desktop.sync.states import SyncState, SyncStatus
from desktop.ui.shell.status_bar import describe, tooltip
from devserver.server import DevServer
from tests.e2e.conftest import server_state
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner
from tests.helpers.keyring import MemoryKeyring

Reply = tuple[int, str, bytes]  # status, content type, body


class GarbageServer(ThreadingHTTPServer):
    """Answers ``POST /rest/v1/rpc/<name>`` with ``replies[name]``."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), GarbageHandler)
        self.replies: dict[str, Reply] = {}
        self.calls: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class GarbageHandler(BaseHTTPRequestHandler):
    server: GarbageServer

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        name = self.path.rsplit("/", 1)[-1].split("?")[0]
        self.server.calls.append(name)
        status, content_type, body = self.server.replies.get(
            name, (404, "application/json", b'{"message": "no such function"}')
        )
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """Table reads (``/rest/v1/<table>?...``), answered from ``replies`` too."""
        name = self.path.split("?")[0].rsplit("/", 1)[-1]
        self.server.calls.append(name)
        status, content_type, body = self.server.replies.get(
            name, (404, "application/json", b'{"message": "no such table"}')
        )
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reads ``calls`` instead."""


@pytest.fixture
def garbage() -> Iterator[GarbageServer]:
    server = GarbageServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def session_on(
    garbage: GarbageServer, learner: Learner, devserver: DevServer, keyring: MemoryKeyring
) -> AuthSession:
    """The learner's real session, presented to the garbage server instead."""
    vault = KeyringVault(keyring)
    tokens = vault.load(account_key(devserver.url, learner.user_id))
    assert tokens is not None
    vault.save(account_key(garbage.url, learner.user_id), tokens)
    auth = AuthSession(ServerSettings(garbage.url, devserver.anon_key), vault)
    assert auth.restore(learner.user_id) is not None
    return auth


def snapshot(learner: Learner) -> dict[str, Any]:
    with learner.store.db.read() as s:
        return {
            "outbox": Outbox(learner.store.db, learner.user_id).counts(),
            "progress": sorted(
                (p.lesson_id, p.time_spent_seconds, p.completion_percentage)
                for p in s.exec(select(LessonProgress))
            ),
            "cursors": sorted((c.scope, c.cursor) for c in s.exec(select(SyncCursor))),
        }


def studied(learner: Learner) -> SyncEngine:
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, PYTHON_COURSE)
    engine.run_cycle()
    learning.record_time_spent(learner.store, HELLO_LESSON, 240)
    learning.complete_lesson(learner.store, HELLO_LESSON)
    return engine


JSON = "application/json"
GOOD_PUSH_EMPTY = (200, JSON, b'{"last_seq": 0, "results": []}')
BAD_REPLIES: dict[str, tuple[str, Reply]] = {
    "push_not_json": ("sync_push", (200, JSON, b'{"last_seq": 3, "results": [')),
    "push_html": ("sync_push", (200, "text/html", b"<html><body>Gateway says hi</body></html>")),
    "push_wrong_types": ("sync_push", (200, JSON, b'{"last_seq": "three", "results": {}}')),
    "push_result_without_seq": (
        "sync_push",
        (200, JSON, b'{"last_seq": 1, "results": [{"ok": 1}]}'),
    ),
    # a lie that would drop unsent work from the outbox if believed
    "push_acknowledges_unsent": ("sync_push", (200, JSON, b'{"last_seq": 999, "results": []}')),
    "pull_a_list": ("sync_pull", (200, JSON, b"[1, 2, 3]")),
    "pull_unknown_table": (
        "sync_pull",
        (
            200,
            JSON,
            json.dumps(
                {
                    "changes": [{"table": "secrets", "row": {"id": "x"}}],
                    "tombstones": [],
                    "next_cursor": "1",
                    "has_more": False,
                    "reset_required": False,
                }
            ).encode(),
        ),
    ),
    "pull_row_missing_columns": (
        "sync_pull",
        (
            200,
            JSON,
            json.dumps(
                {
                    "changes": [{"table": "lessons", "row": {"id": "only-an-id"}}],
                    "tombstones": [],
                    "next_cursor": "1",
                    "has_more": False,
                    "reset_required": False,
                }
            ).encode(),
        ),
    ),
    "pull_cursor_a_number": (
        "sync_pull",
        (
            200,
            JSON,
            json.dumps(
                {
                    "changes": [],
                    "tombstones": [],
                    "next_cursor": 17,
                    "has_more": "no",
                    "reset_required": False,
                }
            ).encode(),
        ),
    ),
    # the device's own row, read when nothing is waiting (a restore check)
    "device_row_not_a_list": ("sync_devices", (200, JSON, b'{"last_seq": 2}')),
    "device_last_seq_a_string": ("sync_devices", (200, JSON, b'[{"last_seq": "2"}]')),
}


@pytest.mark.parametrize("case", sorted(BAD_REPLIES))
def test_an_invalid_server_reply_is_a_clear_error_and_loses_no_local_work(
    case: str,
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    keyring_backend: MemoryKeyring,
    garbage: GarbageServer,
) -> None:
    learner = new_learner()
    studied(learner)
    before = snapshot(learner)
    assert before["outbox"].pending == 2
    rpc, reply = BAD_REPLIES[case]
    if rpc in ("sync_pull", "sync_devices"):  # the outbox must be empty first
        SyncEngine(learner.store, learner.auth).push(CycleReport())
        before = snapshot(learner)
    # What the server really holds for the device, unless that is the bad reply.
    kept = Outbox(learner.store.db, learner.user_id).highest_wire_seq()
    garbage.replies = {
        "sync_push": GOOD_PUSH_EMPTY,
        "sync_devices": (200, JSON, json.dumps([{"last_seq": kept}]).encode()),
        rpc: reply,
    }
    engine = SyncEngine(
        learner.store, session_on(garbage, learner, healthy_devserver, keyring_backend)
    )
    with pytest.raises(InvalidReply) as caught:
        engine.run_cycle()
    assert "did not understand" in str(caught.value)
    assert rpc in garbage.calls
    assert snapshot(learner) == before  # nothing sent, nothing half-applied
    status = store_status(learner.store)  # its code and data, worded when shown
    assert (status.last_error, status.last_error_detail) == ("not_understood", caught.value.detail)


def test_the_sync_service_shows_an_invalid_reply_as_an_error_with_its_reason(
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    keyring_backend: MemoryKeyring,
    garbage: GarbageServer,
) -> None:
    learner = new_learner()
    studied(learner)
    garbage.replies = {"sync_push": BAD_REPLIES["push_not_json"][1]}
    states: list[SyncState] = []
    service = SyncService(on_state=states.append, backoff=Backoff(base=30.0, cap=60.0))
    service.start()
    try:
        service.bind(
            learner.store, session_on(garbage, learner, healthy_devserver, keyring_backend)
        )
        deadline = time.monotonic() + 20
        while service.state.status is not SyncStatus.ERROR and time.monotonic() < deadline:
            time.sleep(0.05)  # noqa: TID251 - deliberate: polling the service state with a deadline  # allowed-sleep
    finally:
        service.stop()
    state = service.state
    assert state.status is SyncStatus.ERROR, states[-3:]
    assert isinstance(state.error, InvalidReply)
    assert state.pending == 2
    assert tooltip(state).startswith("Sync problem: The server sent something")
    assert state.retry_in is not None  # it will try again by itself


def test_a_corrupt_local_database_is_moved_aside_and_rebuilt_by_the_next_sync(
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    learner = new_learner()
    data_dir = tmp_path / "laptop"

    def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(
            [
                argv[0],
                "--data-dir",
                str(data_dir),
                "--url",
                healthy_devserver.url,
                "--anon-key",
                healthy_devserver.anon_key,
                *argv[1:],
            ]
        )
        out, err = capsys.readouterr()
        return code, out, err

    assert cli("login", "--email", learner.email, stdin=learner.password)[0] == 0
    assert cli("sync")[0] == 0
    profiles = ProfileDirectory(data_dir)
    store, _ = profiles.open_learner(learner.user_id)
    learning.enroll(store, PYTHON_COURSE)
    learning.record_time_spent(store, HELLO_LESSON, 420)
    learning.complete_lesson(store, HELLO_LESSON)
    store.close()
    assert cli("sync")[0] == 0
    expected = server_state(healthy_devserver, learner.user_id)
    assert expected.ledger == (1, 420)

    path = profiles.learner_db_path(learner.user_id)
    path.write_bytes(b"\x00garbage, not a database\xff" * 4096)  # the disk went bad
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    code, out, err = cli("sync")
    assert code == 0
    assert "Up to date" in out
    assert "damaged file was moved to" in err
    assert "fetched again from the server" in err
    assert list(path.parent.glob(path.name + ".corrupt-*"))  # kept for inspection

    store, recovery = profiles.open_learner(learner.user_id)
    try:
        assert recovery is None  # the rebuilt file is sound
        with store.db.read() as s:
            rows = sorted(
                (p.lesson_id, p.completion_percentage, p.time_spent_seconds, p.completed_at)
                for p in s.exec(select(LessonProgress))
            )
        assert rows == expected.progress
        assert Outbox(store.db, learner.user_id).counts().pending == 0
    finally:
        store.close()
    assert server_state(healthy_devserver, learner.user_id) == expected  # nothing twice


def test_a_wrong_password_is_refused_clearly_and_keeps_the_learners_work(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    learner = new_learner()
    studied(learner)
    fresh = AuthSession(learner.auth.settings, KeyringVault(MemoryKeyring()))
    with pytest.raises(WrongCredentials) as caught:
        fresh.sign_in(learner.email, "not-the-password")
    assert str(caught.value) == "That email and password don't match an account."
    assert not fresh.signed_in
    assert Outbox(learner.store.db, learner.user_id).counts().pending == 2


def wait_for_status(service: SyncService, want: SyncStatus, seconds: float = 20) -> SyncStatus:
    """The service's status once it is ``want``, or when ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while service.state.status is not want and time.monotonic() < deadline:
        time.sleep(0.05)  # noqa: TID251 - deliberate: polling the service state with a deadline  # allowed-sleep
    return service.state.status


def test_a_refresh_token_revoked_while_away_needs_sign_in_and_keeps_work_until_then(
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    keyring_backend: MemoryKeyring,
) -> None:
    learner = new_learner()
    studied(learner)
    # Elsewhere, the learner signs out everywhere: this laptop's tokens are revoked.
    elsewhere = AuthSession(learner.auth.settings, KeyringVault(MemoryKeyring()))
    elsewhere.sign_in(learner.email, learner.password)
    elsewhere.sign_out(scope="global")
    reopened = AuthSession(learner.auth.settings, KeyringVault(keyring_backend))
    assert reopened.restore(learner.user_id) is not None  # opens offline as before
    with pytest.raises(NeedsSignIn):
        reopened.access_token(force_refresh=True)  # the app's first refresh fails

    states: list[SyncState] = []
    service = SyncService(on_state=states.append)
    service.start()
    try:
        service.bind(learner.store, reopened)
        assert wait_for_status(service, SyncStatus.NEEDS_SIGN_IN) is SyncStatus.NEEDS_SIGN_IN
        assert service.state.pending == 2
        assert isinstance(service.state.error, NeedsSignIn)
        assert "sign in" in describe(service.state).lower()
        assert server_state(healthy_devserver, learner.user_id).ledger == (0, 0)

        reopened.sign_in(learner.email, learner.password)  # the learner signs in again
        service.bind(learner.store, reopened)
        reached = wait_for_status(service, SyncStatus.UP_TO_DATE)
    finally:
        service.stop()
    assert reached is SyncStatus.UP_TO_DATE, states[-3:]
    assert server_state(healthy_devserver, learner.user_id).ledger == (1, 240)
