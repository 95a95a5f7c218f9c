-- The public `course-content` storage bucket and who may write to it.
--
-- Objects live at course-content/<course_id>/<relative path>.  Reading is
-- public (the bucket is public, as in the seed guide).  Writing -- upload,
-- upsert, replace, delete -- is for the instructor who manages the course
-- named by the first path segment, and for admins.
--
-- Seed guide defects fixed here:
-- * Its upload policy let any instructor write anywhere in the bucket, over
--   other instructors' courses too; there was no UPDATE/DELETE policy, so
--   nobody could replace or remove a file.
-- * The bucket insert failed when run twice; it is idempotent now.

insert into storage.buckets (id, name, public)
values ('course-content', 'course-content', true)
on conflict (id) do nothing;

-- True when the caller may write an object with this name: the first folder
-- is the id of a course the caller manages (admins: any course).  A first
-- segment that is not a uuid is simply refused (no cast error).
create function public.can_write_course_object(object_name text) returns boolean
language plpgsql stable security definer set search_path = ''
as $$
declare
  folder text := (storage.foldername(object_name))[1];
begin
  if folder is null
     or folder !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return false;
  end if;
  return public.can_manage_course(folder::uuid);
end
$$;

revoke all on function public.can_write_course_object(text) from public, anon, authenticated;
grant execute on function public.can_write_course_object(text)
  to anon, authenticated, service_role;

create policy "course-content: anyone reads"
  on storage.objects for select to anon, authenticated
  using (bucket_id = 'course-content');

create policy "course-content: course teacher or admin uploads"
  on storage.objects for insert to authenticated
  with check (bucket_id = 'course-content' and public.can_write_course_object(name));

create policy "course-content: course teacher or admin replaces"
  on storage.objects for update to authenticated
  using (bucket_id = 'course-content' and public.can_write_course_object(name))
  with check (bucket_id = 'course-content' and public.can_write_course_object(name));

create policy "course-content: course teacher or admin deletes"
  on storage.objects for delete to authenticated
  using (bucket_id = 'course-content' and public.can_write_course_object(name));
