"""Help: the keyboard shortcuts (read from the window's own actions), a short guide, About."""

from __future__ import annotations

import dataclasses
import html
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import translate
from desktop.ui.shell.actions import MainActions


def _keys(*sequences: str) -> str:
    """Keys as the platform names them (Qt's own catalogue translates "Ctrl", "Tab")."""
    return ", ".join(
        QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
    )


def page_keys() -> list[tuple[str, str]]:
    """Keys that belong to a page rather than to a menu action."""
    return [
        (translate("help", "Find a course: type, then Enter"), _keys("Ctrl+F", "Enter")),
        (translate("help", "Open the selected course or lesson"), _keys("Enter")),
        (translate("help", "Submit a quiz"), _keys("Ctrl+Enter")),
        (translate("help", "Move between controls"), _keys("Tab", "Shift+Tab")),
    ]


def guide() -> str:
    """The Getting started guide: a heading and its steps, as HTML."""
    steps = (
        translate(
            "help",
            "<b>Find a course</b> in the Catalogue and open it; <b>Enrol</b> to keep your "
            "progress.",
        ),
        translate(
            "help",
            "<b>Download for offline</b> before you lose the internet: lessons, images and "
            "practice quizzes stay on this computer.",
        ),
        translate(
            "help",
            "<b>Start</b> or <b>Continue</b> takes you to your next lesson; mark sections "
            "read, then <b>Complete lesson</b>, and the page shows the way on.",
        ),
        translate(
            "help",
            "Everything you do is saved on this computer first. It is sent to your school's "
            "server when you are online — the status bar says when, and "
            "<b>Pending changes</b> lists what is waiting.",
        ),
        translate(
            "help",
            "On a shared computer, <b>Sign out</b> (File menu) so the next learner cannot open "
            "your work.",
        ),
    )
    items = "".join(f"<li>{step}</li>" for step in steps)
    title = html.escape(translate("help", "Getting started"), quote=False)
    return f"<h3>{title}</h3><ol>{items}</ol>"


def version() -> str:
    try:
        return metadata.version("lantern")
    except metadata.PackageNotFoundError:  # a bundle built without the package's metadata
        return translate("help", "unknown version")


def about_text() -> str:
    name = translate("help", "Lantern {version}").format(version=version())
    about = translate(
        "help",
        "Study courses with or without internet. Your work is saved on this computer "
        "and synced to your school's server when you are online.",
    )
    licence = translate("help", "Open source, under the MIT licence.")
    return "".join(
        f"<{tag}>{html.escape(text, quote=False)}</{tag}>"
        for tag, text in (("h3", name), ("p", about), ("p", licence))
    )


def _plain(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(actions: MainActions) -> list[tuple[str, str]]:
    """(what, keys) for every menu action that has a shortcut, then the pages' keys."""
    rows = []
    for field in dataclasses.fields(actions):
        action: QAction = getattr(actions, field.name)
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((_plain(action), keys))
    return rows + page_keys()


def _dialog(parent: QWidget | None, title: str, content: QWidget) -> QDialog:
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
    dialog.setWindowTitle(title)
    content.setParent(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    return dialog


def _text_dialog(parent: QWidget | None, title: str, body: str) -> QDialog:
    # no accessible name: the label is read by its words (a name would hide them)
    label = QLabel(body)
    label.setWordWrap(True)
    return _dialog(parent, title, label)


def shortcuts_table(rows: list[tuple[str, str]], title: str) -> QTableWidget:
    """One row per shortcut (what, keys), read-only: a screen reader reads each row
    as its action, with the keys as the row's description."""
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName(title)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # one Tab stop (then Close); the arrows walk the list
    table.setWordWrap(False)
    for row, (what, keys) in enumerate(rows):
        action = QTableWidgetItem(what)
        action.setData(Qt.ItemDataRole.AccessibleDescriptionRole, keys)
        shortcut = QTableWidgetItem(keys)
        shortcut.setData(Qt.ItemDataRole.AccessibleDescriptionRole, what)
        bold = QFont(shortcut.font())
        bold.setBold(True)
        shortcut.setFont(bold)
        table.setItem(row, 0, action)
        table.setItem(row, 1, shortcut)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumWidth(table.columnWidth(0) + table.columnWidth(1) + 40)
    table.setMinimumHeight(min(len(rows), 14) * table.verticalHeader().defaultSectionSize() + 8)
    if rows:
        table.setCurrentCell(0, 0)
    return table


def shortcuts_dialog(parent: QWidget | None, actions: MainActions) -> QDialog:
    title = translate("help", "Keyboard shortcuts")
    table = shortcuts_table(shortcut_rows(actions), title)
    dialog = _dialog(parent, title, table)
    table.setFocus(Qt.FocusReason.OtherFocusReason)  # the list is what the dialog is for
    return dialog


def guide_dialog(parent: QWidget | None) -> QDialog:
    return _text_dialog(parent, translate("help", "Getting started"), guide())
