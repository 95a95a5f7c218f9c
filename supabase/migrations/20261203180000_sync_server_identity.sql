-- Which database a pull cursor came from (issue #15).
--
-- A cursor is a position in one database's transaction-id stream.  Used
-- against another database (another project, a database rebuilt from the
-- migrations, a logical copy) the same number means something else, and
-- rows would be skipped without a word.  sync_pull now puts a token of the
-- database it runs on into every cursor and answers reset_required to a
-- cursor whose token differs (20261203180100).
--
-- The token is derived from this one row: a random id made when the
-- migrations run, and the row's xmin, the transaction that inserted it.
-- * Another project, or any database built by running the migrations: a
--   new random id.
-- * A logical copy (pg_dump and restore, into this project or another):
--   the id is copied, but the restore inserts the row again, so its xmin is
--   the restoring transaction's and the token differs.  Freezing keeps a
--   row's xmin (PostgreSQL 9.4+ marks frozen rows with a flag bit).
-- * A physical copy keeps both: a streaming replica (wanted: cursors move
--   freely between a primary and its read replicas), but also a point-in-
--   time restore of this project or a clone made from its files.  After
--   such a restore sync_pull still answers reset_required to a cursor ahead
--   of the restored transaction counter, but only until the counter passes
--   it again; the restore runbook (docs/sync-protocol.md, "Recovery after a
--   server restore") therefore renews the id at once:
--     update public.sync_server set server_id = gen_random_uuid();
--
-- Readable by every API role, since sync_pull runs as its caller; the id
-- is no secret (its token is in every cursor).  Nobody but the owner writes.

create table public.sync_server (
  id boolean primary key default true check (id),
  server_id uuid not null default gen_random_uuid(),
  created_at timestamptz not null default now()
);
comment on table public.sync_server is
  'One row: this database''s identity for pull cursors (see migration 20261203180000).';
insert into public.sync_server default values;

alter table public.sync_server enable row level security;
create policy "sync_server: readable by everyone"
  on public.sync_server for select to anon, authenticated
  using (true);
revoke all on public.sync_server from public, anon, authenticated, service_role;
grant select on public.sync_server to anon, authenticated, service_role;
