from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.reads.pending_view import pending_changes
from desktop.store.replica.content import upsert_catalogue
from desktop.sync.states import SyncState, SyncStatus
from desktop.ui.shell.app_flow import AppFlow
from tests.ui.app_flows import AppFlows
from tests.ui.helpers import loaded_cards
from tests.ui.store_content import COURSE, content


@pytest.fixture
def flow(app_flows: AppFlows) -> AppFlow:
    return app_flows.open()


def test_a_guest_studies_the_bundled_sample_course(flow: AppFlow, qtbot: QtBot) -> None:
    dialog = flow.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.continue_button.isEnabled()  # nobody has used this laptop yet
    qtbot.mouseClick(dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: flow.shell is not None and flow.shell.window.isVisible(), timeout=10_000
    )
    assert flow.shell is not None
    cards = loaded_cards(qtbot, flow.shell.catalogue.model)
    assert cards[0].title
    qtbot.waitUntil(lambda: flow.shell is not None and flow.shell.settings.data is not None)
    settings = flow.shell.settings
    assert settings.learner_user.text().startswith("Guest")
    assert not settings.sign_out.isEnabled()
    status = flow.shell.window.sync_status
    status.show_status(SyncState(SyncStatus.UP_TO_DATE))  # what the service says of no session
    assert status.text.text() == "Guest: your work stays on this computer and is never synced"
    assert "Up to date" not in status.text.text()
    assert status.sign_in.isVisible()
    # the guest's work is recorded, but never sent: no "Pending changes (1)" count
    shell = flow.shell
    shell.ops.set_enrolled(str(cards[0].id), True)
    qtbot.waitUntil(lambda: shell.pending.model.rowCount() == 1)
    nav = shell.window.nav
    titles = [nav.item(row).text() for row in range(nav.count())]
    assert "Pending changes" in titles
    assert not any(title.startswith("Pending changes  (") for title in titles)


def test_switching_learner_closes_the_window_and_its_store(flow: AppFlow, qtbot: QtBot) -> None:
    assert flow.dialog is not None
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)
    first = flow.opened
    assert first is not None
    flow.shell.window.actions_.switch_learner.trigger()  # type: ignore[union-attr]
    assert flow.dialog is not None
    assert flow.dialog.isVisible()
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.opened is not None and flow.opened is not first, timeout=10_000)
    assert flow.shell is not None
    assert loaded_cards(qtbot, flow.shell.catalogue.model)


def test_clearing_local_data_removes_the_learners_database(flow: AppFlow, qtbot: QtBot) -> None:
    assert flow.dialog is not None
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)
    db = flow.accounts.profiles.guest_db_path()
    assert db.exists()
    flow.shell.settings.clear_data_requested.emit()  # type: ignore[union-attr]
    assert not db.exists()
    assert flow.shell is None
    assert flow.dialog is not None
    assert flow.dialog.isVisible()


def test_a_second_learner_never_sees_the_firsts_unsent_work(flow: AppFlow, qtbot: QtBot) -> None:
    profiles = flow.accounts.profiles
    ana, ben = "a2222222-2222-4222-8222-222222222222", "b3333333-3333-4333-8333-333333333333"
    for user_id, name in ((ana, "Ana Lima"), (ben, "Ben Okoro")):
        profiles.remember(user_id, f"{name.split()[0].lower()}@example.org", name, "")
        store, _recovery = profiles.open_learner(user_id)
        upsert_catalogue(store, content())
        store.close()
    assert flow.dialog is not None
    flow.dialog.refresh_learners()
    names = [flow.dialog.learners.item(i).text() for i in range(flow.dialog.learners.count())]
    assert any("Ana Lima" in n for n in names)
    assert any("Ben Okoro" in n for n in names)

    def continue_as(user_id: str) -> None:
        dialog = flow.dialog
        assert dialog is not None
        row = next(
            i
            for i in range(dialog.learners.count())
            if dialog.learners.item(i).data(Qt.ItemDataRole.UserRole) == user_id
        )
        dialog.learners.setCurrentRow(row)
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: flow.opened is not None and flow.opened.profile.user_id == user_id,
            timeout=10_000,
        )

    continue_as(ana)
    assert flow.shell is not None
    flow.shell.ops.set_enrolled(COURSE, True)
    qtbot.waitUntil(lambda: flow.shell is not None and flow.shell.pending.model.rowCount() == 1)
    flow.shell.window.actions_.switch_learner.trigger()
    flow.dialog.refresh_learners()
    continue_as(ben)
    shell = flow.shell
    assert shell is not None
    qtbot.waitUntil(
        lambda: shell.window.sync_status.state.pending == 0 and shell.pending.summary.text() != ""
    )
    assert shell.pending.model.rowCount() == 0  # Ana's enrolment stays Ana's
    ana_store, _recovery = profiles.open_learner(ana)
    try:
        assert len(pending_changes(ana_store)) == 1  # and it is kept for her
    finally:
        ana_store.close()


