"""``DevServer``: the whole local backend, started and stopped from Python.

The command line (``devserver.__main__``), the tests and the app's demo all
start the backend through this class, so they run the same thing.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import uvicorn
from psycopg_pool import ConnectionPool

from devserver.app import build_asgi
from devserver.context import ServerContext
from devserver.demo import DemoAccount, ensure_demo_accounts
from devserver.faults import Faults
from devserver.listener import Listener, listening_socket
from devserver.migrate import (
    DEFAULT_MIGRATIONS_DIR,
    DEFAULT_SEED_FILE,
    Migration,
    OutdatedHistory,
    build_database,
)
from devserver.postgres import PostgresServer

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
SECRET_FILE = "jwt_secret"


class DevServerError(RuntimeError):
    """The devserver could not start."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("lantern-devserver", appauthor=False))


def load_or_create_secret(data_dir: Path) -> str:
    """The project's JWT secret, generated once so keys survive restarts."""
    path = data_dir / SECRET_FILE
    if path.exists():
        secret = path.read_text(encoding="utf-8").strip()
        if len(secret) >= 32:
            return secret
        log.warning("%s is too short; generating a new JWT secret", path)
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    path.write_text(secret + "\n", encoding="utf-8")
    path.chmod(0o600)
    return secret


@dataclass(frozen=True)
class Endpoints:
    """What ``supabase status -o env`` prints, for scripts and other tools."""

    api_url: str
    anon_key: str
    service_role_key: str
    jwt_secret: str
    db_url: str

    def env_lines(self) -> list[str]:
        return [
            f"API_URL={self.api_url}",
            f"ANON_KEY={self.anon_key}",
            f"SERVICE_ROLE_KEY={self.service_role_key}",
            f"JWT_SECRET={self.jwt_secret}",
            f"DB_URL={self.db_url}",
        ]


