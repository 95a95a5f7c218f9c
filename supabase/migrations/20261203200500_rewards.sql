-- Lantern's database, part 6 of 8 (rewards).
--
-- Notifications, the reward ledger (points and streaks), achievements
-- and course achievements, course progress and the leaderboard.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- ----------------------------------------------------------------------------
-- Notifications: the table the seed guide's code writes to but never creates.
--
-- The seed's edge function `send-notification` inserted notifications with
-- the service role when a client asked it to, after the event had already
-- been committed: when that second call failed (offline, timeout, crash) the
-- notification was lost, and any client could ask for any notification for
-- anyone.  It is replaced by in-database writes: the server functions that
-- award an achievement or complete a course insert the notification in the
-- same transaction as the event (private.notify, below), so either both are
-- stored or neither is.
--
-- Learners read only their own notifications and may only mark them read
-- (column privilege on is_read); they cannot insert, delete or rewrite them.

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  type text not null check (type ~ '^[a-z][a-z_]{0,40}$'),  -- achievement, course_completion, …
  title text not null,
  message text not null,
  data jsonb not null default '{}',
  is_read boolean not null default false,
  created_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id()
);

create index idx_notifications_user on public.notifications (user_id, created_at desc);

create index idx_notifications_unread on public.notifications (user_id) where not is_read;

alter table public.notifications enable row level security;

create policy "notifications: owner reads own" on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy "notifications: owner marks own read" on public.notifications
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

revoke all on public.notifications from public, anon, authenticated, service_role;
grant select, update (is_read) on public.notifications to authenticated;
grant all on public.notifications to service_role;

-- The one way server functions write a notification (same transaction as
-- the event that caused it).
create function private.notify(user_uuid uuid, kind text, title text, message text,
                               payload jsonb default '{}')
returns uuid
language sql volatile security definer set search_path = ''
as $$
  insert into public.notifications (user_id, type, title, message, data)
  values (user_uuid, kind, title, message, coalesce(payload, '{}'))
  returning id
$$;

revoke all on function private.notify(uuid, text, text, text, jsonb)
  from public, anon, authenticated;

-- ----------------------------------------------------------------------------
-- The reward ledger: points and streaks move only here, once per reason.
--
-- The seed guide added points with `update profiles set points = points + x`
-- after an `if not exists (...)` check, so a retried or concurrent request
-- awarded twice, and the client called the award functions itself.  Now:
-- * public.point_awards records every reward with
--   primary key (user_id, reason, ref_id): "awarded once" is a constraint,
--   not a hope.  private.award_points() inserts ON CONFLICT DO NOTHING and
--   moves profiles.points only when the row was new.
--     reason             ref_id          points
--     lesson_completed   lesson id       10
--     quiz_passed        lesson id       20 (passing the same quiz again: 0)
--     achievement        achievement id  achievements.points_value
--     course_completed   course id       0  (the row makes the notification once-only)
-- * private.record_activity() keeps the daily streak: same UTC day no
--   change, the next day +1, a longer gap starts again at 1.  It uses the
--   server's clock, never a client timestamp, so a streak cannot be forged
--   by back-dated offline events (studying offline counts on the day the
--   work reaches the server).
-- * private.lock_rewards() takes the learner's profile row lock first in
--   every reward path, so concurrent requests of one learner are serialised
--   (no lost update, no deadlock between achievement and points writes).
-- Learners read their own ledger rows (a points history); nobody writes them
-- through the API.

create table public.point_awards (
  user_id uuid not null references public.profiles (id) on delete cascade,
  reason text not null
    check (reason in ('lesson_completed', 'quiz_passed', 'achievement', 'course_completed')),
  ref_id uuid not null,
  points integer not null check (points >= 0),
  awarded_at timestamptz not null default now(),
  primary key (user_id, reason, ref_id)
);

alter table public.point_awards enable row level security;

create policy "point_awards: owner reads own" on public.point_awards
  for select to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.point_awards from public, anon, authenticated, service_role;
grant select on public.point_awards to authenticated;
grant all on public.point_awards to service_role;

create function private.points_for(reason text) returns integer
language sql immutable set search_path = ''
as $$
  select case reason
    when 'lesson_completed' then 10
    when 'quiz_passed' then 20
    else 0
  end
$$;

