"""First run and sign-in: pick a learner, sign in, sign up, study as guest, pick a server.

The dialog does no network or disk work itself: an :class:`AccountActions`
(built by the app over the auth session and profile directory) does, on the
task runner, and the dialog shows progress and readable errors.

A learner who signed out on this computer is listed as such, and Continue asks
for their password — or their PIN, when the school turned quick PIN sign-in
on and they chose one — before their data opens (``AccountActions.unlock``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.account.setup_code import SetupCodeError, parse_setup
from desktop.store.db import (
    PIN_LENGTH,
    QUICK_PIN_OFF,
    BadPin,
    LearnerLocked,
    NoVerifier,
    TryLater,
    WrongSecret,
    check_pin_format,
)
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.errors import describe_error, describe_setup_code_error, wait_text
from desktop.ui.shell.password_reset import MIN_PASSWORD
from desktop.ui.viewdata import LearnerProfile
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.announce import announce
from desktop.ui.widgets.radio_group import one_tab_stop

log = logging.getLogger(__name__)

TAB_SIGN_IN, TAB_SIGN_UP, TAB_SERVER = 0, 1, 2
MIN_USERNAME = 3  # characters


class AccountActions(Protocol):
    """Blocking calls; the dialog runs each on the task runner."""

    def known_learners(self) -> list[LearnerProfile]: ...

    def send_password_reset(self, email: str) -> None: ...

    def reset_password(self, email: str, code: str, new_password: str) -> LearnerProfile: ...

    def continue_as(self, user_id: str) -> LearnerProfile: ...

    def unlock(self, user_id: str, secret: str, *, pin: bool = False) -> LearnerProfile:
        """Open a learner who signed out here once their password or PIN checks out."""
        ...

    def quick_pin_allowed(self) -> bool: ...

    def set_pin(self, user_id: str, pin: str) -> None: ...

    def sign_in(self, email: str, password: str) -> LearnerProfile: ...

    def sign_up(
        self, email: str, password: str, username: str, full_name: str
    ) -> LearnerProfile: ...

    def study_as_guest(self) -> LearnerProfile: ...

    def use_server(self, url: str, anon_key: str) -> str:
        """Validate (reach the server) and save; returns the saved URL."""
        ...

    def use_local_server(self) -> str: ...


def _wrong_secret(*, pin: bool, wait_s: float) -> str:
    if wait_s <= 0:
        return (
            translate("sign_in", "Wrong PIN.") if pin else translate("sign_in", "Wrong password.")
        )
    wait = wait_text(wait_s)
    if pin:
        return translate("sign_in", "Wrong PIN. Try again in {wait}.").format(wait=wait)
    return translate("sign_in", "Wrong password. Try again in {wait}.").format(wait=wait)


def unlock_message(exc: Exception, *, pin: bool, name: str) -> str:
    """What the learner reads when their data did not open."""
    if isinstance(exc, WrongSecret):
        return _wrong_secret(pin=pin, wait_s=exc.wait_s)
    if isinstance(exc, TryLater):
        return translate("sign_in", "Too many wrong tries. Try again in {wait}.").format(
            wait=wait_text(exc.wait_s)
        )
    if isinstance(exc, NoVerifier):
        if pin and exc.reason == QUICK_PIN_OFF:  # a PIN was set, but the school turned it off
            return translate(
                "sign_in", "Quick PIN sign-in is off on this computer. Use the password instead."
            )
        if pin:
            return translate(
                "sign_in", "No PIN is set for {name} on this computer. Use the password instead."
            ).format(name=name)
        return translate(
            "sign_in",
            "Lantern can't check {name}'s password offline on this computer yet. "
            "Connect to the internet and try again.",
        ).format(name=name)
    return describe_error(exc)


class SignInDialog(QDialog):
    signed_in = Signal(object)  # LearnerProfile
    server_saved = Signal(str)

    def __init__(
        self,
        actions: AccountActions,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        current_server: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Lantern"))
        self.account = actions
        self.runner = runner
        self.profile: LearnerProfile | None = None
        self._profiles: dict[str, LearnerProfile] = {}
        self.learners = QListWidget(self)
        self.learners.setAccessibleName(self.tr("Learners on this computer"))
        self.learners.setProperty("roomy", True)
        # a long name or email wraps rather than hiding "signed out" off the edge
        self.learners.setWordWrap(True)
        self.learners.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setProperty("primary", True)
        # shown for a learner who signed out: their password (or PIN) opens them
        self.unlock_box = QWidget(self)
        self.unlock_hint = QLabel(self.unlock_box)
        self.unlock_hint.setWordWrap(True)
        self.unlock_secret = QLineEdit(self.unlock_box)
        self.use_pin = QCheckBox(self.tr("Use my P&IN"), self.unlock_box)
        self.unlock_status = QLabel(self.unlock_box)  # why it did not open, next to the field
        self.unlock_status.setWordWrap(True)
        self.unlock_status.setObjectName("errorText")
        self.unlock_status.hide()
        self.quick_pin = actions.quick_pin_allowed()
        self.new_pin = QLineEdit(self)  # optional, on the Sign in tab (quick PIN on)
        self.tabs = QTabWidget(self)
        self.email = QLineEdit(self)
        self.password = QLineEdit(self)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.forgot = QPushButton(self.tr("&Forgot password?"), self)
        self.forgot.setFlat(True)
        self.new_email = QLineEdit(self)
        self.new_username = QLineEdit(self)
        self.new_full_name = QLineEdit(self)
        self.new_password = QLineEdit(self)
        self.new_password_again = QLineEdit(self)
        self.show_passwords = QCheckBox(self.tr("Sh&ow passwords"), self)
        self.show_password = QCheckBox(self.tr("Sh&ow password"), self)  # the Sign in tab's own
        self.sign_up_button = QPushButton(self.tr("Create &account"), self)
        self.local_server = QRadioButton(self.tr("This computer's &demo server"), self)
        self.school_server = QRadioButton(self.tr("My sc&hool's server"), self)
        # the school's setup code or lantern:// link fills the address and key
        self.setup_code = QLineEdit(self)
        self.setup_hint = QLabel(self)
        self.setup_hint.setWordWrap(True)
        self.setup_hint.setObjectName("muted")
        self.advanced = QCheckBox(self.tr("Advanced: &type the server address and key"), self)
        self.advanced_box = QWidget(self)
        self.server_url = QLineEdit(self.advanced_box)
        self.anon_key = QLineEdit(self.advanced_box)  # the project's public key
        self.save_server = QPushButton(self.tr("Check and sa&ve"), self)
        self.server_label = QLabel(self._server_text(current_server), self)
        self.server_label.setObjectName("muted")
        self.guest = QPushButton(self.tr("Study as a &guest"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("errorText")
        self._build()
        self._connect()
        self.school_server.setChecked(True)
        one_tab_stop([self.school_server, self.local_server])  # Tab lands on the chosen one
        self.tabs.tabBar().installEventFilter(self)  # Left/Right onto a tab not open yet
        self.refresh_learners()
        self.show_server_chosen(bool(current_server))

    def _build(self) -> None:
        for edit, name in (
            (self.email, self.tr("Email")),
            (self.password, self.tr("Password")),
            (self.new_email, self.tr("Email")),
            (self.new_username, self.tr("Username")),
            (self.new_full_name, self.tr("Full name")),
            (self.new_password, self.tr("Password")),
            (self.server_url, self.tr("Server address")),
            (self.anon_key, self.tr("Project key")),
            (self.setup_code, self.tr("Setup code or link")),
        ):
            edit.setAccessibleName(name)
        self.unlock_secret.setAccessibleName(self.tr("Password"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.new_password_again.setAccessibleName(self.tr("Password again"))
        for secret in (
            self.password,
            self.new_password,
            self.new_password_again,
            self.unlock_secret,
            self.new_pin,
        ):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        # the server's rule, said before the round trip (Supabase's default minimum)
        self.new_password.setPlaceholderText(self.tr("at least %Ln character(s)", "", MIN_PASSWORD))
        self.new_pin.setPlaceholderText(
            self.tr("optional: {low} to {high} digits").format(
                low=i18n.number(PIN_LENGTH[0]), high=i18n.number(PIN_LENGTH[1])
            )
        )
        self.new_pin.setMaxLength(PIN_LENGTH[1])
        self.server_url.setPlaceholderText("https://your-school.supabase.co")  # an address
        self.new_username.setPlaceholderText(self.tr("at least %Ln character(s)", "", MIN_USERNAME))
        sign_in_rows: list[tuple[str, QWidget]] = [
            (self.tr("&Email"), self.email),
            (self.tr("&Password"), self.password),
        ]
        if self.quick_pin:
            sign_in_rows.append((self.tr("&Quick PIN"), self.new_pin))
        else:
            self.new_pin.hide()
        sign_in_rows.append(("", self.show_password))
        sign_in_tab = self._form(sign_in_rows, self.sign_in_button)
        sign_in_layout = sign_in_tab.layout()
        if sign_in_layout is not None:
            sign_in_layout.addWidget(self.forgot)
        self.tabs.addTab(sign_in_tab, self.tr("Sign in"))
        self.tabs.addTab(
            self._form(
                [
                    (self.tr("Email"), self.new_email),
                    (self.tr("&Username"), self.new_username),
                    (self.tr("Full &name"), self.new_full_name),
                    (self.tr("Password"), self.new_password),
                    (self.tr("Password a&gain"), self.new_password_again),
                    ("", self.show_passwords),
                ],
                self.sign_up_button,
            ),
            self.tr("New account"),
        )
        self.tabs.addTab(self._server_page(), self.tr("Server"))
        left = QVBoxLayout()
        heading = QLabel(self.tr("Learners on this computer"), self)
        heading.setObjectName("sectionTitle")
        make_heading(heading)
        left.addWidget(heading)
        left.addWidget(self.learners, 1)
        unlock = QVBoxLayout(self.unlock_box)
        unlock.setContentsMargins(0, 0, 0, 0)
        unlock.addWidget(self.unlock_hint)
        unlock.addWidget(self.unlock_secret)
        unlock.addWidget(self.unlock_status)
        unlock.addWidget(self.use_pin)
        self.unlock_box.hide()
        left.addWidget(self.unlock_box)
        left.addWidget(self.continue_button)
        right = QVBoxLayout()
        title = QLabel(self.tr("Welcome to Lantern"), self)
        title.setObjectName("pageTitle")
        make_heading(title)
        right.addWidget(title)
        right.addWidget(self.server_label)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.status)
        right.addWidget(self.guest, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(18)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.resize(820, 440)

    def _server_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(self.school_server)
        prompt = QLabel(self.tr("Paste your school's setup code or &link"), page)
        prompt.setBuddy(self.setup_code)
        column.addWidget(prompt)
        self.setup_code.setPlaceholderText(self.tr("lantern1.… or lantern://setup?…"))
        column.addWidget(self.setup_code)
        column.addWidget(self.setup_hint)
        column.addWidget(self.advanced)
        advanced = QFormLayout(self.advanced_box)
        advanced.setContentsMargins(0, 0, 0, 0)
        advanced.addRow(self.tr("Address"), self.server_url)
        advanced.addRow(self.tr("Project &key"), self.anon_key)
        self.advanced_box.hide()
        column.addWidget(self.advanced_box)
        column.addWidget(self.local_server)
        self.save_server.setProperty("primary", True)
        column.addWidget(self.save_server, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _form(self, rows: list[tuple[str, QWidget]], button: QPushButton) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        for label, widget in rows:
            if label:
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        button.setProperty("primary", True)
        form.addRow(button)
        return page

    def _connect(self) -> None:
        self.continue_button.clicked.connect(self.on_continue_clicked)
        self.learners.itemActivated.connect(lambda _item: self.on_continue_clicked())
        self.learners.currentItemChanged.connect(lambda *_items: self.on_learner_changed())
        self.unlock_secret.returnPressed.connect(self.on_continue_clicked)
        self.unlock_secret.textEdited.connect(lambda _text: self.unlock_status.hide())
        self.use_pin.toggled.connect(lambda _on: self.show_unlock())
        self.sign_in_button.clicked.connect(self.on_sign_in_clicked)
        # Enter in any field submits that field's form
        for edit in (self.email, self.password):
            edit.returnPressed.connect(self.on_sign_in_clicked)
        for edit in (
            self.new_email,
            self.new_username,
            self.new_full_name,
            self.new_password,
            self.new_password_again,
        ):
            edit.returnPressed.connect(self.on_sign_up_clicked)
        self.show_passwords.toggled.connect(self.on_show_passwords_toggled)
        self.show_password.toggled.connect(self.on_show_passwords_toggled)
        for edit in (self.setup_code, self.server_url, self.anon_key):
            edit.returnPressed.connect(self.on_save_server_clicked)
        self.setup_code.textChanged.connect(self.on_setup_code_text_changed)
        self.advanced.toggled.connect(self.advanced_box.setVisible)
        self.sign_up_button.clicked.connect(self.on_sign_up_clicked)
        self.forgot.clicked.connect(self.on_forgot_clicked)
        self.guest.clicked.connect(self.on_guest_clicked)
        self.save_server.clicked.connect(self.on_save_server_clicked)
        self.local_server.toggled.connect(self.on_local_server_toggled)

    def showEvent(self, event: QShowEvent) -> None:
        """Say the dialog's title: Orca heard the tab bar's news before the dialog's
        activation and never said "Welcome to Lantern" (its focus had moved on)."""
        super().showEvent(event)
        announce(self, self.windowTitle())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left/Right on the tab bar towards a tab that is not open yet (no server
        chosen): Qt stays silently where it is, so say why."""
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            reason = self._closed_tab_reason(event.key())
            if reason:
                announce(self.tabs.tabBar(), reason)
        return super().eventFilter(watched, event)

    def _closed_tab_reason(self, key: int) -> str:
        """Why Left/Right (``key``) can't go on: the first closed tab that way, when no
        open one is there for QTabBar to move to ("" when it moves, or for other keys)."""
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return ""
        bar = self.tabs.tabBar()
        back = (key == Qt.Key.Key_Left) != self.isRightToLeft()
        here = bar.currentIndex()
        targets = range(here - 1, -1, -1) if back else range(here + 1, bar.count())
        if not targets or any(bar.isTabEnabled(i) for i in targets):
            return ""  # the last tab that way, or Qt moves to an open one
        return bar.tabToolTip(targets[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to the field it was pressed in (each form connects its own),
        or to the focused button; never QDialog's default button as well — else
        Enter in the setup code field would also press Continue for another learner."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isEnabled():
                focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # helpers --------------------------------------------------------------------
    def _server_text(self, url: str) -> str:
        if not url:
            return self.tr("Server: not chosen yet")
        return self.tr("Server: {address}").format(address=url)

    def learner_text(self, profile: LearnerProfile) -> str:
        """A learner's row: name, username, and whether they signed out or have work waiting."""
        name, username, n = profile.full_name, profile.username, profile.pending_changes
        if profile.signed_out and n:
            text = self.tr("{name} ({username}) — signed out — %Ln unsynced", "", n)
        elif profile.signed_out:
            text = self.tr("{name} ({username}) — signed out")
        elif n:
            text = self.tr("{name} ({username}) — %Ln unsynced", "", n)
        else:
            text = self.tr("{name} ({username})")
        return text.format(name=name, username=username)

    def refresh_learners(self) -> None:
        self.learners.clear()
        self._profiles = {p.user_id: p for p in self.account.known_learners()}
        for profile in self._profiles.values():
            item = QListWidgetItem(self.learner_text(profile))
            item.setData(Qt.ItemDataRole.UserRole, profile.user_id)
            self.learners.addItem(item)
        has = self.learners.count() > 0
        self.continue_button.setEnabled(has)
        if has:
            self.learners.setCurrentRow(0)
        else:
            self.learners.addItem(self.tr("Nobody yet — sign in or create an account"))
            self.learners.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.show_unlock()

    def selected(self) -> LearnerProfile | None:
        item = self.learners.currentItem()
        user_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self._profiles.get(str(user_id)) if user_id else None

    def on_learner_changed(self) -> None:
        self.unlock_secret.clear()
        self.unlock_status.hide()
        profile = self.selected()
        self.use_pin.blockSignals(True)
        self.use_pin.setChecked(profile is not None and profile.has_pin)  # PIN first, if any
        self.use_pin.blockSignals(False)
        self.show_unlock()

    def show_unlock(self) -> None:
        """Ask for the selected learner's password (or PIN) when they signed out."""
        profile = self.selected()
        if profile is None or not profile.signed_out:
            self.unlock_box.hide()
            return
        self.use_pin.setVisible(profile.has_pin)
        pin = profile.has_pin and self.use_pin.isChecked()
        if pin:
            hint = self.tr("{name} signed out on this computer. Type the PIN to continue.")
        else:
            hint = self.tr("{name} signed out on this computer. Type the password to continue.")
        self.unlock_hint.setText(hint.format(name=profile.full_name))
        label = self.tr("PIN") if pin else self.tr("Password")
        self.unlock_secret.setAccessibleName(label)
        self.unlock_secret.setPlaceholderText(label)
        self.unlock_secret.setMaxLength(PIN_LENGTH[1] if pin else 32767)
        self.unlock_secret.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly if pin else Qt.InputMethodHint.ImhHiddenText
        )
        self.unlock_box.show()

    def on_forgot_clicked(self) -> None:
        from desktop.ui.shell.password_reset import PasswordResetDialog

        self.reset_dialog = PasswordResetDialog(
            self.account, self.runner, self.email.text().strip(), self
        )
        self.reset_dialog.signed_in.connect(self._on_profile)
        self.reset_dialog.open()

    def show_server_chosen(self, chosen: bool) -> None:
        """Signing in or up needs a server: until one is set, the dialog starts on it."""
        self.tabs.setTabEnabled(TAB_SIGN_IN, chosen)
        self.tabs.setTabEnabled(TAB_SIGN_UP, chosen)
        # the reason is each closed tab's tooltip, which is also its accessible
        # description (Qt's tab bar reports a closed tab as enabled all the same)
        reason = "" if chosen else self.tr("Choose your school's server first.")
        for tab in (TAB_SIGN_IN, TAB_SIGN_UP):
            self.tabs.setTabToolTip(tab, reason)
        if not chosen:
            self.tabs.setCurrentIndex(TAB_SERVER)

    def show_busy(self, text: str) -> None:
        self.status.setObjectName("muted")
        self.status.setText(text)
        self.status.style().polish(self.status)
        for button in (
            self.sign_in_button,
            self.sign_up_button,
            self.guest,
            self.continue_button,
            self.save_server,
        ):
            button.setEnabled(False)

    def show_error(self, message: str) -> None:
        self.status.setObjectName("errorText")
        self.status.setText(message)
        self.status.style().polish(self.status)
        for button in (self.sign_in_button, self.sign_up_button, self.guest, self.save_server):
            button.setEnabled(True)
        self.continue_button.setEnabled(
            self.learners.currentItem() is not None and bool(self.learners.currentItem().flags())
        )

    def run_profile_op(self, fn: Callable[[], LearnerProfile], busy: str) -> None:
        self.show_busy(busy)
        self.runner.submit(fn, on_success=self._on_profile, on_failure=self._on_failure)

    def on_profile_opened(self, profile: LearnerProfile) -> None:
        """A learner opened without the form (the demo's own sign-in)."""
        self._on_profile(profile)

    def _on_profile(self, profile: LearnerProfile) -> None:
        self.profile = profile
        self.status.clear()
        self.signed_in.emit(profile)
        self.accept()

    def _on_failure(self, exc: Exception) -> None:
        if isinstance(exc, LearnerLocked):  # signed out elsewhere (the CLI) meanwhile
            self.refresh_learners()
            self.show_error(self.tr("This learner signed out; type their password to continue."))
            return
        self.show_error(describe_error(exc))

    # slots ------------------------------------------------------------------------
    def on_continue_clicked(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        user_id = profile.user_id
        if not profile.signed_out:
            self.run_profile_op(lambda: self.account.continue_as(user_id), self.tr("Opening…"))
            return
        pin = profile.has_pin and self.use_pin.isChecked()
        secret = self.unlock_secret.text()
        if pin:  # a PIN typed in Arabic-Indic digits is the same PIN
            secret = i18n.ascii_digits(secret)
        if not secret:
            self.unlock_status.setText(
                self.tr("Type the PIN first.") if pin else self.tr("Type the password first.")
            )
            self.unlock_status.show()
            self.unlock_secret.setFocus()
            return
        self.unlock_status.hide()
        self.show_busy(self.tr("Checking…"))
        self.runner.submit(
            lambda: self.account.unlock(user_id, secret, pin=pin),
            on_success=self._on_profile,
            on_failure=lambda exc: self._on_unlock_failure(exc, profile, pin),
        )

    def _on_unlock_failure(self, exc: Exception, profile: LearnerProfile, pin: bool) -> None:
        self.show_error("")
        self.unlock_status.setText(unlock_message(exc, pin=pin, name=profile.full_name))
        self.unlock_status.show()
        self.unlock_secret.selectAll()
        self.unlock_secret.setFocus()

    def on_sign_in_clicked(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.show_error(self.tr("Type your email and password."))
            return
        pin = i18n.ascii_digits(self.new_pin.text()) if self.quick_pin else ""
        if pin:
            try:
                check_pin_format(pin)
            except BadPin:
                self.show_error(
                    self.tr("A PIN is {low} to {high} digits; leave it empty to keep none.").format(
                        low=i18n.number(PIN_LENGTH[0]), high=i18n.number(PIN_LENGTH[1])
                    )
                )
                return

        def sign_in() -> LearnerProfile:
            profile = self.account.sign_in(email, password)
            if pin:  # the server took the password: now the PIN may be chosen
                try:
                    self.account.set_pin(profile.user_id, pin)
                except OSError as exc:  # signed in all the same; Settings can set it later
                    log.warning("the PIN was not saved: %s", exc)
            return profile

        self.run_profile_op(sign_in, self.tr("Signing in…"))

    def on_sign_up_clicked(self) -> None:
        email, password = self.new_email.text().strip(), self.new_password.text()
        username, full_name = self.new_username.text().strip(), self.new_full_name.text().strip()
        if len(username) < MIN_USERNAME:
            self.show_error(
                self.tr("Choose a username of at least %Ln character(s).", "", MIN_USERNAME)
            )
            return
        if not (email and password and full_name):
            self.show_error(self.tr("Fill in every field to create an account."))
            return
        if len(password) < MIN_PASSWORD:
            self.show_error(
                self.tr("Choose a password of at least %Ln character(s).", "", MIN_PASSWORD)
            )
            return
        if password != self.new_password_again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            return
        self.run_profile_op(
            lambda: self.account.sign_up(email, password, username, full_name),
            self.tr("Creating your account…"),
        )

    def on_show_passwords_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for secret in (self.password, self.new_password, self.new_password_again):
            secret.setEchoMode(mode)
        for box in (self.show_password, self.show_passwords):  # both tabs say the same
            box.setChecked(shown)

    def on_guest_clicked(self) -> None:
        self.run_profile_op(self.account.study_as_guest, self.tr("Opening the sample course…"))

    def on_local_server_toggled(self, local: bool) -> None:
        for widget in (self.server_url, self.anon_key, self.setup_code, self.advanced):
            widget.setEnabled(not local)

    def use_setup_code(self, text: str) -> None:
        """A code or link the app was opened with: fill it in and check it at once."""
        self.school_server.setChecked(True)
        self.tabs.setCurrentIndex(TAB_SERVER)
        self.setup_code.setText(text.strip())
        self.on_save_server_clicked()

    def on_setup_code_text_changed(self, text: str) -> None:
        """A valid code fills the address and key (under Advanced); a broken one says why."""
        if not text.strip():
            self.setup_hint.clear()
            return
        try:
            code = parse_setup(text)
        except SetupCodeError as exc:
            self._show_setup_hint(describe_setup_code_error(exc), "errorText")
            return
        self.server_url.setText(code.url)
        self.anon_key.setText(code.key)
        self._show_setup_hint(
            self.tr("Setup code for {address}. Press Check and save.").format(address=code.url),
            "okText",
        )

    def _show_setup_hint(self, text: str, style: str) -> None:
        self.setup_hint.setObjectName(style)
        self.setup_hint.setText(text)
        self.setup_hint.style().polish(self.setup_hint)

    def on_save_server_clicked(self) -> None:
        if self.local_server.isChecked():
            fn: Callable[[], str] = self.account.use_local_server
        else:
            if self.setup_code.text().strip():
                try:  # a broken code is said here, without a round trip
                    code = parse_setup(self.setup_code.text())
                except SetupCodeError as exc:
                    self.show_error(describe_setup_code_error(exc))
                    self.setup_code.setFocus()
                    return
                url, key = code.url, code.key
            else:
                url, key = self.server_url.text().strip(), self.anon_key.text().strip()
                if not (url or key):
                    self.show_error(self.tr("Paste the setup code or link your school gave you."))
                    self.setup_code.setFocus()
                    return

            def fn() -> str:
                return self.account.use_server(url, key)

        self.show_busy(self.tr("Checking the server…"))
        self.runner.submit(fn, on_success=self._on_server_saved, on_failure=self._on_failure)

    def _on_server_saved(self, url: str) -> None:
        self.show_error("")
        self.status.setObjectName("okText")
        self.status.setText(
            self.tr("Connected to {address}. Now sign in or create an account.").format(address=url)
        )
        self.status.style().polish(self.status)
        self.server_label.setText(self._server_text(url))
        self.server_saved.emit(url)
        self.show_server_chosen(True)
        self.tabs.setCurrentIndex(TAB_SIGN_IN)
