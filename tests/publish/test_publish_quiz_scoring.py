"""A question's scoring, case rule and explanation published to the devserver
with the real SDK, pulled by a learner, and graded the same on both sides
(issue #14, "Quizzes")."""

from __future__ import annotations

from collections.abc import Callable

from desktop.publish.course import Publisher
from desktop.store.actions import learning, quizzes
from desktop.store.models import QuizAnswerKey, QuizAttempt
from desktop.sync.engine import SyncEngine
from tests.fixtures.devserver import SignedUpUser
from tests.fixtures.learners import Learner
from tests.helpers.json_rows import json_rows
from tests.publish.test_publish import make_package

PRACTICE_QUIZ = """\
mode = "practice"

[[questions]]
id = "many"
kind = "multiple_choice"
prompt = "Pick a and c"
options = ["A", "B", "C"]
correct = ["a", "c"]
points = 4
scoring = "partial"
explanation = "A and C are the vowels."

[[questions]]
id = "code"
kind = "short_answer"
prompt = "Which function prints?"
accepted = ["print"]
case_sensitive = true
"""


def test_scoring_case_and_explanations_reach_the_server_and_the_learner(
    make_instructor: Callable[[], SignedUpUser],
    new_learner: Callable[..., Learner],
    unique_slug: str,
) -> None:
    teacher = make_instructor()
    package = make_package(unique_slug, second_dot_quiz_dot_toml=PRACTICE_QUIZ)
    publisher = Publisher(teacher.client, teacher.id)
    publisher.publish(package)
    lesson = str(package.lesson("second").id)
    questions = json_rows(
        teacher.client.table("quiz_questions")
        .select("id, scoring, case_sensitive, version")
        .eq("lesson_id", lesson)
        .order("position")
        .execute()
        .data
    )
    assert [(q["scoring"], q["case_sensitive"]) for q in questions] == [
        ("partial", False),
        ("all_or_nothing", True),
    ]
    keys = json_rows(
        teacher.client.table("quiz_answer_keys")
        .select("question_id, explanation")
        .in_("question_id", [q["id"] for q in questions])
        .execute()
        .data
    )
    assert {k["question_id"]: k["explanation"] for k in keys} == {
        questions[0]["id"]: "A and C are the vowels.",
        questions[1]["id"]: None,
    }
    report = publisher.publish(package)
    assert report.questions_updated == 0, "republishing the same package changes nothing"

    # An edited explanation fixes the key in place: the question keeps its version.
    reworded = make_package(
        unique_slug,
        second_dot_quiz_dot_toml=PRACTICE_QUIZ.replace("the vowels", "both vowels"),
    )
    assert publisher.publish(reworded).questions_updated == 0
    key = json_rows(
        teacher.client.table("quiz_answer_keys")
        .select("version, explanation")
        .eq("question_id", questions[0]["id"])
        .execute()
        .data
    )
    assert key == [{"version": 1, "explanation": "A and C are both vowels."}]

    learner = new_learner()
    engine = SyncEngine(learner.store, learner.auth)
    engine.run_cycle()
    learning.enroll(learner.store, str(package.id))
    engine.run_cycle()
    view = quizzes.quiz_for_lesson(learner.store, lesson)
    assert [(q.scoring, q.case_sensitive) for q in view.questions] == [
        ("partial", False),
        ("all_or_nothing", True),
    ]
    many, code = view.questions
    given = {
        many.id: {"version": many.version, "answer": ["a", "b", "c"]},  # 2 right, 1 wrong
        code.id: {"version": code.version, "answer": "Print"},  # wrong case
    }
    submitted = quizzes.submit_quiz_attempt(learner.store, lesson, given)
    assert submitted.feedback is not None
    assert (submitted.feedback.score, submitted.feedback.max_score) == (2, 5)
    assert engine.run_cycle().rejected == 0
    with learner.store.db.read() as session:
        attempt = session.get(QuizAttempt, submitted.attempt.id)
        assert attempt is not None
        assert (attempt.score, attempt.local_score) == (2, 2), "the server agrees"
        explained = session.get(QuizAnswerKey, (many.id, many.version))
        assert explained is not None
        assert explained.explanation == "A and C are both vowels."
