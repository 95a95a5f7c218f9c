"""Partial credit, case-sensitive answers, explanations and the "quiz graded"
notification on the server (private.question_points, public.submit_quiz_attempt; issue #14,
"Quizzes")."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from devserver.db import as_caller
from tests.supabase.conftest import User
from tests.supabase.quiz_builders import Conn, answers, enroll, make_course, options, submit


def add(
    admin: Conn,
    lesson_id: str,
    kind: str,
    correct: list[str],
    *,
    points: int = 1,
    scoring: str = "all_or_nothing",
    case_sensitive: bool = False,
    explanation: str | None = None,
) -> str:
    question_id = str(uuid.uuid4())
    admin.execute(
        "insert into public.quiz_questions (id, lesson_id, position, kind, prompt, options, "
        "points, scoring, case_sensitive) values (%s, %s, 1, %s, 'Q', %s, %s, %s, %s)",
        (
            question_id,
            lesson_id,
            kind,
            json.dumps([] if kind == "short_answer" else options("a", "b", "c", "d")),
            points,
            scoring,
            case_sensitive,
        ),
    )
    admin.execute(
        "insert into public.quiz_answer_keys (question_id, version, correct, explanation) "
        "values (%s, 1, %s, %s)",
        (question_id, json.dumps(correct), explanation),
    )
    return question_id


def one_question_quiz(
    admin: Conn, make_user: Callable[..., User], mode: str, **question: Any
) -> tuple[User, str, str]:
    teacher, learner = make_user("instructor"), make_user()
    course = make_course(admin, teacher.id, lessons=1, quiz_mode=mode)
    enroll(admin, learner.id, course.id)
    lesson = course.lesson_ids[0]
    kind = question.pop("kind")
    correct = question.pop("correct")
    return learner, lesson, add(admin, lesson, kind, correct, **question)


def test_partial_credit_grades_right_minus_wrong_floored(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn,
        make_user,
        "assessed",
        kind="multiple_choice",
        correct=["a", "b", "c"],
        points=6,
        scoring="partial",
    )
    # 2 right, 1 wrong of a 3-option key: 6 * (2 - 1) / 3 = 2 points
    row = submit(api_conn, learner.claims, lesson, answers({question: ["a", "b", "d"]}))
    assert (row["score"], row["max_score"], row["counted"]) == (2, 6, True)


def test_all_or_nothing_stays_the_default(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn, make_user, "assessed", kind="multiple_choice", correct=["a", "b"], points=4
    )
    row = submit(api_conn, learner.claims, lesson, answers({question: ["a"]}))
    assert row["score"] == 0


@pytest.mark.parametrize(("answer", "score"), [("print", 1), (" print ", 1), ("Print", 0)])
def test_a_case_sensitive_short_answer_keeps_case(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User], answer: str, score: int
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn,
        make_user,
        "assessed",
        kind="short_answer",
        correct=["print"],
        case_sensitive=True,
    )
    row = submit(api_conn, learner.claims, lesson, answers({question: answer}))
    assert row["score"] == score


@pytest.mark.parametrize(
    ("kind", "setting"),
    [
        ("single_choice", "scoring = 'partial'"),
        ("short_answer", "scoring = 'partial'"),
        ("multiple_choice", "case_sensitive = true"),
        ("multiple_choice", "scoring = 'half'"),
    ],
)
def test_settings_that_do_not_fit_the_kind_are_refused(
    admin_conn: Conn, make_user: Callable[..., User], kind: str, setting: str
) -> None:
    _, _, question = one_question_quiz(admin_conn, make_user, "practice", kind=kind, correct=["a"])
    with pytest.raises(psycopg.errors.CheckViolation):
        admin_conn.execute(
            f"update public.quiz_questions set {setting} where id = %s",
            (question,),
        )


def test_changing_the_scoring_makes_a_new_version_with_the_explanation_carried(
    admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    _, _, question = one_question_quiz(
        admin_conn,
        make_user,
        "practice",
        kind="multiple_choice",
        correct=["a", "b"],
        explanation="A and B.",
    )
    admin_conn.execute(
        "update public.quiz_questions set scoring = 'partial' where id = %s", (question,)
    )
    rows = admin_conn.execute(
        "select v.version, v.scoring, k.explanation from public.quiz_question_versions v "
        "join public.quiz_answer_keys k using (question_id, version) "
        "where v.question_id = %s order by v.version",
        (question,),
    ).fetchall()
    assert [(r["version"], r["scoring"], r["explanation"]) for r in rows] == [
        (1, "all_or_nothing", "A and B."),
        (2, "partial", "A and B."),
    ]


def test_an_explanation_longer_than_2000_characters_is_refused(
    admin_conn: Conn, make_user: Callable[..., User]
) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        one_question_quiz(
            admin_conn,
            make_user,
            "practice",
            kind="single_choice",
            correct=["a"],
            explanation="x" * 2001,
        )


def test_an_assessed_explanation_stays_secret_until_feedback_is_allowed(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn,
        make_user,
        "assessed",
        kind="multiple_choice",
        correct=["a", "b"],
        points=2,
        scoring="partial",
        explanation="A and B are both right.",
    )
    with as_caller(api_conn, learner.claims) as conn:
        keys = conn.execute(
            "select * from public.quiz_answer_keys where question_id = %s", (question,)
        ).fetchall()
    assert keys == []  # neither the key nor its explanation
    admin_conn.execute(
        "update public.lessons set quiz_max_attempts = 1, quiz_feedback = true where id = %s",
        (lesson,),
    )
    attempt = submit(api_conn, learner.claims, lesson, answers({question: ["a"]}))
    assert attempt["score"] == 1
    with as_caller(api_conn, learner.claims) as conn:
        rows = conn.execute(
            "select question_id, is_correct, points, points_awarded, explanation "
            "from public.quiz_attempt_feedback(%s)",
            (attempt["id"],),
        ).fetchall()
    assert [
        (r["is_correct"], r["points"], r["points_awarded"], r["explanation"]) for r in rows
    ] == [(False, 2, 1, "A and B are both right.")]


def notifications(admin: Conn, user: User) -> list[dict[str, Any]]:
    return list(
        admin.execute(
            "select type, title, message, data from public.notifications "
            "where user_id = %s and type = 'quiz_graded' order by created_at",
            (user.id,),
        ).fetchall()
    )


def test_grading_an_assessed_attempt_notifies_once(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn, make_user, "assessed", kind="single_choice", correct=["a"], points=3
    )
    attempt_id = str(uuid.uuid4())
    for _ in range(2):  # a retried push: the first submission stands, no second notice
        submit(api_conn, learner.claims, lesson, answers({question: "a"}), attempt_id=attempt_id)
    (notice,) = notifications(admin_conn, learner)
    assert notice["title"] == "Quiz graded"
    assert notice["message"] == "Lesson 1: 3 of 3 points (100%), passed."
    assert notice["data"] == {
        "lesson_id": lesson,
        "course_id": notice["data"]["course_id"],
        "attempt_id": attempt_id,
        "counted": True,
        "reason": None,
        "score": 3,
        "max_score": 3,
        "passed": True,
        "points_earned": 20,
    }


def test_an_attempt_past_the_limit_is_notified_as_not_counted(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn, make_user, "assessed", kind="single_choice", correct=["a"]
    )
    admin_conn.execute("update public.lessons set quiz_max_attempts = 1 where id = %s", (lesson,))
    submit(api_conn, learner.claims, lesson, answers({question: "b"}))
    submit(api_conn, learner.claims, lesson, answers({question: "a"}))
    notices = notifications(admin_conn, learner)
    assert [n["title"] for n in notices] == ["Quiz graded", "Quiz attempt not counted"]
    assert notices[1]["data"]["reason"] == "quiz_closed"
    assert "after the quiz was closed for you" in notices[1]["message"]


def test_a_practice_attempt_notifies_nothing(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, question = one_question_quiz(
        admin_conn, make_user, "practice", kind="single_choice", correct=["a"]
    )
    submit(api_conn, learner.claims, lesson, answers({question: "a"}))
    assert notifications(admin_conn, learner) == []


def test_an_attempt_at_a_changed_quiz_is_notified_with_the_reason(
    admin_conn: Conn, api_conn: Conn, make_user: Callable[..., User]
) -> None:
    learner, lesson, first = one_question_quiz(
        admin_conn, make_user, "assessed", kind="single_choice", correct=["a"]
    )
    add(admin_conn, lesson, "single_choice", ["b"])  # the quiz now has two questions
    row = submit(api_conn, learner.claims, lesson, answers({first: "a"}))  # as downloaded
    assert (row["counted"], row["not_counted_reason"]) == (False, "quiz_changed")
    (notice,) = notifications(admin_conn, learner)
    assert notice["title"] == "Quiz attempt not counted"
    assert notice["data"]["reason"] == "quiz_changed"
    assert "the quiz changed after you downloaded it" in notice["message"]
