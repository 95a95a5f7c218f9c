-- Assessed quiz keys can no longer be recovered through grading (issue #12,
-- item 3).
--
-- Before: submit_quiz_attempt graded any non-empty subset of a quiz's
-- questions, as often as a learner liked, and returned the score.  Answering
-- one choice question at a time, a score of 0 or 1 told the key in at most
-- (options - 1) attempts.  Now:
--
-- * Whole attempts only.  Every time the active questions of a lesson change
--   (a statement on quiz_questions), the set of their ids is recorded in
--   private.quiz_question_sets.  An attempt must answer exactly the questions
--   of one recorded set (the quiz as it stood at some time, so an attempt
--   taken offline against an older quiz still grades), each at a version the
--   server keeps.  Anything else is refused (22023) with the reason; nothing
--   is graded.
-- * Assessed quizzes have an attempt limit and a grading rule, set by the
--   instructor in the course package and stored on the lesson:
--   lessons.quiz_max_attempts (1..100, default 3), lessons.quiz_grading
--   ('best' or 'last', default 'best') and lessons.quiz_feedback (per-question
--   feedback once the quiz is closed for the learner; default false).  A quiz
--   is closed for a learner once one of their counted attempts passed or they
--   used every attempt.  Practice quizzes (whose key is on the learner's
--   computer anyway) stay unlimited.
-- * An attempt that arrives when the quiz is closed (taken offline, say) is
--   still stored, never dropped: quiz_attempts.counted = false, score and
--   is_passed null (it is not graded at all, so it tells nothing about the
--   key), no points, no achievements.  attempt_number is the order in which
--   the server received the learner's attempts at the lesson.
-- * public.quiz_standing(lesson_id) tells the caller where they stand:
--   attempts used and allowed, the rule, the grade under the rule, passed,
--   closed.  public.quiz_attempt_feedback(attempt_id) gives per-question
--   right/wrong for the caller's own graded attempt: for practice quizzes at
--   any time, for assessed ones only when the quiz is closed for them and
--   the lesson allows feedback.  Neither ever returns an answer key.
--
-- The lock taken by private.lock_rewards serialises a learner's submissions,
-- so two attempts sent at once cannot both be the last allowed one.

-- The quiz settings -----------------------------------------------------------
alter table public.lessons
  add column quiz_max_attempts integer not null default 3
    check (quiz_max_attempts between 1 and 100),
  add column quiz_grading text not null default 'best'
    check (quiz_grading in ('best', 'last')),
  add column quiz_feedback boolean not null default false;

comment on column public.lessons.quiz_max_attempts is
  'Assessed quizzes: counted attempts a learner has (practice quizzes are unlimited).';
comment on column public.lessons.quiz_grading is
  'Assessed quizzes: which counted attempt is the grade, the best or the last.';
comment on column public.lessons.quiz_feedback is
  'Assessed quizzes: may a learner see which answers were right once the quiz is closed for them?';

grant insert (quiz_max_attempts, quiz_grading, quiz_feedback) on public.lessons to authenticated;
grant update (quiz_max_attempts, quiz_grading, quiz_feedback) on public.lessons to authenticated;

-- Attempts that count and attempts that do not ---------------------------------
alter table public.quiz_attempts
  alter column score drop not null,
  add column counted boolean not null default true,
  add column attempt_number integer check (attempt_number > 0);

alter table public.quiz_attempts
  add constraint quiz_attempts_counted_has_score check (counted = (score is not null));

update public.quiz_attempts a set attempt_number = n.number
  from (select id, row_number() over (partition by user_id, lesson_id
                                      order by graded_at, completed_at, id) as number
        from public.quiz_attempts) n
  where n.id = a.id;

alter table public.quiz_attempts alter column attempt_number set not null;

-- Rows written by the server side directly (the service role) get their number too.
create function private.quiz_attempt_number() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.attempt_number is null then
    select coalesce(max(a.attempt_number), 0) + 1 into new.attempt_number
      from public.quiz_attempts a
      where a.user_id = new.user_id and a.lesson_id = new.lesson_id;
  end if;
  return new;
end
$$;

create trigger quiz_attempt_number before insert on public.quiz_attempts
  for each row execute function private.quiz_attempt_number();

comment on column public.quiz_attempts.counted is
  'false: the attempt arrived after the quiz was closed for the learner (passed, or out of '
  'attempts); it is kept but not graded, and score and is_passed are null.';

