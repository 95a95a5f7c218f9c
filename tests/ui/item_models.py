"""Checks for the UI's Qt item models: Qt's own model tester, then the rows.

The ``model_validator`` fixture (tests/ui/conftest.py) runs pytest-qt's
``qtmodeltester`` on a model (row counts, parents, indexes, data for every
role, signals while it changes) and then compares the objects behind its rows
with what the test read from the store, so a model that shows stale, missing
or reordered rows fails even when Qt finds nothing wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel

from desktop.ui.catalogue.model import CatalogueModel, CourseRole
from desktop.ui.course.lesson_list import LessonListModel, LessonRole
from desktop.ui.pages.notifications import NotificationModel, NotificationRole
from desktop.ui.quiz.attempts import AttemptListModel, AttemptRole
from desktop.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:  # importing it early would read pytest-qt's Qt API before it is chosen
    from pytestqt.modeltest import ModelTester

# The role each list model hands its row object out under; a table built on
# RowsTableModel gives it by row_at().  A new model of the UI goes here (the
# test in tests/ui/shell/test_item_models.py says so when one is missing).
ROW_ROLES: dict[type[QAbstractItemModel], int] = {
    CatalogueModel: CourseRole,
    LessonListModel: LessonRole,
    AttemptListModel: AttemptRole,
    NotificationModel: NotificationRole,
}


def covered(model_class: type[QAbstractItemModel]) -> bool:
    return model_class in ROW_ROLES or issubclass(model_class, RowsTableModel)


def rows_of(model: QAbstractItemModel) -> list[Any]:
    """The objects behind the model's rows, top to bottom."""
    count = model.rowCount()
    if isinstance(model, RowsTableModel):
        return [model.row_at(model.index(row, 0)) for row in range(count)]
    role = ROW_ROLES.get(type(model))
    assert role is not None, f"{type(model).__name__}: add its row role to ROW_ROLES"
    return [model.index(row, 0).data(role) for row in range(count)]


class ModelValidator:
    def __init__(self, tester: ModelTester) -> None:
        self.tester = tester

    def check(
        self,
        model: QAbstractItemModel,
        expected: Sequence[object],
        key: Callable[[Any], object] = lambda row: row,
    ) -> None:
        """Qt's model checks on ``model``, then ``key`` of each of its rows must be
        ``expected``, in order (what the store says the page should list)."""
        self.tester.check(model)
        shown = [key(row) for row in rows_of(model)]
        assert shown == list(expected), f"{type(model).__name__} lists {shown}, not {expected}"
