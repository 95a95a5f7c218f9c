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
  primary key (question_id, version),
  foreign key (question_id, version)
    references public.quiz_question_versions (question_id, version) on delete cascade
);

-- Why a key does not fit its question version (null when it does).
create function private.quiz_key_problem(kind text, options jsonb, correct jsonb) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  item jsonb;
  seen text[] := '{}';
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
create function private.quiz_carry_key_forward() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  old_key jsonb;
begin
  if new.version > 1 then
    select k.correct into old_key from public.quiz_answer_keys k
      where k.question_id = new.question_id and k.version = new.version - 1;
    if old_key is not null
       and private.quiz_key_problem(new.kind, new.options, old_key) is null then
      insert into public.quiz_answer_keys (question_id, version, correct)
        values (new.question_id, new.version, old_key)
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
  private.quiz_answer_keys_before_write(), private.quiz_carry_key_forward()
  from public, anon, authenticated;
revoke all on function public.can_read_answer_key(uuid), public.can_manage_question(uuid)
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
grant insert (question_id, version, correct), update (correct), delete
  on public.quiz_answer_keys to authenticated;
grant all on public.quiz_answer_keys to service_role;
