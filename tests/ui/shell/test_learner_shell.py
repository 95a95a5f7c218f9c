from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.actions import learning
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Notification
from desktop.sync.states import SyncStatus
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.course.lesson_list import LessonRole, describe_lesson
from desktop.ui.operations.changes import Changes
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import ChangeState
from desktop.ui.widgets.timefmt import duration
from tests.ui.helpers import loaded_cards
from tests.ui.store_content import COURSE, L1, L2, LEARNER, T0


def _open_course(qtbot: QtBot, shell: LearnerShell) -> None:
    cards = loaded_cards(qtbot, shell.catalogue.model)
    shell.catalogue.course_activated.emit(next(c.id for c in cards if c.id == COURSE))
    qtbot.waitUntil(lambda: shell.window.current_page == "course")


def _lesson_row(shell: LearnerShell, row: int):  # type: ignore[no-untyped-def]
    return shell.course.lessons_model.index(row).data(LessonRole)


def test_catalogue_lists_the_stores_courses_and_filters_them(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    model = shell.catalogue.model
    loaded_cards(qtbot, model, 2)
    shell.catalogue.search.setText("pyth")
    shell.catalogue.apply_filters()
    card = loaded_cards(qtbot, model, 1)[0]
    assert (card.title, card.instructor) == ("Introduction to Python", "Amara Okafor")
    assert shell.catalogue.count_label.text() == "1 course"
    shell.catalogue.search.clear()
    qtbot.waitUntil(lambda: shell.catalogue.difficulty.count() == 4)
    shell.catalogue.difficulty.setCurrentIndex(shell.catalogue.difficulty.findData("advanced"))
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == 1
            and model.index(0).data(CourseRole) is not None
            and model.index(0).data(CourseRole).title == "Statistics for Beginners"
        )
    )


def test_enrolling_queues_a_change_and_shows_it_waiting(shell: LearnerShell, qtbot: QtBot) -> None:
    _open_course(qtbot, shell)
    assert _lesson_row(shell, 1).locked_by == ("Why Python?",)
    qtbot.mouseClick(shell.course.enroll, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.course.course is not None and shell.course.course.is_enrolled)
    qtbot.waitUntil(lambda: shell.pending.model.rowCount() == 1)
    assert shell.pending.model.counts()[ChangeState.WAITING] == 1
    qtbot.waitUntil(lambda: shell.window.sync_status.state.status is SyncStatus.PENDING)
    assert shell.window.sync_status.state.pending == 1
    shell.window.actions_.work_offline.trigger()
    qtbot.waitUntil(lambda: shell.window.sync_status.state.status is SyncStatus.OFFLINE)
    assert "1 change saved on this computer" in shell.window.sync_status.text.text()


def test_completing_a_lesson_unlocks_the_next(shell: LearnerShell, qtbot: QtBot) -> None:
    _open_course(qtbot, shell)
    qtbot.mouseClick(shell.course.enroll, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.course.course is not None and shell.course.course.is_enrolled)
    shell.course.lesson_opened.emit(L1)
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    assert shell.lesson.title.text() == "Why Python?"
    qtbot.mouseClick(shell.lesson.complete, Qt.MouseButton.LeftButton)
    shell.window.go_back()
    qtbot.waitUntil(lambda: _lesson_row(shell, 0).completed)
    qtbot.waitUntil(lambda: not _lesson_row(shell, 1).is_locked)
    assert shell.course.progress.value() == 33


