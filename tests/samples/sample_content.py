"""Realistic sample view data for screenshots and widget tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.store.reads import ChangeWhat, LessonRef
from desktop.ui.viewdata import (
    Badge,
    ChangeState,
    CourseDetail,
    CourseInProgress,
    DashboardData,
    LeaderboardRow,
    LessonContent,
    LessonRow,
    NotificationItem,
    OfflineState,
    PendingChange,
    QuizAttemptSummary,
    QuizData,
    QuizOption,
    QuizQuestion,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

LESSON_MARKDOWN = """\
# Reading files with Python

Python can read any text file in a few lines. This lesson shows the **safe** way
to open a file and what to do when it is missing.

## Opening a file

Use `open()` inside a `with` block so the file is closed even if something fails:

```python
with open("notes.txt", encoding="utf-8") as f:
    for line in f:
        print(line.rstrip())
```

- `encoding="utf-8"` avoids surprises on Windows
- the loop reads one line at a time, so big files are fine

## When the file is missing

Python raises `FileNotFoundError`. Catch it and tell the user what to do:

1. Check the path is spelled correctly
2. Make sure the file is in the folder you think it is
3. Try again

> Tip: `pathlib.Path("notes.txt").exists()` checks first, but the file can still
> vanish before you open it, so handle the error anyway.

## Summary

