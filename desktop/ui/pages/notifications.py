"""Notifications from the server (achievements, course completions), marked read in-app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.ui.viewdata import NotificationItem
from desktop.ui.widgets import timefmt
from desktop.ui.widgets.accessible import make_heading
from desktop.ui.widgets.item_clicks import open_on_click

NotificationRole = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
_KIND_ICON = {"achievement": "★", "course_completion": "✔", "quiz_graded": "✎"}


class NotificationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NotificationItem] = []

    def set_notifications(self, rows: list[NotificationItem]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda n: n.created_at, reverse=True)
        self.endResetModel()

    def unread_ids(self) -> list[str]:
        return [n.id for n in self._rows if not n.is_read]

    def mark_read_locally(self, ids: set[str]) -> None:
        """Show them read at once; the store op confirms later."""
        for row, item in enumerate(self._rows):
            if item.id in ids and not item.is_read:
                self._rows[row] = NotificationItem(
                    item.id, item.kind, item.title, item.message, item.created_at, is_read=True
                )
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        when = timefmt.short(item.created_at)
        if role == Qt.ItemDataRole.DisplayRole:
            icon = _KIND_ICON.get(item.kind, "•")
            # the server's title and message (its words), a glyph and the time: no words of ours
            return f"{icon}  {item.title}\n{item.message}   ·   {when}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if item.is_read:
                text = self.tr("{title}. {message}. {when}, read")
            else:
                text = self.tr("{title}. {message}. {when}, unread")
            return text.format(title=item.title, message=item.message, when=when)
        if role == Qt.ItemDataRole.FontRole and not item.is_read:
            font = QFont()
            font.setBold(True)
            return font
        if role == NotificationRole:
            return item
        return None


class NotificationsView(QWidget):
    mark_read_requested = Signal(list)  # notification ids
    unread_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotificationModel(self)
        title = QLabel(self.tr("Notifications"), self)
        title.setObjectName("pageTitle")
        make_heading(title)
        self.mark_all = QPushButton(self.tr("Mark &all read"), self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setProperty("roomy", True)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.empty = QLabel(
            self.tr("Nothing new. Badges, graded quizzes and finished courses show up here."), self
        )
        self.empty.setObjectName("muted")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.mark_all.clicked.connect(self.on_mark_all_clicked)
        open_on_click(self.list, self.on_list_activated)

    def show_notifications(self, rows: list[NotificationItem]) -> None:
        self.model.set_notifications(rows)
        self.empty.setVisible(not rows)
        self._announce()

    def _announce(self) -> None:
        unread = len(self.model.unread_ids())
        self.mark_all.setEnabled(unread > 0)
        self.unread_changed.emit(unread)

    def _mark(self, ids: list[str]) -> None:
        if ids:
            self.model.mark_read_locally(set(ids))
            self.mark_read_requested.emit(ids)
            self._announce()

    def on_mark_all_clicked(self) -> None:
        self._mark(self.model.unread_ids())

    def on_list_activated(self, index: QModelIndex) -> None:
        item = index.data(NotificationRole)
        if isinstance(item, NotificationItem) and not item.is_read:
            self._mark([item.id])