class DevServer:
    """A running local Supabase-compatible backend.

    ``DevServer(data_dir=…, database_url=None, port=0, …).start()`` (or use it
    as a context manager) starts embedded PostgreSQL under ``data_dir`` unless
    ``database_url`` names an existing database, builds the database
    (bootstrap, new migrations, seed on a new database), creates the demo
    accounts, and serves HTTP on 127.0.0.1 in a background thread.

    A database built from migrations the folder no longer has (they were
    folded) is refused with a ``DevServerError`` that names ``--reset``;
    ``reset=True`` deletes the embedded database and stored files first, and
    ``reset_if_outdated=True`` does that only for such a database (the app's
    demo, whose data is demo data only).  ``rebuilt`` says whether it happened.

    Attributes once started:

    * ``url`` — the project URL to give ``supabase.create_client``;
    * ``anon_key`` / ``service_role_key`` — long-lived API keys (HS256);
    * ``jwt_secret``, ``db_url`` (a superuser URL), ``port``;
    * ``context`` — the ``ServerContext`` (pool, ``max_body_bytes``, …);
    * ``jwt_expiry`` — access-token lifetime, settable while running
      (``server.jwt_expiry = 2``);
    * ``endpoints`` — the ``API_URL=…`` lines as an ``Endpoints`` dataclass;
    * ``refresh_reuse_interval`` (constructor) — seconds during which a just
      rotated refresh token may be replayed (GoTrue's grace period, 10 on
      Supabase); 0 by default, so tests see every replay refused;
    * ``faults`` — ``devserver.faults.Faults``: set ``latency_ms``,
      ``failure_rate``, ``failure_mode`` ("5xx", "drop" or "drop_after"), ``failure_status``
      or ``offline`` at any time (``set_offline(True)`` is the same);
      ``faults.reset()`` restores a healthy server;
    * ``demo_accounts`` — the learner and instructor ``DemoAccount``s.

    ``prepared_statements=False`` (constructor) is for a ``database_url``
    through a transaction-mode pooler (``devserver.pgbouncer``): psycopg
    then never prepares a statement, since the next transaction may run on
    another server connection.

    ``stop()`` shuts HTTP, the pool and (if it started it) PostgreSQL down.
    """

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        database_url: str | None = None,
        port: int = 0,
        jwt_secret: str | None = None,
        jwt_expiry: int = 3600,
        refresh_reuse_interval: float = 0.0,
        faults: Faults | None = None,
        build: bool = True,
        demo_accounts: bool = True,
        bcrypt_rounds: int = 10,
        pg_bin_dir: Path | None = None,
        pool_size: int = 10,
        prepared_statements: bool = True,
        migrations_dir: Path = DEFAULT_MIGRATIONS_DIR,
        reset: bool = False,
        reset_if_outdated: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self._database_url = database_url
        self._requested_port = port
        self.port = port  # the real one once serving (port 0 picks a free one)
        self._jwt_secret = jwt_secret
        self._jwt_expiry = jwt_expiry
        self._refresh_reuse_interval = refresh_reuse_interval
        self.faults = faults or Faults()
        self._build = build
        self._want_demo_accounts = demo_accounts
        self._bcrypt_rounds = bcrypt_rounds
        self._pg_bin_dir = pg_bin_dir
        self._pool_size = pool_size
        self._prepared_statements = prepared_statements
        self._migrations_dir = migrations_dir
        self._reset = reset
        self._reset_if_outdated = reset_if_outdated
        self.rebuilt = False  # the database was deleted and built anew on this start
        self.postgres: PostgresServer | None = None
        self.demo_accounts: list[DemoAccount] = []
        self._pool: ConnectionPool | None = None
        self._context: ServerContext | None = None
        self._uvicorn: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._listener: Listener | None = None

    # ------------------------------------------------------------ lifecycle
    def start(self) -> DevServer:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        secret = self._jwt_secret or load_or_create_secret(self.data_dir)
        if self._reset:
            self._forget_database()
        db_url = self._database_url or self._start_postgres()
        if self._build:
            db_url, applied = self._build_database(db_url)
            log.info("database ready (%d new migrations)", len(applied))
        self._pool = ConnectionPool(
            db_url,
            min_size=1,
            max_size=self._pool_size,
            kwargs={
                "autocommit": True,
                # Through a transaction-mode pooler (PgBouncer before 1.21, or
                # Supavisor) a statement prepared on one server connection is
                # not there on the next: psycopg must not prepare at all.
                **({} if self._prepared_statements else {"prepare_threshold": None}),
            },
            open=True,
            name="devserver",
        )
        self._pool.wait(timeout=30)
        self._db_url = db_url
        self._context = ServerContext(
            pool=self._pool,
            jwt_secret=secret,
            data_dir=self.data_dir,
            jwt_expiry=self._jwt_expiry,
            refresh_reuse_interval=self._refresh_reuse_interval,
            bcrypt_rounds=self._bcrypt_rounds,
        )
        if self._want_demo_accounts:
            self.demo_accounts = ensure_demo_accounts(self._context)
        self._serve()

    def _build_database(self, db_url: str) -> tuple[str, list[Migration]]:
        """The database's URL (a new one after a rebuild) and the migrations applied."""
        try:
            return db_url, build_database(
                db_url, migrations_dir=self._migrations_dir, seed_file=DEFAULT_SEED_FILE
            )
        except OutdatedHistory as exc:
            if self._database_url is not None:
                raise DevServerError(
                    f"{exc}. Drop and re-create the database of --database-url, then start again."
                ) from exc
            if not self._reset_if_outdated:
                raise DevServerError(
                    f"{exc}. Start once with --reset (lantern-devserver --reset "
                    f"--data-dir {self.data_dir}) to delete the database and the stored "
                    "files there and build them anew; the accounts and data in them are lost."
                ) from exc
            log.warning("%s; deleting it and building it anew (--reset-if-outdated)", exc)
        assert self.postgres is not None
        self.postgres.stop()
        self.postgres = None
        self._forget_database()
        db_url = self._start_postgres()
        return db_url, build_database(
            db_url, migrations_dir=self._migrations_dir, seed_file=DEFAULT_SEED_FILE
        )

    def _forget_database(self) -> None:
        """Delete the embedded database and the stored object bytes (not the JWT secret)."""
        if self._database_url is not None:
            raise DevServerError(
                "--reset deletes the embedded database in the data dir; with --database-url, "
                "drop and re-create that database yourself"
            )
        for name in ("postgres", "storage"):
            shutil.rmtree(self.data_dir / name, ignore_errors=True)
        self.rebuilt = True
        log.warning("deleted the database and stored files in %s", self.data_dir)

    def _start_postgres(self) -> str:
        kwargs: dict[str, Any] = {"bin_dir": self._pg_bin_dir} if self._pg_bin_dir else {}
        self.postgres = PostgresServer(self.data_dir / "postgres", **kwargs)
        self.postgres.start()
        return self.postgres.url

    def _serve(self) -> None:
        assert self._context is not None
        sock = listening_socket()
        try:
            sock.bind((HOST, self._requested_port))
        except OSError as exc:
            sock.close()
            raise DevServerError(
                f"cannot listen on {HOST}:{self._requested_port} ({exc}); "
                "choose another port (--port, 0 for any free one)"
            ) from exc
        self.port = int(sock.getsockname()[1])
        self._context.issuer = f"{self.url}/auth/v1"
        config = uvicorn.Config(
            build_asgi(self._context, self.faults),
            log_level="warning",
            lifespan="off",
            timeout_graceful_shutdown=3,
            access_log=False,
        )
        self._uvicorn = uvicorn.Server(config)
        self._listener = Listener(self._uvicorn, sock, self.faults)
        self._thread = threading.Thread(
            target=self._listener.run, name="devserver-http", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._uvicorn.started:
            if not self._thread.is_alive():
                raise DevServerError("the HTTP server stopped while starting")
            if time.monotonic() > deadline:
                raise DevServerError("the HTTP server did not start within 30 s")
            time.sleep(0.01)  # noqa: TID251 - deliberate: polling uvicorn start with a deadline
        if self.faults.offline:
            self._listener.apply_offline(True)  # before anyone learns the URL
        log.info("devserver listening on %s", self.url)

    def stop(self) -> None:
        """Stop serving, close the pool, stop PostgreSQL if we started it."""
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None
        self._uvicorn = None
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self.postgres is not None:
            self.postgres.stop()
            self.postgres = None

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # ----------------------------------------------------------- properties
    @property
    def context(self) -> ServerContext:
        if self._context is None:
            raise DevServerError("the devserver is not started")
        return self._context

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def jwt_secret(self) -> str:
        return self.context.jwt_secret

    @property
    def anon_key(self) -> str:
        return self._key("anon")

    @property
    def service_role_key(self) -> str:
        return self._key("service_role")

    def _key(self, role: str) -> str:
        cache: dict[str, str] = self.context.extras.setdefault("api_keys", {})
        if role not in cache:
            cache[role] = self.context.api_key(role)
        return cache[role]

    @property
    def db_url(self) -> str:
        self.context  # noqa: B018  # raises when not started
        return self._db_url

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(
            self.url, self.anon_key, self.service_role_key, self.jwt_secret, self.db_url
        )

    @property
    def jwt_expiry(self) -> int:
        return self.context.jwt_expiry

    @jwt_expiry.setter
    def jwt_expiry(self, seconds: int) -> None:
        self.context.jwt_expiry = seconds

    def set_offline(self, offline: bool) -> None:
        self.faults.offline = offline
