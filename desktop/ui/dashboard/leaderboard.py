"""The leaderboard as a table model (cached rows; the learner's own row marked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont

from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.viewdata import LeaderboardRow
from desktop.ui.widgets.rows_model import ModelIndex, RowsTableModel


class LeaderboardModel(RowsTableModel[LeaderboardRow]):
    # in English, translated where shown (``headerData``)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("LeaderboardModel", "#")),
        str(QT_TRANSLATE_NOOP("LeaderboardModel", "Learner")),
        str(QT_TRANSLATE_NOOP("LeaderboardModel", "Points")),
    )

    def set_rows(self, rows: tuple[LeaderboardRow, ...] | list[LeaderboardRow]) -> None:
        self.replace_rows(sorted(rows, key=lambda r: r.rank))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = super().headerData(section, orientation, role)
        if isinstance(header, str):
            return translate("LeaderboardModel", header)  # marked above (QT_TRANSLATE_NOOP)
        return header

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.tr("{name} (you)").format(name=row.name) if row.is_me else row.name
            return (i18n.number(row.rank), name, i18n.number(row.points))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            # the row in one sentence where a reader starts it; other cells as shown
            return self.tr("Rank {rank}, {name}, %Ln point(s)", "", row.points).format(
                rank=i18n.number(row.rank), name=row.name
            )
        return None