-- The learner's reward lock takes FOR NO KEY UPDATE, not FOR UPDATE.
--
-- Every insert of a row that references profiles (lesson_progress,
-- quiz_attempts, point_awards, …) first takes FOR KEY SHARE on the learner's
-- profile row (the foreign-key check).  FOR UPDATE conflicts with KEY SHARE,
-- so two devices of one learner inserting progress at the same moment each
-- held KEY SHARE and waited for the other's to upgrade: a deadlock (seen in
-- tests/db/test_progress_course.py::test_two_concurrent_last_lessons_...).
-- FOR NO KEY UPDATE still serialises the reward paths (it conflicts with
-- itself and with UPDATE of the row) but not with foreign-key checks.
-- Callers that lock the profile themselves before a batch (sync_push) should
-- use the same mode.

-- Serialise the reward work of one learner (see header).  False when the
-- learner has no profile.
create function private.lock_rewards(user_uuid uuid) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform 1 from public.profiles where id = user_uuid for no key update;
  return found;
end
$$;

-- Points are bounded where they are minted and the total never overflows
-- (issue #12, item 4).
--
-- achievements.points_value was only ">= 0": an instructor's course badge
-- worth 2,000,000,000 points put a learner on top of the leaderboard, and a
-- second one made the learner's next lesson completion fail with "integer
-- out of range" (private.award_points adds to profiles.points, an integer,
-- inside the reward trigger of the learner's own write), so an instructor
-- could block a learner's progress for good.
--
-- * Every badge is worth 0..1000 points (a lesson gives 10, a passed quiz
--   20).  The course package parser applies the same bound
--   (desktop/course_package/course_file.py MAX_BADGE_POINTS), so `lantern
--   check` reports it with its line before publishing.
-- * The profile total saturates at the integer maximum instead of failing:
--   the sum is taken in bigint and clamped.  The ledger (point_awards)
--   still records what each award was worth.  The other reward totals are
--   fixed per award (10, 20, 0) or counts, not sums of instructor input.

-- Award `points` once for (reason, ref); true when this call awarded it.
create function private.award_points(user_uuid uuid, _reason text, _ref uuid,
                                                _points integer)
returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
declare
  inserted boolean;
begin
  insert into public.point_awards (user_id, reason, ref_id, points)
  values (user_uuid, _reason, _ref, _points)
  on conflict on constraint point_awards_pkey do nothing
  returning true into inserted;
  if inserted and _points > 0 then
    update public.profiles
      set points = least(points::bigint + _points, 2147483647)::integer
      where id = user_uuid;
  end if;
  return coalesce(inserted, false);
end
$$;

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

-- One learning activity now: move the daily streak; returns the new streak.
create function private.record_activity(user_uuid uuid) returns integer
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

-- Trusted callers may act for any learner: the service role and admins.
create function private.is_trusted_caller() returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(auth.role(), '') = 'service_role' or public.is_admin()
$$;

revoke all on function private.points_for(text), private.lock_rewards(uuid),
  private.award_points(uuid, text, uuid, integer), private.record_activity(uuid),
  private.is_trusted_caller()
  from public, anon, authenticated;

-- ----------------------------------------------------------------------------
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

-- As in 20261125130400_check_achievements, plus course achievements: only
-- those of courses the learner has touched (enrolled, progress, an attempt)
-- are looked at, each against its own course.
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

revoke all on function private.criteria_threshold(jsonb), private.award_achievements(uuid),
  public.check_achievements(uuid)
  from public, anon, authenticated;
grant execute on function public.check_achievements(uuid) to authenticated, service_role;

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
  -- The API lets the learner write last_accessed; a future one would stay
  -- for ever (merges keep the greatest), so it is the server's now.
  if new.last_accessed > now() then
    new.last_accessed := now();
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

-- Lesson-progress rewards react only to the learner's own changes.
--
-- The first version of private.lesson_progress_rewards counted every UPDATE
-- of a progress row as the learner's activity for the day.  But some updates
-- are not the learner's: moving a lesson to another course cascades into
-- lesson_progress.course_id (foreign key ON UPDATE CASCADE), and a client
-- re-sending the same values is no new study.  Such updates would have
-- extended the streaks of every learner of a moved lesson.  Now:
-- * activity (streak) counts on INSERT, or when completion, time spent,
--   section progress, completion time or last access actually changed;
-- * a lesson moved to another course refreshes the enrollments of both the
--   old and the new course (the old one may now be complete, or less so),
--   without counting as activity.

create function private.lesson_progress_rewards() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  rewarded boolean := false;
  studied boolean;
  moved boolean := tg_op = 'UPDATE' and old.course_id <> new.course_id;
begin
  studied := tg_op = 'INSERT'
    or (new.completion_percentage, new.time_spent_seconds, new.section_progress,
        new.completed_at, new.last_accessed)
       is distinct from
       (old.completion_percentage, old.time_spent_seconds, old.section_progress,
        old.completed_at, old.last_accessed);
  if not studied and not moved then
    return null;
  end if;
  perform private.lock_rewards(new.user_id);
  if studied then
    rewarded := private.record_activity(new.user_id) is not null;
  end if;
  if moved then
    rewarded := private.refresh_enrollment(new.user_id, old.course_id) or rewarded;
  end if;
  if new.completed_at is not null
     and (tg_op = 'INSERT' or old.completed_at is null or moved) then
    rewarded := private.award_points(new.user_id, 'lesson_completed', new.lesson_id,
                                     private.points_for('lesson_completed')) or rewarded;
    rewarded := private.refresh_enrollment(new.user_id, new.course_id) or rewarded;
  elsif tg_op = 'INSERT' or moved then
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

revoke all on function private.course_counts(uuid, uuid), private.refresh_enrollment(uuid, uuid),
  private.lesson_progress_keep_completion(), private.lesson_progress_rewards(),
  private.enrollment_catch_up(), public.get_course_progress(uuid, uuid)
  from public, anon, authenticated;
grant execute on function public.get_course_progress(uuid, uuid) to authenticated, service_role;

-- ----------------------------------------------------------------------------
-- get_leaderboard(limit_count): the dashboard's leaderboard.
--
-- Profiles are not publicly readable (20261125120600), so the leaderboard is
-- a SECURITY DEFINER function that returns exactly these columns and nothing
-- else:
--   rank         rank() by points (ties share a rank), then streak, username
--   username     the public handle learners chose
--   avatar_url
--   points, streak_days
--   is_self      true on the caller's own row, so the app can highlight it
--                without learning anyone's id
-- No id, full_name, role, last_active or e-mail leaves through it.  Only
-- learners (role 'student') who have not opted out
-- (profiles.show_on_leaderboard) are listed; instructors and admins are not
-- competitors.  limit_count is clamped to 1..100.
--
-- Callable by signed-in users and the service role, not by anon: the
-- leaderboard lives on the signed-in dashboard, and a public list of learner
-- handles would help nobody but scrapers.

create function public.get_leaderboard(limit_count integer default 10)
returns table (rank bigint, username text, avatar_url text, points integer,
               streak_days integer, is_self boolean)
language sql stable security definer set search_path = ''
as $$
  select rank() over (order by p.points desc) as rank,
         p.username, p.avatar_url, p.points, p.streak_days,
         p.id is not distinct from auth.uid() as is_self
  from public.profiles p
  where p.role = 'student' and p.show_on_leaderboard
  order by p.points desc, p.streak_days desc, p.username
  limit greatest(1, least(coalesce(limit_count, 10), 100))
$$;

revoke all on function public.get_leaderboard(integer) from public, anon, authenticated;
grant execute on function public.get_leaderboard(integer) to authenticated, service_role;

create index idx_profiles_leaderboard on public.profiles (points desc)
  where role = 'student' and show_on_leaderboard;

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

grant insert (id, course_id, title, description, icon, badge_color, points_value, criteria, is_active) on
  public.achievements
  to authenticated;
grant update (course_id, title, description, icon, badge_color, points_value, criteria, is_active) on
  public.achievements
  to authenticated;
grant delete on public.achievements to authenticated;
revoke all on function private.course_achievement_problem(jsonb, uuid),
  private.achievements_check_criteria(), private.course_achievement_stat(uuid, uuid, text)
  from public, anon, authenticated;

-- ----------------------------------------------------------------------------
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

create policy "achievements: active where visible; teachers theirs; admins all"
  on public.achievements for select to anon, authenticated
  using ((is_active and (course_id is null or public.can_view_course(course_id)))
         or (course_id is not null and public.can_manage_course(course_id))
         or (select public.is_admin()));
