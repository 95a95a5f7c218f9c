"""The leaderboard as a table model (cached rows; the learner's own row marked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.ui.viewdata import LeaderboardRow
from desktop.ui.widgets.rows_model import ModelIndex, RowsTableModel


class LeaderboardModel(RowsTableModel[LeaderboardRow]):
    HEADERS = ("#", "Learner", "Points")

    def set_rows(self, rows: tuple[LeaderboardRow, ...] | list[LeaderboardRow]) -> None:
        self.replace_rows(sorted(rows, key=lambda r: r.rank))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            name = f"{row.name} (you)" if row.is_me else row.name
            return (str(row.rank), name, f"{row.points:,}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Rank {row.rank}, {row.name}, {row.points} points"
        return None
