-- Course achievements: badges that belong to one course, written by its
-- instructor (issue #5's `lantern publish` creates the achievements a course
-- package names) and earned within that course only.
--
-- The gap this closes: achievements were read-only for every API role, so a
-- publish could not create a package's badges, and the publisher's default
-- criteria {"type": "course_completion", "course_id": "<id>"} was read by
-- check_achievements as "completed courses overall >= required_count" with
-- no count: such a badge was never awarded.  Now:
-- * achievements.course_id (null = platform-wide, as before).  Deleting the
--   course deletes its badges (and who earned them; points stay in the
--   ledger).
-- * RLS: an instructor inserts, updates and deletes achievements of courses
--   they manage (public.can_manage_course), and reads them even when
--   inactive; admins write any achievement; platform-wide ones stay
--   admin-only; everyone else still reads active achievements only.
-- * Criteria of a course achievement are checked by a trigger (a clear
--   check_violation, 23514, instead of a badge nobody can earn):
--     {"type": "course_completion"}                    completing THIS course
--     {"type": "lessons_completed", "required_count": n} n lessons of this course
--     {"type": "quiz_master",       "required_count": n} n quizzes of this course passed
--   n a whole number from 1 to 10000; "course_id" may be repeated in the
--   criteria (the publisher's canonical form for completion is
--   {"type": "course_completion", "course_id": "<course id>"}) and must then
--   name the same course; no other keys.  A platform-wide achievement whose
--   criteria name a course_id is refused: it would never be earned.
-- * private.award_achievements (the body of check_achievements and of the
--   reward triggers) evaluates a course achievement against its course only.
--   Everything else is unchanged: same callers, same profile-row lock taken
--   by them first, ON CONFLICT DO NOTHING, points through the ledger, one
--   notification per award in the same transaction.
-- * Rows an admin published before this migration with the old default
--   criteria get their course_id from the criteria, so they start working.

alter table public.achievements
  add column course_id uuid references public.courses (id) on delete cascade;
create index idx_achievements_course on public.achievements (course_id)
  where course_id is not null;

-- Null when `criteria` is a valid course achievement's criteria for course
-- `course_uuid`, else a sentence saying what is wrong.
create function private.course_achievement_problem(criteria jsonb, course_uuid uuid)
returns text
language plpgsql immutable set search_path = ''
as $$
declare
  kind text := criteria ->> 'type';
  named text := criteria ->> 'course_id';
  extra text;
  n jsonb := criteria -> 'required_count';
begin
  if jsonb_typeof(criteria) is distinct from 'object' then
    return 'criteria must be a JSON object';
  end if;
  if kind is null or kind not in ('course_completion', 'lessons_completed', 'quiz_master') then
    return format('a course achievement''s criteria type must be course_completion, '
                  'lessons_completed or quiz_master, not %s', coalesce(kind, 'missing'));
  end if;
  if named is not null and named is distinct from course_uuid::text then
    return format('criteria name course %s but the achievement belongs to course %s',
                  named, course_uuid);
  end if;
  select k into extra from jsonb_object_keys(criteria) k
    where k not in ('type', 'course_id', 'required_count') limit 1;
  if extra is not null then
    return format('criteria key %s is not understood', extra);
  end if;
  if kind = 'course_completion' then
    if n is not null and n <> '1'::jsonb then
      return 'course_completion is earned by completing the course: it takes no required_count';
    end if;
    return null;
  end if;
  -- Nested: OR does not promise to test the text before the cast.
  if n is not null and jsonb_typeof(n) = 'number' and n::text ~ '^[0-9]{1,5}$' then
    if n::text::integer between 1 and 10000 then
      return null;
    end if;
  end if;
  return format('%s needs a required_count, a whole number from 1 to 10000', kind);
end
$$;

create function private.achievements_check_criteria() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  problem text;
begin
  if new.course_id is null then
    if new.criteria ? 'course_id' then
      raise exception 'a platform-wide achievement cannot name a course in its criteria'
        using errcode = '23514',
              hint = 'Set achievements.course_id to make it a course achievement.';
    end if;
    return new;
  end if;
  problem := private.course_achievement_problem(new.criteria, new.course_id);
  if problem is not null then
    raise exception 'achievement "%": %', new.title, problem using errcode = '23514';
  end if;
  return new;
end
$$;

