"""Store reads turned into view data: what each screen asks for.

Each function takes the learner's store and returns the dataclasses of
``desktop.ui.viewdata``; they run on the task runner's read threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.course_package.images import find_images, package_path
from desktop.course_package.media import MAX_CAPTION_BYTES, kind_of, media_type
from desktop.course_package.media_blocks import read_media_blocks
from desktop.course_package.problems import ProblemLog
from desktop.course_package.sections import split_sections
from desktop.course_package.text_direction import Direction, resolved
from desktop.rules.grading import CountedAttempt, standing
from desktop.store import actions, reads, replica
from desktop.store.db import LearnerStore
from desktop.store.errors import NotFound
from desktop.store.models import REJECTED, Course, Lesson, LessonProgress, QuizAttempt
from desktop.store.replica import cached_image_path, image_key, playable_file
from desktop.ui.catalogue.store_source import offline_state
from desktop.ui.i18n import translate
from desktop.ui.lesson.watching import media_key
from desktop.ui.viewdata import (
    Badge,
    ChangeState,
    ClassPageData,
    CompletedCourse,
    CourseDetail,
    CourseInProgress,
    DashboardData,
    LeaderboardRow,
    LessonContent,
    LessonLink,
    LessonRow,
    MediaView,
    NotificationItem,
    PendingChange,
    QuizAttemptSummary,
    QuizData,
    QuizOption,
    QuizQuestion,
)


def _lesson_read(store: LearnerStore, lesson_id: str, progress: LessonProgress | None) -> float:
    """How much of the lesson is read, 0–1: its recorded percentage, or the mean of
    its sections' progress when that says more (reading is not completing: the
    learner completes a lesson with its button; a one-section lesson read shows 100%)."""
    if progress is None:
        return 0.0
    recorded = progress.completion_percentage / 100
    stored = progress.section_progress or {}
    if recorded >= 1.0 or not stored:
        return recorded
    body = reads.lesson_body(store, lesson_id)
    # its text's sections, and each video, sound and PDF as one more part
    keys = [section.key for section in split_sections(body)] if body else []
    keys += [media_key(path) for path in _media_paths(body or "")]
    if not keys:
        return recorded
    read = 0.0
    for key in keys:
        entry = stored.get(key)
        percent = entry.get("percent", 0) if isinstance(entry, dict) else 0
        if isinstance(percent, int | float):
            read += max(0.0, min(1.0, percent / 100))
    return max(recorded, read / len(keys))


def _text_of(path: str | None) -> str | None:
    """A small text file (captions) read here, on the worker, not by the player."""
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_CAPTION_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None


def _media_paths(body: str) -> list[str]:
    blocks = read_media_blocks("", body, 1, ProblemLog())
    return [path for block in blocks if block.file and (path := package_path(block.file))]


def _chosen_remaining(
    store: LearnerStore,
    course_id: str,
    chosen: frozenset[str] | None,
    every: replica.DownloadSize,
) -> int | None:
    """Bytes of the files the learner chose that are not here yet (None: not known)."""
    if not every.known:
        return None
    return (
        every.remaining
        if chosen is None
        else replica.download_size(store, course_id, chosen).remaining
    )


def course_detail(store: LearnerStore, course_id: str) -> CourseDetail:
    view = reads.course_view(store, course_id)
    titles = {row.lesson.id: row.lesson.title for row in view.lessons}
    unknown = translate("reads", "an earlier lesson")  # a prerequisite not on this computer
    quiz_lessons = reads.lessons_with_quiz(store, course_id)
    download = reads.course_download(store, course_id)
    files = replica.download_size(store, course_id)
    chosen = replica.chosen_file_lessons(store, course_id)
    rows = tuple(
        LessonRow(
            id=row.lesson.id,
            title=row.lesson.title,
            position=row.lesson.order_index,
            duration_minutes=row.lesson.estimated_duration_minutes or 10,
            progress=_lesson_read(store, row.lesson.id, row.progress),
            completed=row.completed,
            locked_by=tuple(titles.get(p, unknown) for p in row.missing_prerequisites),
            has_quiz=row.lesson.id in quiz_lessons,
            download_bytes=files.per_lesson.get(row.lesson.id, 0),
            files_here=chosen is None or row.lesson.id in chosen,
        )
        for row in view.lessons
    )
    course = view.course
    state, progress = offline_state(download, course)
    return CourseDetail(
        id=course.id,
        title=course.title,
        instructor=course.instructor_name or "",
        description=course.description or "",
        difficulty=course.difficulty_level,
        duration_hours=course.estimated_duration_hours or 1,
        rating=float(course.average_rating),
        enrollment_count=course.enrollment_count,
        lessons=rows,
        is_enrolled=view.is_enrolled,
        is_premium=course.is_premium,
        offline_state=state,
        download_progress=progress,
        download_bytes=files.total if files.known else None,
        download_remaining=files.remaining if files.known else None,
        files_remaining=_chosen_remaining(store, course_id, chosen, files),
        files_paused=bool(download is not None and download.files_paused),
        my_rating=view.rating.rating if view.rating else 0,
        my_review=(view.rating.review or "") if view.rating else "",
        completed_at=(
            view.enrollment.completed_at
            if view.is_enrolled
            and view.enrollment is not None
            and view.enrollment.progress_percentage >= 100
            else None
        ),
    )


def lesson_content(store: LearnerStore, lesson_id: str) -> LessonContent:
    body = reads.lesson_body(store, lesson_id)
    text_here = body is not None
    lesson, progress = reads.lesson_with_progress(store, lesson_id)
    has_quiz = lesson_id in reads.lessons_with_quiz(store, lesson.course_id)
    if body is None:
        body = f"# {lesson.title}\n\n" + translate(
            "reads",
            "This lesson is not on this computer yet. Download the course for offline use, "
            "or connect to the internet and try again.",
        )
    sections = {}
    if progress is not None:
        for key, entry in (progress.section_progress or {}).items():
            percent = entry.get("percent", 0) if isinstance(entry, dict) else 0
            sections[key] = float(percent) / 100
    return LessonContent(
        id=lesson.id,
        course_id=lesson.course_id,
        title=lesson.title,
        body_markdown=body,
        images=_cached_images(store, lesson.course_id, body),
        has_quiz=has_quiz,
        completed=bool(progress and reads.is_completed(progress)),
        section_progress=sections,
        time_spent_seconds=progress.time_spent_seconds if progress else 0,
        media=_media(store, lesson.course_id, body, progress),
        text_here=text_here,
        **_neighbours(store, lesson.course_id, lesson_id),
    )


def _media(
    store: LearnerStore, course_id: str, body: str, progress: LessonProgress | None
) -> tuple[MediaView, ...]:
    """The lesson's media blocks with their cached files (only whole, current
    copies: replica.playable_file) and each one's stored progress."""
    stored = (progress.section_progress or {}) if progress is not None else {}
    found = []
    for block in read_media_blocks("", body, 1, ProblemLog()):
        path = package_path(block.file) if block.file else None
        kind = media_type(path) if path else None
        if path is None or kind is None:
            continue
        entry = stored.get(media_key(path))

        def cached(target: str | None) -> str | None:
            local = package_path(target) if target else None
            return playable_file(store, course_id, local) if local else None

        found.append(
            MediaView(
                index=block.index,
                path=path,
                title=block.title or path,
                kind=kind_of(kind),
                duration_seconds=block.duration_seconds,
                file=cached(path),
                poster=cached(block.poster),
                captions=_text_of(cached(block.captions)),
                progress=dict(entry) if isinstance(entry, dict) else {},
            )
        )
    return tuple(found)


