-- Demo catalogue for the devserver and the schema tests (issue #2).
--
-- Runs once, after every migration, on a fresh database (as the database
-- owner, so RLS does not apply).  Fixed UUIDs let tests and demos refer to
-- the rows:
--   users        a1a1a1a1-0000-4000-8000-00000000000N  (1 instructor, 2 learner)
--   courses      c0c0c0c0-0000-4000-8000-00000000000N  (1-3 published, 4 draft)
--   lessons      e1e1e1e1-000C-4000-8000-00000000000L  (course C, lesson L)
--   achievements ac000000-0000-4000-8000-00000000000N
-- Sign in with instructor@lantern.local / lantern-instructor or
-- learner@lantern.local / lantern-learner (bcrypt hashes below; demo only).

-- == demo users ==
-- The profile-on-sign-up trigger creates their profiles from the metadata.
insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
                        email_confirmed_at, confirmation_token, recovery_token,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
values
  ('00000000-0000-0000-0000-000000000000', 'a1a1a1a1-0000-4000-8000-000000000001',
   'authenticated', 'authenticated', 'instructor@lantern.local',
   '$2a$10$.eeearzBxku8VRNbHEiJTu5pqNgWLmK8T4k/HgK.LIHND9AXNkSg2', now(), '', '',
   '{"provider": "email", "providers": ["email"]}',
   '{"username": "ada_instructor", "full_name": "Ada Byron"}', now(), now()),
  ('00000000-0000-0000-0000-000000000000', 'a1a1a1a1-0000-4000-8000-000000000002',
   'authenticated', 'authenticated', 'learner@lantern.local',
   '$2a$10$exVwY9U8RJNOfRdG2yhzNO0zfDQEOSVY7wHs0wgRdt8Se4uaZiCYK', now(), '', '',
   '{"provider": "email", "providers": ["email"]}',
   '{"username": "sam_learner", "full_name": "Sam Rivera"}', now(), now())
on conflict (id) do nothing;

insert into auth.identities (provider_id, user_id, identity_data, provider,
                             last_sign_in_at, created_at, updated_at)
select u.id::text, u.id,
       jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
       'email', now(), now(), now()
from auth.users u
where u.id in ('a1a1a1a1-0000-4000-8000-000000000001', 'a1a1a1a1-0000-4000-8000-000000000002')
on conflict (provider_id, provider) do nothing;

-- Hosted GoTrue cannot sign in users whose token columns are NULL
-- ("converting NULL to string is unsupported"); set whichever of them this
-- project's auth.users has to ''.
do $$
declare
  col text;
begin
  foreach col in array array['email_change', 'email_change_token_new',
                             'email_change_token_current', 'phone_change',
                             'phone_change_token', 'reauthentication_token'] loop
    if exists (select 1 from information_schema.columns
               where table_schema = 'auth' and table_name = 'users' and column_name = col) then
      execute format('update auth.users set %I = coalesce(%I, %L) where email like %L',
                     col, col, '', '%@lantern.local');
    end if;
  end loop;
end
$$;

update public.profiles set role = 'instructor'
where id = 'a1a1a1a1-0000-4000-8000-000000000001';

-- == courses ==
insert into public.courses (id, title, description, instructor_id, difficulty_level,
                            estimated_duration_hours, is_published, tags, category)
values
  ('c0c0c0c0-0000-4000-8000-000000000001', 'Python Foundations',
   'Write your first programs: values, decisions and functions, one small step at a time.',
   'a1a1a1a1-0000-4000-8000-000000000001', 'beginner', 4, true,
   '{python,programming}', 'programming'),
  ('c0c0c0c0-0000-4000-8000-000000000002', 'Version Control with Git',
   'Keep every version of your work and collaborate without overwriting each other.',
   'a1a1a1a1-0000-4000-8000-000000000001', 'beginner', 3, true,
   '{git,tools}', 'tools'),
  ('c0c0c0c0-0000-4000-8000-000000000003', 'SQL Essentials',
   'Ask questions of your data: tables, filters and joins in standard SQL.',
   'a1a1a1a1-0000-4000-8000-000000000001', 'intermediate', 5, true,
   '{sql,data}', 'data'),
  ('c0c0c0c0-0000-4000-8000-000000000004', 'Writing Clear Technical Docs',
   'Draft: how to write documentation people actually read.',
   'a1a1a1a1-0000-4000-8000-000000000001', 'beginner', 2, false,
   '{writing}', 'writing')
on conflict (id) do nothing;

-- == lessons ==
insert into public.lessons (id, course_id, title, description, component_path, order_index,
                            estimated_duration_minutes, is_free, prerequisites,
                            learning_objectives, quiz_mode)
values
  ('e1e1e1e1-0001-4000-8000-000000000001', 'c0c0c0c0-0000-4000-8000-000000000001',
   'Hello, Python', 'Run your first program.', 'python/hello', 1, 15, true, null,
   '{"Run a Python program","Use print()"}', 'practice'),
  ('e1e1e1e1-0001-4000-8000-000000000002', 'c0c0c0c0-0000-4000-8000-000000000001',
   'Values and Variables', 'Numbers, text and names for them.', 'python/variables', 2, 25,
   false, null, '{"Name values","Tell int, float and str apart"}', 'practice'),
  ('e1e1e1e1-0001-4000-8000-000000000003', 'c0c0c0c0-0000-4000-8000-000000000001',
   'Making Decisions', 'if, elif and else.', 'python/decisions', 3, 30, false,
   '{e1e1e1e1-0001-4000-8000-000000000002}', '{"Write an if statement","Compare values"}',
   'practice'),
  ('e1e1e1e1-0001-4000-8000-000000000004', 'c0c0c0c0-0000-4000-8000-000000000001',
   'Functions', 'Package steps under a name.', 'python/functions', 4, 35, false,
   '{e1e1e1e1-0001-4000-8000-000000000003}', '{"Define a function","Return a value"}',
   'assessed'),
  ('e1e1e1e1-0002-4000-8000-000000000001', 'c0c0c0c0-0000-4000-8000-000000000002',
   'Why Version Control', 'What problem Git solves.', 'git/why', 1, 10, true, null,
   '{"Explain what a commit is"}', 'practice'),
  ('e1e1e1e1-0002-4000-8000-000000000002', 'c0c0c0c0-0000-4000-8000-000000000002',
   'Your First Commit', 'init, add, commit.', 'git/first-commit', 2, 25, false, null,
   '{"Create a repository","Stage and commit changes"}', 'practice'),
  ('e1e1e1e1-0002-4000-8000-000000000003', 'c0c0c0c0-0000-4000-8000-000000000002',
   'Branches and Merging', 'Work in parallel, then combine.', 'git/branches', 3, 30, false,
   '{e1e1e1e1-0002-4000-8000-000000000002}', '{"Create a branch","Merge a branch"}',
   'practice'),
  ('e1e1e1e1-0003-4000-8000-000000000001', 'c0c0c0c0-0000-4000-8000-000000000003',
   'Tables and Rows', 'How relational data is laid out.', 'sql/tables', 1, 20, true, null,
   '{"Read a table","SELECT columns"}', 'practice'),
  ('e1e1e1e1-0003-4000-8000-000000000002', 'c0c0c0c0-0000-4000-8000-000000000003',
   'Filtering with WHERE', 'Only the rows you need.', 'sql/where', 2, 25, false, null,
   '{"Filter rows","Combine conditions"}', 'practice'),
  ('e1e1e1e1-0003-4000-8000-000000000003', 'c0c0c0c0-0000-4000-8000-000000000003',
   'Joining Tables', 'Combine rows that belong together.', 'sql/joins', 3, 40, false,
   '{e1e1e1e1-0003-4000-8000-000000000002}', '{"Write an inner join","Pick a join key"}',
   'assessed'),
  ('e1e1e1e1-0004-4000-8000-000000000001', 'c0c0c0c0-0000-4000-8000-000000000004',
   'Know Your Reader', 'Who reads this, and what do they need?', 'docs/reader', 1, 15,
   true, null, '{"Describe your audience"}', 'practice')
on conflict (id) do nothing;

-- == lesson bodies ==
insert into public.lesson_contents (lesson_id, body_markdown) values
('e1e1e1e1-0001-4000-8000-000000000001', $md$# Hello, Python

Python runs your instructions from top to bottom. Your first program prints a
greeting.

What you need:

- Python 3.11 or newer
- a text editor
- a terminal

```python
print("Hello, Lantern!")
```

Save it as `hello.py` and run `python hello.py`. The text appears in the
terminal. Change the message and run it again.
$md$),
('e1e1e1e1-0001-4000-8000-000000000002', $md$# Values and Variables

A **variable** is a name for a value. Python works out the type from the value.

- `int`: whole numbers such as `42`
- `float`: numbers with a fraction such as `3.5`
- `str`: text such as `"tea"`

```python
cups = 2
price = 3.5
drink = "tea"
print(cups * price, drink)
```

Use `type(cups)` to ask Python what type a value has.
$md$),
('e1e1e1e1-0001-4000-8000-000000000003', $md$# Making Decisions

`if` runs a block only when a condition is true; `elif` and `else` cover the
other cases.

1. Python checks the `if` condition.
2. If it is false, it tries each `elif` in order.
3. If none matched, it runs `else`.

```python
temperature = 18
if temperature > 25:
    print("Shorts")
elif temperature > 15:
    print("A light jacket")
else:
    print("A coat")
```

Indentation marks the block: four spaces, always the same.
$md$),
('e1e1e1e1-0001-4000-8000-000000000004', $md$# Functions

A function gives a name to a few steps so you can reuse them.

- `def` starts the definition
- parameters go in the parentheses
- `return` hands a value back

```python
def area(width, height):
    return width * height

print(area(3, 4))  # 12
```

A function without `return` gives back `None`.
$md$),
('e1e1e1e1-0002-4000-8000-000000000001', $md$# Why Version Control

Without version control you end up with `report-final-v2-REALLY-final.docx`.
Git keeps every saved version -- a **commit** -- with who made it and why.

- go back to any earlier version
- see exactly what changed
- work with others without overwriting their work

```text
a1f3c2e  Add the introduction
9b7d410  Fix typo in the title
```
$md$),
('e1e1e1e1-0002-4000-8000-000000000002', $md$# Your First Commit

Three commands take a folder from nothing to a first commit:

1. `git init` creates the repository
2. `git add` stages the files you want in the commit
3. `git commit` records them with a message

```bash
git init notes
cd notes
echo "# Notes" > README.md
git add README.md
git commit -m "Start my notes"
```

`git log` now shows your commit.
$md$),
('e1e1e1e1-0002-4000-8000-000000000003', $md$# Branches and Merging

A **branch** is a line of work. Make one for each change, then merge it back.

- `git switch -c name` creates a branch and moves to it
- `git merge name` brings its commits into the current branch
- a conflict means both sides changed the same lines: edit, add, commit

```bash
git switch -c better-title
# edit README.md, then:
git commit -am "Better title"
git switch main
git merge better-title
```
$md$),
('e1e1e1e1-0003-4000-8000-000000000001', $md$# Tables and Rows

A relational database keeps data in **tables**. Each row is one thing, each
column one fact about it.

| id | title        | year |
|----|--------------|------|
| 1  | Dune         | 1965 |
| 2  | Neuromancer  | 1984 |

- `SELECT` picks columns
- `FROM` names the table

```sql
select title, year from books;
```
$md$),
('e1e1e1e1-0003-4000-8000-000000000002', $md$# Filtering with WHERE

`WHERE` keeps only the rows for which a condition is true.

- compare with `=`, `<>`, `<`, `>`
- combine with `and`, `or`, `not`
- `is null` tests for a missing value (`= null` never matches)

```sql
select title
from books
where year < 1980 and title like 'D%';
```
$md$),
('e1e1e1e1-0003-4000-8000-000000000003', $md$# Joining Tables

Related facts live in different tables; a **join** puts them side by side.

1. name both tables in `FROM ... JOIN`
2. say which columns match in `ON`
3. select columns from either table

```sql
select b.title, a.name
from books b
join authors a on a.id = b.author_id;
```

An inner join drops books without an author; a `left join` keeps them.
$md$),
('e1e1e1e1-0004-4000-8000-000000000001', $md$# Know Your Reader

Before you write, answer three questions:

- Who will read this?
- What are they trying to do?
- What do they already know?

```text
Reader: a new team member
Goal:   run the app locally on day one
Knows:  Python, not our tooling
```
$md$)
on conflict (lesson_id) do nothing;

-- == achievements ==
-- Criteria formats: see check_achievements (20261125130400_check_achievements).
insert into public.achievements (id, title, description, icon, badge_color, points_value,
                                 criteria)
values
  ('ac000000-0000-4000-8000-000000000001', 'First Course', 'Complete your first course.',
   'graduation-cap', 'gold', 50, '{"type": "course_completion", "required_count": 1}'),
  ('ac000000-0000-4000-8000-000000000002', 'Quiz Master', 'Pass five quizzes.',
   'trophy', 'purple', 40, '{"type": "quiz_master", "required_count": 5}'),
  ('ac000000-0000-4000-8000-000000000003', 'On a Roll', 'Learn seven days in a row.',
   'flame', 'orange', 30, '{"type": "streak", "required_days": 7}'),
  ('ac000000-0000-4000-8000-000000000004', 'Getting Started', 'Complete five lessons.',
   'footprints', 'green', 20, '{"type": "lessons_completed", "required_count": 5}'),
  ('ac000000-0000-4000-8000-000000000005', 'Century', 'Earn 100 points.',
   'star', 'blue', 10, '{"type": "points", "required_points": 100}')
on conflict (id) do nothing;

-- == quizzes ==
-- Quiz questions for the lessons above (quiz_mode: e1e1e1e1-0001-…-04 and
-- e1e1e1e1-0003-…-03 are 'assessed', the others 'practice').
-- Ids: f0f0f0f0-0CLL-4000-8000-00000000000Q (course C, lesson LL, question Q).
-- A practice quiz on "Hello, Python" (free: its key downloads for instant
-- offline feedback) and an assessed quiz on "Functions" (graded only on the
-- server).  Each has all three kinds; the trigger makes every question
-- version 1 and the keys below are for that version.
insert into public.quiz_questions (id, lesson_id, position, kind, prompt, options, points)
values
  ('f0f0f0f0-0101-4000-8000-000000000001', 'e1e1e1e1-0001-4000-8000-000000000001', 1,
   'single_choice', 'Which line prints Hello on the screen?',
   '[{"id": "a", "text": "echo(\"Hello\")"}, {"id": "b", "text": "print(\"Hello\")"},
     {"id": "c", "text": "say Hello"}]', 1),
  ('f0f0f0f0-0101-4000-8000-000000000002', 'e1e1e1e1-0001-4000-8000-000000000001', 2,
   'multiple_choice', 'Which of these are valid Python comments or strings?',
   '[{"id": "a", "text": "# a comment"}, {"id": "b", "text": "// a comment"},
     {"id": "c", "text": "\"a string\""}, {"id": "d", "text": "<!-- a comment -->"}]', 2),
  ('f0f0f0f0-0101-4000-8000-000000000003', 'e1e1e1e1-0001-4000-8000-000000000001', 3,
   'short_answer', 'Which built-in function reads a line the user types?', '[]', 1),
  ('f0f0f0f0-0101-4000-8000-000000000004', 'e1e1e1e1-0001-4000-8000-000000000001', 4,
   'single_choice', 'What does print(2 + 3) show?',
   '[{"id": "a", "text": "2 + 3"}, {"id": "b", "text": "23"}, {"id": "c", "text": "5"}]', 1),
  ('f0f0f0f0-0104-4000-8000-000000000001', 'e1e1e1e1-0001-4000-8000-000000000004', 1,
   'single_choice', 'Which keyword starts a function definition?',
   '[{"id": "a", "text": "func"}, {"id": "b", "text": "def"}, {"id": "c", "text": "function"}]',
   1),
  ('f0f0f0f0-0104-4000-8000-000000000002', 'e1e1e1e1-0001-4000-8000-000000000004', 2,
   'multiple_choice', 'Which statements about return are true?',
   '[{"id": "a", "text": "It ends the function"}, {"id": "b", "text": "It prints a value"},
     {"id": "c", "text": "A function without it returns None"}]', 2),
  ('f0f0f0f0-0104-4000-8000-000000000003', 'e1e1e1e1-0001-4000-8000-000000000004', 3,
   'short_answer', 'What does a function return when it reaches its end without return?',
   '[]', 1)
on conflict (id) do nothing;

insert into public.quiz_answer_keys (question_id, version, correct)
values
  ('f0f0f0f0-0101-4000-8000-000000000001', 1, '["b"]'),
  ('f0f0f0f0-0101-4000-8000-000000000002', 1, '["a", "c"]'),
  ('f0f0f0f0-0101-4000-8000-000000000003', 1, '["input", "input()"]'),
  ('f0f0f0f0-0101-4000-8000-000000000004', 1, '["c"]'),
  ('f0f0f0f0-0104-4000-8000-000000000001', 1, '["b"]'),
  ('f0f0f0f0-0104-4000-8000-000000000002', 1, '["a", "c"]'),
  ('f0f0f0f0-0104-4000-8000-000000000003', 1, '["None"]')
on conflict (question_id, version) do nothing;
