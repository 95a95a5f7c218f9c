"""Every Qt item model of the UI, filled by the learner's window from a real store,
passes Qt's model tester and lists exactly the rows the store holds."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

import desktop.ui
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course, Lesson, Notification, OutboxRow, QuizAttempt
from desktop.store.replica import replace_leaderboard
from desktop.ui.operations.changes import Changes
from desktop.ui.shell.learner_shell import LearnerShell
from tests.ui.helpers import loaded_cards
from tests.ui.item_models import ModelValidator, covered
from tests.ui.store_content import COURSE, L2, LEARNER, T0


def ui_item_models() -> list[type[QAbstractItemModel]]:
    found: set[type[QAbstractItemModel]] = set()
    for info in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QAbstractItemModel) and value.__module__ == info.name:
                found.add(value)
    return sorted(found, key=lambda c: c.__qualname__)


def test_every_item_model_of_the_ui_has_a_row_check() -> None:
    models = ui_item_models()
    assert len(models) >= 6  # the walk found the UI's models
    assert [m.__qualname__ for m in models if not covered(m)] == []


def test_the_catalogue_lists_the_stores_courses(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    loaded_cards(qtbot, shell.catalogue.model, 2)
    with store.db.read() as session:
        titles = sorted(session.exec(select(Course.title)))
    model_validator.check(shell.catalogue.model, titles, key=lambda card: card.title)


def test_the_course_page_lists_the_stores_lessons_in_order(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    shell.open_course(COURSE)
    qtbot.waitUntil(lambda: shell.course.lessons_model.rowCount() > 0)
    with store.db.read() as session:
        ids = list(
            session.exec(
                select(Lesson.id)
                .where(Lesson.course_id == COURSE)
                .order_by(col(Lesson.order_index))
            )
        )
    model_validator.check(shell.course.lessons_model, ids, key=lambda row: row.id)


def test_the_pending_page_lists_the_stores_outbox(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    shell.ops.set_enrolled(COURSE, True)
    qtbot.waitUntil(lambda: shell.pending.model.rowCount() == 1)
    with store.db.read() as session:
        seqs = [
            str(seq) for seq in session.exec(select(OutboxRow.seq).order_by(col(OutboxRow.seq)))
        ]
    model_validator.check(shell.pending.model, seqs, key=lambda change: change.id)


def test_the_notifications_page_lists_the_stores_notifications_newest_first(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    with store.db.transaction() as session:
        for i in range(3):
            session.add(
                Notification(
                    id=f"n-{i}",
                    user_id=LEARNER,
                    type="achievement",
                    title=f"Badge {i}",
                    message="Well done.",
                    created_at=T0.replace(hour=9 + i),
                )
            )
    shell.refresh(Changes(notifications=True))
    qtbot.waitUntil(lambda: shell.notifications.model.rowCount() == 3)
    with store.db.read() as session:
        ids = list(
            session.exec(select(Notification.id).order_by(col(Notification.created_at).desc()))
        )
    model_validator.check(shell.notifications.model, ids, key=lambda item: item.id)


def test_the_leaderboard_lists_the_stores_last_board_in_rank_order(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    board = [
        {"rank": 1, "username": "ana", "points": 90, "streak_days": 3, "is_self": False},
        {"rank": 2, "username": "sam", "points": 40, "streak_days": 1, "is_self": True},
        {"rank": 2, "username": "ben", "points": 40, "streak_days": 0, "is_self": False},
    ]
    replace_leaderboard(store, board)
    shell.refresh(Changes(dashboard=True))
    model = shell.dashboard.leaderboard_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    expected = [(row["rank"], row["username"], row["points"], row["is_self"]) for row in board]
    model_validator.check(
        model, expected, key=lambda row: (row.rank, row.name, row.points, row.is_me)
    )


def test_the_quiz_page_lists_the_stores_attempts(
    shell: LearnerShell, store: LearnerStore, model_validator: ModelValidator, qtbot: QtBot
) -> None:
    shell.open_quiz(L2)
    qtbot.waitUntil(lambda: shell.quiz.quiz is not None)
    shell.quiz.questions[0].set_answer("b")
    shell.quiz.questions[1].set_answer("filenotfounderror")
    shell.quiz.on_submit_clicked()
    qtbot.waitUntil(lambda: shell.quiz.attempts_model.rowCount() == 1)
    qtbot.waitUntil(lambda: shell.runner.running == 0)  # the attempt is written
    with store.db.read() as session:
        ids = list(session.exec(select(QuizAttempt.id).where(QuizAttempt.lesson_id == L2)))
    model_validator.check(shell.quiz.attempts_model, ids, key=lambda attempt: attempt.id)
