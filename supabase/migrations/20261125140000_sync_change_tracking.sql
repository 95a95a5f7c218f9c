-- Change tracking for sync (issue #4; docs/sync-protocol.md): every synced
-- table gets `row_txid`, the id of the transaction that last wrote the row.
--
-- Why a transaction id and not updated_at or a sequence: transactions commit
-- out of order.  T1 writes at 10:00:00.1, T2 at 10:00:00.2 and commits
-- first; a puller that stored "10:00:00.2" never sees T1's row.  sync_pull
-- instead serves only rows whose row_txid is below the oldest transaction
-- still running (pg_snapshot_xmin of its snapshot): every such transaction
-- has finished, so nothing can appear behind a cursor later.  xid8 is 64-bit
-- (no wraparound).
--
-- * The BEFORE INSERT OR UPDATE trigger stamps pg_current_xact_id() whatever
--   the writer sent (a client must not be able to hide a row below others'
--   cursors), including inside savepoints (it is the top-level id).
-- * Indexes follow the scope each table is pulled in: (row_txid, pk) for the
--   catalogue and course content, (user_id, row_txid, id) for the learner's
--   own rows, (course_id, row_txid, id) for a course's lessons.
-- * Tracked: the catalogue (courses, lessons, achievements), course content
--   (lesson bodies, quiz questions, their versions, answer keys) and the
--   learner's own rows (profile, enrollments, progress, attempts, badges,
--   ratings, notifications).
-- Deletions are tracked by tombstones (20261125140100_sync_tombstones.sql).

create schema if not exists private;
revoke all on schema private from public;

create function private.sync_stamp_row_txid() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.row_txid := pg_current_xact_id();
  return new;
end
$$;

revoke all on function private.sync_stamp_row_txid() from public, anon, authenticated;

-- Catalogue -----------------------------------------------------------------
alter table public.courses add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.courses
  for each row execute function private.sync_stamp_row_txid();
create index courses_sync_idx on public.courses (row_txid, id);

alter table public.lessons add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.lessons
  for each row execute function private.sync_stamp_row_txid();
create index lessons_sync_idx on public.lessons (row_txid, id);
create index lessons_course_sync_idx on public.lessons (course_id, row_txid, id);

alter table public.achievements add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.achievements
  for each row execute function private.sync_stamp_row_txid();
create index achievements_sync_idx on public.achievements (row_txid, id);

-- Course content ------------------------------------------------------------
alter table public.lesson_contents add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.lesson_contents
  for each row execute function private.sync_stamp_row_txid();
create index lesson_contents_sync_idx on public.lesson_contents (row_txid, lesson_id);

-- The learner's own rows ----------------------------------------------------
alter table public.profiles add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.profiles
  for each row execute function private.sync_stamp_row_txid();
create index profiles_sync_idx on public.profiles (row_txid, id);

alter table public.enrollments add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.enrollments
  for each row execute function private.sync_stamp_row_txid();
create index enrollments_sync_idx on public.enrollments (user_id, row_txid, id);

alter table public.lesson_progress add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.lesson_progress
  for each row execute function private.sync_stamp_row_txid();
create index lesson_progress_sync_idx on public.lesson_progress (user_id, row_txid, id);

alter table public.quiz_attempts add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_attempts
  for each row execute function private.sync_stamp_row_txid();
create index quiz_attempts_sync_idx on public.quiz_attempts (user_id, row_txid, id);

alter table public.user_achievements add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.user_achievements
  for each row execute function private.sync_stamp_row_txid();
create index user_achievements_sync_idx on public.user_achievements (user_id, row_txid, id);

alter table public.course_ratings add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.course_ratings
  for each row execute function private.sync_stamp_row_txid();
create index course_ratings_sync_idx on public.course_ratings (user_id, row_txid, id);

-- Quiz questions, their versions and answer keys (course content) -----------
alter table public.quiz_questions add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_questions
  for each row execute function private.sync_stamp_row_txid();
create index quiz_questions_sync_idx on public.quiz_questions (row_txid, id);

alter table public.quiz_question_versions
  add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_question_versions
  for each row execute function private.sync_stamp_row_txid();
create index quiz_question_versions_sync_idx
  on public.quiz_question_versions (row_txid, question_id, version);

alter table public.quiz_answer_keys add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_answer_keys
  for each row execute function private.sync_stamp_row_txid();
create index quiz_answer_keys_sync_idx on public.quiz_answer_keys (row_txid, question_id, version);

-- Notifications (the learner's own) ------------------------------------------
alter table public.notifications add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.notifications
  for each row execute function private.sync_stamp_row_txid();
create index notifications_sync_idx on public.notifications (user_id, row_txid, id);
