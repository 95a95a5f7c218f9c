from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.account.settings import ServerSettings, SettingsError, classroom_config_file
from desktop.account.setup_code import make_setup_code
from desktop.sync.errors import WrongCredentials
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.sign_in import TAB_SERVER, TAB_SIGN_IN, TAB_SIGN_UP, SignInDialog
from desktop.ui.viewdata import LearnerProfile
from tests.ui.app_flows import AppFlows, fill_sign_up

KEY = (  # the shape of a Supabase anon key: a JWT whose role is anon
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlLW9mLXRoZS1rZXk"
)


INCOMPLETE = "This code is incomplete — check it with your teacher."  # what the learner reads


class Accounts:
    """AccountActions over a dict of accounts; records which server was saved."""

    def __init__(self) -> None:
        self.accounts = {
            "sam@example.org": (
                "secret",
                LearnerProfile("u1", "sam", "Sam Learner", "http://127.0.0.1:54321"),
            )
        }
        self.known = [
            LearnerProfile("u2", "ana", "Ana Lima", "http://127.0.0.1:54321", pending_changes=2)
        ]
        self.saved: list[str] = []

    def known_learners(self) -> list[LearnerProfile]:
        return list(self.known)

    def send_password_reset(self, email: str) -> None:
        raise AssertionError("nobody here forgot a password")

    def reset_password(self, email: str, code: str, new_password: str) -> LearnerProfile:
        raise AssertionError("nobody here forgot a password")

    def continue_as(self, user_id: str) -> LearnerProfile:
        return next(p for p in self.known if p.user_id == user_id)

    def unlock(self, user_id: str, secret: str, *, pin: bool = False) -> LearnerProfile:
        raise AssertionError("nobody here signed out")

    def quick_pin_allowed(self) -> bool:
        return False

    def set_pin(self, user_id: str, pin: str) -> None:
        raise AssertionError("quick PIN sign-in is off here")

    def sign_in(self, email: str, password: str) -> LearnerProfile:
        stored = self.accounts.get(email)
        if stored is None or stored[0] != password:
            raise WrongCredentials("That email and password don't match an account.")
        return stored[1]

    def sign_up(self, email: str, password: str, username: str, full_name: str) -> LearnerProfile:
        profile = LearnerProfile("u9", username, full_name, "http://127.0.0.1:54321")
        self.accounts[email] = (password, profile)
        return profile

    def study_as_guest(self) -> LearnerProfile:
        return LearnerProfile("guest", "guest", "Guest", "", is_guest=True)

    def use_server(self, url: str, anon_key: str) -> str:
        settings = ServerSettings(url, anon_key)  # the real format checks
        self.saved.append(settings.normalized_url)
        return settings.normalized_url

    def use_local_server(self) -> str:
        self.saved.append("local")
        return "http://127.0.0.1:54321"


def saved_servers(dialog: SignInDialog) -> list[str]:
    assert isinstance(dialog.account, Accounts)
    return dialog.account.saved


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[SignInDialog]:
    runner = TaskRunner()
    dialog = SignInDialog(Accounts(), runner, current_server="https://school.example.org")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    runner.wait_for_done()


def test_a_fresh_laptop_starts_with_the_server_choice(qtbot: QtBot) -> None:
    runner = TaskRunner()
    dialog = SignInDialog(Accounts(), runner)  # no server saved yet
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == TAB_SERVER
    assert not dialog.tabs.isTabEnabled(TAB_SIGN_IN)
    assert not dialog.tabs.isTabEnabled(TAB_SIGN_UP)
    dialog.setup_code.setText(make_setup_code("https://school.example.org", KEY).code())
    qtbot.keyClick(dialog.setup_code, Qt.Key.Key_Return)  # Enter submits the form
    qtbot.waitUntil(lambda: dialog.tabs.isTabEnabled(TAB_SIGN_IN))
    assert dialog.tabs.currentIndex() == TAB_SIGN_IN
    runner.wait_for_done()


def test_enter_in_any_sign_up_field_submits_it(dialog: SignInDialog, qtbot: QtBot) -> None:
    fill_sign_up(dialog, email="new@example.org", password="longpassword", username="newbie")
    with qtbot.waitSignal(dialog.signed_in):
        qtbot.keyClicks(dialog.new_full_name, "New Learner")
        qtbot.keyClick(dialog.new_full_name, Qt.Key.Key_Return)


def test_profile_switcher_lists_learners_with_unsynced_work(
    dialog: SignInDialog, qtbot: QtBot
) -> None:
    assert dialog.learners.item(0).text() == "Ana Lima (ana) — 2 unsynced"
    with qtbot.waitSignal(dialog.signed_in) as blocker:
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].user_id == "u2"


