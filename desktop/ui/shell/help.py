"""Help: the keyboard shortcuts (read from the window's own actions), a short guide, About."""

from __future__ import annotations

import dataclasses
import html
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.shell.actions import MainActions

# Keys that belong to a page rather than to a menu action.
PAGE_KEYS = (
    ("Find a course: type, then Enter", "Ctrl+F, Enter"),
    ("Open the selected course or lesson", "Enter"),
    ("Submit a quiz", "Ctrl+Enter"),
    ("Move between controls", "Tab, Shift+Tab"),
)

GUIDE = (
    "<h3>Getting started</h3>"
    "<ol>"
    "<li><b>Find a course</b> in the Catalogue and open it; <b>Enrol</b> to keep your "
    "progress.</li>"
    "<li><b>Download for offline</b> before you lose the internet: lessons, images and "
    "practice quizzes stay on this laptop.</li>"
    "<li><b>Start</b> or <b>Continue</b> takes you to your next lesson; mark sections "
    "read, then <b>Complete lesson</b>, and the page shows the way on.</li>"
    "<li>Everything you do is saved on this laptop first. It is sent to your school's "
    "server when you are online — the status bar says when, and <b>Pending changes</b> "
    "lists what is waiting.</li>"
    "<li>On a shared laptop, <b>Sign out</b> (File menu) so the next learner cannot open "
    "your work.</li>"
    "</ol>"
)


def version() -> str:
    try:
        return metadata.version("lantern")
    except metadata.PackageNotFoundError:  # a bundle built without the package's metadata
        return "unknown version"


def about_text() -> str:
    return (
        f"<h3>Lantern {html.escape(version())}</h3>"
        "<p>Study courses with or without internet. Your work is saved on this laptop "
        "and synced to your school's server when you are online.</p>"
        "<p>Open source, under the MIT licence.</p>"
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
    return rows + list(PAGE_KEYS)


def _text_dialog(parent: QWidget | None, title: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
    dialog.setWindowTitle(title)
    label = QLabel(body, dialog)
    label.setWordWrap(True)
    label.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(buttons)
    return dialog


def shortcuts_dialog(parent: QWidget | None, actions: MainActions) -> QDialog:
    table = "".join(
        f"<tr><td>{html.escape(what)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcut_rows(actions)
    )
    return _text_dialog(parent, "Keyboard shortcuts", f"<table>{table}</table>")


def guide_dialog(parent: QWidget | None) -> QDialog:
    return _text_dialog(parent, "Getting started", GUIDE)
