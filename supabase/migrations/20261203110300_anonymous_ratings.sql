-- Ratings do not say who is enrolled where (issue #12, item 5).
--
-- "course_ratings: readable by everyone" (20261125120900) gave anon and every
-- signed-in user each rating row with its user_id: a list of which learner
-- takes which course (only enrolled learners may rate).
--
-- * course_ratings rows are read by their rater (the app syncs its own
--   rating) and by admins (moderation: they may delete any).  Nobody else,
--   not even the course's teacher, reads the table.
-- * show_name (default false): the rater's choice to be named next to their
--   review.  Writable by the rater (REST) and by sync's rating.set
--   (optional payload.show_name; an op without it keeps the stored choice).
-- * get_course_reviews(course) returns what everyone may see of a course
--   they can see (public.can_view_course): each rating and review text,
--   when it was written, the reviewer's username only when show_name, and
--   is_own for the caller's own.  No user id, no row id.  The aggregate
--   stays courses.average_rating (server-maintained).

alter table public.course_ratings add column show_name boolean not null default false;

drop policy "course_ratings: readable by everyone" on public.course_ratings;
create policy "course_ratings: the rater and admins read"
  on public.course_ratings for select to authenticated
  using (user_id = (select auth.uid()) or (select public.is_admin()));

revoke select on public.course_ratings from anon;
grant insert (show_name), update (show_name) on public.course_ratings to authenticated;

create function public.get_course_reviews(course_uuid uuid, limit_count integer default 100)
returns table (rating integer, review text, reviewer text, created_at timestamptz,
               updated_at timestamptz, is_own boolean)
language sql stable security definer set search_path = ''
as $$
  select r.rating, r.review,
         case when r.show_name then p.username end,
         r.created_at, r.updated_at,
         r.user_id is not distinct from auth.uid()
  from public.course_ratings r
  left join public.profiles p on p.id = r.user_id
  where r.course_id = course_uuid and public.can_view_course(course_uuid)
  order by r.updated_at desc, r.id
  limit greatest(1, least(coalesce(limit_count, 100), 500))
$$;

revoke all on function public.get_course_reviews(uuid, integer) from public, anon, authenticated;
grant execute on function public.get_course_reviews(uuid, integer)
  to anon, authenticated, service_role;

create or replace function private.sync_op_rating(uid uuid, op_hlc text, payload jsonb) returns jsonb
language plpgsql volatile security definer set search_path = ''
as $$
declare
  course uuid := private.sync_payload_uuid(payload, 'course_id');
  stars integer := private.sync_payload_int(payload, 'rating', 1, 5);
  review_text text;
  named boolean;
  saved public.course_ratings;
begin
  if payload ? 'review' and jsonb_typeof(payload -> 'review') not in ('string', 'null') then
    raise exception 'payload.review must be text or null' using errcode = '22023';
  end if;
  review_text := payload ->> 'review';
  if payload ? 'show_name' and jsonb_typeof(payload -> 'show_name') not in ('boolean', 'null') then
    raise exception 'payload.show_name must be true, false or null' using errcode = '22023';
  end if;
  named := (payload ->> 'show_name')::boolean;  -- null: keep the stored choice
  if op_hlc is null then
    raise exception 'rating.set needs the op''s hlc' using errcode = '22023';
  end if;
  if not exists (select 1 from public.enrollments e
                 where e.user_id = uid and e.course_id = course
                   and e.status = 'active') then
    raise exception 'only learners enrolled in course % may rate it', course
      using errcode = '42501';
  end if;
  insert into public.course_ratings as r (user_id, course_id, rating, review, hlc, show_name)
  values (uid, course, stars, review_text, op_hlc, coalesce(named, false))
  on conflict (user_id, course_id) do update
    set rating = excluded.rating, review = excluded.review, hlc = excluded.hlc,
        show_name = coalesce(named, r.show_name)
    where r.hlc is null or excluded.hlc > r.hlc
  returning * into saved;
  if saved is null then
    select * into saved from public.course_ratings r
      where r.user_id = uid and r.course_id = course;
    return jsonb_build_object('superseded', true, 'course_rating', to_jsonb(saved) - 'row_txid');
  end if;
  return jsonb_build_object('course_rating', to_jsonb(saved) - 'row_txid');
end
$$;

revoke all on function private.sync_op_rating(uuid, text, jsonb) from public, anon, authenticated;
