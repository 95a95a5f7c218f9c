-- Helpers the policies use to ask "who is the caller?".
--
-- They are SECURITY DEFINER with an empty search_path so that (a) a policy on
-- profiles can ask about the caller's role without recursing into the
-- profiles policies, and (b) nobody can hijack them by putting objects of the
-- same name earlier on the search path.  They read only the caller's own row
-- (auth.uid()), so they leak nothing.

create function public.current_user_role() returns text
language sql stable security definer set search_path = ''
as $$
  select p.role from public.profiles p where p.id = auth.uid()
$$;

create function public.is_admin() returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(
    (select p.role = 'admin' from public.profiles p where p.id = auth.uid()), false)
$$;

create function public.is_instructor_or_admin() returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(
    (select p.role in ('instructor', 'admin') from public.profiles p where p.id = auth.uid()),
    false)
$$;

-- True when the caller teaches the course (or is an admin).
create function public.can_manage_course(course_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select public.is_admin() or exists (
    select 1 from public.courses c
    where c.id = course_uuid and c.instructor_id = auth.uid()
      and public.is_instructor_or_admin())
$$;

revoke all on function public.current_user_role(), public.is_admin(),
  public.is_instructor_or_admin(), public.can_manage_course(uuid) from public;
grant execute on function public.current_user_role(), public.is_admin(),
  public.is_instructor_or_admin(), public.can_manage_course(uuid)
  to anon, authenticated, service_role;