def _neighbours(store: LearnerStore, course_id: str, lesson_id: str) -> dict[str, Any]:
    """The course's title, the lessons before and after this one, and whether the
    others are all completed (then completing this one completes the course)."""
    view = reads.course_view(store, course_id)
    rows = list(view.lessons)
    at = next((i for i, row in enumerate(rows) if row.lesson.id == lesson_id), None)
    if at is None:
        return {"course_title": view.course.title, **_language(view.course, None)}

    def link(i: int) -> LessonLink | None:
        if not 0 <= i < len(rows):
            return None
        row = rows[i]
        # this lesson is about to be completed: only other prerequisites lock the next one
        locked = any(p != lesson_id for p in row.missing_prerequisites)
        return LessonLink(row.lesson.id, row.lesson.title, locked)

    return {
        "course_title": view.course.title,
        **_language(view.course, rows[at].lesson),
        "previous": link(at - 1),
        "next": link(at + 1),
        "others_completed": all(row.completed for i, row in enumerate(rows) if i != at),
    }


def _language(course: Course, lesson: Lesson | None) -> dict[str, Any]:
    """The lesson's language and direction: its own where it says, else its course's."""
    language = (lesson.language if lesson else None) or course.language
    direction = (lesson.direction if lesson else None) or course.direction
    if lesson is not None and lesson.language and not lesson.direction:
        direction = Direction.AUTO  # a lesson in another language: that language decides
    return {"language": language, "direction": resolved(language, direction)}


