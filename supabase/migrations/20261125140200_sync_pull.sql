-- sync_pull(scope, cursor, page_limit): one page of what changed in a scope
-- since the cursor (issue #4; docs/sync-protocol.md has the wire format).
--
-- Scopes: 'catalogue' (published courses, their lessons' metadata, active
-- achievements), 'course:<uuid>' (that course's lessons, bodies, quiz
-- questions, their versions, practice answer keys), 'me' (the caller's
-- profile, enrollments, progress, attempts, badges, ratings, notifications;
-- 'learner' is accepted as another name).
--
-- How it misses nothing (docs/sync-design.md, "The out-of-order commit
-- trap"): h := pg_snapshot_xmin(pg_current_snapshot()) first; every
-- transaction below h has finished.  Only rows and tombstones with
-- row_txid < h are served, in (row_txid, table, key) order after the cursor;
-- the next cursor is the last key served, or h when the page ends the
-- stream.  A write still running has row_txid >= h and waits for the next
-- pull.  Within one transaction id tombstones come first ('#tombstones'
-- sorts before table names), so a delete and re-insert in one transaction
-- ends with the row.
--
-- SECURITY INVOKER: every row passes the caller's own RLS policies, and the
-- scope filters (published, own user_id, practice keys only) are applied on
-- top.  An assessed answer key is never selected, whoever asks.
-- Pages: at most page_limit (<= 1000) entries and about 4 MB of rows; the
-- first entry is always served so a huge row cannot stall a client.
-- The cursor is opaque text "<txid>:<table>:<key>"; null starts the scope
-- from zero (a new enrollment starts its course scope that way).

create function public.sync_pull(
  scope text,
  cursor text default null,
  page_limit integer default 1000)
returns jsonb
language plpgsql stable security invoker set search_path = ''
as $$
declare
  horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
  n integer := least(greatest(coalesce(page_limit, 1000), 1), 1000);
  byte_budget constant integer := 4 * 1024 * 1024;
  uid uuid := auth.uid();
  scope_kind text;
  course uuid;
  parts text[];
  c_txid xid8 := '0'::xid8;
  c_tbl text := '';
  c_key text := '';
  pruned xid8;
  entries refcursor;
  e record;
  fetched integer := 0;
  bytes bigint := 0;
  cut boolean := false;
  changes jsonb[] := '{}';
  tombs jsonb[] := '{}';
  last_txid xid8;
  last_tbl text;
  last_key text;
  has_more boolean;
  next_cursor text;
begin
  if scope = 'catalogue' then
    scope_kind := 'catalogue';
  elsif scope in ('me', 'learner') then
    if uid is null then
      raise exception 'sync_pull: scope % needs a signed-in learner', scope
        using errcode = '42501', hint = 'not_signed_in';
    end if;
    scope_kind := 'user';
  elsif scope ~ '^course:[0-9a-fA-F-]{36}$' then
    scope_kind := 'course';
    course := substr(scope, 8)::uuid;
  else
    raise exception 'sync_pull: unknown scope %', coalesce(scope, 'null')
      using errcode = '22023', hint = 'bad_scope';
  end if;

  if cursor is not null and cursor <> '' then
    parts := string_to_array(cursor, ':');
    if array_length(parts, 1) <> 3 or parts[1] !~ '^[0-9]{1,20}$' then
      raise exception 'sync_pull: malformed cursor %', cursor
        using errcode = '22023', hint = 'bad_cursor';
    end if;
    c_txid := parts[1]::xid8;
    c_tbl := parts[2];
    c_key := parts[3];
    select r.tombstones_pruned_through into pruned from public.sync_retention r;
    if pruned is not null and pruned > '0'::xid8 and c_txid <= pruned then
      -- Deletions this cursor has not seen may be gone: start the scope over.
      return jsonb_build_object('changes', '[]'::jsonb, 'tombstones', '[]'::jsonb,
                                'next_cursor', null, 'has_more', true,
                                'reset_required', true);
    end if;
  end if;

  if scope_kind = 'catalogue' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'courses'::text as tbl, x.id::text as key,
                to_jsonb(x) - 'row_txid' as row
         from public.courses x
         where x.is_published and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'courses' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'lessons', x.id::text, to_jsonb(x) - 'row_txid'
         from public.lessons x join public.courses c on c.id = x.course_id
         where c.is_published and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'lessons' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'achievements', x.id::text, to_jsonb(x) - 'row_txid'
         from public.achievements x
         where x.is_active and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'achievements' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid, '#tombstones', lpad(t.id::text, 20, '0'),
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)
         from public.sync_tombstones t
         where t.scope = 'catalogue' and t.row_txid >= c_txid and t.row_txid < horizon
           and (t.row_txid, '#tombstones' collate "C", lpad(t.id::text, 20, '0') collate "C")
               > (c_txid, c_tbl, c_key)
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  elsif scope_kind = 'course' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'lessons'::text as tbl, x.id::text as key,
                to_jsonb(x) - 'row_txid' as row
         from public.lessons x
         where x.course_id = course and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'lessons' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'lesson_contents', x.lesson_id::text, to_jsonb(x) - 'row_txid'
         from public.lesson_contents x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'lesson_contents' collate "C", x.lesson_id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.lesson_id limit n)
        union all
        (select t.row_txid, '#tombstones', lpad(t.id::text, 20, '0'),
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)
         from public.sync_tombstones t
         where t.scope = 'course' and t.scope_id = course
           and t.row_txid >= c_txid and t.row_txid < horizon
           and (t.row_txid, '#tombstones' collate "C", lpad(t.id::text, 20, '0') collate "C")
               > (c_txid, c_tbl, c_key)
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  else
    open entries for
      select * from (
        (select x.row_txid as txid, 'profiles'::text as tbl, x.id::text as key,
                to_jsonb(x) - 'row_txid' as row
         from public.profiles x
         where x.id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'profiles' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key))
        union all
        (select x.row_txid, 'enrollments', x.id::text, to_jsonb(x) - 'row_txid'
         from public.enrollments x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'enrollments' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'lesson_progress', x.id::text, to_jsonb(x) - 'row_txid'
         from public.lesson_progress x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'lesson_progress' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'quiz_attempts', x.id::text, to_jsonb(x) - 'row_txid'
         from public.quiz_attempts x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'quiz_attempts' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'user_achievements', x.id::text, to_jsonb(x) - 'row_txid'
         from public.user_achievements x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'user_achievements' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'course_ratings', x.id::text, to_jsonb(x) - 'row_txid'
         from public.course_ratings x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'course_ratings' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid, '#tombstones', lpad(t.id::text, 20, '0'),
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)
         from public.sync_tombstones t
         where t.scope = 'user' and t.scope_id = uid
           and t.row_txid >= c_txid and t.row_txid < horizon
           and (t.row_txid, '#tombstones' collate "C", lpad(t.id::text, 20, '0') collate "C")
               > (c_txid, c_tbl, c_key)
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  end if;

  loop
    fetch entries into e;
    exit when not found;
    fetched := fetched + 1;
    if fetched > 1 and bytes + pg_column_size(e.row) > byte_budget then
      cut := true;
      exit;
    end if;
    bytes := bytes + pg_column_size(e.row);
    if e.tbl = '#tombstones' then
      tombs := tombs || e.row;
    else
      changes := changes || jsonb_build_object('table', e.tbl, 'row', e.row);
    end if;
    last_txid := e.txid;
    last_tbl := e.tbl;
    last_key := e.key;
  end loop;
  close entries;

  has_more := cut or fetched = n;
  if has_more then
    next_cursor := last_txid::text || ':' || last_tbl || ':' || last_key;
  elsif horizon > c_txid then
    -- Everything below the horizon has been served.
    next_cursor := horizon::text || '::';
  else
    next_cursor := c_txid::text || ':' || c_tbl || ':' || c_key;
  end if;

  return jsonb_build_object(
    'changes', to_jsonb(changes),
    'tombstones', to_jsonb(tombs),
    'next_cursor', next_cursor,
    'has_more', has_more,
    'reset_required', false);
end
$$;

revoke all on function public.sync_pull(text, text, integer) from public;
grant execute on function public.sync_pull(text, text, integer)
  to anon, authenticated, service_role;
