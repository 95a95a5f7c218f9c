-- sync_push writes each lesson's progress row once per run of progress ops.
--
-- A learner studying offline queues many small progress ops on few lessons:
-- a time increment every minute or so, section updates, an open, a
-- completion.  The first sync_push (20261125140400) wrote lesson_progress
-- once per op, so a batch of 250 ops on 20 lessons ran the row's triggers
-- (row_txid stamp, updated_at, keep_completion, and the reward trigger
-- with its profile lock, streak update and enrollment refresh) 250 times,
-- and the access check and row lock 250 times too.  Measured on a 2-core
-- machine that was about 3,100 pushed ops/s; issue #4 asks for 5,000.
--
-- Every progress merge rule is a fold that can be applied in memory first:
-- completion = greatest, time = sum of new ledger increments, sections
-- merged per key, completed_at = earliest, last_accessed = greatest.  So
-- in the fast run (private.sync_run_ops with isolate = false):
-- * a run of consecutive progress ops keeps each touched lesson's row in
--   memory: the row is fetched, access-checked and locked once (first op
--   of that lesson in the run), every op is merged into it in order, and it
--   is written once when the run ends, through sync_save_progress, so the
--   triggers see one change with the final values;
-- * any other op (quiz, rating, enrollment, notification) ends the run
--   first: the rows are written and forgotten, so that op sees them, and a
--   progress op after it is checked against the access it left (an
--   enrollment in between may open or close a lesson);
-- * the ledger row of each time increment is still inserted per op, in op
--   order, so a replayed op id is still reported "duplicate";
-- * results: the lesson's last op of the run carries data.lesson_progress
--   (the row as saved); its earlier ops carry no data.
-- The end state is the one the op-by-op writes reached: each rule is
-- associative, and rewards depend only on the final values (points once per
-- completion, the streak by the server's day, enrollment progress from the
-- rows).  The careful run (isolate = true, only after something failed)
-- keeps writing op by op, each in its own savepoint, so a rejected op is
-- still undone alone.
--
-- Also: the sync_device_ops rows of a push are inserted in one statement
-- at the end of the run instead of one insert per op.

-- When the op happened, by kind (null: not given).
create function private.sync_progress_at(kind text, payload jsonb) returns timestamptz
language sql stable set search_path = ''
as $$
  select private.sync_payload_time(payload, case kind
           when 'progress.open' then 'accessed_at'
           when 'progress.time' then 'recorded_at'
           when 'progress.complete' then 'completed_at' end)
$$;

