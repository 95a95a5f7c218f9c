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

create schema if not exists private;
revoke all on schema private from public;
comment on schema private is
  'Server-internal functions of Lantern; not exposed through the API.';

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
  updated_at timestamptz not null default now()
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
  primary key (question_id, version)
);
create index idx_quiz_question_versions_lesson on public.quiz_question_versions (lesson_id);

-- Options must be what the client renders and what keys refer to: an array
-- of {"id": text, "text": text} with distinct ids; [] for short answers.
create function private.quiz_options_problem(kind text, options jsonb) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  opt jsonb;
  ids text[] := '{}';
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

-- Before insert/update: validate, and set the version.  A change to what the
-- learner sees or is graded on (kind, prompt, options, points) makes a new
-- version; moving or (de)activating a question does not.
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
    if (new.kind, new.prompt, new.options, new.points)
       is distinct from (old.kind, old.prompt, old.options, old.points) then
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
      (question_id, version, lesson_id, kind, prompt, options, points)
    values (new.id, new.version, new.lesson_id, new.kind, new.prompt, new.options, new.points)
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
  private.quiz_questions_before_write(), private.quiz_questions_after_write()
  from public, anon, authenticated;
revoke all on function public.can_manage_lesson_quiz(uuid) from public, anon, authenticated;
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
revoke all on public.quiz_questions, public.quiz_question_versions
  from public, anon, authenticated, service_role;
grant select on public.quiz_questions, public.quiz_question_versions to anon, authenticated;
grant insert (id, lesson_id, position, kind, prompt, options, points, is_active)
  on public.quiz_questions to authenticated;
grant update (position, kind, prompt, options, points, is_active)
  on public.quiz_questions to authenticated;
grant all on public.quiz_questions, public.quiz_question_versions to service_role;
