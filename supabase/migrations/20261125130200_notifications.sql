-- Notifications: the table the seed guide's code writes to but never creates.
--
-- The seed's edge function `send-notification` inserted notifications with
-- the service role when a client asked it to, after the event had already
-- been committed: when that second call failed (offline, timeout, crash) the
-- notification was lost, and any client could ask for any notification for
-- anyone.  It is replaced by in-database writes: the server functions that
-- award an achievement or complete a course insert the notification in the
-- same transaction as the event (private.notify, below), so either both are
-- stored or neither is.
--
-- Learners read only their own notifications and may only mark them read
-- (column privilege on is_read); they cannot insert, delete or rewrite them.

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  type text not null check (type ~ '^[a-z][a-z_]{0,40}$'),  -- achievement, course_completion, …
  title text not null,
  message text not null,
  data jsonb not null default '{}',
  is_read boolean not null default false,
  created_at timestamptz not null default now()
);
create index idx_notifications_user on public.notifications (user_id, created_at desc);
create index idx_notifications_unread on public.notifications (user_id) where not is_read;

alter table public.notifications enable row level security;

create policy "notifications: owner reads own" on public.notifications
  for select to authenticated
  using (user_id = auth.uid());
create policy "notifications: owner marks own read" on public.notifications
  for update to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

revoke all on public.notifications from public, anon, authenticated, service_role;
grant select, update (is_read) on public.notifications to authenticated;
grant all on public.notifications to service_role;

-- The one way server functions write a notification (same transaction as
-- the event that caused it).
create function private.notify(user_uuid uuid, kind text, title text, message text,
                               payload jsonb default '{}')
returns uuid
language sql volatile security definer set search_path = ''
as $$
  insert into public.notifications (user_id, type, title, message, data)
  values (user_uuid, kind, title, message, coalesce(payload, '{}'))
  returning id
$$;

revoke all on function private.notify(uuid, text, text, text, jsonb)
  from public, anon, authenticated;
