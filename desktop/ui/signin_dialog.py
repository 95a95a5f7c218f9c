"""First run and sign-in: pick a learner, sign in, sign up, study as guest, pick a server.

The dialog does no network or disk work itself: an :class:`AccountActions`
(built by the app over the auth session and profile directory) does, on the
task runner, and the dialog shows progress and readable errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from desktop.ui.tasks import TaskRunner
from desktop.ui.viewdata import LearnerProfile

TAB_SIGN_IN, TAB_SIGN_UP, TAB_SERVER = 0, 1, 2


class AccountActions(Protocol):
    """Blocking calls; the dialog runs each on the task runner."""

    def known_learners(self) -> list[LearnerProfile]: ...

    def continue_as(self, user_id: str) -> LearnerProfile: ...

    def sign_in(self, email: str, password: str) -> LearnerProfile: ...

    def sign_up(self, email: str, password: str, username: str, full_name: str
                ) -> LearnerProfile: ...

    def study_as_guest(self) -> LearnerProfile: ...

    def use_server(self, url: str, anon_key: str) -> str:
        """Validate (reach the server) and save; returns the saved URL."""
        ...

    def use_local_server(self) -> str: ...


class SignInDialog(QDialog):
    signed_in = Signal(object)  # LearnerProfile
    server_saved = Signal(str)

    def __init__(self, actions: AccountActions, runner: TaskRunner,
                 parent: QWidget | None = None, *, current_server: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Lantern")
        self.account = actions
        self.runner = runner
        self.profile: LearnerProfile | None = None
        self.learners = QListWidget(self)
        self.learners.setAccessibleName("Learners on this laptop")
        self.learners.setProperty("roomy", True)
        self.continue_button = QPushButton("&Continue", self)
        self.continue_button.setProperty("primary", True)
        self.tabs = QTabWidget(self)
        self.email = QLineEdit(self)
        self.password = QLineEdit(self)
        self.sign_in_button = QPushButton("&Sign in", self)
        self.new_email = QLineEdit(self)
        self.new_username = QLineEdit(self)
        self.new_full_name = QLineEdit(self)
        self.new_password = QLineEdit(self)
        self.sign_up_button = QPushButton("Create &account", self)
        self.local_server = QRadioButton("This laptop's demo server", self)
        self.school_server = QRadioButton("My school's Supabase project", self)
        self.server_url = QLineEdit(self)
        self.anon_key = QLineEdit(self)
        self.save_server = QPushButton("Check and sa&ve", self)
        self.server_label = QLabel(f"Server: {current_server or 'not chosen yet'}", self)
        self.server_label.setObjectName("muted")
        self.guest = QPushButton("Study as a &guest", self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("errorText")
        self._build()
        self._connect()
        self.school_server.setChecked(True)
        self.refresh_learners()

    def _build(self) -> None:
        for edit, name in ((self.email, "Email"), (self.password, "Password"),
                           (self.new_email, "Email"), (self.new_username, "Username"),
                           (self.new_full_name, "Full name"), (self.new_password, "Password"),
                           (self.server_url, "Server address"), (self.anon_key, "Anon key")):
            edit.setAccessibleName(name)
        for secret in (self.password, self.new_password):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_url.setPlaceholderText("https://your-school.supabase.co")
        self.new_username.setPlaceholderText("at least 3 characters")
        self.tabs.addTab(self._form([("&Email", self.email), ("&Password", self.password)],
                                    self.sign_in_button), "Sign in")
        self.tabs.addTab(self._form([("Email", self.new_email), ("&Username", self.new_username),
                                     ("Full &name", self.new_full_name),
                                     ("Password", self.new_password)],
                                    self.sign_up_button), "New account")
        server = self._form([("", self.local_server), ("", self.school_server),
                             ("Address", self.server_url), ("Anon &key", self.anon_key)],
                            self.save_server)
        self.tabs.addTab(server, "Server")
        left = QVBoxLayout()
        heading = QLabel("Learners on this laptop", self)
        heading.setObjectName("sectionTitle")
        left.addWidget(heading)
        left.addWidget(self.learners, 1)
        left.addWidget(self.continue_button)
        right = QVBoxLayout()
        title = QLabel("Welcome to Lantern", self)
        title.setObjectName("pageTitle")
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
        self.sign_in_button.clicked.connect(self.on_sign_in_clicked)
        self.password.returnPressed.connect(self.on_sign_in_clicked)
        self.sign_up_button.clicked.connect(self.on_sign_up_clicked)
        self.guest.clicked.connect(self.on_guest_clicked)
        self.save_server.clicked.connect(self.on_save_server_clicked)
        self.local_server.toggled.connect(self.on_local_server_toggled)

    # helpers --------------------------------------------------------------------
    def refresh_learners(self) -> None:
        self.learners.clear()
        for profile in self.account.known_learners():
            pending = (f" — {profile.pending_changes} unsynced" if profile.pending_changes
                       else "")
            item = QListWidgetItem(f"{profile.full_name} ({profile.username}){pending}")
            item.setData(Qt.ItemDataRole.UserRole, profile.user_id)
            self.learners.addItem(item)
        has = self.learners.count() > 0
        self.continue_button.setEnabled(has)
        if has:
            self.learners.setCurrentRow(0)
        else:
            self.learners.addItem("Nobody yet — sign in or create an account")
            self.learners.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def show_busy(self, text: str) -> None:
        self.status.setObjectName("muted")
        self.status.setText(text)
        self.status.style().polish(self.status)
        for button in (self.sign_in_button, self.sign_up_button, self.guest,
                       self.continue_button, self.save_server):
            button.setEnabled(False)

    def show_error(self, message: str) -> None:
        self.status.setObjectName("errorText")
        self.status.setText(message)
        self.status.style().polish(self.status)
        for button in (self.sign_in_button, self.sign_up_button, self.guest, self.save_server):
            button.setEnabled(True)
        self.continue_button.setEnabled(self.learners.currentItem() is not None
                                        and bool(self.learners.currentItem().flags()))

    def run_profile_op(self, fn: Callable[[], LearnerProfile], busy: str) -> None:
        self.show_busy(busy)
        self.runner.submit(fn, on_success=self._on_profile, on_failure=self._on_failure)

    def _on_profile(self, profile: LearnerProfile) -> None:
        self.profile = profile
        self.status.clear()
        self.signed_in.emit(profile)
        self.accept()

    def _on_failure(self, exc: Exception) -> None:
        self.show_error(str(exc) or "Something went wrong. Please try again.")

    # slots ------------------------------------------------------------------------
    def on_continue_clicked(self) -> None:
        item = self.learners.currentItem()
        user_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if user_id:
            self.run_profile_op(lambda: self.account.continue_as(str(user_id)), "Opening…")

    def on_sign_in_clicked(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.show_error("Type your email and password.")
            return
        self.run_profile_op(lambda: self.account.sign_in(email, password), "Signing in…")

    def on_sign_up_clicked(self) -> None:
        email, password = self.new_email.text().strip(), self.new_password.text()
        username, full_name = self.new_username.text().strip(), self.new_full_name.text().strip()
        if len(username) < 3:
            self.show_error("Choose a username of at least 3 characters.")
            return
        if not (email and password and full_name):
            self.show_error("Fill in every field to create an account.")
            return
        self.run_profile_op(lambda: self.account.sign_up(email, password, username, full_name),
                             "Creating your account…")

    def on_guest_clicked(self) -> None:
        self.run_profile_op(self.account.study_as_guest, "Opening the sample course…")

    def on_local_server_toggled(self, local: bool) -> None:
        self.server_url.setEnabled(not local)
        self.anon_key.setEnabled(not local)

    def on_save_server_clicked(self) -> None:
        if self.local_server.isChecked():
            fn: Callable[[], str] = self.account.use_local_server
        else:
            url, key = self.server_url.text().strip(), self.anon_key.text().strip()
            def fn() -> str:
                return self.account.use_server(url, key)
        self.show_busy("Checking the server…")
        self.runner.submit(fn, on_success=self._on_server_saved, on_failure=self._on_failure)

    def _on_server_saved(self, url: str) -> None:
        self.show_error("")
        self.status.setObjectName("okText")
        self.status.setText(f"Connected to {url}. Now sign in or create an account.")
        self.status.style().polish(self.status)
        self.server_label.setText(f"Server: {url}")
        self.server_saved.emit(url)
        self.tabs.setCurrentIndex(TAB_SIGN_IN)
