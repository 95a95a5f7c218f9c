-- What sync_push needs to store (issue #4; docs/sync-protocol.md):
--
-- * sync_devices: one row per local database (device).  last_seq is the
--   highest op sequence number applied; pushes lock this row, so two
--   concurrent pushes of one device are applied one after the other and the
--   second sees the first's ops as duplicates.  A device belongs to the
--   learner who first pushed from it.
-- * sync_device_ops: which op id each (device, seq) carried.  A replayed seq
--   with a different op id means the local database was copied or restored
--   (two databases issuing the same sequence numbers): the push is refused
--   instead of acknowledging new work as a duplicate and losing it.
-- * lesson_time_ledger: every time-spent increment keyed by its op id.  Time
--   is added to lesson_progress only when the ledger row is new, so a replay
--   (same device or a restored copy under a new device id) never counts twice.
-- * enrollments.status ('active' | 'unenrolled') and enrollments.hlc,
--   course_ratings.hlc: last-writer-wins by hybrid logical clock.  The stamp
--   text "<wall ms:13>-<counter:6>-<device>" (desktop/rules/hlc.py) sorts
--   bytewise as (clock, device id), so one column holds both.  Unenrolling
--   is a value, never a delete, so an older "enroll" arriving late loses.
-- Only sync_push (SECURITY DEFINER) writes these; learners read their own.

create table public.sync_devices (
  device_id uuid primary key,
  user_id uuid not null references public.profiles (id) on delete cascade,
  last_seq bigint not null default 0 check (last_seq >= 0),
  created_at timestamptz not null default now(),
  last_push_at timestamptz
);
create index sync_devices_user_idx on public.sync_devices (user_id);

create table public.sync_device_ops (
  device_id uuid not null references public.sync_devices (device_id) on delete cascade,
  seq bigint not null,
  op_id text not null,
  applied_at timestamptz not null default now(),
  primary key (device_id, seq)
);

create table public.lesson_time_ledger (
  user_id uuid not null references public.profiles (id) on delete cascade,
  op_id uuid not null,
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  seconds integer not null check (seconds > 0 and seconds <= 86400),
  recorded_at timestamptz not null default now(),
  primary key (user_id, op_id)
);
create index lesson_time_ledger_lesson_idx on public.lesson_time_ledger (lesson_id);

alter table public.enrollments
  add column status text not null default 'active' check (status in ('active', 'unenrolled')),
  add column hlc text collate "C" check (hlc ~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$');
alter table public.course_ratings
  add column hlc text collate "C" check (hlc ~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$');

alter table public.sync_devices enable row level security;
alter table public.sync_device_ops enable row level security;
alter table public.lesson_time_ledger enable row level security;

create policy "sync_devices: owner reads own" on public.sync_devices
  for select to authenticated using (user_id = auth.uid());
create policy "lesson_time_ledger: owner reads own" on public.lesson_time_ledger
  for select to authenticated using (user_id = auth.uid());
-- sync_device_ops: no policy, nobody reads it through the API.

revoke all on public.sync_devices, public.sync_device_ops, public.lesson_time_ledger
  from public, anon, authenticated, service_role;
grant select on public.sync_devices, public.lesson_time_ledger to authenticated;
grant all on public.sync_devices, public.sync_device_ops, public.lesson_time_ledger
  to service_role;
