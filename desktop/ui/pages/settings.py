"""Settings: server, account (quick PIN, sign out), data location, leaderboard opt-out,
storage (downloaded courses), clear data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.db import BadPin, check_pin_format
from desktop.ui.pages.storage import StorageView
from desktop.ui.theme import TEXT_SCALES
from desktop.ui.viewdata import SettingsData


def mask_key(key: str) -> str:
    """Enough of the project (anon) key to recognise it, not enough to copy it off a screen."""
    return f"{key[:6]}…{key[-4:]}" if len(key) > 12 else "•" * len(key)


def unsent_warning(name: str, pending: int) -> str:
    if not pending:
        return ""
    what = "1 change hasn't" if pending == 1 else f"{pending} changes haven't"
    return (
        f"{what} reached the server yet. They stay on this laptop for {name} "
        "and are sent the next time they sign in and go online."
    )


class SettingsView(QWidget):
    change_server_requested = Signal()
    sign_out_requested = Signal()
    clear_data_requested = Signal()
    leaderboard_opt_out_changed = Signal(bool)
    open_data_folder_requested = Signal()
    pin_requested = Signal(str)  # the new PIN (4–8 digits)
    pin_removal_requested = Signal()
    # scheme ("system" | "light" | "dark" | "contrast"), text scale
    appearance_changed = Signal(str, float)

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)
        self._confirm = confirm  # tests answer the dialogs themselves
        self.data: SettingsData | None = None
        title = QLabel("Settings", self)
        title.setObjectName("pageTitle")
        self.server_url = QLabel(self)
        self.anon_key = QLabel(self)
        self.change_server = QPushButton("Change &server…", self)
        self.learner_name = QLabel(self)
        self.learner_user = QLabel(self)
        self.sign_out = QPushButton("Sign &out…", self)
        # quick PIN sign-in (when the school turned it on): reopens this learner
        # on this laptop after they sign out
        self.pin_label = QLabel("Quick PIN", self)
        self.pin_row = QWidget(self)
        self.pin_edit = QLineEdit(self.pin_row)
        self.pin_edit.setAccessibleName("New PIN")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setPlaceholderText("4 to 8 digits")
        self.save_pin = QPushButton("Set &PIN", self.pin_row)
        self.remove_pin = QPushButton("&Remove PIN", self.pin_row)
        self.pin_status = QLabel(self)
        self.pin_status.setWordWrap(True)
        self.pin_status.setAccessibleName("PIN status")
        self.data_location = QLabel(self)
        self.data_location.setWordWrap(True)
        self.open_folder = QPushButton("Show &folder", self)
        self.clear_data = QPushButton("&Clear this learner's data on this laptop…", self)
        self.clear_data.setProperty("danger", True)
        self.opt_out = QCheckBox(
            "Leave the &leaderboard (others won't see my name or points)", self
        )
        self.opt_out_status = QLabel(self)  # the server's answer, or why it can't be asked
        self.opt_out_status.setWordWrap(True)
        self.opt_out_status.setAccessibleName("Leaderboard setting status")
        self.opt_out_status.hide()
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName("Colours")
        for key, words in (
            ("system", "Follow the system"),
            ("light", "Light"),
            ("dark", "Dark"),
            ("contrast", "High contrast"),
        ):
            self.scheme.addItem(words, key)
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName("Text size")
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        appearance = QGroupBox("Appearance", self)
        appearance_grid = QGridLayout(appearance)
        for row, (words, field) in enumerate(
            (("C&olours", self.scheme), ("Text si&ze", self.text_size))
        ):
            label = QLabel(words, appearance)
            label.setBuddy(field)
            label.setContentsMargins(0, 0, 6, 0)  # a little air before the field
            appearance_grid.addWidget(label, row, 0)
            appearance_grid.addWidget(field, row, 1)
        appearance_grid.setColumnStretch(1, 1)
        self.text_size.setToolTip("Also Ctrl+= and Ctrl+− anywhere, Ctrl+0 for 100 %")
        layout.addWidget(appearance)
        layout.addWidget(
            self._group(
                "Server",
                [("Address", self.server_url), ("Project key", self.anon_key)],
                [self.change_server],
            )
        )
        account = self._group(
            "Account",
            [("Name", self.learner_name), ("Signed in as", self.learner_user)],
            [self.sign_out],
        )
        pin_line = QHBoxLayout(self.pin_row)
        pin_line.setContentsMargins(0, 0, 0, 0)
        pin_line.addWidget(self.pin_edit)
        pin_line.addWidget(self.save_pin)
        pin_line.addWidget(self.remove_pin)
        pin_line.addStretch(1)
        account_form = account.layout()
        assert isinstance(account_form, QFormLayout)
        account_form.insertRow(2, self.pin_label, self.pin_row)
        account_form.insertRow(3, "", self.pin_status)
        # the label sits level with the field beside it, not with the row's top edge
        self.pin_label.setMinimumHeight(self.pin_row.sizeHint().height())
        self.pin_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.pin_label, self.pin_row, self.pin_status):
            widget.hide()  # until show_settings knows the school allows PINs
        layout.addWidget(account)
        privacy = self._group("Privacy", [], [self.opt_out])
        form = privacy.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(self.opt_out_status)
        layout.addWidget(privacy)
        # what each downloaded course takes, and removing one (its own page part)
        self.storage = StorageView(self, confirm=confirm)
        layout.addWidget(self.storage)
        layout.addWidget(
            self._group(
                "Data on this laptop",
                [("Folder", self.data_location)],
                [self.open_folder, self.clear_data],
            )
        )
        layout.addStretch(1)
        self.change_server.clicked.connect(self.change_server_requested)
        self.sign_out.clicked.connect(self.on_sign_out_clicked)
        self.clear_data.clicked.connect(self.on_clear_data_clicked)
        self.opt_out.toggled.connect(self.on_opt_out_toggled)
        self.open_folder.clicked.connect(self.open_data_folder_requested)
        self.save_pin.clicked.connect(self.on_save_pin_clicked)
        self.pin_edit.returnPressed.connect(self.on_save_pin_clicked)
        self.remove_pin.clicked.connect(self.on_remove_pin_clicked)
        self.scheme.activated.connect(self.on_appearance_activated)
        self.text_size.activated.connect(self.on_appearance_activated)

    def show_appearance(self, scheme: str, text_scale: float) -> None:
        """What the theme uses now (also after Ctrl+= / Ctrl+−)."""
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        nearest = min(
            range(self.text_size.count()),
            key=lambda i: abs(float(self.text_size.itemData(i)) - text_scale),
        )
        self.text_size.setCurrentIndex(nearest)

    def on_appearance_activated(self, _index: int) -> None:
        self.appearance_changed.emit(
            str(self.scheme.currentData()), float(self.text_size.currentData())
        )

    def _group(
        self, title: str, rows: list[tuple[str, QLabel]], buttons: list[QWidget]
    ) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        form.addRow(line)
        return box

    def show_settings(self, data: SettingsData) -> None:
        self.data = data
        self.server_url.setText(data.server_url or "Not connected")
        self.anon_key.setText(mask_key(data.anon_key) if data.anon_key else "—")
        learner = data.learner
        if learner is None:
            self.learner_name.setText("Nobody is signed in")
            self.learner_user.setText("—")
        else:
            self.learner_name.setText(learner.full_name)
            self.learner_user.setText(
                "Guest (work stays on this laptop)" if learner.is_guest else learner.username
            )
        self.sign_out.setEnabled(learner is not None and not learner.is_guest)
        self.clear_data.setEnabled(learner is not None)
        self.data_location.setText(data.data_location)
        self.opt_out.blockSignals(True)
        self.opt_out.setChecked(data.leaderboard_opt_out)
        self.opt_out.blockSignals(False)
        pins = data.quick_pin and learner is not None and not learner.is_guest
        for widget in (self.pin_label, self.pin_row):
            widget.setVisible(pins)
        if pins and learner is not None:
            self.show_pin_state(learner.has_pin, "")

    def show_pin_state(self, has_pin: bool, message: str) -> None:
        """Whether this learner has a PIN now, and what just happened."""
        self.pin_edit.clear()
        self.pin_edit.setEnabled(True)
        self.save_pin.setEnabled(True)
        self.save_pin.setText("Change &PIN" if has_pin else "Set &PIN")
        self.remove_pin.setVisible(has_pin)
        self.remove_pin.setEnabled(True)
        self.pin_status.setText(
            message
            or (
                "Your PIN opens your courses on this laptop after you sign out."
                if has_pin
                else "Choose a PIN to open your courses on this laptop without your password."
            )
        )
        self.pin_status.setVisible(True)

    def on_save_pin_clicked(self) -> None:
        pin = self.pin_edit.text()
        try:
            check_pin_format(pin)
        except BadPin:
            self.pin_status.setText("A PIN is 4 to 8 digits.")
            return
        self.pin_edit.setEnabled(False)
        self.save_pin.setEnabled(False)
        self.remove_pin.setEnabled(False)
        self.pin_status.setText("Saving…")
        self.pin_requested.emit(pin)

    def on_remove_pin_clicked(self) -> None:
        self.save_pin.setEnabled(False)
        self.remove_pin.setEnabled(False)
        self.pin_removal_requested.emit()

    def sign_out_question(self) -> str:
        learner = self.data.learner if self.data else None
        if learner is None:
            return ""
        warning = unsent_warning(learner.full_name, learner.pending_changes)
        how = (
            "Their PIN or password"
            if self.data is not None and self.data.quick_pin and learner.has_pin
            else "Their password"
        )
        return (
            f"Sign {learner.full_name} out of Lantern on this laptop?\n\n"
            f"{how} is needed to open their courses here again.\n\n{warning}"
        ).strip()

    def _ask(self, title: str, text: str) -> bool:
        if not self._confirm:
            return True
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def on_sign_out_clicked(self) -> None:
        if self._ask("Sign out", self.sign_out_question()):
            self.sign_out_requested.emit()

    def on_clear_data_clicked(self) -> None:
        learner = self.data.learner if self.data else None
        if learner is None:
            return
        text = (
            f"Delete {learner.full_name}'s downloaded courses and progress from this "
            "laptop? What is already on the server is kept."
        )
        if learner.pending_changes:
            n = learner.pending_changes
            what = "1 change hasn't" if n == 1 else f"{n} changes haven't"
            text += f"\n\nCareful: {what} reached the server yet and would be lost."
        if self._ask("Clear local data", text):
            self.clear_data_requested.emit()

    def on_opt_out_toggled(self, checked: bool) -> None:
        self.opt_out.setEnabled(False)  # until the server has answered
        self.opt_out_status.setText("Saving…")
        self.opt_out_status.show()
        self.leaderboard_opt_out_changed.emit(checked)

    def show_opt_out_result(self, opted_out: bool, message: str) -> None:
        """What the server now has (the box goes back if the change failed), and why."""
        self.opt_out.blockSignals(True)
        self.opt_out.setChecked(opted_out)
        self.opt_out.blockSignals(False)
        self.opt_out.setEnabled(True)
        self.opt_out_status.setText(message)
        self.opt_out_status.setVisible(bool(message))
