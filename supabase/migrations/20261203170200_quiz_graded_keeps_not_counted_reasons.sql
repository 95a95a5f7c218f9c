-- The quiz migrations of this session, reconciled: partial credit,
-- explanations and the "quiz graded" notification (20261203170000,
-- 20261203170100) with "only the current question set is graded"
-- (20261203150300_grade_current_question_set.sql).
--
-- The two were written at the same time from the same earlier definitions.
-- 20261203150300 sorts first, so 20261203170000/170100 replaced its
-- submit_quiz_attempt and quiz_attempt_feedback with versions that knew
-- nothing of quiz_attempts.not_counted_reason: a not counted attempt then
-- broke quiz_attempts_not_counted_has_reason, and the feedback of an attempt
-- at an older question set lost its sentence.  Here each function is the
-- union of both:
--
-- * submit_quiz_attempt: 20261203150300's (only the current set is graded
--   and counted; not_counted_reason 'quiz_changed' or 'quiz_closed') with
--   20261203170100's notification, which now says why an attempt did not
--   count (data.reason);
-- * quiz_attempt_feedback: 20261203170000's (points earned, explanation,
--   through private.question_points) with 20261203150300's refusal of an
--   attempt at an older question set.
--
-- CREATE OR REPLACE keeps their grants (both keep their signatures and
-- result types as 20261203170000 and 20261203150300 left them).

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
  reason text;
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
    return stored;  -- a retry: the first submission stands, and notifies nothing
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
  -- grade_quiz accepts any set the quiz ever had (so nothing offline is
  -- refused); only the current one is graded and counted.
  reason := case
    when not private.quiz_answers_current_set(submit_quiz_attempt.lesson_id,
                                              submit_quiz_attempt.answers)
      then 'quiz_changed'
    when (standing ->> 'closed')::boolean then 'quiz_closed'
  end;
  select coalesce(max(a.attempt_number), 0) + 1 into number from public.quiz_attempts a
    where a.user_id = caller and a.lesson_id = submit_quiz_attempt.lesson_id;

  insert into public.quiz_attempts as a
    (id, user_id, lesson_id, score, max_score, answers, time_taken_seconds, completed_at,
     graded_at, counted, attempt_number, not_counted_reason)
  values (submit_quiz_attempt.attempt_id, caller, submit_quiz_attempt.lesson_id,
          case when reason is null then graded.score end,
          graded.max_score, submit_quiz_attempt.answers,
          submit_quiz_attempt.time_taken_seconds,
          least(coalesce(submit_quiz_attempt.completed_at, now()), now()), now(),
          reason is null, number, reason)
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
                           'attempt_id', stored.id, 'counted', true, 'reason', null,
                           'score', stored.score, 'max_score', stored.max_score,
                           'passed', stored.is_passed, 'points_earned', earned));
    else
      perform private.notify(
        caller, 'quiz_graded', 'Quiz attempt not counted',
        case stored.not_counted_reason
          when 'quiz_changed' then
            format('%s: the quiz changed after you downloaded it, so this attempt was kept '
                   'but not graded; take the quiz as it is now.', lesson.title)
          else
            format('%s: this attempt arrived after the quiz was closed for you, so it was kept '
                   'but not graded.', lesson.title)
        end,
        jsonb_build_object('lesson_id', lesson.id, 'course_id', lesson.course_id,
                           'attempt_id', stored.id, 'counted', false,
                           'reason', stored.not_counted_reason, 'score', null,
                           'max_score', stored.max_score, 'passed', false,
                           'points_earned', 0));
    end if;
  end if;
  return stored;
end
$$;

create or replace function public.quiz_attempt_feedback(attempt_id uuid)
returns table (question_id uuid, version integer, points integer, is_correct boolean,
               points_awarded integer, explanation text)
language plpgsql stable security definer set search_path = ''
as $$
declare
  attempt public.quiz_attempts;
begin
  select * into attempt from public.quiz_attempts a
    where a.id = quiz_attempt_feedback.attempt_id and a.user_id = (select auth.uid());
  if not found then
    raise exception 'attempt % is not one of yours', quiz_attempt_feedback.attempt_id
      using errcode = '42501';
  end if;
  if attempt.not_counted_reason = 'quiz_changed' then
    raise exception 'attempt % answered the quiz as it was before the quiz changed; it was '
      'kept but not graded', quiz_attempt_feedback.attempt_id using errcode = '22023';
  end if;
  if not attempt.counted then
    raise exception 'attempt % was over the attempt limit and not graded',
      quiz_attempt_feedback.attempt_id using errcode = '22023';
  end if;
  if not (private.quiz_standing(attempt.user_id, attempt.lesson_id) ->> 'feedback')::boolean then
    raise exception 'feedback per question is not available for this quiz (yet)'
      using errcode = '42501';
  end if;
  return query
    select g.question_id, g.version, g.points, g.earned = g.points, g.earned, g.explanation
    from (select e.key::uuid as question_id, v.version, v.points, k.explanation,
                 private.question_points(v.kind, v.scoring, v.case_sensitive, v.points,
                                         k.correct, e.value -> 'answer') as earned
          from jsonb_each(attempt.answers) e
          join public.quiz_question_versions v
            on v.question_id = e.key::uuid and v.version = (e.value ->> 'version')::integer
          join public.quiz_answer_keys k
            on k.question_id = v.question_id and k.version = v.version) g
    order by 1;
end
$$;
