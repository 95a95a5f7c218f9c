-- sync_push without a savepoint per op in the common case.
--
-- A plpgsql BEGIN ... EXCEPTION block is a subtransaction.  One per op meant
-- 250 subtransactions per push: past 64 the transaction's snapshot
-- information overflows into pg_subtrans, and every later visibility check
-- on rows the batch wrote (a lesson's progress row updated by op after op)
-- pays for lookups there; it also slows other sessions' snapshots while the
-- push runs.  Now a push first runs all its ops inside ONE savepoint; only if
-- something fails (an op that will be rejected, a sequence refusal) is that
-- undone and the batch run again the careful way, each op in its own
-- savepoint, exactly as before.  Rejections are rare, so almost every push
-- costs one subtransaction.  Results, rules and refusals are unchanged
-- (20261125140400 and 20261125140800 describe them); a replayed seq that had
-- no op id is now a plain duplicate too.

-- The op loop of sync_push: duplicates, the gap rule, each op applied, the
-- op id recorded per seq.  isolate = false runs the ops without savepoints
-- (any error escapes to the caller); isolate = true gives each op its own
-- savepoint and turns a permanent failure into a "rejected" result.
create function private.sync_run_ops(uid uuid, device uuid, last_seq bigint, ops jsonb,
                                     isolate boolean)
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
      outcome := private.sync_apply_op(uid, op);
    end if;
    results := results || (jsonb_build_object(
      'seq', seq, 'op_id', op -> 'op_id', 'status', coalesce(outcome ->> 'status', 'applied'))
      || case when outcome ->> 'status' = 'rejected' then outcome - 'status'
              when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
              else jsonb_build_object('data', outcome - 'status') end);
    insert into public.sync_device_ops (device_id, seq, op_id)
    values (device, seq, coalesce(op ->> 'op_id', ''));
    prev := seq;
  end loop;
  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

revoke all on function private.sync_run_ops(uuid, uuid, bigint, jsonb, boolean)
  from public, anon, authenticated;

create or replace function public.sync_push(device_id uuid, ops jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  device public.sync_devices;
  op jsonb;
  seq bigint;
  prev bigint;
  run jsonb;
  state text;
begin
  if uid is null then
    raise exception 'sync_push needs a signed-in learner'
      using errcode = '42501', hint = 'not_signed_in';
  end if;
  if device_id is null or ops is null or jsonb_typeof(ops) <> 'array' then
    raise exception 'sync_push takes a device id and an array of ops'
      using errcode = '22023', hint = 'malformed_batch';
  end if;
  if jsonb_array_length(ops) > 250 or octet_length(ops::text) > 524288 then
    raise exception 'a push carries at most 250 ops and 512 KB'
      using errcode = '22023', hint = 'batch_too_large';
  end if;
  -- Every op needs an integer seq, rising by one through the batch.
  prev := null;
  for op in select value from jsonb_array_elements(ops) loop
    if jsonb_typeof(op) <> 'object' or jsonb_typeof(op -> 'seq') is distinct from 'number'
       or (op ->> 'seq') !~ '^[0-9]{1,18}$' or (op ->> 'seq')::bigint < 1 then
      raise exception 'every op needs a positive integer seq'
        using errcode = '22023', hint = 'malformed_batch';
    end if;
    seq := (op ->> 'seq')::bigint;
    if prev is not null and seq <> prev + 1 then
      raise exception 'seqs in a push must rise by one (% after %)', seq, prev
        using errcode = '22023', hint = 'sequence_gap';
    end if;
    prev := seq;
  end loop;

  -- The learner's profile row first: every reward path locks it first too
  -- (private.lock_rewards), so pushes of two devices touching the same
  -- lessons queue up instead of deadlocking.
  perform 1 from public.profiles p where p.id = uid for update;
  if not found then
    raise exception 'no profile for this learner' using errcode = '42501', hint = 'not_signed_in';
  end if;

  insert into public.sync_devices as d (device_id, user_id) values (sync_push.device_id, uid)
    on conflict on constraint sync_devices_pkey do nothing;
  select * into device from public.sync_devices d
    where d.device_id = sync_push.device_id for update;
  if device.user_id <> uid then
    raise exception 'device % is registered to another learner', sync_push.device_id
      using errcode = '42501', hint = 'device_owned_by_other_user';
  end if;

  begin
    run := private.sync_run_ops(uid, sync_push.device_id, device.last_seq, ops, false);
  exception when others then
    -- Some op failed (or a sequence rule refused the push): undo the fast
    -- path and run the batch again with each op in its own savepoint.
    get stacked diagnostics state = returned_sqlstate;
    if private.sync_is_transient(state) then
      raise;
    end if;
    run := private.sync_run_ops(uid, sync_push.device_id, device.last_seq, ops, true);
  end;
  prev := (run ->> 'last_seq')::bigint;

  update public.sync_devices d set last_seq = prev, last_push_at = now()
    where d.device_id = sync_push.device_id;
  return jsonb_build_object('last_seq', prev, 'results', run -> 'results');
end
$$;

