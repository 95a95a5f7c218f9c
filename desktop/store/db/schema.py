"""Local schema version and its forward migrations.

``PRAGMA user_version`` holds the version; ``MIGRATIONS[i]`` takes a database
from version i to i + 1.  Migrations are frozen SQL, never generated from the
current models, so an old file always upgrades the same way; a test checks
that the result matches the SQLModel models.  A file newer than this code
knows raises ``SchemaTooNew`` instead of being touched.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.store.errors import SchemaTooNew

log = logging.getLogger(__name__)

# Deferred: a pulled page may hold a lesson before its course.
_FK = "deferrable initially deferred"

V1_MIRROR = f"""
create table courses (
  id text primary key, title text not null, description text, thumbnail_url text,
  instructor_id text, instructor_name text,
  difficulty_level text not null default 'beginner',
  estimated_duration_hours integer, price real not null default 0,
  is_premium integer not null default 0, is_published integer not null default 0,
  tags text, category text, enrollment_count integer not null default 0,
  average_rating real not null default 0,
  created_at text not null, updated_at text not null);
create table lessons (
  id text primary key,
  course_id text not null references courses (id) on delete cascade {_FK},
  title text not null, description text, component_path text not null,
  order_index integer not null, estimated_duration_minutes integer,
  is_free integer not null default 0, prerequisites text, learning_objectives text,
  quiz_mode text not null default 'practice',
  created_at text not null, updated_at text not null);
create index idx_lessons_course_order on lessons (course_id, order_index);
create table lesson_contents (
  lesson_id text primary key references lessons (id) on delete cascade {_FK},
  body_markdown text not null, created_at text not null, updated_at text not null);
create table quiz_questions (
  id text primary key,
  lesson_id text not null references lessons (id) on delete cascade {_FK},
  position integer not null, kind text not null, prompt text not null,
  options text not null default '[]', points integer not null default 1,
  version integer not null default 1, is_active integer not null default 1,
  created_at text not null, updated_at text not null);
create index idx_quiz_questions_lesson on quiz_questions (lesson_id, position);
create table quiz_question_versions (
  question_id text not null, version integer not null, kind text not null,
  prompt text not null, options text not null default '[]',
  points integer not null default 1, created_at text not null,
  primary key (question_id, version));
create table quiz_answer_keys (
  question_id text not null, version integer not null, correct text not null,
  primary key (question_id, version));
create table achievements (
  id text primary key, title text not null, description text, icon text not null,
  badge_color text not null default 'blue', points_value integer not null default 0,
  criteria text not null, is_active integer not null default 1, created_at text not null);
"""

V1_LEARNER = """
create table profiles (
  id text primary key, username text not null, full_name text not null, avatar_url text,
  role text not null default 'student', points integer not null default 0,
  streak_days integer not null default 0, last_active text not null,
  show_on_leaderboard integer not null default 1,
  created_at text not null, updated_at text not null);
create table enrollments (
  id text primary key, user_id text not null, course_id text not null,
  enrolled_at text not null, completed_at text,
  progress_percentage integer not null default 0,
  status text not null default 'active', hlc text,
  unique (user_id, course_id));
create table lesson_progress (
  id text primary key, user_id text not null, lesson_id text not null,
  course_id text not null, completion_percentage integer not null default 0,
  time_spent_seconds integer not null default 0,
  server_time_spent_seconds integer not null default 0,
  completed_at text, last_accessed text not null,
  section_progress text not null default '{}',
  created_at text not null, updated_at text not null,
  unique (user_id, lesson_id));
create index idx_progress_course on lesson_progress (user_id, course_id);
create table quiz_attempts (
  id text primary key, user_id text not null, lesson_id text not null,
  score integer, max_score integer, answers text not null,
  time_taken_seconds integer, is_passed integer, completed_at text not null,
  grading_state text not null default 'pending',
  local_score integer, local_max_score integer, local_is_passed integer);
create index idx_quiz_attempts_lesson on quiz_attempts (user_id, lesson_id, completed_at);
create table user_achievements (
  id text primary key, user_id text not null, achievement_id text not null,
  earned_at text not null, unique (user_id, achievement_id));
create table course_ratings (
  id text primary key, user_id text not null, course_id text not null,
  rating integer not null, review text, created_at text not null,
  updated_at text not null, hlc text, unique (user_id, course_id));
create table notifications (
  id text primary key, user_id text not null, type text not null, title text not null,
  message text not null, data text not null default '{}',
  is_read integer not null default 0, created_at text not null);
