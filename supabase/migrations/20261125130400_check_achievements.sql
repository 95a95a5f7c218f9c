-- check_achievements(user_uuid), rewritten: awards each achievement once,
-- adds its points once, writes its notification in the same transaction, and
-- only for the caller (or for anyone when called by the service role or an
-- admin).  The reward paths (lesson completion, quiz attempts) call the
-- internal private.award_achievements() themselves, so clients never need to.
--
-- Seed guide defects fixed here:
-- * it was callable by anyone for anyone (no auth check) and ran with the
--   caller's rights, so under RLS a learner's call could not even insert;
-- * "if not exists … then insert" raced: two concurrent calls both awarded
--   and both added points.  Now the insert is ON CONFLICT DO NOTHING on
--   unique(user_id, achievement_id), points go through the ledger
--   (point_awards), and the learner's profile row is locked first;
-- * quiz_master counted passed *attempts*, so passing one quiz ten times
--   made a quiz master: it now counts distinct lessons with a passed quiz;
-- * a malformed criteria value ('required_count': 'x') raised and broke every
--   caller: such achievements are skipped;
-- * points-based achievements were missing; awarding one can unlock another,
--   so the check repeats until nothing new is earned.
--
-- Criteria (achievements.criteria):
--   {"type": "course_completion", "required_count": n}   courses completed
--   {"type": "quiz_master",       "required_count": n}   lessons with a passed quiz
--   {"type": "lessons_completed", "required_count": n}   lessons completed
--   {"type": "streak",            "required_days": n}    current daily streak
--   {"type": "points",            "required_points": n}  points held
-- (required_count is accepted for any type.)

create function private.criteria_threshold(criteria jsonb) returns integer
language sql immutable set search_path = ''
as $$
  select case when t ~ '^[0-9]{1,9}$' then t::integer end
  from coalesce(criteria ->> 'required_points', criteria ->> 'required_days',
                criteria ->> 'required_count') as t
$$;

create function private.award_achievements(user_uuid uuid) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  completed_courses integer;
  passed_quizzes integer;
  lessons_done integer;
  current_streak integer;
  current_points integer;
  a record;
  stat integer;
  earned integer;
  total integer := 0;
begin
  select count(*) into completed_courses from public.enrollments
    where user_id = user_uuid and completed_at is not null;
  select count(distinct lesson_id) into passed_quizzes from public.quiz_attempts
    where user_id = user_uuid and is_passed;
  select count(*) into lessons_done from public.lesson_progress
    where user_id = user_uuid and completed_at is not null;
  loop
    select p.streak_days, p.points into current_streak, current_points
      from public.profiles p where p.id = user_uuid;
    if not found then
      return total;
    end if;
    earned := 0;
    for a in
      select ach.id, ach.title, ach.icon, ach.badge_color, ach.points_value,
             ach.criteria ->> 'type' as kind, private.criteria_threshold(ach.criteria) as needed
      from public.achievements ach
      where ach.is_active
        and not exists (select 1 from public.user_achievements ua
                        where ua.user_id = user_uuid and ua.achievement_id = ach.id)
      order by ach.created_at, ach.id
    loop
      stat := case a.kind
        when 'course_completion' then completed_courses
        when 'quiz_master' then passed_quizzes
        when 'lessons_completed' then lessons_done
        when 'streak' then current_streak
        when 'points' then current_points
      end;
      continue when stat is null or a.needed is null or stat < a.needed;
      insert into public.user_achievements (user_id, achievement_id)
        values (user_uuid, a.id)
        on conflict (user_id, achievement_id) do nothing;
      continue when not found;
      perform private.award_points(user_uuid, 'achievement', a.id, a.points_value);
      perform private.notify(
        user_uuid, 'achievement', 'Achievement unlocked!',
        format('You earned the "%s" badge', a.title),
        jsonb_build_object('achievement_id', a.id, 'title', a.title, 'icon', a.icon,
                           'badge_color', a.badge_color, 'points_value', a.points_value));
      earned := earned + 1;
    end loop;
    total := total + earned;
    exit when earned = 0;  -- new points may unlock a points achievement: look again
  end loop;
  return total;
end
$$;

-- The API entry point.  Returns how many achievements this call awarded.
create function public.check_achievements(user_uuid uuid) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if auth.uid() is null and not private.is_trusted_caller() then
    raise exception 'sign in to check achievements' using errcode = '42501';
  end if;
  if user_uuid is distinct from auth.uid() and not private.is_trusted_caller() then
    raise exception 'you may only check your own achievements' using errcode = '42501';
  end if;
  if not private.lock_rewards(user_uuid) then
    return 0;
  end if;
  return private.award_achievements(user_uuid);
end
$$;

revoke all on function private.criteria_threshold(jsonb), private.award_achievements(uuid)
  from public, anon, authenticated;
revoke all on function public.check_achievements(uuid) from public, anon, authenticated;
grant execute on function public.check_achievements(uuid) to authenticated, service_role;
