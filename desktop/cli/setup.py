"""``lantern setup CODE`` (a learner's laptop) and ``lantern setup-code`` (the teacher).

``setup`` takes a setup code or a ``lantern://setup?…`` link (docs/setup-codes.md),
checks that the server answers with that key, and saves it as this laptop's
server.  ``setup-code --url … --key …`` prints the code and the link a school
hands out; it refuses the secret (service_role) key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import describe_error
from desktop.cli.messages import translate


def register(subparsers: Any) -> None:
    setup = subparsers.add_parser(
        "setup",
        help=translate(
            "cli.setup", "connect this computer to a school's server with its setup code or link"
        ),
    )
    setup.add_argument(
        "code",
        metavar="CODE|LINK",
        help=translate("cli.setup", "the setup code or lantern:// link"),
    )
    setup.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=translate("cli.setup", "where Lantern keeps its data (default: the user data folder)"),
    )
    setup.set_defaults(func=run_setup)
    make = subparsers.add_parser(
        "setup-code",
        help=translate("cli.setup", "make the setup code and link a school gives its learners"),
    )
    make.add_argument(
        "--url", required=True, help=translate("cli.setup", "the Supabase project URL")
    )
    make.add_argument(
        "--key",
        required=True,
        help=translate("cli.setup", "the project's public (anon) key, never the service_role key"),
    )
    make.set_defaults(func=run_setup_code)


def run_setup(args: argparse.Namespace) -> int:
    from desktop.account.server_check import check_server
    from desktop.account.settings import ServerSettings, SettingsError
    from desktop.account.setup_code import SetupCodeError, parse_setup
    from desktop.store.db import default_data_dir

    try:
        code = parse_setup(args.code)
        settings = ServerSettings(code.url, code.key)
        check_server(settings)
    except (SetupCodeError, SettingsError) as exc:
        print(
            translate("cli.setup", "Not set up: {error}").format(error=describe_error(exc)),
            file=sys.stderr,
        )
        return 2
    data_dir = args.data_dir or default_data_dir()
    settings.save(data_dir)
    print(
        translate("cli.setup", "This computer now uses {url}. Sign in with lantern login.").format(
            url=settings.normalized_url
        )
    )
    return 0


def run_setup_code(args: argparse.Namespace) -> int:
    from desktop.account.setup_code import SetupCodeError, make_setup_code

    try:
        made = make_setup_code(args.url, args.key)
    except SetupCodeError as exc:
        print(
            translate("cli.setup", "No code made: {error}").format(error=describe_error(exc)),
            file=sys.stderr,
        )
        return 2
    print(translate("cli.setup", "Setup code (learners paste it in Lantern's Server tab):"))
    print(f"{made.code()}\n")
    print(
        translate(
            "cli.setup", "Setup link (opens Lantern where the lantern:// scheme is registered):"
        )
    )
    print(made.link())
    return 0
