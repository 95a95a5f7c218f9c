-- Switching a quiz from practice to assessed needs new questions (issue #12,
-- item 7).
--
-- Before: setting lessons.quiz_mode from 'practice' to 'assessed' only
-- tombstoned the keys (20261125140100_sync_tombstones.sql), but every learner
-- who had pulled the practice quiz kept its answer keys, and the assessed
-- quiz went on grading against those same keys.  Now:
--
-- * quiz_questions.key_exposed records that a question's answer key could be
--   downloaded: it is set when the question is written while its lesson is
--   practice, and for every question of a lesson switched to practice.  It
--   never goes back to false, and clients cannot write it.
-- * A lesson cannot become assessed while it has an active question whose key
--   was exposed, and an assessed lesson cannot get (or reactivate) such a
--   question: both are refused (23514) with the reason.  The instructor
--   retires the old questions and publishes new ones (new ids in the package;
--   `lantern publish` checks this before it uploads anything).

alter table public.quiz_questions add column key_exposed boolean not null default false;

comment on column public.quiz_questions.key_exposed is
  'Was this question ever in a practice quiz, whose answer keys learners download?  Such a '
  'question cannot be active in an assessed quiz.';

create function private.quiz_question_exposure() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  mode text;
begin
  select l.quiz_mode into mode from public.lessons l where l.id = new.lesson_id;
  new.key_exposed := (tg_op = 'UPDATE' and old.key_exposed) or mode = 'practice';
  if mode = 'assessed' and new.is_active and new.key_exposed then
    raise exception 'quiz question % was in a practice quiz, whose answer keys learners '
      'downloaded, so it cannot be asked in an assessed quiz; add a new question (a new id) '
      'instead', new.id using errcode = 'check_violation';
  end if;
  return new;
end
$$;

create trigger quiz_questions_exposure
  before insert or update on public.quiz_questions
  for each row execute function private.quiz_question_exposure();

create function private.lesson_quiz_mode_switch() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  exposed integer;
begin
  if tg_when = 'BEFORE' then
    if old.quiz_mode = 'practice' and new.quiz_mode = 'assessed' then
      select count(*) into exposed from public.quiz_questions q
        where q.lesson_id = new.id and q.is_active and q.key_exposed;
      if exposed > 0 then
        raise exception 'lesson % cannot become assessed: learners downloaded the answer keys '
          'of its % practice questions; retire them and add new questions (new ids)',
          new.id, exposed using errcode = 'check_violation';
      end if;
    end if;
    return new;
  end if;
  if old.quiz_mode = 'assessed' and new.quiz_mode = 'practice' then
    update public.quiz_questions q set key_exposed = true
      where q.lesson_id = new.id and not q.key_exposed;
  end if;
  return null;
end
$$;

create trigger lesson_quiz_mode_switch_check
  before update of quiz_mode on public.lessons
  for each row execute function private.lesson_quiz_mode_switch();
create trigger lesson_quiz_mode_switch_expose
  after update of quiz_mode on public.lessons
  for each row execute function private.lesson_quiz_mode_switch();

-- Questions written so far: those of practice lessons were exposed.
update public.quiz_questions q set key_exposed = true
  from public.lessons l
  where l.id = q.lesson_id and l.quiz_mode = 'practice' and not q.key_exposed;

revoke all on function private.quiz_question_exposure(), private.lesson_quiz_mode_switch()
  from public, anon, authenticated;
