-- Quiz question points are bounded, and a quiz's score sums never overflow
-- (issue #12, item 4, for quizzes; the badges were 20261203110200).
--
-- quiz_questions.points and quiz_question_versions.points were only "> 0":
-- two questions worth 2,147,483,647 points made private.grade_quiz's
-- `max_score + v.points` fail with "integer out of range" on every
-- submission of that quiz, so an instructor could stop learners from ever
-- submitting it.
--
-- * Every question is worth 1..1000 points, in the current row and in every
--   version (the same bound as a badge).  The course package parser applies
--   it too (desktop/course_package/quiz.py MAX_QUESTION_POINTS), so `lantern
--   check` reports it with its line before publishing.
-- * grade_quiz adds in bigint.  An attempt answers at most 500 questions, so
--   within the bound a score is at most 500,000; a total beyond the integer
--   range (impossible while the constraints hold) is refused with a sentence
--   instead of a bare "integer out of range".
--
-- The other sums over what instructors write were checked: lessons.order_index,
-- quiz_questions.position, durations and attempt limits are stored and
-- compared, never added up on the server (quiz_max_attempts is 1..100; the
-- attempt number counts the learner's own attempts).  The client derives a
-- course's estimated hours from the lessons' minutes; that sum is capped at
-- the integer range in desktop/course_package/loader.py.
--
-- grade_quiz starts from its latest definition
-- (20261203120105_grade_quiz_lint_clean.sql); only the two sums and the
-- final range check change.  CREATE OR REPLACE keeps its grants.

alter table public.quiz_questions
  add constraint quiz_questions_points_bounded check (points between 1 and 1000);
alter table public.quiz_question_versions
  add constraint quiz_question_versions_points_bounded check (points between 1 and 1000);

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
    if private.answer_is_correct(v.kind, key, entry.value -> 'answer') then
      score_sum := score_sum + v.points;
    end if;
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