-- The question sets a quiz has had ------------------------------------------------
create table private.quiz_question_sets (
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  question_ids uuid[] not null,  -- sorted, distinct
  digest text not null,  -- md5(question_ids::text), for the unique index
  recorded_at timestamptz not null default now(),
  primary key (lesson_id, digest)
);

create function private.record_quiz_question_sets(lesson_uuids uuid[]) returns void
language sql volatile security definer set search_path = ''
as $$
  insert into private.quiz_question_sets (lesson_id, question_ids, digest)
  select s.lesson_id, s.ids, md5(s.ids::text)
    from (select q.lesson_id, array_agg(q.id order by q.id) as ids
          from public.quiz_questions q
          where q.lesson_id = any (lesson_uuids) and q.is_active
          group by q.lesson_id) s
  on conflict (lesson_id, digest) do nothing
$$;

create function private.quiz_questions_record_sets() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.record_quiz_question_sets(
    (select coalesce(array_agg(distinct c.lesson_id), '{}') from changed c));
  return null;
end
$$;

create trigger quiz_questions_record_sets_insert
  after insert on public.quiz_questions
  referencing new table as changed
  for each statement execute function private.quiz_questions_record_sets();
create trigger quiz_questions_record_sets_update
  after update on public.quiz_questions
  referencing new table as changed
  for each statement execute function private.quiz_questions_record_sets();

select private.record_quiz_question_sets(array(select distinct lesson_id
                                               from public.quiz_questions));

-- Grading: whole attempts only ------------------------------------------------------
-- Same signature and rules as 20261125130500; new: the answered questions must
-- be one of the lesson's recorded question sets.
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
  answered uuid[] := '{}';
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

-- Where a learner stands on one lesson's quiz.
create function private.quiz_standing(user_uuid uuid, lesson_uuid uuid)
returns jsonb
language sql stable security definer set search_path = ''
as $$
  with lesson as (
    select l.quiz_mode, l.quiz_max_attempts, l.quiz_grading, l.quiz_feedback
    from public.lessons l where l.id = lesson_uuid),
  counted as (
    select a.score, a.max_score, a.is_passed, a.attempt_number
    from public.quiz_attempts a
    where a.user_id = user_uuid and a.lesson_id = lesson_uuid and a.counted),
  graded as (
    select c.* from counted c, lesson l
    order by case when l.quiz_grading = 'last' then c.attempt_number::numeric
                  else c.score::numeric / c.max_score end desc,
             c.attempt_number desc
    limit 1),
  facts as (
    select l.*, (select count(*) from counted)::integer as used,
           coalesce((select bool_or(c.is_passed) from counted c), false) as passed
    from lesson l)
  select jsonb_build_object(
    'quiz_mode', f.quiz_mode,
    'attempts_used', f.used,
    'attempts_allowed', case when f.quiz_mode = 'assessed' then f.quiz_max_attempts end,
    'grading', f.quiz_grading,
    'score', (select g.score from graded g),
    'max_score', (select g.max_score from graded g),
    'passed', f.passed,
    'closed', f.quiz_mode = 'assessed' and (f.passed or f.used >= f.quiz_max_attempts),
    'feedback', f.quiz_mode = 'practice'
                or (f.quiz_feedback and (f.passed or f.used >= f.quiz_max_attempts)))
  from facts f
$$;

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
  if stored.counted and stored.is_passed then
    perform private.award_points(caller, 'quiz_passed', stored.lesson_id,
                                 private.points_for('quiz_passed'));
  end if;
  perform private.award_achievements(caller);
  return stored;
end
$$;

create function public.quiz_standing(lesson_id uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  if auth.uid() is null then
    raise exception 'sign in to see your quiz attempts' using errcode = '42501';
  end if;
  if not public.can_read_lesson_content(quiz_standing.lesson_id) then
    raise exception 'you may not take the quiz of lesson %', quiz_standing.lesson_id
      using errcode = '42501';
  end if;
  return private.quiz_standing(auth.uid(), quiz_standing.lesson_id);
end
$$;

create function public.quiz_attempt_feedback(attempt_id uuid)
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

revoke all on function private.quiz_attempt_number(), private.record_quiz_question_sets(uuid[]),
  private.quiz_questions_record_sets(), private.quiz_standing(uuid, uuid)
  from public, anon, authenticated;
revoke all on function public.quiz_standing(uuid), public.quiz_attempt_feedback(uuid)
  from public, anon, authenticated;
grant execute on function public.quiz_standing(uuid), public.quiz_attempt_feedback(uuid)
  to authenticated, service_role;
revoke all on private.quiz_question_sets from public, anon, authenticated;
