"""Settings → Appearance: light, dark or the system's colours and a text size, applied live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui import theme as theme_module
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.shell.sign_in import TAB_SIGN_IN, SignInDialog
from desktop.ui.shell.window_memory import WindowMemory
from desktop.ui.theme import DARK, HIGH_CONTRAST, LIGHT, render_stylesheet
from tests.ui.app_flows import AppFlows, laptop_accounts


def test_the_stylesheet_scales_every_point_size() -> None:
    sheet = render_stylesheet(
        LIGHT, "QWidget { font-size: 10.5pt; } #t { font-size: 17pt; }", scale=2.0
    )
    assert sheet == "QWidget { font-size: 21pt; } #t { font-size: 34pt; }"


def guest_window(flow: AppFlow, qtbot: QtBot) -> None:
    """Study as a guest from the sign-in dialog, as a learner clicks it."""
    assert flow.dialog is not None
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)


@pytest.fixture
def flow(app_flows: AppFlows, tmp_path: Path) -> AppFlow:
    return app_flows.open(memory=WindowMemory(tmp_path / "window.json"))


def test_appearance_is_applied_live_and_remembered(
    flow: AppFlow, qtbot: QtBot, tmp_path: Path
) -> None:
    guest_window(flow, qtbot)
    assert flow.shell is not None
    settings, window = flow.shell.settings, flow.shell.window
    settings.scheme.setCurrentIndex(settings.scheme.findData("dark"))
    settings.text_size.setCurrentIndex(settings.text_size.findData(1.5))
    settings.on_appearance_activated(0)  # as choosing in the box does
    assert flow.theme.colors is DARK
    assert flow.theme.text_scale == 1.5
    assert "15.75pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert flow.shell.lesson.browser.text_scale == 1.5
    window.actions_.text_bigger.trigger()  # Ctrl+=
    assert flow.theme.text_scale == 1.75
    assert settings.text_size.currentData() == 1.75  # the page follows the keys
    window.actions_.text_reset.trigger()  # Ctrl+0
    assert flow.theme.text_scale == 1.0
    assert WindowMemory(tmp_path / "window.json").appearance() == ("dark", 1.0)


def test_high_contrast_is_chosen_in_settings_applied_and_remembered(
    flow: AppFlow, qtbot: QtBot, tmp_path: Path
) -> None:
    guest_window(flow, qtbot)
    assert flow.shell is not None
    settings = flow.shell.settings
    assert settings.scheme.itemText(settings.scheme.findData("contrast")) == "High contrast"
    settings.scheme.setCurrentIndex(settings.scheme.findData("contrast"))
    settings.on_appearance_activated(0)  # as choosing in the box does
    assert flow.theme.colors is HIGH_CONTRAST
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(app.palette().ColorRole.Window) == QColor("#000000")
    assert app.palette().color(app.palette().ColorRole.WindowText) == QColor("#ffffff")
    assert HIGH_CONTRAST.accent in app.styleSheet()
    assert WindowMemory(tmp_path / "window.json").appearance() == ("contrast", 1.0)


def test_following_the_system_takes_its_high_contrast_setting(
    flow: AppFlow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The system's setting cannot be changed under the offscreen platform:
    # what the style hints would answer is stood in for; the signal is Qt's.
    flow.theme.set_appearance("system", 1.0)
    assert flow.theme.colors is not HIGH_CONTRAST
    monkeypatch.setattr(theme_module, "system_prefers_contrast", lambda: True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert flow.theme.colors is HIGH_CONTRAST
    flow.theme.set_appearance("light", 1.0)  # a choice of the learner's wins
    assert flow.theme.colors is LIGHT
    monkeypatch.setattr(theme_module, "system_prefers_contrast", lambda: False)
    flow.theme.set_appearance("system", 1.0)
    assert flow.theme.colors is not HIGH_CONTRAST


def test_switching_colours_as_the_learners_window_opens_does_not_crash(
    flow: AppFlow, qtbot: QtBot
) -> None:
    """The loading pages the learner's pages replace are queued for deletion; restyling
    them then crashed Qt (3 runs of 3 with test_app_flow before it; the system's own
    dark-mode switch takes the same path)."""
    guest_window(flow, qtbot)
    flow.theme.set_appearance("dark", 1.0)
    flow.theme.set_appearance("light", 2.0)
    assert flow.shell is not None
    assert flow.shell.window.isVisible()


def test_forgot_password_reads_as_a_link_not_a_bordered_button(
    flow: AppFlow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A flat button (Forgot password?, the breadcrumb) draws no border until it has
    the focus, and its text is the accent colour; a normal button keeps its border."""
    colors = flow.theme.colors  # the app's style sheet, applied by the flow's theme
    runner = TaskRunner()
    dialog = SignInDialog(
        laptop_accounts(tmp_path / "laptop"), runner, current_server="https://school.example.org"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(TAB_SIGN_IN)
    qtbot.waitUntil(dialog.forgot.isVisible)

    def left_edge(button: QPushButton) -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    dialog.email.setFocus()  # neither button has the focus
    assert left_edge(dialog.forgot) not in (QColor(colors.border), QColor(colors.accent))
    assert left_edge(dialog.sign_in_button) == QColor(colors.accent)  # Sign in keeps its edge
    assert dialog.forgot.palette().color(dialog.forgot.foregroundRole()) == QColor(colors.accent)
    runner.wait_for_done()
