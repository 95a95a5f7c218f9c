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
  using (user_id = auth.uid());

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

-- Serialise the reward work of one learner (see header).  False when the
-- learner has no profile.
create function private.lock_rewards(user_uuid uuid) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform 1 from public.profiles where id = user_uuid for update;
  return found;
end
$$;

-- Award `points` once for (reason, ref); true when this call awarded it.
create function private.award_points(user_uuid uuid, _reason text, _ref uuid, _points integer)
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
    update public.profiles set points = points + _points where id = user_uuid;
  end if;
  return coalesce(inserted, false);
end
$$;

-- One learning activity now: move the daily streak; returns the new streak.
create function private.record_activity(user_uuid uuid) returns integer
language sql volatile security definer set search_path = ''
as $$
  update public.profiles p set
    streak_days = case
      when p.streak_days > 0
           and (p.last_active at time zone 'UTC')::date >= (now() at time zone 'UTC')::date
        then p.streak_days
      when p.streak_days > 0
           and (p.last_active at time zone 'UTC')::date = (now() at time zone 'UTC')::date - 1
        then p.streak_days + 1
      else 1
    end,
    last_active = greatest(p.last_active, now())
  where p.id = user_uuid
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
