"""Tables, rows and clients for the REST/Storage contract tests.

The shared session ``devserver`` gets a few small tables of its own (prefixed
``rest_``) with known rows, so the PostgREST behaviour can be checked without
depending on the product schema.  ``rest_books`` has two keys to
``rest_authors`` (author and editor) to exercise ambiguous embedding; writes
go to ``rest_notes`` (and ``rest_private`` under RLS), keyed per test.
Import the fixtures into a test module with
``from tests.helpers.rest_fixtures import *  # noqa: F403``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from supabase import Client

from devserver.server import DevServer

SCHEMA_SQL = """
create table if not exists public.rest_authors (
  id int primary key, name text not null, born date);
create table if not exists public.rest_books (
  id int primary key,
  title text not null,
  author_id int references public.rest_authors (id),
  editor_id int references public.rest_authors (id),
  pages int,
  price numeric(6, 2),
  tags text[],
  meta jsonb,
  published boolean not null default false,
  released_at timestamptz,
  note text);
create table if not exists public.rest_chapters (
  id int primary key,
  book_id int not null references public.rest_books (id),
  title text not null,
  n int not null);
create table if not exists public.rest_notes (
  id text primary key,
  body text,
  score int not null default 7,
  tags text[],
  created_at timestamptz not null default now());
create table if not exists public.rest_private (
  id text primary key,
  owner uuid not null default auth.uid(),
  secret text not null);
create table if not exists public.rest_canary (id int primary key, word text not null);
alter table public.rest_private enable row level security;
drop policy if exists own_rows on public.rest_private;
create policy own_rows on public.rest_private for all to authenticated
  using (owner = auth.uid()) with check (owner = auth.uid());
grant select on public.rest_authors, public.rest_books, public.rest_chapters,
  public.rest_canary to anon, authenticated, service_role;
grant select, insert, update, delete on public.rest_notes, public.rest_private
  to anon, authenticated, service_role;
grant insert, delete on public.rest_chapters to service_role;

create or replace function public.rest_add(a int, b int default 10) returns int
  language sql immutable as $$ select a + b $$;
create or replace function public.rest_books_by(author int) returns setof public.rest_books
  language sql stable as $$ select * from public.rest_books where author_id = author $$;
create or replace function public.rest_echo(payload jsonb) returns jsonb
  language sql immutable as $$ select payload $$;
create or replace function public.rest_whole(jsonb) returns jsonb
  language sql immutable as $$ select $1 $$;
create or replace function public.rest_touch(note_id text) returns void
  language sql volatile as $$ update public.rest_notes set score = score + 1 where id = note_id $$;
create or replace function public.rest_fail(msg text) returns int
  language plpgsql volatile as $$ begin raise exception '%', msg using hint = 'a hint'; end $$;
create or replace function public.rest_insert_note(note_id text) returns int
  language plpgsql volatile as $$
  begin insert into public.rest_notes (id) values (note_id); return 1; end $$;
create or replace function public.rest_write_in_stable(note_id text) returns int
  language sql stable as $$ select public.rest_insert_note(note_id) $$;
create or replace function public.rest_one_book(book int) returns public.rest_books
  language sql stable as $$ select * from public.rest_books where id = book $$;
create or replace function public.rest_numbers(upto int) returns setof int
  language sql immutable as $$ select generate_series(1, upto) $$;
create or replace function public.rest_timeout() returns text
  language sql stable as $$ select current_setting('statement_timeout') $$;
create or replace function public.rest_request() returns jsonb
  language sql stable as $$
  select jsonb_build_object('method', current_setting('request.method'),
    'path', current_setting('request.path'),
    'apikey', current_setting('request.headers')::jsonb ? 'apikey',
    'role', current_setting('request.jwt.claims')::jsonb ->> 'role') $$;
create or replace function public.rest_whoami() returns text
  language sql stable as $$ select coalesce(auth.uid()::text, auth.role()) $$;
"""

ROWS_SQL = """
insert into public.rest_authors values
  (1, 'Ada', '1815-12-10'), (2, 'Grace', '1906-12-09'), (3, 'Edsger', null)
  on conflict do nothing;
insert into public.rest_books values
  (1, 'Notes on the Engine', 1, 2, 120, 9.50, '{math,history}', '{"level": 1}', true,
   '2024-01-01T10:00:00+00', null),
  (2, 'Compilers, Gently', 2, 1, 300, 25.00, '{cs}', '{"level": 2}', true,
   '2024-02-01T10:00:00+00', 'has a, comma'),
  (3, 'Goto Considered', 3, null, 2, 0.00, '{cs,essay}', '{"level": 3}', false,
   null, null),
  (4, 'Structured Thoughts', 3, 2, 80, 12.00, '{}', null, true,
   '2024-03-01T10:00:00+00', 'Quoted "word"')
  on conflict do nothing;
insert into public.rest_chapters values
  (1, 1, 'Bernoulli', 1), (2, 1, 'Looms', 2), (3, 2, 'Parsing', 1)
  on conflict do nothing;
insert into public.rest_canary values (1, 'tweet') on conflict do nothing;
"""


@pytest.fixture(scope="session")
def rest_tables(devserver: DevServer) -> DevServer:
    """The devserver, with the ``rest_*`` tables, functions and rows in place."""
    with psycopg.connect(devserver.db_url, autocommit=True) as conn:
        conn.execute(SCHEMA_SQL)
        conn.execute(ROWS_SQL)
    return devserver


@pytest.fixture
def admin_sql(rest_tables: DevServer) -> Iterator[Callable[..., list[dict[str, Any]]]]:
    """Run SQL as the database superuser (to arrange or check state)."""
    with psycopg.connect(rest_tables.db_url, autocommit=True, row_factory=dict_row) as conn:

        def run(query: str, params: Any = None) -> list[dict[str, Any]]:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []

        yield run


@pytest.fixture
def anon(rest_tables: DevServer, make_client: Callable[..., Client]) -> Client:
    """An SDK client with the anon key."""
    return make_client()


@pytest.fixture
def service(rest_tables: DevServer, make_client: Callable[..., Client]) -> Client:
    """An SDK client with the service_role key (bypasses RLS)."""
    return make_client(rest_tables.service_role_key)
