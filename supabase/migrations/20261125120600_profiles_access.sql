-- Who may see and change profiles.
--
-- Seed guide defects fixed here:
-- * "Users can update own profile" let a learner set their own role to
--   'admin' and their own points/streak: now only username, full_name,
--   avatar_url and show_on_leaderboard are updatable through the API
--   (column privileges).  Points and streaks move only inside SECURITY
--   DEFINER server functions (owned by the table owner); role changes go
--   through public.set_user_role(), for admins only.
-- * "Users can insert own profile" let a client create a profile with any
--   role or points: the sign-up trigger creates profiles, the API cannot.
-- * "Public profiles are viewable by everyone" exposed every learner's
--   points, streak and last activity, which would make the leaderboard
--   opt-out meaningless.  A profile is visible to its owner, to admins, to
--   the instructors of a course the learner is enrolled in, and -- when it
--   is the instructor of a published course -- to everyone (the catalogue
--   embeds instructor:profiles(id, full_name, avatar_url)).  Anonymous
--   callers see only the public columns of those instructor profiles.

create function public.profile_is_visible(profile_uuid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select profile_uuid = auth.uid()
    or public.is_admin()
    or exists (
      select 1 from public.courses c
      where c.instructor_id = profile_uuid and c.is_published)
    or exists (
      select 1 from public.enrollments e
      join public.courses c on c.id = e.course_id
      where e.user_id = profile_uuid and c.instructor_id = auth.uid())
$$;

revoke all on function public.profile_is_visible(uuid) from public, anon, authenticated;
grant execute on function public.profile_is_visible(uuid) to anon, authenticated, service_role;

create policy "profiles: visible to owner, admins, teachers; public teachers to all"
  on public.profiles for select to anon, authenticated
  using (public.profile_is_visible(id));

create policy "profiles: owner edits own public fields"
  on public.profiles for update to authenticated
  using (id = auth.uid())
  with check (id = auth.uid());

create policy "profiles: admins edit any profile's public fields"
  on public.profiles for update to authenticated
  using (public.is_admin())
  with check (public.is_admin());

grant select (id, username, full_name, avatar_url) on public.profiles to anon;
grant select on public.profiles to authenticated;
grant update (username, full_name, avatar_url, show_on_leaderboard)
  on public.profiles to authenticated;

-- Admins change roles here (an admin cannot change their own role, so the
-- last admin cannot lock everyone out by accident).
create function public.set_user_role(user_uuid uuid, new_role text)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  result public.profiles;
begin
  if not public.is_admin() then
    raise exception 'only admins may change roles' using errcode = '42501';
  end if;
  if user_uuid = auth.uid() then
    raise exception 'admins cannot change their own role' using errcode = '42501';
  end if;
  if new_role not in ('student', 'instructor', 'admin') then
    raise exception 'unknown role %', new_role using errcode = '22023';
  end if;
  update public.profiles set role = new_role where id = user_uuid returning * into result;
  if not found then
    raise exception 'no profile %', user_uuid using errcode = 'P0002';
  end if;
  return result;
end
$$;

revoke all on function public.set_user_role(uuid, text) from public, anon, authenticated;
grant execute on function public.set_user_role(uuid, text) to authenticated, service_role;
