-- Lantern's database, part 1 of 8 (core_tables).
--
-- The core tables: profiles, courses, lessons and their bodies,
-- enrollments, lesson progress, quiz attempts, achievements and ratings,
-- their indexes, and the triggers that keep them consistent (updated_at,
-- the profile made on sign-up, course counters, lesson prerequisites, an
-- enrollment needs a published course).  The `private` schema holds the
-- server-internal functions of every part.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

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

create schema private;

revoke all on schema private from public;
comment on schema private is
  'Server-internal functions of Lantern; not exposed through the API.';

-- ----------------------------------------------------------------------------
-- Core tables of the learning platform, as the seed guide describes them
-- (profiles, courses, lessons, enrollments, lesson_progress, quiz_attempts,
-- achievements, user_achievements, course_ratings) and its indexes.
--
-- Differences from the guide, on purpose:
-- * ids default to gen_random_uuid() (core PostgreSQL): no uuid-ossp needed.
-- * counters, flags and timestamps are NOT NULL with their defaults, so a
--   client cannot store NULL where the guide's arithmetic expects a number.
-- * profiles.show_on_leaderboard: the learner's opt-out for get_leaderboard().
-- Security (RLS, grants) and behaviour (triggers, functions) come in the
-- migrations that follow, one idea each.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  username text unique not null,
  full_name text not null,
  avatar_url text,
  role text not null default 'student' check (role in ('student', 'instructor', 'admin')),
  points integer not null default 0 check (points >= 0),
  streak_days integer not null default 0 check (streak_days >= 0),
  last_active timestamptz not null default now(),
  show_on_leaderboard boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  constraint username_length check (char_length(username) >= 3)
);

create table public.courses (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  description text,
  thumbnail_url text,
  instructor_id uuid references public.profiles (id) on delete set null,
  difficulty_level text not null default 'beginner'
    check (difficulty_level in ('beginner', 'intermediate', 'advanced')),
  estimated_duration_hours integer check (estimated_duration_hours > 0),
  price numeric(10, 2) not null default 0 check (price >= 0),
  is_premium boolean not null default false,
  is_published boolean not null default false,
  tags text[],
  category text,
  enrollment_count integer not null default 0 check (enrollment_count >= 0),
  average_rating numeric(3, 2) not null default 0
    check (average_rating >= 0 and average_rating <= 5),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  -- the language its lessons are written in (a BCP 47 tag, null: not said)
  -- and which way their text runs (docs/course-packages.md, "Language")
  language text check (length(language) <= 35 and language ~ '^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$'),
  direction text not null default 'auto' check (direction in ('ltr', 'rtl', 'auto'))
);

create table public.lessons (
  id uuid primary key default gen_random_uuid(),
  course_id uuid not null references public.courses (id) on delete cascade,
  title text not null,
  description text,
  component_path text not null,
  order_index integer not null,
  estimated_duration_minutes integer check (estimated_duration_minutes > 0),
  is_free boolean not null default false,
  prerequisites uuid[], -- ids of lessons of the same course
  learning_objectives text[],
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  quiz_mode text not null default 'practice'
    check (quiz_mode in ('practice', 'assessed')),
  row_txid xid8 not null default pg_current_xact_id(),
  quiz_max_attempts integer not null default 3
    check (quiz_max_attempts between 1 and 100),
  quiz_grading text not null default 'best'
    check (quiz_grading in ('best', 'last')),
  quiz_feedback boolean not null default false,
  -- a lesson in another language or direction than its course's; null: the course's
  language text check (length(language) <= 35 and language ~ '^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$'),
  direction text check (direction in ('ltr', 'rtl', 'auto')),
  constraint valid_component_path check (component_path ~ '^[a-zA-Z0-9\-_/]+$'),
  constraint lessons_course_id_order_index_key
    unique (course_id, order_index) deferrable initially immediate,
  constraint lessons_id_course_id_key unique (id, course_id)
);

create table public.enrollments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  course_id uuid not null references public.courses (id) on delete cascade,
  enrolled_at timestamptz not null default now(),
  completed_at timestamptz,
  progress_percentage integer not null default 0
    check (progress_percentage >= 0 and progress_percentage <= 100),
  row_txid xid8 not null default pg_current_xact_id(),
  status text not null default 'active' check (status in ('active', 'unenrolled')),
  hlc text collate "C" check (hlc ~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$'),
  unique (user_id, course_id)
);

