"""The app's "not delivered: …" line words SavedWorkError's code (and the OS's error)."""

from __future__ import annotations

import errno
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.protocol import work
from desktop.ui.shell.saved_work_flow import SavedWorkFlow
from tests.protocol.saved_work_cases import CASES, FILE_CASES


@pytest.fixture
def flow(qtbot: QtBot) -> SavedWorkFlow:
    window = QMainWindow()
    qtbot.addWidget(window)
    none: Any = None  # wording needs neither a store nor a runner
    return SavedWorkFlow(none, none, window)


@pytest.mark.parametrize(("text", "_code", "_detail", "words"), CASES)
def test_each_problem_of_a_file_is_worded_from_its_code(
    flow: SavedWorkFlow, text: str, _code: str, _detail: dict[str, int | str], words: str
) -> None:
    with pytest.raises(work.SavedWorkError) as caught:
        work.loads(text)
    assert flow.unreadable(caught.value) == words


@pytest.mark.parametrize(("code", "words"), FILE_CASES)
def test_a_file_refused_before_reading_is_worded_too(
    flow: SavedWorkFlow, code: str, words: str
) -> None:
    assert flow.unreadable(work.SavedWorkError(code)) == words


def test_an_unknown_code_and_an_unreadable_file_still_say_something(flow: SavedWorkFlow) -> None:
    newer = work.SavedWorkError("from_the_future")
    assert flow.unreadable(newer) == (
        "it is not saved work this Lantern can read (from_the_future)"
    )
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.lantern-work")
    assert flow.unreadable(gone) == "No such file or directory"  # the system's words
