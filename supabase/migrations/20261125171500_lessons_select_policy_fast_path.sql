-- lessons: the SELECT policy checks "its course is published" inline before
-- it calls can_view_course (issue #4, pull throughput).
--
-- The policy called public.can_view_course(course_id) for every lesson row
-- read: a SECURITY DEFINER function with its own search_path, which
-- PostgreSQL cannot inline, so each row paid a function call that saves and
-- restores settings (a few microseconds).  A catalogue pull of 10,000
-- lessons (sync_pull is SECURITY INVOKER: RLS applies) spent about a
-- quarter of its server time there.  The common case -- the lesson's course
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

alter policy "lessons: visible with their course" on public.lessons
  using (exists (select 1 from public.courses c
                 where c.id = lessons.course_id and c.is_published)
         or public.can_view_course(course_id));