create table public.lesson_progress (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  -- lesson_id and course_id are checked together by
  -- lesson_progress_lesson_in_course_fkey below: the lesson exists, in that
  -- course (whose own row lessons.course_id guarantees), and its deletion or
  -- move cascades.  A foreign key on each column alone would add two lookups
  -- to every write of the row and check nothing more.
  lesson_id uuid not null,
  course_id uuid not null,
  completion_percentage integer not null default 0
    check (completion_percentage >= 0 and completion_percentage <= 100),
  time_spent_seconds integer not null default 0 check (time_spent_seconds >= 0),
  completed_at timestamptz,
  last_accessed timestamptz not null default now(),
  section_progress jsonb not null default '{}', -- progress of individual sections
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  unique (user_id, lesson_id),
  -- The learner writes section_progress through the API (column grant): an
  -- object, as sync merges it ({"<section>": {"percent": n, ...}}), of at
  -- most 256 KB (thousands of sections), because the course's teacher reads
  -- it and every device pulls it.
  constraint lesson_progress_section_progress_object
    check (jsonb_typeof(section_progress) = 'object'),
  constraint lesson_progress_section_progress_bounded
    check (octet_length(section_progress::text) <= 262144),
  constraint lesson_progress_lesson_in_course_fkey
    foreign key (lesson_id, course_id) references public.lessons (id, course_id)
    on update cascade on delete cascade
);

create table public.quiz_attempts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  score integer check (score >= 0),
  max_score integer not null check (max_score > 0),
  answers jsonb not null,
  time_taken_seconds integer check (time_taken_seconds >= 0),
  is_passed boolean generated always as (score::numeric / max_score >= 0.7) stored,
  completed_at timestamptz not null default now(),
  graded_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  counted boolean not null default true,
  attempt_number integer not null check (attempt_number > 0),
  not_counted_reason text
    check (not_counted_reason in ('quiz_closed', 'quiz_changed')),
  constraint quiz_attempts_counted_has_score check (counted = (score is not null)),
  constraint quiz_attempts_not_counted_has_reason
    check (counted = (not_counted_reason is null))
);

create table public.achievements (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  description text,
  icon text not null,
  badge_color text not null default 'blue',
  points_value integer not null default 0 check (points_value >= 0),
  criteria jsonb not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  course_id uuid references public.courses (id) on delete cascade,
  constraint achievements_points_value_bounded check (points_value between 0 and 1000)
);

create table public.user_achievements (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  achievement_id uuid not null references public.achievements (id) on delete cascade,
  earned_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  unique (user_id, achievement_id)
);

create table public.course_ratings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  course_id uuid not null references public.courses (id) on delete cascade,
  rating integer not null check (rating >= 1 and rating <= 5),
  review text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  hlc text collate "C" check (hlc ~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$'),
  show_name boolean not null default false,
  unique (user_id, course_id)
);

-- The guide's performance indexes.
create index idx_courses_published on public.courses (is_published) where is_published = true;

create index idx_courses_category on public.courses (category) where is_published = true;

create index idx_lessons_course_order on public.lessons (course_id, order_index);

create index idx_progress_user_course on public.lesson_progress (user_id, course_id);

create index idx_quiz_attempts_user on public.quiz_attempts (user_id, lesson_id);

create index idx_enrollments_user on public.enrollments (user_id);

create index idx_achievements_active on public.achievements (is_active) where is_active = true;

-- Foreign keys the guide left unindexed (cascades and RLS joins use them).
create index idx_courses_instructor on public.courses (instructor_id);

create index idx_enrollments_course on public.enrollments (course_id);

create index idx_ratings_course on public.course_ratings (course_id);

-- lesson_progress (lesson_id, course_id) is indexed with its foreign key
-- (lesson_progress_lesson_course_idx), which serves lesson_id alone too.

