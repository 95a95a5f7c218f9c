"""``lantern login/logout/sync/status/download`` against the devserver."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from desktop.cli import main
from desktop.store import learning
from desktop.store.profiles import ProfileDirectory
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
    assert "pending" not in json.loads(out)  # their store was not opened, even to read
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