-- Merge one progress op on `lesson` (its payload's lesson_id, already read)
-- into `cur` without writing lesson_progress (the ledger row of a time
-- increment is written: it decides "duplicate").
create function private.sync_merge_progress(uid uuid, lesson uuid, kind text, op_uuid uuid,
                                            op_hlc text, payload jsonb,
                                            cur public.lesson_progress,
                                            out merged public.lesson_progress,
                                            out duplicate boolean)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  at timestamptz := private.sync_progress_at(kind, payload);
  entry record;
  seconds integer;
  counted boolean;
begin
  duplicate := false;
  merged := cur;
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
      duplicate := true;
      merged := cur;
      return;
    end if;
    merged.time_spent_seconds := cur.time_spent_seconds + seconds;

  elsif kind = 'progress.complete' then
    merged.completion_percentage := 100;
    merged.completed_at := least(cur.completed_at, coalesce(at, now()));  -- earliest
  end if;  -- progress.open: last_accessed only
end
$$;

-- progress.* op by op (the careful run): fetch, merge, write.
create or replace function private.sync_op_progress(uid uuid, kind text, op_uuid uuid,
                                                    op_hlc text, payload jsonb)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  lesson uuid := private.sync_payload_uuid(payload, 'lesson_id');
  cur public.lesson_progress;
  step record;
begin
  cur := private.sync_progress_row(uid, lesson, private.sync_progress_at(kind, payload));
  step := private.sync_merge_progress(uid, lesson, kind, op_uuid, op_hlc, payload, cur);
  if step.duplicate then
    return jsonb_build_object('status', 'duplicate');
  end if;
  return private.sync_save_progress(cur, step.merged);
end
$$;

-- The envelope every op shares: kind, an object payload, a well-formed hlc
-- (or none), a uuid op id.
create function private.sync_op_envelope(op jsonb, out kind text, out payload jsonb,
                                         out op_hlc text, out op_uuid uuid)
language plpgsql immutable set search_path = ''
as $$
begin
  kind := op ->> 'kind';
  payload := op -> 'payload';
  op_hlc := op ->> 'hlc';
  op_uuid := private.sync_payload_uuid(op, 'op_id');
  if jsonb_typeof(payload) is distinct from 'object' then
    raise exception 'payload must be an object' using errcode = '22023';
  end if;
  if op_hlc is not null and op_hlc !~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$' then
    raise exception 'hlc % is not a hybrid logical clock stamp', op_hlc using errcode = '22023';
  end if;
end
$$;

create or replace function private.sync_apply_op(uid uuid, op jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  env record := private.sync_op_envelope(op);
begin
  case env.kind
    when 'progress.open', 'progress.section', 'progress.time', 'progress.complete' then
      return private.sync_op_progress(uid, env.kind, env.op_uuid, env.op_hlc, env.payload);
    when 'quiz.submit' then
      return private.sync_op_quiz(uid, env.payload);
    when 'rating.set' then
      return private.sync_op_rating(uid, env.op_hlc, env.payload);
    when 'enrollment.set' then
      return private.sync_op_enrollment(uid, env.op_hlc, env.payload);
    when 'notification.read' then
      return private.sync_op_notification_read(uid, env.payload);
    else
      raise exception 'unknown op kind %', coalesce(env.kind, 'null') using errcode = '22023';
  end case;
end
$$;

-- End of a run of progress ops: write each merged row (sync_save_progress
-- writes only a changed one) and hang it on the result of the lesson's
-- latest op.  A lesson whose ops were all duplicates has no latest op.
create function private.sync_save_run(stored public.lesson_progress[],
                                      merged public.lesson_progress[],
                                      latest integer[], results jsonb[])
returns jsonb[]
language plpgsql volatile security definer set search_path = ''
as $$
begin
  for i in 1 .. coalesce(cardinality(stored), 0) loop
    if latest[i] is not null then
      results[latest[i]] := results[latest[i]] || jsonb_build_object(
        'data', private.sync_save_progress(stored[i], merged[i]));
    end if;
  end loop;
  return results;
end
$$;

create or replace function private.sync_run_ops(uid uuid, device uuid, last_seq bigint,
                                                ops jsonb, isolate boolean)
returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  op jsonb;
  seq bigint;
  prev bigint := last_seq;
  previous_op text;
  outcome jsonb;
  results jsonb[] := '{}';
  state text;
  message text;
  env record;
  step record;
  lesson uuid;
  i integer;
  -- The run's lessons (fast run only): id, row as read, row as merged, and
  -- the result index of the lesson's latest op.
  lessons uuid[] := '{}';
  stored public.lesson_progress[] := '{}';
  merged public.lesson_progress[] := '{}';
  latest integer[] := '{}';
begin
  for op in select value from jsonb_array_elements(ops) loop
    seq := (op ->> 'seq')::bigint;
    if seq <= last_seq then
      select o.op_id into previous_op from public.sync_device_ops o
        where o.device_id = device and o.seq = (op ->> 'seq')::bigint;
      if previous_op is distinct from coalesce(op ->> 'op_id', '') then
        if previous_op is not null then
          raise exception 'seq % of device % already carried another op', seq, device
            using errcode = '22023', hint = 'device_sequence_conflict';
        end if;
      end if;
      results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                               'status', 'duplicate');
      continue;
    end if;
    if seq <> prev + 1 then
      raise exception 'expected seq %, got %', prev + 1, seq
        using errcode = '22023', hint = 'sequence_gap',
              detail = json_build_object('last_seq', last_seq)::text;
    end if;

    if isolate then
      begin
        outcome := private.sync_apply_op(uid, op);
      exception when others then
        get stacked diagnostics state = returned_sqlstate, message = message_text;
        if private.sync_is_transient(state) then
          raise;
        end if;
        outcome := jsonb_build_object('status', 'rejected', 'reason', message, 'code', state);
      end;
    else
      env := private.sync_op_envelope(op);
      if env.kind in ('progress.open', 'progress.section', 'progress.time',
                      'progress.complete') then
        lesson := private.sync_payload_uuid(env.payload, 'lesson_id');
        i := array_position(lessons, lesson);
        if i is null then
          lessons := lessons || lesson;
          i := cardinality(lessons);
          stored[i] := private.sync_progress_row(uid, lesson,
                                                 private.sync_progress_at(env.kind, env.payload));
          merged[i] := stored[i];
        end if;
        step := private.sync_merge_progress(uid, lesson, env.kind, env.op_uuid, env.op_hlc,
                                            env.payload, merged[i]);
        if step.duplicate then
          outcome := jsonb_build_object('status', 'duplicate');
        else
          merged[i] := step.merged;
          latest[i] := cardinality(results) + 1;
          outcome := '{}'::jsonb;
        end if;
      else
        -- Another kind ends the run of progress ops: write them first.
        results := private.sync_save_run(stored, merged, latest, results);
        lessons := '{}'; stored := '{}'; merged := '{}'; latest := '{}';
        outcome := private.sync_apply_op(uid, op);
      end if;
    end if;

    results := results || (jsonb_build_object(
      'seq', seq, 'op_id', op -> 'op_id', 'status', coalesce(outcome ->> 'status', 'applied'))
      || case when outcome ->> 'status' = 'rejected' then outcome - 'status'
              when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
              else jsonb_build_object('data', outcome - 'status') end);
    prev := seq;
  end loop;

  results := private.sync_save_run(stored, merged, latest, results);

  insert into public.sync_device_ops (device_id, seq, op_id)
  select device, (o ->> 'seq')::bigint, coalesce(o ->> 'op_id', '')
  from jsonb_array_elements(ops) o
  where (o ->> 'seq')::bigint > last_seq and (o ->> 'seq')::bigint <= prev;

  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

revoke all on function
  private.sync_progress_at(text, jsonb),
  private.sync_merge_progress(uuid, uuid, text, uuid, text, jsonb, public.lesson_progress),
  private.sync_op_progress(uuid, text, uuid, text, jsonb),
  private.sync_op_envelope(jsonb),
  private.sync_apply_op(uuid, jsonb),
  private.sync_save_run(public.lesson_progress[], public.lesson_progress[], integer[], jsonb[]),
  private.sync_run_ops(uuid, uuid, bigint, jsonb, boolean)
  from public, anon, authenticated;
