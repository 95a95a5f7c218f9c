"""Client processes for the crash tests: sync cycles over a learner's data dir.

``python -m tests.e2e.sync_child DATA_DIR URL ANON_KEY USER_ID PUSH_LIMIT PULL_LIMIT``

imports the app once, prints ``READY``, then for each ``run`` line on
standard input forks a fresh client process that runs one cycle of the same
engine the app and ``lantern sync`` run (small batch sizes, so a cycle takes
many requests and a SIGKILL can land between any two of them).  Forking
keeps a kill-and-restart round from paying Python's start-up each time; the
forked process opens the store and the network itself, so every round is a
new client.  Output per round: ``PID <pid>``, each progress step as it
starts, ``DONE …`` if the cycle finished, then (from the parent)
``EXIT <wait status>``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.account.session import AuthSession
from desktop.account.settings import ServerSettings
from desktop.account.vault import FileVault
from desktop.store.db.profiles import ProfileDirectory
from desktop.sync.engine import SyncEngine
from desktop.sync.states import SyncProgress

READY = "READY"
STARTED = "STARTED"
DONE = "DONE"
EXIT = "EXIT"


def vault_for(data_dir: Path) -> FileVault:
    """Where parent and child keep the learner's tokens (the headless default)."""
    return FileVault(data_dir / "tokens.json")


def say(text: str) -> None:
    print(text, flush=True)


def one_cycle(argv: list[str]) -> int:
    data_dir, url, anon_key, user_id = Path(argv[0]), argv[1], argv[2], argv[3]
    push_limit, pull_limit = int(argv[4]), int(argv[5])
    auth = AuthSession(ServerSettings(url, anon_key), vault_for(data_dir))
    if auth.restore(user_id) is None:
        say("NO SESSION")
        return 4
    store, _ = ProfileDirectory(data_dir).open_learner(user_id)

    def progress(report: SyncProgress) -> None:
        say(f"{report.stage.value} {report.changes} {report.scope or ''}")

    engine = SyncEngine(
        store, auth, push_limit=push_limit, pull_limit=pull_limit, on_progress=progress
    )
    say(STARTED)
    try:
        report = engine.run_cycle()
    finally:
        store.close()
    say(f"{DONE} pushed={report.pushed} requests={report.requests}")
    return 0


def serve(argv: list[str]) -> int:
    say(READY)
    for command in sys.stdin:
        if command.strip() != "run":
            break
        pid = os.fork()
        if pid == 0:  # the client process of this round
            code = 1
            try:
                say(f"PID {os.getpid()}")
                code = one_cycle(argv)
            except Exception as exc:  # reported to the test, which fails on it
                say(f"ERROR {type(exc).__name__}: {exc}")
            finally:
                sys.stdout.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        say(f"{EXIT} {status}")
    return 0


def main(argv: list[str]) -> int:
    return serve(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
