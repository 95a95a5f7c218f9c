"""The main window shell: navigation on the left, pages on the right, sync status below.

The window knows nothing about the store or the network.  Pages are added by
the composition root; user intentions leave as signals (``sync_requested``,
``work_offline_toggled`` …) for the app to turn into ops.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.shell import help as help_texts
from desktop.ui.shell.actions import build_actions, build_menus
from desktop.ui.shell.status_bar import SyncStatusWidget
from desktop.ui.widgets.announce import announce

NAV_PAGES = ("catalogue", "dashboard", "notifications", "pending", "settings")
# the sidebar's titles in English: translated where they are looked up (nav_title),
# not here, before the learner's language is installed
_NAV_SOURCES = {
    "catalogue": QT_TRANSLATE_NOOP("MainWindow", "Catalogue"),
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "My courses"),
    "notifications": QT_TRANSLATE_NOOP("MainWindow", "Notifications"),
    "pending": QT_TRANSLATE_NOOP("MainWindow", "Pending changes"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def nav_title(key: str) -> str:
    """A sidebar page's title in the learner's language."""
    # the value was marked with QT_TRANSLATE_NOOP in this context just above
    return translate("MainWindow", str(_NAV_SOURCES[key]))


class _NavTitles(Mapping[str, str]):
    """``NAV_TITLES[key]``: the title in the language installed when it is read."""

    def __getitem__(self, key: str) -> str:
        return nav_title(key)

    def __iter__(self) -> Iterator[str]:
        return iter(_NAV_SOURCES)

    def __len__(self) -> int:
        return len(_NAV_SOURCES)


NAV_TITLES: Mapping[str, str] = _NavTitles()

# the sidebar entries a course is opened from; a course page shown from
# anywhere else (Settings, a notification, the start) is under the first
OPENED_FROM = ("catalogue", "dashboard")


@dataclass
class _Page:
    key: str
    title: str
    widget: QWidget
    nav_item: QListWidgetItem | None


def spoken_title(page: QWidget, fallback: str) -> str:
    """What a screen reader hears when ``page`` is shown: its own ``page_title()``
    (a course's title) when it has one, else the title it was added with."""
    own = getattr(page, "page_title", None)
    title = own() if callable(own) else ""
    return str(title) if title else fallback


def first_tab_stop(page: QWidget) -> QWidget | None:
    """The first control inside ``page`` that Tab would reach, in its focus chain."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class Navigation(QListWidget):
    """The sidebar: as wide as its longest entry needs in the current font (large
    text, a longer translation, a badge), never narrower than 200 px."""

    NARROWEST = 200
    PADDING = 40  # the entry's own padding (lantern.qss) and the frame

    def fit(self) -> None:
        metrics = self.fontMetrics()
        texts = [
            item.text()
            for row in range(self.count())
            if (item := self.item(row)) is not None and not item.isHidden()
        ]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self.setFixedWidth(max(self.NARROWEST, widest + self.PADDING))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


class MainWindow(QMainWindow):
    sync_requested = Signal()
    work_offline_toggled = Signal(bool)
    get_ready_requested = Signal()
    switch_learner_requested = Signal()
    sign_out_requested = Signal()
    open_package_requested = Signal()
    save_work_requested = Signal()
    deliver_work_requested = Signal()
    find_requested = Signal()
    page_shown = Signal(str)
    closing = Signal()

    def __init__(self, parent: QWidget | None = None, *, icon: QIcon | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lantern"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1180, 760)
        self.setMinimumSize(QSize(820, 540))
        self.nav = Navigation(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.currentRowChanged.connect(self.on_nav_current_row_changed)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Content"))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync_status = SyncStatusWidget(self)
        # every course's files arriving at once: bytes, rate, time left
        self.files_status = QLabel(self)
        self.files_status.setObjectName("muted")
        # no accessible name: it is read by what it says ("Downloading files: …")
        self.files_status.hide()
        self.statusBar().addPermanentWidget(self.files_status)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_status.retry_requested.connect(self.on_sync_status_retry_requested)
        self.sync_status.sign_in_requested.connect(self.on_sync_status_sign_in_requested)
        self.actions_ = build_actions(self)
        build_menus(self.menuBar(), self.actions_)
        self._connect_actions()
        self._pages: dict[str, _Page] = {}
        # (page, the sidebar entry it was shown under): Back restores both
        self._history: list[tuple[str, str]] = []
        self._said_title = ""  # the page title last said to a screen reader
        self._section = ""  # the sidebar entry highlighted now
        # the sidebar's entries in their order, those hidden (taken out of the list) too
        self._nav_order: list[str] = []

    # pages -----------------------------------------------------------------
    def add_page(
        self, key: str, title: str, widget: QWidget, *, in_nav: bool = True, before: str = ""
    ) -> None:
        """``before``: the sidebar entry this page's goes above (else at the end)."""
        if key in self._pages:
            self._replace_page(self._pages[key], widget)
            return
        item = None
        if in_nav:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            place = self._nav_order.index(before) if before in self._nav_order else None
            self._nav_order.insert(len(self._nav_order) if place is None else place, key)
        widget.setAccessibleName(title)
        self.stack.addWidget(widget)
        self._pages[key] = _Page(key, title, widget, item)
        if item is not None:
            self._place_in_nav(key)
        if self.stack.count() == 1:
            self.show_page(key)

    def _replace_page(self, page: _Page, widget: QWidget) -> None:
        """A placeholder (shown while the store opens) gives way to the real page
        in the same place; the navigation item and the current page stay."""
        was_current = self.stack.currentWidget() is page.widget
        index = self.stack.indexOf(page.widget)
        widget.setAccessibleName(page.title)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(page.widget)
        page.widget.deleteLater()
        page.widget = widget
        if was_current:
            self.stack.setCurrentWidget(widget)

    def page(self, key: str) -> QWidget:
        return self._pages[key].widget

    @property
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next((p.key for p in self._pages.values() if p.widget is widget), "")

    def show_page(self, key: str, *, remember: bool = True, section: str | None = None) -> None:
        """Show a page and highlight its sidebar entry: its own, or for a course,
        lesson or quiz the section it was opened from (My courses, else Catalogue)."""
        page = self._pages[key]
        current = self.current_page
        if remember and current and current != key:
            self._history.append((current, self._section))
            del self._history[:-50]
        self.stack.setCurrentWidget(page.widget)
        self._highlight(section if section is not None else self._section_for(key, current))
        # a screen reader says where the learner is now (a focus change alone doesn't);
        # not again for the page already shown (Ctrl+F on the catalogue: Orca heard it)
        said = spoken_title(page.widget, page.title)
        if (current, self._said_title) != (key, said):
            announce(page.widget, said)
        self._said_title = said
        self.page_shown.emit(key)

    def _section_for(self, key: str, came_from: str) -> str:
        if self._pages[key].nav_item is not None:
            return key
        origin = self._pages.get(came_from)
        if origin is not None and origin.nav_item is None and self._section:
            return self._section  # from one course page to another: the same section
        if came_from in OPENED_FROM:
            return came_from
        return OPENED_FROM[0] if OPENED_FROM[0] in self._pages else ""

    def _highlight(self, section: str) -> None:
        self._section = section
        item = self._pages[section].nav_item if section in self._pages else None
        self.nav.blockSignals(True)
        if item is not None and item.listWidget() is self.nav:
            self.nav.setCurrentItem(item)
        else:
            self.nav.clearSelection()
        self.nav.blockSignals(False)

    def go_back(self) -> None:
        if self._history:
            key, section = self._history.pop()
            if key in self._pages:
                self.show_page(key, remember=False, section=section)

    def set_nav_shown(self, key: str, shown: bool) -> None:
        """Show or hide a page's sidebar entry (the Class entry: only for a teacher).

        A hidden entry leaves the list, not only the screen: a screen reader counts
        the list's items ("List with 5 items") and would count a hidden one too."""
        item = self._pages[key].nav_item
        if item is None or (item.listWidget() is self.nav) == shown:
            return
        self.nav.blockSignals(True)
        if shown:
            self._place_in_nav(key)
        else:
            self.nav.takeItem(self.nav.row(item))
            self.nav.fit()
        self.nav.blockSignals(False)
        self._highlight(self._section)

    def nav_shown(self, key: str) -> bool:
        item = self._pages[key].nav_item
        return item is not None and item.listWidget() is self.nav

    def _place_in_nav(self, key: str) -> None:
        """Put a page's entry in the sidebar, after the shown entries that come before it."""
        item = self._pages[key].nav_item
        assert item is not None
        earlier = self._nav_order[: self._nav_order.index(key)]
        row = sum(1 for k in earlier if k in self._pages and self.nav_shown(k))
        self.nav.insertItem(row, item)
        self.nav.fit()

    def set_nav_badge(self, key: str, count: int) -> None:
        """Shows "Notifications (3)" style counts in the navigation."""
        page = self._pages[key]
        if page.nav_item is not None:
            page.nav_item.setText(
                self.tr("{title}  ({count})").format(title=page.title, count=i18n.number(count))
                if count
                else page.title
            )
            self.nav.fit()

    # slots -----------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_
        a.sync_now.triggered.connect(self.sync_requested)
        a.work_offline.toggled.connect(self.work_offline_toggled)
        a.get_ready.triggered.connect(self.get_ready_requested)
        a.switch_learner.triggered.connect(self.switch_learner_requested)
        a.sign_out.triggered.connect(self.sign_out_requested)
        a.open_package.triggered.connect(self.open_package_requested)
        a.save_work.triggered.connect(self.save_work_requested)
        a.deliver_work.triggered.connect(self.deliver_work_requested)
        a.quit.triggered.connect(self.close)
        a.go_back.triggered.connect(self.go_back)
        a.find.triggered.connect(self.on_find_triggered)
        a.about.triggered.connect(self.on_about_triggered)
        a.shortcuts.triggered.connect(self.on_shortcuts_triggered)
        a.guide.triggered.connect(self.on_guide_triggered)
        for action, key in (
            (a.go_catalogue, "catalogue"),
            (a.go_dashboard, "dashboard"),
            (a.go_notifications, "notifications"),
            (a.go_pending, "pending"),
            (a.go_settings, "settings"),
        ):
            action.triggered.connect(lambda _=False, k=key: self._show_if_present(k))

    def _show_if_present(self, key: str) -> None:
        """A page asked for by its shortcut or menu entry: shown, with the keyboard
        focus on its first control (the focus was on the page left behind)."""
        if key not in self._pages:
            return
        page = self._pages[key].widget
        focus = QApplication.focusWidget()
        stay = self.current_page == key and focus is not None and page.isAncestorOf(focus)
        self.show_page(key)
        # (Qt's stack moves the focus to whichever of the page's controls comes next
        # in the window's chain after the old focus: the page's first is meant)
        first = None if stay else first_tab_stop(page)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_nav_current_row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def on_find_triggered(self) -> None:
        self._show_if_present("catalogue")
        self.find_requested.emit()

    def on_sync_status_retry_requested(self) -> None:
        self.sync_requested.emit()

    def on_sync_status_sign_in_requested(self) -> None:
        self.switch_learner_requested.emit()

    def on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Lantern"), help_texts.about_text())

    def on_shortcuts_triggered(self) -> None:
        help_texts.shortcuts_dialog(self, self.actions_).open()

    def on_guide_triggered(self) -> None:
        help_texts.guide_dialog(self).open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
