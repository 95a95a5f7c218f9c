-- grade_quiz passes `supabase db lint --level warning`.
--
-- Its latest definition (20261203120000_quiz_whole_attempts_and_limits.sql)
-- initialises a uuid[] from the untyped literal '{}', which plpgsql_check
-- reads as text, for which uuid[] has no assignment cast.  The literal is
-- now cast to uuid[]; the value is the same, and nothing else changes.
-- Why the linter runs and why this file sits right after the one it mends:
-- 20261203100000_plpgsql_lint_clean.sql, 20261203130105_sync_lint_clean.sql.
-- CREATE OR REPLACE keeps its grants.

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
    max_score := max_score + v.points;
    if private.answer_is_correct(v.kind, key, entry.value -> 'answer') then
      score := score + v.points;
    end if;
  end loop;
  if max_score = 0 then
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
end
$$;
