"""``lantern export-work`` and ``lantern deliver``: work that travels without
internet (issue #17; the design and threat model: docs/sync-protocol.md,
"Saved work").

``lantern export-work --to FILE`` saves the learner's waiting changes to FILE,
signed with this laptop's key (no network needed); ``--all --to FOLDER``
saves every learner's on this laptop, signed-out ones included, a file each.
The changes stay waiting here until the server's answer reaches this laptop
(its next sync), so a file that never arrives loses nothing.

``lantern deliver FILE…`` sends saved work with the signed-in account of
this laptop (typically the teacher's, when it reaches the internet): the
server applies it once, as the learner's own.

Exit codes: 0 done; 1 a file was refused or unreadable (the others are
still delivered), or FILE cannot be written; 2 not set up, nothing to save,
or this laptop's key is not yet known to the server; 3 offline; 4 sign in
again; 5 the server is unavailable for now.  ``--json`` prints codes and
counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, Context, add_common, context
from desktop.course_package.problems import showable

if TYPE_CHECKING:
    from desktop.protocol.work import SavedWork
    from desktop.store.db import KnownLearner
    from desktop.sync.delivery import FileDelivery

EXIT_REFUSED = 1
EXIT_NOT_READY = 2

NOT_READY = {
    "guest": "Guest work stays on this laptop and is never sent.",
    "key_not_registered": (
        "This laptop has not been online since {name} signed in here, so the server "
        "could not check a file saved now; connect once and run lantern sync, then save again."
    ),
    "nothing_waiting": "{name} has no changes waiting to be sent: there is nothing to save.",
}

REFUSED = {
    "bundle_malformed": "it is not saved Lantern work",
    "bundle_version": "it was saved by a newer Lantern; update this one first",
    "bundle_unknown_device": (
        "the server does not know the laptop that saved it (it was saved before "
        "that laptop's first sync, or for a server restored since)"
    ),
    "bundle_tampered": (
        "it was changed after it was saved, or not saved by that learner's Lantern; "
        "nothing in it was applied"
    ),
    "bundle_other_server": "it was saved for another server than this laptop's",
    "bundle_conflict": (
        "the learner's laptop sent other work under the same numbers; "
        "that laptop keeps this work and sends it itself"
    ),
    "sequence_gap": (
        "earlier work from the same laptop has not arrived yet: deliver the earlier "
        "file first, then this one again (it is kept)"
    ),
}


class NotReady(CommandError):
    """Nothing can be saved for this learner now; ``reason`` is NotReadyToSave's code."""

    def __init__(self, reason: str, name: str) -> None:
        super().__init__(NOT_READY[reason].format(name=_shown(name)), EXIT_NOT_READY)
        self.reason = reason


STOPPED = {
    "offline": "The files are kept: give them again when this laptop is online.",
    "server_unavailable": "The files are kept: give them again later.",
    "needs_sign_in": "Sign in (lantern login --email …), then give the files again.",
    "failed": "Files not yet delivered are kept: give them again; nothing is applied twice.",
}


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export-work", help="save waiting work to a file another Lantern can deliver"
    )
    add_common(export)
    export.add_argument(
        "--to", type=Path, required=True, metavar="FILE", help="the file (a folder with --all)"
    )
    export.add_argument(
        "--all",
        action="store_true",
        help="every learner on this laptop, signed-out ones too: a file each in the folder --to",
    )
    export.add_argument("--json", action="store_true", help="machine-readable output")
    export.set_defaults(func=run_export)
    deliver = subparsers.add_parser(
        "deliver", help="send saved work from other laptops to the server"
    )
    add_common(deliver)
    deliver.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved work")
    deliver.add_argument("--json", action="store_true", help="machine-readable output")
    deliver.set_defaults(func=run_deliver)


# --- export-work ----------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    try:
        ctx = context(args)
        if args.all:
            saved = _export_all(ctx, args.to)
        else:
            learner = ctx.learner()
            saved = [(learner, args.to, _save(ctx, learner, args.to, signed_in=True))]
    except CommandError as exc:
        return _fail(exc, as_json=args.json)
    if args.json:
        print(json.dumps({"state": "saved", "files": [_saved_json(*s) for s in saved]}, indent=2))
        return 0
    if not saved:
        print("No learner on this laptop has changes waiting to be sent.")
    for learner, path, work in saved:
        print(
            f"Saved {_changes(work.ops)} of {_shown(_name(learner))} to "
            f"{_shown(str(path.absolute()))}; deliver it with lantern deliver on a "
            "connected Lantern of the same school."
        )
    return 0


def _export_all(ctx: Context, folder: Path) -> list[tuple[KnownLearner, Path, SavedWork]]:
    if not folder.is_dir():
        raise CommandError(f"{_shown(str(folder))} is not a folder.", EXIT_REFUSED)
    saved = []
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    for learner in ctx.profiles.known_learners():
        path = folder / f"{_file_stem(learner)}-{stamp}.lantern-work"
        try:
            work = _save(ctx, learner, path, signed_in=False)
        except NotReady as exc:
            if exc.reason == "nothing_waiting":
                continue  # no file for a learner with nothing waiting
            raise
        saved.append((learner, path, work))
    return saved


