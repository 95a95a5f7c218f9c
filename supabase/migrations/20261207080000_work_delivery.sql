-- Work that travels without internet (issue #17, docs/sync-protocol.md,
-- "Saved work"): a learner's laptop saves its waiting ops to a file; any
-- signed-in Lantern of the same school delivers it; the database applies it
-- exactly once under the original learner, as that learner's device pushing.
--
-- * private.sync_push_as(uid, device, ops): the body of sync_push for a
--   learner named by the caller (sync_push passes auth.uid(); deliver_work
--   passes the owner of the key that signed the work, never the deliverer).
-- * private.device_keys: one 32-byte secret per device id, registered by the
--   signed-in learner (register_device_key) while online; the laptop keeps
--   it to sign the work it saves later, offline.
-- * public.deliver_work(chunk, mac): one signed chunk of at most 250 ops;
--   the MAC (private.hmac_sha256) proves the chunk is the laptop's, unaltered;
--   the learner is the key's owner, never a field the deliverer could edit.
-- * private.delivered_work: what each delivered chunk did, so the laptop,
--   when it next syncs, settles those ops with the same answers instead of
--   sending them again (public.sync_device_state).

create function private.sync_push_as(uid uuid, device_id uuid, ops jsonb) returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  device public.sync_devices;
  op jsonb;
  seq bigint;
  prev bigint;
  run jsonb;
  state text;
  seqs_ok boolean;
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
  -- Every op needs an integer seq, rising by one through the batch: one
  -- query checks it, the loop only words what is wrong.
  select coalesce(bool_and(c.gap is not null and c.gap + c.k >= 1), true)
         and count(distinct c.gap) <= 1
    into seqs_ok
    from (select e.k, case when jsonb_typeof(e.op) = 'object'
                            and jsonb_typeof(e.op -> 'seq') = 'number'
                            and (e.op ->> 'seq') ~ '^[0-9]{1,18}$'
                           then (e.op ->> 'seq')::bigint - e.k end as gap
          from jsonb_array_elements(ops) with ordinality as e(op, k)) c;
  prev := null;
  for op in select value from jsonb_array_elements(ops) where not seqs_ok loop
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

  insert into public.sync_devices as d (device_id, user_id) values (sync_push_as.device_id, uid)
    on conflict on constraint sync_devices_pkey do nothing;
  select * into device from public.sync_devices d
    where d.device_id = sync_push_as.device_id for update;
  if device.user_id <> uid then
    raise exception 'device % is registered to another learner', sync_push_as.device_id
      using errcode = '42501', hint = 'device_owned_by_other_user';
  end if;
  -- A legitimate replay (an answer lost on the way back) repeats at most
  -- the last batch.  A seq this far back comes from a copied or restored
  -- database whose op ids the server no longer keeps: the same refusal as
  -- a replay carrying another op id, so the client takes a new device id.
  if jsonb_array_length(ops) > 0 and (ops -> 0 ->> 'seq')::bigint <= device.pruned_through then
    raise exception 'seq % of device % is older than the sequence numbers the server keeps',
      ops -> 0 ->> 'seq', sync_push_as.device_id
      using errcode = '22023', hint = 'device_sequence_conflict';
  end if;

  begin
    run := private.sync_run_fast(uid, sync_push_as.device_id, device.last_seq, ops);
  exception when others then
    -- Some op failed (or a sequence rule refused the push): undo the fast
    -- path and run the batch again with each op in its own savepoint.
    get stacked diagnostics state = returned_sqlstate;
    if private.sync_is_transient(state) then
      raise;
    end if;
    run := private.sync_run_ops(uid, sync_push_as.device_id, device.last_seq, ops);
  end;
  prev := (run ->> 'last_seq')::bigint;

  -- Keep the op ids of the device's last 1,000 seqs; prune in steps of
  -- 1,000, so a push deletes rarely and in one index range.
  if prev - device.pruned_through > 2000 then
    delete from public.sync_device_ops o
      where o.device_id = sync_push_as.device_id and o.seq <= prev - 1000;
    device.pruned_through := prev - 1000;
  end if;
  update public.sync_devices d
    set last_seq = prev, last_push_at = now(), pruned_through = device.pruned_through
    where d.device_id = sync_push_as.device_id;
  return jsonb_build_object('last_seq', prev, 'results', run -> 'results');
