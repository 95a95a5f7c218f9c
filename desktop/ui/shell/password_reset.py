"""Forgot password: the school's server mails a one-time code; with it the learner sets a
new password here and is signed in.

Supabase (GoTrue) mails a 6-digit code valid for an hour (``/auth/v1/recover``,
then ``/verify`` with ``type: recovery``); the devserver prints that mail on
its log instead of sending it.  Nothing here says whether the address has an
account.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.errors import describe_error
from desktop.ui.viewdata import LearnerProfile

MIN_PASSWORD = 6  # Supabase's default minimum length
CODE_LENGTH = 6  # digits in the code the server mails


# GoTrue's codes for a mailed code it does not take (wrong, used or too old)
REFUSED_CODES = frozenset({"otp_expired", "otp_disabled"})


def _code_refused(exc: BaseException) -> bool:
    """Whether the server refused the mailed code (a ``RequestRejected`` with its code,
    or, from an older GoTrue without codes, its own words)."""
    from desktop.sync.errors import REASON_REJECTED, SyncError

    if not isinstance(exc, SyncError) or exc.reason != REASON_REJECTED:
        return False
    code = getattr(exc, "code", None)
    return code in REFUSED_CODES or "expired or is invalid" in exc.detail


class ResetActions(Protocol):
    def send_password_reset(self, email: str) -> None: ...

    def reset_password(self, email: str, code: str, new_password: str) -> LearnerProfile: ...


class PasswordResetDialog(QDialog):
    signed_in = Signal(object)  # LearnerProfile: the new password worked

    def __init__(
        self,
        account: ResetActions,
        runner: TaskRunner,
        email: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account, self.runner = account, runner
        self.setWindowTitle(self.tr("Reset your password"))
        self.email = QLineEdit(email, self)
        self.email.setAccessibleName(self.tr("Email"))
        self.send = QPushButton(self.tr("&Send me a code"), self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Code from the email"))
        self.code.setPlaceholderText(self.tr("%Ln digit(s)", "", CODE_LENGTH))
        self.code.setMaxLength(CODE_LENGTH)
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("New password"))
        self.password.setPlaceholderText(self.tr("at least %Ln character(s)", "", MIN_PASSWORD))
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("New password again"))
        for secret in (self.password, self.confirm):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QPushButton(self.tr("Sho&w"), self)
        self.show_password.setCheckable(True)
        self.show_password.setAccessibleName(self.tr("Show the new password"))
        self.set_password = QPushButton(self.tr("Set &new password"), self)
        self.set_password.setProperty("primary", True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # no accessible name: a screen reader reads what the status says
        form = QFormLayout()
        form.addRow(self.tr("&Email"), self.email)
        form.addRow("", self.send)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("New &password"), self.password)
        form.addRow(self.tr("&Again"), self.confirm)
        form.addRow("", self.show_password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.set_password)
        layout.addWidget(self.status)
        self.send.clicked.connect(self.on_send_clicked)
        self.email.returnPressed.connect(self.on_send_clicked)
        self.set_password.clicked.connect(self.on_set_password_clicked)
        for edit in (self.code, self.password, self.confirm):
            edit.returnPressed.connect(self.on_set_password_clicked)
        self.show_password.toggled.connect(self.on_show_password_toggled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setObjectName("errorText" if error else "muted")
        self.status.setText(text)
        self.status.style().polish(self.status)

    def on_send_clicked(self) -> None:
        email = self.email.text().strip()
        if "@" not in email:
            self._say(self.tr("Type the email address of your account."), error=True)
            return
        self.send.setEnabled(False)
        self._say(self.tr("Asking the server…"))

        def sent(_none: None) -> None:
            self.send.setEnabled(True)
            self._say(
                self.tr(
                    "If {email} has an account, a {length}-digit code is on its way; it works "
                    "for an hour. Type it here with your new password."
                ).format(email=email, length=i18n.number(CODE_LENGTH))
            )
            self.code.setFocus()

        self.runner.submit(
            lambda: self.account.send_password_reset(email),
            on_success=sent,
            on_failure=self._failed,
            receiver=self,
        )

    def problem(self) -> str:
        """Why the form cannot be sent yet, in words; empty when it can."""
        code = i18n.ascii_digits(self.code.text().strip())
        if len(code) != CODE_LENGTH or not code.isdigit():
            return self.tr("Type the {length}-digit code from the email.").format(
                length=i18n.number(CODE_LENGTH)
            )
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The new password needs at least %Ln character(s).", "", MIN_PASSWORD)
        if self.password.text() != self.confirm.text():
            return self.tr("The two passwords are not the same.")
        return ""

    def on_set_password_clicked(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem, error=True)
            return
        email, code = self.email.text().strip(), i18n.ascii_digits(self.code.text().strip())
        password = self.password.text()
        self.set_password.setEnabled(False)
        self._say(self.tr("Setting your new password…"))

        def done(profile: LearnerProfile) -> None:
            self.signed_in.emit(profile)
            self.accept()

        self.runner.submit(
            lambda: self.account.reset_password(email, code, password),
            on_success=done,
            on_failure=self._failed,
            receiver=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.send.setEnabled(True)
        self.set_password.setEnabled(True)
        if _code_refused(exc):
            self._say(self.tr("That code is wrong or has expired. Ask for a new one."), error=True)
        else:
            self._say(describe_error(exc), error=True)

    def on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for secret in (self.password, self.confirm):
            secret.setEchoMode(mode)
