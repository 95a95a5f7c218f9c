-- A learner's time totals saturate at the column's maximum instead of
-- overflowing (issue #12, hardening; the class of item 4).
--
-- lesson_progress.time_spent_seconds is an integer.  The learner writes it
-- on their own row through the API (insert/update column grants of
-- 20261125120900), and every progress.time op of sync_push adds its seconds
-- (1..86400) to it in private.sync_merge_progress.  A total near
-- 2,147,483,647 -- set by the learner, or reached by pushing -- made that sum
-- fail with "integer out of range": the op was rejected, and so was every
-- later time op of the lesson, for ever, and in the fast path the whole
-- batch had to be run again op by op.  Now the sum is taken in bigint and
-- capped at the integer maximum; the ledger (lesson_time_ledger) still keeps
-- each op's seconds, so nothing is forgotten.
--
-- The other sums of learner-controlled numbers were looked for: points
-- (private.award_points, saturating since 20261203110200) and quiz scores
-- (grade_quiz, bigint since 20261203140000) are the server's own amounts;
-- streak_days grows by one a day on the server clock; attempt_number counts
-- the learner's own attempts (at most one a request); time_taken_seconds,
-- percentages and section percents are stored or compared, never summed.
--
-- sync_merge_progress is its latest definition
-- (20261203100000_plpgsql_lint_clean.sql) with only that sum changed.
-- CREATE OR REPLACE keeps its (revoked) grants.

create or replace function private.sync_merge_progress(uid uuid, lesson uuid, kind text, op_uuid uuid,
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
    -- Saturates: the learner may set their own total near the top through
    -- the API, and a sum past it would reject every later time op.
    merged.time_spent_seconds := least(cur.time_spent_seconds::bigint + seconds,
                                       2147483647)::integer;

  elsif kind = 'progress.complete' then
    merged.completion_percentage := 100;
    merged.completed_at := least(cur.completed_at, coalesce(at, now()));  -- earliest
  end if;  -- progress.open: last_accessed only
  return row(merged, false)::private.sync_progress_merge;
end
$$;
