"""scripts/compare_schemas.py: the proof a folded migration folder needs.

It must find the live chain equal to itself, and must report every kind of
change a fold could get wrong (so the check can fail), while a change of
whitespace alone is no difference.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from devserver.migrate import DEFAULT_MIGRATIONS_DIR, REPO_ROOT
from tests.helpers.pg import Cluster

SCRIPT = REPO_ROOT / "scripts" / "compare_schemas.py"

# One statement per kind of catalogue fact, each naming what it must report.
CHANGES = {
    'policy public.courses "courses: teacher or admin deletes": using differs': (
        'alter policy "courses: teacher or admin deletes" on public.courses '
        "using (public.is_admin());"
    ),
    "comment table public.courses: only in NEW": "comment on table public.courses is 'changed';",
    "function public.is_admin(): acl differs": (
        "revoke execute on function public.is_admin() from anon;"
    ),
    "function public.set_updated_at(): config differs": (
        "alter function public.set_updated_at() set search_path = public;"
    ),
    "function public.can_view_course(uuid): volatility differs": (
        "alter function public.can_view_course(uuid) volatile;"
    ),
    'row "storage"."buckets" ': (
        "update storage.buckets set public = false where id = 'course-content';"
    ),
    "default privileges postgres in public on r: only in NEW": (
        "alter default privileges in schema public grant select on tables to anon;"
    ),
    "column public.courses.category: default differs": (
        "alter table public.courses alter column category set default 'general';"
    ),
    "relation public.notifications: rls forced differs": (
        "alter table public.notifications force row level security;"
    ),
}

# The same body as the chain's, laid out differently: not a difference.
REINDENTED = """
create or replace function public.current_user_role() returns text
language sql stable security definer set search_path = ''
as $$
        select p.role   from public.profiles p
        where p.id = auth.uid()
$$;
"""


def run_compare(cluster: Cluster, old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, str(SCRIPT), str(old), str(new), "--admin-url", cluster.admin_url]
    if cluster.server is None:  # an external server: our pg_dump may not match it
        args.append("--no-dump")
    return subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)


def test_the_chain_equals_itself(pg_cluster: Cluster) -> None:
    result = run_compare(pg_cluster, DEFAULT_MIGRATIONS_DIR, DEFAULT_MIGRATIONS_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no differences" in result.stdout
    assert " function, " in result.stdout
    assert " policy, " in result.stdout


def test_a_changed_copy_is_reported(pg_cluster: Cluster, tmp_path: Path) -> None:
    changed = tmp_path / "migrations"
    shutil.copytree(DEFAULT_MIGRATIONS_DIR, changed)
    body = REINDENTED + "\n".join(CHANGES.values()) + "\n"
    (changed / "29991231000000_deliberate_changes.sql").write_text(body, encoding="utf-8")

    result = run_compare(pg_cluster, DEFAULT_MIGRATIONS_DIR, changed)

    assert result.returncode == 1, result.stdout + result.stderr
    missing = [expected for expected in CHANGES if expected not in result.stdout]
    assert missing == [], result.stdout
    assert "current_user_role" not in result.stdout  # whitespace only


def test_a_folder_that_does_not_apply_is_named(pg_cluster: Cluster, tmp_path: Path) -> None:
    broken = tmp_path / "migrations"
    shutil.copytree(DEFAULT_MIGRATIONS_DIR, broken)
    (broken / "29991231000000_broken.sql").write_text("create tabel x ();\n", encoding="utf-8")

    result = run_compare(pg_cluster, DEFAULT_MIGRATIONS_DIR, broken)

    assert result.returncode == 2
    assert "29991231000000_broken.sql" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_folder_is_named(pg_cluster: Cluster, tmp_path: Path) -> None:
    result = run_compare(pg_cluster, DEFAULT_MIGRATIONS_DIR, tmp_path / "no-such-folder")
    assert result.returncode == 2
    assert "no-such-folder: no such folder" in result.stderr
