"""What the account and sync commands share: --data-dir, the server, the learner.

Every command takes ``--data-dir`` (default: the platformdirs user data
directory), so two devices can be simulated on one machine, and finds the
server from ``--url``/``--anon-key``, ``SUPABASE_URL``/``SUPABASE_ANON_KEY``
or the saved settings.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.messages import translate

if TYPE_CHECKING:  # `lantern` (the GUI) imports this module: keep the ORM off its first frame
    from desktop.account.settings import ServerSettings
    from desktop.account.vault import TokenVault
    from desktop.store.db import KnownLearner, LearnerStore, ProfileDirectory
    from desktop.store.errors import StoreError


EXIT_SIGN_IN = 4  # the learner must sign in again


class CommandError(Exception):
    """A sentence for the terminal, and the exit code to leave with."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def unusable_data(exc: OSError | StoreError) -> str:
    """The sentence for a data folder or file Lantern cannot use.

    ``--data-dir`` may name a file, a folder too long for the file system or
    one that cannot be read, and a registry may be damaged: every command
    says which file it could not use instead of printing a traceback."""
    from desktop.course_package.problems import showable

    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        if not exc.filename:
            return translate("cli.common", "Lantern cannot use its data folder: {reason}.").format(
                reason=reason
            )
        return translate("cli.common", "Lantern cannot use {path}: {reason}.").format(
            path=showable(str(exc.filename)), reason=reason
        )
    from desktop.cli.error_words import store_problem

    problem = store_problem(exc)
    if problem is None:  # not about the data's files: what the store said, worded
        return describe_error(exc)
    return translate("cli.common", "Lantern cannot use its data: {problem}.").format(
        problem=problem
    )


def add_common(parser: Any) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=translate(
            "cli.common", "where Lantern keeps its data (default: the user data folder)"
        ),
    )
    parser.add_argument(
        "--url",
        help=translate(
            "cli.common", "the Supabase project URL (default: $SUPABASE_URL or the saved settings)"
        ),
    )
    parser.add_argument(
        "--anon-key",
        help=translate(
            "cli.common",
            "the project's anon key (default: $SUPABASE_ANON_KEY or the saved settings)",
        ),
    )
    parser.add_argument(
        "--learner",
        metavar="EMAIL",
        help=translate("cli.common", "which learner on this computer (default: the last one used)"),
    )


@dataclass
class Context:
    profiles: ProfileDirectory
    vault: TokenVault
    args: argparse.Namespace

    @property
    def data_dir(self) -> Path:
        return self.profiles.data_dir

    def server(self) -> ServerSettings:
        from desktop.account.settings import SettingsError, resolve_server

        try:
            settings = resolve_server(self.data_dir, url=self.args.url, anon_key=self.args.anon_key)
        except SettingsError as exc:
            raise CommandError(describe_error(exc)) from exc
        if settings is None:
            raise CommandError(
                translate(
                    "cli.common",
                    "No server is set up: pass --url and --anon-key, or set "
                    "SUPABASE_URL and SUPABASE_ANON_KEY.",
                )
            )
        return settings

    def open_store(self, user_id: str) -> LearnerStore:
        """The learner's store; a damaged file is moved aside and the learner told.

        A learner who signed out on this computer stays locked: no command
        reads or writes their store until ``lantern login`` (or the app) has
        checked their password again."""
        from desktop.cli.error_words import describe_damage
        from desktop.store.db import LearnerLocked

        try:
            store, recovery = self.profiles.open_learner(user_id)
        except LearnerLocked as exc:
            email = next(
                (k.email for k in self.profiles.known_learners() if k.user_id == user_id), ""
            )
            raise CommandError(
                translate(
                    "cli.common",
                    "{email} signed out on this computer; "
                    "sign in again first (lantern login --email {email}).",
                ).format(email=email)
                if email
                else translate(
                    "cli.common",
                    "This learner signed out on this computer; "
                    "sign in again first (lantern login --email …).",
                ),
                code=EXIT_SIGN_IN,
            ) from exc
        if recovery is not None:
            print(
                translate(
                    "cli.common",
                    "Note: {reason}. The damaged file was moved to {path}; "
                    "your data will be fetched again from the server at the next sync.",
                ).format(
                    reason=describe_damage(recovery.reason, recovery.detail),
                    path=recovery.moved_to,
                ),
                file=sys.stderr,
            )
        return store

    def learner(self) -> KnownLearner:
        known = self.profiles.known_learners()
        wanted = getattr(self.args, "learner", None)
        if wanted:
            for entry in known:
                if entry.email.lower() == wanted.lower():
                    return entry
            raise CommandError(
                translate(
                    "cli.common",
                    "{email} has not signed in on this computer (lantern login --email …).",
                ).format(email=wanted)
            )
        if not known:
            raise CommandError(
                translate(
                    "cli.common",
                    "Nobody has signed in on this computer yet (lantern login --email …).",
                )
            )
        return known[0]


def context(args: argparse.Namespace) -> Context:
    from desktop.account.vault import default_vault
    from desktop.store.db import ProfileDirectory, default_data_dir

    profiles = ProfileDirectory(args.data_dir or default_data_dir())
    return Context(profiles, default_vault(profiles.data_dir), args)


def describe_error(exc: BaseException) -> str:
    """The sentence the terminal prints for ``exc``: a sync, account or store error.

    Those layers raise codes and data (``exc.reason``, ``exc.status``,
    ``exc.detail``…); this words them in the command line's language
    (``desktop/cli/error_words.py``: the words it shares with the app are in
    ``desktop/ui/words/errors.py``, context ``errors``; its own in ``cli.errors``).  Anything else
    reads "Something went wrong: …"."""
    from desktop.cli.error_words import describe

    return describe(exc)
