"""SQLModel tables of the local store.

Mirror tables use the server's table and column names (``supabase/migrations``)
so a test can compare them with the server schema; columns that exist only on
this device are listed in each model's ``LOCAL_ONLY``.
"""

from desktop.store.models.catalogue import (
    Achievement,
    Course,
    CourseFile,
    Lesson,
    LessonContent,
    QuizAnswerKey,
    QuizQuestion,
    QuizQuestionVersion,
)
from desktop.store.models.learner import (
    CourseRating,
    Enrollment,
    LeaderboardEntry,
    LessonProgress,
    Notification,
    Profile,
    QuizAttempt,
    UserAchievement,
)
from desktop.store.models.local import (
    AVAILABLE_OFFLINE,
    DOWNLOADING,
    NOT_DOWNLOADED,
    PENDING,
    REJECTED,
    REMOVED,
    SENT,
    UPDATE_AVAILABLE,
    CachedImage,
    CourseDownload,
    OutboxRow,
    SyncCursor,
    SyncState,
    TimeIncrement,
)

MIRROR_MODELS = (
    Course,
    CourseFile,
    Lesson,
    LessonContent,
    QuizQuestion,
    QuizQuestionVersion,
    QuizAnswerKey,
    Achievement,
    Profile,
    Enrollment,
    LessonProgress,
    QuizAttempt,
    UserAchievement,
    CourseRating,
    Notification,
)

__all__ = [
    "AVAILABLE_OFFLINE",
    "DOWNLOADING",
    "MIRROR_MODELS",
    "NOT_DOWNLOADED",
    "PENDING",
    "REJECTED",
    "REMOVED",
    "SENT",
    "UPDATE_AVAILABLE",
    "Achievement",
    "CachedImage",
    "Course",
    "CourseDownload",
    "CourseFile",
    "CourseRating",
    "Enrollment",
    "LeaderboardEntry",
    "Lesson",
    "LessonContent",
    "LessonProgress",
    "Notification",
    "OutboxRow",
    "Profile",
    "QuizAnswerKey",
    "QuizAttempt",
    "QuizQuestion",
    "QuizQuestionVersion",
    "SyncCursor",
    "SyncState",
    "TimeIncrement",
    "UserAchievement",
]
