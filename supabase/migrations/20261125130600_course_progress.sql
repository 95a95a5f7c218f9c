-- Course progress and lesson rewards, maintained by the server.
--
-- Seed guide defects fixed here:
-- * the seed's client called rpc('get_course_progress') but the function was
--   never defined (and divided by total_lessons = 0 for an empty course).
--   get_course_progress(user_uuid, course_uuid) now returns one row
--   (total_lessons, completed_lessons, progress_percentage) for the caller
--   themselves, the course's instructor, an admin or the service role.
-- * the client computed progress_percentage and wrote enrollments itself,
--   setting completed_at to "now" on every save (and null again when a lesson
--   was added), then called check_achievements separately -- a crash in
--   between lost the reward.  Now triggers do it in the same transaction as
--   the progress write:
--   - lesson_progress BEFORE: completion never goes backwards (percentage =
--     max, completed_at = earliest; a completed lesson is 100 %), and no
--     completion time lies in the future;
--   - lesson_progress AFTER (SECURITY DEFINER): the day counts for the streak;
--     a completed lesson earns its points once (point_awards); the
--     enrollment's progress_percentage is recomputed (floor, so 100 means all
--     lessons) and completed_at keeps the earliest completion; completing the
--     course writes a 'course_completion' notification once; achievements are
--     checked when anything reward-worthy happened;
--   - enrollments AFTER INSERT: progress made on free lessons before enrolling
--     counts at once.
-- Lessons added to a course later lower the percentage when the learner
-- starts or completes a lesson (not on every progress tick, which would cost a
-- recount per synced operation); a course once completed stays completed
-- (completed_at kept).
--
-- record_activity() is refined here: it writes the profile only when the UTC
-- day changes (not on every progress tick, which would rewrite the profile
-- row for each synced operation) and returns the new streak, or null when
-- today was already counted.

create or replace function private.record_activity(user_uuid uuid) returns integer
language sql volatile security definer set search_path = ''
as $$
  update public.profiles p set
    streak_days = case
      when p.streak_days > 0
           and (p.last_active at time zone 'UTC')::date = (now() at time zone 'UTC')::date - 1
        then p.streak_days + 1
      else 1
    end,
    last_active = now()
  where p.id = user_uuid
    and (p.streak_days = 0
         or (p.last_active at time zone 'UTC')::date < (now() at time zone 'UTC')::date)
  returning p.streak_days
$$;

