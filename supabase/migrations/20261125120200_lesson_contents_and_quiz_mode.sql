-- Lesson bodies and the per-lesson quiz mode, plus the one rule that says who
-- may read a lesson's body (and, in the quiz migrations, its questions).
--
-- * lessons.quiz_mode: 'practice' (the answer key may be downloaded for
--   instant offline feedback) or 'assessed' (the key never leaves the server).
-- * lesson_contents: the Markdown body of a lesson, kept apart from the
--   lessons row so the catalogue (titles, order, is_free) can be public while
--   bodies are only for learners who may read them.
-- * can_read_lesson_content(lesson): true when the lesson is free in a
--   published course, or the caller is enrolled in the course, or teaches it,
--   or is an admin.  SECURITY DEFINER with an empty search_path so policies
--   can call it without recursing into the RLS of lessons/courses/enrollments
--   and without anyone hijacking the names it uses.
--
-- RLS is enabled here at once (no policy yet = nobody reads through the API),
-- so the table is never exposed, even on projects with the old default grants.
-- Policies and grants follow in the access-control migrations.

alter table public.lessons
  add column quiz_mode text not null default 'practice'
    check (quiz_mode in ('practice', 'assessed'));

create table public.lesson_contents (
  lesson_id uuid primary key references public.lessons (id) on delete cascade,
  body_markdown text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.lesson_contents enable row level security;

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
          where e.course_id = c.id and e.user_id = auth.uid())
        or public.can_manage_course(c.id)
      )
  )
$$;

revoke all on function public.can_read_lesson_content(uuid) from public;
grant execute on function public.can_read_lesson_content(uuid)
  to anon, authenticated, service_role;
