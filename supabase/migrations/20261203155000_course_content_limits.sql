-- The course-content bucket holds only what `lantern check` lets into a
-- package (issue #12, item 12).
--
-- 20261125121200 made the bucket with neither `allowed_mime_types` nor
-- `file_size_limit`: a course's teacher (or a stolen teacher session) could
-- upload an HTML page or a 5 GB file into the public bucket through the
-- Storage API, whatever the desktop client checks.  Storage enforces both
-- columns on every upload, before the bytes are kept (storage-api
-- src/storage/uploader.ts, fileUploadFromRequest and validateMimeType).
--
-- The values are the package rules (desktop/course_package): the content
-- types of the image kinds Lantern shows (images.IMAGE_TYPES) and 20 MiB a
-- file (source.Limits.max_file_bytes).  tests/db/test_storage_policies.py
-- compares them, so changing one side alone fails the tests.

update storage.buckets
   set file_size_limit = 20971520,
       allowed_mime_types = array['image/png', 'image/jpeg', 'image/gif', 'image/webp',
                                  'image/svg+xml']
 where id = 'course-content';