-- Counts behind every progress figure: lessons of the course now, the ones
-- this learner completed, and when the last of them was completed.
create function private.course_counts(user_uuid uuid, course_uuid uuid,
                                      out total_lessons integer,
                                      out completed_lessons integer,
                                      out last_completed_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select count(*)::integer,
         count(lp.completed_at)::integer,
         max(lp.completed_at)
  from public.lessons l
  left join public.lesson_progress lp
    on lp.lesson_id = l.id and lp.user_id = user_uuid
  where l.course_id = course_uuid
$$;

create function public.get_course_progress(user_uuid uuid, course_uuid uuid,
                                           out total_lessons integer,
                                           out completed_lessons integer,
                                           out progress_percentage integer)
language plpgsql stable security definer set search_path = ''
as $$
declare
  counts record;
begin
  if auth.uid() is null and not private.is_trusted_caller() then
    raise exception 'sign in to see course progress' using errcode = '42501';
  end if;
  if user_uuid is distinct from auth.uid() and not private.is_trusted_caller()
     and not public.can_manage_course(course_uuid) then
    raise exception 'you may only see your own progress' using errcode = '42501';
  end if;
  counts := private.course_counts(user_uuid, course_uuid);
  total_lessons := counts.total_lessons;
  completed_lessons := counts.completed_lessons;
  progress_percentage := case when counts.total_lessons = 0 then 0
                              else (100 * counts.completed_lessons) / counts.total_lessons end;
end
$$;

-- Recompute one enrollment; true when this call completed the course.
create function private.refresh_enrollment(user_uuid uuid, course_uuid uuid) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
declare
  e public.enrollments;
  counts record;
  percentage integer;
  completion timestamptz;
  course_title text;
begin
  select * into e from public.enrollments
    where user_id = user_uuid and course_id = course_uuid for update;
  if not found then
    return false;
  end if;
  -- A new statement after the lock: sees progress committed meanwhile.
  counts := private.course_counts(user_uuid, course_uuid);
  percentage := case when counts.total_lessons = 0 then 0
                     else (100 * counts.completed_lessons) / counts.total_lessons end;
  if counts.total_lessons > 0 and counts.completed_lessons = counts.total_lessons then
    completion := least(counts.last_completed_at, now());
  end if;
  completion := least(e.completed_at, completion);  -- least() skips nulls: earliest kept
  if (e.progress_percentage, e.completed_at) is distinct from (percentage, completion) then
    update public.enrollments set progress_percentage = percentage, completed_at = completion
      where id = e.id;
  end if;
  if e.completed_at is null and completion is not null
     and private.award_points(user_uuid, 'course_completed', course_uuid,
                              private.points_for('course_completed')) then
    select c.title into course_title from public.courses c where c.id = course_uuid;
    perform private.notify(
      user_uuid, 'course_completion', 'Course completed!',
      format('Congratulations on completing "%s"', course_title),
      jsonb_build_object('course_id', course_uuid, 'course_title', course_title));
    return true;
  end if;
  return false;
end
$$;

create function private.lesson_progress_keep_completion() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.completed_at > now() then
    new.completed_at := now();
  end if;
  if tg_op = 'UPDATE' then
    new.completion_percentage := greatest(old.completion_percentage, new.completion_percentage);
    new.completed_at := least(old.completed_at, new.completed_at);
  end if;
  if new.completed_at is null and new.completion_percentage = 100 then
    new.completed_at := now();
  end if;
  if new.completed_at is not null then
    new.completion_percentage := 100;
  end if;
  return new;
end
$$;

create function private.lesson_progress_rewards() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  rewarded boolean := false;
begin
  perform private.lock_rewards(new.user_id);
  rewarded := private.record_activity(new.user_id) is not null;
  if new.completed_at is not null
     and (tg_op = 'INSERT' or old.completed_at is null or old.course_id <> new.course_id) then
    rewarded := private.award_points(new.user_id, 'lesson_completed', new.lesson_id,
                                     private.points_for('lesson_completed')) or rewarded;
    rewarded := private.refresh_enrollment(new.user_id, new.course_id) or rewarded;
  elsif tg_op = 'INSERT' then
    -- Starting a lesson added since the last refresh lowers the percentage.
    perform private.refresh_enrollment(new.user_id, new.course_id);
  end if;
  if rewarded then
    perform private.award_achievements(new.user_id);
  end if;
  return null;
end
$$;

create function private.enrollment_catch_up() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.lock_rewards(new.user_id);
  if private.refresh_enrollment(new.user_id, new.course_id) then
    perform private.award_achievements(new.user_id);
  end if;
  return null;
end
$$;

create trigger lesson_progress_keep_completion
  before insert or update on public.lesson_progress
  for each row execute function private.lesson_progress_keep_completion();
create trigger lesson_progress_rewards
  after insert or update on public.lesson_progress
  for each row execute function private.lesson_progress_rewards();
create trigger enrollments_catch_up_progress
  after insert on public.enrollments
  for each row execute function private.enrollment_catch_up();

revoke all on function private.course_counts(uuid, uuid),
  private.refresh_enrollment(uuid, uuid), private.lesson_progress_keep_completion(),
  private.lesson_progress_rewards(), private.enrollment_catch_up()
  from public, anon, authenticated;
revoke all on function public.get_course_progress(uuid, uuid) from public, anon, authenticated;
grant execute on function public.get_course_progress(uuid, uuid) to authenticated, service_role;
