"""View data: the small, immutable records the screens draw.

The screens never see store rows or SDK replies; the composition root (or an
op) turns those into these dataclasses.  That keeps every widget testable with
plain values and lets the store change its tables without touching a widget.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop.course_package.text_direction import Direction
from desktop.store.models import ALL_FILES, SOME_LESSONS

if TYPE_CHECKING:  # annotations only: the window's first frame needs no store reads
    from desktop.store.reads import ChangeWhat, ClassView


class OfflineState(enum.Enum):
    """Where a course's content is, from the learner's point of view."""

    NOT_DOWNLOADED = "not_downloaded"
    DOWNLOADING = "downloading"
    AVAILABLE = "available"
    UPDATE_AVAILABLE = "update_available"


DIFFICULTIES = ("beginner", "intermediate", "advanced")


@dataclass(frozen=True)
class CourseCard:
    """One catalogue row."""

    id: str
    title: str
    instructor: str
    difficulty: str
    duration_hours: int
    rating: float
    enrollment_count: int
    is_premium: bool = False
    category: str = ""
    thumbnail_path: str | None = None
    offline_state: OfflineState = OfflineState.NOT_DOWNLOADED
    download_progress: float = 0.0  # 0..1, meaningful while DOWNLOADING
    is_enrolled: bool = False
    is_completed: bool = False  # every lesson done (the learner's enrolment at 100 %)
    completed_at: datetime | None = None


@dataclass(frozen=True)
class CatalogueQuery:
    """What the learner typed and picked above the catalogue."""

    text: str = ""
    category: str = ""  # "" = every category
    difficulty: str = ""  # "" = every difficulty


@dataclass(frozen=True)
class LessonRow:
    """One lesson in a course's ordered list."""

    id: str
    title: str
    position: int
    duration_minutes: int
    progress: float = 0.0  # 0..1
    completed: bool = False
    locked_by: tuple[str, ...] = ()  # titles of unmet prerequisites
    has_quiz: bool = False
    download_bytes: int = 0  # its pictures and media (the course's file manifest)
    files_here: bool = True  # False: the lesson's files were left out of the download

    @property
    def is_locked(self) -> bool:
        return bool(self.locked_by)


@dataclass(frozen=True)
class CourseDetail:
    id: str
    title: str
    instructor: str
    description: str
    difficulty: str
    duration_hours: int
    rating: float
    enrollment_count: int
    lessons: tuple[LessonRow, ...]
    is_enrolled: bool = False
    is_premium: bool = False
    offline_state: OfflineState = OfflineState.NOT_DOWNLOADED
    download_progress: float = 0.0
    my_rating: int = 0  # 0 = not rated
    my_review: str = ""
    completed_at: datetime | None = None  # every lesson done (the enrolment says when)
    # The course's files (pictures, media) from its manifest; None: not known
    # (a course published before there was one).  The cover is not counted.
    download_bytes: int | None = None
    download_remaining: int | None = None  # of those, not on this computer yet
    # Of the files the learner chose to download, bytes not here yet; and
    # whether they paused fetching them.
    files_remaining: int | None = None
    files_paused: bool = False

    @property
    def progress(self) -> float:
        if not self.lessons:
            return 0.0
        return sum(1.0 if row.completed else row.progress for row in self.lessons) / len(
            self.lessons
        )


@dataclass(frozen=True)
class LessonLink:
    """A neighbouring lesson the lesson page leads to."""

    id: str
    title: str
    locked: bool = False  # a prerequisite is not completed yet


@dataclass(frozen=True)
class MediaView:
    """A video, sound or PDF of a lesson (its ``index``-th media block)."""

    index: int
    path: str  # package path: the section key is watching.media_key(path)
    title: str
    kind: str  # "video", "audio" or "document"
    duration_seconds: int | None = None  # as the author wrote it (the player learns the real one)
    file: str | None = None  # the cached copy, when whole and current; else not downloaded
    poster: str | None = None  # cached poster image
    captions: str | None = None  # the WebVTT captions' text, read with the lesson
    progress: dict[str, Any] = field(default_factory=dict)  # its section entry


@dataclass(frozen=True)
class LessonContent:
    id: str
    course_id: str
    title: str
    body_markdown: str
    has_quiz: bool = False
    completed: bool = False
    section_progress: dict[str, float] = field(default_factory=dict)
    time_spent_seconds: int = 0
    # image reference as written in the body → cached file, resolved with the
    # lesson on a worker so the reader never queries the store while painting
    images: dict[str, str] = field(default_factory=dict)
    # where the page leads (empty in the instructor preview)
    course_title: str = ""
    previous: LessonLink | None = None
    next: LessonLink | None = None
    others_completed: bool = False  # every other lesson of the course is completed
    # which way its text runs (the lesson's, else the course's, else its language's)
    direction: Direction = Direction.AUTO
    language: str | None = None
    media: tuple[MediaView, ...] = ()
    # False: the body is not on this computer and the text shown says so; reading
    # it is not reading the lesson (no section read, no study time)
    text_here: bool = True


