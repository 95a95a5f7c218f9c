-- How a question is scored, and why its answer is right (issue #14, "Quizzes").
--
-- * quiz_questions.scoring (and every version's): 'all_or_nothing' (the
--   default, as before) or 'partial'.  Only a multiple_choice question may be
--   'partial'.  A partial question of P points whose key names K options,
--   answered with R of them and W options that are not in the key (each
--   option counted once), earns floor(P * max(0, R - W) / K) points.  It is
--   right (is_correct in the feedback) only when it earns all P points, that
--   is when the answer is exactly the key.
-- * quiz_questions.case_sensitive (and every version's): only for
--   short_answer.  When true an answer matches an accepted one after
--   trimming and collapsing spaces, keeping its case (code answers); when
--   false (the default, as before) case is ignored too.
-- * Both are part of what the learner sees and is graded on, so changing
--   either makes a new question version.
-- * quiz_answer_keys.explanation: why the answer is right, 1..2000
--   characters, or null.  It lives with the key, so it travels exactly where
--   the key does: downloaded with practice keys, kept on the server for
--   assessed quizzes.  A carried-forward key keeps its explanation.  The
--   learner of an assessed quiz gets it from quiz_attempt_feedback, which
--   answers only when the quiz is closed for them and the instructor allows
--   feedback (20261203120000), now with the points each answer earned.
--
-- desktop/rules/grading.py grades identically (tests/store/test_grading_parity.py).
-- grade_quiz starts from its latest definition
-- (20261203140000_bounded_question_points.sql): only the points of a
-- question change, through private.question_points.

-- Columns ---------------------------------------------------------------------
alter table public.quiz_questions
  add column scoring text not null default 'all_or_nothing'
    check (scoring in ('all_or_nothing', 'partial')),
  add column case_sensitive boolean not null default false,
  add constraint quiz_questions_partial_is_multiple_choice
    check (scoring = 'all_or_nothing' or kind = 'multiple_choice'),
  add constraint quiz_questions_case_is_short_answer
    check (not case_sensitive or kind = 'short_answer');

alter table public.quiz_question_versions
  add column scoring text not null default 'all_or_nothing'
    check (scoring in ('all_or_nothing', 'partial')),
  add column case_sensitive boolean not null default false,
  add constraint quiz_question_versions_partial_is_multiple_choice
    check (scoring = 'all_or_nothing' or kind = 'multiple_choice'),
  add constraint quiz_question_versions_case_is_short_answer
    check (not case_sensitive or kind = 'short_answer');

alter table public.quiz_answer_keys
  add column explanation text
    check (explanation is null or char_length(explanation) between 1 and 2000);

comment on column public.quiz_questions.scoring is
  'multiple_choice: all_or_nothing, or partial (floor(points * max(0, right - wrong) / key size)).';
comment on column public.quiz_questions.case_sensitive is
  'short_answer: true when an answer must match an accepted one in case too.';
comment on column public.quiz_answer_keys.explanation is
  'Why the answer is right; shown with the feedback, so it is as secret as the key.';

grant insert (scoring, case_sensitive), update (scoring, case_sensitive)
  on public.quiz_questions to authenticated;
grant insert (explanation), update (explanation) on public.quiz_answer_keys to authenticated;

-- Versions ----------------------------------------------------------------------
-- From 20261125130000; scoring and case_sensitive join the columns that make
-- a new version.
create or replace function private.quiz_questions_before_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  problem text := private.quiz_options_problem(new.kind, new.options);
begin
  if problem is not null then
    raise exception 'quiz question %: %', new.id, problem using errcode = 'check_violation';
  end if;
  if tg_op = 'INSERT' then
    new.version := 1;
  else
    if new.lesson_id <> old.lesson_id then
      raise exception 'a quiz question cannot move to another lesson; create a new one'
        using errcode = 'check_violation';
    end if;
    new.id := old.id;
    new.created_at := old.created_at;
    if (new.kind, new.prompt, new.options, new.points, new.scoring, new.case_sensitive)
       is distinct from
       (old.kind, old.prompt, old.options, old.points, old.scoring, old.case_sensitive) then
      new.version := old.version + 1;
    else
      new.version := old.version;
    end if;
    new.updated_at := now();
  end if;
  return new;
end
$$;

create or replace function private.quiz_questions_after_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' or new.version <> old.version then
    insert into public.quiz_question_versions
      (question_id, version, lesson_id, kind, prompt, options, points, scoring, case_sensitive)
    values (new.id, new.version, new.lesson_id, new.kind, new.prompt, new.options, new.points,
            new.scoring, new.case_sensitive)
    on conflict (question_id, version) do nothing;
  end if;
  return null;
end
$$;

-- From 20261125130100; the explanation is carried forward with the key.
create or replace function private.quiz_carry_key_forward() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  old_key public.quiz_answer_keys;
begin
  if new.version > 1 then
    select k.* into old_key from public.quiz_answer_keys k
      where k.question_id = new.question_id and k.version = new.version - 1;
    if found and private.quiz_key_problem(new.kind, new.options, old_key.correct) is null then
      insert into public.quiz_answer_keys (question_id, version, correct, explanation)
        values (new.question_id, new.version, old_key.correct, old_key.explanation)
        on conflict (question_id, version) do nothing;
    end if;
  end if;
  return null;
end
$$;

-- Grading ---------------------------------------------------------------------------
-- Trim and collapse whitespace runs to one space, keeping case (a
-- case-sensitive short answer); normalise_answer is this, lower-cased.
create function private.normalise_answer_keeping_case(answer text) returns text
language sql immutable set search_path = ''
as $$
  select regexp_replace(regexp_replace(answer, '^[[:space:]]+|[[:space:]]+$', '', 'g'),
                        '[[:space:]]+', ' ', 'g')
$$;

-- The points one answer earns: 0..points.
create function private.question_points(kind text, scoring text, case_sensitive boolean,
                                        points integer, correct jsonb, answer jsonb)
returns integer
language plpgsql immutable set search_path = ''
as $$
declare
  chosen text[];
  key_ids text[];
  right_count integer;
  wrong_count integer;
begin
  if kind = 'multiple_choice' and scoring = 'partial' then
    if jsonb_typeof(answer) is distinct from 'array'
       or jsonb_typeof(correct) is distinct from 'array' then
      return 0;
    end if;
    if exists (select 1 from jsonb_array_elements(answer) a where jsonb_typeof(a) <> 'string') then
      return 0;
    end if;
    select coalesce(array_agg(distinct a), '{}'::text[]) into chosen
      from jsonb_array_elements_text(answer) a;
    select coalesce(array_agg(distinct k), '{}'::text[]) into key_ids
      from jsonb_array_elements_text(correct) k;
    if cardinality(key_ids) = 0 then
      return 0;
    end if;
    select (count(*) filter (where c = any (key_ids)))::integer,
           (count(*) filter (where not (c = any (key_ids))))::integer
      into right_count, wrong_count
      from unnest(chosen) c;
    return (points * greatest(0, right_count - wrong_count)) / cardinality(key_ids);
  end if;
  if kind = 'short_answer' and case_sensitive then
    if jsonb_typeof(answer) is distinct from 'string' then
      return 0;
    end if;
    if exists (select 1 from jsonb_array_elements_text(correct) k
               where private.normalise_answer_keeping_case(k)
                     = private.normalise_answer_keeping_case(answer #>> '{}')) then
      return points;
    end if;
    return 0;
  end if;
  if private.answer_is_correct(kind, correct, answer) then
    return points;
  end if;
  return 0;
end
$$;

create or replace function private.grade_quiz(lesson_uuid uuid, answers jsonb,
                                              out score integer, out max_score integer)
language plpgsql stable security definer set search_path = ''
as $$
declare
  entry record;
  question uuid;
  wanted integer;
  v public.quiz_question_versions;
  key jsonb;
  answered uuid[] := '{}'::uuid[];
  current_count integer;
  score_sum bigint := 0;
  max_sum bigint := 0;
begin
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
    if question = any (answered) then
      raise exception 'answers: question % is answered twice', question using errcode = '22023';
    end if;
    answered := answered || question;
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
    max_sum := max_sum + v.points;
    score_sum := score_sum + private.question_points(v.kind, v.scoring, v.case_sensitive,
                                                     v.points, key, entry.value -> 'answer');
  end loop;
  if max_sum = 0 then
    raise exception 'an attempt must answer at least one question' using errcode = '22023';
  end if;
  answered := array(select a from unnest(answered) a order by a);
  if not exists (select 1 from private.quiz_question_sets s
                 where s.lesson_id = lesson_uuid
                   and s.digest = md5(answered::text)
                   and s.question_ids = answered) then
    select count(*) into current_count from public.quiz_questions q
      where q.lesson_id = lesson_uuid and q.is_active;
    raise exception 'an attempt must answer every question of the quiz, as it was shown; '
      'these % answers are not the whole quiz of lesson % (it has % questions now)',
      cardinality(answered), lesson_uuid, current_count using errcode = '22023';
  end if;
  if max_sum > 2147483647 then
    raise exception 'the questions of lesson % are worth % points together, more than a '
      'score can hold; ask the instructor to give each question at most 1000 points',
      lesson_uuid, max_sum using errcode = '22023';
  end if;
  score := score_sum::integer;
  max_score := max_sum::integer;
end
$$;

-- Feedback: the points each answer earned and the explanation ------------------------
-- From 20261203120000; its result gains points_awarded and explanation, so it
-- is dropped and created again (a function's result type cannot change).
drop function public.quiz_attempt_feedback(uuid);

create function public.quiz_attempt_feedback(attempt_id uuid)
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

revoke all on function private.normalise_answer_keeping_case(text),
  private.question_points(text, text, boolean, integer, jsonb, jsonb)
  from public, anon, authenticated;
revoke all on function public.quiz_attempt_feedback(uuid) from public, anon, authenticated;
grant execute on function public.quiz_attempt_feedback(uuid) to authenticated, service_role;
