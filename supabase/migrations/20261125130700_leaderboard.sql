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
