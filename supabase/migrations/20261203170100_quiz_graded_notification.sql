-- "Quiz graded": the learner is told when the server grades an assessed
-- attempt (issue #14, "Quizzes").
--
-- An assessed attempt taken offline waits on the learner's computer until a
-- sync pushes it; the server grades it in submit_quiz_attempt.  That same
-- transaction now writes a notification (private.notify), as achievements
-- and course completions do, so it exists exactly once however many devices
-- the learner has and however often a push is retried: a retry returns the
-- stored attempt before this point and notifies nothing.  Every device pulls
-- it like the other notifications, and marking it read syncs.
--
-- * type 'quiz_graded', data: lesson_id, course_id, attempt_id, counted,
--   score, max_score, passed, points_earned (the reward for a first pass,
--   0 otherwise).
-- * An attempt that arrived after the quiz was closed is kept but not graded
--   (20261203120000); its notification says so.
-- * Practice attempts are graded on the learner's computer at once, so they
--   notify nothing.
--
-- submit_quiz_attempt starts from its latest definition
-- (20261203120000_quiz_whole_attempts_and_limits.sql); new: the reward's
-- points are kept and the notification is written.  CREATE OR REPLACE keeps
-- its grants.

create or replace function public.submit_quiz_attempt(
  attempt_id uuid,
  lesson_id uuid,
  answers jsonb,
  time_taken_seconds integer default null,
  completed_at timestamptz default null)
returns public.quiz_attempts
language plpgsql volatile security definer set search_path = ''
as $$
declare
  caller uuid := auth.uid();
  stored public.quiz_attempts;
  graded record;
  standing jsonb;
  number integer;
  lesson public.lessons;
  earned integer := 0;
begin
  if caller is null then
    raise exception 'sign in to submit a quiz attempt' using errcode = '42501';
  end if;
  if submit_quiz_attempt.attempt_id is null or submit_quiz_attempt.lesson_id is null then
    raise exception 'attempt_id and lesson_id are required' using errcode = '22023';
  end if;
  -- Serialise this learner's reward work (and attempt counting) first.
  perform private.lock_rewards(caller);

  select * into stored from public.quiz_attempts a where a.id = submit_quiz_attempt.attempt_id;
  if found then
    if stored.user_id <> caller then
      raise exception 'attempt id % is already used', submit_quiz_attempt.attempt_id
        using errcode = '23505';
    end if;
    return stored;  -- a retry: the first submission stands
  end if;

  if not public.can_read_lesson_content(submit_quiz_attempt.lesson_id) then
    raise exception 'you may not take the quiz of lesson %', submit_quiz_attempt.lesson_id
      using errcode = '42501';
  end if;
  if submit_quiz_attempt.time_taken_seconds < 0 then
    raise exception 'time_taken_seconds cannot be negative' using errcode = '22023';
  end if;

  graded := private.grade_quiz(submit_quiz_attempt.lesson_id, submit_quiz_attempt.answers);
  standing := private.quiz_standing(caller, submit_quiz_attempt.lesson_id);
  select coalesce(max(a.attempt_number), 0) + 1 into number from public.quiz_attempts a
    where a.user_id = caller and a.lesson_id = submit_quiz_attempt.lesson_id;

  insert into public.quiz_attempts as a
    (id, user_id, lesson_id, score, max_score, answers, time_taken_seconds, completed_at,
     graded_at, counted, attempt_number)
  values (submit_quiz_attempt.attempt_id, caller, submit_quiz_attempt.lesson_id,
          case when (standing ->> 'closed')::boolean then null else graded.score end,
          graded.max_score, submit_quiz_attempt.answers,
          submit_quiz_attempt.time_taken_seconds,
          least(coalesce(submit_quiz_attempt.completed_at, now()), now()), now(),
          not (standing ->> 'closed')::boolean, number)
  returning a.* into stored;

  perform private.record_activity(caller);
  if stored.counted and stored.is_passed
     and private.award_points(caller, 'quiz_passed', stored.lesson_id,
                              private.points_for('quiz_passed')) then
    earned := private.points_for('quiz_passed');
  end if;
  perform private.award_achievements(caller);

  select * into lesson from public.lessons l where l.id = stored.lesson_id;
  if lesson.quiz_mode = 'assessed' then
    if stored.counted then
      perform private.notify(
        caller, 'quiz_graded', 'Quiz graded',
        format('%s: %s of %s points (%s%%), %s.', lesson.title, stored.score, stored.max_score,
               round(100.0 * stored.score / stored.max_score),
               case when stored.is_passed then 'passed' else 'not passed yet' end),
        jsonb_build_object('lesson_id', lesson.id, 'course_id', lesson.course_id,
                           'attempt_id', stored.id, 'counted', true, 'score', stored.score,
                           'max_score', stored.max_score, 'passed', stored.is_passed,
                           'points_earned', earned));
    else
      perform private.notify(
        caller, 'quiz_graded', 'Quiz attempt not counted',
        format('%s: this attempt arrived after the quiz was closed for you, so it was kept '
               'but not graded.', lesson.title),
        jsonb_build_object('lesson_id', lesson.id, 'course_id', lesson.course_id,
                           'attempt_id', stored.id, 'counted', false, 'score', null,
                           'max_score', stored.max_score, 'passed', false,
                           'points_earned', 0));
    end if;
  end if;
  return stored;
end
$$;