-- ----------------------------------------------------------------------------
-- Lesson bodies and the per-lesson quiz mode, plus the one rule that says who
-- may read a lesson's body (and, in the quiz migrations, its questions).
--
-- * lessons.quiz_mode: 'practice' (the answer key may be downloaded for
--   instant offline feedback) or 'assessed' (the key never leaves the server).
-- * lesson_contents: the Markdown body of a lesson, kept apart from the
--   lessons row so the catalogue (titles, order, is_free) can be public while
--   bodies are only for learners who may read them.
-- * can_read_lesson_content(lesson): true when the lesson is free in a
--   published course, or the caller is enrolled in the course, or teaches it,
--   or is an admin.  SECURITY DEFINER with an empty search_path so policies
--   can call it without recursing into the RLS of lessons/courses/enrollments
--   and without anyone hijacking the names it uses.
--
-- RLS is enabled here at once (no policy yet = nobody reads through the API),
-- so the table is never exposed, even on projects with the old default grants.
-- Policies and grants follow in the access-control migrations.

create table public.lesson_contents (
  lesson_id uuid primary key references public.lessons (id) on delete cascade,
  body_markdown text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id()
);

alter table public.lesson_contents enable row level security;

-- ----------------------------------------------------------------------------
-- Keep updated_at honest: every table with an updated_at column gets a
-- BEFORE UPDATE trigger that stamps now(), whatever the client sent.
--
-- The seed guide declares updated_at columns but never maintains them, so
-- they kept their insert time forever.  public.set_updated_at() is generic:
-- later migrations attach it to their own tables (quiz questions, …).

create function public.set_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- A trigger function is never called through the API.
revoke all on function public.set_updated_at() from public, anon, authenticated;

create trigger profiles_set_updated_at before update on public.profiles
  for each row execute function public.set_updated_at();

create trigger courses_set_updated_at before update on public.courses
  for each row execute function public.set_updated_at();

create trigger lessons_set_updated_at before update on public.lessons
  for each row execute function public.set_updated_at();

create trigger lesson_contents_set_updated_at before update on public.lesson_contents
  for each row execute function public.set_updated_at();

create trigger lesson_progress_set_updated_at before update on public.lesson_progress
  for each row execute function public.set_updated_at();

create trigger course_ratings_set_updated_at before update on public.course_ratings
  for each row execute function public.set_updated_at();

