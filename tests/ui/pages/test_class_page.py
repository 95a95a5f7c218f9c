"""The teacher's Class page over a real store holding a class (tests/samples/sample_class.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.store.db.learner_store import LearnerStore
from desktop.store.db.profiles import ProfileDirectory
from desktop.store.replica import forget_class
from desktop.store.replica.content import CatalogueContent, upsert_catalogue
from desktop.ui.operations import reads as store_reads
from desktop.ui.operations.changes import Changes
from desktop.ui.pages.class_page import ClassPage, LearnersModel
from desktop.ui.shell.learner_shell import LearnerShell
from desktop.ui.viewdata import ClassPageData
from tests.samples.sample_class import (
    ADA,
    BO,
    CARMEN,
    DAWIT,
    EMMA,
    MISSED_PROMPT,
    TAUGHT,
    TAUGHT_TITLE,
    WRITING,
    pull_class,
    sample_class,
    taught_course,
)

OTHER = "c3000000-0000-4000-8000-0000000000ff"
TEACHER = "5a000000-0000-4000-8000-000000000001"


@pytest.fixture
def teacher_store(tmp_path: Path) -> Iterator[LearnerStore]:
    store, _recovery = ProfileDirectory(tmp_path / "data").open_learner(TEACHER)
    sample_class(store, datetime.now(UTC))
    yield store
    store.close()


@pytest.fixture
def page(qtbot: QtBot, teacher_store: LearnerStore) -> ClassPage:
    view = ClassPage()
    qtbot.addWidget(view)
    view.show_class(store_reads.class_page(teacher_store))
    view.resize(1100, 800)
    view.show()
    return view


def _column(page: ClassPage, column: int) -> list[str]:
    proxy = page.learners_proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def test_the_models_pass_qts_model_checks(page: ClassPage, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(page.learners_model)
    qtmodeltester.check(page.lessons_model)
    page.select_learner(BO)
    qtmodeltester.check(page.cells_model)


def test_the_class_reads_as_of_its_sync_with_each_learner_in_words(page: ClassPage) -> None:
    assert page.heading.text() == f"{TAUGHT_TITLE} — class"
    assert page.as_of.text().startswith("As of ")
    assert page.as_of.text().endswith("6 learners")
    names = _column(page, 0)
    # sorted by name, the one without a full name by username; the one who left is gone
    assert names == [
        "Ada Lovelace",
        "Bo Chen",
        "Carmen Díaz",
        "Dawit Bekele",
        "Emma Novak",
        "farid",
    ]
    helped = dict(zip(names, _column(page, LearnersModel.HELP_COLUMN), strict=True))
    assert helped["Bo Chen"] == "Needs help: failed “Writing safely” twice"
    assert helped["Carmen Díaz"] == "Needs help: inactive for 9 days"
    assert helped["Dawit Bekele"] == "Needs help: not started, enrolled 12 days ago"
    assert helped["Ada Lovelace"] == helped["Emma Novak"] == ""
    assert _column(page, 1)[0] == "3 of 4"
    assert _column(page, 5) == ["70", "20", "0", "0", "80", "20"]
    # meaning is in the words: the flag is bold as well as coloured
    bo = page.learners_proxy.index(1, LearnersModel.HELP_COLUMN)
    assert bo.data(Qt.ItemDataRole.FontRole).bold()
    assert "7 days" in page.rule.text()
    assert "twice" in page.rule.text()
    assert page.left.isVisibleTo(page)
    assert page.left.text() == "1 learner left the course."


def test_each_lesson_says_its_completion_its_quiz_and_the_question_most_missed(
    page: ClassPage,
) -> None:
    model = page.lessons_model
    rows = [[str(model.index(r, c).data()) for c in range(7)] for r in range(model.rowCount())]
    assert [row[0] for row in rows] == [
        "Opening a file",
        "Reading line by line",
        "Writing safely",
        "Errors and exceptions",
    ]
    writing = rows[2]
    assert writing[1:5] == ["2 of 6", "43%", "3 of 6", "2 of 6"]
    assert writing[6] == f"Missed in 3 of 5 attempts: “{MISSED_PROMPT}”"
    assert rows[1][3] == "No quiz"
    # the practice quiz's questions are not on this computer: said so, not a blank
    assert rows[3][6] == "Missed in 2 of 3 attempts: a question not on this computer"
    tip = model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Writing safely — assessed quiz"


def test_a_selected_learner_shows_their_lessons_and_stays_selected_after_a_refresh(
    page: ClassPage, teacher_store: LearnerStore
) -> None:
    assert not page.cells_table.isVisibleTo(page)
    assert page.cells_hint.isVisibleTo(page)
    assert page.select_learner(BO)
    assert page.cells_title.text() == "Lessons of Bo Chen"
    cells = page.cells_model
    writing = [str(cells.index(2, c).data()) for c in range(7)]
    assert writing == [
        "Writing safely",
        "60%",
        "50 min",
        writing[3],
        "2",
        "2 of 3 (67%)",
        "Not yet",
    ]
    assert str(cells.index(3, 1).data()) == "Not started"
    page.show_class(store_reads.class_page(teacher_store))  # a sync brought the class again
    learner = page.selected_learner()
    assert learner is not None
    assert learner.user_id == BO
    assert page.cells_table.isVisibleTo(page)


def test_a_learner_who_leaves_leaves_the_page_and_their_lessons_with_them(
    page: ClassPage, teacher_store: LearnerStore
) -> None:
    page.select_learner(BO)
    pull_class(
        teacher_store,
        TAUGHT,
        enrollments=[
            {
                "id": "e" + BO[1:],
                "user_id": BO,
                "course_id": TAUGHT,
                "status": "unenrolled",
                "enrolled_at": "2026-11-01T00:00:00+00:00",
                "completed_at": None,
                "progress_percentage": 50,
                "learner_username": None,
                "learner_full_name": None,
                "learner_avatar_url": None,
            }
        ],
        cursor="c2",
    )
    page.show_class(store_reads.class_page(teacher_store))
    assert "Bo Chen" not in _column(page, 0)
    assert page.selected_learner() is None
    assert not page.cells_table.isVisibleTo(page)
    assert page.left.text() == "2 learners left the course."


def test_sorting_by_a_column_sorts_by_its_number_not_its_words(page: ClassPage) -> None:
    page.learners_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # points
    assert _column(page, 0)[:2] == ["Emma Novak", "Ada Lovelace"]
    page.learners_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # last active
    assert _column(page, 0)[0] == "Dawit Bekele"  # never: first
    page.learners_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # time spent
    # "1 h 50 min" ties; "1 h 40 min" then above "1 h 27 min", not by their text
    assert _column(page, 0)[2:4] == ["Bo Chen", "farid"]


def test_the_sort_and_the_selected_learner_outlast_a_sort_and_a_refresh(
    page: ClassPage, teacher_store: LearnerStore
) -> None:
    assert page.select_learner(BO)
    page.learners_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # points
    names = _column(page, 0)
    assert names[:2] == ["Emma Novak", "Ada Lovelace"]
    selected = page.learners_table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [names.index("Bo Chen")]  # moved with the sort
    page.show_class(store_reads.class_page(teacher_store))  # a sync brought the class again
    assert _column(page, 0) == names  # still by points
    learner = page.selected_learner()
    assert learner is not None
    assert learner.user_id == BO
    page.learners_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(page, 0) == [
        "farid",
        "Emma Novak",
        "Dawit Bekele",
        "Carmen Díaz",
        "Bo Chen",
        "Ada Lovelace",
    ]


def test_a_new_class_is_painted_once_its_tables_fit_it_on_a_later_turn(
    page: ClassPage, qtbot: QtBot
) -> None:
    """Fitting the tables (measuring their words) is not done in the turn that shows
    the rows, and the page does not paint the tables at the last class's heights."""
    table = page.learners_table
    qtbot.waitUntil(page.body.updatesEnabled)
    six = table.height()
    assert table.viewport().height() >= 6 * table.rowHeight(0)
    data = page.data
    assert data is not None
    assert data.view is not None
    one = replace(data, view=replace(data.view, learners=data.view.learners[:1]))
    page.show_class(one)
    assert table.model().rowCount() == 1  # the rows are shown at once
    assert not page.body.updatesEnabled()  # but not painted at the old height
    assert table.height() == six
    qtbot.waitUntil(page.body.updatesEnabled)
    assert table.height() < six  # fitted to its one row, then painted
    assert table.rowHeight(0) <= table.viewport().height() < 2 * table.rowHeight(0)


