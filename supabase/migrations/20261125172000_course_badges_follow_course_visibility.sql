-- A course's badges enter and leave the catalogue with their course.
--
-- Catalogue pullers read achievements under RLS (20261125150100: a course
-- badge is readable where its course is).  When a course is published,
-- private.sync_course_visibility (20261125140100) re-stamps its lessons so
-- pullers whose cursor passed them while the course was a draft get them,
-- but not its badges.  `lantern publish` adds a course's badges while the
-- course is still a draft and publishes it last, and an instructor may keep
-- a course in draft for weeks: every learner who pulled the catalogue in
-- between never received that course's badges.  Unpublishing tombstoned
-- the course and its lessons but left its badges on every device.
-- Now the same trigger re-stamps the course's badges on publish and writes
-- catalogue tombstones for them on unpublish, exactly as for lessons.

create or replace function private.sync_course_visibility() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.is_published and not new.is_published then
    perform private.sync_add_tombstone('courses', new.id::text, jsonb_build_object('id', new.id),
                                       'catalogue', null);
    perform private.sync_add_tombstone('lessons', l.id::text, jsonb_build_object('id', l.id),
                                       'catalogue', null)
      from public.lessons l where l.course_id = new.id;
    perform private.sync_add_tombstone('achievements', a.id::text,
                                       jsonb_build_object('id', a.id), 'catalogue', null)
      from public.achievements a where a.course_id = new.id;
  elsif new.is_published and not old.is_published then
    -- The rows did not change, but catalogue pullers have dropped or missed them.
    update public.lessons set row_txid = pg_current_xact_id() where course_id = new.id;
    update public.achievements set row_txid = pg_current_xact_id() where course_id = new.id;
  end if;
  return null;
end
$$;

revoke all on function private.sync_course_visibility() from public, anon, authenticated;
