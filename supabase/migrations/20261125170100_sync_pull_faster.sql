-- sync_pull, faster: the page is assembled as JSON text, not as jsonb (issue #4).
--
-- Same scopes, rows, order, cursors, page bounds and answers as
-- 20261125140200_sync_pull.sql (its header explains how the cursor misses
-- nothing); only how the reply is built changes.
--
-- * The page: building it through jsonb -- a jsonb_build_object per row, a
--   jsonb[] of them, then to_jsonb of the array -- re-encoded every row three
--   times, and PostgREST then turned the result into text once more.  Now
--   each row is rendered to text once and the page is concatenated around
--   those texts.  The function returns json, so the text goes out as it is;
--   clients get the same JSON document (key order inside objects and
--   whitespace may differ; JSON defines neither).
-- * A row: row_to_json(row)::text with the internal "row_txid" member cut
--   out, about twice as fast as (to_jsonb(row) - 'row_txid')::text, and
--   compact.  The cut is an exact text replace of ,"row_txid":"<that row's
--   txid>" -- safe because row_to_json renders string values with every '"'
--   escaped (so the pattern can only be the member itself), row_txid is
--   never a table's first column (so the comma is there), and no synced
--   table has a json column, whose value would be copied verbatim (jsonb
--   values render with ", " / ": " and cannot match).  Course rows, which
--   also carry instructor_name, keep the jsonb form (a few hundred rows).
--
-- * Page size: up to 5000 rows for the catalogue and the learner's own
--   rows (small rows; fewer round trips for a new device), still 1000 for a
--   course scope, whose lesson bodies are rendered before the byte budget
--   cuts the page.  The default stays 1000.  A 5000-row catalogue page
--   takes about 50 ms here, against the 8 s statement timeout.
--
-- Measured on the 2-core test machine, all 11 pages of the benchmark's
-- 10,000-lesson catalogue timed inside PostgreSQL as the authenticated role:
-- about 205 ms before, 150 ms with the text page; the row_to_json rows take
-- about a sixth off that again (186 -> 155 ms side by side on a busy
-- machine).  benchmarks/README.md has the end-to-end figures.
--
-- The page's byte budget now counts the rows' JSON text (octet_length)
-- instead of their jsonb size: still "about 4 MB of rows".  The key a
-- tombstone of a quiz_question_versions / quiz_answer_keys row would carry
-- ("<question_id>,<version>") is read from the entry's key instead of from
-- the row, which is no longer jsonb here.
--
-- The return type changes (jsonb -> json), which CREATE OR REPLACE cannot
-- do: the function is dropped and created again, with its grants.

drop function public.sync_pull(text, text, integer);

create function public.sync_pull(
  scope text,
  cursor text default null,
  page_limit integer default 1000)
returns json
language plpgsql stable security invoker set search_path = ''
as $$
declare
  horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
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
  max_uuid constant uuid := 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  pruned xid8;
  entries refcursor;
  e record;
  fetched integer := 0;
  bytes bigint := 0;
  cut boolean := false;
  changes text[] := '{}';
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
  if scope_kind = 'course' then
    -- Lesson bodies: every table's branch renders up to n rows before the
    -- page is cut to its byte budget, so course pages stay at 1000.
    n := least(n, 1000);
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
    if (pruned is not null and pruned > '0'::xid8 and c_txid <= pruned)
       or c_txid > pg_snapshot_xmax(pg_current_snapshot()) then
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
                  (select p.full_name from public.profiles p where p.id = x.instructor_id)))::text as row
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

  return ('{"changes":[' || array_to_string(changes, ',')
          || '],"tombstones":' || served_tombs::text
          || ',"next_cursor":' || coalesce(to_json(next_cursor)::text, 'null')
          || ',"has_more":' || has_more::text
          || ',"reset_required":false}')::json;
end
$$;

revoke all on function public.sync_pull(text, text, integer) from public;
grant execute on function public.sync_pull(text, text, integer)
  to anon, authenticated, service_role;
