-- Tombstone ids in the form the client deletes by (desktop/store/pulled.py):
-- the primary key's values joined by "," ("<question_id>,<version>" for
-- quiz_question_versions and quiz_answer_keys, the uuid otherwise).  The
-- zero-padded form of 20261125140100 was only ever an ordering key, and pulls
-- order tombstones by their own serial id, so the id can follow the client.
--
-- Also adds the scope spec "question:<column>" (the course of the question in
-- <column>) for answer keys, which name no lesson.

create or replace function private.sync_record_tombstone() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  old_row jsonb := to_jsonb(old);
  pk jsonb := '{}';
  key_parts text[] := '{}';
  row_id text;
  col text;
  spec text;
  kind text;
  target uuid;
begin
  foreach col in array string_to_array(tg_argv[0], ',') loop
    pk := pk || jsonb_build_object(col, old_row -> col);
    key_parts := key_parts || (old_row ->> col);
  end loop;
  row_id := array_to_string(key_parts, ',');
  for i in 1 .. tg_nargs - 1 loop
    spec := tg_argv[i];
    kind := split_part(spec, ':', 1);
    if kind = 'catalogue' then
      perform private.sync_add_tombstone(tg_table_name, row_id, pk, 'catalogue', null);
      continue;
    end if;
    target := (old_row ->> split_part(spec, ':', 2))::uuid;
    -- A parent deleted in the same statement (a cascade) is not found: its
    -- own tombstone covers this row.
    if kind = 'lesson' then
      select l.course_id into target from public.lessons l where l.id = target;
      kind := 'course';
    elsif kind = 'question' then
      select l.course_id into target
        from public.quiz_questions q join public.lessons l on l.id = q.lesson_id
        where q.id = target;
      kind := 'course';
    end if;
    if target is not null then
      perform private.sync_add_tombstone(tg_table_name, row_id, pk, kind, target);
    end if;
  end loop;
  return null;
end
$$;

revoke all on function private.sync_record_tombstone() from public, anon, authenticated;
