-- Lantern's database, part 3 of 8 (policies).
--
-- Who may read and write the core tables through the API: the
-- policies and column grants of profiles, courses, lessons, lesson bodies,
-- enrollments, progress, ratings and the read-only learner tables.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- ----------------------------------------------------------------------------
-- Who may see and change profiles.
--
-- Seed guide defects fixed here:
-- * "Users can update own profile" let a learner set their own role to
--   'admin' and their own points/streak: now only username, full_name,
--   avatar_url and show_on_leaderboard are updatable through the API
--   (column privileges).  Points and streaks move only inside SECURITY
--   DEFINER server functions (owned by the table owner); role changes go
--   through public.set_user_role(), for admins only.
-- * "Users can insert own profile" let a client create a profile with any
--   role or points: the sign-up trigger creates profiles, the API cannot.
-- * "Public profiles are viewable by everyone" exposed every learner's
--   points, streak and last activity, which would make the leaderboard
--   opt-out meaningless.  A profile is visible to its owner, to admins, to
--   the instructors of a course the learner is enrolled in, and -- when it
--   is the instructor of a published course -- to everyone (the catalogue
--   embeds instructor:profiles(id, full_name, avatar_url)).  Anonymous
--   callers see only the public columns of those instructor profiles.

-- A teacher sees the public card of the learners actively enrolled with
-- them, not of those who left (issue #12, hardening; the class of
-- 20261125160000_active_enrollments_only).
--
-- public.profile_is_visible (20261125120600) let a course's teacher see a
-- learner's profile when *any* enrollment row joined them, and sync keeps
-- the row of a learner who unenrolled (status = 'unenrolled', for
-- last-writer-wins).  So get_public_profiles kept showing a teacher the
-- name and avatar of every learner who had ever enrolled with them and
-- left.  20261125160000 fixed the same mistake in is_enrolled and
-- can_read_lesson_content but not here.  Now only an active enrollment
-- counts; re-enrolling shows the card again.
--
-- The other helpers that decide who sees what were checked for the same
-- mistake: is_enrolled, can_read_lesson_content (and through them
-- can_view_course, can_read_answer_key, the courses, lessons, lesson body,
-- quiz, rating and progress policies, quiz_standing, sync's rating.set)
-- count active enrollments only; can_manage_course, can_write_course_object
-- and can_manage_lesson_quiz do not look at enrollments.  Deliberately
-- unchanged: a teacher still reads the enrollment, progress and attempt rows
-- of a learner who left their course (the course's history, without a
-- name), and completed courses still count for badges.
--
-- Same signature, body and grants as 20261125120600 except the status test.

create function public.profile_is_visible(profile_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select profile_uuid = auth.uid()
    or public.is_admin()
    or exists (
      select 1 from public.courses c
      where c.instructor_id = profile_uuid and c.is_published)
    or exists (
      select 1 from public.enrollments e
      join public.courses c on c.id = e.course_id
      where e.user_id = profile_uuid and e.status = 'active'
        and c.instructor_id = auth.uid())
$$;

revoke all on function public.profile_is_visible(uuid) from public, anon, authenticated;
grant execute on function public.profile_is_visible(uuid) to anon, authenticated, service_role;
grant select (id, username, full_name, avatar_url) on public.profiles to anon;
grant select on public.profiles to authenticated;
grant update (username, full_name, avatar_url, show_on_leaderboard) on public.profiles
  to authenticated;

-- Admins change roles here (an admin cannot change their own role, so the
-- last admin cannot lock everyone out by accident).
create function public.set_user_role(user_uuid uuid, new_role text)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  result public.profiles;
begin
  if not public.is_admin() then
    raise exception 'only admins may change roles' using errcode = '42501';
  end if;
  if user_uuid = auth.uid() then
    raise exception 'admins cannot change their own role' using errcode = '42501';
  end if;
  if new_role not in ('student', 'instructor', 'admin') then
    raise exception 'unknown role %', new_role using errcode = '22023';
  end if;
  update public.profiles set role = new_role where id = user_uuid returning * into result;
  if not found then
    raise exception 'no profile %', user_uuid using errcode = 'P0002';
  end if;
  return result;
end
$$;

revoke all on function public.set_user_role(uuid, text) from public, anon, authenticated;
grant execute on function public.set_user_role(uuid, text) to authenticated, service_role;

-- ----------------------------------------------------------------------------
-- Who may see, create and change courses.
--
-- Seed guide defects fixed here:
-- * "Instructors can manage their courses" (FOR ALL USING instructor_id =
--   auth.uid(), no WITH CHECK) let ANY signed-in user -- a learner too --
--   insert a course naming themselves as instructor, and let an instructor
--   hand a course to someone else.  Now only instructors and admins create
--   courses, an instructor only with instructor_id = themselves, and an
--   update must keep the caller as instructor (admins may reassign).
-- * Clients could write enrollment_count and average_rating: they are
--   maintained by triggers only; no API role has UPDATE on them.
-- * The admin check queried profiles from inside a policy; it now uses the
--   SECURITY DEFINER helpers with an empty search_path.
--
-- Reading: published courses are public (anon included); drafts only to
-- their instructor, admins and learners already enrolled (a course taken
-- offline stays readable if it is unpublished later).  The SELECT policy
-- compares columns directly: a STABLE helper would not see the row being
-- inserted, and INSERT ... RETURNING (PostgREST's return=representation)
-- must see it.

create function public.is_enrolled(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.enrollments e
    where e.course_id = course_uuid and e.user_id = auth.uid() and e.status = 'active')
$$;

-- True when the caller may see the course and its lesson list.
create function public.can_view_course(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.courses c where c.id = course_uuid and c.is_published)
    or public.can_manage_course(course_uuid)
    or public.is_enrolled(course_uuid)
$$;

revoke all on function public.is_enrolled(uuid), public.can_view_course(uuid)
  from public, anon, authenticated;
grant execute on function public.is_enrolled(uuid), public.can_view_course(uuid)
  to anon, authenticated, service_role;

-- What Supabase's database linter (splinter) reported as slow (issue #12,
-- item 8).  tests/db/test_supabase_lints.py runs the same checks.
--
-- auth_rls_initplan: a policy that calls auth.uid() bare evaluates it once
-- per row; as (select auth.uid()) the planner evaluates it once per
-- statement (an InitPlan).  The expressions are otherwise unchanged (alter
-- policy keeps each policy's name, command and roles).  The policies of
-- profiles and course_ratings' SELECT were rewritten already
-- (20261203110400, 20261203110300).
--
-- unindexed_foreign_keys: deleting or re-keying a referenced row scanned
-- the referencing table.  The indexes also serve the teachers' policies
-- (lesson_progress by course) and badge look-ups.
--
-- multiple_permissive_policies: achievements had two SELECT policies for
-- authenticated (both evaluated for every row); they are one now, same
-- rows.  (profiles' two UPDATE policies were merged in 20261203110400.)

-- courses ---------------------------------------------------------------------
create policy "courses: published to all; drafts to their teacher, admins, enrolled"
  on public.courses for select to anon, authenticated
  using (
    is_published
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin()))
    or (select public.is_admin())
    or public.is_enrolled(id));

create policy "courses: instructors create their own, admins any"
  on public.courses for insert to authenticated
  with check (
    (select public.is_admin())
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin())));

