-- A course's badges are visible where the course is.
--
-- 20261125121000 lets everyone (anon too) read every active achievement.
-- Since 20261125150000_course_achievements a badge may belong to a course,
-- and a draft course's badge ("Finished <secret course title>") would be
-- readable before the course itself is.  Now an active course badge is read
-- by whoever may see its course (public.can_view_course: published, or its
-- teacher, an admin, an enrolled learner); platform-wide badges stay public;
-- admins read everything; teachers their own courses' badges, inactive ones
-- too (the policy of 20261125150000).  Grants are unchanged.

drop policy "achievements: active ones readable by everyone; admins all"
  on public.achievements;

create policy "achievements: active ones where their course is visible; admins all"
  on public.achievements for select to anon, authenticated
  using ((is_active and (course_id is null or public.can_view_course(course_id)))
         or public.is_admin());
