"""“Save my work to a file” and “Deliver saved work” in the app (issue #17),
on a real QApplication, against the devserver through the unmodified SDK."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.actions import learning
from desktop.sync.engine import SyncEngine
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.saved_work import save_to
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from devserver.server import DevServer
from tests.fixtures.learners import HELLO_LESSON, PYTHON_COURSE, Learner


def open_shell(qtbot: QtBot, learner: Learner, name: str) -> LearnerShell:
    shell = LearnerShell(learner.store, TaskRunner(), confirm=False)
    qtbot.addWidget(shell.window)
    shell.saved_work.session = learner.auth
    shell.saved_work.learner_name = name
    shell.saved_work.server_url = "http://school.test"
    shell.window.show()
    return shell


@pytest.fixture
def shells(qtbot: QtBot) -> Iterator[list[LearnerShell]]:
    opened: list[LearnerShell] = []
    yield opened
    for shell in opened:
        shell.lesson.leave()
        shell.runner.wait_for_done()


def studied(new_learner: Callable[..., Learner]) -> Learner:
    ada = new_learner()
    engine = SyncEngine(ada.store, ada.auth)
    engine.run_cycle()  # online once: the key reaches the server
    learning.enroll(ada.store, PYTHON_COURSE)
    engine.run_cycle()
    learning.record_time_spent(ada.store, HELLO_LESSON, 75)
    return ada


def server_time(devserver: DevServer, user_id: str) -> int | None:
    with psycopg.connect(devserver.db_url) as conn:
        row = conn.execute(
            "select time_spent_seconds from public.lesson_progress "
            "where user_id = %s and lesson_id = %s",
            (user_id, HELLO_LESSON),
        ).fetchone()
    return None if row is None else int(row[0])


def test_a_learner_saves_their_work_and_the_teacher_delivers_it(
    qtbot: QtBot,
    shells: list[LearnerShell],
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    tmp_path: Path,
) -> None:
    ada, teacher = studied(new_learner), new_learner()
    mine = open_shell(qtbot, ada, "Ada Lovelace")
    shells.append(mine)
    mine.window.show_page("pending")
    qtbot.waitUntil(mine.pending.save_button.isEnabled)  # one change waiting
    target = tmp_path / "usb" / "ada.lantern-work"
    target.parent.mkdir()
    suggested: list[str] = []

    def ask(name: str) -> Path:
        suggested.append(name)
        return target

    mine.saved_work.ask_save_path = ask
    qtbot.mouseClick(mine.pending.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 1 change to" in mine.window.statusBar().currentMessage())
    assert suggested == ["Ada-Lovelace-work.lantern-work"]
    assert str(target) in mine.window.statusBar().currentMessage()
    assert target.exists()
    assert mine.pending.save_button.isEnabled()  # still waiting until the server has it

    theirs = open_shell(qtbot, teacher, "Sam Teacher")
    shells.append(theirs)
    told: list[tuple[str, str]] = []
    theirs.saved_work.ask_files = lambda: [target, tmp_path / "missing.lantern-work"]
    theirs.saved_work.tell = lambda title, text: told.append((title, text))
    theirs.window.actions_.deliver_work.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    ((title, text),) = told
    assert title == "Deliver saved work"
    lines = text.splitlines()
    assert lines[0] == "ada.lantern-work: work of Ada Lovelace delivered: 1 change applied."
    assert lines[1].startswith("missing.lantern-work: not delivered: ")
    assert server_time(healthy_devserver, ada.user_id) == 75

    # Ada's laptop syncs later: the change settles, the button goes grey.
    assert SyncEngine(ada.store, ada.auth).run_cycle().delivered == 1
    mine.refresh(Changes(outbox=True))
    qtbot.waitUntil(lambda: not mine.pending.save_button.isEnabled())


def test_saving_says_why_not_and_a_failed_delivery_keeps_the_files(
    qtbot: QtBot,
    shells: list[LearnerShell],
    new_learner: Callable[..., Learner],
    healthy_devserver: DevServer,
    tmp_path: Path,
) -> None:
    ada = new_learner()  # never synced: the server has no key for this laptop
    shell = open_shell(qtbot, ada, "Ada")
    shells.append(shell)
    shell.saved_work.ask_save_path = lambda _name: tmp_path / "ada.lantern-work"
    shell.window.actions_.save_work.trigger()
    qtbot.waitUntil(lambda: "cannot be saved" in shell.window.statusBar().currentMessage())
    assert "has not been online since you signed in" in shell.window.statusBar().currentMessage()
    told_offline: list[str] = []
    shell.saved_work.tell = lambda _title, text: told_offline.append(text)
    shell.offline = True  # the learner's "Work offline" switch
    shell.window.actions_.deliver_work.trigger()
    assert told_offline == [
        "You chose to work offline: switch it off (File ▸ Work offline) to deliver."
    ]
    shell.offline = False
    assert not (tmp_path / "ada.lantern-work").exists()

    other = studied(new_learner)
    path = tmp_path / "other.lantern-work"
    save_to(other.store, path, server_url="", learner_name="Bo")
    told: list[str] = []
    shell.saved_work.ask_files = lambda: [path]
    shell.saved_work.tell = lambda _title, text: told.append(text)
    healthy_devserver.set_offline(True)
    try:
        shell.window.actions_.deliver_work.trigger()
        qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    finally:
        healthy_devserver.set_offline(False)
    assert "The files are kept" in told[0]
    assert path.exists()
    assert server_time(healthy_devserver, other.user_id) is None
