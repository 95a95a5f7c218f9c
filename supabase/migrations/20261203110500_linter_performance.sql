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
alter policy "courses: published to all; drafts to their teacher, admins, enrolled"
  on public.courses
  using (
    is_published
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin()))
    or (select public.is_admin())
    or public.is_enrolled(id));

alter policy "courses: instructors create their own, admins any"
  on public.courses
  with check (
    (select public.is_admin())
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin())));

alter policy "courses: teacher or admin updates, teacher stays teacher"
  on public.courses
  using (public.can_manage_course(id))
  with check (
    (select public.is_admin())
    or (instructor_id = (select auth.uid()) and (select public.is_instructor_or_admin())));

-- enrollments -------------------------------------------------------------------
alter policy "enrollments: own, or of a course the caller teaches"
  on public.enrollments
  using (user_id = (select auth.uid()) or public.can_manage_course(course_id));

alter policy "enrollments: learners enroll themselves in published courses"
  on public.enrollments
  with check (
    user_id = (select auth.uid())
    and exists (select 1 from public.courses c where c.id = course_id and c.is_published));

alter policy "enrollments: learners unenroll themselves; admins anyone"
  on public.enrollments
  using (user_id = (select auth.uid()) or (select public.is_admin()));

-- lesson_progress -----------------------------------------------------------------
alter policy "lesson_progress: own, or of a course the caller teaches"
  on public.lesson_progress
  using (user_id = (select auth.uid()) or public.can_manage_course(course_id));

alter policy "lesson_progress: own rows for lessons the learner may read"
  on public.lesson_progress
  with check (user_id = (select auth.uid()) and public.can_read_lesson_content(lesson_id));

alter policy "lesson_progress: own rows stay own"
  on public.lesson_progress
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and public.can_read_lesson_content(lesson_id));

-- course_ratings --------------------------------------------------------------------
alter policy "course_ratings: enrolled learners rate"
  on public.course_ratings
  with check (user_id = (select auth.uid()) and public.is_enrolled(course_id));

alter policy "course_ratings: raters edit their own"
  on public.course_ratings
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and public.is_enrolled(course_id));

alter policy "course_ratings: raters delete their own; admins any"
  on public.course_ratings
  using (user_id = (select auth.uid()) or (select public.is_admin()));

-- read-only learner tables ------------------------------------------------------------
alter policy "quiz_attempts: owner reads; teachers of the course read"
  on public.quiz_attempts
  using (user_id = (select auth.uid()) or public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

alter policy "user_achievements: owner reads"
  on public.user_achievements
  using (user_id = (select auth.uid()));

alter policy "point_awards: owner reads own"
  on public.point_awards
  using (user_id = (select auth.uid()));

alter policy "notifications: owner reads own"
  on public.notifications
  using (user_id = (select auth.uid()));

alter policy "notifications: owner marks own read"
  on public.notifications
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- sync tables ---------------------------------------------------------------------------
alter policy "sync_tombstones: shared scopes to all, user scope to its learner"
  on public.sync_tombstones
  using (scope <> 'user' or scope_id = (select auth.uid()));

alter policy "sync_devices: owner reads own"
  on public.sync_devices
  using (user_id = (select auth.uid()));

alter policy "lesson_time_ledger: owner reads own"
  on public.lesson_time_ledger
  using (user_id = (select auth.uid()));

-- achievements: one SELECT policy ---------------------------------------------------
drop policy "achievements: teachers read their courses' badges" on public.achievements;
alter policy "achievements: active ones where their course is visible; admins all"
  on public.achievements
  rename to "achievements: active where visible; teachers theirs; admins all";
alter policy "achievements: active where visible; teachers theirs; admins all"
  on public.achievements
  using ((is_active and (course_id is null or public.can_view_course(course_id)))
         or (course_id is not null and public.can_manage_course(course_id))
         or (select public.is_admin()));

-- foreign keys without a covering index -------------------------------------------------
create index lesson_progress_course_id_idx on public.lesson_progress (course_id);
create index lesson_progress_lesson_course_idx on public.lesson_progress (lesson_id, course_id);
create index quiz_attempts_lesson_id_idx on public.quiz_attempts (lesson_id);
create index user_achievements_achievement_id_idx on public.user_achievements (achievement_id);
