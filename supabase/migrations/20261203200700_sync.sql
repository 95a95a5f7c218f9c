-- Lantern's database, part 8 of 8 (sync).
--
-- The sync RPCs: sync_pull (pages of what changed since a cursor) and
-- sync_push (a device's queued operations, exactly once), with the tables
-- they keep (devices, op ids, the time ledger, the server's identity).
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- What merging one progress op into a lesson's row gives: the merged row,
-- and whether the op was a duplicate (then merged is the row unchanged).
create type private.sync_progress_merge as (merged public.lesson_progress, duplicate boolean);

-- ----------------------------------------------------------------------------
-- sync_pull(scope, cursor, page_limit): one page of what changed in a scope
-- since the cursor (issue #4; docs/sync-protocol.md has the wire format).
--
-- Scopes: 'catalogue' (published courses, their lessons' metadata, their
-- downloadable files' manifest (course_files), active achievements), 'course:<uuid>' (that course's lessons, bodies, quiz
-- questions, their versions, practice answer keys), 'me' (the caller's
-- profile, enrollments, progress, attempts, badges, ratings, notifications;
-- 'learner' is accepted as another name), 'teaching:<uuid>' (what the
-- course's teacher sees of its learners; issue #17, below).
--
-- How it misses nothing (docs/sync-design.md, "The out-of-order commit
-- trap"): h := pg_snapshot_xmin(pg_current_snapshot()) first; every
-- transaction below h has finished.  Only rows and tombstones with
-- row_txid < h are served, in (row_txid, table, key) order after the cursor;
-- the next cursor is the last key served, or h when the page ends the
-- stream.  A write still running has row_txid >= h and waits for the next
-- pull.  Within one transaction id tombstones come first ('#tombstones'
-- sorts before table names), so a delete and re-insert in one transaction
-- ends with the row.  A page never carries a tombstone for a row it also
-- sends (deleted and written again since the cursor), so a client may apply
-- tombstones and changes in either order (desktop/store/pulled.py applies
-- changes first).
--
-- Cursor bounds an index can seek to.  A filter on
--   (row_txid, '<table>', key) > (cursor txid, cursor table, cursor key)
-- can use no index: every page would re-read all rows of the cursor's
-- transaction, so a course published in one transaction with 10,000 lessons
-- would cost O(n^2) over its pages.  Instead each table gets the equivalent
-- bound on its own index columns, (row_txid, pk) > (b_txid, b_pk), with
--   table before the cursor's table:  (cursor txid, max key)    -> txid > cursor
--   the cursor's table:               (cursor txid, cursor key) -> after the key
--   table after the cursor's table:   (cursor txid - 1, max key) -> txid >= cursor
-- so every page is an index range scan of at most page_limit rows per table.
--
-- A cursor from the future answers reset_required.  A cursor's transaction
-- id can never exceed the next id the database will assign
-- (pg_snapshot_xmax).  If it does, the server's database was restored from a
-- backup taken before the client last pulled: rows the client holds may be
-- gone without a tombstone, and until the new transaction ids caught up with
-- the cursor every change would be skipped.  The client starts the scope
-- over instead.  (A cursor at or below the tombstone retention horizon gets
-- reset_required too: 20261125140100_sync_tombstones.sql.)
--
-- SECURITY INVOKER: every row passes the caller's own RLS policies, and the
-- scope filters (published, own user_id, practice keys only) are applied on
-- top.  The course scope selects practice keys only (lessons.quiz_mode), on
-- top of the RLS policy of quiz_answer_keys: an assessed answer key never
-- leaves the server, not even to the course's instructor through sync.
-- Pages: at most page_limit (<= 1000) entries and about 4 MB of rows; the
-- first entry is always served so a huge row cannot stall a client.
-- The cursor is opaque text "<txid>:<table>:<key>"; null starts the scope
-- from zero (a new enrollment starts its course scope that way).
--
-- The catalogue names each course's teacher: course rows carry
-- `instructor_name` (profiles.full_name of instructor_id), so a device can
-- show "by <name>" offline without reading profiles (anon may read only the
-- public columns of teachers' profiles; the learner client keeps it in its
-- local-only courses.instructor_name).  A teacher renaming themselves
-- restamps their courses, so the new name is pulled (this also moves the
-- courses' updated_at: the set_updated_at trigger stamps every update).

create function private.sync_instructor_renamed() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.courses c set row_txid = pg_current_xact_id()
    where c.instructor_id = new.id;
  return null;
end
$$;

revoke all on function private.sync_instructor_renamed() from public, anon, authenticated;

create trigger sync_instructor_renamed after update of full_name on public.profiles
  for each row when (old.full_name is distinct from new.full_name)
  execute function private.sync_instructor_renamed();

-- ----------------------------------------------------------------------------
-- The teaching scope (issue #17, first step: the server side of a teacher's
-- Class view).  sync_pull('teaching:<course uuid>') serves, with the same
-- cursor, per-table index bounds, horizon, ordering, tombstones and byte
-- budget as every other scope:
-- * enrollments of the course (index enrollments_course_sync_idx), each row
--   carrying the learner's public card as three extra members,
--   learner_username, learner_full_name and learner_avatar_url;
-- * lesson_progress of the course (lesson_progress_course_sync_idx);
-- * quiz_attempts of the course's lessons (quiz_attempts has no course_id:
--   for each lesson of the course, at most page_limit attempts by
--   quiz_attempts_lesson_sync_idx, then the page's first page_limit of
--   those, so a page reads at most lessons x page_limit rows, never the
--   attempts of other courses), each carrying missed_questions (the ids
--   of the questions it got wrong, public.teaching_missed_questions below);
-- * tombstones of scope 'teaching' and this course (20261203200600: the
--   enrollments, lesson_progress, quiz_attempts and lessons of the course).
--
-- Who: the course's teacher and admins (public.can_manage_course, the test
-- the enrollments, lesson_progress and quiz_attempts policies apply and the
-- teaching tombstones' policy too).  Anyone else is refused, 42501 with
-- hint not_teacher (anon: not_signed_in, as for 'me'): an explicit refusal
-- rather than an empty stream, so a client whose teacher lost the course
-- (reassigned, deleted) learns to drop the scope instead of keeping stale
-- rows for ever.  sync_pull stays SECURITY INVOKER, so every row still
-- passes the caller's RLS on top of the scope filter.
--
-- The roster's names.  profiles shows a signed-in caller only their own
-- row, and sync_pull, running with the caller's rights, cannot call a
-- function in private (no API role has USAGE on it).  The card comes from
-- public.get_public_profiles (SECURITY DEFINER; id, username, full_name,
-- avatar_url of the profiles profile_is_visible allows: a teacher sees the
-- learners actively enrolled with them, admins everyone), exactly as a
-- catalogue course names its teacher.  It rides on the learner's enrollment
-- row instead of being a profiles row of its own: one row per learner of
-- the class holds status, progress and name; a learner who unenrols
-- (status 'unenrolled') comes again with a null card (a teacher does not
-- see the names of learners who left); a deleted enrollment is one
-- tombstone; and the teaching scope never sends rows of profiles, the
-- table a client keeps its own full profile row in.
-- A rename must follow the change stream, so a change of a learner's
-- username, full_name or avatar_url restamps their active enrollments (the
-- rows that carry the card; an update of row_txid alone fires none of the
-- enrollments' other triggers): every teaching scope with that learner
-- sends the row, with the new name, on its next pull.  The price, as for a
-- teacher's rename and the catalogue: the learner's own 'me' scope sends
-- those enrollment rows again, unchanged, with the profile row of the same
-- transaction.

create function private.sync_learner_renamed() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.enrollments e set row_txid = pg_current_xact_id()
    where e.user_id = new.id and e.status = 'active';
  return null;
end
$$;

revoke all on function private.sync_learner_renamed() from public, anon, authenticated;

create trigger sync_learner_renamed after update of username, full_name, avatar_url
  on public.profiles
  for each row when ((old.username, old.full_name, old.avatar_url)
                     is distinct from (new.username, new.full_name, new.avatar_url))
  execute function private.sync_learner_renamed();

-- Which questions an attempt missed, for its teacher (the teaching scope's
-- quiz_attempts rows carry it as missed_questions, so the Class view can
-- name the question most often missed).  Graded here, by the attempt's own
-- question versions and keys, as private.grade_quiz graded it: a question
-- missed is one whose answer earned less than its points.  Assessed keys
-- never leave the server, and this function says right/wrong only to the
-- course's teacher and admins (null to anyone else, and for an attempt that
-- was not counted).  sync_pull runs with the caller's rights and cannot
-- call private.question_points itself, hence SECURITY DEFINER here.
create function public.teaching_missed_questions(attempt_lesson uuid, attempt_answers jsonb,
                                                 attempt_counted boolean)
returns jsonb
language sql stable security definer set search_path = ''
as $$
  select case when attempt_counted and public.can_manage_course(
                (select l.course_id from public.lessons l where l.id = attempt_lesson))
    then coalesce((
      select jsonb_agg(e.key order by e.key)
      from jsonb_each(attempt_answers) e
      join public.quiz_question_versions v
        on v.question_id = e.key::uuid and v.version = (e.value ->> 'version')::integer
      join public.quiz_answer_keys k
        on k.question_id = v.question_id and k.version = v.version
      where private.question_points(v.kind, v.scoring, v.case_sensitive, v.points,
                                    k.correct, e.value -> 'answer') < v.points), '[]'::jsonb)
  end
$$;

revoke all on function public.teaching_missed_questions(uuid, jsonb, boolean)
  from public, anon, authenticated;
grant execute on function public.teaching_missed_questions(uuid, jsonb, boolean)
  to authenticated, service_role;

-- sync_pull, faster: the page is assembled as JSON text, not as jsonb (issue #4).
--
-- Same scopes, rows, order, cursors, page bounds and answers as
-- 20261125140200_sync_pull.sql (its header explains how the cursor misses
-- nothing); only how the reply is built changes.
--
-- * The page: building it through jsonb -- a jsonb_build_object per row, a
--   jsonb[] of them, then to_jsonb of the array -- re-encoded every row three
--   times, and PostgREST then turned the result into text once more.  Now
--   each row is rendered to text once and the page is concatenated around
--   those texts.  The function returns json, so the text goes out as it is;
--   clients get the same JSON document (key order inside objects and
--   whitespace may differ; JSON defines neither).
-- * A row: row_to_json(row)::text with the internal "row_txid" member cut
--   out, about twice as fast as (to_jsonb(row) - 'row_txid')::text, and
--   compact.  The cut is an exact text replace of ,"row_txid":"<that row's
--   txid>" -- safe because row_to_json renders string values with every '"'
--   escaped (so the pattern can only be the member itself), row_txid is
--   never a table's first column (so the comma is there), and no synced
--   table has a json column, whose value would be copied verbatim (jsonb
--   values render with ", " / ": " and cannot match).  Course rows, which
--   also carry instructor_name, keep the jsonb form (a few hundred rows).
--
-- * Page size: up to 5000 rows for the catalogue and the learner's own
--   rows (small rows; fewer round trips for a new device), still 1000 for a
--   course scope, whose lesson bodies are rendered before the byte budget
--   cuts the page.  The default stays 1000.  benchmarks/README.md has
--   the measurements (page times inside PostgreSQL and end to end).
--
-- The page's byte budget now counts the rows' JSON text (octet_length)
-- instead of their jsonb size: still "about 4 MB of rows".  The key a
-- tombstone of a quiz_question_versions / quiz_answer_keys row would carry
-- ("<question_id>,<version>") is read from the entry's key instead of from
-- the row, which is no longer jsonb here.
--
-- The return type changes (jsonb -> json), which CREATE OR REPLACE cannot
-- do: the function is dropped and created again, with its grants.

-- sync_pull's horizon ignores transactions that cannot write this
-- database's rows: those of other databases of the cluster and autovacuum
-- (issue #11).
--
-- A pull serves only entries whose row_txid is below its horizon, the
-- oldest transaction still running (20261125140200 explains why nothing is
-- missed that way).  The horizon was pg_snapshot_xmin(pg_current_snapshot()),
-- and a snapshot covers every backend of the *cluster*: a transaction left
-- open in another database, a CREATE DATABASE, or an autovacuum ANALYZE of
-- any database (it writes pg_statistic, so it has a transaction id) held
-- every learner's pulls back, and a pull right after a push did not bring
-- the pushed rows back.  tests/store/test_two_devices.py scenario 7 failed
-- that way once and passed on replay (Hypothesis FlakyFailure, history
-- [('a','rate',0,1), ('b','time',1,6)]): the other device's rows had not
-- arrived after a full sync of both; it fails every time with a transaction
-- held open in the cluster's maintenance database.
--
-- Now, when the snapshot shows running transactions at all, the horizon is
-- the least of
-- * each running transaction id of the snapshot, except one whose lock
--   (every transaction holds an ExclusiveLock on its own id until it ends)
--   is held by a backend connected to another database or to none -- it
--   can never write a row here -- or by a backend with no role: an
--   autovacuum worker, which runs VACUUM and ANALYZE and never writes a
--   table's rows;
-- * the caller's own transaction id, if it has one (as before);
-- * the snapshot's xmax (nothing running: everything below it is done).
-- Safe against races: a transaction in the snapshot whose lock is gone by
-- the time pg_locks is read has ended (maybe committed after our snapshot,
-- its rows invisible to us) and so keeps holding the horizon, as does a
-- prepared transaction (no backend) and any backend pg_stat_activity did
-- not list.  pg_stat_activity is read (afresh: pg_stat_clear_snapshot)
-- before pg_locks, so a backend seen holding a lock was alive, with the
-- same pid, when it was listed.  Both views are readable by every role and
-- show the database and role of other roles' sessions; the caller needs no
-- new privilege (sync_pull stays SECURITY INVOKER).
--
-- A running transaction of this database still holds the horizon, as it
-- must.  The rest of sync_pull is its latest definition
-- (20261125170100_sync_pull_faster.sql), unchanged.

-- sync_run_ops and sync_pull pass `supabase db lint --level warning`.
--
-- The rest of 20261203100000_plpgsql_lint_clean.sql (whose header says why):
-- both functions initialise variables from an untyped literal ('{}' for an
-- array or jsonb, the largest uuid), which plpgsql_check reads as text, for
-- which those types have no assignment cast.  Each literal is now cast to
-- its variable's type; the values are the same.
--
-- This file comes right after the two that last redefined the functions,
-- and each is that definition with only the casts added: sync_run_ops from
-- 20261203130000_sync_push_replays_rejections.sql, sync_pull from
-- 20261203130100_sync_pull_horizon_this_database.sql.  CREATE OR REPLACE
-- keeps their grants.  A later redefinition starts from these.

-- sync_pull on a read replica, and cursors that name their database
-- (issue #15).
--
-- Read replicas.  Supabase's read replicas are streaming hot standbys, and
-- a pull is read-only, so it may run on one.  Two things were wrong there:
-- * The horizon (the oldest transaction that may still write rows; see
--   20261125140200 and 20261203130100) came out too high.  During recovery
--   PostgreSQL keeps every transaction id it knows to be running on the
--   primary in the snapshot's subtransaction array, and pg_current_snapshot()
--   copies only the top-level array: on a standby pg_snapshot_xip() is
--   always empty, the horizon became the snapshot's xmax, and a pull passed
--   over a transaction still open on the primary, whose rows then came in
--   below the cursor and were never sent.  The snapshot's xmin is right on a
--   standby (the least id the standby knows to be running; an id it has not
--   seen yet is at or above xmax), so there the horizon is xmin itself.  The
--   pg_locks filter of 20261203130100 has nothing to work on there (the
--   primary's locks are not replicated), so on a standby a transaction open
--   in another database of the primary, or an ANALYZE, holds pulls back for
--   as long as it runs.
-- * A cursor ahead of the standby's snapshot was taken for one from a
--   restored server (reset_required).  On a standby it is lag: a cursor from
--   the primary, or from a replica further ahead.  The standby now answers
--   an empty page with the same cursor, has_more false; the rows come on a
--   later pull, once replayed.  A cursor from the standby is valid on the
--   primary (its numbers are the primary's).  tests/db/test_sync_replica.py
--   runs both against a PostgreSQL 15 standby.
--
-- Cursors name their database.  Every cursor now starts with a 12-digit
-- token of public.sync_server (20261203180000): a cursor whose token is not
-- this database's, and a cursor of the old form with no token, answer
-- reset_required.  The cursor stays opaque to clients.
--
-- The rest is the latest definition (20261203150000_profiles_own_row.sql).

create function public.sync_pull(
  scope text,
  cursor text default null,
  page_limit integer default 1000)
returns json
language plpgsql stable security invoker set search_path = ''
-- A 5,000-row page's entries (about 3 MB of row text) are sorted once
-- across the tables: in the default 4 MB they spilled to disk.
set work_mem = '16MB'
as $$
declare
  snap pg_snapshot := pg_current_snapshot();
  horizon xid8 := pg_snapshot_xmin(snap);
  standby constant boolean := pg_is_in_recovery();
  token text;
  others integer[];
  n integer := least(greatest(coalesce(page_limit, 1000), 1), 5000);
  byte_budget constant integer := 4 * 1024 * 1024;
  uid uuid := auth.uid();
  scope_kind text;
  course uuid;
  parts text[];
  c_txid xid8 := '0'::xid8;
  c_tbl text := '';
  c_key text := '';
  -- The cursor as bounds each table's index can seek to (see the header).
  c_prev xid8 := '0'::xid8;
  c_uuid uuid;
  c_version integer;
  c_tomb bigint;
  max_uuid constant uuid := 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid;
  pruned xid8;
  entries refcursor;
  e record;
  fetched integer := 0;
  bytes bigint := 0;
  cut boolean := false;
  changes text[] := '{}'::text[];
  tombs jsonb[] := '{}'::jsonb[];
  changed text[] := '{}'::text[];
  served_tombs jsonb;
  last_txid xid8;
  last_tbl text;
  last_key text;
  has_more boolean;
  next_cursor text;
begin
  -- The horizon: the oldest transaction that may still write this
  -- database's rows (see the header).  Only when some transaction was
  -- running at the snapshot; the backends are read before their locks.
  -- On a standby the snapshot's xmin is the whole answer (see the header).
  if not standby and horizon < pg_snapshot_xmax(snap) then
    perform pg_stat_clear_snapshot();
    select coalesce(array_agg(a.pid), '{}') into others
      from pg_catalog.pg_stat_activity a
      where a.datid is distinct from
              (select d.oid from pg_catalog.pg_database d where d.datname = current_database())
         or a.usesysid is null;
    select least(min(x.id), pg_current_xact_id_if_assigned(), pg_snapshot_xmax(snap))
      into horizon
      from pg_snapshot_xip(snap) as x(id)
      where not exists (
        select 1 from pg_catalog.pg_locks l
        where l.locktype = 'transactionid' and l.mode = 'ExclusiveLock' and l.granted
          and l.transactionid = xid(x.id) and l.pid = any (others));
  end if;

  if scope = 'catalogue' then
    scope_kind := 'catalogue';
  elsif scope in ('me', 'learner') then
    if uid is null then
      raise exception 'sync_pull: scope % needs a signed-in learner', scope
        using errcode = '42501', hint = 'not_signed_in';
    end if;
    scope_kind := 'user';
  elsif scope ~ '^course:[0-9a-fA-F-]{36}$' then
    scope_kind := 'course';
    course := substr(scope, 8)::uuid;
  elsif scope ~ '^teaching:[0-9a-fA-F-]{36}$' then
    -- The course's teacher and admins only (see private.sync_learner_renamed).
    if uid is null then
      raise exception 'sync_pull: scope % needs a signed-in teacher', scope
        using errcode = '42501', hint = 'not_signed_in';
    end if;
    course := substr(scope, 10)::uuid;
    if not public.can_manage_course(course) then
      raise exception 'sync_pull: scope % is only for the teacher of the course and admins', scope
        using errcode = '42501', hint = 'not_teacher';
    end if;
    scope_kind := 'teaching';
  else
    raise exception 'sync_pull: unknown scope %', coalesce(scope, 'null')
      using errcode = '22023', hint = 'bad_scope';
  end if;
  if scope_kind in ('course', 'teaching') then
    -- Lesson bodies (progress rows' section_progress, attempts' answers):
    -- every table's branch renders up to n rows before the page is cut to
    -- its byte budget, so course (and teaching) pages stay at 1000.
    n := least(n, 1000);
  end if;

  -- This database's token (20261203180000): the first part of every cursor.
  select left(md5(s.server_id::text || '/' || s.xmin::text), 12) into token
    from public.sync_server s;
  token := coalesce(token, 'no-server-id');

  if cursor is not null and cursor <> '' then
    parts := string_to_array(cursor, ':');
    if array_length(parts, 1) = 3 and parts[1] ~ '^[0-9]{1,20}$' then
      -- A cursor that names no database (made before 20261203180100): it
      -- may come from anywhere.
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
    if array_length(parts, 1) <> 4 or parts[1] !~ '^[0-9a-f]{12}$'
       or parts[2] !~ '^[0-9]{1,20}$' then
      raise exception 'sync_pull: malformed cursor %', cursor
        using errcode = '22023', hint = 'bad_cursor';
    end if;
    if parts[1] <> token then
      -- Another database's position: its numbers mean nothing here.
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
    c_txid := parts[2]::xid8;
    c_tbl := parts[3];
    c_key := parts[4];
    begin
      if c_tbl = '#tombstones' then
        c_tomb := c_key::bigint;
      elsif c_tbl in ('quiz_question_versions', 'quiz_answer_keys') then
        c_uuid := split_part(c_key, '/', 1)::uuid;
        c_version := split_part(c_key, '/', 2)::integer;
      elsif c_tbl <> '' then
        c_uuid := c_key::uuid;
      end if;
    exception when data_exception then
      raise exception 'sync_pull: malformed cursor %', cursor
        using errcode = '22023', hint = 'bad_cursor';
    end;
    if c_txid > '0'::xid8 then
      c_prev := (c_txid::text::numeric - 1)::text::xid8;
    end if;
    select r.tombstones_pruned_through into pruned from public.sync_retention r;
    -- Deletions this cursor has not seen may be gone (pruned), or the cursor
    -- is ahead of every transaction this database ever ran (it was restored
    -- from a backup, so rows may have gone without a tombstone): start over.
    -- On a standby a cursor ahead of what it has replayed comes from the
    -- primary or a less lagging replica: nothing to send yet, keep it.
    if c_txid > pg_snapshot_xmax(snap) and standby then
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', cursor, 'has_more', false,
                               'reset_required', false);
    end if;
    if (pruned is not null and pruned > '0'::xid8 and c_txid <= pruned)
       or c_txid > pg_snapshot_xmax(snap) then
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
  end if;

  if scope_kind = 'catalogue' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'courses'::text as tbl, x.id::text as key,
                (to_jsonb(x) - 'row_txid' || jsonb_build_object('instructor_name',
                  (select p.full_name
                   from public.get_public_profiles(array[x.instructor_id]) p)))::text as row
         from public.courses x
         where x.is_published
           and (x.row_txid, x.id) > (case when 'courses' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'courses' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lessons'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lessons x join public.courses c on c.id = x.course_id
         where c.is_published
           and (x.row_txid, x.id) > (case when 'lessons' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lessons' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'course_files'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.course_files x join public.courses c on c.id = x.course_id
         where c.is_published
           and (x.row_txid, x.id) > (case when 'course_files' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'course_files' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'achievements'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.achievements x
         where x.is_active
           and (x.row_txid, x.id) > (case when 'achievements' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'achievements' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'catalogue'
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  elsif scope_kind = 'course' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'lessons'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lessons x
         where x.course_id = course
           and (x.row_txid, x.id) > (case when 'lessons' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lessons' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lesson_contents'::text as tbl, x.lesson_id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lesson_contents x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.lesson_id) > (case when 'lesson_contents' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lesson_contents' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.lesson_id limit n)
        union all
        (select x.row_txid as txid, 'quiz_questions'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_questions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.id) > (case when 'quiz_questions' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'quiz_questions' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'quiz_question_versions'::text as tbl,
                x.question_id::text || '/' || lpad(x.version::text, 10, '0') as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_question_versions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.question_id, x.version)
               > (case when 'quiz_question_versions' collate "C" > c_tbl then c_prev else c_txid end,
                  case when 'quiz_question_versions' = c_tbl then c_uuid else max_uuid end,
                  case when 'quiz_question_versions' = c_tbl then c_version else 2147483647 end)
           and x.row_txid < horizon
         order by x.row_txid, x.question_id, x.version limit n)
        union all
        -- Practice keys only, whoever asks: an assessed key never leaves the server.
        (select x.row_txid as txid, 'quiz_answer_keys'::text as tbl,
                x.question_id::text || '/' || lpad(x.version::text, 10, '0') as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_answer_keys x
         join public.quiz_questions q on q.id = x.question_id
         join public.lessons l on l.id = q.lesson_id
         where l.course_id = course and l.quiz_mode = 'practice'
           and (x.row_txid, x.question_id, x.version)
               > (case when 'quiz_answer_keys' collate "C" > c_tbl then c_prev else c_txid end,
                  case when 'quiz_answer_keys' = c_tbl then c_uuid else max_uuid end,
                  case when 'quiz_answer_keys' = c_tbl then c_version else 2147483647 end)
           and x.row_txid < horizon
         order by x.row_txid, x.question_id, x.version limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'course' and t.scope_id = course
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  elsif scope_kind = 'teaching' then
    open entries for
      select * from (
        -- The learner's public card rides on their enrollment row (see
        -- private.sync_learner_renamed); null members while not active.
        (select x.row_txid as txid, 'enrollments'::text as tbl, x.id::text as key,
                (to_jsonb(x) - 'row_txid' || coalesce(
                  (select jsonb_build_object('learner_username', p.username,
                                             'learner_full_name', p.full_name,
                                             'learner_avatar_url', p.avatar_url)
                   from public.get_public_profiles(array[x.user_id]) p
                   where x.status = 'active'),
                  '{"learner_username": null, "learner_full_name": null,
                    "learner_avatar_url": null}'::jsonb))::text as row
         from public.enrollments x
         where x.course_id = course
           and (x.row_txid, x.id) > (case when 'enrollments' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'enrollments' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lesson_progress'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lesson_progress x
         where x.course_id = course
           and (x.row_txid, x.id) > (case when 'lesson_progress' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lesson_progress' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        -- Per lesson of the course, its first n attempts after the bound;
        -- the page takes the first n of those.
        (select x.row_txid as txid, 'quiz_attempts'::text as tbl, x.id::text as key,
                (to_jsonb(x) - 'row_txid' || jsonb_build_object('missed_questions',
                  public.teaching_missed_questions(x.lesson_id, x.answers, x.counted)))::text as row
         from public.lessons l
         cross join lateral (
           select a.* from public.quiz_attempts a
           where a.lesson_id = l.id
             and (a.row_txid, a.id) > (case when 'quiz_attempts' collate "C" > c_tbl then c_prev else c_txid end,
                                       case when 'quiz_attempts' = c_tbl then c_uuid else max_uuid end)
             and a.row_txid < horizon
           order by a.row_txid, a.id limit n) x
         where l.course_id = course
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'teaching' and t.scope_id = course
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  else
    open entries for
      select * from (
        (select x.row_txid as txid, 'profiles'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.profiles x
         where x.id = uid
           and (x.row_txid, x.id) > (case when 'profiles' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'profiles' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'enrollments'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.enrollments x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'enrollments' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'enrollments' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lesson_progress'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lesson_progress x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'lesson_progress' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lesson_progress' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'quiz_attempts'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_attempts x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'quiz_attempts' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'quiz_attempts' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'user_achievements'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.user_achievements x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'user_achievements' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'user_achievements' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'course_ratings'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.course_ratings x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'course_ratings' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'course_ratings' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'notifications'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.notifications x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'notifications' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'notifications' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'user' and t.scope_id = uid
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  end if;

  loop
    fetch entries into e;
    exit when not found;
    fetched := fetched + 1;
    if fetched > 1 and bytes + octet_length(e.row) > byte_budget then
      cut := true;
      exit;
    end if;
    bytes := bytes + octet_length(e.row);
    if e.tbl = '#tombstones' then
      tombs := tombs || e.row::jsonb;
    else
      changes := changes || ('{"table":"' || e.tbl || '","row":' || e.row || '}');
      -- The id a tombstone of this row would carry (see below).
      changed := changed || (e.tbl || ':' || case
        when e.tbl in ('quiz_question_versions', 'quiz_answer_keys')
          then split_part(e.key, '/', 1) || ',' || split_part(e.key, '/', 2)::integer::text
        else e.key end);
    end if;
    last_txid := e.txid;
    last_tbl := e.tbl;
    last_key := e.key;
  end loop;
  close entries;

  has_more := cut or fetched = n;
  if has_more then
    next_cursor := token || ':' || last_txid::text || ':' || last_tbl || ':' || last_key;
  elsif horizon > c_txid then
    -- Everything below the horizon has been served.
    next_cursor := token || ':' || horizon::text || '::';
  else
    next_cursor := token || ':' || c_txid::text || ':' || c_tbl || ':' || c_key;
  end if;

  -- A row deleted and written again within this page is sent as its current
  -- state only: its older tombstone is dropped, so clients may apply a
  -- page's tombstones and changes in either order.
  select coalesce(jsonb_agg(t.v order by t.o), '[]'::jsonb) into served_tombs
    from unnest(tombs) with ordinality as t(v, o)
    where ((t.v ->> 'table') || ':' || (t.v ->> 'id')) <> all (changed);

  -- One concat(): a chain of || copies the page (megabytes) once per operator.
  return concat('{"changes":[', array_to_string(changes, ','),
                '],"tombstones":', served_tombs::text,
                ',"next_cursor":', coalesce(to_json(next_cursor)::text, 'null'),
                ',"has_more":', has_more::text,
                ',"reset_required":false}')::json;
end
$$;

-- ----------------------------------------------------------------------------
-- What sync_push needs to store (issue #4; docs/sync-protocol.md):
--
-- * sync_devices: one row per local database (device).  last_seq is the
--   highest op sequence number applied; pushes lock this row, so two
--   concurrent pushes of one device are applied one after the other and the
--   second sees the first's ops as duplicates.  A device belongs to the
--   learner who first pushed from it.
-- * sync_device_ops: which op id each (device, seq) carried.  A replayed seq
--   with a different op id means the local database was copied or restored
--   (two databases issuing the same sequence numbers): the push is refused
--   instead of acknowledging new work as a duplicate and losing it.
-- * lesson_time_ledger: every time-spent increment keyed by its op id.  Time
--   is added to lesson_progress only when the ledger row is new, so a replay
--   (same device or a restored copy under a new device id) never counts twice.
-- * enrollments.status ('active' | 'unenrolled') and enrollments.hlc,
--   course_ratings.hlc: last-writer-wins by hybrid logical clock.  The stamp
--   text "<wall ms:13>-<counter:6>-<device>" (desktop/rules/hlc.py) sorts
--   bytewise as (clock, device id), so one column holds both.  Unenrolling
--   is a value, never a delete, so an older "enroll" arriving late loses.
-- Only sync_push (SECURITY DEFINER) writes these; learners read their own.

create table public.sync_devices (
  device_id uuid primary key,
  user_id uuid not null references public.profiles (id) on delete cascade,
  last_seq bigint not null default 0 check (last_seq >= 0),
  created_at timestamptz not null default now(),
  last_push_at timestamptz,
  pruned_through bigint not null default 0 check (pruned_through >= 0)
);

create index sync_devices_user_idx on public.sync_devices (user_id);

-- sync_device_ops and lesson_time_ledger get a row per op, and a foreign key
-- checks every row it guards with a query of its own (about 7 us each on a
-- 2-core machine, a third of the cost of the row; issue #15).  Their
-- references are kept by the one writer instead, once per push: sync_push
-- holds the device row (FOR UPDATE) and the learner's profile row (FOR NO
-- KEY UPDATE) for the whole push, and locks each lesson a run names FOR KEY
-- SHARE, as the foreign key check would, so none of them can be deleted
-- under it.  The cascades are the triggers sync_forget_* below.
create table public.sync_device_ops (
  device_id uuid not null,  -- a sync_devices row (kept by sync_push, see above)
  seq bigint not null,
  op_id text not null,
  applied_at timestamptz not null default now(),
  rejection jsonb
    check (rejection is null or (jsonb_typeof(rejection) = 'object'
    and jsonb_typeof(rejection -> 'reason') = 'string')),
  primary key (device_id, seq)
);

create table public.lesson_time_ledger (
  user_id uuid not null,  -- a profile (kept by sync_push, see above)
  op_id uuid not null,
  lesson_id uuid not null,  -- a lesson (kept by sync_push, see above)
  seconds integer not null check (seconds > 0 and seconds <= 86400),
  recorded_at timestamptz not null default now(),
  primary key (user_id, op_id)
);

create index lesson_time_ledger_lesson_idx on public.lesson_time_ledger (lesson_id);

-- The cascades of those references: a deleted device, learner or lesson
-- takes its rows along (row triggers: such deletes are rare, and the
-- indexes above find the rows).
create function private.sync_forget_device() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
begin
  delete from public.sync_device_ops o where o.device_id = old.device_id;
  return null;
end
$$;

create function private.sync_forget_learner() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
begin
  delete from public.lesson_time_ledger t where t.user_id = old.id;
  return null;
end
$$;

create function private.sync_forget_lesson() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
begin
  delete from public.lesson_time_ledger t where t.lesson_id = old.id;
  return null;
end
$$;

create trigger sync_forget_device after delete on public.sync_devices
  for each row execute function private.sync_forget_device();
create trigger sync_forget_learner after delete on public.profiles
  for each row execute function private.sync_forget_learner();
create trigger sync_forget_lesson after delete on public.lessons
  for each row execute function private.sync_forget_lesson();
revoke all on function private.sync_forget_device(), private.sync_forget_learner(),
  private.sync_forget_lesson() from public, anon, authenticated;

alter table public.sync_devices enable row level security;
alter table public.sync_device_ops enable row level security;
alter table public.lesson_time_ledger enable row level security;

create policy "sync_devices: owner reads own" on public.sync_devices
  for select to authenticated using (user_id = (select auth.uid()));

create policy "lesson_time_ledger: owner reads own" on public.lesson_time_ledger
  for select to authenticated using (user_id = (select auth.uid()));

-- sync_device_ops: no policy, nobody reads it through the API.

revoke all on public.sync_devices from public, anon, authenticated, service_role;
-- sync_device_ops: no policy, nobody reads it through the API.

revoke all on public.sync_device_ops from public, anon, authenticated, service_role;
-- sync_device_ops: no policy, nobody reads it through the API.

revoke all on public.lesson_time_ledger from public, anon, authenticated, service_role;
grant select on public.sync_devices, public.lesson_time_ledger to authenticated;
grant all on public.sync_devices, public.sync_device_ops, public.lesson_time_ledger to service_role;

-- ----------------------------------------------------------------------------
-- sync_push(device_id, ops): apply a batch of one device's queued operations
-- in order, exactly once, in one transaction (issue #4; docs/sync-protocol.md
-- has the op kinds, payloads and results).
--
-- * Ops carry the learner implicitly: auth.uid().  A user id in a payload is
--   never read.
-- * The learner's profile row is locked first, then the device row.  The
--   device lock makes concurrent pushes of one device run one after the
--   other.  The profile lock serialises a learner's pushes: the reward
--   triggers on lesson_progress lock the profile row (private.lock_rewards)
--   after the progress row sync_push has locked, so two devices of one
--   learner pushing at once, each touching lessons the other touches, would
--   take those locks in opposite orders and deadlock (one push aborted and
--   retried).  Taking the profile lock first gives every path the same
--   order: profile, then device, then progress rows.  Pushes of different
--   learners never wait for each other.  The profile lock is FOR NO KEY
--   UPDATE, like private.lock_rewards (20261125130800): it conflicts with
--   itself and with updates of the row, which is all the serialising needs,
--   but not with the FOR KEY SHARE lock every foreign-key check on profiles
--   takes.  FOR UPDATE (the first form of this function) made the learner's
--   other writes that reference the profile (a progress row or notification
--   written outside sync, an enrollment) wait for the whole push, and two
--   callers whose transactions already held KEY SHARE (from such a write)
--   could deadlock upgrading it, as in 20261125130800.
-- * seq <= last_seq is a duplicate (acknowledged, not applied; a replayed
--   seq that carried another op id means the local database was copied:
--   refused, hint device_sequence_conflict); the first new seq must be
--   last_seq + 1 and seqs must rise by one, otherwise the whole push is
--   refused (hint sequence_gap) and nothing is applied.
-- * Savepoints: a plpgsql BEGIN ... EXCEPTION block is a subtransaction.
--   One per op would mean 250 subtransactions per push: past 64 the
--   transaction's snapshot information overflows into pg_subtrans, and every
--   later visibility check on rows the batch wrote (a lesson's progress row
--   updated by op after op) pays for lookups there; it also slows other
--   sessions' snapshots while the push runs.  So a push first runs all its
--   ops inside ONE savepoint (private.sync_run_fast, below); only
--   if something fails (an op that will be rejected, a sequence refusal) is
--   that undone and the batch run again the careful way, each op in its own
--   savepoint.  Rejections are rare, so almost every push costs one
--   subtransaction.
-- * In the careful run an op that can never succeed (bad payload, a lesson
--   the learner may not read, a check violation) is rolled back alone,
--   marked rejected with the reason, and still advances last_seq, so the
--   device is never stuck behind it.  Transient failures (serialization,
--   deadlock, lock timeout, shutdown, out of resources, internal errors)
--   abort the whole push instead: nothing is applied and the client retries
--   the same batch.
-- * Merge rules (docs/sync-design.md): completion is the greatest; time is a
--   ledger of increments keyed by op id; section progress merges per key
--   (highest percent, other fields from the later stamp); completed_at is
--   the earliest; quiz attempts go through submit_quiz_attempt (insert-once,
--   graded by the server); enrollment and rating are last-writer-wins by
--   hybrid logical clock; notification.read only ever sets is_read.
-- * Progress writes are plain writes to lesson_progress, so the reward
--   triggers of the schema (enrollment progress, points, streaks,
--   achievements, notifications) fire as for any other writer.  A merge that
--   changes nothing writes nothing.
-- * Bounded: at most 250 ops and 512 KB per push, so a batch stays far
--   inside the authenticated role's 8 s statement timeout.
-- SECURITY DEFINER (owner's rights, empty search_path): the learner cannot
-- write the sync tables, enrollment status or progress totals directly;
-- every op checks what the learner may do itself.

create function private.sync_payload_uuid(payload jsonb, field text) returns uuid
language plpgsql immutable set search_path = ''
as $$
begin
  if jsonb_typeof(payload -> field) is distinct from 'string'
     or (payload ->> field) !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception 'payload.% must be a uuid', field using errcode = '22023';
  end if;
  return (payload ->> field)::uuid;
end
$$;

create function private.sync_payload_int(payload jsonb, field text, lo bigint, hi bigint,
                                         required boolean default true) returns integer
language plpgsql immutable set search_path = ''
as $$
begin
  if payload -> field is null or jsonb_typeof(payload -> field) = 'null' then
    if required then
      raise exception 'payload.% is required', field using errcode = '22023';
    end if;
    return null;
  end if;
  if jsonb_typeof(payload -> field) <> 'number'
     or (payload ->> field) !~ '^-?[0-9]+$'
     or (payload ->> field)::numeric not between lo and hi then
    raise exception 'payload.% must be an integer from % to %', field, lo, hi
      using errcode = '22023';
  end if;
  return (payload ->> field)::integer;
end
$$;

create function private.sync_payload_time(payload jsonb, field text) returns timestamptz
language plpgsql stable set search_path = ''
as $$
declare
  value timestamptz;
begin
  if payload -> field is null or jsonb_typeof(payload -> field) = 'null' then
    return null;
  end if;
  begin
    value := (payload ->> field)::timestamptz;
  exception when others then
    raise exception 'payload.% must be an ISO 8601 timestamp', field using errcode = '22023';
  end;
  -- A client clock running fast must not put events in the future.
  return least(value, now());
end
$$;

-- The learner's progress row for a lesson they may read, locked (created on
-- first use, last accessed at `at`).
create function private.sync_progress_row(uid uuid, lesson uuid, at timestamptz)
returns public.lesson_progress
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid;
  result public.lesson_progress;
begin
  -- FOR KEY SHARE: a time op's ledger row names the lesson (see
  -- lesson_time_ledger).
  select l.course_id into course from public.lessons l where l.id = lesson for key share;
  if course is null then
    raise exception 'lesson % does not exist', lesson using errcode = '23503';
  end if;
  if not public.can_read_lesson_content(lesson) then
    raise exception 'lesson % is not open to this learner', lesson using errcode = '42501';
  end if;
  select * into result from public.lesson_progress p
    where p.user_id = uid and p.lesson_id = lesson for update;
  if not found then
    insert into public.lesson_progress (user_id, lesson_id, course_id, last_accessed)
    values (uid, lesson, course, coalesce(at, now()))
    on conflict (user_id, lesson_id) do nothing;
    select * into result from public.lesson_progress p
      where p.user_id = uid and p.lesson_id = lesson for update;
  end if;
  return result;
end
$$;

-- Write the merged progress row back, only when something changed.
create function private.sync_save_progress(cur public.lesson_progress,
                                           merged public.lesson_progress)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  saved public.lesson_progress;
begin
  if (merged.completion_percentage, merged.time_spent_seconds, merged.completed_at,
      merged.last_accessed, merged.section_progress)
     is not distinct from
     (cur.completion_percentage, cur.time_spent_seconds, cur.completed_at,
      cur.last_accessed, cur.section_progress) then
    return jsonb_build_object('lesson_progress', to_jsonb(cur) - 'row_txid');
  end if;
  update public.lesson_progress p set
    completion_percentage = merged.completion_percentage,
    time_spent_seconds = merged.time_spent_seconds,
    completed_at = merged.completed_at,
    last_accessed = merged.last_accessed,
    section_progress = merged.section_progress
  where p.id = cur.id
  returning * into saved;
  return jsonb_build_object('lesson_progress', to_jsonb(saved) - 'row_txid');
end
$$;

-- section_progress[key]: highest percent; every other field from the entry
-- with the later stamp (an equal stamp is a replay: keep what is stored).
-- Same rule as desktop/rules/merge.py merge_section.
create function private.sync_merge_section(cur jsonb, incoming jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when cur is null or jsonb_typeof(cur) <> 'object' then incoming
    else (case when (incoming ->> 'hlc') collate "C" > coalesce(cur ->> 'hlc', '') collate "C"
               then incoming else cur end)
         || jsonb_build_object(
              'percent', greatest(coalesce((cur ->> 'percent')::numeric, 0),
                                  (incoming ->> 'percent')::numeric)::integer,
              'hlc', greatest(coalesce(cur ->> 'hlc', '') collate "C",
                              (incoming ->> 'hlc') collate "C"))
  end
$$;

-- sync_push writes each lesson's progress row once per run of progress ops.
--
-- A learner studying offline queues many small progress ops on few lessons:
-- a time increment every minute or so, section updates, an open, a
-- completion.  Writing lesson_progress once per op ran the row's triggers
-- (row_txid stamp, updated_at, keep_completion, and the reward trigger
-- with its profile lock, streak update and enrollment refresh), the access
-- check and the row lock once per op (benchmarks/README.md: push).
--
-- Every progress merge rule is a fold that can be applied in memory first:
-- completion = greatest, time = sum of new ledger increments, sections
-- merged per key, completed_at = earliest, last_accessed = greatest.  So
-- in the fast run (private.sync_run_fast, set-based since issue #15):
-- * a run of consecutive progress ops keeps each touched lesson's row in
--   memory: the row is fetched, access-checked and locked once (in the
--   order the run first names the lessons), the run's ops are merged into
--   it, and it is written once when the run ends, so the triggers see one
--   change with the final values;
-- * any other op (quiz, rating, enrollment, notification) ends the run
--   first: the rows are written and forgotten, so that op sees them, and a
--   progress op after it is checked against the access it left (an
--   enrollment in between may open or close a lesson);
-- * the ledger rows of the run's time increments are inserted in op order,
--   so a replayed op id is still reported "duplicate";
-- * results: the lesson's last op of the run carries data.lesson_progress
--   (the row as saved); its earlier ops carry no data.
-- The end state is the one the op-by-op writes reached: each rule is
-- associative, and rewards depend only on the final values (points once per
-- completion, the streak by the server's day, enrollment progress from the
-- rows).  The careful run (private.sync_run_ops, only after something
-- failed) keeps writing op by op, each in its own savepoint, so a rejected op is
-- still undone alone.
--
-- Also: the sync_device_ops rows of a push are inserted in one statement
-- at the end of the run instead of one insert per op.

-- progress.open / .section / .time / .complete on the learner's row.
-- progress.* op by op (the careful run): fetch, merge, write.
create function private.sync_op_progress(uid uuid, kind text, op_uuid uuid,
                                                    op_hlc text, payload jsonb)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  lesson uuid := private.sync_payload_uuid(payload, 'lesson_id');
  cur public.lesson_progress;
  step record;
begin
  cur := private.sync_progress_row(uid, lesson, private.sync_progress_at(kind, payload));
  step := private.sync_merge_progress(uid, lesson, kind, op_uuid, op_hlc, payload, cur);
  if step.duplicate then
    return jsonb_build_object('status', 'duplicate');
  end if;
  return private.sync_save_progress(cur, step.merged);
end
$$;

create function private.sync_op_quiz(uid uuid, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  attempt_id uuid := private.sync_payload_uuid(payload, 'attempt_id');
  lesson uuid := private.sync_payload_uuid(payload, 'lesson_id');
  stored public.quiz_attempts;
begin
  select * into stored from public.quiz_attempts a where a.id = attempt_id;
  if found then
    if stored.user_id <> uid then
      raise exception 'attempt % belongs to someone else', attempt_id using errcode = '42501';
    end if;
    return jsonb_build_object('status', 'duplicate',
                              'quiz_attempt', to_jsonb(stored) - 'row_txid');
  end if;
  if jsonb_typeof(payload -> 'answers') is distinct from 'object' then
    raise exception 'payload.answers must be an object' using errcode = '22023';
  end if;
  stored := public.submit_quiz_attempt(
    attempt_id, lesson, payload -> 'answers',
    private.sync_payload_int(payload, 'time_taken_seconds', 0, 2147483647, false),
    private.sync_payload_time(payload, 'completed_at'));
  return jsonb_build_object('quiz_attempt', to_jsonb(stored) - 'row_txid');
end
$$;

create function private.sync_op_rating(uid uuid, op_hlc text, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid := private.sync_payload_uuid(payload, 'course_id');
  stars integer := private.sync_payload_int(payload, 'rating', 1, 5);
  review_text text;
  named boolean;
  saved public.course_ratings;
begin
  if payload ? 'review' and jsonb_typeof(payload -> 'review') not in ('string', 'null') then
    raise exception 'payload.review must be text or null' using errcode = '22023';
  end if;
  review_text := payload ->> 'review';
  if payload ? 'show_name' and jsonb_typeof(payload -> 'show_name') not in ('boolean', 'null') then
    raise exception 'payload.show_name must be true, false or null' using errcode = '22023';
  end if;
  named := (payload ->> 'show_name')::boolean;  -- null: keep the stored choice
  if op_hlc is null then
    raise exception 'rating.set needs the op''s hlc' using errcode = '22023';
  end if;
  if not exists (select 1 from public.enrollments e
                 where e.user_id = uid and e.course_id = course
                   and e.status = 'active') then
    raise exception 'only learners enrolled in course % may rate it', course
      using errcode = '42501';
  end if;
  insert into public.course_ratings as r (user_id, course_id, rating, review, hlc, show_name)
  values (uid, course, stars, review_text, op_hlc, coalesce(named, false))
  on conflict (user_id, course_id) do update
    set rating = excluded.rating, review = excluded.review, hlc = excluded.hlc,
        show_name = coalesce(named, r.show_name)
    where r.hlc is null or excluded.hlc > r.hlc
  returning * into saved;
  if saved is null then
    select * into saved from public.course_ratings r
      where r.user_id = uid and r.course_id = course;
    return jsonb_build_object('superseded', true, 'course_rating', to_jsonb(saved) - 'row_txid');
  end if;
  return jsonb_build_object('course_rating', to_jsonb(saved) - 'row_txid');
end
$$;

create function private.sync_op_enrollment(uid uuid, op_hlc text, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid := private.sync_payload_uuid(payload, 'course_id');
  wanted text := payload ->> 'status';
  saved public.enrollments;
begin
  if wanted is null or wanted not in ('active', 'unenrolled') then
    raise exception 'payload.status must be "active" or "unenrolled"' using errcode = '22023';
  end if;
  if op_hlc is null then
    raise exception 'enrollment.set needs the op''s hlc' using errcode = '22023';
  end if;
  if not exists (select 1 from public.enrollments e
                 where e.user_id = uid and e.course_id = course) then
    -- A first enrollment needs a published course (or one the caller
    -- teaches); a first "unenrolled" only records the clock, so an older
    -- "active" arriving later loses.
    if not exists (select 1 from public.courses c where c.id = course
                   and (c.is_published or wanted = 'unenrolled'
                        or public.can_manage_course(c.id))) then
      raise exception 'course % is not open for enrollment', course using errcode = '42501';
    end if;
  end if;
  insert into public.enrollments as e (user_id, course_id, status, hlc, enrolled_at)
  values (uid, course, wanted, op_hlc,
          coalesce(private.sync_payload_time(payload, 'changed_at'), now()))
  on conflict (user_id, course_id) do update
    set status = excluded.status, hlc = excluded.hlc,
        -- enrolled_at: the earliest enrollment, whatever came in between.
        enrolled_at = case when excluded.status = 'active'
                           then least(e.enrolled_at, excluded.enrolled_at)
                           else e.enrolled_at end
    where e.hlc is null or excluded.hlc > e.hlc
  returning * into saved;
  if saved is null then
    select * into saved from public.enrollments e where e.user_id = uid and e.course_id = course;
    return jsonb_build_object('superseded', true, 'enrollment', to_jsonb(saved) - 'row_txid');
  end if;
  return jsonb_build_object('enrollment', to_jsonb(saved) - 'row_txid');
end
$$;

create function private.sync_op_notification_read(uid uuid, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  notification uuid := private.sync_payload_uuid(payload, 'notification_id');
begin
  -- is_read only goes one way, so a replay or a late op changes nothing.
  update public.notifications n set is_read = true
    where n.id = notification and n.user_id = uid and not n.is_read;
  if not found and not exists (select 1 from public.notifications n
                               where n.id = notification and n.user_id = uid) then
    raise exception 'no notification % for this learner', notification using errcode = '23503';
  end if;
  return '{}'::jsonb;
end
$$;

-- One op: validate the envelope, dispatch on kind.  Returns
-- {"status"?: "duplicate", ...data}.
create function private.sync_apply_op(uid uuid, op jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  env record := private.sync_op_envelope(op);
begin
  case env.kind
    when 'progress.open', 'progress.section', 'progress.time', 'progress.complete' then
      return private.sync_op_progress(uid, env.kind, env.op_uuid, env.op_hlc, env.payload);
    when 'quiz.submit' then
      return private.sync_op_quiz(uid, env.payload);
    when 'rating.set' then
      return private.sync_op_rating(uid, env.op_hlc, env.payload);
    when 'enrollment.set' then
      return private.sync_op_enrollment(uid, env.op_hlc, env.payload);
    when 'notification.read' then
      return private.sync_op_notification_read(uid, env.payload);
    else
      raise exception 'unknown op kind %', coalesce(env.kind, 'null') using errcode = '22023';
  end case;
end
$$;

-- Errors that say nothing about the op itself: retry the whole push later.
create function private.sync_is_transient(state text) returns boolean
language sql immutable set search_path = ''
as $$
  select left(state, 2) in ('08', '40', '53', '55', '57', '58', 'XX')
$$;

-- A replayed push answers "rejected" again for the ops it rejected the first
-- time, not "duplicate" (issue #11).
--
-- sync_push answers a seq at or below the device's last_seq with
-- "duplicate": the op was handled before, whatever its outcome.  When the
-- first answer is lost (the server committed, the connection dropped), the
-- client sends the same batch again -- and an op the server had rejected
-- then came back as "duplicate", which the client takes as "the server
-- holds it".  It kept the change on screen for ever, acknowledged, while
-- the server and the learner's other devices never had it.  Found by
-- tests/store/test_two_devices.py (scenario 7): device A rates a course it
-- is enrolled in, device B (offline, never having pulled A's enrollment)
-- unenrolls and pushes first; A's push then brings an older "enroll" that
-- loses to B's "unenrolled" by clock and a rating.set that is rejected
-- (rating needs an active enrollment, 20261125160000); that answer is lost,
-- the replay said "duplicate", and A kept its 2-star rating while B and the
-- server had none.
--
-- Now sync_device_ops keeps, next to the op id of each seq, the rejection
-- (reason and SQLSTATE) when the op was rejected, and a replayed seq whose
-- op was rejected answers exactly as the first time:
--   {"seq", "op_id", "status": "rejected", "reason", "code", "replayed": true}
-- so the client undoes the op as for any rejection (docs/sync-rules.md).
-- Only the window sync_device_ops keeps (a device's last 1,000 to 2,000
-- seqs) can be replayed at all; an older seq is refused as a copy
-- (20261125170300).  Applied and superseded ops still answer "duplicate".
--
-- private.sync_run_ops below starts from its latest definition
-- (20261125170000_sync_push_coalesced_progress.sql); only the duplicate
-- branch, the rejection bookkeeping and the final insert change.

-- The careful run of sync_push: duplicates, the gap rule, each op applied
-- in its own savepoint (a permanent failure becomes a "rejected" result),
-- the op id recorded per seq.  The fast run is private.sync_run_fast.
create function private.sync_run_ops(uid uuid, device uuid, last_seq bigint, ops jsonb)
returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  op jsonb;
  seq bigint;
  prev bigint := last_seq;
  previous_op text;
  previous_rejection jsonb;
  outcome jsonb;
  results jsonb[] := '{}'::jsonb[];
  -- seq (as text) -> {"reason", "code"} of the ops this run rejected.
  rejections jsonb := '{}'::jsonb;
  state text;
  message text;
begin
  for op in select value from jsonb_array_elements(ops) loop
    seq := (op ->> 'seq')::bigint;
    if seq <= last_seq then
      select o.op_id, o.rejection into previous_op, previous_rejection
        from public.sync_device_ops o
        where o.device_id = device and o.seq = (op ->> 'seq')::bigint;
      if previous_op is distinct from coalesce(op ->> 'op_id', '') then
        if previous_op is not null then
          raise exception 'seq % of device % already carried another op', seq, device
            using errcode = '22023', hint = 'device_sequence_conflict';
        end if;
      end if;
      if previous_rejection is not null then
        -- Rejected the first time: say so again, the first answer may be lost.
        results := results || (jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                                  'status', 'rejected', 'replayed', true)
                               || previous_rejection);
      else
        results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                                 'status', 'duplicate');
      end if;
      continue;
    end if;
    if seq <> prev + 1 then
      raise exception 'expected seq %, got %', prev + 1, seq
        using errcode = '22023', hint = 'sequence_gap',
              detail = json_build_object('last_seq', last_seq)::text;
    end if;

    begin
      outcome := private.sync_apply_op(uid, op);
    exception when others then
      get stacked diagnostics state = returned_sqlstate, message = message_text;
      if private.sync_is_transient(state) then
        raise;
      end if;
      outcome := jsonb_build_object('status', 'rejected', 'reason', message, 'code', state);
      rejections := rejections || jsonb_build_object(
        seq::text, jsonb_build_object('reason', message, 'code', state));
    end;

    results := results || (jsonb_build_object(
      'seq', seq, 'op_id', op -> 'op_id', 'status', coalesce(outcome ->> 'status', 'applied'))
      || case when outcome ->> 'status' = 'rejected' then outcome - 'status'
              when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
              else jsonb_build_object('data', outcome - 'status') end);
    prev := seq;
  end loop;

  insert into public.sync_device_ops (device_id, seq, op_id, rejection)
  select device, (o ->> 'seq')::bigint, coalesce(o ->> 'op_id', ''),
         rejections -> (o ->> 'seq')
  from jsonb_array_elements(ops) o
  where (o ->> 'seq')::bigint > last_seq and (o ->> 'seq')::bigint <= prev;

  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

-- The fast run of sync_push is set-based (issue #15, scale).
--
-- The run above merged a batch's progress ops in memory but still spent
-- its time once per op: a plpgsql step per op with its envelope check,
-- uuid and integer checks as function calls, a timestamp cast in its own
-- subtransaction, one ledger insert per time increment and a jsonb_set per
-- section, about 90 us an op on a 2-core machine (benchmarks/README.md).
-- Now private.sync_run_fast does the same work a run at a time:
-- * replays (seqs at or below the device's last_seq) are answered by one
--   query against sync_device_ops;
-- * every op that is not progress.* still goes through sync_apply_op, one
--   by one and in order, and ends the run of progress ops before it, as
--   before (so it sees them, and the ops after it see the access it left);
-- * a run of progress ops (private.sync_progress_run) is parsed and checked
--   in one query, its time increments go into the ledger in one insert (in
--   op order, so the first of two ops with one op id is the one counted),
--   and each touched lesson is read, access-checked and locked once and
--   written at most once, with every merge rule applied as an aggregate
--   over the run: completion = greatest, time = the sum of the increments
--   the ledger took, saturating; completed_at = earliest; last_accessed =
--   latest; each section key from the entry with the highest stamp (the
--   stored one, then the ops in order, first of equals) with the highest
--   percent.  These are the closed forms of the op-by-op folds in
--   sync_merge_progress and sync_merge_section, so the end state is the
--   same (tests/supabase/test_sync_push_fast.py compares them, op kind by
--   op kind, against the careful run).
-- The fast run checks less wording than the careful one: any op it cannot
-- take as given (a malformed field, a lesson the learner may not read)
-- raises, and sync_push runs the batch
-- again the careful way, which rejects exactly the ops at fault.

create type private.sync_progress_op as (
  k integer,          -- position in the push (1-based)
  seq bigint,
  op_id jsonb,        -- as sent, for the result
  op_uuid uuid,
  kind text,
  lesson uuid,
  hlc text,
  at timestamptz,     -- when it happened (open, time, complete), capped at now()
  seconds integer,    -- progress.time
  sections jsonb,     -- progress.section
  lesson_percent integer
);

-- ops[lo..hi] (1-based), progress ops only: parsed, or an exception when
-- one of them is not as the careful run would take it.
create function private.sync_progress_parse(ops jsonb, lo integer, hi integer)
returns private.sync_progress_op[]
language plpgsql stable set search_path = ''
as $$
declare
  parsed private.sync_progress_op[];
  valid boolean;
  entries_ok boolean;
begin
  -- The tests of sync_op_envelope, sync_payload_uuid (a canonical uuid is
  -- one that casts back to itself), sync_payload_int (a JSON number written
  -- as an integer, within bounds) and sync_merge_progress, as expressions.
  select array_agg(row(e.k, (e.op ->> 'seq')::bigint, e.op -> 'op_id', e.op_id::uuid, e.kind,
                       e.lesson::uuid, e.op ->> 'hlc',
                       case when e.at is not null then least(e.at::timestamptz, now()) end,
                       case when e.kind = 'progress.time' then e.seconds::text::integer end,
                       case when e.kind = 'progress.section' then e.sections end,
                       case when e.kind = 'progress.section'
                            then (e.lesson_percent ->> 0)::integer end
                      )::private.sync_progress_op order by e.k),
         bool_and(coalesce(
           jsonb_typeof(e.op -> 'op_id') = 'string' and lower(e.op_id) = e.op_id::uuid::text
           and jsonb_typeof(e.op -> 'payload') = 'object'
           and coalesce((e.op ->> 'hlc') ~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$', true)
           and jsonb_typeof(e.op -> 'payload' -> 'lesson_id') = 'string'
           and lower(e.lesson) = e.lesson::uuid::text
           and case e.kind
                 when 'progress.time' then
                   jsonb_typeof(e.seconds) = 'number' and e.seconds::text ~ '^[0-9]{1,5}$'
                   and e.seconds::text::integer between 1 and 86400
                 when 'progress.section' then
                   jsonb_typeof(e.sections) = 'object' and e.op ->> 'hlc' is not null
                   and (coalesce(jsonb_typeof(e.lesson_percent -> 0), 'null') = 'null'
                        or (jsonb_typeof(e.lesson_percent -> 0) = 'number'
                            and (e.lesson_percent ->> 0) ~ '^[0-9]{1,3}$'
                            and (e.lesson_percent ->> 0)::integer <= 100))
                 else true
               end, false))
    into parsed, valid
    from (select o.k::integer as k, o.op, o.op ->> 'kind' as kind, o.op ->> 'op_id' as op_id,
                 o.op -> 'payload' ->> 'lesson_id' as lesson,
                 o.op -> 'payload' -> 'seconds' as seconds,
                 o.op -> 'payload' -> 'sections' as sections,
                 jsonb_build_array(o.op -> 'payload' -> 'lesson_percent') as lesson_percent,
                 case o.op ->> 'kind'
                   when 'progress.open' then o.op -> 'payload' ->> 'accessed_at'
                   when 'progress.time' then o.op -> 'payload' ->> 'recorded_at'
                   when 'progress.complete' then o.op -> 'payload' ->> 'completed_at'
                 end as at
          from jsonb_array_elements(ops) with ordinality as o(op, k)
          where o.k between lo and hi) e;
  -- Every section entry: a key of 1 to 200 characters, an object with an
  -- integer percent from 0 to 100.
  select coalesce(bool_and(coalesce(
           char_length(s.key) between 1 and 200 and jsonb_typeof(s.value) = 'object'
           and jsonb_typeof(s.value -> 'percent') = 'number'
           and (s.value ->> 'percent') ~ '^[0-9]{1,3}$' and (s.value ->> 'percent')::integer <= 100,
           false)), true)
    into entries_ok
    from unnest(parsed) p, jsonb_each(p.sections) s
    where p.kind = 'progress.section';
  if not coalesce(valid, false) or not entries_ok then
    raise exception 'a progress op needs the careful run' using errcode = '22023';
  end if;
  return parsed;
end
$$;

-- A run of progress ops, ops[lo..hi]: merged and written a lesson at a
-- time; returns their results in order.
create function private.sync_progress_run(uid uuid, ops jsonb, lo integer, hi integer)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  parsed private.sync_progress_op[] := private.sync_progress_parse(ops, lo, hi);
  lessons uuid[];
  stored public.lesson_progress[];
  missing record;
  counted integer[];  -- positions of the time increments the ledger took
  data jsonb;  -- result position -> {"lesson_progress": row}
begin
  -- Each lesson once, in the order the run first names it: it exists, the
  -- learner may read it, its row is there (created at the first op's time)
  -- and locked.
  select array_agg(f.lesson order by f.first_k) into lessons
    from (select p.lesson, min(p.k) as first_k from unnest(parsed) p group by p.lesson) f;
  -- FOR KEY SHARE, what a foreign key check takes: the ledger rows below
  -- name these lessons (see lesson_time_ledger), once per lesson, not per op.
  if (select count(*) from (select l.id from public.lessons l where l.id = any(lessons)
                            for key share) l
      where public.can_read_lesson_content(l.id)) <> cardinality(lessons) then
    raise exception 'a lesson of the run needs the careful run' using errcode = '42501';
  end if;
  for missing in
    select f.lesson, l.course_id as course, f.at
    from (select distinct on (p.lesson) p.lesson, p.k, p.at from unnest(parsed) p
          order by p.lesson, p.k) f
    join public.lessons l on l.id = f.lesson
    where not exists (select 1 from public.lesson_progress r
                      where r.user_id = uid and r.lesson_id = f.lesson)
    order by f.k
  loop
    insert into public.lesson_progress (user_id, lesson_id, course_id, last_accessed)
    values (uid, missing.lesson, missing.course, coalesce(missing.at, now()))
    on conflict (user_id, lesson_id) do nothing;
  end loop;
  select array_agg(q.r order by q.k) into stored
    from (select r, x.k from public.lesson_progress r
          join unnest(lessons) with ordinality as x(lesson, k) on r.lesson_id = x.lesson
          where r.user_id = uid order by x.k for update of r) q;

  -- The time increments, in op order; an op id the ledger already has was
  -- counted before (a copy replaying under a new device id): "duplicate",
  -- and it changes nothing.
  -- Of two increments of the run with one op id, the first is inserted and
  -- the second conflicts with it: it is the first that counts.
  with taken as (
    insert into public.lesson_time_ledger (user_id, op_id, lesson_id, seconds)
    select uid, p.op_uuid, p.lesson, p.seconds from unnest(parsed) p
      where p.kind = 'progress.time' order by p.k
    on conflict (user_id, op_id) do nothing
    returning op_id)
  select coalesce(array_agg(f.k), '{}') into counted
    from (select p.op_uuid, min(p.k) as k from unnest(parsed) p
          where p.kind = 'progress.time' group by p.op_uuid) f
    where f.op_uuid in (select t.op_id from taken t);

  with effective as (
      select p.* from unnest(parsed) p
      where p.kind <> 'progress.time' or p.k = any(counted)),
    per_lesson as (
      select e.lesson, max(e.k) as last_k, max(e.at) as at, sum(e.seconds) as seconds,
             max(e.lesson_percent) as lesson_percent,
             bool_or(e.kind = 'progress.complete') as complete,
             min(coalesce(e.at, now())) filter (where e.kind = 'progress.complete') as completed_at
      from effective e group by e.lesson),
    entries as (
      select e.lesson, s.key, e.k,
             s.value || jsonb_build_object('percent', (s.value ->> 'percent')::integer,
                                           'hlc', e.hlc) as value,
             e.hlc, (s.value ->> 'percent')::numeric as percent
      from effective e, jsonb_each(e.sections) s where e.kind = 'progress.section'),
    candidates as (
      select n.lesson, n.key, n.k, n.value, n.hlc, n.percent from entries n
      union all
      -- The stored entry of a key the run touches, first among equals.
      select r.lesson_id, s.key, 0, s.value, coalesce(s.value ->> 'hlc', ''),
             coalesce((s.value ->> 'percent')::numeric, 0)
      from unnest(stored) r, jsonb_each(r.section_progress) s
      where jsonb_typeof(s.value) = 'object'
        and exists (select 1 from entries n where n.lesson = r.lesson_id and n.key = s.key)),
    sections as (
      select c.lesson, jsonb_object_agg(c.key, c.value) as value
      from (select c.lesson, c.key,
                   (array_agg(c.value order by c.hlc collate "C" desc, c.k))[1]
                   || jsonb_build_object('percent', max(c.percent)::integer,
                                         'hlc', max(c.hlc collate "C")) as value
            from candidates c group by c.lesson, c.key) c
      group by c.lesson),
    merged as (
    select stored[x.i] as cur, a.last_k,
           greatest(r.completion_percentage, a.lesson_percent,
                    case when a.complete then 100 end) as completion_percentage,
           least(r.time_spent_seconds::bigint + coalesce(a.seconds, 0),
                 2147483647)::integer as time_spent_seconds,
           least(r.completed_at, a.completed_at) as completed_at,
           greatest(r.last_accessed, a.at) as last_accessed,
           r.section_progress || coalesce(s.value, '{}') as section_progress
    from generate_series(1, cardinality(stored)) as x(i)
    cross join lateral unnest(array[stored[x.i]]) as r
    join per_lesson a on a.lesson = r.lesson_id
    left join sections s on s.lesson = r.lesson_id),
    -- One UPDATE for the run's changed lessons (their rows are locked above,
    -- so the order rows are written in cannot deadlock); its row triggers
    -- fire at the end of the statement, each seeing every row of the run.
    written as (
      update public.lesson_progress p set
        completion_percentage = m.completion_percentage,
        time_spent_seconds = m.time_spent_seconds,
        completed_at = m.completed_at,
        last_accessed = m.last_accessed,
        section_progress = m.section_progress
      from merged m
      where p.id = (m.cur).id
        and (m.completion_percentage, m.time_spent_seconds, m.completed_at,
             m.last_accessed, m.section_progress)
            is distinct from
            ((m.cur).completion_percentage, (m.cur).time_spent_seconds,
             (m.cur).completed_at, (m.cur).last_accessed, (m.cur).section_progress)
      returning p.*)
  select coalesce(jsonb_object_agg(m.last_k::text, jsonb_build_object('lesson_progress',
           case when w.id is null then to_jsonb(m.cur) else to_jsonb(w) end - 'row_txid')),
         '{}')
    into data
    from merged m left join written w on w.id = (m.cur).id;

  return (select jsonb_agg(jsonb_build_object(
                   'seq', p.seq, 'op_id', p.op_id,
                   'status', case when p.kind <> 'progress.time' or p.k = any(counted)
                                  then 'applied' else 'duplicate' end)
                 || case when data ? p.k::text then jsonb_build_object('data', data -> p.k::text)
                         else '{}'::jsonb end
                 order by p.k)
          from unnest(parsed) p);
end
$$;

-- The fast run of a push: sync_run_ops without savepoints, a run of
-- progress ops at a time.  Any error escapes to sync_push, which then runs
-- the batch the careful way.  The seqs were checked: they rise by one.
create function private.sync_run_fast(uid uuid, device uuid, last_seq bigint, ops jsonb)
returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  n integer := jsonb_array_length(ops);
  first_new integer;  -- position of the first op past last_seq
  results jsonb;
  conflict boolean;
  other record;
  outcome jsonb;
  start integer;
begin
  if n = 0 then
    return jsonb_build_object('last_seq', last_seq, 'results', '[]'::jsonb);
  end if;
  first_new := least(greatest(last_seq - (ops -> 0 ->> 'seq')::bigint + 2, 1), n + 1)::integer;
  if first_new <= n and (ops -> (first_new - 1) ->> 'seq')::bigint <> last_seq + 1 then
    raise exception 'a sequence gap needs the careful run' using errcode = '22023';
  end if;

  -- Replays, answered as the first time (the careful run words a conflict).
  select coalesce(jsonb_agg(case when d.rejection is not null
                                 then jsonb_build_object('seq', e.op -> 'seq', 'op_id', e.op -> 'op_id',
                                                         'status', 'rejected', 'replayed', true)
                                      || d.rejection
                                 else jsonb_build_object('seq', e.op -> 'seq', 'op_id', e.op -> 'op_id',
                                                         'status', 'duplicate') end
                            order by e.k), '[]'),
         coalesce(bool_or(d.op_id is not null
                          and d.op_id is distinct from coalesce(e.op ->> 'op_id', '')), false)
    into results, conflict
    from jsonb_array_elements(ops) with ordinality as e(op, k)
    left join public.sync_device_ops d
      on d.device_id = device and d.seq = (e.op ->> 'seq')::bigint
    where e.k < first_new;
  if conflict then
    raise exception 'a replayed seq with another op id needs the careful run' using errcode = '22023';
  end if;

  -- The other ops one by one, each ending the run of progress ops before it.
  start := first_new;
  for other in
    select e.k::integer as k, e.op from jsonb_array_elements(ops) with ordinality as e(op, k)
    where e.k >= first_new
      and coalesce(e.op ->> 'kind', '') not in ('progress.open', 'progress.section',
                                                'progress.time', 'progress.complete')
    order by e.k
  loop
    if other.k > start then
      results := results || private.sync_progress_run(uid, ops, start, other.k - 1);
    end if;
    outcome := private.sync_apply_op(uid, other.op);
    results := results || jsonb_build_array(
      jsonb_build_object('seq', other.op -> 'seq', 'op_id', other.op -> 'op_id',
                         'status', coalesce(outcome ->> 'status', 'applied'))
      || case when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
              else jsonb_build_object('data', outcome - 'status') end);
    start := other.k + 1;
  end loop;
  if start <= n then
    results := results || private.sync_progress_run(uid, ops, start, n);
  end if;

  insert into public.sync_device_ops (device_id, seq, op_id)
  select device, (e.op ->> 'seq')::bigint, coalesce(e.op ->> 'op_id', '')
  from jsonb_array_elements(ops) with ordinality as e(op, k)
  where e.k >= first_new;

  return jsonb_build_object('last_seq', greatest(last_seq, (ops -> (n - 1) ->> 'seq')::bigint),
                            'results', results);
end
$$;

revoke all on function private.sync_progress_parse(jsonb, integer, integer),
  private.sync_progress_run(uuid, jsonb, integer, integer),
  private.sync_run_fast(uuid, uuid, bigint, jsonb)
  from public, anon, authenticated;

-- sync_device_ops keeps only each device's recent op ids.
--
-- sync_push (20261125140400) records which op id every (device, seq)
-- carried, so a replayed seq carrying another op id (a copied database)
-- is refused instead of being acknowledged as a duplicate and lost.  Those
-- rows were kept for ever: one per op, millions a year for a school.  The
-- only legitimate replay is the client re-sending its last batch after an
-- answer was lost (at most 250 ops, and it sends nothing newer until that
-- batch is acknowledged), so the last 1,000 seqs of a device are all copy
-- detection ever needs:
-- * sync_devices.pruned_through: every seq up to it has had its row
--   removed; sync_push removes them when the device is more than 2,000
--   seqs past it (one index-range delete per 1,000 ops, no scheduled job);
-- * a push whose first seq is at or below pruned_through cannot be checked
--   against the op ids it replays, and no legitimate client sends one, so
--   it is refused like a copy (hint device_sequence_conflict): the client
--   takes a new device id and sends its pending ops again, which every op
--   kind tolerates (time by op id, attempts by attempt id, LWW by clock,
--   the other progress rules are idempotent).

create function public.sync_push(device_id uuid, ops jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  device public.sync_devices;
  op jsonb;
  seq bigint;
  prev bigint;
  run jsonb;
  state text;
  seqs_ok boolean;
begin
  if uid is null then
    raise exception 'sync_push needs a signed-in learner'
      using errcode = '42501', hint = 'not_signed_in';
  end if;
  if device_id is null or ops is null or jsonb_typeof(ops) <> 'array' then
    raise exception 'sync_push takes a device id and an array of ops'
      using errcode = '22023', hint = 'malformed_batch';
  end if;
  if jsonb_array_length(ops) > 250 or octet_length(ops::text) > 524288 then
    raise exception 'a push carries at most 250 ops and 512 KB'
      using errcode = '22023', hint = 'batch_too_large';
  end if;
  -- Every op needs an integer seq, rising by one through the batch: one
  -- query checks it, the loop only words what is wrong.
  select coalesce(bool_and(c.gap is not null and c.gap + c.k >= 1), true)
         and count(distinct c.gap) <= 1
    into seqs_ok
    from (select e.k, case when jsonb_typeof(e.op) = 'object'
                            and jsonb_typeof(e.op -> 'seq') = 'number'
                            and (e.op ->> 'seq') ~ '^[0-9]{1,18}$'
                           then (e.op ->> 'seq')::bigint - e.k end as gap
          from jsonb_array_elements(ops) with ordinality as e(op, k)) c;
  prev := null;
  for op in select value from jsonb_array_elements(ops) where not seqs_ok loop
    if jsonb_typeof(op) <> 'object' or jsonb_typeof(op -> 'seq') is distinct from 'number'
       or (op ->> 'seq') !~ '^[0-9]{1,18}$' or (op ->> 'seq')::bigint < 1 then
      raise exception 'every op needs a positive integer seq'
        using errcode = '22023', hint = 'malformed_batch';
    end if;
    seq := (op ->> 'seq')::bigint;
    if prev is not null and seq <> prev + 1 then
      raise exception 'seqs in a push must rise by one (% after %)', seq, prev
        using errcode = '22023', hint = 'sequence_gap';
    end if;
    prev := seq;
  end loop;

  -- The learner's profile row first: every reward path locks it first too
  -- (private.lock_rewards), so pushes of two devices touching the same
  -- lessons queue up instead of deadlocking.  FOR NO KEY UPDATE, the mode of
  -- lock_rewards: FOR UPDATE would also block every foreign-key check on the
  -- profile (FOR KEY SHARE) for the whole push.
  perform 1 from public.profiles p where p.id = uid for no key update;
  if not found then
    raise exception 'no profile for this learner' using errcode = '42501', hint = 'not_signed_in';
  end if;

  insert into public.sync_devices as d (device_id, user_id) values (sync_push.device_id, uid)
    on conflict on constraint sync_devices_pkey do nothing;
  select * into device from public.sync_devices d
    where d.device_id = sync_push.device_id for update;
  if device.user_id <> uid then
    raise exception 'device % is registered to another learner', sync_push.device_id
      using errcode = '42501', hint = 'device_owned_by_other_user';
  end if;
  -- A legitimate replay (an answer lost on the way back) repeats at most
  -- the last batch.  A seq this far back comes from a copied or restored
  -- database whose op ids the server no longer keeps: the same refusal as
  -- a replay carrying another op id, so the client takes a new device id.
  if jsonb_array_length(ops) > 0 and (ops -> 0 ->> 'seq')::bigint <= device.pruned_through then
    raise exception 'seq % of device % is older than the sequence numbers the server keeps',
      ops -> 0 ->> 'seq', sync_push.device_id
      using errcode = '22023', hint = 'device_sequence_conflict';
  end if;

  begin
    run := private.sync_run_fast(uid, sync_push.device_id, device.last_seq, ops);
  exception when others then
    -- Some op failed (or a sequence rule refused the push): undo the fast
    -- path and run the batch again with each op in its own savepoint.
    get stacked diagnostics state = returned_sqlstate;
    if private.sync_is_transient(state) then
      raise;
    end if;
    run := private.sync_run_ops(uid, sync_push.device_id, device.last_seq, ops);
  end;
  prev := (run ->> 'last_seq')::bigint;

  -- Keep the op ids of the device's last 1,000 seqs; prune in steps of
  -- 1,000, so a push deletes rarely and in one index range.
  if prev - device.pruned_through > 2000 then
    delete from public.sync_device_ops o
      where o.device_id = sync_push.device_id and o.seq <= prev - 1000;
    device.pruned_through := prev - 1000;
  end if;
  update public.sync_devices d
    set last_seq = prev, last_push_at = now(), pruned_through = device.pruned_through
    where d.device_id = sync_push.device_id;
  return jsonb_build_object('last_seq', prev, 'results', run -> 'results');
end
$$;

revoke all on function private.sync_payload_uuid(jsonb, text),
  private.sync_payload_int(jsonb, text, bigint, bigint, boolean),
  private.sync_payload_time(jsonb, text), private.sync_progress_row(uuid, uuid, timestamptz),
  private.sync_save_progress(public.lesson_progress, public.lesson_progress),
  private.sync_merge_section(jsonb, jsonb),
  private.sync_op_progress(uuid, text, uuid, text, jsonb), private.sync_op_quiz(uuid, jsonb),
  private.sync_op_rating(uuid, text, jsonb), private.sync_op_enrollment(uuid, text, jsonb),
  private.sync_op_notification_read(uuid, jsonb), private.sync_apply_op(uuid, jsonb),
  private.sync_is_transient(text), private.sync_run_ops(uuid, uuid, bigint, jsonb)
  from public, anon, authenticated;
revoke all on function public.sync_push(uuid, jsonb) from public, anon;
grant execute on function public.sync_push(uuid, jsonb) to authenticated, service_role;

-- When the op happened, by kind (null: not given).
create function private.sync_progress_at(kind text, payload jsonb) returns timestamptz
language sql stable set search_path = ''
as $$
  select private.sync_payload_time(payload, case kind
           when 'progress.open' then 'accessed_at'
           when 'progress.time' then 'recorded_at'
           when 'progress.complete' then 'completed_at' end)
$$;

-- A learner's time totals saturate at the column's maximum instead of
-- overflowing (issue #12, hardening; the class of item 4).
--
-- lesson_progress.time_spent_seconds is an integer.  The learner writes it
-- on their own row through the API (insert/update column grants of
-- 20261125120900), and every progress.time op of sync_push adds its seconds
-- (1..86400) to it in private.sync_merge_progress.  A total near
-- 2,147,483,647 -- set by the learner, or reached by pushing -- made that sum
-- fail with "integer out of range": the op was rejected, and so was every
-- later time op of the lesson, for ever, and in the fast path the whole
-- batch had to be run again op by op.  Now the sum is taken in bigint and
-- capped at the integer maximum; the ledger (lesson_time_ledger) still keeps
-- each op's seconds, so nothing is forgotten.
--
-- The other sums of learner-controlled numbers were looked for: points
-- (private.award_points, saturating since 20261203110200) and quiz scores
-- (grade_quiz, bigint since 20261203140000) are the server's own amounts;
-- streak_days grows by one a day on the server clock; attempt_number counts
-- the learner's own attempts (at most one a request); time_taken_seconds,
-- percentages and section percents are stored or compared, never summed.
--
-- sync_merge_progress is its latest definition
-- (20261203100000_plpgsql_lint_clean.sql) with only that sum changed.
-- CREATE OR REPLACE keeps its (revoked) grants.

-- Merge one progress op on `lesson` (its payload's lesson_id, already read)
-- into `cur` without writing lesson_progress (the ledger row of a time
-- increment is written: it decides "duplicate").
create function private.sync_merge_progress(uid uuid, lesson uuid, kind text, op_uuid uuid,
                                            op_hlc text, payload jsonb,
                                            cur public.lesson_progress)
returns private.sync_progress_merge
language plpgsql volatile security definer set search_path = ''
as $$
declare
  at timestamptz := private.sync_progress_at(kind, payload);
  merged public.lesson_progress := cur;
  entry record;
  seconds integer;
  counted boolean;
begin
  merged.last_accessed := greatest(cur.last_accessed, at);  -- greatest() skips nulls

  if kind = 'progress.section' then
    if jsonb_typeof(payload -> 'sections') is distinct from 'object' then
      raise exception 'payload.sections must be an object {"<key>": {"percent": n, ...}}'
        using errcode = '22023';
    end if;
    if op_hlc is null then
      raise exception 'progress.section needs the op''s hlc' using errcode = '22023';
    end if;
    for entry in select key, value from jsonb_each(payload -> 'sections') loop
      if char_length(entry.key) not between 1 and 200 or jsonb_typeof(entry.value) <> 'object' then
        raise exception 'section %: a key of 1 to 200 characters with an object value',
          left(entry.key, 40) using errcode = '22023';
      end if;
      merged.section_progress := jsonb_set(
        merged.section_progress, array[entry.key],
        private.sync_merge_section(
          merged.section_progress -> entry.key,
          entry.value || jsonb_build_object(
            'percent', private.sync_payload_int(entry.value, 'percent', 0, 100),
            'hlc', op_hlc)));
    end loop;
    merged.completion_percentage := greatest(cur.completion_percentage,
      private.sync_payload_int(payload, 'lesson_percent', 0, 100, false));

  elsif kind = 'progress.time' then
    seconds := private.sync_payload_int(payload, 'seconds', 1, 86400);
    insert into public.lesson_time_ledger (user_id, op_id, lesson_id, seconds)
    values (uid, op_uuid, lesson, seconds)
    on conflict (user_id, op_id) do nothing
    returning true into counted;
    if counted is null then
      -- Already counted (a restored copy replaying under a new device id).
      return row(cur, true)::private.sync_progress_merge;
    end if;
    -- Saturates: the learner may set their own total near the top through
    -- the API, and a sum past it would reject every later time op.
    merged.time_spent_seconds := least(cur.time_spent_seconds::bigint + seconds,
                                       2147483647)::integer;

  elsif kind = 'progress.complete' then
    merged.completion_percentage := 100;
    merged.completed_at := least(cur.completed_at, coalesce(at, now()));  -- earliest
  end if;  -- progress.open: last_accessed only
  return row(merged, false)::private.sync_progress_merge;
end
$$;

-- The envelope every op shares: kind, an object payload, a well-formed hlc
-- (or none), a uuid op id.
create function private.sync_op_envelope(op jsonb, out kind text, out payload jsonb,
                                         out op_hlc text, out op_uuid uuid)
language plpgsql immutable set search_path = ''
as $$
begin
  kind := op ->> 'kind';
  payload := op -> 'payload';
  op_hlc := op ->> 'hlc';
  op_uuid := private.sync_payload_uuid(op, 'op_id');
  if jsonb_typeof(payload) is distinct from 'object' then
    raise exception 'payload must be an object' using errcode = '22023';
  end if;
  if op_hlc is not null and op_hlc !~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$' then
    raise exception 'hlc % is not a hybrid logical clock stamp', op_hlc using errcode = '22023';
  end if;
end
$$;

revoke all on function private.sync_progress_at(text, jsonb), private.sync_op_envelope(jsonb)
  from public, anon, authenticated;
revoke all on function public.sync_pull(text, text, integer) from public;
grant execute on function public.sync_pull(text, text, integer)
  to anon, authenticated, service_role;
revoke all on function public.sync_push(uuid, jsonb) from public, anon;
grant execute on function public.sync_push(uuid, jsonb) to authenticated, service_role;
revoke all on function
  private.sync_merge_progress(uuid, uuid, text, uuid, text, jsonb, public.lesson_progress)
  from public, anon, authenticated;

-- ----------------------------------------------------------------------------
-- Which database a pull cursor came from (issue #15).
--
-- A cursor is a position in one database's transaction-id stream.  Used
-- against another database (another project, a database rebuilt from the
-- migrations, a logical copy) the same number means something else, and
-- rows would be skipped without a word.  sync_pull now puts a token of the
-- database it runs on into every cursor and answers reset_required to a
-- cursor whose token differs (20261203180100).
--
-- The token is derived from this one row: a random id made when the
-- migrations run, and the row's xmin, the transaction that inserted it.
-- * Another project, or any database built by running the migrations: a
--   new random id.
-- * A logical copy (pg_dump and restore, into this project or another):
--   the id is copied, but the restore inserts the row again, so its xmin is
--   the restoring transaction's and the token differs.  Freezing keeps a
--   row's xmin (PostgreSQL 9.4+ marks frozen rows with a flag bit).
-- * A physical copy keeps both: a streaming replica (wanted: cursors move
--   freely between a primary and its read replicas), but also a point-in-
--   time restore of this project or a clone made from its files.  After
--   such a restore sync_pull still answers reset_required to a cursor ahead
--   of the restored transaction counter, but only until the counter passes
--   it again; the restore runbook (docs/sync-protocol.md, "Recovery after a
--   server restore") therefore renews the id at once:
--     update public.sync_server set server_id = gen_random_uuid();
--
-- Readable by every API role, since sync_pull runs as its caller; the id
-- is no secret (its token is in every cursor).  Nobody but the owner writes.

create table public.sync_server (
  id boolean primary key default true check (id),
  server_id uuid not null default gen_random_uuid(),
  created_at timestamptz not null default now()
);

comment on table public.sync_server is
  'One row: this database''s identity for pull cursors (see migration 20261203180000).';
insert into public.sync_server default values;
alter table public.sync_server enable row level security;

create policy "sync_server: readable by everyone"
  on public.sync_server for select to anon, authenticated
  using (true);

revoke all on public.sync_server from public, anon, authenticated, service_role;
grant select on public.sync_server to anon, authenticated, service_role;
