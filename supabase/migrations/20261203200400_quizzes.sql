-- Lantern's database, part 5 of 8 (quizzes).
--
-- Quiz questions and their versions, answer keys, question sets,
-- server-side grading (submit_quiz_attempt) and the rules of assessed
-- quizzes.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- ----------------------------------------------------------------------------
-- Quiz questions with every version kept (issue #2, "Questions are versioned").
--
-- * quiz_questions: the current version of each question.  Its id is the
--   question's stable identity across edits; `version` is maintained by a
--   trigger (clients cannot set it).
-- * quiz_question_versions: every version ever published, never updated or
--   deleted through the API.  An attempt names the versions the learner
--   actually answered and is graded against them, so an attempt taken offline
--   still grades after the instructor edits or deactivates the question.
-- * Questions are never deleted through the API (no DELETE grant): an
--   instructor deactivates them (is_active = false), so no pending offline
--   attempt can point at a vanished question.
-- * Reading follows lesson bodies: can_read_lesson_content(lesson_id).
--   Writing: the course's instructor or an admin (can_manage_lesson_quiz).
-- * The answer keys live apart, in quiz_answer_keys (next migration), so RLS
--   can hand practice keys out and keep assessed keys on the server.

create table public.quiz_questions (
  id uuid primary key default gen_random_uuid(),
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  position integer not null default 0,
  kind text not null check (kind in ('single_choice', 'multiple_choice', 'short_answer')),
  prompt text not null check (char_length(prompt) > 0),
  options jsonb not null default '[]',
  points integer not null default 1 check (points > 0),
  version integer not null default 1 check (version > 0),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  key_exposed boolean not null default false,
  scoring text not null default 'all_or_nothing'
    check (scoring in ('all_or_nothing', 'partial')),
  case_sensitive boolean not null default false,
  constraint quiz_questions_points_bounded check (points between 1 and 1000),
  constraint quiz_questions_partial_is_multiple_choice
    check (scoring = 'all_or_nothing' or kind = 'multiple_choice'),
  constraint quiz_questions_case_is_short_answer
    check (not case_sensitive or kind = 'short_answer')
);

create index idx_quiz_questions_lesson on public.quiz_questions (lesson_id, position);

create table public.quiz_question_versions (
  question_id uuid not null references public.quiz_questions (id) on delete cascade,
  version integer not null check (version > 0),
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  kind text not null check (kind in ('single_choice', 'multiple_choice', 'short_answer')),
  prompt text not null,
  options jsonb not null,
  points integer not null check (points > 0),
  created_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  scoring text not null default 'all_or_nothing'
    check (scoring in ('all_or_nothing', 'partial')),
  case_sensitive boolean not null default false,
  primary key (question_id, version),
  constraint quiz_question_versions_points_bounded check (points between 1 and 1000),
  constraint quiz_question_versions_partial_is_multiple_choice
    check (scoring = 'all_or_nothing' or kind = 'multiple_choice'),
  constraint quiz_question_versions_case_is_short_answer
    check (not case_sensitive or kind = 'short_answer')
);

create index idx_quiz_question_versions_lesson on public.quiz_question_versions (lesson_id);

-- The quiz checks and the progress merge pass `supabase db lint --level warning`.
--
-- CI applies the migrations with the real Supabase CLI and runs its linter
-- (plpgsql_check) on them: tests/db/test_supabase_cli.py fails on any
-- warning.  It reported 12 on the 37 migrations of 2026-11-25, none of them
-- a wrong result.  This file mends 3 of them; the other 9 are in
-- sync_run_ops and sync_pull, which were redefined later, so
-- 20261203130105_sync_lint_clean.sql mends them (and one more the new
-- sync_run_ops brought), and 20261203120105_grade_quiz_lint_clean.sql the
-- one of the new grade_quiz:
-- * quiz_options_problem and quiz_key_problem initialise a text[] from the
--   untyped literal '{}', which plpgsql_check reads as text, for which
--   text[] has no assignment cast.  The literal is now cast to text[]; the
--   value is the same.
-- * sync_merge_progress returned a row type among several OUT parameters
--   ("composite OUT variable is not single argument").  It now returns one
--   composite, private.sync_progress_merge (merged, duplicate); its callers
--   read step.merged and step.duplicate from it as before.  A new result
--   type needs a drop and a create, and the create its revoke again.
--
-- Each function is otherwise its latest definition: quiz_options_problem
-- from 20261125130000_quiz_questions.sql, quiz_key_problem from
-- 20261125130100_quiz_answer_keys.sql, sync_merge_progress from
-- 20261125170000_sync_push_coalesced_progress.sql.  CREATE OR REPLACE keeps
-- the quiz checks' grants.

-- Options must be what the client renders and what keys refer to: an array
-- of {"id": text, "text": text} with distinct ids; [] for short answers.
-- Options: an array of {"id": text, "text": text} with distinct ids; [] for short answers.
create function private.quiz_options_problem(kind text, options jsonb) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  opt jsonb;
  ids text[] := '{}'::text[];
begin
  if jsonb_typeof(options) is distinct from 'array' then
    return 'options must be a JSON array';
  end if;
  if kind = 'short_answer' then
    if jsonb_array_length(options) <> 0 then
      return 'a short_answer question has no options ([])';
    end if;
    return null;
  end if;
  if jsonb_array_length(options) < 2 then
    return 'a choice question needs at least two options';
  end if;
  for opt in select value from jsonb_array_elements(options) loop
    if jsonb_typeof(opt) <> 'object'
       or jsonb_typeof(opt -> 'id') is distinct from 'string'
       or jsonb_typeof(opt -> 'text') is distinct from 'string'
       or char_length(opt ->> 'id') = 0 then
      return 'each option must be {"id": text, "text": text} with a non-empty id';
    end if;
    if (opt ->> 'id') = any (ids) then
      return format('option id %s appears twice', opt ->> 'id');
    end if;
    ids := ids || (opt ->> 'id');
  end loop;
  return null;
end
$$;

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

-- Before insert/update: validate, and set the version.  A change to what the
-- learner sees or is graded on (kind, prompt, options, points) makes a new
-- version; moving or (de)activating a question does not.
-- Versions ----------------------------------------------------------------------
-- From 20261125130000; scoring and case_sensitive join the columns that make
-- a new version.
create function private.quiz_questions_before_write() returns trigger
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

-- After insert/update: snapshot a new version (earlier ones stay untouched).
create function private.quiz_questions_after_write() returns trigger
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

create trigger quiz_questions_before_write
  before insert or update on public.quiz_questions
  for each row execute function private.quiz_questions_before_write();

create trigger quiz_questions_after_write
  after insert or update on public.quiz_questions
  for each row execute function private.quiz_questions_after_write();

-- Policy helper: may the caller manage this lesson's quiz (teaches the
-- course, or is an admin)?  SECURITY DEFINER so the lookup of the lesson's
-- course does not depend on the RLS of lessons.
create function public.can_manage_lesson_quiz(lesson_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(
    (select public.can_manage_course(l.course_id) from public.lessons l where l.id = lesson_uuid),
    false)
$$;

revoke all on function private.quiz_options_problem(text, jsonb),
  private.quiz_questions_before_write(), private.quiz_questions_after_write(),
  public.can_manage_lesson_quiz(uuid)
  from public, anon, authenticated;
grant execute on function public.can_manage_lesson_quiz(uuid) to anon, authenticated, service_role;
alter table public.quiz_questions enable row level security;
alter table public.quiz_question_versions enable row level security;

create policy "Quiz questions readable with the lesson body" on public.quiz_questions
  for select to anon, authenticated
  using (public.can_read_lesson_content(lesson_id));

create policy "Instructors add questions to their lessons" on public.quiz_questions
  for insert to authenticated
  with check (public.can_manage_lesson_quiz(lesson_id));

create policy "Instructors edit questions of their lessons" on public.quiz_questions
  for update to authenticated
  using (public.can_manage_lesson_quiz(lesson_id))
  with check (public.can_manage_lesson_quiz(lesson_id));

create policy "Question versions readable with the lesson body" on public.quiz_question_versions
  for select to anon, authenticated
  using (public.can_read_lesson_content(lesson_id));

-- Explicit grants, after revoking whatever old default grants gave.
revoke all on public.quiz_questions from public, anon, authenticated, service_role;

-- Explicit grants, after revoking whatever old default grants gave.
revoke all on public.quiz_question_versions from public, anon, authenticated, service_role;
grant select on public.quiz_questions, public.quiz_question_versions to anon, authenticated;
grant insert (id, lesson_id, position, kind, prompt, options, points, is_active) on
  public.quiz_questions
  to authenticated;
grant update (position, kind, prompt, options, points, is_active) on public.quiz_questions
  to authenticated;
grant all on public.quiz_questions, public.quiz_question_versions to service_role;

-- ----------------------------------------------------------------------------
-- Answer keys, one per question version, kept apart from the questions so RLS
-- can tell the two quiz kinds apart (issue #2):
-- * practice lessons: a learner who may read the lesson may download the key
--   (instant feedback offline);
-- * assessed lessons: the key never leaves the server, not even to an
--   enrolled learner; submit_quiz_attempt grades on the server.
-- The course's instructor and admins read and write every key of their
-- courses.  `correct` is a JSON array: option ids for single/multiple choice
-- (exactly one for single choice), accepted answers for short answers.
--
-- When an edit makes a new question version, the previous key is carried
-- forward if it still fits (a typo fix needs no re-keying); the instructor
-- replaces it when the meaning changed.

create table public.quiz_answer_keys (
  question_id uuid not null,
  version integer not null,
  correct jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  explanation text
    check (explanation is null or char_length(explanation) between 1 and 2000),
  primary key (question_id, version),
  foreign key (question_id, version)
    references public.quiz_question_versions (question_id, version) on delete cascade
);

-- Why a key does not fit its question version (null when it does).
-- Answer keys: a non-empty array of distinct strings, each an option id
-- unless the question is a short answer.
create function private.quiz_key_problem(kind text, options jsonb, correct jsonb) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  item jsonb;
  seen text[] := '{}'::text[];
  option_ids text[];
begin
  if jsonb_typeof(correct) is distinct from 'array' or jsonb_array_length(correct) = 0 then
    return 'the key must be a non-empty JSON array';
  end if;
  select coalesce(array_agg(o ->> 'id'), '{}') into option_ids
    from jsonb_array_elements(options) o;
  for item in select value from jsonb_array_elements(correct) loop
    if jsonb_typeof(item) <> 'string' then
      return 'every entry of the key must be a string';
    end if;
    if (item #>> '{}') = any (seen) then
      return format('%s appears twice in the key', item #>> '{}');
    end if;
    seen := seen || (item #>> '{}');
    if kind <> 'short_answer' and not ((item #>> '{}') = any (option_ids)) then
      return format('%s is not an option of this question', item #>> '{}');
    end if;
  end loop;
  if kind = 'single_choice' and jsonb_array_length(correct) <> 1 then
    return 'a single_choice key names exactly one option';
  end if;
  return null;
end
$$;

create function private.quiz_answer_keys_before_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  v public.quiz_question_versions;
  problem text;
begin
  select * into v from public.quiz_question_versions
    where question_id = new.question_id and version = new.version;
  if found then  -- a missing version is reported by the foreign key
    problem := private.quiz_key_problem(v.kind, v.options, new.correct);
    if problem is not null then
      raise exception 'answer key of question % version %: %', new.question_id, new.version,
        problem using errcode = 'check_violation';
    end if;
  end if;
  if tg_op = 'UPDATE' then
    new.question_id := old.question_id;
    new.version := old.version;
    new.created_at := old.created_at;
    new.updated_at := now();
  end if;
  return new;
end
$$;

create trigger quiz_answer_keys_before_write
  before insert or update on public.quiz_answer_keys
  for each row execute function private.quiz_answer_keys_before_write();

-- Carry the previous version's key forward when it still fits the new one.
-- From 20261125130100; the explanation is carried forward with the key.
create function private.quiz_carry_key_forward() returns trigger
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

create trigger quiz_question_versions_carry_key
  after insert on public.quiz_question_versions
  for each row execute function private.quiz_carry_key_forward();

-- Policy helper: may the caller read this question's keys?  Practice lessons
-- they may read, or lessons they manage.  Never an assessed key otherwise.
create function public.can_read_answer_key(question_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((
    select (l.quiz_mode = 'practice' and public.can_read_lesson_content(l.id))
           or public.can_manage_course(l.course_id)
    from public.quiz_questions q
    join public.lessons l on l.id = q.lesson_id
    where q.id = question_uuid), false)
$$;

create function public.can_manage_question(question_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(
    (select public.can_manage_lesson_quiz(q.lesson_id) from public.quiz_questions q
     where q.id = question_uuid), false)
$$;

revoke all on function private.quiz_key_problem(text, jsonb, jsonb),
  private.quiz_answer_keys_before_write(), private.quiz_carry_key_forward(),
  public.can_read_answer_key(uuid), public.can_manage_question(uuid)
  from public, anon, authenticated;
grant execute on function public.can_read_answer_key(uuid), public.can_manage_question(uuid)
  to anon, authenticated, service_role;
alter table public.quiz_answer_keys enable row level security;

create policy "Practice keys for readers, every key for the course's managers"
  on public.quiz_answer_keys for select to anon, authenticated
  using (public.can_read_answer_key(question_id));

create policy "Instructors add keys to their questions" on public.quiz_answer_keys
  for insert to authenticated
  with check (public.can_manage_question(question_id));

create policy "Instructors fix keys of their questions" on public.quiz_answer_keys
  for update to authenticated
  using (public.can_manage_question(question_id))
  with check (public.can_manage_question(question_id));

create policy "Instructors remove keys of their questions" on public.quiz_answer_keys
  for delete to authenticated
  using (public.can_manage_question(question_id));

revoke all on public.quiz_answer_keys from public, anon, authenticated, service_role;
grant select on public.quiz_answer_keys to anon, authenticated;
grant insert (question_id, version, correct), update (correct), delete on public.quiz_answer_keys
  to authenticated;
grant all on public.quiz_answer_keys to service_role;

-- ----------------------------------------------------------------------------
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

-- grade_quiz passes `supabase db lint --level warning`.
--
-- Its latest definition (20261203120000_quiz_whole_attempts_and_limits.sql)
-- initialises a uuid[] from the untyped literal '{}', which plpgsql_check
-- reads as text, for which uuid[] has no assignment cast.  The literal is
-- now cast to uuid[]; the value is the same, and nothing else changes.
-- Why the linter runs and why this file sits right after the one it mends:
-- 20261203100000_plpgsql_lint_clean.sql, 20261203130105_sync_lint_clean.sql.
-- CREATE OR REPLACE keeps its grants.

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

-- Grade `answers` for `lesson_uuid`; raises 22023 with a clear message when
-- the attempt cannot be graded.
-- Grading: whole attempts only ------------------------------------------------------
-- Same signature and rules as 20261125130500; new: the answered questions must
-- be one of the lesson's recorded question sets.
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

revoke all on function private.normalise_answer(text),
  private.answer_is_correct(text, jsonb, jsonb), private.grade_quiz(uuid, jsonb),
  public.submit_quiz_attempt(uuid, uuid, jsonb, integer, timestamptz)
  from public, anon, authenticated;
grant execute on function public.submit_quiz_attempt(uuid, uuid, jsonb, integer, timestamptz)
  to authenticated, service_role;
comment on column public.lessons.quiz_max_attempts is
  'Assessed quizzes: counted attempts a learner has (practice quizzes are unlimited).';
comment on column public.lessons.quiz_grading is
  'Assessed quizzes: which counted attempt is the grade, the best or the last.';
comment on column public.lessons.quiz_feedback is
  'Assessed quizzes: may a learner see which answers were right once the quiz is closed for them?';
grant insert (quiz_max_attempts, quiz_grading, quiz_feedback) on public.lessons to authenticated;
grant update (quiz_max_attempts, quiz_grading, quiz_feedback) on public.lessons to authenticated;

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

revoke all on function private.quiz_attempt_number(), private.record_quiz_question_sets(uuid[]),
  private.quiz_questions_record_sets(), private.quiz_standing(uuid, uuid),
  public.quiz_standing(uuid)
  from public, anon, authenticated;
grant execute on function public.quiz_standing(uuid) to authenticated, service_role;
revoke all on private.quiz_question_sets from public, anon, authenticated;

-- ----------------------------------------------------------------------------
-- Switching a quiz from practice to assessed needs new questions (issue #12,
-- item 7).
--
-- Before: setting lessons.quiz_mode from 'practice' to 'assessed' only
-- tombstoned the keys (20261125140100_sync_tombstones.sql), but every learner
-- who had pulled the practice quiz kept its answer keys, and the assessed
-- quiz went on grading against those same keys.  Now:
--
-- * quiz_questions.key_exposed records that a question's answer key could be
--   downloaded: it is set when the question is written while its lesson is
--   practice, and for every question of a lesson switched to practice.  It
--   never goes back to false, and clients cannot write it.
-- * A lesson cannot become assessed while it has an active question whose key
--   was exposed, and an assessed lesson cannot get (or reactivate) such a
--   question: both are refused (23514) with the reason.  The instructor
--   retires the old questions and publishes new ones (new ids in the package;
--   `lantern publish` checks this before it uploads anything).

comment on column public.quiz_questions.key_exposed is
  'Was this question ever in a practice quiz, whose answer keys learners download?  Such a '
  'question cannot be active in an assessed quiz.';

create function private.quiz_question_exposure() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  mode text;
begin
  select l.quiz_mode into mode from public.lessons l where l.id = new.lesson_id;
  new.key_exposed := (tg_op = 'UPDATE' and old.key_exposed) or mode = 'practice';
  if mode = 'assessed' and new.is_active and new.key_exposed then
    raise exception 'quiz question % was in a practice quiz, whose answer keys learners '
      'downloaded, so it cannot be asked in an assessed quiz; add a new question (a new id) '
      'instead', new.id using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create trigger quiz_questions_exposure
  before insert or update on public.quiz_questions
  for each row execute function private.quiz_question_exposure();

create function private.lesson_quiz_mode_switch() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  exposed integer;
begin
  if tg_when = 'BEFORE' then
    if old.quiz_mode = 'practice' and new.quiz_mode = 'assessed' then
      select count(*) into exposed from public.quiz_questions q
        where q.lesson_id = new.id and q.is_active and q.key_exposed;
      if exposed > 0 then
        raise exception 'lesson % cannot become assessed: learners downloaded the answer keys '
          'of its % practice questions; retire them and add new questions (new ids)',
          new.id, exposed using errcode = 'check_violation';
      end if;
    end if;
    return new;
  end if;
  if old.quiz_mode = 'assessed' and new.quiz_mode = 'practice' then
    update public.quiz_questions q set key_exposed = true
      where q.lesson_id = new.id and not q.key_exposed;
  end if;
  return null;
end
$$;

create trigger lesson_quiz_mode_switch_check
  before update of quiz_mode on public.lessons
  for each row execute function private.lesson_quiz_mode_switch();

create trigger lesson_quiz_mode_switch_expose
  after update of quiz_mode on public.lessons
  for each row execute function private.lesson_quiz_mode_switch();

revoke all on function private.quiz_question_exposure(), private.lesson_quiz_mode_switch()
  from public, anon, authenticated;
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

-- ----------------------------------------------------------------------------
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

revoke all on function private.quiz_attempts_count_current_set() from public, anon, authenticated;

create trigger quiz_attempts_count_current_set
  before insert on public.quiz_attempts
  for each row execute function private.quiz_attempts_count_current_set();

comment on column public.quiz_questions.scoring is
  'multiple_choice: all_or_nothing, or partial (floor(points * max(0, right - wrong) / key size)).';
comment on column public.quiz_questions.case_sensitive is
  'short_answer: true when an answer must match an accepted one in case too.';
comment on column public.quiz_answer_keys.explanation is
  'Why the answer is right; shown with the feedback, so it is as secret as the key.';
grant insert (scoring, case_sensitive), update (scoring, case_sensitive) on public.quiz_questions
  to authenticated;
grant insert (explanation), update (explanation) on public.quiz_answer_keys to authenticated;

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

revoke all on function private.normalise_answer_keeping_case(text),
  private.question_points(text, text, boolean, integer, jsonb, jsonb),
  public.quiz_attempt_feedback(uuid)
  from public, anon, authenticated;
grant execute on function public.quiz_attempt_feedback(uuid) to authenticated, service_role;
