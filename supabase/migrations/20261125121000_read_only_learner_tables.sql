-- Read access to the tables only the server writes: quiz attempts,
-- achievements and earned achievements.
--
-- Seed guide defect fixed here: "Users can create quiz attempts" let a
-- learner insert any score and is_passed of their own making.  Through the
-- API these tables are read-only; attempts are graded and stored by the
-- SECURITY DEFINER RPC submit_quiz_attempt, achievements awarded by
-- check_achievements (both in the quiz/progress migrations, 2026112513*).
-- Those migrations may add further policies; these are the baseline.

create policy "quiz_attempts: owner reads; teachers of the course read"
  on public.quiz_attempts for select to authenticated
  using (user_id = auth.uid() or public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "achievements: active ones readable by everyone; admins all"
  on public.achievements for select to anon, authenticated
  using (is_active or public.is_admin());

create policy "user_achievements: owner reads"
  on public.user_achievements for select to authenticated
  using (user_id = auth.uid());

grant select on public.quiz_attempts, public.user_achievements to authenticated;
grant select on public.achievements to anon, authenticated;
