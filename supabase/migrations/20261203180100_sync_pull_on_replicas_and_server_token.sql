-- sync_pull on a read replica, and cursors that name their database
-- (issue #15).
--
-- Read replicas.  Supabase's read replicas are streaming hot standbys, and
-- a pull is read-only, so it may run on one.  Two things were wrong there:
-- * The horizon (the oldest transaction that may still write rows; see
--   20261125140200 and 20261203130100) came out too high.  During recovery
--   PostgreSQL keeps every transaction id it knows to be running on the
--   primary in the snapshot's subtransaction array, and pg_current_snapshot()
--   copies only the top-level array: on a standby pg_snapshot_xip() is
--   always empty, the horizon became the snapshot's xmax, and a pull passed
--   over a transaction still open on the primary, whose rows then came in
--   below the cursor and were never sent.  The snapshot's xmin is right on a
--   standby (the least id the standby knows to be running; an id it has not
--   seen yet is at or above xmax), so there the horizon is xmin itself.  The
--   pg_locks filter of 20261203130100 has nothing to work on there (the
--   primary's locks are not replicated), so on a standby a transaction open
--   in another database of the primary, or an ANALYZE, holds pulls back for
--   as long as it runs.
-- * A cursor ahead of the standby's snapshot was taken for one from a
--   restored server (reset_required).  On a standby it is lag: a cursor from
--   the primary, or from a replica further ahead.  The standby now answers
--   an empty page with the same cursor, has_more false; the rows come on a
--   later pull, once replayed.  A cursor from the standby is valid on the
--   primary (its numbers are the primary's).  tests/db/test_sync_replica.py
--   runs both against a PostgreSQL 15 standby.
--
-- Cursors name their database.  Every cursor now starts with a 12-digit
-- token of public.sync_server (20261203180000): a cursor whose token is not
-- this database's, and a cursor of the old form with no token, answer
-- reset_required.  The cursor stays opaque to clients.
--
-- The rest is the latest definition (20261203150000_profiles_own_row.sql).

create or replace function public.sync_pull(
  scope text,
  cursor text default null,
  page_limit integer default 1000)
returns json
language plpgsql stable security invoker set search_path = ''
as $$
declare
  snap pg_snapshot := pg_current_snapshot();
  horizon xid8 := pg_snapshot_xmin(snap);
  standby constant boolean := pg_is_in_recovery();
  token text;
  others integer[];
  n integer := least(greatest(coalesce(page_limit, 1000), 1), 5000);
  byte_budget constant integer := 4 * 1024 * 1024;
  uid uuid := auth.uid();
  scope_kind text;
  course uuid;
  parts text[];
  c_txid xid8 := '0'::xid8;
  c_tbl text := '';
  c_key text := '';
  -- The cursor as bounds each table's index can seek to (see the header).
  c_prev xid8 := '0'::xid8;
  c_uuid uuid;
  c_version integer;
  c_tomb bigint;
  max_uuid constant uuid := 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid;
  pruned xid8;
  entries refcursor;
  e record;
  fetched integer := 0;
  bytes bigint := 0;
  cut boolean := false;
  changes text[] := '{}'::text[];
  tombs jsonb[] := '{}'::jsonb[];
  changed text[] := '{}'::text[];
  served_tombs jsonb;
  last_txid xid8;
  last_tbl text;
  last_key text;
  has_more boolean;
  next_cursor text;
begin
  -- The horizon: the oldest transaction that may still write this
  -- database's rows (see the header).  Only when some transaction was
  -- running at the snapshot; the backends are read before their locks.
  -- On a standby the snapshot's xmin is the whole answer (see the header).
  if not standby and horizon < pg_snapshot_xmax(snap) then
    perform pg_stat_clear_snapshot();
    select coalesce(array_agg(a.pid), '{}') into others
      from pg_catalog.pg_stat_activity a
      where a.datid is distinct from
              (select d.oid from pg_catalog.pg_database d where d.datname = current_database())
         or a.usesysid is null;
    select least(min(x.id), pg_current_xact_id_if_assigned(), pg_snapshot_xmax(snap))
      into horizon
      from pg_snapshot_xip(snap) as x(id)
      where not exists (
        select 1 from pg_catalog.pg_locks l
        where l.locktype = 'transactionid' and l.mode = 'ExclusiveLock' and l.granted
          and l.transactionid = xid(x.id) and l.pid = any (others));
  end if;

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
  if scope_kind = 'course' then
    -- Lesson bodies: every table's branch renders up to n rows before the
    -- page is cut to its byte budget, so course pages stay at 1000.
    n := least(n, 1000);
  end if;

  -- This database's token (20261203180000): the first part of every cursor.
  select left(md5(s.server_id::text || '/' || s.xmin::text), 12) into token
    from public.sync_server s;
  token := coalesce(token, 'no-server-id');

  if cursor is not null and cursor <> '' then
    parts := string_to_array(cursor, ':');
    if array_length(parts, 1) = 3 and parts[1] ~ '^[0-9]{1,20}$' then
      -- A cursor that names no database (made before 20261203180100): it
      -- may come from anywhere.
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
    if array_length(parts, 1) <> 4 or parts[1] !~ '^[0-9a-f]{12}$'
       or parts[2] !~ '^[0-9]{1,20}$' then
      raise exception 'sync_pull: malformed cursor %', cursor
        using errcode = '22023', hint = 'bad_cursor';
    end if;
    if parts[1] <> token then
      -- Another database's position: its numbers mean nothing here.
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
    c_txid := parts[2]::xid8;
    c_tbl := parts[3];
    c_key := parts[4];
    begin
      if c_tbl = '#tombstones' then
        c_tomb := c_key::bigint;
      elsif c_tbl in ('quiz_question_versions', 'quiz_answer_keys') then
        c_uuid := split_part(c_key, '/', 1)::uuid;
        c_version := split_part(c_key, '/', 2)::integer;
      elsif c_tbl <> '' then
        c_uuid := c_key::uuid;
      end if;
    exception when data_exception then
      raise exception 'sync_pull: malformed cursor %', cursor
        using errcode = '22023', hint = 'bad_cursor';
    end;
    if c_txid > '0'::xid8 then
      c_prev := (c_txid::text::numeric - 1)::text::xid8;
    end if;
    select r.tombstones_pruned_through into pruned from public.sync_retention r;
    -- Deletions this cursor has not seen may be gone (pruned), or the cursor
    -- is ahead of every transaction this database ever ran (it was restored
    -- from a backup, so rows may have gone without a tombstone): start over.
    -- On a standby a cursor ahead of what it has replayed comes from the
    -- primary or a less lagging replica: nothing to send yet, keep it.
    if c_txid > pg_snapshot_xmax(snap) and standby then
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', cursor, 'has_more', false,
                               'reset_required', false);
    end if;
    if (pruned is not null and pruned > '0'::xid8 and c_txid <= pruned)
       or c_txid > pg_snapshot_xmax(snap) then
      return json_build_object('changes', '[]'::json, 'tombstones', '[]'::json,
                               'next_cursor', null, 'has_more', true,
                               'reset_required', true);
    end if;
  end if;

  if scope_kind = 'catalogue' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'courses'::text as tbl, x.id::text as key,
                (to_jsonb(x) - 'row_txid' || jsonb_build_object('instructor_name',
                  (select p.full_name
                   from public.get_public_profiles(array[x.instructor_id]) p)))::text as row
         from public.courses x
         where x.is_published
           and (x.row_txid, x.id) > (case when 'courses' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'courses' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lessons'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lessons x join public.courses c on c.id = x.course_id
         where c.is_published
           and (x.row_txid, x.id) > (case when 'lessons' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lessons' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'achievements'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.achievements x
         where x.is_active
           and (x.row_txid, x.id) > (case when 'achievements' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'achievements' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'catalogue'
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  elsif scope_kind = 'course' then
    open entries for
      select * from (
        (select x.row_txid as txid, 'lessons'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lessons x
         where x.course_id = course
           and (x.row_txid, x.id) > (case when 'lessons' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lessons' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lesson_contents'::text as tbl, x.lesson_id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lesson_contents x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.lesson_id) > (case when 'lesson_contents' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lesson_contents' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.lesson_id limit n)
        union all
        (select x.row_txid as txid, 'quiz_questions'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_questions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.id) > (case when 'quiz_questions' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'quiz_questions' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'quiz_question_versions'::text as tbl,
                x.question_id::text || '/' || lpad(x.version::text, 10, '0') as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_question_versions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course
           and (x.row_txid, x.question_id, x.version)
               > (case when 'quiz_question_versions' collate "C" > c_tbl then c_prev else c_txid end,
                  case when 'quiz_question_versions' = c_tbl then c_uuid else max_uuid end,
                  case when 'quiz_question_versions' = c_tbl then c_version else 2147483647 end)
           and x.row_txid < horizon
         order by x.row_txid, x.question_id, x.version limit n)
        union all
        -- Practice keys only, whoever asks: an assessed key never leaves the server.
        (select x.row_txid as txid, 'quiz_answer_keys'::text as tbl,
                x.question_id::text || '/' || lpad(x.version::text, 10, '0') as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_answer_keys x
         join public.quiz_questions q on q.id = x.question_id
         join public.lessons l on l.id = q.lesson_id
         where l.course_id = course and l.quiz_mode = 'practice'
           and (x.row_txid, x.question_id, x.version)
               > (case when 'quiz_answer_keys' collate "C" > c_tbl then c_prev else c_txid end,
                  case when 'quiz_answer_keys' = c_tbl then c_uuid else max_uuid end,
                  case when 'quiz_answer_keys' = c_tbl then c_version else 2147483647 end)
           and x.row_txid < horizon
         order by x.row_txid, x.question_id, x.version limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'course' and t.scope_id = course
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  else
    open entries for
      select * from (
        (select x.row_txid as txid, 'profiles'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.profiles x
         where x.id = uid
           and (x.row_txid, x.id) > (case when 'profiles' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'profiles' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'enrollments'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.enrollments x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'enrollments' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'enrollments' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'lesson_progress'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.lesson_progress x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'lesson_progress' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'lesson_progress' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'quiz_attempts'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.quiz_attempts x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'quiz_attempts' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'quiz_attempts' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'user_achievements'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.user_achievements x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'user_achievements' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'user_achievements' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'course_ratings'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.course_ratings x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'course_ratings' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'course_ratings' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid as txid, 'notifications'::text as tbl, x.id::text as key,
                replace(row_to_json(x)::text, ',"row_txid":"' || x.row_txid || '"', '') as row
         from public.notifications x
         where x.user_id = uid
           and (x.row_txid, x.id) > (case when 'notifications' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when 'notifications' = c_tbl then c_uuid else max_uuid end)
           and x.row_txid < horizon
         order by x.row_txid, x.id limit n)
        union all
        (select t.row_txid as txid, '#tombstones'::text as tbl, lpad(t.id::text, 20, '0') as key,
                jsonb_build_object('table', t.table_name, 'id', t.row_id, 'pk', t.row_pk)::text as row
         from public.sync_tombstones t
         where t.scope = 'user' and t.scope_id = uid
           and (t.row_txid, t.id) > (case when '#tombstones' collate "C" > c_tbl then c_prev else c_txid end,
                                     case when '#tombstones' = c_tbl then c_tomb
                                          else 9223372036854775807 end)
           and t.row_txid < horizon
         order by t.row_txid, t.id limit n)
      ) u
      order by u.txid, u.tbl collate "C", u.key collate "C"
      limit n;
  end if;

  loop
    fetch entries into e;
    exit when not found;
    fetched := fetched + 1;
    if fetched > 1 and bytes + octet_length(e.row) > byte_budget then
      cut := true;
      exit;
    end if;
    bytes := bytes + octet_length(e.row);
    if e.tbl = '#tombstones' then
      tombs := tombs || e.row::jsonb;
    else
      changes := changes || ('{"table":"' || e.tbl || '","row":' || e.row || '}');
      -- The id a tombstone of this row would carry (see below).
      changed := changed || (e.tbl || ':' || case
        when e.tbl in ('quiz_question_versions', 'quiz_answer_keys')
          then split_part(e.key, '/', 1) || ',' || split_part(e.key, '/', 2)::integer::text
        else e.key end);
    end if;
    last_txid := e.txid;
    last_tbl := e.tbl;
    last_key := e.key;
  end loop;
  close entries;

  has_more := cut or fetched = n;
  if has_more then
    next_cursor := token || ':' || last_txid::text || ':' || last_tbl || ':' || last_key;
  elsif horizon > c_txid then
    -- Everything below the horizon has been served.
    next_cursor := token || ':' || horizon::text || '::';
  else
    next_cursor := token || ':' || c_txid::text || ':' || c_tbl || ':' || c_key;
  end if;

  -- A row deleted and written again within this page is sent as its current
  -- state only: its older tombstone is dropped, so clients may apply a
  -- page's tombstones and changes in either order.
  select coalesce(jsonb_agg(t.v order by t.o), '[]'::jsonb) into served_tombs
    from unnest(tombs) with ordinality as t(v, o)
    where ((t.v ->> 'table') || ':' || (t.v ->> 'id')) <> all (changed);

  return ('{"changes":[' || array_to_string(changes, ',')
          || '],"tombstones":' || served_tombs::text
          || ',"next_cursor":' || coalesce(to_json(next_cursor)::text, 'null')
          || ',"has_more":' || has_more::text
          || ',"reset_required":false}')::json;
end
$$;