-- ----------------------------------------------------------------------------
-- Create the learner's profile when GoTrue creates the auth user.
--
-- The seed guide's app expects a profile for every user but never creates
-- one (and let clients INSERT their own profile, with any role or points).
-- Here an AFTER INSERT trigger on auth.users does it, SECURITY DEFINER with
-- an empty search_path (it runs as GoTrue's role, which cannot write public).
--
-- * username / full_name come from raw_user_meta_data (sign_up's `data`).
-- * A missing, too short (< 3) or already taken username falls back to the
--   email's local part (or "learner") plus a short random suffix; a clash
--   with a concurrent sign-up is retried.  Sign-up must never fail because of
--   the profile: GoTrue would answer 500 "Database error saving new user".
-- * role, points and streak are NEVER taken from the metadata (the user
--   writes it): every new profile starts as a student with zero points.

create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  wanted text := left(btrim(coalesce(meta ->> 'username', '')), 40);
  display text := left(btrim(coalesce(meta ->> 'full_name', meta ->> 'name', '')), 200);
  avatar text := nullif(btrim(coalesce(meta ->> 'avatar_url', '')), '');
  base text;
  candidate text;
  attempt integer := 0;
begin
  base := left(lower(regexp_replace(split_part(coalesce(new.email, ''), '@', 1),
                                    '[^A-Za-z0-9_.-]', '', 'g')), 30);
  if char_length(base) < 3 then
    base := 'learner';
  end if;
  candidate := case when char_length(wanted) >= 3 then wanted end;
  loop
    attempt := attempt + 1;
    if candidate is null
       or exists (select 1 from public.profiles p where p.username = candidate) then
      candidate := base || '_' || left(replace(gen_random_uuid()::text, '-', ''), 6);
    end if;
    begin
      insert into public.profiles (id, username, full_name, avatar_url)
      values (new.id, candidate, coalesce(nullif(display, ''), candidate), avatar)
      on conflict (id) do nothing;
      return new;
    exception when unique_violation then
      -- A concurrent sign-up took the name between our check and insert.
      if attempt >= 5 then
        raise;
      end if;
      candidate := null;
    end;
  end loop;
end
$$;

revoke all on function public.handle_new_user() from public, anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.handle_new_user();

-- ----------------------------------------------------------------------------
-- courses.enrollment_count and courses.average_rating, kept right by
-- triggers on enrollments and course_ratings.
--
-- Seed guide defects fixed here:
-- * The guide's trigger functions ran with the privileges of the learner
--   whose request fired them; under RLS the learner cannot update the course,
--   so the counters silently stayed at 0.  They are SECURITY DEFINER now
--   (owned by the table owner) with an empty search_path.
-- * `enrollment_count = enrollment_count + 1/-1` drifts for ever once it is
--   wrong, and a recount in the same statement would miss a concurrent
--   enrollment (READ COMMITTED re-checks the locked row but not the
--   subquery).  Each trigger first locks the course row, then recounts in a
--   new statement, which takes a new snapshot after the lock: two concurrent
--   enrollments always end with the right count, and any drift heals.
-- * A rating moved to another course (UPDATE of course_id) left the old
--   course's average stale; both courses are recomputed.

-- Only an active enrollment counts (enrollments.status, added for sync in
-- 20261125140300_sync_push_state.sql).
--
-- Sync unenrolls by setting status = 'unenrolled' and keeps the row (an
-- older "enroll" arriving late must lose to it by clock, so it is never a
-- delete).  Everything that asked "is there an enrollment row?" kept treating
-- an unenrolled learner as enrolled: they still read the course's paid lesson
-- bodies, quiz questions and practice answer keys, could still rate the
-- course, and were still counted in courses.enrollment_count.  Now:
--
-- * public.is_enrolled (course SELECT policy for drafts, the ratings
--   policies) and public.can_read_lesson_content (lesson bodies, quiz
--   questions and versions, answer keys through can_read_answer_key, progress
--   writes, submit_quiz_attempt, sync_push's progress ops) look at active
--   enrollments only.  Signatures, SECURITY DEFINER, the empty search_path
--   and the grants stay as they were (create or replace keeps privileges).
-- * The rating.set op of sync_push needs an active enrollment, like the
--   ratings policies.  An existing rating stays (it is the learner's
--   opinion, and course_ratings keeps it in the average); it just cannot be
--   changed while unenrolled.
-- * refresh_course_counters counts active enrollments, and the counter
--   trigger on enrollments also fires on UPDATE OF status, so unenrolling and
--   re-enrolling move the count.  The trigger's lock-then-recount keeps
--   concurrent changes right (20261125121100_course_counters.sql).  Counts of
--   existing courses are recomputed once here.
--
-- Unchanged on purpose: a course's teacher still sees an unenrolled learner's
-- enrollment row, progress and profile (history of their course), and
-- completed courses still count for achievements (a badge once earned stays).

create function public.refresh_course_counters(course_uuid uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if course_uuid is null then
    return;
  end if;
  -- Serialise writers of this course's counters (20261125121100).
  perform 1 from public.courses c where c.id = course_uuid for no key update;
  update public.courses c set
    enrollment_count = (select count(*) from public.enrollments e
                        where e.course_id = course_uuid and e.status = 'active'),
    average_rating = (select coalesce(round(avg(r.rating), 2), 0)
                      from public.course_ratings r where r.course_id = course_uuid)
  where c.id = course_uuid;
end
$$;

create function public.course_counters_trigger() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.refresh_course_counters(old.course_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE')
     and (tg_op = 'INSERT' or new.course_id is distinct from old.course_id) then
    perform public.refresh_course_counters(new.course_id);
  end if;
  return null;
end
$$;

revoke all on function public.refresh_course_counters(uuid), public.course_counters_trigger()
  from public, anon, authenticated;
grant execute on function public.refresh_course_counters(uuid) to service_role;

create trigger enrollments_course_counters
  after insert or delete or update of course_id, status on public.enrollments
  for each row execute function public.course_counters_trigger();

create trigger course_ratings_course_counters
  after insert or delete or update of course_id, rating on public.course_ratings
  for each row execute function public.course_counters_trigger();

-- ----------------------------------------------------------------------------
-- lessons.prerequisites must name other lessons of the same course.
--
-- Seed guide defect fixed here: the column is documented as "ids of lessons
-- of the same course" but nothing checked it, so a lesson could require a
-- lesson of another course (never completable by that course's learners),
-- itself, or an id that does not exist -- a lesson locked for ever.
--
-- The check is a constraint trigger DEFERRABLE INITIALLY DEFERRED: a
-- publisher inserts a course's lessons in any order and the references are
-- checked at commit.  Deleting a lesson removes it from the prerequisites of
-- the lessons that named it (SECURITY DEFINER: the caller may delete the
-- lesson, and the clean-up must not depend on their column privileges).

create function public.check_lesson_prerequisites() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  current_row public.lessons;
  bad uuid;
begin
  -- Re-read the row: it may have changed again, or gone, before commit.
  select * into current_row from public.lessons where id = new.id;
  if not found or current_row.prerequisites is null then
    return null;
  end if;
  select pre.id into bad
  from unnest(current_row.prerequisites) as pre(id)
  where pre.id = current_row.id
     or not exists (select 1 from public.lessons l
                    where l.id = pre.id and l.course_id = current_row.course_id)
  limit 1;
  if bad is not null then
    raise exception 'lesson % lists % as a prerequisite: not another lesson of its course',
      current_row.id, bad using errcode = '23514';
  end if;
  return null;
end
$$;

create function public.forget_deleted_prerequisite() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.lessons
  set prerequisites = array_remove(prerequisites, old.id)
  where course_id = old.course_id and old.id = any (prerequisites);
  return null;
end
$$;

revoke all on function public.check_lesson_prerequisites(), public.forget_deleted_prerequisite()
  from public, anon, authenticated;

create constraint trigger lessons_prerequisites_same_course
  after insert or update of prerequisites, course_id on public.lessons
  deferrable initially deferred
  for each row execute function public.check_lesson_prerequisites();

create trigger lessons_forget_deleted_prerequisite
  after delete on public.lessons
  for each row execute function public.forget_deleted_prerequisite();

-- ----------------------------------------------------------------------------
-- An enrollment becomes active only in a published course (issue #12, item 1).
--
-- The insert policy of 20261125120900 checks "published", and sync_push's
-- enrollment.set checked it only when the learner had no row yet: its
-- upsert switched an existing 'unenrolled' row to 'active' without asking
-- again.  One push of "unenrolled" then "active" for a draft's id made the
-- learner enrolled in it, and is_enrolled then opened the draft's title and
-- lesson bodies.
--
-- The rule now lives on the table, so every writer obeys it: a row that
-- becomes active -- inserted active, switched to active, or an active row
-- moved to another course -- needs that course to be published, unless the
-- caller manages the course (its teacher, or an admin: the same exception
-- sync_push made for a first enrollment).  A row that stays active is left
-- alone: learners already enrolled keep a course its teacher unpublishes.
-- Trusted writers pass: the service role, and sessions without a request
-- (no request.jwt.claims: migrations, the seed, a database administrator).
-- An upsert (INSERT ... ON CONFLICT) fires the INSERT trigger before the
-- conflict is found, so the INSERT case also passes when the learner's row
-- for the course is already active.
-- sync_push's careful run turns the error into a rejected op with this
-- sentence as its reason (code 42501).

create function private.enrollment_needs_published_course() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
declare
  claims text := nullif(current_setting('request.jwt.claims', true), '');
begin
  if new.status <> 'active'
     or (tg_op = 'UPDATE' and old.status = 'active' and old.course_id = new.course_id) then
    return new;
  end if;
  if claims is null or (claims::jsonb ->> 'role') = 'service_role' then
    return new;
  end if;
  -- INSERT ... ON CONFLICT runs BEFORE INSERT triggers before it finds the
  -- conflict: an upsert onto a row that is already active changes nothing.
  if tg_op = 'INSERT' and exists (
       select 1 from public.enrollments e
       where e.user_id = new.user_id and e.course_id = new.course_id and e.status = 'active') then
    return new;
  end if;
  if exists (select 1 from public.courses c where c.id = new.course_id and c.is_published)
     or public.can_manage_course(new.course_id) then
    return new;
  end if;
  raise exception 'course % is not published, so it cannot be enrolled in', new.course_id
    using errcode = '42501';
end
$$;

revoke all on function private.enrollment_needs_published_course() from public, anon, authenticated;

create trigger enrollments_need_published_course
  before insert or update of status, course_id on public.enrollments
  for each row execute function private.enrollment_needs_published_course();
