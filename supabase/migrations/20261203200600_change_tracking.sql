-- Lantern's database, part 7 of 8 (change_tracking).
--
-- What sync needs on every synced table: row_txid stamps, the
-- indexes pulls read them by, and tombstones for deleted rows.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

create function private.sync_stamp_row_txid() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.row_txid := pg_current_xact_id();
  return new;
end
$$;

revoke all on function private.sync_stamp_row_txid() from public, anon, authenticated;

create trigger sync_stamp_row_txid before insert or update on public.courses
  for each row execute function private.sync_stamp_row_txid();

create index courses_sync_idx on public.courses (row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.lessons
  for each row execute function private.sync_stamp_row_txid();

create index lessons_sync_idx on public.lessons (row_txid, id);

create index lessons_course_sync_idx on public.lessons (course_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.course_files
  for each row execute function private.sync_stamp_row_txid();

create index course_files_sync_idx on public.course_files (row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.achievements
  for each row execute function private.sync_stamp_row_txid();

create index achievements_sync_idx on public.achievements (row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.lesson_contents
  for each row execute function private.sync_stamp_row_txid();

create index lesson_contents_sync_idx on public.lesson_contents (row_txid, lesson_id);

create trigger sync_stamp_row_txid before insert or update on public.profiles
  for each row execute function private.sync_stamp_row_txid();

create index profiles_sync_idx on public.profiles (row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.enrollments
  for each row execute function private.sync_stamp_row_txid();

create index enrollments_sync_idx on public.enrollments (user_id, row_txid, id);

-- The teaching scope (sync_pull 'teaching:<course>') reads a course's
-- enrollments, progress rows and (per lesson) quiz attempts by these.
create index enrollments_course_sync_idx on public.enrollments (course_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.lesson_progress
  for each row execute function private.sync_stamp_row_txid();

create index lesson_progress_sync_idx on public.lesson_progress (user_id, row_txid, id);

create index lesson_progress_course_sync_idx on public.lesson_progress (course_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.quiz_attempts
  for each row execute function private.sync_stamp_row_txid();

create index quiz_attempts_sync_idx on public.quiz_attempts (user_id, row_txid, id);

create index quiz_attempts_lesson_sync_idx on public.quiz_attempts (lesson_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.user_achievements
  for each row execute function private.sync_stamp_row_txid();

create index user_achievements_sync_idx on public.user_achievements (user_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.course_ratings
  for each row execute function private.sync_stamp_row_txid();

create index course_ratings_sync_idx on public.course_ratings (user_id, row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.quiz_questions
  for each row execute function private.sync_stamp_row_txid();

create index quiz_questions_sync_idx on public.quiz_questions (row_txid, id);

create trigger sync_stamp_row_txid before insert or update on public.quiz_question_versions
  for each row execute function private.sync_stamp_row_txid();

create index quiz_question_versions_sync_idx
  on public.quiz_question_versions (row_txid, question_id, version);

create trigger sync_stamp_row_txid before insert or update on public.quiz_answer_keys
  for each row execute function private.sync_stamp_row_txid();

create index quiz_answer_keys_sync_idx on public.quiz_answer_keys (row_txid, question_id, version);

create trigger sync_stamp_row_txid before insert or update on public.notifications
  for each row execute function private.sync_stamp_row_txid();

create index notifications_sync_idx on public.notifications (user_id, row_txid, id);

-- ----------------------------------------------------------------------------
-- Tombstones for sync (issue #4; docs/sync-protocol.md): a pull must learn
-- about rows that went away, not only rows that changed.
--
-- * public.sync_tombstones: one row per deleted row and scope, stamped with
--   the deleting transaction's id (row_txid) like every synced row, so the
--   same xid-horizon cursor covers changes and deletions.
--   scope 'catalogue' (scope_id null), 'course' (scope_id = course id),
--   'user' (scope_id = the learner) or 'teaching' (scope_id = course id:
--   what that course's teacher pulls about its learners, issue #17).
--   row_id is the id in the form the client
--   deletes by (desktop/store/pulled.py): the primary key's values joined by
--   "," ("<question_id>,<version>" for quiz_question_versions and
--   quiz_answer_keys, the uuid otherwise).  Pulls order tombstones by their
--   own serial id, so row_id needs no sortable form.  row_pk is the primary
--   key as JSON, for the client to delete by.
-- * AFTER DELETE triggers fill it.  A child deleted by a cascade whose
--   parent is already gone (a lesson body when its lesson is deleted) gets
--   no tombstone of its own: the parent's tombstone covers it, and clients
--   cascade locally (docs/sync-protocol.md, "Deletions").  Answer keys name
--   no lesson: the scope spec "question:<column>" finds their course through
--   the question.
-- * Leaving the catalogue without a delete also writes tombstones: a course
--   unpublished (the course and its lessons) or an achievement deactivated.
--   Coming back (republished, reactivated) restamps the rows so they are
--   sent again.
-- * The course scope stays honest when a lesson's quiz mode changes: a
--   practice lesson becoming assessed writes tombstones for its answer keys
--   (clients must drop keys that now stay on the server); an assessed lesson
--   becoming practice restamps its keys so they are sent.
-- * Retention: public.sync_prune_tombstones(keep) (service_role, e.g. from a
--   nightly job) deletes old tombstones and records in sync_retention the
--   highest transaction id it removed.  A cursor at or below it may have
--   missed a deletion: sync_pull answers reset_required.
-- Reading: a learner reads catalogue and course tombstones (ids only) and
-- their own user tombstones; a course's teaching tombstones are read by its
-- teacher and admins only; only the triggers (SECURITY DEFINER) write.

create table public.sync_tombstones (
  id bigint generated always as identity primary key,
  table_name text not null,
  row_id text not null,
  row_pk jsonb not null,
  scope text not null check (scope in ('catalogue', 'course', 'user', 'teaching')),
  scope_id uuid,
  row_txid xid8 not null default pg_current_xact_id(),
  deleted_at timestamptz not null default now(),
  check ((scope = 'catalogue') = (scope_id is null))
);

create index sync_tombstones_scope_idx
  on public.sync_tombstones (scope, scope_id, row_txid, id);

create index sync_tombstones_deleted_at_idx on public.sync_tombstones (deleted_at);

create table public.sync_retention (
  id boolean primary key default true check (id),
  tombstones_pruned_through xid8 not null default '0'::xid8,
  pruned_at timestamptz
);

insert into public.sync_retention default values;
alter table public.sync_tombstones enable row level security;
alter table public.sync_retention enable row level security;

-- A course's tombstones are read where the course is (issue #12,
-- hardening; the class of item 2: listings that name draft courses).
--
-- The policy of 20261125140100_sync_tombstones let everyone, anon
-- included, read every tombstone of the shared scopes.  A course-scope
-- tombstone carries its course id and the ids of the deleted lessons,
-- questions and keys, so `select scope_id from sync_tombstones` listed the
-- ids of draft and premium courses, what the bucket listing of item 22 fed
-- into the draft enrolment of item 21.  Now a course scope's tombstones
-- are readable by whoever can_view_course (published courses: everyone;
-- drafts: their teacher, admins and active enrollees), the catalogue
-- scope stays public (it says which published courses went away), and the
-- user scope stays its learner's.  sync_pull runs with the caller's
-- rights, so a course scope's pull gives each caller the tombstones of
-- the rows they could read; a caller who lost the course gets none, as
-- they get none of its rows.
--
-- Teaching tombstones (issue #17) say which of a course's learners' rows
-- went away: an enrollment row's id names a learner of the course, so they
-- are read where those rows are, by the course's teacher and admins
-- (public.can_manage_course, the test of the enrollments, lesson_progress
-- and quiz_attempts policies that let a teacher read those rows).  A
-- learner reads their own deletions through the user scope, never through
-- a teaching scope.

-- sync tables ---------------------------------------------------------------------------
create policy "sync_tombstones: catalogue all; seen courses; own user; taught"
  on public.sync_tombstones for select to anon, authenticated
  using (scope = 'catalogue'
         or (scope = 'course' and public.can_view_course(scope_id))
         or (scope = 'user' and scope_id = (select auth.uid()))
         or (scope = 'teaching' and public.can_manage_course(scope_id)));

create policy "sync_retention: readable by everyone"
  on public.sync_retention for select to anon, authenticated
  using (true);

revoke all on public.sync_tombstones, public.sync_retention
  from public, anon, authenticated, service_role;
grant select on public.sync_tombstones, public.sync_retention to anon, authenticated;
grant select, delete on public.sync_tombstones to service_role;
grant select on public.sync_retention to service_role;

create function private.sync_add_tombstone(
  tbl text, row_id text, pk jsonb, scope text, scope_id uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  insert into public.sync_tombstones (table_name, row_id, row_pk, scope, scope_id)
  values (tbl, row_id, pk, scope, scope_id)
$$;

-- AFTER DELETE, FOR EACH ROW.  Arguments: the primary-key columns
-- ("id" or "question_id,version"), then one or more scopes:
--   catalogue            the public catalogue
--   course:<column>      the course in <column> of the deleted row
--   lesson:<column>      the course of the lesson in <column>
--   question:<column>    the course of the quiz question in <column>
--   user:<column>        the learner in <column>
--   teaching:<column>    the teaching scope of the course in <column>
--   teaching-lesson:<column>  the teaching scope of the course of the lesson
--                        in <column>
-- A teaching tombstone is written only while its course (teaching:) or
-- lesson (teaching-lesson:) still exists: rows deleted with their course
-- leave no scope to pull, and progress rows and attempts deleted with their
-- lesson are covered by the lesson's own teaching tombstone (the client
-- drops a deleted lesson's progress and attempts with it).
create function private.sync_record_tombstone() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  old_row jsonb := to_jsonb(old);
  pk jsonb := '{}';
  key_parts text[] := '{}';
  row_id text;
  col text;
  spec text;
  kind text;
  target uuid;
begin
  foreach col in array string_to_array(tg_argv[0], ',') loop
    pk := pk || jsonb_build_object(col, old_row -> col);
    key_parts := key_parts || (old_row ->> col);
  end loop;
  row_id := array_to_string(key_parts, ',');
  for i in 1 .. tg_nargs - 1 loop
    spec := tg_argv[i];
    kind := split_part(spec, ':', 1);
    if kind = 'catalogue' then
      perform private.sync_add_tombstone(tg_table_name, row_id, pk, 'catalogue', null);
      continue;
    end if;
    target := (old_row ->> split_part(spec, ':', 2))::uuid;
    -- A parent deleted in the same statement (a cascade) is not found: its
    -- own tombstone covers this row.
    if kind = 'lesson' then
      select l.course_id into target from public.lessons l where l.id = target;
      kind := 'course';
    elsif kind = 'teaching' then
      select c.id into target from public.courses c where c.id = target;
    elsif kind = 'teaching-lesson' then
      select l.course_id into target from public.lessons l where l.id = target;
      kind := 'teaching';
    elsif kind = 'question' then
      select l.course_id into target
        from public.quiz_questions q join public.lessons l on l.id = q.lesson_id
        where q.id = target;
      kind := 'course';
    end if;
    if target is not null then
      perform private.sync_add_tombstone(tg_table_name, row_id, pk, kind, target);
    end if;
  end loop;
  return null;
end
$$;

create trigger sync_tombstone after delete on public.courses
  for each row execute function private.sync_record_tombstone('id', 'catalogue');

create trigger sync_tombstone after delete on public.lessons
  for each row execute function private.sync_record_tombstone('id', 'catalogue', 'course:course_id',
                                                              'teaching:course_id');

create trigger sync_tombstone after delete on public.achievements
  for each row execute function private.sync_record_tombstone('id', 'catalogue');

create trigger sync_tombstone after delete on public.course_files
  for each row execute function private.sync_record_tombstone('id', 'catalogue');

create trigger sync_tombstone after delete on public.lesson_contents
  for each row execute function private.sync_record_tombstone('lesson_id', 'lesson:lesson_id');

create trigger sync_tombstone after delete on public.profiles
  for each row execute function private.sync_record_tombstone('id', 'user:id');

create trigger sync_tombstone after delete on public.enrollments
  for each row execute function private.sync_record_tombstone('id', 'user:user_id',
                                                              'teaching:course_id');

create trigger sync_tombstone after delete on public.lesson_progress
  for each row execute function private.sync_record_tombstone('id', 'user:user_id',
                                                              'teaching-lesson:lesson_id');

create trigger sync_tombstone after delete on public.quiz_attempts
  for each row execute function private.sync_record_tombstone('id', 'user:user_id',
                                                              'teaching-lesson:lesson_id');

create trigger sync_tombstone after delete on public.user_achievements
  for each row execute function private.sync_record_tombstone('id', 'user:user_id');

create trigger sync_tombstone after delete on public.course_ratings
  for each row execute function private.sync_record_tombstone('id', 'user:user_id');

create trigger sync_tombstone after delete on public.quiz_questions
  for each row execute function private.sync_record_tombstone('id', 'lesson:lesson_id');

create trigger sync_tombstone after delete on public.quiz_question_versions
  for each row execute function private.sync_record_tombstone('question_id,version',
                                                              'lesson:lesson_id');

create trigger sync_tombstone after delete on public.quiz_answer_keys
  for each row execute function private.sync_record_tombstone('question_id,version',
                                                              'question:question_id');

create trigger sync_tombstone after delete on public.notifications
  for each row execute function private.sync_record_tombstone('id', 'user:user_id');

-- A course's badges enter and leave the catalogue with their course.
--
-- Catalogue pullers read achievements under RLS (20261125150100: a course
-- badge is readable where its course is).  When a course is published,
-- private.sync_course_visibility (20261125140100) re-stamps its lessons so
-- pullers whose cursor passed them while the course was a draft get them,
-- but not its badges.  `lantern publish` adds a course's badges while the
-- course is still a draft and publishes it last, and an instructor may keep
-- a course in draft for weeks: every learner who pulled the catalogue in
-- between never received that course's badges.  Unpublishing tombstoned
-- the course and its lessons but left its badges on every device.
-- Now the same trigger re-stamps the course's badges on publish and writes
-- catalogue tombstones for them on unpublish, exactly as for lessons.

-- Leaving and re-entering the catalogue --------------------------------------
create function private.sync_course_visibility() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.is_published and not new.is_published then
    perform private.sync_add_tombstone('courses', new.id::text, jsonb_build_object('id', new.id),
                                       'catalogue', null);
    perform private.sync_add_tombstone('lessons', l.id::text, jsonb_build_object('id', l.id),
                                       'catalogue', null)
      from public.lessons l where l.course_id = new.id;
    perform private.sync_add_tombstone('achievements', a.id::text,
                                       jsonb_build_object('id', a.id), 'catalogue', null)
      from public.achievements a where a.course_id = new.id;
    perform private.sync_add_tombstone('course_files', f.id::text,
                                       jsonb_build_object('id', f.id), 'catalogue', null)
      from public.course_files f where f.course_id = new.id;
  elsif new.is_published and not old.is_published then
    -- The rows did not change, but catalogue pullers have dropped or missed them.
    update public.lessons set row_txid = pg_current_xact_id() where course_id = new.id;
    update public.achievements set row_txid = pg_current_xact_id() where course_id = new.id;
    update public.course_files set row_txid = pg_current_xact_id() where course_id = new.id;
  end if;
  return null;
end
$$;

create trigger sync_course_visibility after update of is_published on public.courses
  for each row execute function private.sync_course_visibility();

create function private.sync_achievement_visibility() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.is_active and not new.is_active then
    perform private.sync_add_tombstone('achievements', new.id::text,
                                       jsonb_build_object('id', new.id),
                                       'catalogue', null);
  end if;
  return null;  -- reactivation restamps the row itself
end
$$;

create trigger sync_achievement_visibility after update of is_active on public.achievements
  for each row execute function private.sync_achievement_visibility();

-- A lesson switched between practice and assessed ----------------------------
create function private.sync_quiz_mode_visibility() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.quiz_mode = 'practice' and new.quiz_mode = 'assessed' then
    perform private.sync_add_tombstone(
      'quiz_answer_keys', k.question_id::text || ',' || k.version::text,
      jsonb_build_object('question_id', k.question_id, 'version', k.version),
      'course', new.course_id)
    from public.quiz_answer_keys k
    join public.quiz_questions q on q.id = k.question_id
    where q.lesson_id = new.id;
  elsif old.quiz_mode = 'assessed' and new.quiz_mode = 'practice' then
    update public.quiz_answer_keys k set row_txid = pg_current_xact_id()
      from public.quiz_questions q
      where q.id = k.question_id and q.lesson_id = new.id;
  end if;
  return null;
end
$$;

create trigger sync_quiz_mode_visibility after update of quiz_mode on public.lessons
  for each row execute function private.sync_quiz_mode_visibility();

-- Retention ------------------------------------------------------------------
create function public.sync_prune_tombstones(keep interval default interval '90 days')
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  removed integer;
  highest xid8;
begin
  with gone as (
    delete from public.sync_tombstones t where t.deleted_at < now() - keep
    returning t.row_txid)
  select count(*), max(g.row_txid) into removed, highest from gone g;
  if highest is not null then
    update public.sync_retention
      set tombstones_pruned_through = greatest(tombstones_pruned_through, highest),
          pruned_at = now();
  end if;
  return removed;
end
$$;

revoke all on function private.sync_add_tombstone(text, text, jsonb, text, uuid),
  private.sync_record_tombstone(), private.sync_course_visibility(),
  private.sync_achievement_visibility(), private.sync_quiz_mode_visibility(),
  public.sync_prune_tombstones(interval)
  from public, anon, authenticated;
grant execute on function public.sync_prune_tombstones(interval) to service_role;