end
$$;

revoke all on function private.sync_push_as(uuid, uuid, jsonb) from public, anon, authenticated;

create or replace function public.sync_push(device_id uuid, ops jsonb) returns jsonb
language sql volatile security definer set search_path = ''
as $$
  select private.sync_push_as(auth.uid(), sync_push.device_id, sync_push.ops)
$$;

-- Keys ----------------------------------------------------------------------
create table private.device_keys (
  device_id uuid not null references public.sync_devices (device_id) on delete cascade,
  user_id uuid not null,  -- sync_devices.user_id of the device when registered
  key bytea not null check (octet_length(key) = 32),
  registered_at timestamptz not null default now(),
  constraint device_keys_pkey primary key (device_id)
);
alter table private.device_keys enable row level security;  -- no policy: nobody reads it
revoke all on private.device_keys from public, anon, authenticated, service_role;

create table private.delivered_work (
  device_id uuid not null references public.sync_devices (device_id) on delete cascade,
  mac bytea not null,
  first_seq bigint not null,  -- the first seq the delivery ran (older ones were sent before)
  last_seq bigint not null,
  results jsonb not null,  -- sync_push's results for those seqs
  delivered_by uuid,  -- who carried it (kept for the school's audit, never shown to learners)
  delivered_at timestamptz not null default now(),
  constraint delivered_work_pkey primary key (device_id, mac)
);
create index delivered_work_device_seq_idx on private.delivered_work (device_id, last_seq);
alter table private.delivered_work enable row level security;  -- no policy: nobody reads it
revoke all on private.delivered_work from public, anon, authenticated, service_role;

create function public.register_device_key(device_id uuid, key text) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  holder uuid;
begin
  if uid is null then
    raise exception 'register_device_key needs a signed-in learner'
      using errcode = '42501', hint = 'not_signed_in';
  end if;
  if device_id is null or register_device_key.key is null or register_device_key.key !~ '^[0-9a-f]{64}$' then
    raise exception 'a device key is 64 lowercase hex digits (32 bytes)'
      using errcode = '22023', hint = 'malformed_key';
  end if;
  insert into public.sync_devices as d (device_id, user_id)
    values (register_device_key.device_id, uid)
    on conflict on constraint sync_devices_pkey do nothing;
  select d.user_id into holder from public.sync_devices d
    where d.device_id = register_device_key.device_id for update;
  if holder <> uid then
    raise exception 'device % is registered to another learner', register_device_key.device_id
      using errcode = '42501', hint = 'device_owned_by_other_user';
  end if;
  -- A learner signing in again on the same device may bring a new key: the
  -- files signed with the old one are refused from then on, and their work
  -- is still waiting on the laptop, which sends it itself.
  insert into private.device_keys as k (device_id, user_id, key)
    values (register_device_key.device_id, uid, pg_catalog.decode(register_device_key.key, 'hex'))
    on conflict on constraint device_keys_pkey do update
      set key = excluded.key, registered_at = now()
      where k.key <> excluded.key;
  return jsonb_build_object('server_id', (select s.server_id from public.sync_server s));
end
$$;

revoke all on function public.register_device_key(uuid, text) from public, anon;
grant execute on function public.register_device_key(uuid, text) to authenticated, service_role;

-- Delivery ------------------------------------------------------------------
-- A chunk is UTF-8 JSON text, signed as it is (no re-encoding on either side):
--   {"kind": "lantern-work", "v": 1, "server": <sync_server.server_id>,
--    "device_id": ..., "user_id": ..., "part": i, "parts": n, "ops": [...]}
-- with the ops exactly as sync_push takes them.  Refusals (SQLSTATE, hint):
--   42501 not_signed_in          the deliverer is not signed in
--   22023 bundle_malformed       not a chunk of saved work (or over 600 KB)
--   22023 bundle_version         made by a newer Lantern
--   42501 bundle_unknown_device  no key for its device (never registered, or
--                                a database restored from before it was)
--   42501 bundle_tampered        the MAC does not match: changed, or forged
--   22023 bundle_other_server    made for another school's server
--   22023 sequence_gap           earlier work of that laptop is missing:
--                                deliver the earlier file first
--   22023 bundle_conflict        the laptop's own sync sent other work under
--                                these seqs (a copied profile); the laptop
--                                keeps its work and sends it itself
-- and every refusal of sync_push itself.  Nothing is applied on a refusal.
create function public.deliver_work(chunk text, mac text) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  deliverer uuid := auth.uid();
  body jsonb;
  dev uuid;
  learner uuid;
  secret bytea;
  given bytea;
  device public.sync_devices;
  ops jsonb;
  kept jsonb;
  run jsonb;
  answers jsonb;
  why text;
  claims text := pg_catalog.current_setting('request.jwt.claims', true);
  sub text := pg_catalog.current_setting('request.jwt.claim.sub', true);
begin
  if deliverer is null then
    raise exception 'delivering saved work needs a signed-in account'
      using errcode = '42501', hint = 'not_signed_in';
  end if;
  if chunk is null or mac is null or mac !~ '^[0-9a-f]{64}$' or octet_length(chunk) > 614400 then
    raise exception 'this is not a chunk of saved work' using errcode = '22023', hint = 'bundle_malformed';
  end if;
  begin
    body := chunk::jsonb;
  exception when others then
    raise exception 'this is not a chunk of saved work (not JSON)'
      using errcode = '22023', hint = 'bundle_malformed';
  end;
  if jsonb_typeof(body) <> 'object' or body ->> 'kind' is distinct from 'lantern-work'
     or coalesce(body ->> 'device_id', '')
        !~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' then
    raise exception 'this is not a chunk of saved work' using errcode = '22023', hint = 'bundle_malformed';
  end if;
  if body -> 'v' is distinct from '1'::jsonb then
    raise exception 'this saved work was made by a newer Lantern (version %)', body -> 'v'
      using errcode = '22023', hint = 'bundle_version';
  end if;
  dev := (body ->> 'device_id')::uuid;
  select k.key, k.user_id into secret, learner from private.device_keys k where k.device_id = dev;
  if not found then
    raise exception 'the server has no key for device %', dev
      using errcode = '42501', hint = 'bundle_unknown_device';
  end if;
  given := pg_catalog.decode(mac, 'hex');
  -- Compared through a hash, so the time taken says nothing about how many
  -- leading bytes of a guess were right.
  if pg_catalog.sha256(private.hmac_sha256(secret, pg_catalog.convert_to(chunk, 'UTF8')))
     <> pg_catalog.sha256(given) then
    raise exception 'this saved work was changed after it was saved, or not made by that laptop'
      using errcode = '42501', hint = 'bundle_tampered';
  end if;
  if body ->> 'user_id' is distinct from learner::text then
    raise exception 'this saved work names another learner than its device key'
      using errcode = '42501', hint = 'bundle_tampered';
  end if;
  if body ->> 'server' is distinct from (select s.server_id::text from public.sync_server s) then
    raise exception 'this saved work was made for another server'
      using errcode = '22023', hint = 'bundle_other_server';
  end if;
  ops := body -> 'ops';
  if ops is null or jsonb_typeof(ops) <> 'array' or exists (
       select 1 from jsonb_array_elements(ops) e(op)
       where jsonb_typeof(e.op) <> 'object' or jsonb_typeof(e.op -> 'seq') is distinct from 'number'
          or (e.op ->> 'seq') !~ '^[0-9]{1,18}$') then
    raise exception 'this saved work has ops without a seq'
      using errcode = '22023', hint = 'bundle_malformed';
  end if;

  -- The locks of sync_push, in its order (profile, then device), so a
  -- delivery and the laptop's own push queue up instead of deadlocking.
  perform 1 from public.profiles p where p.id = learner for no key update;
  select * into device from public.sync_devices d where d.device_id = dev for update;
  if not found then  -- its key row goes with it (on delete cascade): a race with a delete
    raise exception 'the server has no key for device %', dev
      using errcode = '42501', hint = 'bundle_unknown_device';
  end if;
  -- Seqs older than the op ids the server keeps were sent before, by this
  -- device (or a copy of its data, which holds the same key and keeps its
  -- own work waiting); the rest is checked op by op, as a push.
  select coalesce(jsonb_agg(e.op order by e.k), '[]'::jsonb) into kept
    from jsonb_array_elements(ops) with ordinality e(op, k)
    where (e.op ->> 'seq')::bigint > device.pruned_through;
  if jsonb_array_length(kept) = 0 then
    return jsonb_build_object('user_id', learner, 'last_seq', device.last_seq,
                              'results', '[]'::jsonb, 'sent_before', jsonb_array_length(ops));
  end if;
  -- Exactly as the learner's own push: every function below that asks
  -- auth.uid() (grading, lesson access, rewards, notifications) must see the
  -- learner, never the deliverer.  Transaction-local, restored below; an
  -- error ends the transaction and the settings with it.
  perform pg_catalog.set_config('request.jwt.claims', jsonb_build_object(
    'sub', learner, 'role', 'authenticated', 'aud', 'authenticated')::text, true);
  perform pg_catalog.set_config('request.jwt.claim.sub', learner::text, true);
  begin
    run := private.sync_push_as(learner, dev, kept);
  exception when sqlstate '22023' then
    get stacked diagnostics why = pg_exception_hint;
    if why = 'device_sequence_conflict' then
      raise exception 'the laptop already sent other work under these numbers'
        using errcode = '22023', hint = 'bundle_conflict';
    end if;
    raise;
  end;
  perform pg_catalog.set_config('request.jwt.claims', coalesce(claims, ''), true);
  perform pg_catalog.set_config('request.jwt.claim.sub', coalesce(sub, ''), true);
  -- The deliverer (and the record) get each op's seq, status and reason, not
  -- the rows it produced (a graded attempt's answers stay the learner's).
  select coalesce(jsonb_agg(e.r - 'data' order by e.k), '[]'::jsonb) into answers
    from jsonb_array_elements(run -> 'results') with ordinality e(r, k);
  insert into private.delivered_work (device_id, mac, first_seq, last_seq, results, delivered_by)
    values (dev, given, (kept -> 0 ->> 'seq')::bigint, (kept -> -1 ->> 'seq')::bigint,
            answers, deliverer)
    on conflict on constraint delivered_work_pkey do nothing;
  return jsonb_build_object(
    'last_seq', run -> 'last_seq', 'results', answers,
    'user_id', learner, 'sent_before', jsonb_array_length(ops) - jsonb_array_length(kept));
end
$$;

revoke all on function public.deliver_work(text, text) from public, anon;
grant execute on function public.deliver_work(text, text) to authenticated, service_role;

-- The laptop's side -----------------------------------------------------------
-- What the server holds of one of the caller's own devices: how far its seqs
-- got, and the answers of the work others delivered for it past after_seq
-- (at most 20 chunks a call; the caller asks again from the last one's
-- last_seq).  Another learner's device reads as unknown.
create function public.sync_device_state(device_id uuid, after_seq bigint default 0)
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  uid uuid := auth.uid();
  device public.sync_devices;
begin
  if uid is null then
    raise exception 'sync_device_state needs a signed-in learner'
      using errcode = '42501', hint = 'not_signed_in';
  end if;
  select * into device from public.sync_devices d
    where d.device_id = sync_device_state.device_id and d.user_id = uid;
  if not found then
    return jsonb_build_object('known', false, 'last_seq', 0, 'key_registered', false,
                              'delivered', '[]'::jsonb);
  end if;
  return jsonb_build_object(
    'known', true,
    'last_seq', device.last_seq,
    'key_registered', exists (select 1 from private.device_keys k
                              where k.device_id = device.device_id),
    'delivered', coalesce((
      select jsonb_agg(jsonb_build_object(
               'mac', pg_catalog.encode(w.mac, 'hex'), 'first_seq', w.first_seq,
               'last_seq', w.last_seq, 'results', w.results,
               'delivered_at', w.delivered_at) order by w.first_seq)
        from (select * from private.delivered_work w
              where w.device_id = device.device_id
                and w.last_seq > coalesce(sync_device_state.after_seq, 0)
              order by w.first_seq limit 20) w), '[]'::jsonb));
end
$$;

revoke all on function public.sync_device_state(uuid, bigint) from public, anon;
grant execute on function public.sync_device_state(uuid, bigint) to authenticated, service_role;