def _cached_images(store: LearnerStore, course_id: str, body: str) -> dict[str, str]:
    """Each image the body shows → its cached file (indexed by ``image_key``)."""
    found = {}
    for ref in find_images(body, 1):
        if ref.path is None:
            continue
        path = cached_image_path(store, image_key(course_id, ref.path))
        if path:
            found[ref.target] = path
    return found


def quiz_data(store: LearnerStore, lesson_id: str) -> QuizData:
    view = actions.quiz_for_lesson(store, lesson_id)
    title = reads.lesson_title(store, lesson_id)
    shown = [(q.id, q.version) for q in view.questions]
    keys = reads.answer_keys(store, shown) if view.can_grade_offline else None
    attempts = reads.quiz_attempts(store, lesson_id)
    questions = tuple(
        QuizQuestion(
            q.id,
            q.version,
            q.kind,
            q.prompt,
            tuple(QuizOption(str(o.get("id")), str(o.get("text", ""))) for o in q.options),
            q.points,
            q.scoring,
            q.case_sensitive,
        )
        for q in view.questions
    )
    return QuizData(
        lesson_id=lesson_id,
        title=translate("reads", "Quiz: {title}").format(title=title or ""),
        mode=view.quiz_mode,
        questions=questions,
        answer_keys=keys,
        attempts=tuple(_attempt_summary(a) for a in attempts),
        explanations=reads.explanations(store, shown) if keys is not None else {},
        max_attempts=view.max_attempts,
        grading=view.grading,
        **_standing(view, attempts),
        **_way_on(store, lesson_id),
    )


def _way_on(store: LearnerStore, lesson_id: str) -> dict[str, Any]:
    """Where a learner goes after passing: the next lesson of the course in
    its order, or back to the course after its last lesson."""
    course_id = reads.lesson_course_id(store, lesson_id)
    if course_id is None:
        return {}
    try:
        course = reads.course_view(store, course_id)
    except NotFound:
        return {}
    ids = [row.lesson.id for row in course.lessons]
    at = ids.index(lesson_id) if lesson_id in ids else len(ids)
    following = course.lessons[at + 1 : at + 2]
    return {
        "course_id": course_id,
        "course_title": course.course.title,
        "next_lesson_id": following[0].lesson.id if following else None,
        "next_lesson_title": following[0].lesson.title if following else "",
    }


def _standing(view: actions.QuizView, attempts: list[QuizAttempt]) -> dict[str, Any]:
    """Attempts used and passed, as the server counts them (desktop.rules.grading)."""
    graded = [
        CountedAttempt(a.attempt_number or 0, a.score, a.max_score)
        for a in attempts
        if a.grading_state == "server" and a.counted and a.score is not None and a.max_score
    ]
    waiting = sum(a.grading_state != "server" for a in attempts)
    state = standing(
        graded,
        assessed=view.quiz_mode == "assessed",
        max_attempts=view.max_attempts or 1,
        grading=view.grading,
    )
    # closed by what the server graded alone; attempts waiting to be sent open nothing
    return {
        "attempts_used": state.attempts_used + waiting,
        "passed": state.passed,
        "feedback_available": view.feedback and state.closed,
    }


def _attempt_summary(a: QuizAttempt) -> QuizAttemptSummary:
    graded_here = a.local_score is not None
    score = a.local_score if graded_here else a.score
    max_score = (a.local_max_score if graded_here else a.max_score) or a.max_score or 1
    passed = a.local_is_passed if graded_here else a.is_passed
    server = a.score if a.graded_at is not None else None
    return QuizAttemptSummary(
        a.id,
        a.completed_at,
        score,
        max_score,
        passed,
        server_score=server,
        counted=a.counted,
        not_counted_reason=a.not_counted_reason,
    )


