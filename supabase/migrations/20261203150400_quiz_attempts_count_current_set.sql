-- The table itself keeps "only the current question set counts" and names
-- why an attempt is not counted, whoever stores it (issue #12, hardening;
-- completes 20261203150300_grade_current_question_set).
--
-- 20261203150300 put the rule inside submit_quiz_attempt.  Later
-- migrations redefine that function (20261203170100_quiz_graded_notification
-- starts from 20261203120000, before the rule), and an insert without
-- not_counted_reason then broke the constraint "counted exactly when there
-- is no reason" for every attempt past the limit.  As with enrollments
-- (20261203110000), the rule now lives on the table, so every path that
-- stores attempts -- this RPC in any later definition, sync_push's
-- quiz.submit, any future function -- applies it:
-- * an attempt whose answers are not the lesson's current active questions
--   is stored not counted: score null (so is_passed is null),
--   not_counted_reason 'quiz_changed' (also when the quiz is closed as
--   well: that the quiz changed is what the learner can act on);
-- * an attempt inserted not counted without a reason gets 'quiz_closed'
--   (the only other reason: it arrived after the quiz was closed).
-- The service role and sessions without a request (migrations, the seed,
-- the server side writing history) are trusted as before and only get the
-- default reason.  The returned row (INSERT ... RETURNING) is the stored
-- one, so the caller's points and notifications follow it.

create function private.quiz_attempts_count_current_set() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
declare
  claims text := nullif(current_setting('request.jwt.claims', true), '');
begin
  if claims is not null
     and (claims::jsonb ->> 'role') is distinct from 'service_role'
     and not private.quiz_answers_current_set(new.lesson_id, new.answers) then
    new.counted := false;
    new.score := null;
    new.not_counted_reason := 'quiz_changed';
  end if;
  if not new.counted and new.not_counted_reason is null then
    new.not_counted_reason := 'quiz_closed';
  end if;
  return new;
end
$$;

revoke all on function private.quiz_attempts_count_current_set()
  from public, anon, authenticated;

create trigger quiz_attempts_count_current_set
  before insert on public.quiz_attempts
  for each row execute function private.quiz_attempts_count_current_set();
