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

-- Options: an array of {"id": text, "text": text} with distinct ids; [] for short answers.
create or replace function private.quiz_options_problem(kind text, options jsonb) returns text
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

-- Answer keys: a non-empty array of distinct strings, each an option id
-- unless the question is a short answer.
create or replace function private.quiz_key_problem(kind text, options jsonb, correct jsonb) returns text
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

-- What merging one progress op into a lesson's row gives: the merged row,
-- and whether the op was a duplicate (then merged is the row unchanged).
create type private.sync_progress_merge as (merged public.lesson_progress, duplicate boolean);

drop function private.sync_merge_progress(uuid, uuid, text, uuid, text, jsonb,
                                          public.lesson_progress);

-- Merge one progress op on `lesson` (its payload's lesson_id, already read)
-- into `cur` without writing lesson_progress (the ledger row of a time
-- increment is written: it decides "duplicate").
create function private.sync_merge_progress(uid uuid, lesson uuid, kind text, op_uuid uuid,
                                            op_hlc text, payload jsonb,
                                            cur public.lesson_progress)
returns private.sync_progress_merge
language plpgsql volatile security definer set search_path = ''
as $$
declare
  at timestamptz := private.sync_progress_at(kind, payload);
  merged public.lesson_progress := cur;
  entry record;
  seconds integer;
  counted boolean;
begin
  merged.last_accessed := greatest(cur.last_accessed, at);  -- greatest() skips nulls

  if kind = 'progress.section' then
    if jsonb_typeof(payload -> 'sections') is distinct from 'object' then
      raise exception 'payload.sections must be an object {"<key>": {"percent": n, ...}}'
        using errcode = '22023';
    end if;
    if op_hlc is null then
      raise exception 'progress.section needs the op''s hlc' using errcode = '22023';
    end if;
    for entry in select key, value from jsonb_each(payload -> 'sections') loop
      if char_length(entry.key) not between 1 and 200 or jsonb_typeof(entry.value) <> 'object' then
        raise exception 'section %: a key of 1 to 200 characters with an object value',
          left(entry.key, 40) using errcode = '22023';
      end if;
      merged.section_progress := jsonb_set(
        merged.section_progress, array[entry.key],
        private.sync_merge_section(
          merged.section_progress -> entry.key,
          entry.value || jsonb_build_object(
            'percent', private.sync_payload_int(entry.value, 'percent', 0, 100),
            'hlc', op_hlc)));
    end loop;
    merged.completion_percentage := greatest(cur.completion_percentage,
      private.sync_payload_int(payload, 'lesson_percent', 0, 100, false));

  elsif kind = 'progress.time' then
    seconds := private.sync_payload_int(payload, 'seconds', 1, 86400);
    insert into public.lesson_time_ledger (user_id, op_id, lesson_id, seconds)
    values (uid, op_uuid, lesson, seconds)
    on conflict (user_id, op_id) do nothing
    returning true into counted;
    if counted is null then
      -- Already counted (a restored copy replaying under a new device id).
      return row(cur, true)::private.sync_progress_merge;
    end if;
    merged.time_spent_seconds := cur.time_spent_seconds + seconds;

  elsif kind = 'progress.complete' then
    merged.completion_percentage := 100;
    merged.completed_at := least(cur.completed_at, coalesce(at, now()));  -- earliest
  end if;  -- progress.open: last_accessed only
  return row(merged, false)::private.sync_progress_merge;
end
$$;

revoke all on function
  private.sync_merge_progress(uuid, uuid, text, uuid, text, jsonb, public.lesson_progress)
  from public, anon, authenticated;
