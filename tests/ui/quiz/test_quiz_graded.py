"""An assessed quiz's result after the server grades it (issue #14,
"Quizzes"): the learner's window, a real sync service, the devserver and
PostgreSQL.  Offline it says it will be graded when online, "Grading…"
while the sync runs, then the grade with the points and the way on, and a
"quiz graded" notification arrives once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.publish.course import Publisher
from desktop.store.actions import learning
from desktop.sync.engine import SyncEngine
from desktop.sync.service import SyncService
from desktop.sync.states import SyncState, SyncStatus
from desktop.ui.operations.changes import Changes
from desktop.ui.operations.sync_bridge import SyncBridge
from desktop.ui.operations.tasks import TaskRunner
from desktop.ui.shell.learner_shell import LearnerShell
from tests.course_package.packages import SECOND_QUIZ
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.publish.test_publish import make_package


@pytest.fixture
def service() -> Iterator[tuple[SyncService, SyncBridge]]:
    bridge = SyncBridge()
    sync = SyncService(on_state=bridge.on_state, on_report=bridge.on_report, debounce_s=0.1)
    sync.start()
    yield sync, bridge
    sync.stop()


def test_the_result_follows_the_server_grade_with_a_notification(
    qtbot: QtBot,
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
    service: tuple[SyncService, SyncBridge],
) -> None:
    teacher = make_instructor()
    package = make_package(unique_slug, second_dot_quiz_dot_toml=SECOND_QUIZ)
    Publisher(teacher.client, teacher.id).publish(package)
    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, str(package.id))
    engine.run_cycle()
    lesson = str(package.lesson("second").id)

    sync, bridge = service
    runner = TaskRunner()
    shell = LearnerShell(learner.store, runner, confirm=False, sync=sync, bridge=bridge)
    qtbot.addWidget(shell.window)
    shell.window.show()
    sync.bind(learner.store, learner.auth)
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=20_000)

    shell.window.work_offline_toggled.emit(True)  # the learner takes it offline
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.OFFLINE, timeout=10_000)
    shell.open_quiz(lesson)
    qtbot.waitUntil(lambda: shell.window.current_page == "quiz", timeout=10_000)
    quiz = shell.quiz
    many, word = quiz.questions
    assert "All correct options needed" in many.prompt.text()
    many.set_answer(["a", "c"])
    word.set_answer("Hello")
    quiz.on_submit_clicked()
    assert quiz.result.text().startswith("Submitted — will be graded when you're online")

    seen: list[str] = []
    shown = quiz.set_sync_state

    def spy(state: SyncState) -> None:
        shown(state)
        seen.append(quiz.result.text())

    quiz.set_sync_state = spy  # type: ignore[method-assign]  # records every state's text
    shell.window.work_offline_toggled.emit(False)  # back online: the attempt is pushed
    qtbot.waitUntil(lambda: quiz.result.text().startswith("Graded:"), timeout=30_000)
    assert "Grading…" in seen, seen
    assert quiz.result.text() == "Graded: 2 of 2 points (100%). Passed ✓ — you earn 20 points"
    assert not quiz.way_on.isHidden()
    qtbot.waitUntil(lambda: "You passed this quiz" in quiz.mode_label.text(), timeout=5_000)
    assert quiz.way_on.text() == "&Next lesson: Third →"
    first = quiz.attempts_model.index(0).data()
    assert "2/2 (100%), passed" in first, first

    model = shell.notifications.model

    def graded_notices() -> list[str]:
        texts = [str(model.index(row).data()) for row in range(model.rowCount())]
        return [t for t in texts if "Quiz graded" in t]

    qtbot.waitUntil(lambda: len(graded_notices()) == 1, timeout=10_000)
    assert "Second: 2 of 2 points (100%), passed." in graded_notices()[0]
    engine.run_cycle()  # another cycle, as a second device or a retry would: one notice
    shell.refresh(Changes(notifications=True))
    runner.wait_for_done()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5_000)
    assert len(graded_notices()) == 1
    shell.lesson.leave()
    runner.wait_for_done()
