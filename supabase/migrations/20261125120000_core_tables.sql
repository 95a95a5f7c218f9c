-- Core tables of the learning platform, as the seed guide describes them
-- (profiles, courses, lessons, enrollments, lesson_progress, quiz_attempts,
-- achievements, user_achievements, course_ratings) and its indexes.
--
-- Differences from the guide, on purpose:
-- * ids default to gen_random_uuid() (core PostgreSQL): no uuid-ossp needed.
-- * counters, flags and timestamps are NOT NULL with their defaults, so a
--   client cannot store NULL where the guide's arithmetic expects a number.
-- * profiles.show_on_leaderboard: the learner's opt-out for get_leaderboard().
-- Security (RLS, grants) and behaviour (triggers, functions) come in the
-- migrations that follow, one idea each.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  username text unique not null,
  full_name text not null,
  avatar_url text,
  role text not null default 'student' check (role in ('student', 'instructor', 'admin')),
  points integer not null default 0 check (points >= 0),
  streak_days integer not null default 0 check (streak_days >= 0),
  last_active timestamptz not null default now(),
  show_on_leaderboard boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint username_length check (char_length(username) >= 3)
);

create table public.courses (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  description text,
  thumbnail_url text,
  instructor_id uuid references public.profiles (id) on delete set null,
  difficulty_level text not null default 'beginner'
    check (difficulty_level in ('beginner', 'intermediate', 'advanced')),
  estimated_duration_hours integer check (estimated_duration_hours > 0),
  price numeric(10, 2) not null default 0 check (price >= 0),
  is_premium boolean not null default false,
  is_published boolean not null default false,
  tags text[],
  category text,
  enrollment_count integer not null default 0 check (enrollment_count >= 0),
  average_rating numeric(3, 2) not null default 0
    check (average_rating >= 0 and average_rating <= 5),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.lessons (
  id uuid primary key default gen_random_uuid(),
  course_id uuid not null references public.courses (id) on delete cascade,
  title text not null,
  description text,
  component_path text not null,
  order_index integer not null,
  estimated_duration_minutes integer check (estimated_duration_minutes > 0),
  is_free boolean not null default false,
  prerequisites uuid[], -- ids of lessons of the same course
  learning_objectives text[],
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (course_id, order_index),
  constraint valid_component_path check (component_path ~ '^[a-zA-Z0-9\-_/]+$')
);

create table public.enrollments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  course_id uuid not null references public.courses (id) on delete cascade,
  enrolled_at timestamptz not null default now(),
  completed_at timestamptz,
  progress_percentage integer not null default 0
    check (progress_percentage >= 0 and progress_percentage <= 100),
  unique (user_id, course_id)
);

create table public.lesson_progress (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  course_id uuid not null references public.courses (id) on delete cascade,
  completion_percentage integer not null default 0
    check (completion_percentage >= 0 and completion_percentage <= 100),
  time_spent_seconds integer not null default 0 check (time_spent_seconds >= 0),
  completed_at timestamptz,
  last_accessed timestamptz not null default now(),
  section_progress jsonb not null default '{}', -- progress of individual sections
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, lesson_id)
);

create table public.quiz_attempts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  lesson_id uuid not null references public.lessons (id) on delete cascade,
  score integer not null check (score >= 0),
  max_score integer not null check (max_score > 0),
  answers jsonb not null,
  time_taken_seconds integer check (time_taken_seconds >= 0),
  is_passed boolean generated always as (score::numeric / max_score >= 0.7) stored,
  completed_at timestamptz not null default now()
);

create table public.achievements (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  description text,
  icon text not null,
  badge_color text not null default 'blue',
  points_value integer not null default 0 check (points_value >= 0),
  criteria jsonb not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now()
);

create table public.user_achievements (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  achievement_id uuid not null references public.achievements (id) on delete cascade,
  earned_at timestamptz not null default now(),
  unique (user_id, achievement_id)
);

create table public.course_ratings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  course_id uuid not null references public.courses (id) on delete cascade,
  rating integer not null check (rating >= 1 and rating <= 5),
  review text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, course_id)
);

-- The guide's performance indexes.
create index idx_courses_published on public.courses (is_published) where is_published = true;
create index idx_courses_category on public.courses (category) where is_published = true;
create index idx_lessons_course_order on public.lessons (course_id, order_index);
create index idx_progress_user_course on public.lesson_progress (user_id, course_id);
create index idx_quiz_attempts_user on public.quiz_attempts (user_id, lesson_id);
create index idx_enrollments_user on public.enrollments (user_id);
create index idx_achievements_active on public.achievements (is_active) where is_active = true;
-- Foreign keys the guide left unindexed (cascades and RLS joins use them).
create index idx_courses_instructor on public.courses (instructor_id);
create index idx_enrollments_course on public.enrollments (course_id);
create index idx_ratings_course on public.course_ratings (course_id);
create index idx_progress_lesson on public.lesson_progress (lesson_id);
