"""Help: the keyboard shortcuts (read from the window's own actions), a short guide, About."""

from __future__ import annotations

import dataclasses
import html
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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
    return _text_dialog(parent, translate("help", "Keyboard shortcuts"), f"<table>{table}</table>")


def guide_dialog(parent: QWidget | None) -> QDialog:
    return _text_dialog(parent, translate("help", "Getting started"), guide())
