-- Create the learner's profile when GoTrue creates the auth user.
--
-- The seed guide's app expects a profile for every user but never creates
-- one (and let clients INSERT their own profile, with any role or points).
-- Here an AFTER INSERT trigger on auth.users does it, SECURITY DEFINER with
-- an empty search_path (it runs as GoTrue's role, which cannot write public).
--
-- * username / full_name come from raw_user_meta_data (sign_up's `data`).
-- * A missing, too short (< 3) or already taken username falls back to the
--   email's local part (or "learner") plus a short random suffix; a clash
--   with a concurrent sign-up is retried.  Sign-up must never fail because of
--   the profile: GoTrue would answer 500 "Database error saving new user".
-- * role, points and streak are NEVER taken from the metadata (the user
--   writes it): every new profile starts as a student with zero points.

create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  wanted text := left(btrim(coalesce(meta ->> 'username', '')), 40);
  display text := left(btrim(coalesce(meta ->> 'full_name', meta ->> 'name', '')), 200);
  avatar text := nullif(btrim(coalesce(meta ->> 'avatar_url', '')), '');
  base text;
  candidate text;
  attempt integer := 0;
begin
  base := left(lower(regexp_replace(split_part(coalesce(new.email, ''), '@', 1),
                                    '[^A-Za-z0-9_.-]', '', 'g')), 30);
  if char_length(base) < 3 then
    base := 'learner';
  end if;
  candidate := case when char_length(wanted) >= 3 then wanted end;
  loop
    attempt := attempt + 1;
    if candidate is null
       or exists (select 1 from public.profiles p where p.username = candidate) then
      candidate := base || '_' || left(replace(gen_random_uuid()::text, '-', ''), 6);
    end if;
    begin
      insert into public.profiles (id, username, full_name, avatar_url)
      values (new.id, candidate, coalesce(nullif(display, ''), candidate), avatar)
      on conflict (id) do nothing;
      return new;
    exception when unique_violation then
      -- A concurrent sign-up took the name between our check and insert.
      if attempt >= 5 then
        raise;
      end if;
      candidate := null;
    end;
  end loop;
end
$$;

revoke all on function public.handle_new_user() from public, anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.handle_new_user();
