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

alter table public.lesson_progress
  add constraint lesson_progress_lesson_in_course_fkey
  foreign key (lesson_id, course_id) references public.lessons (id, course_id)
  on update cascade on delete cascade;

-- Enrollments ------------------------------------------------------------
create policy "enrollments: own, or of a course the caller teaches"
  on public.enrollments for select to authenticated
  using (user_id = auth.uid() or public.can_manage_course(course_id));

create policy "enrollments: learners enroll themselves in published courses"
  on public.enrollments for insert to authenticated
  with check (
    user_id = auth.uid()
    and exists (select 1 from public.courses c where c.id = course_id and c.is_published));

create policy "enrollments: learners unenroll themselves; admins anyone"
  on public.enrollments for delete to authenticated
  using (user_id = auth.uid() or public.is_admin());

grant select, delete on public.enrollments to authenticated;
grant insert (id, user_id, course_id) on public.enrollments to authenticated;

-- Lesson progress ----------------------------------------------------------
create policy "lesson_progress: own, or of a course the caller teaches"
  on public.lesson_progress for select to authenticated
  using (user_id = auth.uid() or public.can_manage_course(course_id));

create policy "lesson_progress: own rows for lessons the learner may read"
  on public.lesson_progress for insert to authenticated
  with check (user_id = auth.uid() and public.can_read_lesson_content(lesson_id));

create policy "lesson_progress: own rows stay own"
  on public.lesson_progress for update to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid() and public.can_read_lesson_content(lesson_id));

grant select on public.lesson_progress to authenticated;
grant insert (id, user_id, lesson_id, course_id, completion_percentage, time_spent_seconds,
              completed_at, last_accessed, section_progress)
  on public.lesson_progress to authenticated;
grant update (id, user_id, lesson_id, course_id, completion_percentage, time_spent_seconds,
              completed_at, last_accessed, section_progress)
  on public.lesson_progress to authenticated;

-- Course ratings -------------------------------------------------------------
create policy "course_ratings: readable by everyone"
  on public.course_ratings for select to anon, authenticated
  using (true);

create policy "course_ratings: enrolled learners rate"
  on public.course_ratings for insert to authenticated
  with check (user_id = auth.uid() and public.is_enrolled(course_id));

create policy "course_ratings: raters edit their own"
  on public.course_ratings for update to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid() and public.is_enrolled(course_id));

create policy "course_ratings: raters delete their own; admins any"
  on public.course_ratings for delete to authenticated
  using (user_id = auth.uid() or public.is_admin());

grant select on public.course_ratings to anon, authenticated;
grant insert (id, user_id, course_id, rating, review) on public.course_ratings to authenticated;
grant update (id, user_id, course_id, rating, review) on public.course_ratings to authenticated;
grant delete on public.course_ratings to authenticated;
