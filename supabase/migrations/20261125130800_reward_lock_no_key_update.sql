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

create or replace function private.lock_rewards(user_uuid uuid) returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform 1 from public.profiles where id = user_uuid for no key update;
  return found;
end
$$;

revoke all on function private.lock_rewards(uuid) from public, anon, authenticated;
