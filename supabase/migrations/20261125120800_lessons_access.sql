-- Who may see and change lessons and their bodies.
--
-- Seed guide defects fixed here:
-- * Lessons had only a SELECT policy: instructors could not add or edit the
--   lessons of their own courses at all.  Now the course's instructor (and
--   admins) insert, update and delete them; nobody else.
-- * unique(course_id, order_index) was checked row by row, so re-publishing a
--   course that reorders its lessons (1,2,3 -> 2,3,1) failed half way.  It is
--   now DEFERRABLE INITIALLY IMMEDIATE: a publisher may SET CONSTRAINTS ...
--   DEFERRED and have it checked at commit.
--
-- Reading: lessons (the table of contents) follow the course's visibility;
-- bodies (lesson_contents) follow can_read_lesson_content(): free lessons of
-- published courses, enrolled learners, the teacher, admins.

alter table public.lessons drop constraint lessons_course_id_order_index_key;
alter table public.lessons add constraint lessons_course_id_order_index_key
  unique (course_id, order_index) deferrable initially immediate;

-- Lets lesson_progress require (lesson_id, course_id) to be a real pair.
alter table public.lessons add constraint lessons_id_course_id_key unique (id, course_id);

create policy "lessons: visible with their course"
  on public.lessons for select to anon, authenticated
  using (public.can_view_course(course_id));

create policy "lessons: teacher or admin inserts"
  on public.lessons for insert to authenticated
  with check (public.can_manage_course(course_id));

create policy "lessons: teacher or admin updates"
  on public.lessons for update to authenticated
  using (public.can_manage_course(course_id))
  with check (public.can_manage_course(course_id));

create policy "lessons: teacher or admin deletes"
  on public.lessons for delete to authenticated
  using (public.can_manage_course(course_id));

grant select on public.lessons to anon, authenticated;
grant insert (id, course_id, title, description, component_path, order_index,
              estimated_duration_minutes, is_free, prerequisites, learning_objectives,
              quiz_mode)
  on public.lessons to authenticated;
grant update (course_id, title, description, component_path, order_index,
              estimated_duration_minutes, is_free, prerequisites, learning_objectives,
              quiz_mode)
  on public.lessons to authenticated;
grant delete on public.lessons to authenticated;

create policy "lesson_contents: readable per can_read_lesson_content"
  on public.lesson_contents for select to anon, authenticated
  using (public.can_read_lesson_content(lesson_id));

create policy "lesson_contents: teacher or admin inserts"
  on public.lesson_contents for insert to authenticated
  with check (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "lesson_contents: teacher or admin updates"
  on public.lesson_contents for update to authenticated
  using (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)))
  with check (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

create policy "lesson_contents: teacher or admin deletes"
  on public.lesson_contents for delete to authenticated
  using (public.can_manage_course(
    (select l.course_id from public.lessons l where l.id = lesson_id)));

grant select on public.lesson_contents to anon, authenticated;
grant insert (lesson_id, body_markdown) on public.lesson_contents to authenticated;
grant update (body_markdown) on public.lesson_contents to authenticated;
grant delete on public.lesson_contents to authenticated;
