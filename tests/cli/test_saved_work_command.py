"""``lantern export-work`` and ``lantern deliver`` on a shared classroom laptop
and a teacher's laptop, against the devserver (issue #17)."""

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
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(
    healthy_devserver: DevServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    """``cli(data_dir, "deliver", …, stdin="…")`` → (exit code, stdout, stderr)."""

    def run(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
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
        assert "Traceback" not in err
        return code, out, err

    return run


def server_time(devserver: DevServer, user_id: str) -> int | None:
    with psycopg.connect(devserver.db_url) as conn:
        row = conn.execute(
            "select time_spent_seconds from public.lesson_progress "
            "where user_id = %s and lesson_id = %s",
            (user_id, HELLO_LESSON),
        ).fetchone()
    return None if row is None else int(row[0])


def study(folder: Path, user_id: str, seconds: int) -> None:
    store, _ = ProfileDirectory(folder).open_learner(user_id)
    try:
        learning.enroll(store, PYTHON_COURSE)
        learning.record_time_spent(store, HELLO_LESSON, seconds)
    finally:
        store.close()


@pytest.fixture
def classroom(cli: Run, new_learner: Callable[..., Learner], tmp_path: Path) -> tuple[Path, str]:
    """A shared laptop: Ada signed in once online, studied offline, signed out."""
    ada = new_learner()
    folder = tmp_path / "classroom"
    assert cli(folder, "login", "--email", ada.email, stdin=ada.password + "\n")[0] == 0
    assert cli(folder, "sync")[0] == 0  # online once: the laptop's key reaches the server
    study(folder, ada.user_id, 90)
    assert cli(folder, "logout")[0] == 0
    return folder, ada.user_id


@pytest.fixture
def teacher(cli: Run, new_learner: Callable[..., Learner], tmp_path: Path) -> Path:
    account = new_learner()
    folder = tmp_path / "teacher"
    assert cli(folder, "login", "--email", account.email, stdin=account.password + "\n")[0] == 0
    return folder


def test_a_teacher_carries_a_signed_out_learners_work_to_the_server(
    cli: Run,
    classroom: tuple[Path, str],
    teacher: Path,
    tmp_path: Path,
    healthy_devserver: DevServer,
) -> None:
    folder, ada = classroom
    stick = tmp_path / "usb"
    stick.mkdir()
    code, _, err = cli(folder, "export-work", "--to", str(stick / "ada.lantern-work"))
    assert code == 4  # one learner's own save needs them signed in
    assert "signed out" in err
    code, out, _ = cli(folder, "export-work", "--all", "--to", str(stick))
    assert code == 0, out
    (saved,) = stick.iterdir()
    assert "Saved 2 changes of Sync Tester" in out
    assert str(saved) in out

    code, out, _ = cli(teacher, "deliver", str(saved))
    assert code == 0
    assert out.strip() == f"{saved}: work of Sync Tester delivered (2 changes applied)."
    assert server_time(healthy_devserver, ada) == 90

    code, out, _ = cli(teacher, "deliver", str(saved), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["state"] == "up_to_date"
    (entry,) = result["files"]
    assert (entry["applied"], entry["already_there"], entry["delivered"]) == (0, 2, True)
    assert server_time(healthy_devserver, ada) == 90


def test_a_changed_and_a_damaged_file_are_named_and_the_good_one_is_delivered(
    cli: Run,
    classroom: tuple[Path, str],
    teacher: Path,
    tmp_path: Path,
    healthy_devserver: DevServer,
) -> None:
    folder, ada = classroom
    stick = tmp_path / "usb"
    stick.mkdir()
    assert cli(folder, "export-work", "--all", "--to", str(stick))[0] == 0
    (good,) = stick.iterdir()
    changed, cut = stick / "changed.lantern-work", stick / "cut.lantern-work"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["chunks"][0]["payload"] = data["chunks"][0]["payload"].replace(
        '"seconds":90', '"seconds":9000'
    )
    changed.write_text(json.dumps(data), encoding="utf-8")
    cut.write_text(good.read_text(encoding="utf-8")[:200], encoding="utf-8")

    code, out, err = cli(teacher, "deliver", str(changed), str(cut))
    assert code == 1
    assert f"{changed}: work of Sync Tester not delivered: it was changed after it was saved" in out
    assert f"{cut}: not delivered: it is damaged or incomplete (unreadable at line" in err
    assert server_time(healthy_devserver, ada) is None

    code, out, _ = cli(teacher, "deliver", str(good))
    assert code == 0
    assert server_time(healthy_devserver, ada) == 90


def test_saving_says_why_it_cannot_and_nothing_is_written(
    cli: Run, new_learner: Callable[..., Learner], tmp_path: Path
) -> None:
    ada = new_learner()
    folder = tmp_path / "laptop"
    assert cli(folder, "login", "--email", ada.email, stdin=ada.password + "\n")[0] == 0
    assert cli(folder, "sync")[0] == 0
    target = tmp_path / "ada.lantern-work"
    code, _, err = cli(folder, "export-work", "--to", str(target))
    assert code == 2
    assert err.strip() == "Sync Tester has no changes waiting to be sent: there is nothing to save."
    assert not target.exists()
    # A copied folder took a new device id: its new key is not on the server yet.
    store, _ = ProfileDirectory(folder).open_learner(ada.user_id)
    try:
        store.regenerate_device_id()
    finally:
        store.close()
    study(folder, ada.user_id, 30)
    code, _, err = cli(folder, "export-work", "--to", str(target))
    assert code == 2
    assert "has not been online since Sync Tester signed in here" in err
    assert not target.exists()
    assert cli(folder, "sync")[0] == 0
    study(folder, ada.user_id, 30)
    code, _, err = cli(folder, "export-work", "--to", str(tmp_path / "no" / "such" / "x"))
    assert code == 1
    assert err.startswith(f"Lantern cannot write {tmp_path / 'no' / 'such' / 'x'}: ")


def test_delivering_offline_keeps_the_files(
    cli: Run,
    classroom: tuple[Path, str],
    teacher: Path,
    tmp_path: Path,
    healthy_devserver: DevServer,
) -> None:
    folder, _ = classroom
    stick = tmp_path / "usb"
    stick.mkdir()
    assert cli(folder, "export-work", "--all", "--to", str(stick))[0] == 0
    (saved,) = stick.iterdir()
    healthy_devserver.set_offline(True)
    try:
        code, _, err = cli(teacher, "deliver", str(saved))
    finally:
        healthy_devserver.set_offline(False)
    assert code == 3
    assert "The files are kept" in err
    assert saved.exists()