def test_wrong_password_shows_a_readable_error_and_allows_retry(
    dialog: SignInDialog, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.email, "sam@example.org")
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "don't match" in dialog.status.text())
    assert dialog.sign_in_button.isEnabled()
    dialog.password.setText("secret")
    with qtbot.waitSignal(dialog.signed_in) as blocker:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].username == "sam"


def test_sign_up_needs_a_username_and_full_name(dialog: SignInDialog, qtbot: QtBot) -> None:
    fill_sign_up(dialog, email="new@example.org", password="longpassword", username="ab")
    dialog.on_sign_up_clicked()
    assert "at least 3 characters" in dialog.status.text()
    dialog.new_username.setText("newbie")
    dialog.new_full_name.setText("New Learner")
    with qtbot.waitSignal(dialog.signed_in) as blocker:
        dialog.on_sign_up_clicked()
    assert (blocker.args[0].username, blocker.args[0].full_name) == ("newbie", "New Learner")


def test_school_server_is_validated_before_it_is_saved(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    dialog.server_url.setText("not a url")
    dialog.anon_key.setText("short")
    dialog.on_save_server_clicked()
    qtbot.waitUntil(lambda: "is not a server address" in dialog.status.text())
    assert saved_servers(dialog) == []
    dialog.server_url.setText("https://school.supabase.co/")
    dialog.anon_key.setText("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.anon")
    with qtbot.waitSignal(dialog.server_saved) as blocker:
        qtbot.mouseClick(dialog.save_server, Qt.MouseButton.LeftButton)
    assert blocker.args == ["https://school.supabase.co"]
    assert dialog.server_label.text() == "Server: https://school.supabase.co"
    assert isinstance(SettingsError("x"), ValueError)


def test_local_devserver_choice_disables_the_address_fields(
    dialog: SignInDialog, qtbot: QtBot
) -> None:
    dialog.local_server.setChecked(True)
    assert not dialog.server_url.isEnabled()
    with qtbot.waitSignal(dialog.server_saved):
        dialog.on_save_server_clicked()
    assert saved_servers(dialog) == ["local"]


def test_guest_opens_without_an_account(dialog: SignInDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.signed_in) as blocker:
        qtbot.mouseClick(dialog.guest, Qt.MouseButton.LeftButton)
    assert blocker.args[0].is_guest


def test_sign_up_checks_the_password_before_asking_the_server(dialog: SignInDialog) -> None:
    dialog.tabs.setCurrentIndex(TAB_SIGN_UP)
    assert dialog.new_password.placeholderText() == "at least 6 characters"
    for edit, text in (
        (dialog.new_email, "new@example.org"),
        (dialog.new_username, "newbie"),
        (dialog.new_full_name, "New Learner"),
        (dialog.new_password, "short"),
    ):
        edit.setText(text)
    dialog.on_sign_up_clicked()
    assert dialog.status.text() == "Choose a password of at least 6 characters."
    dialog.new_password.setText("longpassword")
    dialog.new_password_again.setText("longpasswort")
    dialog.on_sign_up_clicked()
    assert dialog.status.text() == "The two passwords are not the same."
    dialog.show_passwords.setChecked(True)
    assert dialog.new_password.echoMode() == dialog.new_password.EchoMode.Normal


def test_the_sign_in_tab_has_its_own_show_password_toggle(dialog: SignInDialog) -> None:
    dialog.tabs.setCurrentIndex(TAB_SIGN_IN)
    dialog.password.setText("secret")
    shown = [
        box
        for box in dialog.tabs.currentWidget().findChildren(QCheckBox)
        if box.isVisible() and "password" in box.text().replace("&", "").lower()
    ]
    assert len(shown) == 1  # it used to be only on the New account tab
    shown[0].click()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Normal
    shown[0].click()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password


def test_a_pasted_setup_code_fills_the_address_and_key(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    assert dialog.advanced_box.isHidden()  # the address and key are not what a learner types
    code = make_setup_code("https://school.supabase.co", KEY).code()
    dialog.setup_code.setFocus()
    qtbot.keyClicks(dialog.setup_code, code)
    assert dialog.server_url.text() == "https://school.supabase.co"
    assert dialog.anon_key.text() == KEY
    assert "school.supabase.co" in dialog.setup_hint.text()
    with qtbot.waitSignal(dialog.server_saved) as blocker:
        qtbot.keyClick(dialog.setup_code, Qt.Key.Key_Return)
    assert blocker.args == ["https://school.supabase.co"]
    assert saved_servers(dialog) == ["https://school.supabase.co"]
    assert dialog.tabs.currentIndex() == TAB_SIGN_IN


def test_a_code_cut_short_says_so_without_a_round_trip(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    code = make_setup_code("https://school.supabase.co", KEY).code()
    dialog.setup_code.setText(code[:-12])
    assert dialog.setup_hint.text() == INCOMPLETE
    qtbot.keyClick(dialog.setup_code, Qt.Key.Key_Return)
    assert dialog.status.text() == INCOMPLETE
    assert saved_servers(dialog) == []
    assert dialog.save_server.isEnabled()
    assert dialog.setup_code.hasFocus()


def test_a_plain_http_school_address_is_refused(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    dialog.setup_code.setText(f"lantern://setup?v=1&url=http://school.example&key={KEY}")
    qtbot.keyClick(dialog.setup_code, Qt.Key.Key_Return)
    assert "https://" in dialog.status.text()
    assert saved_servers(dialog) == []


def test_the_manual_fields_live_under_advanced(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    assert dialog.advanced_box.isHidden()
    dialog.advanced.setFocus()
    qtbot.keyClick(dialog.advanced, Qt.Key.Key_Space)
    assert dialog.server_url.isVisible()
    assert dialog.anon_key.isVisible()
    dialog.server_url.setText("https://school.supabase.co")
    dialog.anon_key.setText(KEY)
    with qtbot.waitSignal(dialog.server_saved):
        qtbot.keyClick(dialog.anon_key, Qt.Key.Key_Return)
    assert saved_servers(dialog) == ["https://school.supabase.co"]


def test_nothing_pasted_asks_for_the_code(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    qtbot.keyClick(dialog.setup_code, Qt.Key.Key_Return)
    assert "Paste the setup code" in dialog.status.text()
    assert saved_servers(dialog) == []


def test_a_link_the_app_was_opened_with_is_checked_at_once(qtbot: QtBot) -> None:
    runner = TaskRunner()
    dialog = SignInDialog(Accounts(), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    link = make_setup_code("https://school.supabase.co", KEY).link()
    with qtbot.waitSignal(dialog.server_saved) as blocker:
        dialog.use_setup_code(link)
    assert blocker.args == ["https://school.supabase.co"]
    runner.wait_for_done()


def _words_shown(root: QWidget) -> list[str]:
    words = []
    for widget in [root, *root.findChildren(QWidget)]:
        for name in ("text", "placeholderText", "toolTip", "accessibleName", "windowTitle"):
            getter = getattr(widget, name, None)
            if callable(getter):
                value = getter()
                if isinstance(value, str):
                    words.append(value)
    if isinstance(root, SignInDialog):
        words += [root.tabs.tabText(i) for i in range(root.tabs.count())]
    return words


def test_a_learner_never_reads_anon_key(dialog: SignInDialog, qtbot: QtBot) -> None:
    dialog.tabs.setCurrentIndex(TAB_SERVER)
    qtbot.keyClick(dialog.advanced, Qt.Key.Key_Space)
    dialog.setup_code.setText("lantern1.broken")
    dialog.on_save_server_clicked()
    dialog.server_url.setText("https://school.supabase.co")
    dialog.anon_key.setText("short")
    dialog.setup_code.clear()
    dialog.on_save_server_clicked()
    qtbot.waitUntil(lambda: dialog.save_server.isEnabled())
    shown = _words_shown(dialog)
    assert any("project key" in text.lower() for text in shown)  # the refusal was shown
    assert not [text for text in shown if "anon" in text.lower()]


def test_a_classroom_server_file_lets_a_fresh_laptop_skip_the_server_choice(
    app_flows: AppFlows, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A school's classroom-wide server.json (platformdirs' site config folder)
    chooses the server for every new learner: the dialog opens on Sign in."""
    site = tmp_path / "site-config"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))  # platformdirs' site_config_dir on Linux
    assert classroom_config_file() == site / "Lantern" / "server.json"
    ServerSettings("https://school.example.org", KEY).save(site / "Lantern")
    flow = app_flows.open()
    dialog = flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tabs.currentIndex() == TAB_SIGN_IN
    assert dialog.tabs.isTabEnabled(TAB_SIGN_IN)
    assert not (app_flows.data_dir / "server.json").exists()  # nothing copied per learner

    (site / "Lantern" / "server.json").unlink()  # the same laptop without the school's file
    fresh = app_flows.open(app_flows.accounts())
    assert fresh.dialog is not None
    assert fresh.dialog.tabs.currentIndex() == TAB_SERVER
    assert not fresh.dialog.tabs.isTabEnabled(TAB_SIGN_IN)