-- Before the trigger exists: rows the old publisher wrote as an admin.
update public.achievements a
  set course_id = c.id
  from public.courses c
  where a.course_id is null
    and c.id::text = a.criteria ->> 'course_id'
    and private.course_achievement_problem(a.criteria, c.id) is null;

create trigger achievements_check_criteria
  before insert or update of criteria, course_id on public.achievements
  for each row execute function private.achievements_check_criteria();

-- The statistic a course achievement compares with its threshold.
create function private.course_achievement_stat(user_uuid uuid, course_uuid uuid, kind text)
returns integer
language sql stable set search_path = ''
as $$
  select case kind
    when 'course_completion' then
      (select count(*)::integer from public.enrollments e
       where e.user_id = user_uuid and e.course_id = course_uuid
         and e.completed_at is not null)
    when 'lessons_completed' then
      (select count(*)::integer from public.lesson_progress lp
       where lp.user_id = user_uuid and lp.course_id = course_uuid
         and lp.completed_at is not null)
    when 'quiz_master' then
      (select count(distinct qa.lesson_id)::integer
       from public.quiz_attempts qa join public.lessons l on l.id = qa.lesson_id
       where qa.user_id = user_uuid and l.course_id = course_uuid and qa.is_passed)
  end
$$;

-- As in 20261125130400_check_achievements, plus course achievements: only
-- those of courses the learner has touched (enrolled, progress, an attempt)
-- are looked at, each against its own course.
create or replace function private.award_achievements(user_uuid uuid) returns integer
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
  needed integer;
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
      select ach.id, ach.title, ach.icon, ach.badge_color, ach.points_value, ach.course_id,
             ach.criteria ->> 'type' as kind, private.criteria_threshold(ach.criteria) as needed
      from public.achievements ach
      where ach.is_active
        and (ach.course_id is null or ach.course_id in (
               select e.course_id from public.enrollments e where e.user_id = user_uuid
               union
               select lp.course_id from public.lesson_progress lp where lp.user_id = user_uuid
               union
               select l.course_id from public.quiz_attempts qa
                 join public.lessons l on l.id = qa.lesson_id
               where qa.user_id = user_uuid))
        and not exists (select 1 from public.user_achievements ua
                        where ua.user_id = user_uuid and ua.achievement_id = ach.id)
      order by ach.created_at, ach.id
    loop
      needed := a.needed;
      if a.course_id is null then
        stat := case a.kind
          when 'course_completion' then completed_courses
          when 'quiz_master' then passed_quizzes
          when 'lessons_completed' then lessons_done
          when 'streak' then current_streak
          when 'points' then current_points
        end;
      else
        stat := private.course_achievement_stat(user_uuid, a.course_id, a.kind);
        if a.kind = 'course_completion' then
          needed := 1;  -- completing the course itself (criteria checked on write)
        end if;
      end if;
      continue when stat is null or needed is null or stat < needed;
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

-- Who may write achievements (reading: 20261125121000 keeps "active ones
-- readable by everyone; admins all"; teachers also see their own inactive).
create policy "achievements: teachers read their courses' badges"
  on public.achievements for select to authenticated
  using (course_id is not null and public.can_manage_course(course_id));

create policy "achievements: admins add any; teachers their courses' badges"
  on public.achievements for insert to authenticated
  with check (public.is_admin()
              or (course_id is not null and public.can_manage_course(course_id)));

create policy "achievements: admins change any; teachers their courses' badges"
  on public.achievements for update to authenticated
  using (public.is_admin() or (course_id is not null and public.can_manage_course(course_id)))
  with check (public.is_admin()
              or (course_id is not null and public.can_manage_course(course_id)));

create policy "achievements: admins remove any; teachers their courses' badges"
  on public.achievements for delete to authenticated
  using (public.is_admin() or (course_id is not null and public.can_manage_course(course_id)));

grant insert (id, course_id, title, description, icon, badge_color, points_value, criteria,
              is_active)
  on public.achievements to authenticated;
grant update (course_id, title, description, icon, badge_color, points_value, criteria,
              is_active)
  on public.achievements to authenticated;
grant delete on public.achievements to authenticated;

revoke all on function private.course_achievement_problem(jsonb, uuid),
  private.achievements_check_criteria(),
  private.course_achievement_stat(uuid, uuid, text)
  from public, anon, authenticated;
