-- A course's tombstones are read where the course is (issue #12,
-- hardening; the class of item 2: listings that name draft courses).
--
-- The policy of 20261125140100_sync_tombstones let everyone, anon
-- included, read every tombstone of the shared scopes.  A course-scope
-- tombstone carries its course id and the ids of the deleted lessons,
-- questions and keys, so `select scope_id from sync_tombstones` listed the
-- ids of draft and premium courses, what the bucket listing of item 22 fed
-- into the draft enrolment of item 21.  Now a course scope's tombstones
-- are readable by whoever can_view_course (published courses: everyone;
-- drafts: their teacher, admins and active enrollees), the catalogue
-- scope stays public (it says which published courses went away), and the
-- user scope stays its learner's.  sync_pull runs with the caller's
-- rights, so a course scope's pull gives each caller the tombstones of
-- the rows they could read; a caller who lost the course gets none, as
-- they get none of its rows.

alter policy "sync_tombstones: shared scopes to all, user scope to its learner"
  on public.sync_tombstones
  using (scope = 'catalogue'
         or (scope = 'course' and public.can_view_course(scope_id))
         or (scope = 'user' and scope_id = (select auth.uid())));

alter policy "sync_tombstones: shared scopes to all, user scope to its learner"
  on public.sync_tombstones
  rename to "sync_tombstones: catalogue all; courses where seen; user own";
