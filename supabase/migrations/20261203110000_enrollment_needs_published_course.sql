-- An enrollment becomes active only in a published course (issue #12, item 1).
--
-- The insert policy of 20261125120900 checks "published", and sync_push's
-- enrollment.set checked it only when the learner had no row yet: its
-- upsert switched an existing 'unenrolled' row to 'active' without asking
-- again.  One push of "unenrolled" then "active" for a draft's id made the
-- learner enrolled in it, and is_enrolled then opened the draft's title and
-- lesson bodies.
--
-- The rule now lives on the table, so every writer obeys it: a row that
-- becomes active -- inserted active, switched to active, or an active row
-- moved to another course -- needs that course to be published, unless the
-- caller manages the course (its teacher, or an admin: the same exception
-- sync_push made for a first enrollment).  A row that stays active is left
-- alone: learners already enrolled keep a course its teacher unpublishes.
-- Trusted writers pass: the service role, and sessions without a request
-- (no request.jwt.claims: migrations, the seed, a database administrator).
-- An upsert (INSERT ... ON CONFLICT) fires the INSERT trigger before the
-- conflict is found, so the INSERT case also passes when the learner's row
-- for the course is already active.
-- sync_push's careful run turns the error into a rejected op with this
-- sentence as its reason (code 42501).

create function private.enrollment_needs_published_course() returns trigger
language plpgsql volatile security definer set search_path = ''
as $$
declare
  claims text := nullif(current_setting('request.jwt.claims', true), '');
begin
  if new.status <> 'active'
     or (tg_op = 'UPDATE' and old.status = 'active' and old.course_id = new.course_id) then
    return new;
  end if;
  if claims is null or (claims::jsonb ->> 'role') = 'service_role' then
    return new;
  end if;
  -- INSERT ... ON CONFLICT runs BEFORE INSERT triggers before it finds the
  -- conflict: an upsert onto a row that is already active changes nothing.
  if tg_op = 'INSERT' and exists (
       select 1 from public.enrollments e
       where e.user_id = new.user_id and e.course_id = new.course_id and e.status = 'active') then
    return new;
  end if;
  if exists (select 1 from public.courses c where c.id = new.course_id and c.is_published)
     or public.can_manage_course(new.course_id) then
    return new;
  end if;
  raise exception 'course % is not published, so it cannot be enrolled in', new.course_id
    using errcode = '42501';
end
$$;

revoke all on function private.enrollment_needs_published_course()
  from public, anon, authenticated;

create trigger enrollments_need_published_course
  before insert or update of status, course_id on public.enrollments
  for each row execute function private.enrollment_needs_published_course();
