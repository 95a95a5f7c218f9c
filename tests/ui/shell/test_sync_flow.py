"""The app against a real devserver: sign up, pull the catalogue, enrol, sync, go offline."""

from __future__ import annotations

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from desktop.account.settings import SettingsError
from desktop.sync.states import SyncStatus
from desktop.ui.catalogue.model import CourseRole
from desktop.ui.operations.changes import Changes
from desktop.ui.shell.accounts import Accounts
from desktop.ui.shell.app_flow import AppFlow
from desktop.ui.viewdata import ChangeState, OfflineState
from devserver.server import DevServer
from tests.helpers.json_rows import json_rows
from tests.helpers.leaderboard import make_top_scorer
from tests.ui.app_flows import AppFlows, sign_up_through_dialog
from tests.ui.helpers import loaded_cards


@pytest.fixture
def accounts(app_flows: AppFlows) -> Accounts:
    return app_flows.accounts()


@pytest.fixture
def flow(app_flows: AppFlows, accounts: Accounts) -> AppFlow:
    return app_flows.open(accounts, start=False, synced=True, debounce_s=0.2, confirm=True)


def test_a_wrong_anon_key_is_refused_before_it_is_saved(
    healthy_devserver: DevServer,
    accounts: Accounts,
) -> None:
    with pytest.raises(SettingsError):
        accounts.use_server("http://127.0.0.1:9", healthy_devserver.anon_key)  # nothing there
    assert accounts.server() is None
    assert accounts.use_server(healthy_devserver.url + "/", healthy_devserver.anon_key) == (
        healthy_devserver.url.rstrip("/")
    )
    assert accounts.server() is not None


def test_sign_up_pull_enrol_and_sync_until_up_to_date(
    healthy_devserver: DevServer,
    accounts: Accounts,
    flow: AppFlow,
    qtbot: QtBot,
) -> None:
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow.start()
    sign_up_through_dialog(flow, qtbot, prefix="ui", full_name="Ui Learner")
    shell = flow.shell
    assert shell is not None
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=20_000)
    course_id = loaded_cards(qtbot, shell.catalogue.model)[0].id
    shell.ops.set_enrolled(course_id, True)
    qtbot.waitUntil(
        lambda: (
            status.state.status is SyncStatus.PENDING or status.state.status is SyncStatus.SYNCING
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(
        lambda: status.state.status is SyncStatus.UP_TO_DATE and status.state.pending == 0,
        timeout=20_000,
    )
    counts = shell.pending.model.counts
    qtbot.waitUntil(
        lambda: counts()[ChangeState.WAITING] == 0 and counts()[ChangeState.SENT] >= 1,
        timeout=10_000,
    )
    assert "Nothing waiting" in shell.pending.summary.text()
    shell.download(course_id)  # the course scope's pull brings every lesson body

    def offline_state() -> OfflineState | None:
        cards = [
            shell.catalogue.model.index(r).data(CourseRole)
            for r in range(shell.catalogue.model.rowCount())
        ]
        return next((c.offline_state for c in cards if c is not None and c.id == course_id), None)

    qtbot.waitUntil(lambda: offline_state() is OfflineState.AVAILABLE, timeout=30_000)
    shell.window.actions_.work_offline.trigger()
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.OFFLINE, timeout=5_000)
    shell.ops.set_enrolled(course_id, False)
    qtbot.waitUntil(lambda: counts()[ChangeState.WAITING] == 1, timeout=10_000)
    assert status.state.status is SyncStatus.OFFLINE  # nothing is sent while offline
    shell.window.actions_.work_offline.trigger()
    qtbot.waitUntil(
        lambda: status.state.status is SyncStatus.UP_TO_DATE and status.state.pending == 0,
        timeout=20_000,
    )


def test_leaving_the_leaderboard_from_settings_reaches_the_server(
    healthy_devserver: DevServer,
    accounts: Accounts,
    flow: AppFlow,
    qtbot: QtBot,
) -> None:
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow.start()
    sign_up_through_dialog(flow, qtbot, prefix="lb", full_name="Board Learner")
    shell, opened = flow.shell, flow.opened
    assert shell is not None
    assert opened is not None
    assert opened.session is not None
    session = opened.session
    settings = shell.settings
    qtbot.waitUntil(lambda: settings.data is not None, timeout=10_000)
    assert settings.opt_out.isEnabled()
    assert not settings.opt_out.isChecked()
    # other tests' learners share the server: only a top scorer surely makes the board
    make_top_scorer(healthy_devserver.db_url, opened.profile.user_id)

    def listed() -> bool:
        """On the board, where a top scorer must be: its first row."""
        rows = json_rows(
            session.client().rpc("get_leaderboard", {"limit_count": 100}).execute().data
        )
        own = [i for i, row in enumerate(rows) if row["is_self"]]
        assert own in ([], [0]), f"the top scorer is listed at rows {own}"
        return bool(own)

    assert listed()
    settings.opt_out.setChecked(True)
    qtbot.waitUntil(
        lambda: settings.opt_out_status.text() == "You're off the leaderboard.", timeout=10_000
    )
    assert settings.opt_out.isChecked()
    assert settings.opt_out.isEnabled()
    assert not listed()

    shell.window.actions_.work_offline.trigger()
    settings.opt_out.setChecked(False)  # try to come back while offline
    assert "You're offline — change this when you're back online" in (
        settings.opt_out_status.text()
    )
    assert settings.opt_out.isChecked()  # nothing changed, and the box says so
    assert not listed()


def test_a_server_that_accepts_but_never_answers_is_shown_within_seconds(
    healthy_devserver: DevServer,
    accounts: Accounts,
    flow: AppFlow,
    qtbot: QtBot,
) -> None:
    # with the app's own timeouts: no shortcut, the learner's wait is the test's wait
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow.start()
    sign_up_through_dialog(flow, qtbot, prefix="hung", full_name="Hung Server")
    shell = flow.shell
    assert shell is not None
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=20_000)
    # the server still accepts connections but answers nothing for a minute
    healthy_devserver.faults.latency_ms = 60_000
    shell.window.actions_.sync_now.trigger()
    qtbot.waitUntil(
        lambda: status.text.text().startswith("Server not responding — retrying in "),
        timeout=40_000,
    )
    # (the wait is the app's 12 s read timeout, tests/account/test_http_client.py)
    assert "Syncing" not in status.text.text()
    assert not status.retry.isVisible()  # it retries by itself
    healthy_devserver.faults.latency_ms = 0
    shell.window.actions_.sync_now.trigger()
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=20_000)


