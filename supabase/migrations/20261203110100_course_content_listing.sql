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

drop policy "course-content: anyone reads" on storage.objects;

create policy "course-content: the course teacher or admins read and list"
  on storage.objects for select to authenticated
  using (bucket_id = 'course-content' and public.can_write_course_object(name));
