-- Only the current question set of a quiz is graded (issue #12, hardening;
-- the class of item 3).
--
-- private.quiz_question_sets (20261203120000) records every set of active
-- questions a lesson's quiz has ever had, and grade_quiz accepted an attempt
-- at any of them, so that an attempt taken offline against an older quiz
-- still graded.  But the sets are append-only and nothing asked whether a
-- set was still the quiz:
-- * a practice quiz made assessed keeps its old questions, retired (their
--   keys were downloaded, so 20261203120100 makes the assessed quiz use new
--   ones); an attempt answering the old set with the downloaded keys was
--   graded, counted and passed the assessed quiz, with its points;
-- * the publisher updates questions one request at a time, so a quiz passes
--   through sets that were never shown to anyone (one question, say): an
--   attempt at such a set graded a part of the quiz, what whole attempts
--   were meant to stop.
--
-- Now an attempt must still answer one recorded set -- anything else is
-- refused (22023) as before -- but it is graded and counted only when that
-- set is the lesson's current one (its active questions now; any stored
-- version of each).  An attempt at an older set is stored, never dropped:
-- counted = false, score and is_passed null, no points, no badges, and
-- quiz_attempts.not_counted_reason = 'quiz_changed'.  This keeps "nothing
-- lost" for the learner who took the quiz offline as downloaded: their
-- attempt is kept, synced back and shown with the reason, and they can take
-- the quiz as it is now.  An attempt that arrives when the quiz is closed
-- (passed, or every attempt used) keeps its meaning, now named:
-- not_counted_reason = 'quiz_closed' (existing rows get it).  A counted
-- attempt has no reason, a not counted one always has one (constraint).
-- Both paths that store attempts, the RPC and sync_push's quiz.submit
-- (which calls it and returns the stored row in the push reply), apply it.
-- Practice quizzes too: their key is public, but the points of passing are
-- not, and an old set would pass a quiz the learner never took as it is.
--
-- submit_quiz_attempt and quiz_attempt_feedback are their latest
-- definitions (20261203120000_quiz_whole_attempts_and_limits.sql) with only
-- the reason added.  CREATE OR REPLACE keeps their grants.

alter table public.quiz_attempts
  add column not_counted_reason text
    check (not_counted_reason in ('quiz_closed', 'quiz_changed'));

update public.quiz_attempts set not_counted_reason = 'quiz_closed' where not counted;

alter table public.quiz_attempts
  add constraint quiz_attempts_not_counted_has_reason
    check (counted = (not_counted_reason is null));

comment on column public.quiz_attempts.not_counted_reason is
  'Why an attempt was kept but not graded: quiz_closed (it arrived after the quiz was closed '
  'for the learner: passed, or out of attempts) or quiz_changed (it answered questions that '
  'are no longer the quiz).  Null when counted.';

-- Does `answers` (already checked by grade_quiz: question ids, each once)
-- answer exactly the lesson's active questions?
create function private.quiz_answers_current_set(lesson_uuid uuid, answers jsonb)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select array(select k::uuid from jsonb_object_keys(answers) k order by 1)
       = array(select q.id from public.quiz_questions q
               where q.lesson_id = lesson_uuid and q.is_active order by 1)
$$;

revoke all on function private.quiz_answers_current_set(uuid, jsonb)
  from public, anon, authenticated;

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
  if stored.counted and stored.is_passed then
    perform private.award_points(caller, 'quiz_passed', stored.lesson_id,
                                 private.points_for('quiz_passed'));
  end if;
  perform private.award_achievements(caller);
  return stored;
end
$$;

create or replace function public.quiz_attempt_feedback(attempt_id uuid)
returns table (question_id uuid, version integer, points integer, is_correct boolean)
language plpgsql stable security definer set search_path = ''
as $$
declare
  attempt public.quiz_attempts;
begin
  select * into attempt from public.quiz_attempts a
    where a.id = quiz_attempt_feedback.attempt_id and a.user_id = auth.uid();
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
    select e.key::uuid, v.version, v.points,
           private.answer_is_correct(v.kind, k.correct, e.value -> 'answer')
    from jsonb_each(attempt.answers) e
    join public.quiz_question_versions v
      on v.question_id = e.key::uuid and v.version = (e.value ->> 'version')::integer
    join public.quiz_answer_keys k on k.question_id = v.question_id and k.version = v.version
    order by 1;
end
$$;
