-- Supabase projects created before 2026-05-30 granted every new object in the
-- public schema to the API roles by default.  Newer projects do not.  The
-- devserver applies this file only when asked (--legacy-grants), so the tests
-- can prove the migrations are right both ways.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
