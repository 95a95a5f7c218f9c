-- Who may see, create and change courses.
--
-- Seed guide defects fixed here:
-- * "Instructors can manage their courses" (FOR ALL USING instructor_id =
--   auth.uid(), no WITH CHECK) let ANY signed-in user -- a learner too --
--   insert a course naming themselves as instructor, and let an instructor
--   hand a course to someone else.  Now only instructors and admins create
--   courses, an instructor only with instructor_id = themselves, and an
--   update must keep the caller as instructor (admins may reassign).
-- * Clients could write enrollment_count and average_rating: they are
--   maintained by triggers only; no API role has UPDATE on them.
-- * The admin check queried profiles from inside a policy; it now uses the
--   SECURITY DEFINER helpers with an empty search_path.
--
-- Reading: published courses are public (anon included); drafts only to
-- their instructor, admins and learners already enrolled (a course taken
-- offline stays readable if it is unpublished later).  The SELECT policy
-- compares columns directly: a STABLE helper would not see the row being
-- inserted, and INSERT ... RETURNING (PostgREST's return=representation)
-- must see it.

create function public.is_enrolled(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.enrollments e
    where e.course_id = course_uuid and e.user_id = auth.uid())
$$;

-- True when the caller may see the course and its lesson list.
create function public.can_view_course(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.courses c where c.id = course_uuid and c.is_published)
    or public.can_manage_course(course_uuid)
    or public.is_enrolled(course_uuid)
$$;

revoke all on function public.is_enrolled(uuid), public.can_view_course(uuid)
  from public, anon, authenticated;
grant execute on function public.is_enrolled(uuid), public.can_view_course(uuid)
  to anon, authenticated, service_role;

create policy "courses: published to all; drafts to their teacher, admins, enrolled"
  on public.courses for select to anon, authenticated
  using (
    is_published
    or (instructor_id = auth.uid() and public.is_instructor_or_admin())
    or public.is_admin()
    or public.is_enrolled(id));

create policy "courses: instructors create their own, admins any"
  on public.courses for insert to authenticated
  with check (
    public.is_admin()
    or (instructor_id = auth.uid() and public.is_instructor_or_admin()));

create policy "courses: teacher or admin updates, teacher stays teacher"
  on public.courses for update to authenticated
  using (public.can_manage_course(id))
  with check (
    public.is_admin()
    or (instructor_id = auth.uid() and public.is_instructor_or_admin()));

create policy "courses: teacher or admin deletes"
  on public.courses for delete to authenticated
  using (public.can_manage_course(id));

grant select on public.courses to anon, authenticated;
grant insert (id, title, description, thumbnail_url, instructor_id, difficulty_level,
              estimated_duration_hours, price, is_premium, is_published, tags, category)
  on public.courses to authenticated;
grant update (title, description, thumbnail_url, instructor_id, difficulty_level,
              estimated_duration_hours, price, is_premium, is_published, tags, category)
  on public.courses to authenticated;
grant delete on public.courses to authenticated;
