"""The main window's actions: menus, shortcuts and their accessible names."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from desktop.ui.i18n import translate


@dataclass
class MainActions:
    sync_now: QAction
    work_offline: QAction
    get_ready: QAction
    save_work: QAction
    deliver_work: QAction
    switch_learner: QAction
    sign_out: QAction
    open_package: QAction
    quit: QAction
    go_catalogue: QAction
    go_dashboard: QAction
    go_notifications: QAction
    go_pending: QAction
    go_settings: QAction
    go_back: QAction
    find: QAction
    text_bigger: QAction
    text_smaller: QAction
    text_reset: QAction
    shortcuts: QAction
    guide: QAction
    about: QAction


def _action(
    window: QMainWindow, text: str, shortcuts: list[str] | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def build_actions(window: QMainWindow) -> MainActions:
    actions = MainActions(
        sync_now=_action(
            window,
            translate("actions", "&Sync now"),
            ["Ctrl+R", "F5"],
            translate("actions", "Send your work and fetch what changed on the server"),
        ),
        work_offline=_action(
            window,
            translate("actions", "Work &offline"),
            ["Ctrl+Shift+O"],
            translate("actions", "Stop using the network; your work is saved and syncs later"),
        ),
        get_ready=_action(
            window,
            translate("actions", "&Get ready for offline…"),
            ["Ctrl+Shift+D"],
            translate("actions", "Download every enrolled course and send all waiting work"),
        ),
        save_work=_action(
            window,
            translate("actions", "Save my &work to a file…"),
            tip=translate(
                "actions",
                "Put the changes waiting to be sent in a file another Lantern can deliver",
            ),
        ),
        deliver_work=_action(
            window,
            translate("actions", "&Deliver saved work…"),
            tip=translate(
                "actions", "Send work saved on other computers to the server with your account"
            ),
        ),
        switch_learner=_action(window, translate("actions", "S&witch learner…"), ["Ctrl+Shift+L"]),
        sign_out=_action(window, translate("actions", "Sign o&ut…")),
        open_package=_action(
            window,
            translate("actions", "&Preview course package…"),
            ["Ctrl+O"],
            translate("actions", "Open a course package folder as learners will see it"),
        ),
        quit=_action(window, translate("actions", "&Quit"), ["Ctrl+Q"]),
        go_catalogue=_action(window, translate("actions", "&Catalogue"), ["Ctrl+1"]),
        go_dashboard=_action(window, translate("actions", "&My courses"), ["Ctrl+2"]),
        go_notifications=_action(window, translate("actions", "&Notifications"), ["Ctrl+3"]),
        go_pending=_action(window, translate("actions", "&Pending changes"), ["Ctrl+4"]),
        go_settings=_action(window, translate("actions", "S&ettings"), ["Ctrl+,"]),
        go_back=_action(window, translate("actions", "&Back"), ["Alt+Left", "Backspace"]),
        find=_action(window, translate("actions", "&Find courses"), ["Ctrl+F"]),
        text_bigger=_action(window, translate("actions", "&Larger text"), ["Ctrl+=", "Ctrl++"]),
        text_smaller=_action(window, translate("actions", "S&maller text"), ["Ctrl+-"]),
        text_reset=_action(window, translate("actions", "&Normal text size"), ["Ctrl+0"]),
        shortcuts=_action(window, translate("actions", "&Keyboard shortcuts"), ["F1"]),
        guide=_action(window, translate("actions", "&Getting started")),
        about=_action(window, translate("actions", "&About Lantern")),
    )
    actions.work_offline.setCheckable(True)
    return actions


def build_menus(menubar: QMenuBar, actions: MainActions) -> None:
    file_menu = menubar.addMenu(translate("actions", "&File"))
    file_menu.addActions([actions.sync_now, actions.work_offline, actions.get_ready])
    file_menu.addSeparator()
    file_menu.addActions([actions.save_work, actions.deliver_work])
    file_menu.addSeparator()
    file_menu.addActions([actions.open_package])
    file_menu.addSeparator()
    file_menu.addActions([actions.switch_learner, actions.sign_out])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    go_menu = menubar.addMenu(translate("actions", "&Go"))
    go_menu.addActions(
        [
            actions.go_catalogue,
            actions.go_dashboard,
            actions.go_notifications,
            actions.go_pending,
            actions.go_settings,
        ]
    )
    go_menu.addSeparator()
    go_menu.addActions([actions.go_back, actions.find])
    view_menu = menubar.addMenu(translate("actions", "&View"))
    view_menu.addActions([actions.text_bigger, actions.text_smaller, actions.text_reset])
    help_menu = menubar.addMenu(translate("actions", "&Help"))
    help_menu.addActions([actions.shortcuts, actions.guide])
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
