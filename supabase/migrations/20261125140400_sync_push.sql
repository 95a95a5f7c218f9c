-- sync_push(device_id, ops): apply a batch of one device's queued operations
-- in order, exactly once, in one transaction (issue #4; docs/sync-protocol.md
-- has the op kinds, payloads and results).
--
-- * Ops carry the learner implicitly: auth.uid().  A user id in a payload is
--   never read.
-- * The learner's profile row is locked first, then the device row.  The
--   device lock makes concurrent pushes of one device run one after the
--   other.  The profile lock serialises a learner's pushes: the reward
--   triggers on lesson_progress lock the profile row (private.lock_rewards)
--   after the progress row sync_push has locked, so two devices of one
--   learner pushing at once, each touching lessons the other touches, would
--   take those locks in opposite orders and deadlock (one push aborted and
--   retried).  Taking the profile lock first gives every path the same
--   order: profile, then device, then progress rows.  Pushes of different
--   learners never wait for each other.  The profile lock is FOR NO KEY
--   UPDATE, like private.lock_rewards (20261125130800): it conflicts with
--   itself and with updates of the row, which is all the serialising needs,
--   but not with the FOR KEY SHARE lock every foreign-key check on profiles
--   takes.  FOR UPDATE (the first form of this function) made the learner's
--   other writes that reference the profile (a progress row or notification
--   written outside sync, an enrollment) wait for the whole push, and two
--   callers whose transactions already held KEY SHARE (from such a write)
--   could deadlock upgrading it, as in 20261125130800.
-- * seq <= last_seq is a duplicate (acknowledged, not applied; a replayed
--   seq that carried another op id means the local database was copied:
--   refused, hint device_sequence_conflict); the first new seq must be
--   last_seq + 1 and seqs must rise by one, otherwise the whole push is
--   refused (hint sequence_gap) and nothing is applied.
-- * Savepoints: a plpgsql BEGIN ... EXCEPTION block is a subtransaction.
--   One per op would mean 250 subtransactions per push: past 64 the
--   transaction's snapshot information overflows into pg_subtrans, and every
--   later visibility check on rows the batch wrote (a lesson's progress row
--   updated by op after op) pays for lookups there; it also slows other
--   sessions' snapshots while the push runs.  So a push first runs all its
--   ops inside ONE savepoint (private.sync_run_ops, isolate = false); only
--   if something fails (an op that will be rejected, a sequence refusal) is
--   that undone and the batch run again the careful way, each op in its own
--   savepoint.  Rejections are rare, so almost every push costs one
--   subtransaction.
-- * In the careful run an op that can never succeed (bad payload, a lesson
--   the learner may not read, a check violation) is rolled back alone,
--   marked rejected with the reason, and still advances last_seq, so the
--   device is never stuck behind it.  Transient failures (serialization,
--   deadlock, lock timeout, shutdown, out of resources, internal errors)
--   abort the whole push instead: nothing is applied and the client retries
--   the same batch.
-- * Merge rules (docs/sync-design.md): completion is the greatest; time is a
--   ledger of increments keyed by op id; section progress merges per key
--   (highest percent, other fields from the later stamp); completed_at is
--   the earliest; quiz attempts go through submit_quiz_attempt (insert-once,
--   graded by the server); enrollment and rating are last-writer-wins by
--   hybrid logical clock; notification.read only ever sets is_read.
-- * Progress writes are plain writes to lesson_progress, so the reward
--   triggers of the schema (enrollment progress, points, streaks,
--   achievements, notifications) fire as for any other writer.  A merge that
--   changes nothing writes nothing.
-- * Bounded: at most 250 ops and 512 KB per push, so a batch stays far
--   inside the authenticated role's 8 s statement timeout.
-- SECURITY DEFINER (owner's rights, empty search_path): the learner cannot
-- write the sync tables, enrollment status or progress totals directly;
-- every op checks what the learner may do itself.

create function private.sync_payload_uuid(payload jsonb, field text) returns uuid
language plpgsql immutable set search_path = ''
as $$
begin
  if jsonb_typeof(payload -> field) is distinct from 'string'
     or (payload ->> field) !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception 'payload.% must be a uuid', field using errcode = '22023';
  end if;
  return (payload ->> field)::uuid;
end
$$;

create function private.sync_payload_int(payload jsonb, field text, lo bigint, hi bigint,
                                         required boolean default true) returns integer
language plpgsql immutable set search_path = ''
as $$
begin
  if payload -> field is null or jsonb_typeof(payload -> field) = 'null' then
    if required then
      raise exception 'payload.% is required', field using errcode = '22023';
    end if;
    return null;
  end if;
  if jsonb_typeof(payload -> field) <> 'number'
     or (payload ->> field) !~ '^-?[0-9]+$'
     or (payload ->> field)::numeric not between lo and hi then
    raise exception 'payload.% must be an integer from % to %', field, lo, hi
      using errcode = '22023';
  end if;
  return (payload ->> field)::integer;
end
$$;

create function private.sync_payload_time(payload jsonb, field text) returns timestamptz
language plpgsql stable set search_path = ''
as $$
declare
  value timestamptz;
begin
  if payload -> field is null or jsonb_typeof(payload -> field) = 'null' then
    return null;
  end if;
  begin
    value := (payload ->> field)::timestamptz;
  exception when others then
    raise exception 'payload.% must be an ISO 8601 timestamp', field using errcode = '22023';
  end;
  -- A client clock running fast must not put events in the future.
  return least(value, now());
end
$$;

-- The learner's progress row for a lesson they may read, locked (created on
-- first use, last accessed at `at`).
create function private.sync_progress_row(uid uuid, lesson uuid, at timestamptz)
returns public.lesson_progress
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid;
  result public.lesson_progress;