create table leaderboard_cache (
  rank integer primary key, user_id text not null, username text not null,
  full_name text, avatar_url text, points integer not null default 0,
  streak_days integer not null default 0, fetched_at text not null);
"""

V1_SYNC = """
create table outbox (
  seq integer primary key autoincrement, op_id text not null unique, kind text not null,
  payload text not null, hlc text not null, attempts integer not null default 0,
  last_error text, state text not null default 'pending', created_at text not null,
  user_id text, target text not null);
create index idx_outbox_state on outbox (state, seq);
create index idx_outbox_target on outbox (target) where state = 'pending';
create table sync_state (
  id integer primary key check (id = 1), device_id text not null, user_id text,
  last_seq_acknowledged integer not null default 0, last_sync_at text,
  last_error text, clock text);
create table sync_cursors (
  scope text primary key, cursor text, updated_at text not null);
"""

V2_LOCAL = """
create table course_downloads (
  course_id text primary key, state text not null default 'not_downloaded',
  items_done integer not null default 0, items_total integer not null default 0,
  bytes_done integer not null default 0, content_updated_at text,
  downloaded_at text, last_error text);
create table cached_images (
  url text primary key, course_id text not null, local_path text not null,
  size_bytes integer not null default 0, fetched_at text not null);
create index idx_cached_images_course on cached_images (course_id);
create table time_ledger (
  op_id text primary key, user_id text, lesson_id text not null,
  course_id text not null, seconds integer not null, recorded_at text not null);
