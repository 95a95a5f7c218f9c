-- Lantern's database, part 2 of 8 (rls_baseline).
--
-- Row level security on, every API privilege revoked and granted
-- back explicitly (the same result with and without Supabase's old default
-- grants), and the SECURITY DEFINER helpers the policies ask "who is the
-- caller, what may they see?".
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- ----------------------------------------------------------------------------
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
  public.is_instructor_or_admin(), public.can_manage_course(uuid)
  from public;
grant execute on function public.current_user_role(), public.is_admin(),
  public.is_instructor_or_admin(), public.can_manage_course(uuid)
  to anon, authenticated, service_role;

create function public.can_read_lesson_content(lesson_uuid uuid) returns boolean
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

revoke all on function public.can_read_lesson_content(uuid) from public;
grant execute on function public.can_read_lesson_content(uuid) to anon, authenticated, service_role;

-- ----------------------------------------------------------------------------
-- Baseline for API access: row level security on every public table, and no
-- table privilege for the API roles until a later migration grants exactly
-- what each role needs.
--
-- The seed guide enabled RLS but relied on Supabase's old default grants
-- (ALL on every table to anon and authenticated).  Projects created since
-- 2026-05-30 have no such grants, older ones do; revoking first and granting
-- explicitly afterwards gives both kinds of project the same privileges.
-- service_role (BYPASSRLS, the server side) keeps full data access.

alter table public.profiles enable row level security;
alter table public.courses enable row level security;
alter table public.lessons enable row level security;
alter table public.lesson_contents enable row level security;
alter table public.enrollments enable row level security;
alter table public.lesson_progress enable row level security;
alter table public.quiz_attempts enable row level security;
alter table public.achievements enable row level security;
alter table public.user_achievements enable row level security;
alter table public.course_ratings enable row level security;
revoke all on table public.profiles, public.courses, public.lessons, public.enrollments,
  public.lesson_progress, public.quiz_attempts, public.achievements, public.user_achievements,
  public.course_ratings, public.lesson_contents
  from public, anon, authenticated, service_role;
grant select, insert, update, delete on table public.profiles, public.courses, public.lessons,
  public.enrollments, public.lesson_progress, public.quiz_attempts, public.achievements,
  public.user_achievements, public.course_ratings, public.lesson_contents
  to service_role;
