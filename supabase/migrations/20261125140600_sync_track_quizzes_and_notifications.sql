-- Change tracking (row_txid) and tombstones for the tables that arrived
-- after 20261125140000: quiz questions, their versions, answer keys and
-- notifications (issue #4; docs/sync-protocol.md).
--
-- Also keeps the course scope honest when a lesson's quiz mode changes: a
-- practice lesson becoming assessed writes tombstones for its answer keys
-- (clients must drop keys that now stay on the server); an assessed lesson
-- becoming practice restamps its keys so they are sent.

alter table public.quiz_questions add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_questions
  for each row execute function private.sync_stamp_row_txid();
create index quiz_questions_sync_idx on public.quiz_questions (row_txid, id);

alter table public.quiz_question_versions
  add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_question_versions
  for each row execute function private.sync_stamp_row_txid();
create index quiz_question_versions_sync_idx
  on public.quiz_question_versions (row_txid, question_id, version);

alter table public.quiz_answer_keys add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.quiz_answer_keys
  for each row execute function private.sync_stamp_row_txid();
create index quiz_answer_keys_sync_idx on public.quiz_answer_keys (row_txid, question_id, version);

alter table public.notifications add column row_txid xid8 not null default pg_current_xact_id();
create trigger sync_stamp_row_txid before insert or update on public.notifications
  for each row execute function private.sync_stamp_row_txid();
create index notifications_sync_idx on public.notifications (user_id, row_txid, id);

create trigger sync_tombstone after delete on public.quiz_questions
  for each row execute function private.sync_record_tombstone('id', 'lesson:lesson_id');
create trigger sync_tombstone after delete on public.quiz_question_versions
  for each row execute function private.sync_record_tombstone('question_id,version',
                                                              'lesson:lesson_id');
create trigger sync_tombstone after delete on public.quiz_answer_keys
  for each row execute function private.sync_record_tombstone('question_id,version',
                                                              'question:question_id');
create trigger sync_tombstone after delete on public.notifications
  for each row execute function private.sync_record_tombstone('id', 'user:user_id');

create function private.sync_quiz_mode_visibility() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if old.quiz_mode = 'practice' and new.quiz_mode = 'assessed' then
    perform private.sync_add_tombstone(
      'quiz_answer_keys', k.question_id::text || ',' || k.version::text,
      jsonb_build_object('question_id', k.question_id, 'version', k.version),
      'course', new.course_id)
    from public.quiz_answer_keys k
    join public.quiz_questions q on q.id = k.question_id
    where q.lesson_id = new.id;
  elsif old.quiz_mode = 'assessed' and new.quiz_mode = 'practice' then
    update public.quiz_answer_keys k set row_txid = pg_current_xact_id()
      from public.quiz_questions q
      where q.id = k.question_id and q.lesson_id = new.id;
  end if;
  return null;
end
$$;

revoke all on function private.sync_quiz_mode_visibility() from public, anon, authenticated;

create trigger sync_quiz_mode_visibility after update of quiz_mode on public.lessons
  for each row execute function private.sync_quiz_mode_visibility();