def dashboard_data(store: LearnerStore) -> DashboardData:
    summary = reads.dashboard(store)
    standing = reads.standing(store)
    achievements, earned, board = standing.achievements, standing.earned, standing.leaderboard
    courses = in_progress_courses(store)
    return DashboardData(
        points=summary.points,
        streak_days=summary.streak_days,
        badges=tuple(
            Badge(
                a.title,
                a.description or "",
                _badge_icon(a.icon),
                _badge_color(a.badge_color),
                earned.get(a.id),
            )
            for a in achievements
        ),
        in_progress=tuple(courses),
        completed=tuple(completed_courses(store)),
        study_minutes=tuple((d, s // 60) for d, s in summary.study_seconds_by_day),
        quiz_scores=tuple(
            (q.completed_at, q.percent / 100) for q in summary.quiz_scores if q.percent is not None
        ),
        leaderboard=tuple(
            LeaderboardRow(e.server_rank, e.username, e.points, is_me=e.is_self) for e in board
        ),
        leaderboard_cached_at=board[0].fetched_at if board else None,
    )


def completed_courses(store: LearnerStore) -> list[CompletedCourse]:
    return [
        CompletedCourse(course.id, course.title, enrollment.completed_at)
        for enrollment, course in reads.courses_completed(store)
    ]


def in_progress_courses(store: LearnerStore) -> list[CourseInProgress]:
    return [
        CourseInProgress(course.id, course.title, enrollment.progress_percentage / 100)
        for enrollment, course in reads.courses_in_progress(store)
    ]


_COLORS = {
    "blue": "#2563eb",
    "green": "#16a34a",
    "gold": "#d97706",
    "orange": "#ea580c",
    "purple": "#7c3aed",
    "red": "#dc2626",
}


def _badge_color(name: str | None) -> str:
    name = name or "blue"
    return name if name.startswith("#") else _COLORS.get(name, "#2563eb")


def _badge_icon(icon: str | None) -> str:
    # server icons are names ("trophy"); one glyph the bundled fonts can draw
    return icon if icon and len(icon) <= 2 else "★"


def notifications(store: LearnerStore) -> list[NotificationItem]:
    return [
        NotificationItem(n.id, n.type, n.title, n.message, n.created_at, n.is_read)
        for n in reads.notifications(store)
    ]


RECENTLY_SENT = 20  # acknowledged changes shown above the waiting ones


def pending_changes(store: LearnerStore) -> list[PendingChange]:
    """The most recently sent changes, then everything waiting or refused."""
    sent = [
        PendingChange(str(row.seq), what, row.created_at, ChangeState.SENT)
        for row, what in reads.recently_sent(store, RECENTLY_SENT)
    ]
    return sent + [
        PendingChange(
            str(p.seq),
            p.what,
            p.created_at,
            ChangeState.REJECTED if p.state == REJECTED else ChangeState.WAITING,
            p.reason or "",
        )
        for p in reads.pending_changes(store)
    ]


def lesson_hits(
    store: LearnerStore, words: str, *, course_id: str | None = None, limit: int = 50
) -> list[reads.LessonHit]:
    """Sections of the downloaded lessons (of one course, when given) holding ``words``."""
    return reads.search_lessons(store, words, course_id=course_id, limit=limit)


def course_of_lesson(store: LearnerStore, lesson_id: str) -> CourseDetail | None:
    """The page of the course ``lesson_id`` belongs to; None for an unknown lesson."""
    course_id = reads.lesson_course_id(store, lesson_id)
    return course_detail(store, course_id) if course_id else None


def class_page(store: LearnerStore, course_id: str | None = None) -> ClassPageData:
    """The teacher's Class page: the courses taught here and the class of ``course_id``
    (None, or a course no longer taught here: the first).  A guest teaches nothing."""
    if store.user_id is None:
        return ClassPageData((), None)
    courses = tuple(reads.taught_courses(store))
    ids = [course for course, _title in courses]
    if not ids:
        return ClassPageData((), None)
    chosen = course_id if course_id in ids else ids[0]
    return ClassPageData(courses, reads.class_view(store, chosen))


def export_class(store: LearnerStore, course_id: str, path: Path) -> int:
    """Write the class of ``course_id`` to ``path`` as CSV; the rows written (OSError: why not)."""
    return reads.write_class_csv(reads.class_view(store, course_id), path)
