-- Server-side grading: submit_quiz_attempt(attempt_id, lesson_id, answers,
-- time_taken_seconds, completed_at) grades and stores a quiz attempt.
--
-- Seed guide defect fixed: learners inserted their own quiz_attempts rows with
-- any score (the read-only policies are in 20261125121000).  Now only this
-- SECURITY DEFINER function writes attempts:
-- * the caller must be signed in and allowed to read the lesson
--   (can_read_lesson_content);
-- * answers = {"<question_id>": {"version": n, "answer": …}}, one entry per
--   question shown.  Each is graded against the version it names (kept in
--   quiz_question_versions), so an attempt taken offline still grades after
--   the question was edited or deactivated; a version that never existed, or a
--   question of another lesson, is a clear error (22023) naming it;
-- * grading rules (identical to desktop/rules/grading.py): single_choice right
--   iff the answer is the key's one id; multiple_choice iff the set of ids
--   equals the key's; short_answer iff normalise(answer) equals normalise of an
--   accepted answer (trim, collapse whitespace runs to one space, lower());
--   null, missing or wrongly-typed answers are wrong.  score = points of the
--   right answers, max_score = points of every question in the attempt;
--   is_passed (generated) = score / max_score >= 0.7;
-- * idempotent on attempt_id (the client's id): a retry returns the stored row
--   and awards nothing again; an id that belongs to another learner is
--   refused (23505);
-- * completed_at from the client is kept (offline attempts keep their time)
--   but never later than now(); graded_at records when the server graded it;
-- * a new attempt counts as activity for the daily streak; a passed quiz earns
--   points once per lesson (point_awards) and achievements are checked, all
--   in the same transaction.

alter table public.quiz_attempts
  add column graded_at timestamptz not null default now();

create function private.normalise_answer(answer text) returns text
language sql immutable set search_path = ''
as $$
  select lower(regexp_replace(regexp_replace(answer, '^[[:space:]]+|[[:space:]]+$', '', 'g'),
                              '[[:space:]]+', ' ', 'g'))
$$;

-- Is `answer` right for a question of `kind` whose key is `correct`?
create function private.answer_is_correct(kind text, correct jsonb, answer jsonb) returns boolean
language sql immutable set search_path = ''
as $$
  select coalesce(case kind
    when 'single_choice' then
      jsonb_typeof(answer) = 'string' and jsonb_array_length(correct) = 1
      and answer = correct -> 0
    when 'multiple_choice' then
      jsonb_typeof(answer) = 'array'
      and not exists (select 1 from jsonb_array_elements(answer) a
                      where jsonb_typeof(a) <> 'string')
      and (select coalesce(array_agg(distinct a order by a), '{}')
           from jsonb_array_elements_text(answer) a)
        = (select coalesce(array_agg(distinct k order by k), '{}')
           from jsonb_array_elements_text(correct) k)
    when 'short_answer' then
      jsonb_typeof(answer) = 'string'
      and exists (select 1 from jsonb_array_elements_text(correct) k
                  where private.normalise_answer(k) = private.normalise_answer(answer #>> '{}'))
  end, false)
$$;

-- Grade `answers` for `lesson_uuid`; raises 22023 with a clear message when
-- the attempt cannot be graded.
create function private.grade_quiz(lesson_uuid uuid, answers jsonb,
                                   out score integer, out max_score integer)
language plpgsql stable security definer set search_path = ''
as $$
declare
  entry record;
  question uuid;
  wanted integer;
  v public.quiz_question_versions;
  key jsonb;
begin
  score := 0;
  max_score := 0;
  if jsonb_typeof(answers) is distinct from 'object' then
    raise exception 'answers must be a JSON object {"<question_id>": {"version": n, "answer": ...}}'
      using errcode = '22023';
  end if;
  if (select count(*) from jsonb_object_keys(answers)) > 500 then
    raise exception 'an attempt answers at most 500 questions' using errcode = '22023';
  end if;
  for entry in select e.key, e.value from jsonb_each(answers) e loop
    if entry.key !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
      raise exception 'answers: "%" is not a question id', left(entry.key, 80)
        using errcode = '22023';
    end if;
    question := entry.key::uuid;
    if jsonb_typeof(entry.value) is distinct from 'object'
       or jsonb_typeof(entry.value -> 'version') is distinct from 'number'
       or (entry.value ->> 'version') !~ '^[0-9]{1,9}$' then
      raise exception 'answers: question % needs {"version": <int>, "answer": ...}', question
        using errcode = '22023';
    end if;
    wanted := (entry.value ->> 'version')::integer;
    select qv.* into v
      from public.quiz_question_versions qv
      join public.quiz_questions q on q.id = qv.question_id
      where qv.question_id = question and qv.version = wanted and q.lesson_id = lesson_uuid;
    if not found then
      raise exception 'question % version % does not exist in lesson %', question, wanted,
        lesson_uuid using errcode = '22023';
    end if;
    select k.correct into key from public.quiz_answer_keys k
      where k.question_id = question and k.version = wanted;
    if key is null then
      raise exception 'question % version % has no answer key yet; ask the instructor',
        question, wanted using errcode = '22023';
    end if;
    max_score := max_score + v.points;
    if private.answer_is_correct(v.kind, key, entry.value -> 'answer') then
      score := score + v.points;
    end if;
  end loop;
  if max_score = 0 then
    raise exception 'an attempt must answer at least one question' using errcode = '22023';
  end if;
end
$$;

create function public.submit_quiz_attempt(
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
begin
  if caller is null then
    raise exception 'sign in to submit a quiz attempt' using errcode = '42501';
  end if;
  if submit_quiz_attempt.attempt_id is null or submit_quiz_attempt.lesson_id is null then
    raise exception 'attempt_id and lesson_id are required' using errcode = '22023';
  end if;
  -- Serialise this learner's reward work before touching anything else.
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

  insert into public.quiz_attempts as a
    (id, user_id, lesson_id, score, max_score, answers, time_taken_seconds, completed_at,
     graded_at)
  values (submit_quiz_attempt.attempt_id, caller, submit_quiz_attempt.lesson_id,
          graded.score, graded.max_score, submit_quiz_attempt.answers,
          submit_quiz_attempt.time_taken_seconds,
          least(coalesce(submit_quiz_attempt.completed_at, now()), now()), now())
  returning a.* into stored;

  perform private.record_activity(caller);
  if stored.is_passed then
    perform private.award_points(caller, 'quiz_passed', stored.lesson_id,
                                 private.points_for('quiz_passed'));
  end if;
  perform private.award_achievements(caller);
  return stored;
end
$$;

revoke all on function private.normalise_answer(text),
  private.answer_is_correct(text, jsonb, jsonb), private.grade_quiz(uuid, jsonb)
  from public, anon, authenticated;
revoke all on function public.submit_quiz_attempt(uuid, uuid, jsonb, integer, timestamptz)
  from public, anon, authenticated;
grant execute on function public.submit_quiz_attempt(uuid, uuid, jsonb, integer, timestamptz)
  to authenticated, service_role;
