"""A question's scoring (all or nothing, or partial credit), case-sensitive
short answers and explanations (issue #14, "Quizzes"): read from the
package with defaults for old packages, checked with file and line, and
turned into the rows ``lantern publish`` writes."""

from __future__ import annotations

import pytest

from desktop.course_package import Question, Scoring, load_files
from desktop.course_package.model import MAX_EXPLANATION_CHARS
from desktop.publish import rows as publish_rows
from tests.course_package.packages import SECOND_QUIZ, tiny_package
from tests.course_package.test_problems import assert_reported, problems_of

PARTIAL_QUIZ = """\
mode = "practice"

[[questions]]
id = "many"
kind = "multiple_choice"
prompt = "Pick a and c"
options = ["A", "B", "C"]
correct = ["a", "c"]
scoring = "partial"
explanation = "A and C are vowels."

[[questions]]
id = "code"
kind = "short_answer"
prompt = "Which function prints?"
accepted = ["print"]
case_sensitive = true
explanation = \"\"\"
Python's names are case-sensitive:
Print is not print.
\"\"\"
"""


def questions_of(quiz: str) -> tuple[Question, ...]:
    result = load_files(tiny_package({"second.quiz.toml": quiz}))
    assert result.problems == ()
    assert result.package is not None
    return result.package.lessons[1].questions


def test_an_old_package_scores_all_or_nothing_ignores_case_and_explains_nothing() -> None:
    many, word = questions_of(SECOND_QUIZ)
    assert (many.scoring, many.case_sensitive, many.explanation) == (
        Scoring.ALL_OR_NOTHING,
        False,
        None,
    )
    assert (word.scoring, word.case_sensitive, word.explanation) == (
        Scoring.ALL_OR_NOTHING,
        False,
        None,
    )


def test_the_package_chooses_partial_credit_case_and_explanations() -> None:
    many, code = questions_of(PARTIAL_QUIZ)
    assert many.scoring is Scoring.PARTIAL
    assert many.explanation == "A and C are vowels."
    assert code.case_sensitive is True
    assert code.explanation == "Python's names are case-sensitive:\nPrint is not print."


def test_the_rows_carry_scoring_case_and_the_explanation_with_the_key() -> None:
    many, code = questions_of(PARTIAL_QUIZ)
    row = publish_rows.question_row(many)
    assert (row["scoring"], row["case_sensitive"]) == ("partial", False)
    assert "explanation" not in row  # never beside the question: it travels with the key
    assert publish_rows.answer_key(many) == {
        "correct": ["a", "c"],
        "explanation": "A and C are vowels.",
    }
    assert publish_rows.question_row(code)["case_sensitive"] is True


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ('scoring = "half"', "'half', which is not one of 'all_or_nothing', 'partial'"),
        ("scoring = 3", "which is not one of 'all_or_nothing', 'partial'"),
        ('case_sensitive = "yes"', "'case_sensitive' of question 'word' must be true or false"),
        ('explanation = ""', "'explanation' of question 'word' must be non-empty text"),
        ("explanation = 7", "'explanation' of question 'word' must be non-empty text"),
        (
            f'explanation = "{"x" * (MAX_EXPLANATION_CHARS + 1)}"',
            f"is {MAX_EXPLANATION_CHARS + 1} characters long; keep it to at most",
        ),
        ('explanation = "a\\u0000b"', "NUL character"),
    ],
)
def test_hostile_values_are_sentences_with_file_and_line(setting: str, fragment: str) -> None:
    quiz = SECOND_QUIZ + setting + "\n"  # appended to the last question, 'word' (at line 15)
    problems = problems_of({"second.quiz.toml": quiz})
    assert_reported(problems, "second.quiz.toml", 15, fragment)


def test_partial_credit_is_only_for_multiple_choice() -> None:
    quiz = SECOND_QUIZ + 'scoring = "partial"\n'
    problems = problems_of({"second.quiz.toml": quiz})
    assert_reported(
        problems, "second.quiz.toml", 15, "question 'word' is short_answer", "multiple_choice"
    )


def test_case_sensitive_is_only_for_short_answers() -> None:
    quiz = SECOND_QUIZ.replace(
        'correct = ["a", "c"]', 'correct = ["a", "c"]\ncase_sensitive = true'
    )
    problems = problems_of({"second.quiz.toml": quiz})
    assert_reported(
        problems, "second.quiz.toml", 9, "question 'many' is multiple_choice", "short_answer"
    )


def test_an_explanation_of_the_longest_allowed_length_is_kept() -> None:
    text = "y" * MAX_EXPLANATION_CHARS
    (_, word) = questions_of(SECOND_QUIZ + f'explanation = "{text}"\n')
    assert word.explanation == text