def test_quiz_attempt_is_stored_graded_and_reaches_the_dashboard(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    shell.open_quiz(L2)
    qtbot.waitUntil(lambda: shell.window.current_page == "quiz")
    assert shell.quiz.quiz is not None
    assert shell.quiz.quiz.answer_keys is not None
    shell.quiz.questions[0].set_answer("b")
    shell.quiz.questions[1].set_answer(" filenotfounderror ")
    shell.quiz.on_submit_clicked()
    assert "2 of 2 points (100%)" in shell.quiz.result.text()
    qtbot.waitUntil(lambda: shell.dashboard.score_chart.points != [])
    assert shell.dashboard.score_chart.points[-1][1] == 1.0
    qtbot.waitUntil(
        lambda: any(
            "Quiz" in shell.pending.model.index(r, 0).data()
            for r in range(shell.pending.model.rowCount())
        )
    )
    qtbot.waitUntil(lambda: len(shell.quiz.attempts_model.attempts()) == 1)
    assert shell.quiz.attempts_model.attempts()[0].score == 2


def test_notifications_from_the_store_are_marked_read(
    shell: LearnerShell, store: LearnerStore, qtbot: QtBot
) -> None:
    with store.db.transaction() as session:
        session.add(
            Notification(
                id="n-1",
                user_id=LEARNER,
                type="achievement",
                title="Badge earned: First steps",
                message="Well done.",
                created_at=T0,
            )
        )
    from desktop.ui.operations.changes import Changes

    shell.refresh(Changes(notifications=True))
    qtbot.waitUntil(lambda: shell.notifications.model.rowCount() == 1)
    assert shell.window.nav.item(2).text() == "Notifications  (1)"
    qtbot.mouseClick(shell.notifications.mark_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store_reads_unread(store) == 0)
    assert shell.window.nav.item(2).text() == "Notifications"


def store_reads_unread(store: LearnerStore) -> int:
    from desktop.ui.operations.reads import notifications

    return sum(1 for n in notifications(store) if not n.is_read)


def test_a_lesson_whose_only_section_is_read_shows_its_progress(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    _open_course(qtbot, shell)
    qtbot.mouseClick(shell.course.enroll, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.course.course is not None and shell.course.course.is_enrolled)
    assert _lesson_row(shell, 0).progress == 0.0
    shell.course.lesson_opened.emit(L1)  # one short section: read without scrolling
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    qtbot.waitUntil(lambda: "✓" in shell.lesson.contents.item(0).text())
    shell.lesson.on_sections_flush_due()
    shell.window.go_back()
    qtbot.waitUntil(lambda: _lesson_row(shell, 0).progress == 1.0)
    assert not _lesson_row(shell, 0).completed  # read is not completed: that is a choice
    assert "100% read" in describe_lesson(_lesson_row(shell, 0))


def test_time_on_a_lesson_reads_as_the_pending_list_says_it(
    shell: LearnerShell, store: LearnerStore, qtbot: QtBot
) -> None:
    learning.record_time_spent(store, L1, 40)
    learning.record_time_spent(store, L1, 50)
    shell.refresh(Changes(outbox=True))
    qtbot.waitUntil(lambda: shell.pending.model.rowCount() == 2)
    listed = [shell.pending.model.index(r, 0).data() for r in range(2)]
    assert listed == [f"{duration(s)} of study, Lesson 1 “Why Python?”" for s in (40, 50)]
    assert duration(40) == "40 s"  # under a minute is not "0 min" nor "1 min"
    shell.open_lesson(L1)
    qtbot.waitUntil(lambda: shell.window.current_page == "lesson")
    qtbot.waitUntil(
        lambda: shell.lesson.time_label.text().startswith(f"Time on this lesson: {duration(90)}")
    )
    assert (duration(0), duration(90), duration(3600 + 5 * 60)) == ("0 min", "1 min", "1 h 5 min")


def test_the_notifications_page_does_not_reload_after_marking_its_own_rows_read(
    shell: LearnerShell, store: LearnerStore, qtbot: QtBot
) -> None:
    with store.db.transaction() as session:
        for n in (1, 2):
            session.add(
                Notification(
                    id=f"n-{n}",
                    user_id=LEARNER,
                    type="achievement",
                    title=f"Badge {n}",
                    message="Well done.",
                    created_at=T0,
                )
            )
    shell.refresh(Changes(notifications=True))
    qtbot.waitUntil(lambda: shell.notifications.model.rowCount() == 2)
    resets: list[int] = []
    shell.notifications.model.modelReset.connect(lambda: resets.append(1))
    pending = shell.pending.model.counts
    qtbot.mouseClick(shell.notifications.mark_all, Qt.MouseButton.LeftButton)
    # the op's refresh has run once the pending page lists the two queued reads
    qtbot.waitUntil(lambda: pending()[ChangeState.WAITING] == 2)
    assert store_reads_unread(store) == 0
    assert resets == []  # the page showed them read itself; no second read of the store
    assert shell.notifications.model.unread_ids() == []