create policy "courses: teacher or admin updates, teacher stays teacher"
  on public.courses for update to authenticated
  using (public.can_manage_course(id))
  with check (
    (select public.is_admin())
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin())));

create policy "courses: teacher or admin deletes"
  on public.courses for delete to authenticated
  using (public.can_manage_course(id));

grant select on public.courses to anon, authenticated;
grant insert (id, title, description, thumbnail_url, instructor_id, difficulty_level, estimated_duration_hours, price, is_premium, is_published, tags, category, language, direction) on
  public.courses
  to authenticated;
grant update (title, description, thumbnail_url, instructor_id, difficulty_level, estimated_duration_hours, price, is_premium, is_published, tags, category, language, direction) on
  public.courses
  to authenticated;
grant delete on public.courses to authenticated;

-- ----------------------------------------------------------------------------
-- Who may see and change lessons and their bodies.
--
-- Seed guide defects fixed here:
-- * Lessons had only a SELECT policy: instructors could not add or edit the
--   lessons of their own courses at all.  Now the course's instructor (and
--   admins) insert, update and delete them; nobody else.
-- * unique(course_id, order_index) was checked row by row, so re-publishing a
--   course that reorders its lessons (1,2,3 -> 2,3,1) failed half way.  It is
--   now DEFERRABLE INITIALLY IMMEDIATE: a publisher may SET CONSTRAINTS ...
--   DEFERRED and have it checked at commit.
--
-- Reading: lessons (the table of contents) follow the course's visibility;
-- bodies (lesson_contents) follow can_read_lesson_content(): free lessons of
-- published courses, enrolled learners, the teacher, admins.

