-- sync_device_ops keeps only each device's recent op ids.
--
-- sync_push (20261125140400) records which op id every (device, seq)
-- carried, so a replayed seq carrying another op id (a copied database)
-- is refused instead of being acknowledged as a duplicate and lost.  Those
-- rows were kept for ever: one per op, millions a year for a school.  The
-- only legitimate replay is the client re-sending its last batch after an
-- answer was lost (at most 250 ops, and it sends nothing newer until that
-- batch is acknowledged), so the last 1,000 seqs of a device are all copy
-- detection ever needs:
-- * sync_devices.pruned_through: every seq up to it has had its row
--   removed; sync_push removes them when the device is more than 2,000
--   seqs past it (one index-range delete per 1,000 ops, no scheduled job);
-- * a push whose first seq is at or below pruned_through cannot be checked
--   against the op ids it replays, and no legitimate client sends one, so
--   it is refused like a copy (hint device_sequence_conflict): the client
--   takes a new device id and sends its pending ops again, which every op
--   kind tolerates (time by op id, attempts by attempt id, LWW by clock,
--   the other progress rules are idempotent).

alter table public.sync_devices
  add column pruned_through bigint not null default 0 check (pruned_through >= 0);

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
  -- lessons queue up instead of deadlocking.  FOR NO KEY UPDATE, the mode of
  -- lock_rewards: FOR UPDATE would also block every foreign-key check on the
  -- profile (FOR KEY SHARE) for the whole push.
  perform 1 from public.profiles p where p.id = uid for no key update;
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
  -- A legitimate replay (an answer lost on the way back) repeats at most
  -- the last batch.  A seq this far back comes from a copied or restored
  -- database whose op ids the server no longer keeps: the same refusal as
  -- a replay carrying another op id, so the client takes a new device id.
  if jsonb_array_length(ops) > 0 and (ops -> 0 ->> 'seq')::bigint <= device.pruned_through then
    raise exception 'seq % of device % is older than the sequence numbers the server keeps',
      ops -> 0 ->> 'seq', sync_push.device_id
      using errcode = '22023', hint = 'device_sequence_conflict';
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

  -- Keep the op ids of the device's last 1,000 seqs; prune in steps of
  -- 1,000, so a push deletes rarely and in one index range.
  if prev - device.pruned_through > 2000 then
    delete from public.sync_device_ops o
      where o.device_id = sync_push.device_id and o.seq <= prev - 1000;
    device.pruned_through := prev - 1000;
  end if;
  update public.sync_devices d
    set last_seq = prev, last_push_at = now(), pruned_through = device.pruned_through
    where d.device_id = sync_push.device_id;
  return jsonb_build_object('last_seq', prev, 'results', run -> 'results');
end
$$;

revoke all on function public.sync_push(uuid, jsonb) from public, anon;
grant execute on function public.sync_push(uuid, jsonb) to authenticated, service_role;
