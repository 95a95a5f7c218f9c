"""``lantern login`` and ``lantern logout``.

``login`` reads the password from a terminal prompt, or from standard input
when it is not a terminal (``echo "$PW" | lantern login --email …``), never
from the command line.  ``logout`` keeps the learner's unsent work on this
laptop and says how much there is, and locks the learner here: no command
(and not the app) opens their data again until their password is checked
(docs/schema-security.md, "Shared laptops (issue #12, item 15)").
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop.cli.common import CommandError, add_common, context, describe_error
from desktop.cli.messages import translate


def register(subparsers: Any) -> None:
    login = subparsers.add_parser(
        "login", help=translate("cli.account", "sign a learner in on this computer")
    )
    add_common(login)
    login.add_argument("--email", required=True)
    login.set_defaults(func=run_login)
    logout = subparsers.add_parser(
        "logout", help=translate("cli.account", "sign a learner out (their work is kept)")
    )
    add_common(logout)
    logout.set_defaults(func=run_logout)


def read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(translate("cli.account", "Password: "))
    return sys.stdin.readline().rstrip("\r\n")


def run_login(args: argparse.Namespace) -> int:
    from desktop.account.session import AuthSession
    from desktop.cli.error_words import describe_vault
    from desktop.sync.errors import SyncError

    try:
        ctx = context(args)
        settings = ctx.server()
        password = read_password()
        if not password:
            raise CommandError(translate("cli.account", "No password was given."))
        identity = AuthSession(settings, ctx.vault).sign_in(args.email, password)
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    except SyncError as exc:
        print(
            translate("cli.account", "Not signed in: {error}").format(error=describe_error(exc)),
            file=sys.stderr,
        )
        return 1
    settings.save(ctx.data_dir)
    name = identity.full_name or identity.username or identity.email
    ctx.profiles.remember(identity.user_id, identity.email, name, settings.normalized_url)
    # the server took the password: keep a verifier for offline unlocking in
    # the app, and unlock the learner if they had signed out here
    ctx.profiles.locks.remember_password(identity.user_id, password)
    try:
        ctx.open_store(identity.user_id).close()
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    print(
        translate("cli.account", "Signed in as {name} <{email}>.").format(
            name=name, email=identity.email
        )
    )
    print(
        translate("cli.account", "Your session is kept in {place}.").format(
            place=describe_vault(ctx.vault.info)
        )
    )
    return 0


def run_logout(args: argparse.Namespace) -> int:
    from desktop.account.session import AuthSession

    try:
        ctx = context(args)
        learner = ctx.learner()
        settings = ctx.server()
    except CommandError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    pending = ctx.profiles.waiting_work(learner.user_id)
    # first: locked even if the server can't be told
    ctx.profiles.locks.sign_out(learner.user_id, waiting=pending)
    auth = AuthSession(settings, ctx.vault)
    if auth.restore(learner.user_id) is not None:
        auth.sign_out()
    print(translate("cli.account", "Signed out {email}.").format(email=learner.email))
    if pending:
        print(
            translate(
                "cli.account",
                "%Ln change(s) not yet synced [is|are] kept on this computer and will be "
                "sent when this learner signs in again.",
                "",
                pending,
            )
        )
    return 0