def test_signing_out_from_the_menu_says_what_is_unsent_and_keeps_it(
    flow: AppFlow, qtbot: QtBot
) -> None:
    profiles = flow.accounts.profiles
    ana = "a2222222-2222-4222-8222-222222222222"
    profiles.remember(ana, "ana@example.org", "Ana Lima", "")
    store, _recovery = profiles.open_learner(ana)
    upsert_catalogue(store, content())
    store.close()
    assert flow.dialog is not None
    flow.dialog.refresh_learners()
    qtbot.mouseClick(flow.dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)
    shell = flow.shell
    assert shell is not None
    shell.ops.set_enrolled(COURSE, True)
    qtbot.waitUntil(lambda: shell.pending.model.rowCount() == 1)
    flow.runner.submit(flow._settings_data, on_success=shell.settings.show_settings)
    qtbot.waitUntil(
        lambda: (
            shell.settings.data is not None
            and shell.settings.data.learner is not None
            and shell.settings.data.learner.pending_changes == 1
        )
    )
    assert "1 change hasn't reached the server yet" in shell.settings.sign_out_question()
    shell.window.actions_.sign_out.trigger()
    qtbot.waitUntil(
        lambda: flow.shell is None and flow.dialog is not None and flow.dialog.isVisible()
    )
    assert profiles.locks.is_locked(ana)  # her password (or PIN) opens her data again
    profiles.locks.unlock(ana)  # as her next sign-in does
    kept, _recovery = profiles.open_learner(ana)
    try:
        assert len(pending_changes(kept)) == 1
    finally:
        kept.close()


def test_the_window_shown_at_start_up_becomes_the_learners_window(
    app_flows: AppFlows, qtbot: QtBot
) -> None:
    from desktop.ui.shell.window_first import loading_window

    early = loading_window()
    early.show()
    flow = app_flows.open(window=early)
    assert early.statusBar().currentMessage() == "Sign in to open your courses."
    assert flow.dialog is not None
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)
    assert flow.shell is not None
    assert flow.shell.window is early
    assert loaded_cards(qtbot, flow.shell.catalogue.model)
    assert flow.early_window is None  # a later learner gets a window of their own


def test_a_lesson_page_knows_its_course_and_neighbours(flow: AppFlow, qtbot: QtBot) -> None:
    from desktop.course_package.sample import load_sample_course

    package = load_sample_course().package
    assert package is not None
    assert flow.dialog is not None
    qtbot.mouseClick(flow.dialog.guest, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.shell is not None, timeout=10_000)
    assert flow.shell is not None
    first, second = package.lessons[0], package.lessons[1]
    flow.shell.open_lesson(str(first.id))
    view = flow.shell.lesson
    qtbot.waitUntil(lambda: view.lesson is not None and view.lesson.id == str(first.id))
    assert view.lesson is not None
    assert view.lesson.course_title == package.title
    assert view.lesson.previous is None
    assert view.lesson.next is not None
    assert view.lesson.next.title == second.title
    assert not view.lesson.others_completed
    with qtbot.waitSignal(view.lesson_requested):
        view.next.setEnabled(True)
        view.next.click()
    qtbot.waitUntil(lambda: view.lesson is not None and view.lesson.id == str(second.id))
    assert view.lesson.previous is not None
    assert view.lesson.previous.id == str(first.id)