begin
  select l.course_id into course from public.lessons l where l.id = lesson;
  if course is null then
    raise exception 'lesson % does not exist', lesson using errcode = '23503';
  end if;
  if not public.can_read_lesson_content(lesson) then
    raise exception 'lesson % is not open to this learner', lesson using errcode = '42501';
  end if;
  select * into result from public.lesson_progress p
    where p.user_id = uid and p.lesson_id = lesson for update;
  if not found then
    insert into public.lesson_progress (user_id, lesson_id, course_id, last_accessed)
    values (uid, lesson, course, coalesce(at, now()))
    on conflict (user_id, lesson_id) do nothing;
    select * into result from public.lesson_progress p
      where p.user_id = uid and p.lesson_id = lesson for update;
  end if;
  return result;
end
$$;

-- Write the merged progress row back, only when something changed.
create function private.sync_save_progress(cur public.lesson_progress,
                                           merged public.lesson_progress)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  saved public.lesson_progress;
begin
  if (merged.completion_percentage, merged.time_spent_seconds, merged.completed_at,
      merged.last_accessed, merged.section_progress)
     is not distinct from
     (cur.completion_percentage, cur.time_spent_seconds, cur.completed_at,
      cur.last_accessed, cur.section_progress) then
    return jsonb_build_object('lesson_progress', to_jsonb(cur) - 'row_txid');
  end if;
  update public.lesson_progress p set
    completion_percentage = merged.completion_percentage,
    time_spent_seconds = merged.time_spent_seconds,
    completed_at = merged.completed_at,
    last_accessed = merged.last_accessed,
    section_progress = merged.section_progress
  where p.id = cur.id
  returning * into saved;
  return jsonb_build_object('lesson_progress', to_jsonb(saved) - 'row_txid');
end
$$;

