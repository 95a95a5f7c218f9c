from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.store.reads import ChangeWhat, LessonRef
from desktop.ui.pages.notifications import NotificationModel, NotificationsView
from desktop.ui.pages.pending import PendingModel, PendingView, describe_change
from desktop.ui.pages.settings import SettingsView, mask_key
from desktop.ui.viewdata import ChangeState, LearnerProfile, PendingChange, SettingsData
from tests.samples.sample_content import NOW, sample_notifications, sample_pending


def test_notification_and_pending_models_pass_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    notifications = NotificationModel()
    notifications.set_notifications(sample_notifications())
    qtmodeltester.check(notifications)
    pending = PendingModel()
    pending.set_changes(sample_pending())
    qtmodeltester.check(pending)


def test_opening_a_notification_marks_it_read(qtbot: QtBot) -> None:
    view = NotificationsView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.unread_changed) as unread:
        view.show_notifications(sample_notifications())
    assert unread.args == [1]
    assert view.model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    with qtbot.waitSignal(view.mark_read_requested) as blocker:
        view.on_list_activated(view.model.index(0))
    assert blocker.args == [["n1"]]
    assert view.model.unread_ids() == []
    assert not view.mark_all.isEnabled()
    assert "read" in view.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_pending_changes_read_in_the_learners_words_with_reasons(qtbot: QtBot) -> None:
    view = PendingView()
    qtbot.addWidget(view)
    view.show_changes(sample_pending())
    texts = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Lesson 3 “Introduction to Python” completed" in texts
    assert "20 min of study, Lesson 3 “Introduction to Python”" in texts
    states = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert "Rejected: Course is no longer published" in states
    assert view.model.counts()[ChangeState.WAITING] == 2
    assert view.summary.text().startswith("2 waiting to sync")
    assert "could not be accepted" in view.summary.text()
    assert view.save_button.isEnabled()  # waiting work can be saved to a file
    refused = [c for c in sample_pending() if c.state is ChangeState.REJECTED]
    view.show_changes(refused)
    assert view.summary.text().startswith(f"Nothing waiting. {len(refused)} could not be accepted")
    assert not view.save_button.isEnabled()
    view.show_changes([])
    assert "Nothing waiting" in view.summary.text()


LESSON = LessonRef(3, "Fractions")


@pytest.mark.parametrize(
    ("what", "words"),
    [
        (ChangeWhat("enrollment.set", course_title="Maths"), "Enrolled in “Maths”"),
        (ChangeWhat("enrollment.set"), "Enrolled in a course"),
        (ChangeWhat("enrollment.set", course_title="Maths", enrolled=False), "Left “Maths”"),
        (ChangeWhat("enrollment.set", enrolled=False), "Left a course"),
        (ChangeWhat("progress.open", LESSON), "Opened Lesson 3 “Fractions”"),
        (ChangeWhat("progress.open"), "Opened a lesson"),
        (ChangeWhat("progress.section", LESSON, percent=40), "Progress in Lesson 3 “Fractions”"),
        (ChangeWhat("progress.section"), "Progress in a lesson"),
        (
            ChangeWhat("progress.time", LESSON, seconds=300),
            "5 min of study, Lesson 3 “Fractions”",
        ),
        (ChangeWhat("progress.time", seconds=40), "40 s of study, a lesson"),
        (
            ChangeWhat("progress.time", LESSON, seconds=3900),
            "1 h 5 min of study, Lesson 3 “Fractions”",
        ),
        (ChangeWhat("progress.complete", LESSON), "Lesson 3 “Fractions” completed"),
        (ChangeWhat("progress.complete"), "a lesson completed"),
        (ChangeWhat("quiz.submit", LESSON), "Quiz attempt, Lesson 3 “Fractions”"),
        (ChangeWhat("quiz.submit"), "Quiz attempt, a lesson"),
        (ChangeWhat("rating.set", course_title="Maths", rating=4), "Rated “Maths” 4/5"),
        (ChangeWhat("rating.set", rating=2), "Rated a course 2/5"),
        (ChangeWhat("notification.read"), "Notification marked as read"),
        (ChangeWhat("badge.polish"), "Change of kind badge.polish"),
    ],
)
def test_each_kind_of_change_is_worded_by_the_pending_page(
    qtbot: QtBot, what: ChangeWhat, words: str
) -> None:
    assert describe_change(what) == words
    model = PendingModel()
    model.set_changes([PendingChange("1", what, NOW)])
    index = model.index(0, 0)
    assert index.data() == words
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"{words}, Waiting"


def _settings() -> SettingsData:
    learner = LearnerProfile(
        "u1", "sam", "Sam Learner", "http://127.0.0.1:54321", pending_changes=3
    )
    return SettingsData(
        "http://127.0.0.1:54321",
        "eyJhbGciOiJIUzI1NiJ9.demo.signature",
        learner,
        "/home/sam/.local/share/Lantern",
    )


def test_settings_show_the_server_without_revealing_the_key(qtbot: QtBot) -> None:
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_settings(_settings())
    assert view.anon_key.text() == mask_key(_settings().anon_key)
    assert "demo" not in view.anon_key.text()
    assert view.learner_user.text() == "sam"


def test_signing_out_with_unsent_work_says_how_much_is_kept(qtbot: QtBot) -> None:
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_settings(_settings())
    question = view.sign_out_question()
    assert "3 changes haven't reached the server yet" in question
    assert "stay on this computer for Sam Learner" in question
    with qtbot.waitSignal(view.sign_out_requested):
        qtbot.mouseClick(view.sign_out, Qt.MouseButton.LeftButton)


def test_leaderboard_opt_out_is_reported_and_guests_cannot_sign_out(qtbot: QtBot) -> None:
    view = SettingsView(confirm=False)
    qtbot.addWidget(view)
    view.show_settings(_settings())
    with qtbot.waitSignal(view.leaderboard_opt_out_changed) as blocker:
        view.opt_out.click()
    assert blocker.args == [True]
    learner = _settings().learner
    assert learner is not None
    guest = replace(learner, is_guest=True)
    view.show_settings(replace(_settings(), learner=guest))
    assert not view.sign_out.isEnabled()
