"""A classroom coming back online at once, at CI size (benchmarks/classroom_burst.py).

Learners with queued ops and new devices all sync together against one
devserver: the server ends with exactly what was queued (nothing lost,
nothing twice) and every new device holds the catalogue.  The same burst
through PgBouncer in transaction mode, with ONE server connection for all
of them (the stand-in for Supavisor: the devserver's whole request path,
sign-up included, shares one PostgreSQL session).  And the direct
``sync_push`` burst over several database connections: no deadlock, no
failed call, no statement near the 8 s timeout.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from benchmarks.bench_world import make_catalogue
from benchmarks.classroom_burst import device_burst, direct_pull, direct_push
from devserver.pgbouncer import PgBouncer, pgbouncer_binary
from devserver.server import DevServer
from tests.fixtures.devserver import TEST_BCRYPT_ROUNDS
from tests.helpers.pg import Cluster

LEARNERS, OPS, NEW_DEVICES = 3, 60, 2


@pytest.fixture
def burst_db(pg_cluster: Cluster, db_template: str) -> Iterator[str]:
    with pg_cluster.copy_of(db_template) as url:
        yield url


@pytest.fixture
def work_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="lantern-burst-") as tmp:
        yield Path(tmp)


def test_a_classroom_burst_leaves_the_server_state_exact(burst_db: str, work_dir: Path) -> None:
    server = DevServer(
        data_dir=work_dir / "devserver",
        database_url=burst_db,
        build=False,
        demo_accounts=False,
        bcrypt_rounds=TEST_BCRYPT_ROUNDS,
    )
    with server:
        catalogue = make_catalogue(server, 3, 30)
        result = device_burst(server, catalogue, LEARNERS, OPS, NEW_DEVICES, work_dir)
    assert result.problems == []
    assert result.ops == LEARNERS * (OPS + 1)
    assert len(result.device_s) == LEARNERS + NEW_DEVICES


def test_the_burst_through_a_transaction_pooler_leaks_nothing(
    burst_db: str, work_dir: Path
) -> None:
    if pgbouncer_binary() is None:
        pytest.skip("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
    info = psycopg.conninfo.conninfo_to_dict(burst_db)
    with PgBouncer(
        work_dir / "pgbouncer",
        str(info.get("host", "127.0.0.1")),
        int(str(info.get("port", 5432))),
        pool_size=1,
    ) as bouncer:
        server = DevServer(
            data_dir=work_dir / "devserver",
            database_url=bouncer.url_for(str(info["dbname"])),
            build=False,
            demo_accounts=False,
            bcrypt_rounds=TEST_BCRYPT_ROUNDS,
            prepared_statements=False,
        )
        with server:
            catalogue = make_catalogue(server, 3, 30)
            result = device_burst(server, catalogue, LEARNERS, OPS, NEW_DEVICES, work_dir)
    # Each learner's rows are exactly their own queued ops: had one request
    # run as another learner (claims or role left on the shared session),
    # ops would land on the wrong learner or be refused.
    assert result.problems == []
    assert len(result.device_s) == LEARNERS + NEW_DEVICES


def test_direct_sync_push_over_many_connections_has_no_deadlock_and_pull_serves_all(
    burst_db: str, work_dir: Path
) -> None:
    server = DevServer(
        data_dir=work_dir / "devserver",
        database_url=burst_db,
        build=False,
        demo_accounts=False,
        bcrypt_rounds=TEST_BCRYPT_ROUNDS,
    )
    with server:
        catalogue = make_catalogue(server, 3, 30)
    result = direct_push(burst_db, catalogue, 4, 300, 4)
    assert result.failures == []
    assert result.deadlocks == 0
    assert result.over_timeout == 0
    with psycopg.connect(burst_db) as conn:
        row = conn.execute(
            "select count(*), coalesce(sum(last_seq), 0) from public.sync_devices "
            "where user_id in (select id from auth.users where email like 'direct-%%')"
        ).fetchone()
    assert row == (4, 4 * 300)
    pull = direct_pull(burst_db)
    with psycopg.connect(burst_db) as conn:
        published = conn.execute(
            "select (select count(*) from public.courses where is_published)"
            " + (select count(*) from public.lessons l join public.courses c on c.id = l.course_id"
            "    where c.is_published)"
            " + (select count(*) from public.achievements where is_active)"
        ).fetchone()
    assert published is not None
    assert pull.rows == published[0]