def _save(ctx: Context, learner: KnownLearner, path: Path, *, signed_in: bool) -> SavedWork:
    from desktop.store.replica import NotReadyToSave, save_work, write_saved_work

    if signed_in:
        store = ctx.open_store(learner.user_id)
    else:
        store, _ = ctx.profiles.open_to_save_work(learner.user_id)
    try:
        try:
            work = save_work(
                store.db,
                server_url=learner.server_url,
                learner_name=_name(learner),
                now=datetime.now(UTC),
            )
        except NotReadyToSave as exc:
            raise NotReady(exc.code, _name(learner)) from exc
        try:
            write_saved_work(path, work)
        except OSError as exc:
            raise CommandError(
                f"Lantern cannot write {_shown(str(path))}: {exc.strerror or exc}.", EXIT_REFUSED
            ) from exc
        return work
    finally:
        store.close()


def _saved_json(learner: KnownLearner, path: Path, work: SavedWork) -> dict[str, Any]:
    return {
        "learner": {"user_id": learner.user_id, "email": learner.email},
        "path": str(path.absolute()),
        "changes": work.ops,
        "chunks": len(work.chunks),
    }


# --- deliver --------------------------------------------------------------------------


def run_deliver(args: argparse.Namespace) -> int:
    from desktop.cli.syncing import _engine, outcome
    from desktop.sync.delivery import deliver
    from desktop.sync.engine import CycleReport

    readable, unreadable = _read_all(args.files)
    try:
        engine = _engine(context(args))
    except CommandError as exc:
        return _fail(exc, as_json=args.json)
    error: Exception | None = None
    outcomes: list[FileDelivery] = []
    try:
        engine.check_account()
        outcomes = deliver(engine, CycleReport(), [work for _, work in readable])
    except Exception as exc:  # offline, unavailable, signed out: said below, nothing lost
        error = exc
    finally:
        engine.store.close()
    state, code = outcome(error)
    if error is None and (unreadable or any(not o.delivered for o in outcomes)):
        state, code = "refused", EXIT_REFUSED
    paths = [path for path, _ in readable]
    if args.json:
        print(json.dumps(_deliver_json(state, code, error, paths, outcomes, unreadable), indent=2))
    else:
        _print_delivery(paths, outcomes, unreadable, error, state)
    return code


def _read_all(files: list[Path]) -> tuple[list[tuple[Path, SavedWork]], list[tuple[Path, str]]]:
    from desktop.protocol.work import SavedWorkError
    from desktop.store.replica import read_saved_work

    readable, unreadable = [], []
    for path in files:
        try:
            readable.append((path, read_saved_work(path)))
        except SavedWorkError as exc:
            unreadable.append((path, str(exc)))
        except OSError as exc:
            unreadable.append((path, f"it cannot be read ({exc.strerror or exc})"))
    return readable, unreadable


def _print_delivery(
    paths: list[Path],
    outcomes: list[FileDelivery],
    unreadable: list[tuple[Path, str]],
    error: Exception | None,
    state: str,
) -> None:
    for path, why in unreadable:
        print(f"{_shown(str(path))}: not delivered: {why}.", file=sys.stderr)
    for path, result in zip(paths, outcomes, strict=False):  # none if stopped early
        print(f"{_shown(str(path))}: {_delivery_line(result)}")
    if error is not None:
        print(f"{error} {STOPPED.get(state, STOPPED['failed'])}", file=sys.stderr)


def _delivery_line(result: FileDelivery) -> str:
    who = _shown(result.work.learner_name or result.work.learner_id)
    if result.refusal is not None:
        why = REFUSED.get(result.refusal, result.message or "the server refused it")
        return f"work of {who} not delivered: {why}."
    parts = [f"{_changes(result.applied)} applied"]
    if result.already_there:
        parts.append(f"{result.already_there} already on the server")
    if result.rejected:
        parts.append(f"{len(result.rejected)} refused by the server")
    return f"work of {who} delivered ({', '.join(parts)})."


def _deliver_json(
    state: str,
    code: int,
    error: Exception | None,
    paths: list[Path],
    outcomes: list[FileDelivery],
    unreadable: list[tuple[Path, str]],
) -> dict[str, Any]:
    files: list[dict[str, Any]] = [
        {
            "path": str(path.absolute()),
            "learner": {"user_id": r.work.learner_id},
            "delivered": r.delivered,
            "applied": r.applied,
            "already_there": r.already_there,
            "rejected": [{"seq": seq, "reason": reason} for seq, reason in r.rejected],
            "refusal": r.refusal,
        }
        for path, r in zip(paths, outcomes, strict=False)
    ]
    files += [
        {"path": str(path.absolute()), "delivered": False, "refusal": "unreadable", "error": why}
        for path, why in unreadable
    ]
    return {
        "state": state,
        "exit_code": code,
        "files": files,
        "error": None if error is None else str(error),
    }


# --- words ----------------------------------------------------------------------------


def _fail(exc: CommandError, *, as_json: bool) -> int:
    from desktop.cli.syncing import outcome

    if as_json:
        state = outcome(exc)[0] if exc.code != EXIT_REFUSED else "failed"
        print(json.dumps({"state": state, "exit_code": exc.code, "error": str(exc)}, indent=2))
    else:
        print(exc, file=sys.stderr)
    return exc.code


def _name(learner: KnownLearner) -> str:
    return learner.display_name or learner.email


def _file_stem(learner: KnownLearner) -> str:
    local = learner.email.split("@", 1)[0] or learner.user_id
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in local)[:40]


def _changes(count: int) -> str:
    return f"{count} change{'' if count == 1 else 's'}"


def _shown(text: str) -> str:
    return showable(text)
