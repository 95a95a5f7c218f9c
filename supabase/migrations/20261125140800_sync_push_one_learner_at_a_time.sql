-- sync_push serialises a learner's pushes: it locks the learner's profile row
-- before anything else.
--
-- Why: the reward triggers on lesson_progress lock the profile row
-- (private.lock_rewards) after the progress row sync_push has locked.  Two
-- devices of one learner pushing at once, each touching lessons the other
-- touches, would take those locks in opposite orders and deadlock (one push
-- aborted and retried).  Taking the profile lock first gives every path the
-- same order: profile, then device, then progress rows.  Pushes of different
-- learners never wait for each other.
--
-- Otherwise unchanged from 20261125140400_sync_push.sql (its header says what
-- the function does).

create or replace function public.sync_push(device_id uuid, ops jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  device public.sync_devices;
  op jsonb;
  seq bigint;
  prev bigint;
  previous_op text;
  outcome jsonb;
  results jsonb[] := '{}';
  state text;
  message text;
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

  prev := device.last_seq;
  for op in select value from jsonb_array_elements(ops) loop
    seq := (op ->> 'seq')::bigint;
    if seq <= device.last_seq then
      select o.op_id into previous_op from public.sync_device_ops o
        where o.device_id = sync_push.device_id and o.seq = (op ->> 'seq')::bigint;
      if previous_op is not null and previous_op is distinct from op ->> 'op_id' then
        raise exception 'seq % of device % already carried another op', seq, sync_push.device_id
          using errcode = '22023', hint = 'device_sequence_conflict';
      end if;
      results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                               'status', 'duplicate');
      continue;
    end if;
    if seq <> prev + 1 then
      raise exception 'expected seq %, got %', prev + 1, seq
        using errcode = '22023', hint = 'sequence_gap',
              detail = json_build_object('last_seq', device.last_seq)::text;
    end if;
    begin
      outcome := private.sync_apply_op(uid, op);
      results := results || (jsonb_build_object(
        'seq', seq, 'op_id', op -> 'op_id',
        'status', coalesce(outcome ->> 'status', 'applied'))
        || case when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
                else jsonb_build_object('data', outcome - 'status') end);
    exception when others then
      get stacked diagnostics state = returned_sqlstate, message = message_text;
      if private.sync_is_transient(state) then
        raise;
      end if;
      results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                               'status', 'rejected', 'reason', message,
                                               'code', state);
    end;
    insert into public.sync_device_ops (device_id, seq, op_id)
    values (sync_push.device_id, seq, coalesce(op ->> 'op_id', ''));
    prev := seq;
  end loop;

  update public.sync_devices d set last_seq = prev, last_push_at = now()
    where d.device_id = sync_push.device_id;
  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

