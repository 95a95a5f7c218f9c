-- A profile shows a viewer only what the viewer needs (issue #12, item 6).
--
-- 20261125120600 granted authenticated SELECT on every column of profiles,
-- so anyone signed in read the role, points, streak, last activity and
-- leaderboard choice of every profile visible to them (the teachers of
-- published courses; for a teacher, every learner enrolled with them).
--
-- Column privileges cannot depend on the row, and two readers need more
-- than the public columns through the table: sync_pull (SECURITY INVOKER)
-- sends the learner's own profile row whole, and names each catalogue
-- course's teacher from profiles.full_name.  So, for now:
-- * the table shows a signed-in caller their own row, the rows of teachers
--   of published courses (public figures: the catalogue names them), and
--   admins every row.  A teacher no longer reads the profiles of the
--   learners enrolled with them: their points, streaks, last activity and
--   leaderboard choice stay theirs.  Anon keeps its column grant (id,
--   username, full_name, avatar_url) for the published teachers' rows.
-- * the public card -- id, username, full_name, avatar_url -- of any
--   profile profile_is_visible allows (a teacher's enrolled learners to the
--   teacher, published teachers to all) comes from
--   get_public_profiles(user_uuids uuid[]), for anon and authenticated.
--   The leaderboard keeps get_leaderboard.
-- Left: a signed-in caller still reads every column of a published
-- teacher's row.  Narrowing authenticated to the public columns needs
-- sync_pull to read the learner's own row and the teachers' names through
-- a SECURITY DEFINER function (get_public_profiles); its latest definition
-- comes after this migration (20261203130105), so that change belongs to
-- sync_pull's next redefinition.
-- * The two UPDATE policies (owner, admin) become one (Supabase's linter:
--   multiple_permissive_policies), with auth.uid() and is_admin() evaluated
--   once per statement (auth_rls_initplan).  UPDATE column privileges are
--   unchanged.

drop policy "profiles: visible to owner, admins, teachers; public teachers to all"
  on public.profiles;
create policy "profiles: own, published teachers, admins all"
  on public.profiles for select to anon, authenticated
  using (id = (select auth.uid())
         or exists (select 1 from public.courses c
                    where c.instructor_id = profiles.id and c.is_published)
         or (select public.is_admin()));

drop policy "profiles: owner edits own public fields" on public.profiles;
drop policy "profiles: admins edit any profile's public fields" on public.profiles;
create policy "profiles: the owner and admins edit the public fields"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()) or (select public.is_admin()))
  with check (id = (select auth.uid()) or (select public.is_admin()));

create function public.get_public_profiles(user_uuids uuid[])
returns table (id uuid, username text, full_name text, avatar_url text)
language plpgsql stable security definer set search_path = ''
as $$
begin
  if cardinality(user_uuids) > 1000 then
    raise exception 'at most 1000 profiles at a time' using errcode = '22023';
  end if;
  return query
    select p.id, p.username, p.full_name, p.avatar_url
    from public.profiles p
    where p.id = any(user_uuids) and public.profile_is_visible(p.id)
    order by p.id;
end
$$;

revoke all on function public.get_public_profiles(uuid[]) from public, anon, authenticated;
grant execute on function public.get_public_profiles(uuid[]) to anon, authenticated, service_role;
