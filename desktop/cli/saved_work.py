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
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, Context, add_common, context, describe_error
from desktop.cli.messages import joined, translate
from desktop.course_package.problems import showable

if TYPE_CHECKING:
    from desktop.protocol.work import SavedWork, SavedWorkError
    from desktop.store.db import KnownLearner
    from desktop.sync.delivery import FileDelivery

EXIT_REFUSED = 1
EXIT_NOT_READY = 2


def not_ready(reason: str) -> str:
    """Why nothing can be saved now, by NotReadyToSave's code (``{name}``: the learner)."""
    return {
        "guest": translate(
            "cli.saved_work", "Guest work stays on this computer and is never sent."
        ),
        "key_not_registered": translate(
            "cli.saved_work",
            "This computer has not been online since {name} signed in here, so the server "
            "could not check a file saved now; connect once and run lantern sync, then save "
            "again.",
        ),
        "nothing_waiting": translate(
            "cli.saved_work",
            "{name} has no changes waiting to be sent: there is nothing to save.",
        ),
    }[reason]


def refused(code: str) -> str | None:
    """Why the server refused a file, by its refusal code; None for a code unknown here."""
    return {
        "bundle_malformed": translate("cli.saved_work", "it is not saved Lantern work"),
        "bundle_version": translate(
            "cli.saved_work", "it was saved by a newer Lantern; update this one first"
        ),
        "bundle_unknown_device": translate(
            "cli.saved_work",
            "the server does not know the computer that saved it (it was saved before "
            "that computer's first sync, or for a server restored since)",
        ),
        "bundle_tampered": translate(
            "cli.saved_work",
            "it was changed after it was saved, or not saved by that learner's Lantern; "
            "nothing in it was applied",
        ),
        "bundle_other_server": translate(
            "cli.saved_work", "it was saved for another server than this computer's"
        ),
        "bundle_conflict": translate(
            "cli.saved_work",
            "the learner's computer sent other work under the same numbers; "
            "that computer keeps this work and sends it itself",
        ),
        "sequence_gap": translate(
            "cli.saved_work",
            "earlier work from the same computer has not arrived yet: deliver the earlier "
            "file first, then this one again (it is kept)",
        ),
    }.get(code)


def unreadable(problem: SavedWorkError | OSError) -> str:
    """Why a file could not be read as saved work, by SavedWorkError's code (or the
    OS's words), as the end of "not delivered: …"."""
    from desktop.protocol import work

    if isinstance(problem, OSError):
        return translate("cli.saved_work", "it cannot be read ({reason})").format(
            reason=problem.strerror or problem
        )
    words = {
        work.DAMAGED: translate(
            "cli.saved_work",
            "it is damaged or incomplete (unreadable at line {line}, column {column})",
        ),
        work.NOT_SAVED_WORK: translate("cli.saved_work", "it is not a file of saved Lantern work"),
        work.NOT_TEXT: translate(
            "cli.saved_work", "it is not a file of saved Lantern work (not text)"
        ),
        work.TOO_LARGE: translate("cli.saved_work", "it is far too large to be saved Lantern work"),
        work.OTHER_VERSION: translate(
            "cli.saved_work", "it was saved by another version of Lantern (format {version})"
        ),
        work.NO_WORK: translate(
            "cli.saved_work", "it holds no work (the field chunks is missing or empty)"
        ),
        work.FIELD_MISSING: translate("cli.saved_work", "the field {field} is missing"),
        work.CHUNK_NOT_OBJECT: translate("cli.saved_work", "chunks[{index}] is not a chunk"),
        work.CHUNK_UNSIGNED: translate(
            "cli.saved_work", "chunks[{index}] lacks its payload or mac"
        ),
        work.CHUNK_DAMAGED: translate("cli.saved_work", "chunks[{index}].payload is damaged"),
        work.CHUNK_NO_OPS: translate(
            "cli.saved_work", "chunks[{index}].payload holds no numbered ops"
        ),
        work.CHUNK_NO_DEVICE: translate(
            "cli.saved_work", "chunks[{index}].payload names no device"
        ),
        work.MIXED_DEVICES: translate("cli.saved_work", "its chunks come from different devices"),
        work.PART_MISSING: translate(
            "cli.saved_work", "part of it is missing (changes {first}–{last})"
        ),
    }
    said = words.get(problem.code)
    if said is None:
        return translate(
            "cli.saved_work", "it is not saved work this Lantern can read ({problem})"
        ).format(problem=problem)
    return said.format_map(defaultdict(str, problem.detail))  # no such data: nothing


class NotReady(CommandError):
    """Nothing can be saved for this learner now; ``reason`` is NotReadyToSave's code."""

    def __init__(self, reason: str, name: str) -> None:
        super().__init__(not_ready(reason).format(name=_shown(name)), EXIT_NOT_READY)
        self.reason = reason