def test_a_sync_that_brings_only_a_notification_leaves_the_catalogue_alone(
    healthy_devserver: DevServer,
    accounts: Accounts,
    flow: AppFlow,
    qtbot: QtBot,
) -> None:
    accounts.use_server(healthy_devserver.url, healthy_devserver.anon_key)
    flow.start()
    sign_up_through_dialog(flow, qtbot, prefix="nt", full_name="Note Learner")
    shell, opened, bridge = flow.shell, flow.opened, flow.bridge
    assert shell is not None
    assert opened is not None
    assert bridge is not None
    status = shell.window.sync_status
    qtbot.waitUntil(lambda: shell.catalogue.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: status.state.status is SyncStatus.UP_TO_DATE, timeout=20_000)
    qtbot.waitUntil(lambda: flow.runner.running == 0, timeout=10_000)
    reloads: list[int] = []
    shell.catalogue.reloaded.connect(lambda: reloads.append(1))
    synced: list[Changes] = []
    bridge.synced.connect(synced.append)
    with psycopg.connect(healthy_devserver.db_url, autocommit=True) as conn:
        conn.execute(
            "insert into public.notifications (user_id, type, title, message) "
            "values (%s, 'announcement', 'Class moved', 'Room 4 today.')",
            (opened.profile.user_id,),
        )
    shell.on_window_sync_requested()
    qtbot.waitUntil(lambda: shell.notifications.model.rowCount() == 1, timeout=20_000)
    assert synced, "the notification came with a sync cycle"
    assert synced[-1].notifications
    assert not synced[-1].catalogue
    assert reloads == []  # the catalogue was not read again for a cycle that did not touch it
