-- A replayed push answers "rejected" again for the ops it rejected the first
-- time, not "duplicate" (issue #11).
--
-- sync_push answers a seq at or below the device's last_seq with
-- "duplicate": the op was handled before, whatever its outcome.  When the
-- first answer is lost (the server committed, the connection dropped), the
-- client sends the same batch again -- and an op the server had rejected
-- then came back as "duplicate", which the client takes as "the server
-- holds it".  It kept the change on screen for ever, acknowledged, while
-- the server and the learner's other devices never had it.  Found by
-- tests/store/test_two_devices.py (scenario 7): device A rates a course it
-- is enrolled in, device B (offline, never having pulled A's enrollment)
-- unenrolls and pushes first; A's push then brings an older "enroll" that
-- loses to B's "unenrolled" by clock and a rating.set that is rejected
-- (rating needs an active enrollment, 20261125160000); that answer is lost,
-- the replay said "duplicate", and A kept its 2-star rating while B and the
-- server had none.
--
-- Now sync_device_ops keeps, next to the op id of each seq, the rejection
-- (reason and SQLSTATE) when the op was rejected, and a replayed seq whose
-- op was rejected answers exactly as the first time:
--   {"seq", "op_id", "status": "rejected", "reason", "code", "replayed": true}
-- so the client undoes the op as for any rejection (docs/sync-rules.md).
-- Only the window sync_device_ops keeps (a device's last 1,000 to 2,000
-- seqs) can be replayed at all; an older seq is refused as a copy
-- (20261125170300).  Applied and superseded ops still answer "duplicate".
--
-- private.sync_run_ops below starts from its latest definition
-- (20261125170000_sync_push_coalesced_progress.sql); only the duplicate
-- branch, the rejection bookkeeping and the final insert change.

alter table public.sync_device_ops
  add column rejection jsonb
    check (rejection is null or (jsonb_typeof(rejection) = 'object'
                                 and jsonb_typeof(rejection -> 'reason') = 'string'));

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
  previous_rejection jsonb;
  outcome jsonb;
  results jsonb[] := '{}';
  -- seq (as text) -> {"reason", "code"} of the ops this run rejected.
  rejections jsonb := '{}';
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
      select o.op_id, o.rejection into previous_op, previous_rejection
        from public.sync_device_ops o
        where o.device_id = device and o.seq = (op ->> 'seq')::bigint;
      if previous_op is distinct from coalesce(op ->> 'op_id', '') then
        if previous_op is not null then
          raise exception 'seq % of device % already carried another op', seq, device
            using errcode = '22023', hint = 'device_sequence_conflict';
        end if;
      end if;
      if previous_rejection is not null then
        -- Rejected the first time: say so again, the first answer may be lost.
        results := results || (jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                                  'status', 'rejected', 'replayed', true)
                               || previous_rejection);
      else
        results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                                 'status', 'duplicate');
      end if;
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
        rejections := rejections || jsonb_build_object(
          seq::text, jsonb_build_object('reason', message, 'code', state));
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

  insert into public.sync_device_ops (device_id, seq, op_id, rejection)
  select device, (o ->> 'seq')::bigint, coalesce(o ->> 'op_id', ''),
         rejections -> (o ->> 'seq')
  from jsonb_array_elements(ops) o
  where (o ->> 'seq')::bigint > last_seq and (o ->> 'seq')::bigint <= prev;

  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

revoke all on function private.sync_run_ops(uuid, uuid, bigint, jsonb, boolean)
  from public, anon, authenticated;