-- lessons: the SELECT policy checks "its course is published" inline before
-- it calls can_view_course (issue #4, pull throughput).
--
-- The policy called public.can_view_course(course_id) for every lesson row
-- read: a SECURITY DEFINER function with its own search_path, which
-- PostgreSQL cannot inline, so each row paid a function call that saves and
-- restores settings (a few microseconds), and a catalogue pull
-- (sync_pull is SECURITY INVOKER: RLS applies) pays it per lesson
-- (benchmarks/README.md has what it cost).  The common case -- the lesson's course
-- is published -- is now an inlined index probe on courses; other lessons
-- (drafts: visible to their teacher, admins, enrolled learners) still fall
-- through to can_view_course.
--
-- The same rows stay visible to the same callers: can_view_course(c) is
-- "course c exists and is published" OR can_manage_course(c) OR
-- is_enrolled(c), so the inline probe only repeats its first branch.  The
-- probe runs under the caller's rights and the courses policy, which shows
-- every published course to anon and authenticated, and reads only id and
-- is_published, which both roles may select.  No grants change.

create policy "lessons: visible with their course"
  on public.lessons for select to anon, authenticated
  using (exists (select 1 from public.courses c
                 where c.id = lessons.course_id and c.is_published)
         or public.can_view_course(course_id));

create policy "lessons: teacher or admin inserts"
  on public.lessons for insert to authenticated
  with check (public.can_manage_course(course_id));

create policy "lessons: teacher or admin updates"
  on public.lessons for update to authenticated
  using (public.can_manage_course(course_id))
  with check (public.can_manage_course(course_id));

create policy "lessons: teacher or admin deletes"
  on public.lessons for delete to authenticated
  using (public.can_manage_course(course_id));

grant select on public.lessons to anon, authenticated;
grant insert (id, course_id, title, description, component_path, order_index, estimated_duration_minutes, is_free, prerequisites, learning_objectives, quiz_mode, language, direction) on
  public.lessons
  to authenticated;
grant update (course_id, title, description, component_path, order_index, estimated_duration_minutes, is_free, prerequisites, learning_objectives, quiz_mode, language, direction) on
  public.lessons
  to authenticated;
grant delete on public.lessons to authenticated;

create policy "lesson_contents: readable per can_read_lesson_content"
  on public.lesson_contents for select to anon, authenticated
  using (public.can_read_lesson_content(lesson_id));

create policy "lesson_contents: teacher or admin inserts"
  on public.lesson_contents for insert to authenticated
  with check (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "lesson_contents: teacher or admin updates"
  on public.lesson_contents for update to authenticated
  using (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)))
  with check (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "lesson_contents: teacher or admin deletes"
  on public.lesson_contents for delete to authenticated
  using (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

grant select on public.lesson_contents to anon, authenticated;
grant insert (lesson_id, body_markdown) on public.lesson_contents to authenticated;
grant update (body_markdown) on public.lesson_contents to authenticated;
grant delete on public.lesson_contents to authenticated;

-- ----------------------------------------------------------------------------
-- Who may write the learner's own rows: enrollments, lesson progress and
-- course ratings.
--
-- Seed guide defects fixed here:
-- * "Users can enroll in courses" checked only user_id: a learner could
--   enroll in an unpublished draft.  Now only in published courses.
-- * Learners could not unenroll (no DELETE policy); now they can, their own.
-- * Instructors could not see who is enrolled in their course; now the
--   course's instructor and admins can read its enrollments and progress.
-- * Enrollment rows carry completed_at / progress_percentage, which the
--   server maintains: learners cannot UPDATE enrollments at all.
-- * lesson_progress rows could name any lesson with any course_id, so
--   progress of one course could count for another.  A composite foreign key
--   (lesson_id, course_id) -> lessons (id, course_id) now makes the pair real
--   for every writer (ON UPDATE CASCADE follows a lesson moved to another
--   course), and the policy also requires the learner to be allowed to read
--   the lesson (enrolled, or the lesson is free).
-- * "Users can manage their ratings" let anyone rate any course (and, FOR ALL
--   without WITH CHECK, write rows for others via UPDATE).  Ratings now need
--   an enrollment in the course and stay the rater's own.
--
-- UPDATE privileges include the key columns so PostgREST upserts (which SET
-- every sent column) work; the WITH CHECK clauses keep the rows the caller's.

-- Enrollments ------------------------------------------------------------
-- enrollments -------------------------------------------------------------------
create policy "enrollments: own, or of a course the caller teaches"
  on public.enrollments for select to authenticated
  using (user_id = (select auth.uid()) or public.can_manage_course(course_id));

create policy "enrollments: learners enroll themselves in published courses"
  on public.enrollments for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and exists (select 1 from public.courses c where c.id = course_id and c.is_published));

create policy "enrollments: learners unenroll themselves; admins anyone"
  on public.enrollments for delete to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

grant select, delete on public.enrollments to authenticated;
grant insert (id, user_id, course_id) on public.enrollments to authenticated;

-- Lesson progress ----------------------------------------------------------
-- lesson_progress -----------------------------------------------------------------
create policy "lesson_progress: own, or of a course the caller teaches"
  on public.lesson_progress for select to authenticated
  using (user_id = (select auth.uid()) or public.can_manage_course(course_id));

create policy "lesson_progress: own rows for lessons the learner may read"
  on public.lesson_progress for insert to authenticated
  with check (user_id = (select auth.uid()) and public.can_read_lesson_content(lesson_id));

create policy "lesson_progress: own rows stay own"
  on public.lesson_progress for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and public.can_read_lesson_content(lesson_id));

