"""Course packages: the folder (or zip) format instructors write lessons in.

Pure: no Qt, no network, no SQL.  ``load_package(path)`` returns a
``LoadResult`` holding either a ``CoursePackage`` or every ``Problem`` found.
The format is documented in ``docs/course-packages.md`` (issue #5).
"""

from desktop.course_package.loader import LoadResult, load_files, load_package, load_zip_bytes
from desktop.course_package.model import (
    Achievement,
    Asset,
    CoursePackage,
    Difficulty,
    Lesson,
    Option,
    Question,
    QuestionKind,
    QuizGrading,
    QuizMode,
    QuizRules,
    Scoring,
)
from desktop.course_package.problems import Problem
from desktop.course_package.source import Limits

__all__ = [
    "Achievement",
    "Asset",
    "CoursePackage",
    "Difficulty",
    "Lesson",
    "Limits",
    "LoadResult",
    "Option",
    "Problem",
    "Question",
    "QuestionKind",
    "QuizGrading",
    "QuizMode",
    "QuizRules",
    "Scoring",
    "load_files",
    "load_package",
    "load_zip_bytes",
]
