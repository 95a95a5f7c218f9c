-- Keep updated_at honest: every table with an updated_at column gets a
-- BEFORE UPDATE trigger that stamps now(), whatever the client sent.
--
-- The seed guide declares updated_at columns but never maintains them, so
-- they kept their insert time forever.  public.set_updated_at() is generic:
-- later migrations attach it to their own tables (quiz questions, …).

create function public.set_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- A trigger function is never called through the API.
revoke all on function public.set_updated_at() from public, anon, authenticated;

create trigger profiles_set_updated_at before update on public.profiles
  for each row execute function public.set_updated_at();
create trigger courses_set_updated_at before update on public.courses
  for each row execute function public.set_updated_at();
create trigger lessons_set_updated_at before update on public.lessons
  for each row execute function public.set_updated_at();
create trigger lesson_contents_set_updated_at before update on public.lesson_contents
  for each row execute function public.set_updated_at();
create trigger lesson_progress_set_updated_at before update on public.lesson_progress
  for each row execute function public.set_updated_at();
create trigger course_ratings_set_updated_at before update on public.course_ratings
  for each row execute function public.set_updated_at();
