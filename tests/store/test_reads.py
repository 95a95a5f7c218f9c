"""UI-facing reads from the local store: catalogue, course page, dashboard."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

from desktop.protocol import PulledPage
from desktop.store.actions import learning, quizzes
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import Course
from desktop.store.reads.catalogue import CatalogueQuery, categories, fts_query, search_courses
from desktop.store.reads.course_view import course_view
from desktop.store.reads.dashboard import dashboard
from desktop.store.reads.screen_reads import standing
from desktop.store.replica.content import (
    CatalogueContent,
    download_state,
    mark_available_offline,
    record_download_progress,
    upsert_catalogue,
)
from desktop.store.replica.pulled import apply_page
from tests.store.conftest import COURSE, LEARNER, LESSONS, Q_SINGLE, QUIZ_LESSON, T0

WORDS = ["soil", "water", "maize", "algebra", "poetry", "history", "python", "circuits"]
CATEGORIES = ["Farming", "Maths", "Arts", "Science"]
LEVELS = ["beginner", "intermediate", "advanced"]


def big_catalogue(n: int) -> list[Course]:
    return [
        Course(
            id=f"course-{i:05d}",
            title=f"{WORDS[i % 8].title()} {i}",
            description=f"About {WORDS[(i * 3) % 8]} and more",
            tags=[WORDS[(i * 5) % 8]],
            category=CATEGORIES[(i // 7) % 4],
            difficulty_level=LEVELS[i % 3],
            is_published=i % 10 != 0,
            average_rating=(i % 50) / 10,
            enrollment_count=i % 997,
            created_at=T0 + timedelta(minutes=i),
            updated_at=T0,
        )
        for i in range(n)
    ]


def test_catalogue_search_over_ten_thousand_courses_is_fast_and_exact(
    store: LearnerStore,
) -> None:
    courses = big_catalogue(10_000)
    upsert_catalogue(store, CatalogueContent(courses=courses))
    query = CatalogueQuery(
        text="mai", category="Farming", difficulty="advanced", sort="rating", limit=20
    )
    started = time.perf_counter()
    page = search_courses(store, query)
    elapsed = time.perf_counter() - started
    expected = [
        c
        for c in courses
        if c.is_published
        and c.category == "Farming"
        and c.difficulty_level == "advanced"
        and any(
            "mai" in (f or "").lower() or any(t.startswith("mai") for t in (c.tags or []))
            for f in (c.title, c.description)
        )
    ]
    assert page.total == len(expected) > 20
    ratings = [c.average_rating for c in page.courses]
    assert ratings == sorted(ratings, reverse=True)
    assert len(page.courses) == 20
    assert all(c.category == "Farming" for c in page.courses)
    assert elapsed < 0.5, f"search took {elapsed:.3f}s"
    second = search_courses(
        store,
        CatalogueQuery(
            text="mai",
            category="Farming",
            difficulty="advanced",
            sort="rating",
            limit=20,
            offset=20,
        ),
    )
    assert not {c.id for c in second.courses} & {c.id for c in page.courses}
    assert "Farming" in categories(store)


def test_search_text_with_query_syntax_is_taken_literally(store: LearnerStore) -> None:
    assert fts_query('frac* OR "') == '"frac"* "OR"*'
    assert fts_query("  ") is None
    page = search_courses(store, CatalogueQuery(text='Fractions" OR'))
    assert page.total == 0
    assert search_courses(store, CatalogueQuery(text="fractions farm")).total == 1


def test_course_page_shows_lessons_in_order_with_progress_and_locks(
    store: LearnerStore,
) -> None:
    learning.enroll(store, COURSE)
    learning.complete_lesson(store, LESSONS[0])
    view = course_view(store, COURSE)
    assert view.is_enrolled
    assert [row.lesson.id for row in view.lessons] == LESSONS
    assert [row.completed for row in view.lessons] == [True, False, False]
    assert [row.locked for row in view.lessons] == [False, False, True]
    assert view.lessons[2].missing_prerequisites == [LESSONS[1]]
    assert view.enrollment is not None
    assert view.enrollment.progress_percentage == 33


def test_download_state_moves_from_downloading_to_offline_to_update_available(
    store: LearnerStore,
) -> None:
    assert download_state(store, COURSE).state == "not_downloaded"
    record_download_progress(store, COURSE, items_done=2, items_total=5)
    assert (download_state(store, COURSE).state, download_state(store, COURSE).items_done) == (
        "downloading",
        2,
    )
    mark_available_offline(store, COURSE, content_updated_at=T0)
    assert download_state(store, COURSE).state == "available_offline"
    newer = T0 + timedelta(days=1)
    apply_page(
        store,
        PulledPage(
            "catalogue",
            {
                "courses": [
                    {
                        "id": COURSE,
                        "title": "Fractions for Farmers",
                        "is_published": True,
                        "created_at": T0.isoformat(),
                        "updated_at": newer.isoformat(),
                    }
                ]
            },
        ),
    )
    assert download_state(store, COURSE).state == "update_available"
    assert course_view(store, COURSE).download_state == "update_available"


def test_dashboard_totals_come_from_the_local_store(store: LearnerStore) -> None:
    today = date(2026, 11, 25)
    apply_page(
        store,
        PulledPage(
            "learner",
            {
                "profiles": [
                    {
                        "id": LEARNER,
                        "username": "ama",
                        "full_name": "Ama",
                        "points": 120,
                        "streak_days": 4,
                        "last_active": T0.isoformat(),
                        "created_at": T0.isoformat(),
                        "updated_at": T0.isoformat(),
                    }
                ],
                "achievements": [
                    {
                        "id": f"a{i}",
                        "title": f"Badge {i}",
                        "icon": "star",
                        "criteria": {},
                        "created_at": T0.isoformat(),
                    }
                    for i in range(3)
                ],
                "user_achievements": [
                    {
                        "id": "ua1",
                        "user_id": LEARNER,
                        "achievement_id": "a0",
                        "earned_at": T0.isoformat(),
                    }
                ],
            },
        ),
    )
    learning.enroll(store, COURSE)
    noon = datetime(2026, 11, 24, 12, tzinfo=UTC)
    learning.record_time_spent(store, LESSONS[0], 600, at=noon)
    learning.record_time_spent(store, LESSONS[1], 300, at=noon)
    learning.record_time_spent(store, LESSONS[0], 60, at=noon - timedelta(days=40))
    quizzes.submit_quiz_attempt(store, QUIZ_LESSON, {Q_SINGLE: {"version": 1, "answer": "b"}})
    board = dashboard(store, today=today, tz=UTC)
    assert (board.points, board.streak_days) == (120, 4)
    assert (board.badges_earned, board.badges_to_earn) == (1, 2)
    assert (board.courses_in_progress, board.courses_completed) == (1, 0)
    assert len(board.study_seconds_by_day) == 30
    assert board.study_seconds_by_day[-2] == (date(2026, 11, 24), 900)
    assert sum(s for _, s in board.study_seconds_by_day) == 900  # 40 days ago is out
    assert [(s.percent, s.passed) for s in board.quiz_scores] == [(0.0, False)]
    # 23:30 UTC on the 24th is already the 25th in Lagos (UTC+1).
    lagos = timezone(timedelta(hours=1))
    learning.record_time_spent(
        store, LESSONS[0], 120, at=datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    )
    local_days = dict(dashboard(store, today=today, tz=lagos).study_seconds_by_day)
    assert (local_days[date(2026, 11, 24)], local_days[date(2026, 11, 25)]) == (900, 120)


def test_only_badges_the_learner_can_earn_or_has_earned_are_shown_and_counted(
    store: LearnerStore,
) -> None:
    elsewhere = "c0000000-0000-4000-8000-000000000099"

    def badge(badge_id: str, course: str | None, *, active: bool = True) -> dict[str, object]:
        return {
            "id": badge_id,
            "title": badge_id,
            "icon": "star",
            "criteria": {},
            "course_id": course,
            "is_active": active,
            "created_at": T0.isoformat(),
        }

    apply_page(
        store,
        PulledPage(
            "catalogue",
            {
                "achievements": [
                    badge("everyone", None),
                    badge("this-course", COURSE),
                    badge("other-course", elsewhere),
                    badge("other-earned", elsewhere),
                    badge("retired", None, active=False),
                ]
            },
        ),
    )
    apply_page(
        store,
        PulledPage(
            "learner",
            {
                "user_achievements": [
                    {
                        "id": "ua1",
                        "user_id": LEARNER,
                        "achievement_id": "other-earned",
                        "earned_at": T0.isoformat(),
                    }
                ]
            },
        ),
    )

    # Before enrolling: the platform badge, and the one already earned.
    assert [b.id for b in standing(store).achievements] == ["everyone", "other-earned"]
    assert dashboard(store, tz=UTC).badges_to_earn == 1
    learning.enroll(store, COURSE)
    shown = standing(store)
    assert [b.id for b in shown.achievements] == ["everyone", "other-earned", "this-course"]
    assert set(shown.earned) == {"other-earned"}
    board = dashboard(store, tz=UTC)
    assert (board.badges_earned, board.badges_to_earn) == (1, 2)
    learning.unenroll(store, COURSE)
    assert [b.id for b in standing(store).achievements] == ["everyone", "other-earned"]


def test_a_finished_course_leaves_in_progress_for_completed_with_its_date(
    store: LearnerStore,
) -> None:
    from desktop.store.reads.screen_reads import courses_completed, courses_in_progress

    learning.enroll(store, COURSE)
    for lesson in LESSONS[:-1]:
        learning.complete_lesson(store, lesson, at=T0)
    assert [c.id for _, c in courses_in_progress(store)] == [COURSE]
    assert courses_completed(store) == []
    finished = T0 + timedelta(days=2)
    learning.complete_lesson(store, LESSONS[-1], at=finished)
    assert courses_in_progress(store) == []
    [(enrollment, course)] = courses_completed(store)
    assert course.id == COURSE
    assert enrollment.completed_at == finished
