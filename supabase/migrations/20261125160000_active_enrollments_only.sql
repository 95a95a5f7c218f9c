-- Only an active enrollment counts (enrollments.status, added for sync in
-- 20261125140300_sync_push_state.sql).
--
-- Sync unenrolls by setting status = 'unenrolled' and keeps the row (an
-- older "enroll" arriving late must lose to it by clock, so it is never a
-- delete).  Everything that asked "is there an enrollment row?" kept treating
-- an unenrolled learner as enrolled: they still read the course's paid lesson
-- bodies, quiz questions and practice answer keys, could still rate the
-- course, and were still counted in courses.enrollment_count.  Now:
--
-- * public.is_enrolled (course SELECT policy for drafts, the ratings
--   policies) and public.can_read_lesson_content (lesson bodies, quiz
--   questions and versions, answer keys through can_read_answer_key, progress
--   writes, submit_quiz_attempt, sync_push's progress ops) look at active
--   enrollments only.  Signatures, SECURITY DEFINER, the empty search_path
--   and the grants stay as they were (create or replace keeps privileges).
-- * The rating.set op of sync_push needs an active enrollment, like the
--   ratings policies.  An existing rating stays (it is the learner's
--   opinion, and course_ratings keeps it in the average); it just cannot be
--   changed while unenrolled.
-- * refresh_course_counters counts active enrollments, and the counter
--   trigger on enrollments also fires on UPDATE OF status, so unenrolling and
--   re-enrolling move the count.  The trigger's lock-then-recount keeps
--   concurrent changes right (20261125121100_course_counters.sql).  Counts of
--   existing courses are recomputed once here.
--
-- Unchanged on purpose: a course's teacher still sees an unenrolled learner's
-- enrollment row, progress and profile (history of their course), and
-- completed courses still count for achievements (a badge once earned stays).

create or replace function public.is_enrolled(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.enrollments e
    where e.course_id = course_uuid and e.user_id = auth.uid() and e.status = 'active')
$$;

create or replace function public.can_read_lesson_content(lesson_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1
    from public.lessons l
    join public.courses c on c.id = l.course_id
    where l.id = lesson_uuid
      and (
        (c.is_published and l.is_free)
        or exists (
          select 1 from public.enrollments e
          where e.course_id = c.id and e.user_id = auth.uid() and e.status = 'active')
        or public.can_manage_course(c.id)
      )
  )
$$;

create or replace function public.refresh_course_counters(course_uuid uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if course_uuid is null then
    return;
  end if;
  -- Serialise writers of this course's counters (20261125121100).
  perform 1 from public.courses c where c.id = course_uuid for no key update;
  update public.courses c set
    enrollment_count = (select count(*) from public.enrollments e
                        where e.course_id = course_uuid and e.status = 'active'),
    average_rating = (select coalesce(round(avg(r.rating), 2), 0)
                      from public.course_ratings r where r.course_id = course_uuid)
  where c.id = course_uuid;
end
$$;

drop trigger enrollments_course_counters on public.enrollments;
create trigger enrollments_course_counters
  after insert or delete or update of course_id, status on public.enrollments
  for each row execute function public.course_counters_trigger();

create or replace function private.sync_op_rating(uid uuid, op_hlc text, payload jsonb) returns jsonb
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
                 where e.user_id = uid and e.course_id = course
                   and e.status = 'active') then
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

-- Counts written before this migration counted every enrollment row.
select public.refresh_course_counters(c.id) from public.courses c
  where c.enrollment_count is distinct from (
    select count(*) from public.enrollments e where e.course_id = c.id and e.status = 'active');
