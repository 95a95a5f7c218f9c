-- Lesson-progress rewards react only to the learner's own changes.
--
-- The first version of private.lesson_progress_rewards counted every UPDATE
-- of a progress row as the learner's activity for the day.  But some updates
-- are not the learner's: moving a lesson to another course cascades into
-- lesson_progress.course_id (foreign key ON UPDATE CASCADE), and a client
-- re-sending the same values is no new study.  Such updates would have
-- extended the streaks of every learner of a moved lesson.  Now:
-- * activity (streak) counts on INSERT, or when completion, time spent,
--   section progress, completion time or last access actually changed;
-- * a lesson moved to another course refreshes the enrollments of both the
--   old and the new course (the old one may now be complete, or less so),
--   without counting as activity.

create or replace function private.lesson_progress_rewards() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  rewarded boolean := false;
  studied boolean;
  moved boolean := tg_op = 'UPDATE' and old.course_id <> new.course_id;
begin
  studied := tg_op = 'INSERT'
    or (new.completion_percentage, new.time_spent_seconds, new.section_progress,
        new.completed_at, new.last_accessed)
       is distinct from
       (old.completion_percentage, old.time_spent_seconds, old.section_progress,
        old.completed_at, old.last_accessed);
  if not studied and not moved then
    return null;
  end if;
  perform private.lock_rewards(new.user_id);
  if studied then
    rewarded := private.record_activity(new.user_id) is not null;
  end if;
  if moved then
    rewarded := private.refresh_enrollment(new.user_id, old.course_id) or rewarded;
  end if;
  if new.completed_at is not null
     and (tg_op = 'INSERT' or old.completed_at is null or moved) then
    rewarded := private.award_points(new.user_id, 'lesson_completed', new.lesson_id,
                                     private.points_for('lesson_completed')) or rewarded;
    rewarded := private.refresh_enrollment(new.user_id, new.course_id) or rewarded;
  elsif tg_op = 'INSERT' or moved then
    -- Starting a lesson added since the last refresh lowers the percentage.
    perform private.refresh_enrollment(new.user_id, new.course_id);
  end if;
  if rewarded then
    perform private.award_achievements(new.user_id);
  end if;
  return null;
end
$$;

revoke all on function private.lesson_progress_rewards() from public, anon, authenticated;