You can now open, read and close files safely. Take the quiz to check.
"""


def sample_lessons() -> tuple[LessonRow, ...]:
    return (
        LessonRow("l1", "Why Python?", 1, 10, 1.0, completed=True),
        LessonRow("l2", "Variables and types", 2, 15, 1.0, completed=True, has_quiz=True),
        LessonRow("l3", "Reading files with Python", 3, 20, 0.45, has_quiz=True),
        LessonRow("l4", "Functions", 4, 25, 0.0, has_quiz=True),
        LessonRow(
            "l5",
            "Working with data",
            5,
            30,
            0.0,
            locked_by=("Reading files with Python",),
            has_quiz=True,
        ),
        LessonRow(
            "l6", "Your first project", 6, 45, 0.0, locked_by=("Functions", "Working with data")
        ),
    )


def sample_course() -> CourseDetail:
    return CourseDetail(
        id="course-python",
        title="Introduction to Python",
        instructor="Amara Okafor",
        description=(
            "Learn to write small, useful Python programs: variables, files, "
            "functions and data. Every lesson works offline; quizzes grade "
            "instantly and sync when you are back online."
        ),
        difficulty="beginner",
        duration_hours=6,
        rating=4.7,
        enrollment_count=12_480,
        lessons=sample_lessons(),
        is_enrolled=True,
        offline_state=OfflineState.AVAILABLE,
        my_rating=4,
        my_review="Clear explanations and good exercises.",
    )


def sample_lesson() -> LessonContent:
    return LessonContent(
        id="l3",
        course_id="course-python",
        title="Reading files with Python",
        body_markdown=LESSON_MARKDOWN,
        has_quiz=True,
        section_progress={"opening-a-file": 1.0},
        time_spent_seconds=7 * 60 + 12,
    )


def sample_quiz() -> QuizData:
    return QuizData(
        lesson_id="l3",
        title="Quiz: Reading files with Python",
        mode="practice",
        questions=(
            QuizQuestion(
                "q1",
                1,
                "single_choice",
                "Which statement closes the file for you?",
                (
                    QuizOption("a", "open(…) on its own"),
                    QuizOption("b", "with open(…) as f:"),
                    QuizOption("c", "f.read()"),
                ),
            ),
            QuizQuestion(
                "q2",
                1,
                "multiple_choice",
                "Which are good habits when reading files?",
                (
                    QuizOption("a", 'Pass encoding="utf-8"'),
                    QuizOption("b", "Read huge files with one f.read()"),
                    QuizOption("c", "Handle FileNotFoundError"),
                ),
            ),
            QuizQuestion(
                "q3",
                1,
                "short_answer",
                "Which exception does Python raise when the file is missing?",
                (),
                points=2,
            ),
        ),
        answer_keys={"q1": ["b"], "q2": ["a", "c"], "q3": ["FileNotFoundError"]},
        explanations={
            "q2": "An explicit encoding reads the same file the same way on every computer, "
            "and handling FileNotFoundError gives the learner a clear message."
        },
        course_id="c1",
        course_title="Introduction to Python",
        next_lesson_id="l4",
        next_lesson_title="Writing files",
        attempts=(
            QuizAttemptSummary("t1", NOW - timedelta(days=2), 2, 4, False),
            QuizAttemptSummary("t2", NOW - timedelta(days=1), 3, 4, True, server_score=3),
        ),
    )


def sample_dashboard() -> DashboardData:
    today = NOW.date()
    minutes = tuple(
        (today - timedelta(days=29 - i), (i * 37) % 55 if i % 6 else 0) for i in range(30)
    )
    scores = tuple(
        (NOW - timedelta(days=20 - 2 * i), s)
        for i, s in enumerate((0.5, 0.62, 0.58, 0.75, 0.8, 0.7, 0.9, 0.85, 1.0))
    )
    return DashboardData(
        points=1_240,
        streak_days=6,
        badges=(
            Badge(
                "First steps",
                "Completed your first lesson",
                "✦",
                "#16a34a",
                NOW - timedelta(days=20),
            ),
            Badge("Quiz whiz", "Passed five quizzes", "✔", "#2563eb", NOW - timedelta(days=3)),
            Badge("Week streak", "Study seven days in a row", "⚑", "#d97706"),
            Badge("Course complete", "Finish a whole course", "★", "#7c3aed"),
        ),
        in_progress=(
            CourseInProgress("course-python", "Introduction to Python", 0.41),
            CourseInProgress("course-stats", "Statistics for Beginners", 0.18),
        ),
        study_minutes=minutes,
        quiz_scores=scores,
        leaderboard=(
            LeaderboardRow(1, "Mei Chen", 2_310),
            LeaderboardRow(2, "Ravi Patel", 1_980),
            LeaderboardRow(3, "Sam Learner", 1_240, is_me=True),
            LeaderboardRow(4, "Grace Mwangi", 1_105),
            LeaderboardRow(5, "Tom Becker", 870),
        ),
        leaderboard_cached_at=NOW - timedelta(hours=2),
    )


def sample_notifications() -> list[NotificationItem]:
    return [
        NotificationItem(
            "n1",
            "achievement",
            "Badge earned: Quiz whiz",
            "You passed five quizzes. +50 points.",
            NOW - timedelta(hours=3),
        ),
        NotificationItem(
            "n2",
            "course_completion",
            "Course completed",
            "You finished “Spreadsheet Basics”. Well done!",
            NOW - timedelta(days=2),
            is_read=True,
        ),
        NotificationItem(
            "n3",
            "achievement",
            "Badge earned: First steps",
            "You completed your first lesson.",
            NOW - timedelta(days=20),
            is_read=True,
        ),
    ]


def sample_pending() -> list[PendingChange]:
    python = LessonRef(3, "Introduction to Python")
    return [
        PendingChange("p1", ChangeWhat("progress.complete", python), NOW - timedelta(minutes=12)),
        PendingChange(
            "p2",
            ChangeWhat("quiz.submit", LessonRef(4, "Reading files with Python")),
            NOW - timedelta(minutes=9),
        ),
        PendingChange(
            "p3",
            ChangeWhat("progress.time", python, seconds=20 * 60),
            NOW - timedelta(minutes=5),
            ChangeState.SENT,
        ),
        PendingChange(
            "p4",
            ChangeWhat("rating.set", course_title="Practical Git", rating=5),
            NOW - timedelta(days=1),
            ChangeState.REJECTED,
            "Course is no longer published",
        ),
    ]
