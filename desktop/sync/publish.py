"""Publishing a course package to Supabase as the signed-in instructor (issue #5).

``Publisher(client, user_id).publish(package)`` makes the server hold exactly
what the package says, by comparing and then writing only the difference:

1. the course row (created unpublished the first time, so learners never see
   a half-made course);
2. images to ``course-content/<course id>/<path>`` (skipped when the stored
   object's MD5 eTag already matches), then objects the package dropped are
   removed;
3. lessons: removed ones deleted, moved ones parked at a temporary order
   (``unique (course_id, order_index)`` is checked per statement and each
   REST call is its own transaction), new ones inserted, changed ones updated,
   unchanged ones untouched; then their bodies;
4. quiz questions (an edit makes a new version on the server) and the answer
   key of each question's current version; questions the package dropped are
   deactivated, never deleted, so pending offline attempts still grade;
5. the achievements the package names;
6. finally ``is_published``.

Every step is "make it so", so running it again after an interruption ends
in the same state as one clean run.  RLS decides who may do what; a refusal
becomes a ``PublishRefused`` with a plain sentence.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from typing import Any

from postgrest.exceptions import APIError
from supabase import Client

from desktop.course_package import CoursePackage
from desktop.sync import publish_rows as rows
from desktop.sync.errors import InvalidReply, RequestRejected, SyncError, classify
from desktop.sync.publish_report import PublishRefused, PublishReport
from desktop.sync.publish_storage import CourseFiles

log = logging.getLogger(__name__)

# PostgreSQL's insufficient_privilege / RLS violation, and unique_violation.
DENIED = "42501"
TAKEN = "23505"

StepHook = Callable[[str], None]


def _parking_order(lesson_id: str) -> int:
    # A distinct negative order per lesson: still unique if an interrupted
    # earlier run left other lessons parked.
    return -1 - uuid.UUID(lesson_id).int % 2_000_000_000


class Publisher:
    """Publishes packages with ``client``, an SDK client signed in as ``user_id``.

    ``before_write`` (optional) is called with a short description before each
    write: the CLI shows progress with it, tests interrupt a publish with it.
    """

    def __init__(self, client: Client, user_id: str, *,
                 before_write: StepHook | None = None) -> None:
        self.client = client
        self.user_id = user_id
        self._before_write = before_write or (lambda step: None)

    def publish(self, package: CoursePackage, *, publish: bool = True) -> PublishReport:
        report = PublishReport(course_id=package.id)
        try:
            self._check_role()
            self._course(package, report)
            thumbnail_url = self._images(package, report)
            self._course_details(package, thumbnail_url, report)
            lesson_ids = self._lessons(package, report)
            self._bodies(package, lesson_ids)
            self._questions(package, lesson_ids, report)
            self._achievements(package, report)
            self._set_published(package, publish, report)
        except SyncError:
            raise
        except Exception as exc:
            if _sqlstate(exc) == DENIED:
                raise PublishRefused(
                    f"The server refused to change “{package.title}”: you can only publish "
                    "courses you teach.") from exc
            error = classify(exc)
            if type(error) is SyncError:
                raise  # not an SDK or network error: a bug or the caller's own exception
            raise error from exc  # SDK errors become sentences (desktop.sync.errors)
        log.info("published course %s: %s", package.id, report.one_line())
        return report

    # -- who is publishing --------------------------------------------------
    def _check_role(self) -> None:
        found = self._select("profiles", "role", id=self.user_id)
        role = found[0]["role"] if found else None
        if role not in ("instructor", "admin"):
            raise PublishRefused("Only instructors can publish courses, and this account is "
                                 "a learner's. Ask an administrator to make you an instructor.")

    # -- the course -----------------------------------------------------------
    def _course(self, package: CoursePackage, report: PublishReport) -> None:
        found = self._select("courses", "id, instructor_id, is_published", id=str(package.id))
        if found:
            if found[0]["instructor_id"] != self.user_id and not self._is_admin():
                raise self._not_yours(package)
            return
        self._write(f"create course {package.slug}")
        try:
            self.client.table("courses").insert({
                "id": str(package.id), "instructor_id": self.user_id, "is_published": False,
                **rows.course_row(package, None),
            }).execute()
        except APIError as exc:
            if exc.code == TAKEN:
                # The id exists but RLS hides it: someone else's draft.
                raise self._not_yours(package) from exc
            raise
        report.course_created = True

    def _not_yours(self, package: CoursePackage) -> PublishRefused:
        return PublishRefused(
            f"The course “{package.title}” ({package.id}) belongs to another instructor; "
            "you cannot publish into it. Give your package its own id in course.toml.")

    def _is_admin(self) -> bool:
        found = self._select("profiles", "role", id=self.user_id)
        return bool(found) and found[0]["role"] == "admin"

    def _course_details(self, package: CoursePackage, thumbnail_url: str | None,
                        report: PublishReport) -> None:
        wanted = rows.course_row(package, thumbnail_url)
        (stored,) = self._select("courses", ", ".join(rows.COURSE_COLUMNS), id=str(package.id))
        if rows.differs(wanted, stored):
            self._write(f"update course {package.slug}")
            self.client.table("courses").update(wanted).eq("id", str(package.id)).execute()
            report.course_updated = True

    def _set_published(self, package: CoursePackage, publish: bool,
                       report: PublishReport) -> None:
        (stored,) = self._select("courses", "is_published", id=str(package.id))
        if stored["is_published"] != publish:
            self._write("publish course" if publish else "unpublish course")
            self.client.table("courses").update({"is_published": publish}) \
                .eq("id", str(package.id)).execute()
        report.published = publish

    # -- images -----------------------------------------------------------------
    def _images(self, package: CoursePackage, report: PublishReport) -> str | None:
        files = CourseFiles(self.client, package.id)
        stored = files.etags()
        wanted = {rows.object_name(package, asset.path): asset for asset in package.assets}
        for name, asset in wanted.items():
            etag = '"' + hashlib.md5(asset.data, usedforsecurity=False).hexdigest() + '"'
            if stored.get(name) != etag:
                self._write(f"upload {asset.path}")
                files.upload(name, asset.data, asset.content_type)
                report.images_uploaded += 1
        gone = sorted(set(stored) - set(wanted))
        if gone:
            self._write(f"remove {len(gone)} old files")
            files.remove(gone)
            report.images_removed += len(gone)
        if package.thumbnail is None:
            return None
        return files.public_url(rows.object_name(package, package.thumbnail))

    # -- lessons ----------------------------------------------------------------
    def _lessons(self, package: CoursePackage, report: PublishReport) -> list[str]:
        columns = "id, " + ", ".join(rows.LESSON_COLUMNS)
        stored = {row["id"]: row for row in self._select("lessons", columns,
                                                         course_id=str(package.id))}
        wanted = {str(lesson.id): rows.lesson_row(package, lesson) for lesson in package.lessons}
        for lesson_id in sorted(set(stored) - set(wanted)):
            self._write(f"remove lesson {stored[lesson_id]['component_path']}")
            self.client.table("lessons").delete().eq("id", lesson_id).execute()
            report.lessons_removed.append(stored[lesson_id]["title"])
        for lesson_id, row in stored.items():
            if lesson_id in wanted and row["order_index"] != wanted[lesson_id]["order_index"]:
                self._write(f"move lesson {row['component_path']} aside")
                self.client.table("lessons").update(
                    {"order_index": _parking_order(lesson_id)}).eq("id", lesson_id).execute()
        for lesson in package.lessons:
            lesson_id, row = str(lesson.id), wanted[str(lesson.id)]
            if lesson_id not in stored:
                self._write(f"add lesson {lesson.slug}")
                self.client.table("lessons").insert({"id": lesson_id, **row}).execute()
                report.lessons_added.append(lesson.title)
            elif rows.differs(row, stored[lesson_id]):
                self._write(f"update lesson {lesson.slug}")
                self.client.table("lessons").update(row).eq("id", lesson_id).execute()
                report.lessons_updated.append(lesson.title)
            else:
                report.lessons_unchanged.append(lesson.title)
        return list(wanted)

    def _bodies(self, package: CoursePackage, lesson_ids: list[str]) -> None:
        stored = {row["lesson_id"]: row["body_markdown"] for row in self._select_in(
            "lesson_contents", "lesson_id, body_markdown", "lesson_id", lesson_ids)}
        for lesson in package.lessons:
            lesson_id = str(lesson.id)
            if lesson_id not in stored:
                self._write(f"add the text of {lesson.slug}")
                self.client.table("lesson_contents").insert(
                    {"lesson_id": lesson_id, "body_markdown": lesson.body_markdown}).execute()
            elif stored[lesson_id] != lesson.body_markdown:
                self._write(f"update the text of {lesson.slug}")
                self.client.table("lesson_contents").update(
                    {"body_markdown": lesson.body_markdown}).eq("lesson_id", lesson_id).execute()

    # -- quizzes ----------------------------------------------------------------
    def _questions(self, package: CoursePackage, lesson_ids: list[str],
                   report: PublishReport) -> None:
        columns = "id, lesson_id, version, " + ", ".join(rows.QUESTION_COLUMNS)
        stored = {row["id"]: row for row in self._select_in(
            "quiz_questions", columns, "lesson_id", lesson_ids)}
        keys = {(row["question_id"], row["version"]): row["correct"] for row in self._select_in(
            "quiz_answer_keys", "question_id, version, correct", "question_id", list(stored))}
        wanted_ids: set[str] = set()
        for lesson in package.lessons:
            for question in lesson.questions:
                question_id = str(question.id)
                wanted_ids.add(question_id)
                row = rows.question_row(question)
                current = stored.get(question_id)
                if current is None:
                    self._write(f"add question {lesson.slug}/{question.key}")
                    current = self._returned(self.client.table("quiz_questions").insert(
                        {"id": question_id, "lesson_id": str(lesson.id), **row}).execute())
                    report.questions_added += 1
                elif rows.differs(row, current):
                    self._write(f"update question {lesson.slug}/{question.key}")
                    current = self._returned(self.client.table("quiz_questions").update(row)
                                             .eq("id", question_id).execute())
                    report.questions_updated += 1
                self._answer_key(question_id, int(current["version"]),
                                 rows.answer_key(question), keys)
        for question_id, current in stored.items():
            if question_id not in wanted_ids and current["is_active"]:
                self._write("retire a removed question")
                self.client.table("quiz_questions").update({"is_active": False}) \
                    .eq("id", question_id).execute()
                report.questions_retired += 1

    def _answer_key(self, question_id: str, version: int, correct: list[str],
                    known: dict[tuple[str, int], Any]) -> None:
        if (question_id, version) not in known:
            # A new version may already have the previous key carried forward.
            found = self._select("quiz_answer_keys", "correct", question_id=question_id,
                                 version=str(version))
            if found:
                known[(question_id, version)] = found[0]["correct"]
        stored = known.get((question_id, version))
        if stored is None:
            self._write("add an answer key")
            self.client.table("quiz_answer_keys").insert(
                {"question_id": question_id, "version": version, "correct": correct}).execute()
        elif stored != correct:
            self._write("fix an answer key")
            self.client.table("quiz_answer_keys").update({"correct": correct}) \
                .eq("question_id", question_id).eq("version", version).execute()

    # -- achievements -------------------------------------------------------------
    def _achievements(self, package: CoursePackage, report: PublishReport) -> None:
        if not package.achievements:
            return
        wanted = [rows.achievement_row(achievement) for achievement in package.achievements]
        stored = {row["id"]: row for row in self._select_in(
            "achievements", "id, title, description, icon, badge_color, points_value, criteria",
            "id", [row["id"] for row in wanted])}
        for row in wanted:
            try:
                if row["id"] not in stored:
                    self._write(f"add achievement {row['title']}")
                    self.client.table("achievements").insert(row).execute()
                elif rows.differs(row, stored[row["id"]]):
                    self._write(f"update achievement {row['title']}")
                    self.client.table("achievements").update(row).eq("id", row["id"]).execute()
                else:
                    continue
                report.achievements_published += 1
            except APIError as exc:
                if exc.code != DENIED:
                    raise
                report.warnings.append(
                    f"The server does not let you publish the achievement “{row['title']}”; "
                    "an administrator can add it.")

    # -- helpers ------------------------------------------------------------------
    def _write(self, step: str) -> None:
        self._before_write(step)

    def _select(self, table: str, columns: str, **equal: str) -> list[dict[str, Any]]:
        query = self.client.table(table).select(columns)
        for column, value in equal.items():
            query = query.eq(column, value)
        return _rows(query.execute().data)

    def _select_in(self, table: str, columns: str, column: str,
                   values: list[str]) -> list[dict[str, Any]]:
        if not values:
            return []
        return _rows(self.client.table(table).select(columns).in_(column, values)
                     .execute().data)

    @staticmethod
    def _returned(response: Any) -> dict[str, Any]:
        found = _rows(response.data)
        if not found:
            raise RequestRejected("The server did not save the change (not allowed?).",
                                  code=DENIED)
        return found[0]


def _sqlstate(exc: BaseException) -> str | None:
    """PostgREST's error code: the SQLSTATE for database errors."""
    return str(exc.code) if isinstance(exc, APIError) and exc.code else None


def _rows(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise InvalidReply("The server sent rows Lantern did not understand.")
    return data
