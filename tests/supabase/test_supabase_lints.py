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
WRAPPED_CALL = re.compile(r"\(\s*select\s+(auth\.(uid|jwt|role|email)\(\)|current_setting\()", re.I)


@pytest.fixture(scope="module", params=["current", "legacy"])
def db_url(request: pytest.FixtureRequest, pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    template = (
        db_template if request.param == "current" else request.getfixturevalue("db_template_legacy")
    )
    with pg_cluster.copy_of(template) as url:
        yield url


def _policies(conn: Conn) -> list[dict[str, Any]]:
    return conn.execute(
        "select p.schemaname, p.tablename, p.policyname, p.permissive, p.roles, p.cmd, "
        "p.qual, p.with_check from pg_policies p "
        "join pg_namespace n on n.nspname = p.schemaname "
        "join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename "
        "where c.relrowsecurity"
    ).fetchall()


def test_no_policy_reevaluates_auth_functions_per_row(admin_conn: Conn) -> None:
    """splinter 0003_auth_rls_initplan."""
    found = []
    for policy in _policies(admin_conn):
        if policy["schemaname"] not in OUR_SCHEMAS:
            continue
        for clause in ("qual", "with_check"):
            text = policy[clause] or ""
            if len(AUTH_CALL.findall(text)) > len(WRAPPED_CALL.findall(text)):
                found.append(f"{policy['tablename']}: {policy['policyname']} ({clause})")
    assert found == []


def test_every_foreign_key_has_a_covering_index(admin_conn: Conn) -> None:
    """splinter 0001_unindexed_foreign_keys: the key's columns, in order, lead an index."""
    rows = admin_conn.execute(
        "select con.conrelid::regclass::text as tbl, con.conname "
        "from pg_constraint con join pg_class c on c.oid = con.conrelid "
        "join pg_namespace n on n.oid = c.relnamespace "
        "where con.contype = 'f' and n.nspname = any(%s) "
        "and not exists (select 1 from pg_index i where i.indrelid = con.conrelid "
        "  and i.indisvalid "
        "  and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(con.conkey)] "
        "      = con.conkey) "
        "order by 1, 2",
        (list(OUR_SCHEMAS),),
    ).fetchall()
    assert [f"{r['tbl']}.{r['conname']}" for r in rows] == []


def test_one_permissive_policy_per_role_and_action(admin_conn: Conn) -> None:
    """splinter 0006_multiple_permissive_policies, for the roles RLS applies to."""
    roles = [
        r["rolname"]
        for r in admin_conn.execute(
            "select rolname from pg_roles where not rolbypassrls and not rolsuper "
            "and rolname not like 'pg\\_%' and rolname not like 'supabase%admin'"
        ).fetchall()
    ]
    seen: dict[tuple[str, str, str], list[str]] = {}
    for policy in _policies(admin_conn):
        if policy["schemaname"] not in OUR_SCHEMAS or policy["permissive"] != "PERMISSIVE":
            continue
        applies_to = (
            roles if "public" in policy["roles"] else [r for r in policy["roles"] if r in roles]
        )
        actions = (
            ["SELECT", "INSERT", "UPDATE", "DELETE"] if policy["cmd"] == "ALL" else [policy["cmd"]]
        )
        for role in applies_to:
            for action in actions:
                key = (policy["tablename"], role, action)
                seen.setdefault(key, []).append(policy["policyname"])
    assert {key: names for key, names in seen.items() if len(names) > 1} == {}


def _is_broad(qual: str | None, bucket: str) -> bool:
    """Always true, or nothing but ``bucket_id = '<bucket>'`` (splinter's test)."""
    if qual is None:
        return True
    bare = re.sub(r"\s+", "", qual.lower())
    if bare in ("true", "(true)", "1=1", "(1=1)"):
        return True
    match = re.fullmatch(
        r"\s*\(*\s*bucket_id\s*=\s*'((?:[^']|'')*)'(\s*::\s*[\w.]+)?\s*\)*\s*", qual, re.I
    )
    return match is not None and match.group(1).replace("''", "'") == bucket


def test_no_public_bucket_allows_listing(admin_conn: Conn) -> None:
    """splinter 0025_public_bucket_allows_listing."""
    buckets = [
        r["id"]
        for r in admin_conn.execute("select id from storage.buckets where public").fetchall()
    ]
    assert "course-content" in buckets
    found = [
        (bucket, policy["policyname"])
        for bucket in buckets
        for policy in _policies(admin_conn)
        if policy["schemaname"] == "storage"
        and policy["tablename"] == "objects"
        and policy["cmd"] in ("SELECT", "ALL")
        and policy["permissive"] == "PERMISSIVE"
        and set(policy["roles"]) & {"public", "anon", "authenticated"}
        and _is_broad(policy["qual"], bucket)
    ]
    assert found == []