def stopped(state: str) -> str:
    """What becomes of the files when a delivery stopped, by its ``state`` code."""
    if state == "offline":
        return translate(
            "cli.saved_work", "The files are kept: give them again when this computer is online."
        )
    if state == "server_unavailable":
        return translate("cli.saved_work", "The files are kept: give them again later.")
    if state == "needs_sign_in":
        return translate(
            "cli.saved_work", "Sign in (lantern login --email …), then give the files again."
        )
    return translate(
        "cli.saved_work",
        "Files not yet delivered are kept: give them again; nothing is applied twice.",
    )


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export-work",
        help=translate("cli.saved_work", "save waiting work to a file another Lantern can deliver"),
    )
    add_common(export)
    export.add_argument(
        "--to",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli.saved_work", "the file (a folder with --all)"),
    )
    export.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "cli.saved_work",
            "every learner on this computer, signed-out ones too: a file each in the folder --to",
        ),
    )
    export.add_argument(
        "--json", action="store_true", help=translate("cli.saved_work", "machine-readable output")
    )
    export.set_defaults(func=run_export)
    deliver = subparsers.add_parser(
        "deliver",
        help=translate("cli.saved_work", "send saved work from other computers to the server"),
    )
    add_common(deliver)
    deliver.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=translate("cli.saved_work", "saved work"),
    )
    deliver.add_argument(
        "--json", action="store_true", help=translate("cli.saved_work", "machine-readable output")
    )
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
        print(
            translate(
                "cli.saved_work", "No learner on this computer has changes waiting to be sent."
            )
        )
    for learner, path, work in saved:
        print(
            translate(
                "cli.saved_work",
                "Saved %Ln change(s) of {name} to {path}; deliver it with lantern deliver on a "
                "connected Lantern of the same school.",
                "",
                work.ops,
            ).format(name=_shown(_name(learner)), path=_shown(str(path.absolute())))
        )
    return 0


def _export_all(ctx: Context, folder: Path) -> list[tuple[KnownLearner, Path, SavedWork]]:
    if not folder.is_dir():
        raise CommandError(
            translate("cli.saved_work", "{path} is not a folder.").format(path=_shown(str(folder))),
            EXIT_REFUSED,
        )
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
                translate("cli.saved_work", "Lantern cannot write {path}: {reason}.").format(
                    path=_shown(str(path)), reason=exc.strerror or exc
                ),
                EXIT_REFUSED,
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

    readable, problems = _read_all(args.files)
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
    if error is None and (problems or any(not o.delivered for o in outcomes)):
        state, code = "refused", EXIT_REFUSED
    paths = [path for path, _ in readable]
    if args.json:
        print(json.dumps(_deliver_json(state, code, error, paths, outcomes, problems), indent=2))
    else:
        _print_delivery(paths, outcomes, problems, error, state)
    return code


def _read_all(
    files: list[Path],
) -> tuple[list[tuple[Path, SavedWork]], list[tuple[Path, SavedWorkError | OSError]]]:
    from desktop.protocol.work import SavedWorkError
    from desktop.store.replica import read_saved_work

    readable: list[tuple[Path, SavedWork]] = []
    problems: list[tuple[Path, SavedWorkError | OSError]] = []
    for path in files:
        try:
            readable.append((path, read_saved_work(path)))
        except (SavedWorkError, OSError) as exc:
            problems.append((path, exc))
    return readable, problems


def _print_delivery(
    paths: list[Path],
    outcomes: list[FileDelivery],
    problems: list[tuple[Path, SavedWorkError | OSError]],
    error: Exception | None,
    state: str,
) -> None:
    for path, problem in problems:
        print(
            translate("cli.saved_work", "{path}: not delivered: {why}.").format(
                path=_shown(str(path)), why=_shown(unreadable(problem))
            ),
            file=sys.stderr,
        )
    for path, result in zip(paths, outcomes, strict=False):  # none if stopped early
        print(f"{_shown(str(path))}: {_delivery_line(result)}")
    if error is not None:
        print(
            translate("cli.saved_work", "{problem} {files}", "two sentences, in this order").format(
                problem=describe_error(error), files=stopped(state)
            ),
            file=sys.stderr,
        )


def _delivery_line(result: FileDelivery) -> str:
    who = _shown(result.work.learner_name or result.work.learner_id)
    if result.refusal is not None:
        why = (
            refused(result.refusal)
            or result.message
            or translate("cli.saved_work", "the server refused it")
        )
        return translate("cli.saved_work", "work of {name} not delivered: {why}.").format(
            name=who, why=why
        )
    parts = [translate("cli.saved_work", "%Ln change(s) applied", "", result.applied)]
    if result.already_there:
        parts.append(
            translate("cli.saved_work", "{count} already on the server").format(
                count=result.already_there
            )
        )
    if result.rejected:
        parts.append(
            translate("cli.saved_work", "{count} refused by the server").format(
                count=len(result.rejected)
            )
        )
    return translate("cli.saved_work", "work of {name} delivered ({parts}).").format(
        name=who, parts=joined(parts)
    )


def _deliver_json(
    state: str,
    code: int,
    error: Exception | None,
    paths: list[Path],
    outcomes: list[FileDelivery],
    problems: list[tuple[Path, SavedWorkError | OSError]],
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
        {
            "path": str(path.absolute()),
            "delivered": False,
            "refusal": "unreadable",
            "problem": getattr(problem, "code", "cannot_read"),  # SavedWorkError's, or the OS
            "error": unreadable(problem),
        }
        for path, problem in problems
    ]
    return {
        "state": state,
        "exit_code": code,
        "files": files,
        "error": None if error is None else describe_error(error),
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


def _shown(text: str) -> str:
    return showable(text)