grant select on public.lesson_progress to authenticated;
grant insert (id, user_id, lesson_id, course_id, completion_percentage, time_spent_seconds, completed_at, last_accessed, section_progress) on
  public.lesson_progress
  to authenticated;
grant update (id, user_id, lesson_id, course_id, completion_percentage, time_spent_seconds, completed_at, last_accessed, section_progress) on
  public.lesson_progress
  to authenticated;

-- course_ratings --------------------------------------------------------------------
create policy "course_ratings: enrolled learners rate"
  on public.course_ratings for insert to authenticated
  with check (user_id = (select auth.uid()) and public.is_enrolled(course_id));

create policy "course_ratings: raters edit their own"
  on public.course_ratings for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and public.is_enrolled(course_id));

create policy "course_ratings: raters delete their own; admins any"
  on public.course_ratings for delete to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

grant select on public.course_ratings to anon, authenticated;
grant insert (id, user_id, course_id, rating, review) on public.course_ratings to authenticated;
grant update (id, user_id, course_id, rating, review) on public.course_ratings to authenticated;
grant delete on public.course_ratings to authenticated;

-- ----------------------------------------------------------------------------
-- Read access to the tables only the server writes: quiz attempts,
-- achievements and earned achievements.
--
-- Seed guide defect fixed here: "Users can create quiz attempts" let a
-- learner insert any score and is_passed of their own making.  Through the
-- API these tables are read-only; attempts are graded and stored by the
-- SECURITY DEFINER RPC submit_quiz_attempt, achievements awarded by
-- check_achievements (both in the quiz/progress migrations, 2026112513*).
-- Those migrations may add further policies; these are the baseline.

