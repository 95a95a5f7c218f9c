"""Settings: server, account (quick PIN, sign out), data location, leaderboard opt-out,
appearance and language, storage (downloaded courses), clear data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store.db import BadPin, check_pin_format
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.pages.storage import StorageView
from desktop.ui.theme import TEXT_SCALES
from desktop.ui.viewdata import SettingsData
from desktop.ui.widgets.accessible import make_heading


def mask_key(key: str) -> str:
    """Enough of the project (anon) key to recognise it, not enough to copy it off a screen."""
    return f"{key[:6]}…{key[-4:]}" if len(key) > 12 else "•" * len(key)


def unsent_warning(name: str, pending: int) -> str:
    if not pending:
        return ""
    return translate(
        "settings",
        "%Ln change(s) [hasn't|haven't] reached the server yet. They stay on this computer "
        "for {name} and are sent the next time they sign in and go online.",
        "",
        pending,
    ).format(name=name)


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
    # a shipped language's code or i18n.SYSTEM; shown from the next start
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, confirm: bool = True) -> None:
        super().__init__(parent)
        self._confirm = confirm  # tests answer the dialogs themselves
        self.data: SettingsData | None = None
        self._language_setting = i18n.SYSTEM  # the one the app started with
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        make_heading(title)
        # made in the order the page reads: Tab follows it (the focus chain is the
        # order widgets are made in; setTabOrder can't move one back past the page's start)
        appearance = self._appearance_group()
        self.server_url = QLabel(self)
        self.anon_key = QLabel(self)
        self.change_server = QPushButton(self.tr("Change &server…"), self)
        self.learner_name = QLabel(self)
        self.learner_user = QLabel(self)
        self.sign_out = QPushButton(self.tr("Sign &out…"), self)
        # quick PIN sign-in (when the school turned it on): reopens this learner
        # on this computer after they sign out
        self.pin_label = QLabel(self.tr("Quick PIN"), self)
        self.pin_row = QWidget(self)
        self.pin_edit = QLineEdit(self.pin_row)
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setPlaceholderText(self.tr("4 to 8 digits"))
        self.save_pin = QPushButton(self.tr("Set &PIN"), self.pin_row)
        self.remove_pin = QPushButton(self.tr("&Remove PIN"), self.pin_row)
        self.pin_status = QLabel(self)
        self.pin_status.setWordWrap(True)  # read by what it says (no name to hide it)
        self.opt_out = QCheckBox(
            self.tr("Leave the &leaderboard (others won't see my name or points)"), self
        )
        self.opt_out_status = QLabel(self)  # the server's answer, or why it can't be asked
        self.opt_out_status.setWordWrap(True)
        self.opt_out_status.hide()
        # what each downloaded course takes, and removing one (its own page part)
        self.storage = StorageView(self, confirm=confirm)
        self.data_location = QLabel(self)
        self.data_location.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Show &folder"), self)
        self.clear_data = QPushButton(self.tr("&Clear this learner's data on this computer…"), self)
        self.clear_data.setProperty("danger", True)
        # its Remove buttons, made with each report, go between these two
        self.storage.tab_between = (self.opt_out, self.open_folder)
        # the page scrolls rather than squeezing its rows (large text, a small screen)
        content = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop: its controls are
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(appearance)
        layout.addWidget(
            self._group(
                self.tr("Server"),
                [(self.tr("Address"), self.server_url), (self.tr("Project key"), self.anon_key)],
                [self.change_server],
            )
        )
        layout.addWidget(self._account_group())
        privacy = self._group(self.tr("Privacy"), [], [self.opt_out])
        form = privacy.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(self.opt_out_status)
        layout.addWidget(privacy)
        layout.addWidget(self.storage)
        layout.addWidget(
            self._group(
                self.tr("Data on this computer"),
                [(self.tr("Folder"), self.data_location)],
                [self.open_folder, self.clear_data],
            )
        )
        layout.addStretch(1)
        self._connect()

    def _connect(self) -> None:
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
        self.language.activated.connect(self.on_language_activated)

    def _appearance_group(self) -> QGroupBox:
        """Colours, text size and language: how the app looks and speaks."""
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Colours"))
        for key, words in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.scheme.addItem(words, key)
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size.addItem(
                self.tr("{number} %").format(number=i18n.number(round(scale * 100))), scale
            )
        self.text_size.setToolTip(self.tr("Also Ctrl+= and Ctrl+− anywhere, Ctrl+0 for 100 %"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        for code, name in i18n.names():  # each in its own language, as a learner looks for it
            self.language.addItem(name, code)
        self.language_note = QLabel(
            self.tr("Lantern shows the new language when it starts again."), self
        )
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        appearance = QGroupBox(self.tr("Appearance"), self)
        grid = QGridLayout(appearance)
        for row, (words, field) in enumerate(
            (
                (self.tr("C&olours"), self.scheme),
                (self.tr("Text si&ze"), self.text_size),
                (self.tr("L&anguage"), self.language),
            )
        ):
            label = QLabel(words, appearance)
            label.setBuddy(field)
            label.setContentsMargins(0, 0, 6, 0)  # a little air before the field
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.addWidget(self.language_note, 3, 1)
        grid.setColumnStretch(1, 1)
        return appearance

    def _account_group(self) -> QGroupBox:
        account = self._group(
            self.tr("Account"),
            [(self.tr("Name"), self.learner_name), (self.tr("Signed in as"), self.learner_user)],
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
        return account

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

    def show_language(self, setting: str) -> None:
        """The remembered language setting (a shipped code or ``i18n.SYSTEM``), the one
        the app started with; an unknown one shows as following the system."""
        index = self.language.findData(setting)
        self.language.setCurrentIndex(max(0, index))
        self._language_setting = str(self.language.currentData())
        self.language_note.hide()

    def on_language_activated(self, _index: int) -> None:
        chosen = str(self.language.currentData())
        # the catalogue is installed at start: the note says when the choice shows
        self.language_note.setVisible(chosen != self._language_setting)
        self.language_chosen.emit(chosen)

    def _group(
        self, title: str, rows: list[tuple[str, QLabel]], buttons: list[QWidget]
    ) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, widget in rows:
            # the caption is the row's label (its buddy): the value label keeps its own
            # words as its name, so a screen reader reads "Address", then the address
            form.addRow(label, widget)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        form.addRow(line)
        return box

    def show_settings(self, data: SettingsData) -> None:
        self.data = data
        self.server_url.setText(data.server_url or self.tr("Not connected"))
        self.anon_key.setText(mask_key(data.anon_key) if data.anon_key else "—")
        learner = data.learner
        if learner is None:
            self.learner_name.setText(self.tr("Nobody is signed in"))
            self.learner_user.setText("—")
        else:
            self.learner_name.setText(learner.full_name)
            self.learner_user.setText(
                self.tr("Guest (work stays on this computer)")
                if learner.is_guest
                else learner.username
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
        self.save_pin.setText(self.tr("Change &PIN") if has_pin else self.tr("Set &PIN"))
        self.remove_pin.setVisible(has_pin)
        self.remove_pin.setEnabled(True)
        self.pin_status.setText(
            message
            or (
                self.tr("Your PIN opens your courses on this computer after you sign out.")
                if has_pin
                else self.tr(
                    "Choose a PIN to open your courses on this computer without your password."
                )
            )
        )
        self.pin_status.setVisible(True)

    def on_save_pin_clicked(self) -> None:
        pin = i18n.ascii_digits(self.pin_edit.text())  # ٤٢٧١ is 4271
        try:
            check_pin_format(pin)
        except BadPin:
            self.pin_status.setText(self.tr("A PIN is 4 to 8 digits."))
            return
        self.pin_edit.setEnabled(False)
        self.save_pin.setEnabled(False)
        self.remove_pin.setEnabled(False)
        self.pin_status.setText(self.tr("Saving…"))
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
            self.tr("Their PIN or password is needed to open their courses here again.")
            if self.data is not None and self.data.quick_pin and learner.has_pin
            else self.tr("Their password is needed to open their courses here again.")
        )
        question = self.tr("Sign {name} out of Lantern on this computer?").format(
            name=learner.full_name
        )
        return "\n\n".join(part for part in (question, how, warning) if part)

    def _ask(self, title: str, text: str) -> bool:
        if not self._confirm:
            return True
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def on_sign_out_clicked(self) -> None:
        if self._ask(self.tr("Sign out"), self.sign_out_question()):
            self.sign_out_requested.emit()

    def on_clear_data_clicked(self) -> None:
        learner = self.data.learner if self.data else None
        if learner is None:
            return
        text = self.tr(
            "Delete {name}'s downloaded courses and progress from this computer? "
            "What is already on the server is kept."
        ).format(name=learner.full_name)
        if learner.pending_changes:
            careful = self.tr(
                "Careful: %Ln change(s) [hasn't|haven't] reached the server yet and would be lost.",
                "",
                learner.pending_changes,
            )
            text += "\n\n" + careful
        if self._ask(self.tr("Clear local data"), text):
            self.clear_data_requested.emit()

    def on_opt_out_toggled(self, checked: bool) -> None:
        self.opt_out.setEnabled(False)  # until the server has answered
        self.opt_out_status.setText(self.tr("Saving…"))
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
