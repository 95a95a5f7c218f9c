-- lessons.prerequisites must name other lessons of the same course.
--
-- Seed guide defect fixed here: the column is documented as "ids of lessons
-- of the same course" but nothing checked it, so a lesson could require a
-- lesson of another course (never completable by that course's learners),
-- itself, or an id that does not exist -- a lesson locked for ever.
--
-- The check is a constraint trigger DEFERRABLE INITIALLY DEFERRED: a
-- publisher inserts a course's lessons in any order and the references are
-- checked at commit.  Deleting a lesson removes it from the prerequisites of
-- the lessons that named it (SECURITY DEFINER: the caller may delete the
-- lesson, and the clean-up must not depend on their column privileges).

create function public.check_lesson_prerequisites() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  current_row public.lessons;
  bad uuid;
begin
  -- Re-read the row: it may have changed again, or gone, before commit.
  select * into current_row from public.lessons where id = new.id;
  if not found or current_row.prerequisites is null then
    return null;
  end if;
  select pre.id into bad
  from unnest(current_row.prerequisites) as pre(id)
  where pre.id = current_row.id
     or not exists (select 1 from public.lessons l
                    where l.id = pre.id and l.course_id = current_row.course_id)
  limit 1;
  if bad is not null then
    raise exception 'lesson % lists % as a prerequisite: not another lesson of its course',
      current_row.id, bad using errcode = '23514';
  end if;
  return null;
end
$$;

create function public.forget_deleted_prerequisite() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.lessons
  set prerequisites = array_remove(prerequisites, old.id)
  where course_id = old.course_id and old.id = any (prerequisites);
  return null;
end
$$;

revoke all on function public.check_lesson_prerequisites(), public.forget_deleted_prerequisite()
  from public, anon, authenticated;

create constraint trigger lessons_prerequisites_same_course
  after insert or update of prerequisites, course_id on public.lessons
  deferrable initially deferred
  for each row execute function public.check_lesson_prerequisites();

create trigger lessons_forget_deleted_prerequisite
  after delete on public.lessons
  for each row execute function public.forget_deleted_prerequisite();