create index idx_time_ledger_day on time_ledger (recorded_at);
"""

# Catalogue search: an external-content FTS5 index kept in step by triggers,
# plus plain indexes for the filters and sort orders the catalogue offers.
V3_SEARCH = """
create virtual table courses_fts using fts5(
  title, description, tags, content='courses', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
insert into courses_fts (rowid, title, description, tags)
  select rowid, title, coalesce(description, ''), coalesce(tags, '') from courses;
create trigger courses_fts_insert after insert on courses begin
  insert into courses_fts (rowid, title, description, tags)
  values (new.rowid, new.title, coalesce(new.description, ''), coalesce(new.tags, ''));
end;
create trigger courses_fts_delete after delete on courses begin
  insert into courses_fts (courses_fts, rowid, title, description, tags)
  values ('delete', old.rowid, old.title, coalesce(old.description, ''),
          coalesce(old.tags, ''));
end;
create trigger courses_fts_update after update on courses begin
  insert into courses_fts (courses_fts, rowid, title, description, tags)
  values ('delete', old.rowid, old.title, coalesce(old.description, ''),
          coalesce(old.tags, ''));
  insert into courses_fts (rowid, title, description, tags)
  values (new.rowid, new.title, coalesce(new.description, ''), coalesce(new.tags, ''));
end;
create index idx_courses_category on courses (category, title);
create index idx_courses_difficulty on courses (difficulty_level, title);
create index idx_courses_title on courses (title);
create index idx_courses_rating on courses (average_rating);
create index idx_courses_enrollments on courses (enrollment_count);
create index idx_courses_created on courses (created_at);
"""

# Wire seq = outbox.seq - seq_base: after a new device id the server expects
# this device's ops to start again at 1 (sync_push refuses gaps).
V4_SEQ_BASE = """
alter table sync_state add column seq_base integer not null default 0;
"""

# Columns the server added in its quiz migrations, so pulled rows keep them.
V5_QUIZ_SERVER_COLUMNS = """
alter table quiz_question_versions add column lesson_id text;
alter table quiz_answer_keys add column created_at text;
alter table quiz_answer_keys add column updated_at text;
alter table quiz_attempts add column graded_at text;
"""

# A badge may belong to one course (server: achievements.course_id).
V6_COURSE_ACHIEVEMENTS = """
alter table achievements add column course_id text;
"""

# The cached leaderboard in get_leaderboard's own shape: the server sends no
# user ids or full names (public.get_leaderboard), only is_self.  The
# cache is rebuilt at the next sync, so the old table is simply replaced.
V7_LEADERBOARD_SHAPE = """
drop table leaderboard_cache;
create table leaderboard_cache (
  rank integer primary key, server_rank integer not null, username text not null,
  avatar_url text, points integer not null default 0,
  streak_days integer not null default 0, is_self integer not null default 0,
  fetched_at text not null);
"""

# An assessed quiz's attempt limit and grading rule, attempts the server kept
# but did not count (server: quiz_attempts.counted),
# and questions whose key was downloadable (quiz_questions.key_exposed).
V8_QUIZ_RULES = """
alter table lessons add column quiz_max_attempts integer not null default 3;
alter table lessons add column quiz_grading text not null default 'best';
alter table lessons add column quiz_feedback integer not null default 0;
alter table quiz_attempts add column counted integer not null default 1;
alter table quiz_attempts add column attempt_number integer;
alter table quiz_questions add column key_exposed integer not null default 0;
"""

# The rater's choice to be named beside their review (server
# course_ratings.show_name).
V9_RATING_SHOW_NAME = """
alter table course_ratings add column show_name integer not null default 0;
"""

# How a question is scored and why its answer is right (server
# quiz_questions.scoring, quiz_answer_keys.explanation).
V10_QUIZ_SCORING = """
alter table quiz_questions add column scoring text not null default 'all_or_nothing';
alter table quiz_questions add column case_sensitive integer not null default 0;
alter table quiz_question_versions add column scoring text not null default 'all_or_nothing';
alter table quiz_question_versions add column case_sensitive integer not null default 0;
alter table quiz_answer_keys add column explanation text;
"""

# Why the server kept an attempt without counting it (server
# quiz_attempts.not_counted_reason).
V11_NOT_COUNTED_REASON = """
alter table quiz_attempts add column not_counted_reason text;
"""


# Search inside downloaded lessons: one row per section of each lesson body
# (the reader's own split, so a result opens at the section it names), in an
# external-content FTS5 index kept in step by triggers.  The rows are written
# by ``desktop.store.db.lesson_index`` in the transaction that stores a body;
# a body changed or removed by any path loses its rows in that statement.
# The tokenizer: unicode61, which knows every script's letters and digits,
# with remove_diacritics 2 (as courses_fts), so "senor" finds "señor" and
# "angstrom" finds "Ångström" — level 2 also folds an accent written as a
# separate code point (NFD text), which level 1 leaves on; and with marks
# (M*) as part of a word instead of the default's separators, so a Hindi word
# stays one word ("हिन्दी", not "ह" "न" "द") and a vocalised Arabic or Hebrew
# word too (search_text.fold drops those points on both sides).
V12_LESSON_SEARCH = """
create table lesson_sections (
  id integer primary key, lesson_id text not null, position integer not null,
  section_key text not null, title text not null, body text not null);
create index idx_lesson_sections_lesson on lesson_sections (lesson_id, position);
create virtual table lesson_sections_fts using fts5(
  title, body, content='lesson_sections', content_rowid='id',
  tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
create trigger lesson_sections_fts_insert after insert on lesson_sections begin
  insert into lesson_sections_fts (rowid, title, body) values (new.id, new.title, new.body);
end;
create trigger lesson_sections_fts_delete after delete on lesson_sections begin
  insert into lesson_sections_fts (lesson_sections_fts, rowid, title, body)
  values ('delete', old.id, old.title, old.body);
end;
create trigger lesson_sections_fts_update after update on lesson_sections begin
  insert into lesson_sections_fts (lesson_sections_fts, rowid, title, body)
  values ('delete', old.id, old.title, old.body);
  insert into lesson_sections_fts (rowid, title, body) values (new.id, new.title, new.body);
end;
create trigger lesson_contents_sections_delete after delete on lesson_contents begin
  delete from lesson_sections where lesson_id = old.lesson_id;
end;
create trigger lesson_contents_sections_update
after update of lesson_id, body_markdown on lesson_contents begin
  delete from lesson_sections where lesson_id = old.lesson_id;
end;
"""


# The language a course or lesson is written in and which way its text runs
# (server courses.language/direction, lessons.language/direction).
V13_TEXT_DIRECTION = """
alter table courses add column language text;
alter table courses add column direction text not null default 'auto';
alter table lessons add column language text;
alter table lessons add column direction text;
"""


# The manifest of each course's downloadable files (server course_files),
# and the SHA-256 a cached file was verified against.
V14_COURSE_FILES = f"""
create table course_files (
  id text primary key,
  course_id text not null references courses (id) on delete cascade {_FK},
  path text not null, size_bytes integer not null, sha256 text not null,
  content_type text not null, lesson_ids text not null default '[]',
  created_at text not null, updated_at text not null);
create index idx_course_files_course_path on course_files (course_id, path);
alter table cached_images add column sha256 text;
"""


# Which files a course's download brings: all, none (text only) or those of
# some lessons (a JSON list of lesson ids).
V15_DOWNLOAD_CHOICE = """
alter table course_downloads add column files text not null default 'all';
alter table course_downloads add column file_lessons text;
"""


# The learner paused fetching a course's files (its video, sound, pictures):
# the background fetch leaves it until they resume.
V16_FILES_PAUSED = """
alter table course_downloads add column files_paused integer not null default 0;
"""


# A course's teacher's view of its learners (sync_pull 'teaching:<course>',
# desktop/store/models/teaching.py): tables of their own, never mixed with
# the owner's own enrollments, progress and attempts.
V17_CLASS = """
create table class_members (
  id text primary key, course_id text not null, user_id text not null,
  status text not null default 'active', enrolled_at text not null, completed_at text,
  progress_percentage integer not null default 0,
  username text, full_name text, avatar_url text);
create index ix_class_members_course_id on class_members (course_id);
create table class_progress (
  id text primary key, course_id text not null, lesson_id text not null,
  user_id text not null, completion_percentage integer not null default 0,
  time_spent_seconds integer not null default 0, completed_at text,
  last_accessed text not null, section_progress text not null default '{}');
create index ix_class_progress_course_id on class_progress (course_id);
create table class_attempts (
  id text primary key, course_id text not null, lesson_id text not null,
  user_id text not null, score integer, max_score integer not null, is_passed integer,
  counted integer not null default 1, not_counted_reason text,
  attempt_number integer not null, time_taken_seconds integer,
  completed_at text not null, missed_questions text);
create index ix_class_attempts_course_id on class_attempts (course_id);
"""


# Saved work (issue #17, desktop/protocol/work.py): the device's signing key,
# which device id the server holds it for, the server's id (a saved file names
# it, and saving happens offline), and the chunks saved to files, so the next
# sync settles what someone else delivered instead of sending it again.
V18_SAVED_WORK = """
alter table sync_state add column device_key text;
alter table sync_state add column key_registered_for text;
alter table sync_state add column server_id text;
create table saved_work (
  mac text primary key, device_id text not null,
  first_seq integer not null, last_seq integer not null,
  saved_at text not null, settled integer not null default 0);
"""


def _lesson_search(conn: sqlite3.Connection) -> None:
    # Imported here: the index module needs the section split, which the
    # frozen SQL above cannot do; the bodies already here are indexed once.
    from desktop.store.db import lesson_index

    _script(V12_LESSON_SEARCH)(conn)
    bodies = conn.execute("select lesson_id, body_markdown from lesson_contents").fetchall()
    conn.executemany(lesson_index.INSERT, lesson_index.section_rows(bodies))


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a script on ';' outside trigger bodies (sqlite3.complete_statement)."""
    out: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(V1_MIRROR + V1_LEARNER + V1_SYNC),  # 0 -> 1
    _script(V2_LOCAL),  # 1 -> 2
    _script(V3_SEARCH),  # 2 -> 3
    _script(V4_SEQ_BASE),  # 3 -> 4
    _script(V5_QUIZ_SERVER_COLUMNS),  # 4 -> 5
    _script(V6_COURSE_ACHIEVEMENTS),  # 5 -> 6
    _script(V7_LEADERBOARD_SHAPE),  # 6 -> 7
    _script(V8_QUIZ_RULES),  # 7 -> 8
    _script(V9_RATING_SHOW_NAME),  # 8 -> 9
    _script(V10_QUIZ_SCORING),  # 9 -> 10
    _script(V11_NOT_COUNTED_REASON),  # 10 -> 11
    _lesson_search,  # 11 -> 12
    _script(V13_TEXT_DIRECTION),  # 12 -> 13
    _script(V14_COURSE_FILES),  # 13 -> 14
    _script(V15_DOWNLOAD_CHOICE),  # 14 -> 15
    _script(V16_FILES_PAUSED),  # 15 -> 16
    _script(V17_CLASS),  # 16 -> 17
    _script(V18_SAVED_WORK),  # 17 -> 18
]
LATEST = len(MIGRATIONS)


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("pragma user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path, *, target: int = LATEST) -> int:
    """Bring the database to ``target``, each step in its own transaction."""
    current = version_of(conn)
    if current > LATEST:
        raise SchemaTooNew(path, current, LATEST)
    while current < target:
        log.info("migrating %s from local schema %d to %d", path, current, current + 1)
        conn.execute("begin immediate")
        try:
            MIGRATIONS[current](conn)
            conn.execute(f"pragma user_version = {current + 1}")
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        current += 1
    return current
