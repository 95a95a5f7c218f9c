"""PgBouncer in transaction mode in front of a PostgreSQL server.

The stand-in for Supavisor, which Supabase puts in transaction mode in front
of a project's database: each transaction of a client connection may run
on a different server connection, and the server connection goes on to the
next client's transaction as it is, with nothing reset in between.  So
anything a transaction leaves on its session (a ``set`` without ``local``,
a prepared statement, a temporary table, a session advisory lock) is seen
by whoever comes next.  Debian's ``pgbouncer`` package provides the binary.

PgBouncer refuses to run as root; like ``devserver.postgres`` it then runs
as the unprivileged ``lantern-pg`` user.  It listens on 127.0.0.1 only and
trusts every connection (it is for tests and benchmarks).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from devserver.postgres import SUPERUSER, PostgresError, _ensure_system_user, free_port

DEFAULT_BINARY = Path("/usr/sbin/pgbouncer")


def pgbouncer_binary() -> Path | None:
    """The pgbouncer executable, or None when it is not installed."""
    found = shutil.which("pgbouncer")
    if found:
        return Path(found)
    return DEFAULT_BINARY if DEFAULT_BINARY.exists() else None


@dataclass
class PgBouncer:
    """``start()`` a transaction-mode pooler for ``server_host:server_port``.

    ``pool_size`` server connections per database and user (1 makes every
    client share one server connection, which the leak tests want).
    """

    work_dir: Path
    server_host: str
    server_port: int
    pool_size: int = 1
    port: int = 0
    host: str = "127.0.0.1"
    binary: Path | None = None
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    def url_for(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def _config(self) -> str:
        return "\n".join(
            [
                "[databases]",
                f"* = host={self.server_host} port={self.server_port}",
                "[pgbouncer]",
                f"listen_addr = {self.host}",
                f"listen_port = {self.port}",
                "unix_socket_dir =",
                "auth_type = trust",
                f"auth_file = {self.work_dir / 'users.txt'}",
                "pool_mode = transaction",
                f"default_pool_size = {self.pool_size}",
                "min_pool_size = 0",
                "reserve_pool_size = 0",
                "max_client_conn = 500",
                # Transaction mode never runs a reset query between clients.
                "server_reset_query =",
                # psycopg sends these at connect; PgBouncer must let them through.
                "ignore_startup_parameters = extra_float_digits,options",
                f"logfile = {self.work_dir / 'pgbouncer.log'}",
                "",
            ]
        )

    def start(self, timeout: float = 30.0) -> None:
        binary = self.binary or pgbouncer_binary()
        if binary is None:
            raise PostgresError("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
        if self.port == 0:
            self.port = free_port(self.host)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        (self.work_dir / "users.txt").write_text(f'"{SUPERUSER}" ""\n', encoding="utf-8")
        config = self.work_dir / "pgbouncer.ini"
        config.write_text(self._config(), encoding="utf-8")
        kwargs: dict[str, object] = {}
        if os.geteuid() == 0:
            user = _ensure_system_user()
            for path in [self.work_dir, *self.work_dir.iterdir()]:
                os.chown(path, user.pw_uid, user.pw_gid)
            for parent in self.work_dir.parents:
                parent.chmod(parent.stat().st_mode | 0o001)
            kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        self._process = subprocess.Popen(  # type: ignore[call-overload]  # kwargs built above
            [str(binary), str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **kwargs,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self._process.poll() is not None:
                raise PostgresError(f"pgbouncer exited ({self._process.returncode})" + self._log())
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), 1):
                return
            if time.monotonic() > deadline:
                self.stop()
                raise PostgresError(
                    f"pgbouncer did not listen within {timeout:.0f} s" + self._log()
                )
            time.sleep(0.02)  # noqa: TID251 - deliberate: polling the pooler's port

    def _log(self) -> str:
        log = self.work_dir / "pgbouncer.log"
        if not log.exists():
            return ""
        return "\npgbouncer log:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-20:])

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        self._process = None

    def __enter__(self) -> PgBouncer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
