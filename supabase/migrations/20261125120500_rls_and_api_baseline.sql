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

revoke all on table
  public.profiles, public.courses, public.lessons, public.lesson_contents,
  public.enrollments, public.lesson_progress, public.quiz_attempts,
  public.achievements, public.user_achievements, public.course_ratings
  from public, anon, authenticated, service_role;

grant select, insert, update, delete on table
  public.profiles, public.courses, public.lessons, public.lesson_contents,
  public.enrollments, public.lesson_progress, public.quiz_attempts,
  public.achievements, public.user_achievements, public.course_ratings
  to service_role;
