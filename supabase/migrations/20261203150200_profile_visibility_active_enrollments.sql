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

create or replace function public.profile_is_visible(profile_uuid uuid) returns boolean
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
