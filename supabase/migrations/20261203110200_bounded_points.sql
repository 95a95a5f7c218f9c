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

alter table public.achievements
  add constraint achievements_points_value_bounded check (points_value between 0 and 1000);

create or replace function private.award_points(user_uuid uuid, _reason text, _ref uuid,
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

revoke all on function private.award_points(uuid, text, uuid, integer)
  from public, anon, authenticated;
