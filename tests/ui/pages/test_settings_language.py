"""Settings › Appearance › Language: the shipped languages, each in its own name,
and a choice that shows from the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.pages.settings import SettingsView

RESTART = "Lantern shows the new language when it starts again."


def _view(qtbot: QtBot, setting: str = i18n.SYSTEM) -> SettingsView:
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_language(setting)
    view.show()
    qtbot.waitExposed(view)
    return view


def _choose(qtbot: QtBot, view: SettingsView, code: str) -> None:
    """As a learner does: open the box's list, move to the language, Enter."""
    box = view.language
    box.setFocus()
    box.showPopup()
    popup = box.view()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(box.model().index(box.findData(code), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_the_language_box_offers_the_system_and_each_shipped_language(qtbot: QtBot) -> None:
    view = _view(qtbot)
    box = view.language
    offered = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
    assert offered == [
        ("system", "Follow the system"),
        ("en", "English"),
        ("es", "Español"),
        ("ar", "العربية"),
    ]
    assert box.currentData() == i18n.SYSTEM
    assert box.accessibleName() == "Language"
    assert not view.language_note.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform's popups
def test_choosing_spanish_emits_es_and_says_when_it_shows(qtbot: QtBot) -> None:
    view = _view(qtbot)
    with qtbot.waitSignal(view.language_chosen) as chosen:
        _choose(qtbot, view, "es")
    assert chosen.args == ["es"]
    assert view.language_note.isVisible()
    assert view.language_note.text() == RESTART
    with qtbot.waitSignal(view.language_chosen) as back:
        _choose(qtbot, view, i18n.SYSTEM)  # back to the language it started with
    assert back.args == ["system"]
    assert not view.language_note.isVisible()


def test_the_page_shows_the_remembered_setting(qtbot: QtBot) -> None:
    view = _view(qtbot, "ar")
    assert view.language.currentData() == "ar"
    view.show_language("klingon")  # not shipped: follows the system
    assert view.language.currentData() == i18n.SYSTEM
