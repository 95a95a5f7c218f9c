"""The feedback reply is checked like every server reply: a malformed one is refused."""

from __future__ import annotations

import pytest

from desktop.sync.errors import InvalidReply
from desktop.sync.quiz_feedback import Feedback, _feedback, _verdicts


def test_verdicts_are_question_ids_to_booleans() -> None:
    rows = [
        {"question_id": "q1", "version": 1, "points": 1, "is_correct": True},
        {"question_id": "q2", "version": 2, "points": 1, "is_correct": False},
    ]
    assert _verdicts(rows) == {"q1": True, "q2": False}


def test_feedback_carries_partial_points_and_explanations() -> None:
    rows = [
        {
            "question_id": "q1",
            "is_correct": False,
            "points": 4,
            "points_awarded": 2,
            "explanation": "A and C.",
        },
        {"question_id": "q2", "is_correct": True, "points_awarded": 1, "explanation": None},
    ]
    assert _feedback(rows) == Feedback(
        {"q1": False, "q2": True}, {"q1": 2, "q2": 1}, {"q1": "A and C."}
    )


@pytest.mark.parametrize(
    "reply",
    [
        None,
        {"question_id": "q1"},
        [{"question_id": 1}],
        [{"question_id": "q1", "is_correct": "yes"}],
        ["q1"],
        [{"question_id": "q1", "is_correct": True, "points_awarded": "2"}],
        [{"question_id": "q1", "is_correct": True, "points_awarded": True}],
        [{"question_id": "q1", "is_correct": True, "explanation": 7}],
    ],
)
def test_a_malformed_reply_is_refused_with_a_sentence(reply: object) -> None:
    with pytest.raises(InvalidReply, match="quiz_attempt_feedback"):
        _verdicts(reply)