def test_export_asks_for_the_shown_course_and_is_off_without_one(
    page: ClassPage, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(page.export_requested) as asked:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked.args == [TAUGHT]
    page.show_class(ClassPageData((), None))
    assert not page.export_button.isEnabled()
    assert page.heading.text() == "No class on this computer"
    assert not page.learners_table.isVisibleTo(page)


def test_a_teacher_of_two_courses_chooses_one_and_a_late_answer_is_dropped(
    page: ClassPage, teacher_store: LearnerStore, qtbot: QtBot
) -> None:
    now = datetime.now(UTC)
    upsert_catalogue(
        teacher_store, CatalogueContent(courses=[taught_course(OTHER, "Algebra", at=now)])
    )
    pull_class(teacher_store, OTHER, cursor="c1")
    page.show_class(store_reads.class_page(teacher_store, TAUGHT))
    assert page.course_choice.isVisibleTo(page)
    assert page.course_choice.count() == 2
    assert [page.course_choice.itemText(i) for i in range(2)] == ["Algebra", TAUGHT_TITLE]
    with qtbot.waitSignal(page.course_chosen) as chosen:
        page.course_choice.activated.emit(page.course_choice.findData(OTHER))
    assert chosen.args == [OTHER]
    assert page.course_id == OTHER
    # the read of the course shown before arrives after the choice: not shown
    page.show_class(store_reads.class_page(teacher_store, TAUGHT))
    assert page.heading.text() == f"{TAUGHT_TITLE} — class"  # still the old, until OTHER's
    page.show_class(store_reads.class_page(teacher_store, OTHER))
    assert page.heading.text() == "Algebra — class"
    assert page.empty.isVisibleTo(page)
    assert "No learners in this course yet" in page.empty.text()
    assert not page.learners_table.isVisibleTo(page)


def test_a_class_never_synced_says_so(page: ClassPage, teacher_store: LearnerStore) -> None:
    data = store_reads.class_page(teacher_store)
    assert data.view is not None
    page.show_class(replace(data, view=replace(data.view, as_of=None, learners=(), left=0)))
    assert page.as_of.text() == "Not synced yet — the class appears after the next sync"
    assert "after the next sync" in page.empty.text()
    assert not page.left.isVisibleTo(page)


def test_learners_see_no_class_entry_and_a_teacher_finds_it_in_the_sidebar(
    shell: LearnerShell, qtbot: QtBot
) -> None:
    nav = shell.window.nav

    def entries() -> list[str]:
        return [str(nav.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(nav.count())]

    qtbot.waitUntil(lambda: shell.runner.running == 0)
    # a learner teaching nothing: no entry, not even a hidden one a screen reader counts
    assert "class" not in entries()
    assert QAccessible.queryAccessibleInterface(nav).childCount() == 5
    sample_class(shell.store, datetime.now(UTC))
    shell.refresh(Changes(teaching=True))
    qtbot.waitUntil(lambda: "class" in entries())
    assert entries().index("class") == entries().index("settings") - 1  # above Settings
    assert QAccessible.queryAccessibleInterface(nav).childCount() == 6
    shell.window.show_page("class")
    qtbot.waitUntil(lambda: shell.class_page.view is not None)
    assert shell.class_page.heading.text() == f"{TAUGHT_TITLE} — class"
    shown = shell.class_page.view
    assert shown is not None
    assert {ADA, CARMEN, DAWIT, EMMA} <= {learner.user_id for learner in shown.learners}
    # no longer this course's teacher (the server refused the scope): the class goes
    forget_class(shell.store, TAUGHT)
    shell.refresh(Changes(teaching=True))
    qtbot.waitUntil(lambda: "class" not in entries())
    assert shell.window.current_page == "catalogue"


def test_the_help_rule_is_the_reads_rule(page: ClassPage) -> None:
    """The rule the page states is the one the read applies (7 days, twice)."""
    data = page.data
    assert data is not None
    assert data.view is not None
    bo = next(learner for learner in data.view.learners if learner.user_id == BO)
    assert [reason.lesson_id for reason in bo.help] == [WRITING]


def _teaching_shell(shell: LearnerShell, qtbot: QtBot) -> None:
    sample_class(shell.store, datetime.now(UTC))
    shell.refresh(Changes(teaching=True))
    shell.window.show_page("class")
    qtbot.waitUntil(lambda: shell.class_page.view is not None)


def test_export_saves_the_class_where_the_teacher_chose_and_says_so(
    shell: LearnerShell, qtbot: QtBot, tmp_path: Path
) -> None:
    _teaching_shell(shell, qtbot)
    target = tmp_path / "export" / "class.csv"
    target.parent.mkdir()
    suggested: list[str] = []

    def ask(name: str) -> Path:
        suggested.append(name)
        return target

    shell.ask_csv_path = ask
    qtbot.mouseClick(shell.class_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the class" in shell.window.statusBar().currentMessage())
    assert suggested == [f"{TAUGHT_TITLE} - class.csv"]
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # a spreadsheet knows it is UTF-8
    assert "Carmen Díaz" in text
    assert "(24 rows)" in shell.window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_where_and_why(
    shell: LearnerShell, qtbot: QtBot, tmp_path: Path
) -> None:
    _teaching_shell(shell, qtbot)
    missing = tmp_path / "no such folder" / "class.csv"
    shell.ask_csv_path = lambda _name: missing
    qtbot.mouseClick(shell.class_page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not save" in shell.window.statusBar().currentMessage())
    message = shell.window.statusBar().currentMessage()
    assert str(missing) in message
    assert "No such file or directory" in message
    assert not missing.parent.exists()
    shell.ask_csv_path = lambda _name: None  # cancelled: nothing happens
    qtbot.mouseClick(shell.class_page.export_button, Qt.MouseButton.LeftButton)
    assert shell.runner.running == 0