-- section_progress[key]: highest percent; every other field from the entry
-- with the later stamp (an equal stamp is a replay: keep what is stored).
-- Same rule as desktop/rules/merge.py merge_section.
create function private.sync_merge_section(cur jsonb, incoming jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select case
    when cur is null or jsonb_typeof(cur) <> 'object' then incoming
    else (case when (incoming ->> 'hlc') collate "C" > coalesce(cur ->> 'hlc', '') collate "C"
               then incoming else cur end)
         || jsonb_build_object(
              'percent', greatest(coalesce((cur ->> 'percent')::numeric, 0),
                                  (incoming ->> 'percent')::numeric)::integer,
              'hlc', greatest(coalesce(cur ->> 'hlc', '') collate "C",
                              (incoming ->> 'hlc') collate "C"))
  end
$$;

-- progress.open / .section / .time / .complete on the learner's row.
create function private.sync_op_progress(uid uuid, kind text, op_uuid uuid, op_hlc text,
                                         payload jsonb)
returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  lesson uuid := private.sync_payload_uuid(payload, 'lesson_id');
  at timestamptz;
  cur public.lesson_progress;
  merged public.lesson_progress;
  entry record;
  seconds integer;
  counted boolean;
begin
  at := private.sync_payload_time(payload, case kind
          when 'progress.open' then 'accessed_at'
          when 'progress.time' then 'recorded_at'
          when 'progress.complete' then 'completed_at' end);
  cur := private.sync_progress_row(uid, lesson, at);
  merged := cur;
  merged.last_accessed := greatest(cur.last_accessed, at);  -- greatest() skips nulls

  if kind = 'progress.section' then
    if jsonb_typeof(payload -> 'sections') is distinct from 'object' then
      raise exception 'payload.sections must be an object {"<key>": {"percent": n, ...}}'
        using errcode = '22023';
    end if;
    if op_hlc is null then
      raise exception 'progress.section needs the op''s hlc' using errcode = '22023';
    end if;
    for entry in select key, value from jsonb_each(payload -> 'sections') loop
      if char_length(entry.key) not between 1 and 200 or jsonb_typeof(entry.value) <> 'object' then
        raise exception 'section %: a key of 1 to 200 characters with an object value',
          left(entry.key, 40) using errcode = '22023';
      end if;
      merged.section_progress := jsonb_set(
        merged.section_progress, array[entry.key],
        private.sync_merge_section(
          merged.section_progress -> entry.key,
          entry.value || jsonb_build_object(
            'percent', private.sync_payload_int(entry.value, 'percent', 0, 100),
            'hlc', op_hlc)));
    end loop;
    merged.completion_percentage := greatest(cur.completion_percentage,
      private.sync_payload_int(payload, 'lesson_percent', 0, 100, false));

  elsif kind = 'progress.time' then
    seconds := private.sync_payload_int(payload, 'seconds', 1, 86400);
    insert into public.lesson_time_ledger (user_id, op_id, lesson_id, seconds)
    values (uid, op_uuid, lesson, seconds)
    on conflict (user_id, op_id) do nothing
    returning true into counted;
    if counted is null then
      -- Already counted (a restored copy replaying under a new device id).
      return jsonb_build_object('status', 'duplicate');
    end if;
    merged.time_spent_seconds := cur.time_spent_seconds + seconds;

  elsif kind = 'progress.complete' then
    merged.completion_percentage := 100;
    merged.completed_at := least(cur.completed_at, coalesce(at, now()));  -- earliest
  end if;  -- progress.open: last_accessed only

  return private.sync_save_progress(cur, merged);
end
$$;

create function private.sync_op_quiz(uid uuid, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  attempt_id uuid := private.sync_payload_uuid(payload, 'attempt_id');
  lesson uuid := private.sync_payload_uuid(payload, 'lesson_id');
  stored public.quiz_attempts;
begin
  select * into stored from public.quiz_attempts a where a.id = attempt_id;
  if found then
    if stored.user_id <> uid then
      raise exception 'attempt % belongs to someone else', attempt_id using errcode = '42501';
    end if;
    return jsonb_build_object('status', 'duplicate',
                              'quiz_attempt', to_jsonb(stored) - 'row_txid');
  end if;
  if jsonb_typeof(payload -> 'answers') is distinct from 'object' then
    raise exception 'payload.answers must be an object' using errcode = '22023';
  end if;
  stored := public.submit_quiz_attempt(
    attempt_id, lesson, payload -> 'answers',
    private.sync_payload_int(payload, 'time_taken_seconds', 0, 2147483647, false),
    private.sync_payload_time(payload, 'completed_at'));
  return jsonb_build_object('quiz_attempt', to_jsonb(stored) - 'row_txid');
end
$$;

create function private.sync_op_rating(uid uuid, op_hlc text, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid := private.sync_payload_uuid(payload, 'course_id');
  stars integer := private.sync_payload_int(payload, 'rating', 1, 5);
  review_text text;
  saved public.course_ratings;
begin
  if payload ? 'review' and jsonb_typeof(payload -> 'review') not in ('string', 'null') then
    raise exception 'payload.review must be text or null' using errcode = '22023';
  end if;
  review_text := payload ->> 'review';
  if op_hlc is null then
    raise exception 'rating.set needs the op''s hlc' using errcode = '22023';
  end if;
  if not exists (select 1 from public.enrollments e
                 where e.user_id = uid and e.course_id = course) then
    raise exception 'only learners enrolled in course % may rate it', course
      using errcode = '42501';
  end if;
  insert into public.course_ratings as r (user_id, course_id, rating, review, hlc)
  values (uid, course, stars, review_text, op_hlc)
  on conflict (user_id, course_id) do update
    set rating = excluded.rating, review = excluded.review, hlc = excluded.hlc
    where r.hlc is null or excluded.hlc > r.hlc
  returning * into saved;
  if saved is null then
    select * into saved from public.course_ratings r
      where r.user_id = uid and r.course_id = course;
    return jsonb_build_object('superseded', true, 'course_rating', to_jsonb(saved) - 'row_txid');
  end if;
  return jsonb_build_object('course_rating', to_jsonb(saved) - 'row_txid');
end
$$;

create function private.sync_op_enrollment(uid uuid, op_hlc text, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid := private.sync_payload_uuid(payload, 'course_id');
  wanted text := payload ->> 'status';
  saved public.enrollments;
begin
  if wanted is null or wanted not in ('active', 'unenrolled') then
    raise exception 'payload.status must be "active" or "unenrolled"' using errcode = '22023';
  end if;
  if op_hlc is null then
    raise exception 'enrollment.set needs the op''s hlc' using errcode = '22023';
  end if;
  if not exists (select 1 from public.enrollments e
                 where e.user_id = uid and e.course_id = course) then
    -- A first enrollment needs a published course (or one the caller
    -- teaches); a first "unenrolled" only records the clock, so an older
    -- "active" arriving later loses.
    if not exists (select 1 from public.courses c where c.id = course
                   and (c.is_published or wanted = 'unenrolled'
                        or public.can_manage_course(c.id))) then
      raise exception 'course % is not open for enrollment', course using errcode = '42501';
    end if;
  end if;
  insert into public.enrollments as e (user_id, course_id, status, hlc, enrolled_at)
  values (uid, course, wanted, op_hlc,
          coalesce(private.sync_payload_time(payload, 'changed_at'), now()))
  on conflict (user_id, course_id) do update
    set status = excluded.status, hlc = excluded.hlc,
        -- enrolled_at: the earliest enrollment, whatever came in between.
        enrolled_at = case when excluded.status = 'active'
                           then least(e.enrolled_at, excluded.enrolled_at)
                           else e.enrolled_at end
    where e.hlc is null or excluded.hlc > e.hlc
  returning * into saved;
  if saved is null then
    select * into saved from public.enrollments e where e.user_id = uid and e.course_id = course;
    return jsonb_build_object('superseded', true, 'enrollment', to_jsonb(saved) - 'row_txid');
  end if;
  return jsonb_build_object('enrollment', to_jsonb(saved) - 'row_txid');
end
$$;

create function private.sync_op_notification_read(uid uuid, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  notification uuid := private.sync_payload_uuid(payload, 'notification_id');
begin
  -- is_read only goes one way, so a replay or a late op changes nothing.
  update public.notifications n set is_read = true
    where n.id = notification and n.user_id = uid and not n.is_read;
  if not found and not exists (select 1 from public.notifications n
                               where n.id = notification and n.user_id = uid) then
    raise exception 'no notification % for this learner', notification using errcode = '23503';
  end if;
  return '{}'::jsonb;
end
$$;

-- One op: validate the envelope, dispatch on kind.  Returns
-- {"status"?: "duplicate", ...data}.
create function private.sync_apply_op(uid uuid, op jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  kind text := op ->> 'kind';
  payload jsonb := op -> 'payload';
  op_hlc text := op ->> 'hlc';
  op_uuid uuid := private.sync_payload_uuid(op, 'op_id');
begin
  if jsonb_typeof(payload) is distinct from 'object' then
    raise exception 'payload must be an object' using errcode = '22023';
  end if;
  if op_hlc is not null and op_hlc !~ '^[0-9]{13}-[0-9]{6}-[A-Za-z0-9_.:-]+$' then
    raise exception 'hlc % is not a hybrid logical clock stamp', op_hlc using errcode = '22023';
  end if;
  case kind
    when 'progress.open', 'progress.section', 'progress.time', 'progress.complete' then
      return private.sync_op_progress(uid, kind, op_uuid, op_hlc, payload);
    when 'quiz.submit' then
      return private.sync_op_quiz(uid, payload);
    when 'rating.set' then
      return private.sync_op_rating(uid, op_hlc, payload);
    when 'enrollment.set' then
      return private.sync_op_enrollment(uid, op_hlc, payload);
    when 'notification.read' then
      return private.sync_op_notification_read(uid, payload);
    else
      raise exception 'unknown op kind %', coalesce(kind, 'null') using errcode = '22023';
  end case;
end
$$;

-- Errors that say nothing about the op itself: retry the whole push later.
create function private.sync_is_transient(state text) returns boolean
language sql immutable set search_path = ''
as $$
  select left(state, 2) in ('08', '40', '53', '55', '57', '58', 'XX')
$$;

-- The op loop of sync_push: duplicates, the gap rule, each op applied, the
-- op id recorded per seq.  isolate = false runs the ops without savepoints
-- (any error escapes to the caller); isolate = true gives each op its own
-- savepoint and turns a permanent failure into a "rejected" result.
create function private.sync_run_ops(uid uuid, device uuid, last_seq bigint, ops jsonb,
                                     isolate boolean)
returns jsonb
language plpgsql volatile set search_path = ''
as $$
declare
  op jsonb;
  seq bigint;
  prev bigint := last_seq;
  previous_op text;
  outcome jsonb;
  results jsonb[] := '{}';
  state text;
  message text;
begin
  for op in select value from jsonb_array_elements(ops) loop
    seq := (op ->> 'seq')::bigint;
    if seq <= last_seq then
      select o.op_id into previous_op from public.sync_device_ops o
        where o.device_id = device and o.seq = (op ->> 'seq')::bigint;
      if previous_op is distinct from coalesce(op ->> 'op_id', '') then
        if previous_op is not null then
          raise exception 'seq % of device % already carried another op', seq, device
            using errcode = '22023', hint = 'device_sequence_conflict';
        end if;
      end if;
      results := results || jsonb_build_object('seq', seq, 'op_id', op -> 'op_id',
                                               'status', 'duplicate');
      continue;
    end if;
    if seq <> prev + 1 then
      raise exception 'expected seq %, got %', prev + 1, seq
        using errcode = '22023', hint = 'sequence_gap',
              detail = json_build_object('last_seq', last_seq)::text;
    end if;
    if isolate then
      begin
        outcome := private.sync_apply_op(uid, op);
      exception when others then
        get stacked diagnostics state = returned_sqlstate, message = message_text;
        if private.sync_is_transient(state) then
          raise;
        end if;
        outcome := jsonb_build_object('status', 'rejected', 'reason', message, 'code', state);
      end;
    else
      outcome := private.sync_apply_op(uid, op);
    end if;
    results := results || (jsonb_build_object(
      'seq', seq, 'op_id', op -> 'op_id', 'status', coalesce(outcome ->> 'status', 'applied'))
      || case when outcome ->> 'status' = 'rejected' then outcome - 'status'
              when outcome - 'status' = '{}'::jsonb then '{}'::jsonb
              else jsonb_build_object('data', outcome - 'status') end);
    insert into public.sync_device_ops (device_id, seq, op_id)
    values (device, seq, coalesce(op ->> 'op_id', ''));
    prev := seq;
  end loop;
  return jsonb_build_object('last_seq', prev, 'results', to_jsonb(results));
end
$$;

create function public.sync_push(device_id uuid, ops jsonb) returns jsonb
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

  update public.sync_devices d set last_seq = prev, last_push_at = now()
    where d.device_id = sync_push.device_id;
  return jsonb_build_object('last_seq', prev, 'results', run -> 'results');
end
$$;

revoke all on function
  private.sync_payload_uuid(jsonb, text),
  private.sync_payload_int(jsonb, text, bigint, bigint, boolean),
  private.sync_payload_time(jsonb, text),
  private.sync_progress_row(uuid, uuid, timestamptz),
  private.sync_save_progress(public.lesson_progress, public.lesson_progress),
  private.sync_merge_section(jsonb, jsonb),
  private.sync_op_progress(uuid, text, uuid, text, jsonb),
  private.sync_op_quiz(uuid, jsonb),
  private.sync_op_rating(uuid, text, jsonb),
  private.sync_op_enrollment(uuid, text, jsonb),
  private.sync_op_notification_read(uuid, jsonb),
  private.sync_apply_op(uuid, jsonb),
  private.sync_is_transient(text),
  private.sync_run_ops(uuid, uuid, bigint, jsonb, boolean)
  from public, anon, authenticated;
revoke all on function public.sync_push(uuid, jsonb) from public, anon;
grant execute on function public.sync_push(uuid, jsonb) to authenticated, service_role;