@dataclass(frozen=True)
class QuizOption:
    id: str
    text: str


@dataclass(frozen=True)
class QuizQuestion:
    id: str
    version: int
    kind: str  # single_choice | multiple_choice | short_answer
    prompt: str
    options: tuple[QuizOption, ...] = ()
    points: int = 1
    scoring: str = "all_or_nothing"  # multiple_choice: or "partial"
    case_sensitive: bool = False  # short_answer: case matters (code answers)


@dataclass(frozen=True)
class QuizAttemptSummary:
    id: str
    completed_at: datetime
    score: int | None  # None until graded (assessed quizzes, offline)
    max_score: int
    passed: bool | None
    server_score: int | None = None  # the server's grade once synced
    # False: the server kept it but did not count it (it arrived after the
    # quiz was closed: passed, or every attempt used); it has no grade.
    counted: bool = True
    # why not: "quiz_closed" (passed, or out of attempts) or "quiz_changed"
    not_counted_reason: str | None = None

    @property
    def awaiting_grade(self) -> bool:
        return self.counted and self.score is None


@dataclass(frozen=True)
class QuizData:
    lesson_id: str
    title: str
    mode: str  # practice | assessed
    questions: tuple[QuizQuestion, ...]
    answer_keys: dict[str, list[str]] | None  # None for assessed quizzes
    attempts: tuple[QuizAttemptSummary, ...] = ()
    # why each answer is right, by question id (practice keys that give one)
    explanations: dict[str, str] = field(default_factory=dict)
    max_attempts: int | None = None  # assessed quizzes: counted attempts allowed
    grading: str = "best"  # assessed quizzes: "best" or "last" attempt counts
    attempts_used: int = 0  # counted by the server, or sent and not graded yet
    passed: bool = False  # a counted attempt passed (the server's grade)
    # assessed: the server closed the quiz for this learner and the instructor allows
    # them to see which answers were right (asked of the server, online)
    feedback_available: bool = False
    # the way on after passing: the course's next lesson, or the course itself
    course_id: str | None = None
    course_title: str = ""
    next_lesson_id: str | None = None
    next_lesson_title: str = ""


@dataclass(frozen=True)
class Badge:
    title: str
    description: str
    icon: str = "★"
    color: str = "#3b82f6"
    earned_at: datetime | None = None


@dataclass(frozen=True)
class CourseInProgress:
    course_id: str
    title: str
    progress: float


@dataclass(frozen=True)
class CompletedCourse:
    course_id: str
    title: str
    completed_at: datetime | None


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int
    name: str
    points: int
    is_me: bool = False


@dataclass(frozen=True)
class DashboardData:
    points: int
    streak_days: int
    badges: tuple[Badge, ...]
    in_progress: tuple[CourseInProgress, ...]
    study_minutes: tuple[tuple[date, int], ...]  # one per day, oldest first
    quiz_scores: tuple[tuple[datetime, float], ...]  # score fraction 0..1
    leaderboard: tuple[LeaderboardRow, ...]
    leaderboard_cached_at: datetime | None = None
    completed: tuple[CompletedCourse, ...] = ()  # newest first


@dataclass(frozen=True)
class NotificationItem:
    id: str
    kind: str  # achievement | course_completion | …
    title: str
    message: str
    created_at: datetime
    is_read: bool = False


class ChangeState(enum.Enum):
    WAITING = "waiting"
    SENT = "sent"
    REJECTED = "rejected"


@dataclass(frozen=True)
class PendingChange:
    id: str
    what: ChangeWhat  # what the change did, worded by desktop.ui.pages.pending
    created_at: datetime
    state: ChangeState = ChangeState.WAITING
    reason: str = ""  # the server's reason when rejected


@dataclass(frozen=True)
class LearnerProfile:
    """A learner who has used this computer."""

    user_id: str
    username: str
    full_name: str
    server_url: str
    is_guest: bool = False
    pending_changes: int = 0
    signed_out: bool = False  # locked on this computer: a password or PIN opens them
    has_pin: bool = False  # a PIN they chose opens them (quick PIN sign-in is on)


@dataclass(frozen=True)
class SettingsData:
    server_url: str
    anon_key: str
    learner: LearnerProfile | None
    data_location: str
    leaderboard_opt_out: bool = False
    quick_pin: bool = False  # the school lets learners choose a PIN on this computer


@dataclass(frozen=True)
class FileChoice:
    files: str = ALL_FILES  # ALL_FILES, TEXT_ONLY or SOME_LESSONS
    lessons: tuple[str, ...] = ()  # SOME_LESSONS: whose files come

    def lessons_counted(self) -> list[str] | None:
        """The lessons whose files count for the space check; None: all."""
        if self.files == ALL_FILES:
            return None
        return list(self.lessons) if self.files == SOME_LESSONS else []


@dataclass(frozen=True)
class ClassPageData:
    """The teacher's Class page: the courses whose class is on this computer, and one's class."""

    courses: tuple[tuple[str, str], ...]  # (course id, title), by title
    view: ClassView | None  # the chosen course's class; None: no taught course here
