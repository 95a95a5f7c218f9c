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
-- validateMimeType; the resumable endpoint checks the same columns when an
-- upload is created).  The values are the package rules
-- (desktop/course_package): the content types of the image kinds Lantern
-- shows (images.IMAGE_TYPES), of the video, sound and PDF files a lesson
-- plays (media.MEDIA_TYPES) and of WebVTT captions (media.CAPTION_TYPES),
-- and 1 GiB a file (source.Limits.max_media_bytes, the largest file a
-- package may hold).  One limit covers every type: Storage has no limit per
-- type, so an image is held to its 20 MiB by `lantern check` alone, and at
-- worst takes what a video may.  None of these types runs script when a
-- browser opens it from the public bucket (SVGs are checked for that by
-- svg_rules; a PDF's scripts run, if at all, in the viewer's sandbox).
-- tests/supabase/test_storage_policies.py compares them, so changing one
-- side alone fails the tests.  A bucket that already exists gets the limits
-- too.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('course-content', 'course-content', true, 1073741824,
        array['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml',
              'video/mp4', 'video/webm', 'audio/mpeg', 'audio/mp4', 'audio/ogg',
              'application/pdf', 'text/vtt'])
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

-- ----------------------------------------------------------------------------
-- The manifest of a course's downloadable files (issue #16).
--
-- A learner's client must know what a download will cost before it starts
-- (the course page shows the size of the whole course and of each lesson)
-- and must be able to tell a damaged or truncated file from the real one.
-- Storage's object metadata cannot give either to a learner: listing the
-- bucket is for the course's teacher only (above), and an object's size and
-- ETag say nothing a client can verify offline.  So `lantern publish`
-- writes one row per file of the course's storage folder -- its path inside
-- the folder, its size, its SHA-256 and content type, and the lessons that
-- use it -- and the catalogue scope of sync_pull serves the rows of
-- published courses, so every device knows them before it downloads.
--
-- Only the course's teacher and admins write them (can_manage_course, as
-- for lessons); everyone who sees the course reads them.  The path rules are
-- the package's: relative, '/'-separated, no empty, '.' or '..' part, no
-- backslash or control character, so a manifest row can never name a file
-- outside the course's folder on the learner's disk.  The server cannot
-- check that the hash matches the bytes in Storage (it never reads them);
-- the client checks what it downloads against the row, and a teacher who
-- writes a wrong row only stops their own course's file from downloading.
create table public.course_files (
  id uuid primary key default gen_random_uuid(),
  course_id uuid not null references public.courses (id) on delete cascade,
  path text not null collate "C",
  size_bytes bigint not null check (size_bytes >= 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content_type text not null
    check (length(content_type) <= 100
           and content_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'),
  lesson_ids uuid[] not null default '{}' check (cardinality(lesson_ids) <= 10000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_txid xid8 not null default pg_current_xact_id(),
  constraint course_files_path_shape check (
    length(path) between 1 and 400
    and path !~ '[\x01-\x1f\x7f\\]'
    and path !~ '(^|/)\.{0,2}(/|$)'
  ),
  constraint course_files_course_id_path_key unique (course_id, path)
);

create trigger course_files_set_updated_at before update on public.course_files
  for each row execute function public.set_updated_at();

alter table public.course_files enable row level security;
revoke all on table public.course_files from public, anon, authenticated, service_role;
grant select, insert, update, delete on table public.course_files to service_role;

create policy "course_files: visible with their course"
  on public.course_files for select to anon, authenticated
  using (exists (select 1 from public.courses c
                 where c.id = course_files.course_id and c.is_published)
         or public.can_view_course(course_id));

create policy "course_files: teacher or admin inserts"
  on public.course_files for insert to authenticated
  with check (public.can_manage_course(course_id));

create policy "course_files: teacher or admin updates"
  on public.course_files for update to authenticated
  using (public.can_manage_course(course_id))
  with check (public.can_manage_course(course_id));

create policy "course_files: teacher or admin deletes"
  on public.course_files for delete to authenticated
  using (public.can_manage_course(course_id));

-- A row never moves to another course or path (delete it and insert
-- another); timestamps and the sync stamp are the server's.
grant select on public.course_files to anon, authenticated;
grant insert (id, course_id, path, size_bytes, sha256, content_type, lesson_ids)
  on public.course_files to authenticated;
grant update (size_bytes, sha256, content_type, lesson_ids)
  on public.course_files to authenticated;
grant delete on public.course_files to authenticated;
