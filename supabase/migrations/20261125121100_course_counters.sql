-- courses.enrollment_count and courses.average_rating, kept right by
-- triggers on enrollments and course_ratings.
--
-- Seed guide defects fixed here:
-- * The guide's trigger functions ran with the privileges of the learner
--   whose request fired them; under RLS the learner cannot update the course,
--   so the counters silently stayed at 0.  They are SECURITY DEFINER now
--   (owned by the table owner) with an empty search_path.
-- * `enrollment_count = enrollment_count + 1/-1` drifts for ever once it is
--   wrong, and a recount in the same statement would miss a concurrent
--   enrollment (READ COMMITTED re-checks the locked row but not the
--   subquery).  Each trigger first locks the course row, then recounts in a
--   new statement, which takes a new snapshot after the lock: two concurrent
--   enrollments always end with the right count, and any drift heals.
-- * A rating moved to another course (UPDATE of course_id) left the old
--   course's average stale; both courses are recomputed.

create function public.refresh_course_counters(course_uuid uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if course_uuid is null then
    return;
  end if;
  -- Serialise writers of this course's counters (see the header).
  perform 1 from public.courses c where c.id = course_uuid for no key update;
  update public.courses c set
    enrollment_count = (select count(*) from public.enrollments e where e.course_id = course_uuid),
    average_rating = (select coalesce(round(avg(r.rating), 2), 0)
                      from public.course_ratings r where r.course_id = course_uuid)
  where c.id = course_uuid;
end
$$;

create function public.course_counters_trigger() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.refresh_course_counters(old.course_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE')
     and (tg_op = 'INSERT' or new.course_id is distinct from old.course_id) then
    perform public.refresh_course_counters(new.course_id);
  end if;
  return null;
end
$$;

revoke all on function public.refresh_course_counters(uuid), public.course_counters_trigger()
  from public, anon, authenticated;
grant execute on function public.refresh_course_counters(uuid) to service_role;

create trigger enrollments_course_counters
  after insert or delete or update of course_id on public.enrollments
  for each row execute function public.course_counters_trigger();

create trigger course_ratings_course_counters
  after insert or delete or update of course_id, rating on public.course_ratings
  for each row execute function public.course_counters_trigger();