-- read-only learner tables ------------------------------------------------------------
create policy "quiz_attempts: owner reads; teachers of the course read"
  on public.quiz_attempts for select to authenticated
  using (user_id = (select auth.uid()) or public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "user_achievements: owner reads"
  on public.user_achievements for select to authenticated
  using (user_id = (select auth.uid()));

grant select on public.quiz_attempts, public.user_achievements to authenticated;
grant select on public.achievements to anon, authenticated;

-- ----------------------------------------------------------------------------
-- Ratings do not say who is enrolled where (issue #12, item 5).
--
-- "course_ratings: readable by everyone" (20261125120900) gave anon and every
-- signed-in user each rating row with its user_id: a list of which learner
-- takes which course (only enrolled learners may rate).
--
-- * course_ratings rows are read by their rater (the app syncs its own
--   rating) and by admins (moderation: they may delete any).  Nobody else,
--   not even the course's teacher, reads the table.
-- * show_name (default false): the rater's choice to be named next to their
--   review.  Writable by the rater (REST) and by sync's rating.set
--   (optional payload.show_name; an op without it keeps the stored choice).
-- * get_course_reviews(course) returns what everyone may see of a course
--   they can see (public.can_view_course): each rating and review text,
--   when it was written, the reviewer's username only when show_name, and
--   is_own for the caller's own.  No user id, no row id.  The aggregate
--   stays courses.average_rating (server-maintained).

create policy "course_ratings: the rater and admins read"
  on public.course_ratings for select to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

revoke select on public.course_ratings from anon;
grant insert (show_name), update (show_name) on public.course_ratings to authenticated;

create function public.get_course_reviews(course_uuid uuid, limit_count integer default 100)
returns table (rating integer, review text, reviewer text, created_at timestamptz,
               updated_at timestamptz, is_own boolean)
language sql stable security definer set search_path = ''
as $$
  select r.rating, r.review,
         case when r.show_name then p.username end,
         r.created_at, r.updated_at,
         r.user_id is not distinct from auth.uid()
  from public.course_ratings r
  left join public.profiles p on p.id = r.user_id
  where r.course_id = course_uuid and public.can_view_course(course_uuid)
  order by r.updated_at desc, r.id
  limit greatest(1, least(coalesce(limit_count, 100), 500))
$$;

revoke all on function public.get_course_reviews(uuid, integer) from public, anon, authenticated;
grant execute on function public.get_course_reviews(uuid, integer)
  to anon, authenticated, service_role;

-- ----------------------------------------------------------------------------
-- A profile shows a viewer only what the viewer needs (issue #12, item 6).
--
-- 20261125120600 granted authenticated SELECT on every column of profiles,
-- so anyone signed in read the role, points, streak, last activity and
-- leaderboard choice of every profile visible to them (the teachers of
-- published courses; for a teacher, every learner enrolled with them).
--
-- Column privileges cannot depend on the row, and two readers need more
-- than the public columns through the table: sync_pull (SECURITY INVOKER)
-- sends the learner's own profile row whole, and names each catalogue
-- course's teacher from profiles.full_name.  So, for now:
-- * the table shows a signed-in caller their own row, the rows of teachers
--   of published courses (public figures: the catalogue names them), and
--   admins every row.  A teacher no longer reads the profiles of the
--   learners enrolled with them: their points, streaks, last activity and
--   leaderboard choice stay theirs.  Anon keeps its column grant (id,
--   username, full_name, avatar_url) for the published teachers' rows.
-- * the public card -- id, username, full_name, avatar_url -- of any
--   profile profile_is_visible allows (a teacher's enrolled learners to the
--   teacher, published teachers to all) comes from
--   get_public_profiles(user_uuids uuid[]), for anon and authenticated.
--   The leaderboard keeps get_leaderboard.
-- Left: a signed-in caller still reads every column of a published
-- teacher's row.  Narrowing authenticated to the public columns needs
-- sync_pull to read the learner's own row and the teachers' names through
-- a SECURITY DEFINER function (get_public_profiles); its latest definition
-- comes after this migration (20261203130105), so that change belongs to
-- sync_pull's next redefinition.
-- * The two UPDATE policies (owner, admin) become one (Supabase's linter:
--   multiple_permissive_policies), with auth.uid() and is_admin() evaluated
--   once per statement (auth_rls_initplan).  UPDATE column privileges are
--   unchanged.

create policy "profiles: the owner and admins edit the public fields"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()) or (select public.is_admin()))
  with check (id = (select auth.uid()) or (select public.is_admin()));

create function public.get_public_profiles(user_uuids uuid[])
returns table (id uuid, username text, full_name text, avatar_url text)
language plpgsql stable security definer set search_path = ''
as $$
begin
  if cardinality(user_uuids) > 1000 then
    raise exception 'at most 1000 profiles at a time' using errcode = '22023';
  end if;
  return query
    select p.id, p.username, p.full_name, p.avatar_url
    from public.profiles p
    where p.id = any(user_uuids) and public.profile_is_visible(p.id)
    order by p.id;
end
$$;

revoke all on function public.get_public_profiles(uuid[]) from public, anon, authenticated;
grant execute on function public.get_public_profiles(uuid[]) to anon, authenticated, service_role;

-- foreign keys without a covering index -------------------------------------------------
create index lesson_progress_lesson_course_idx on public.lesson_progress (lesson_id, course_id);

create index quiz_attempts_lesson_id_idx on public.quiz_attempts (lesson_id);

create index user_achievements_achievement_id_idx on public.user_achievements (achievement_id);

-- ----------------------------------------------------------------------------
-- Profiles: a signed-in caller reads only their own row through the table
-- (issue #12, item 6, the part 20261203110400 left).
--
-- 20261203110400 narrowed the profiles SELECT policy to the caller's own
-- row, the rows of teachers of published courses and (admins) every row,
-- but kept the teachers' rows because sync_pull, which runs with the
-- caller's rights, named each catalogue course's teacher from
-- profiles.full_name.  Authenticated holds SELECT on every column (the
-- owner's row is sent whole), so anyone signed in read a published
-- teacher's role, points, streak, last activity and leaderboard choice.
--
-- * sync_pull names the teacher through public.get_public_profiles (SECURITY
--   DEFINER, empty search_path, id/username/full_name/avatar_url only, the
--   profiles profile_is_visible allows: a published course's teacher is
--   always among them).  It cannot use a function in the private schema:
--   sync_pull is SECURITY INVOKER, and no API role has USAGE on private
--   (tests/db/test_quiz_grants.py keeps it so).  The rename trigger
--   (private.sync_instructor_renamed) still re-sends the teacher's courses.
-- * The SELECT policy for authenticated is the own row, and every row for
--   admins.  Other profiles' public cards come from get_public_profiles
--   (a teacher's enrolled learners, published teachers); the leaderboard
--   from get_leaderboard.  No other reader of other people's profile rows
--   exists in desktop/ or devserver/ (the publisher reads the caller's own
--   role).
-- * Anon keeps its column grant (id, username, full_name, avatar_url) and
--   its own policy for published teachers' rows, so the seed guide's
--   catalogue query (courses embedding instructor:profiles(...)) still
--   works for visitors; those columns are the public card anyway.  Two
--   policies for two roles are not "multiple permissive policies".
--
-- sync_pull is its latest definition (20261203130105_sync_lint_clean.sql)
-- with only the teacher's name read differently.  CREATE OR REPLACE keeps
-- its grants.

create policy "profiles: own row; admins all"
  on public.profiles for select to authenticated
  using (id = (select auth.uid()) or (select public.is_admin()));

create policy "profiles: anon sees the public columns of published teachers"
  on public.profiles for select to anon
  using (exists (select 1 from public.courses c
                 where c.instructor_id = profiles.id and c.is_published));
