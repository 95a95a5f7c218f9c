"""The whole learner flow with the keyboard alone, against a real devserver (issue #18):
sign in, find a course, download it, read a lesson, complete it, sync; key events
only, each one sent to the widget that has the keyboard focus."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.sync.states import SyncStatus
from desktop.ui.shell.accounts import Accounts
from desktop.ui.viewdata import OfflineState
from devserver.server import DevServer
from tests.fixtures.devserver import SignedUpUser
from tests.ui.app_flows import AppFlows
from tests.ui.helpers import activate

FREE_LESSON = "e1e1e1e1-0001-4000-8000-000000000001"  # "Hello, Python", the seed's first


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    qtbot.keyClick(_focus(), key, modifier or Qt.KeyboardModifier.NoModifier)


def _alt(qtbot: QtBot, letter: str) -> None:
    qtbot.keyClick(_focus(), letter, Qt.KeyboardModifier.AltModifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _find_and_open(qtbot: QtBot, title: str) -> None:
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search box
    _type(qtbot, title)
    _key(qtbot, Qt.Key.Key_Return)  # filters and moves to the first card
    _key(qtbot, Qt.Key.Key_Return)  # opens it


def test_sign_in_find_download_read_complete_and_sync_by_keyboard(
    healthy_devserver: DevServer,
    signed_up_user: Callable[..., SignedUpUser],
    app_flows: AppFlows,
    qtbot: QtBot,
) -> None:
    learner = signed_up_user()
    accounts: Accounts = app_flows.accounts()
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow = app_flows.open(accounts, start=False, synced=True, debounce_s=0.2, confirm=True)
    flow.start()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    activate(qtbot, dialog)  # a learner's first start: the dialog is the window in front
    _alt(qtbot, "e")  # "&Email"
    _type(qtbot, learner.email)
    _alt(qtbot, "p")  # "&Password"
    _type(qtbot, learner.password)
    _key(qtbot, Qt.Key.Key_Return)  # signs in
    qtbot.waitUntil(lambda: flow.shell is not None and flow.opened is not None, timeout=20_000)
    shell = flow.shell
    assert shell is not None
    activate(qtbot, shell.window)
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=20_000)

    _find_and_open(qtbot, "Python Foundations")
    qtbot.waitUntil(lambda: shell.window.current_page == "course")
    course = shell.course
    _alt(qtbot, "d")  # "&Download for offline"
    qtbot.waitUntil(
        lambda: course.course is not None and course.course.offline_state is OfflineState.AVAILABLE,
        timeout=30_000,
    )
    _find_and_open(qtbot, "Python Foundations")  # again, as a learner comes back to it
    qtbot.waitUntil(lambda: _focus() is course.lessons)  # at its next lesson
    _key(qtbot, Qt.Key.Key_Return)  # the course's next lesson
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    lesson = shell.lesson
    qtbot.waitUntil(lambda: lesson.lesson is not None and lesson.lesson.id == FREE_LESSON)
    qtbot.waitUntil(lambda: lesson.complete.isEnabled())
    _alt(qtbot, "c")  # "&Complete lesson"
    qtbot.waitUntil(lambda: not lesson.complete.isEnabled())

    status = shell.window.sync_status
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # "&Sync now"
    qtbot.waitUntil(
        lambda: status.state.status is SyncStatus.UP_TO_DATE and status.state.pending == 0,
        timeout=30_000,
    )
    with psycopg.connect(healthy_devserver.db_url) as db:
        completed = db.execute(
            "select completed_at is not null from public.lesson_progress"
            " where user_id = %s and lesson_id = %s",
            (learner.id, FREE_LESSON),
        ).fetchone()
    assert completed == (True,)  # the completion reached the server
