"""A teacher's class reaches their laptop through the teaching scope (issue #17).

End to end through the devserver and the unmodified SDK: learners study on
their own stores and sync; the teacher's sync pulls ``teaching:<course>``
into the class tables, never among the teacher's own rows; a learner who
leaves leaves the view; a teacher who loses the course loses its class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlmodel import select

from desktop.store.actions import learning, quizzes
from desktop.store.models import ClassMember, Enrollment, LessonProgress, SyncCursor
from desktop.store.reads import class_view
from desktop.store.reads.class_view import FAILED_QUIZ
from desktop.sync.engine import SyncEngine
from devserver.server import DevServer
from tests.fixtures.learners import Learner
from tests.supabase.quiz_builders import add_question, make_course


def admin(devserver: DevServer) -> psycopg.Connection[dict[str, Any]]:
    return psycopg.connect(devserver.db_url, autocommit=True, row_factory=dict_row)


def taught_course(devserver: DevServer, teacher: Learner) -> tuple[str, list[str], list[str]]:
    """A published course of ``teacher`` (made an instructor): a lesson to read,
    then an assessed quiz of two questions.  Returns (course, lessons, questions)."""
    with admin(devserver) as conn:
        conn.execute(
            "update public.profiles set role = 'instructor' where id = %s", (teacher.user_id,)
        )
        course = make_course(conn, teacher.user_id, lessons=2, free=(0, 1), title="Class test")
        conn.execute(
            "update public.lessons set quiz_mode = 'assessed', quiz_max_attempts = 3 where id = %s",
            (course.lesson_ids[1],),
        )
        first = add_question(
            conn, course.lesson_ids[1], "single_choice", ["a"], position=1, prompt="Pick a"
        )
        second = add_question(
            conn, course.lesson_ids[1], "single_choice", ["b"], position=2, prompt="Pick b"
        )
    return course.id, course.lesson_ids, [first, second]


def answer(learner: Learner, lesson: str, picks: dict[str, str]) -> None:
    quiz = quizzes.quiz_for_lesson(learner.store, lesson)
    given = {q.id: {"version": q.version, "answer": picks[q.id]} for q in quiz.questions}
    quizzes.submit_quiz_attempt(learner.store, lesson, given)


def test_the_teacher_sees_the_class_as_the_learners_studied_and_loses_it_with_the_course(
    new_learner: Callable[..., Learner], healthy_devserver: DevServer
) -> None:
    teacher = new_learner()
    course, lessons, (first, second) = taught_course(healthy_devserver, teacher)
    ada, bo = new_learner(), new_learner()
    for learner in (ada, bo):
        engine = SyncEngine(learner.store, learner.auth)
        engine.run_cycle()
        learning.enroll(learner.store, course)
        engine.run_cycle()  # enrolled; the course's lessons and questions pulled
    learning.record_time_spent(ada.store, lessons[0], 120)
    learning.complete_lesson(ada.store, lessons[0])
    answer(ada, lessons[1], {first: "a", second: "a"})  # misses the second
    answer(ada, lessons[1], {first: "c", second: "a"})  # misses both
    answer(bo, lessons[1], {first: "a", second: "b"})  # passes
    for learner in (ada, bo):
        assert SyncEngine(learner.store, learner.auth).run_cycle().rejected == 0

    teaching = SyncEngine(teacher.store, teacher.auth)
    report = teaching.run_cycle()
    assert f"teaching:{course}" in report.scopes
    view = class_view(teacher.store, course)
    assert view.as_of is not None
    by_id = {learner.user_id: learner for learner in view.learners}
    assert set(by_id) == {ada.user_id, bo.user_id}
    assert by_id[ada.user_id].lessons_completed == 1
    assert by_id[ada.user_id].time_spent_seconds == 120
    assert [r.code for r in by_id[ada.user_id].help] == [FAILED_QUIZ]
    assert by_id[bo.user_id].help == ()
    bo_quiz = by_id[bo.user_id].cells[1].quiz
    assert bo_quiz is not None
    assert bo_quiz.passed
    # points from this course follow the server's own award
    with admin(healthy_devserver) as conn:
        awarded = {
            row["user_id"]: row["points"]
            for row in conn.execute(
                "select user_id::text, sum(points)::int as points from public.point_awards "
                "where ref_id = any(%s::uuid[]) group by user_id",
                (lessons,),
            )
        }
    assert {u: by_id[u].points for u in by_id} == awarded
    quiz = view.lessons[1]
    assert (quiz.attempted, quiz.passed) == (2, 1)
    assert quiz.most_missed is not None
    assert (quiz.most_missed.question_id, quiz.most_missed.prompt) == (second, "Pick b")
    assert (quiz.most_missed.missed, quiz.most_missed.attempts) == (2, 3)
    # the class lives apart from the teacher's own study
    with teacher.store.db.read() as session:
        assert session.exec(select(Enrollment)).all() == []
        assert session.exec(select(LessonProgress)).all() == []

    learning.unenroll(ada.store, course)
    SyncEngine(ada.store, ada.auth).run_cycle()
    teaching.run_cycle()
    view = class_view(teacher.store, course)
    assert [learner.user_id for learner in view.learners] == [bo.user_id]
    assert view.left == 1
    with teacher.store.db.read() as session:
        gone = session.exec(select(ClassMember).where(ClassMember.user_id == ada.user_id)).one()
        assert gone.full_name is None  # a teacher does not keep the names of those who left

    other = new_learner()
    with admin(healthy_devserver) as conn:
        conn.execute(
            "update public.profiles set role = 'instructor' where id = %s", (other.user_id,)
        )
        conn.execute(
            "update public.courses set instructor_id = %s where id = %s", (other.user_id, course)
        )
    teaching.run_cycle()  # the catalogue says so, and a cursor held asks once more
    teaching.run_cycle()
    with teacher.store.db.read() as session:
        assert session.exec(select(ClassMember)).all() == []
        assert session.get(SyncCursor, f"teaching:{course}") is None
    assert class_view(teacher.store, course).learners == ()
