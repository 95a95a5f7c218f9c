"""``lantern login/logout/sync/status/download`` against the devserver."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from desktop.cli import main
from desktop.store.actions import learning
from desktop.store.db.profiles import ProfileDirectory
from devserver.server import DevServer
from tests.fixtures.learners import PYTHON_COURSE, Learner


@pytest.fixture
def cli(
    healthy_devserver: DevServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Callable[..., tuple[int, str, str]]:
    """``cli("sync", stdin="…", data_dir=…)`` → (exit code, stdout, stderr)."""

    def run(*argv: str, stdin: str = "", data_dir: Path | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(
            [
                argv[0],
                "--data-dir",
                str(data_dir or tmp_path / "device"),
                "--url",
                healthy_devserver.url,
                "--anon-key",
                healthy_devserver.anon_key,
                *argv[1:],
            ]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_login_sync_status_and_logout_from_a_script(
    cli: Callable[..., tuple[int, str, str]],
    new_learner: Callable[..., Learner],
    tmp_path: Path,
    healthy_devserver: DevServer,
) -> None:
    account = new_learner()  # an account made elsewhere; this "device" is new
    code, out, _ = cli("login", "--email", account.email, stdin=account.password + "\n")
    assert code == 0
    assert "Signed in" in out
    code, out, _ = cli("status", "--json")
    assert code == 0
    assert json.loads(out)["state"] == "never_synced"

    code, out, _ = cli("sync")
    assert code == 0
    assert "Up to date" in out
    code, out, _ = cli("status", "--json")
    assert code == 0
    assert json.loads(out)["state"] == "up_to_date"
    device = ProfileDirectory(tmp_path / "device")
    store, _ = device.open_learner(account.user_id)
    learning.enroll(store, PYTHON_COURSE)
    store.close()

    code, out, _ = cli("status", "--json")
    status = json.loads(out)
    assert code == 0
    assert status["pending"] == 1
    assert status["state"] == "pending"
    assert status["learner"]["email"] == account.email
    assert "catalogue" in status["cursors"]

    code, out, _ = cli("download", "Python Foundations")
    assert code == 0
    assert "Available offline" in out
    with psycopg.connect(healthy_devserver.db_url) as conn:
        assert conn.execute(
            "select count(*) from enrollments where user_id = %s", (account.user_id,)
        ).fetchone() == (1,)

    code, out, _ = cli("logout")
    assert code == 0
    assert "Signed out" in out
    code, _, err = cli("sync")
    assert code == 4
    assert "sign in" in err.lower()


def test_a_wrong_password_is_refused_plainly(
    cli: Callable[..., tuple[int, str, str]], new_learner: Callable[..., Learner]
) -> None:
    account = new_learner()
    code, _, err = cli("login", "--email", account.email, stdin="not-the-password\n")
    assert code == 1
    assert "don't match" in err


def test_sync_while_offline_keeps_the_work_and_says_so(
    cli: Callable[..., tuple[int, str, str]],
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
) -> None:
    account = new_learner()
    assert cli("login", "--email", account.email, stdin=account.password)[0] == 0
    healthy_devserver.set_offline(True)
    code, _, err = cli("sync")
    assert code == 3
    assert "saved" in err


def test_commands_say_what_is_missing_before_anyone_signed_in(
    cli: Callable[..., tuple[int, str, str]],
) -> None:
    code, _, err = cli("status", "--json")
    assert code == 2
    assert "lantern login" in err


def test_status_on_a_damaged_database_tells_the_learner_and_keeps_the_file(
    cli: Callable[..., tuple[int, str, str]], new_learner: Callable[..., Learner], tmp_path: Path
) -> None:
    account = new_learner()
    assert cli("login", "--email", account.email, stdin=account.password)[0] == 0
    db_file = ProfileDirectory(tmp_path / "device").learner_db_path(account.user_id)
    db_file.write_bytes(b"this is not an SQLite database" * 100)
    code, out, err = cli("status", "--json")
    assert code == 0
    assert json.loads(out)["pending"] == 0
    assert "damaged file was moved to" in err
    assert any(p.name.startswith("lantern.db.corrupt") for p in db_file.parent.iterdir())


def test_no_command_opens_a_learner_who_signed_out_until_they_log_in_again(
    cli: Callable[..., tuple[int, str, str]], new_learner: Callable[..., Learner], tmp_path: Path
) -> None:
    from desktop.course_package.sample import SAMPLE_COURSE_DIR

    account = new_learner()
    assert cli("login", "--email", account.email, stdin=account.password)[0] == 0
    assert cli("logout")[0] == 0
    code, out, _ = cli("status", "--json")
    assert code == 0
    assert json.loads(out)["state"] == "signed_out"
    # their store was not opened, even to read: the count was kept in the lock
    assert json.loads(out)["pending"] == 0
    for command in (("sync",), ("download", PYTHON_COURSE)):
        code, _, err = cli(*command)
        assert code == 4
        assert "signed out on this computer" in err
        assert "lantern login" in err
    code = main(
        [
            "import",
            str(SAMPLE_COURSE_DIR),
            "--user",
            account.user_id,
            "--data-dir",
            str(tmp_path / "device"),
        ]
    )
    assert code == 1  # nothing is recorded for them either
    code, out, _ = cli("logout")
    assert code == 0
    assert "Signed out" in out
    code, _, err = cli("login", "--email", account.email, stdin="not-the-password\n")
    assert code == 1
    assert "don't match" in err
    assert cli("sync")[0] == 4  # a refused password unlocks nothing
    assert cli("login", "--email", account.email, stdin=account.password)[0] == 0
    code, out, _ = cli("sync")
    assert code == 0
    assert "Up to date" in out


# -- classroom scripts: sync --json, exit codes, --until-done, status --all ------


def _signed_in_with_one_change(
    cli: Callable[..., tuple[int, str, str]], account: Learner, tmp_path: Path
) -> None:
    assert cli("login", "--email", account.email, stdin=account.password + "\n")[0] == 0
    assert cli("sync", "--learner", account.email)[0] == 0  # the catalogue arrives
    store, _ = ProfileDirectory(tmp_path / "device").open_learner(account.user_id)
    learning.enroll(store, PYTHON_COURSE)
    store.close()


def test_sync_json_says_what_was_sent_received_and_the_state(
    cli: Callable[..., tuple[int, str, str]], new_learner: Callable[..., Learner], tmp_path: Path
) -> None:
    account = new_learner()
    _signed_in_with_one_change(cli, account, tmp_path)
    code, out, err = cli("sync", "--json", "--learner", account.email)
    report = json.loads(out)  # nothing but the object on stdout
    assert code == 0, err
    assert report["state"] == "up_to_date"
    assert report["exit_code"] == 0
    assert report["learner"] == {"user_id": account.user_id}
    assert (report["sent"], report["rejected"], report["pending"]) == (1, 0, 0)
    assert report["received"] > 0
    assert report["attempts"] == 1
    assert report["error"] is None


@pytest.mark.parametrize(
    ("fault", "state", "exit_code"),
    [("offline", "offline", 3), ("503", "server_unavailable", 5), ("504", "server_unavailable", 5)],
)
def test_exit_codes_tell_offline_from_an_unavailable_server(
    cli: Callable[..., tuple[int, str, str]],
    new_learner: Callable[..., Learner],
    tmp_path: Path,
    healthy_devserver: DevServer,
    fault: str,
    state: str,
    exit_code: int,
) -> None:
    account = new_learner()
    _signed_in_with_one_change(cli, account, tmp_path)
    if fault == "offline":
        healthy_devserver.set_offline(True)
    else:
        healthy_devserver.faults.failure_status = int(fault)
        healthy_devserver.faults.failure_rate = 1.0
    code, out, _ = cli("sync", "--json")
    report = json.loads(out)
    assert code == exit_code
    assert (report["state"], report["exit_code"]) == (state, exit_code)
    assert report["pending"] == 1  # the work is kept
    assert report["error"]
    code, _, err = cli("sync")
    assert code == exit_code
    assert "saved" in err


def test_until_done_gives_up_at_the_timeout_and_keeps_the_work(
    cli: Callable[..., tuple[int, str, str]],
    new_learner: Callable[..., Learner],
    tmp_path: Path,
    healthy_devserver: DevServer,
) -> None:
    account = new_learner()
    _signed_in_with_one_change(cli, account, tmp_path)
    healthy_devserver.set_offline(True)
    code, out, _ = cli("sync", "--json", "--until-done", "--timeout", "0")
    report = json.loads(out)
    assert code == 3
    assert report["attempts"] == 1
    assert report["pending"] == 1


def test_until_done_retries_with_back_off_until_the_server_is_back(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    from desktop.cli.syncing import sync_until_done
    from desktop.sync.engine import SyncEngine

    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()  # the catalogue arrives
    learning.enroll(learner.store, PYTHON_COURSE)
    healthy_devserver.set_offline(True)
    waits: list[float] = []

    def wait_then_reconnect(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:  # two failed attempts, then the school's Wi-Fi is back
            healthy_devserver.set_offline(False)

    run = sync_until_done(engine, retry=True, timeout=600, wait=wait_then_reconnect)
    assert run.error is None
    assert run.attempts == 3
    assert run.sent == 1
    assert all(0 < w <= 60 for w in waits)
    with psycopg.connect(healthy_devserver.db_url) as conn:
        assert conn.execute(
            "select count(*) from enrollments where user_id = %s", (learner.user_id,)
        ).fetchone() == (1,)


def test_until_done_stops_at_once_on_a_problem_retrying_cannot_fix(
    new_learner: Callable[..., Learner],
) -> None:
    from desktop.cli.syncing import sync_until_done
    from desktop.sync.engine import SyncEngine

    learner = new_learner()
    learner.auth.sign_out()
    waits: list[float] = []
    run = sync_until_done(
        SyncEngine(learner.store, learner.auth), retry=True, timeout=600, wait=waits.append
    )
    assert type(run.error).__name__ == "NeedsSignIn"
    assert (run.attempts, waits) == (1, [])


def test_every_kind_of_failure_has_its_own_exit_code() -> None:
    from desktop.cli.common import CommandError
    from desktop.cli.syncing import outcome
    from desktop.sync.engine import WrongAccount
    from desktop.sync.errors import (
        InvalidReply,
        NeedsSignIn,
        OfflineError,
        RequestRejected,
        ServerNotResponding,
        TransientStatus,
    )

    assert outcome(None) == ("up_to_date", 0)
    assert outcome(RequestRejected("no")) == ("failed", 1)
    assert outcome(InvalidReply("what")) == ("failed", 1)
    assert outcome(CommandError("no server")) == ("not_set_up", 2)
    assert outcome(OfflineError("x")) == ("offline", 3)
    assert outcome(NeedsSignIn("x")) == ("needs_sign_in", 4)
    assert outcome(WrongAccount("x")) == ("needs_sign_in", 4)
    assert outcome(ServerNotResponding("x")) == ("server_unavailable", 5)
    assert outcome(TransientStatus(503)) == ("server_unavailable", 5)


def test_status_all_lists_every_learner_with_their_waiting_work(
    cli: Callable[..., tuple[int, str, str]], new_learner: Callable[..., Learner], tmp_path: Path
) -> None:
    first, second = new_learner(), new_learner()
    _signed_in_with_one_change(cli, first, tmp_path)
    _signed_in_with_one_change(cli, second, tmp_path)
    code, out, _ = cli("logout", "--learner", second.email)
    assert code == 0
    assert "1 change not yet synced is kept on this computer" in out

    code, out, _ = cli("status", "--all", "--json")
    assert code == 0
    listed = {e["learner"]["email"]: e for e in json.loads(out)["learners"]}
    assert listed[first.email]["state"] == "pending"
    assert listed[first.email]["pending"] == 1
    # the signed-out learner's store stays shut: the count comes from the lock
    assert listed[second.email] == {
        "learner": {"user_id": second.user_id, "email": second.email},
        "state": "signed_out",
        "pending": 1,
    }
    code, out, _ = cli("status", "--all")
    assert code == 0
    assert "2 changes still waiting to be sent." in out

    assert cli("sync", "--learner", first.email)[0] == 0
    assert cli("login", "--email", second.email, stdin=second.password + "\n")[0] == 0
    assert cli("sync", "--learner", second.email)[0] == 0
    code, out, _ = cli("status", "--all")
    assert "this computer can be handed back" in out
