-- Lantern's database, part 4 of 8 (storage).
--
-- The `course-content` bucket, its limits and who may write and
-- list its objects.
--
-- Not deployed yet, so folded: each object is defined once, in its final
-- form, in the part it belongs to.  Change it here, in place; prove a change
-- of layout with scripts/compare_schemas.py (supabase/README.md).
-- Comments that name a migration by its version (2026112…, 2026120…)
-- mean the chain before the fold; git log -- supabase/migrations has it.

-- ----------------------------------------------------------------------------
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

-- The bucket holds only what `lantern check` lets into a package: without
-- `allowed_mime_types` and `file_size_limit` a course's teacher (or a stolen
-- teacher session) could upload an HTML page or a 5 GB file into the public
-- bucket through the Storage API, whatever the desktop client checks.
-- Storage enforces both columns on every upload, before the bytes are kept
-- (storage-api src/storage/uploader.ts, fileUploadFromRequest and
-- validateMimeType).  The values are the package rules
-- (desktop/course_package): the content types of the image kinds Lantern
-- shows (images.IMAGE_TYPES) and 20 MiB a file (source.Limits.max_file_bytes).
-- tests/db/test_storage_policies.py compares them, so changing one side
-- alone fails the tests.  A bucket that already exists gets the limits too.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('course-content', 'course-content', true, 20971520,
        array['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'])
on conflict (id) do update
  set file_size_limit = excluded.file_size_limit,
      allowed_mime_types = excluded.allowed_mime_types;

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
grant execute on function public.can_write_course_object(text) to anon, authenticated, service_role;

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

-- ----------------------------------------------------------------------------
-- Nobody but a course's teacher and admins lists its files (issue #12, item 2).
--
-- "course-content: anyone reads" (20261125121200) was a SELECT policy on
-- storage.objects with nothing but bucket_id = 'course-content': anon could
-- list every object of the bucket, draft and premium course folders
-- included, and the folder names are course ids (which fed the draft
-- enrollment of 20261203110000).  Supabase's linter reports exactly this
-- shape as public_bucket_allows_listing.
--
-- A public bucket does not need a SELECT policy for its objects to be
-- downloaded: Storage serves GET /object/public/<bucket>/<name> as its own
-- superuser, after checking only that the bucket is public
-- (storage-api src/http/routes/object/getPublicObject.ts; the devserver
-- does the same).  The SELECT policy now decides only the routes that run
-- as the caller -- list, info, the authenticated download, and the RETURNING
-- of an upsert or remove -- and lets through the writers of the course's
-- folder: its teacher and admins (public.can_write_course_object).
-- Learners download course files by their public URL.

create policy "course-content: the course teacher or admins read and list"
  on storage.objects for select to authenticated
  using (bucket_id = 'course-content' and public.can_write_course_object(name));
