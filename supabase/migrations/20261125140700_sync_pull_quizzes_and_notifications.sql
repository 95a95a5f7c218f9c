-- sync_pull, complete: the course scope now carries quiz questions, their
-- versions and practice answer keys, the 'me' scope notifications (tables
-- from the quiz and notification migrations), and a page no longer carries
-- a tombstone for a row it also sends (deleted and written again since the
-- cursor), so a client may apply tombstones and changes in either order
-- (desktop/store/pulled.py applies changes first).
--
-- Everything else as in 20261125140200_sync_pull.sql (horizon, order,
-- cursor, page bounds, RLS) -- its header explains how pulls miss nothing.
-- The course scope selects practice keys only (lessons.quiz_mode), on top of
-- the RLS policy of quiz_answer_keys: an assessed key never leaves the
-- server, not even to the course's instructor through sync.

create or replace function public.sync_pull(
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
  changed text[] := '{}';
  served_tombs jsonb;
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
        (select x.row_txid, 'quiz_questions', x.id::text, to_jsonb(x) - 'row_txid'
         from public.quiz_questions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'quiz_questions' collate "C", x.id::text collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.id limit n)
        union all
        (select x.row_txid, 'quiz_question_versions',
                x.question_id::text || '/' || lpad(x.version::text, 10, '0'),
                to_jsonb(x) - 'row_txid'
         from public.quiz_question_versions x join public.lessons l on l.id = x.lesson_id
         where l.course_id = course and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'quiz_question_versions' collate "C",
                (x.question_id::text || '/' || lpad(x.version::text, 10, '0')) collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.question_id, x.version limit n)
        union all
        -- Practice keys only, whoever asks: an assessed key never leaves the server.
        (select x.row_txid, 'quiz_answer_keys',
                x.question_id::text || '/' || lpad(x.version::text, 10, '0'),
                to_jsonb(x) - 'row_txid'
         from public.quiz_answer_keys x
         join public.quiz_questions q on q.id = x.question_id
         join public.lessons l on l.id = q.lesson_id
         where l.course_id = course and l.quiz_mode = 'practice'
           and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'quiz_answer_keys' collate "C",
                (x.question_id::text || '/' || lpad(x.version::text, 10, '0')) collate "C")
               > (c_txid, c_tbl, c_key)
         order by x.row_txid, x.question_id, x.version limit n)
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
        (select x.row_txid, 'notifications', x.id::text, to_jsonb(x) - 'row_txid'
         from public.notifications x
         where x.user_id = uid and x.row_txid >= c_txid and x.row_txid < horizon
           and (x.row_txid, 'notifications' collate "C", x.id::text collate "C")
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
      -- The id a tombstone of this row would carry (see below).
      changed := changed || (e.tbl || ':' || case
        when e.tbl in ('quiz_question_versions', 'quiz_answer_keys')
          then (e.row ->> 'question_id') || ',' || (e.row ->> 'version')
        else e.key end);
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

  -- A row deleted and written again within this page is sent as its current
  -- state only: its older tombstone is dropped, so clients may apply a
  -- page's tombstones and changes in either order.
  select coalesce(jsonb_agg(t.v order by t.o), '[]'::jsonb) into served_tombs
    from unnest(tombs) with ordinality as t(v, o)
    where ((t.v ->> 'table') || ':' || (t.v ->> 'id')) <> all (changed);

  return jsonb_build_object(
    'changes', to_jsonb(changes),
    'tombstones', served_tombs,
    'next_cursor', next_cursor,
    'has_more', has_more,
    'reset_required', false);
end
$$;

revoke all on function public.sync_pull(text, text, integer) from public;
grant execute on function public.sync_pull(text, text, integer)
  to anon, authenticated, service_role;
