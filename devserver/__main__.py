"""``lantern-devserver``: a local Supabase-compatible backend (issue #3).

Until the HTTP server lands this only builds the database (embedded
PostgreSQL, bootstrap, migrations, seed) and prints its URL.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="lantern-devserver",
        description="Local Supabase-compatible backend for Lantern (work in progress: "
        "the HTTP API is not served yet; this builds and starts the database).",
    )
    parser.parse_args(argv)
    print("lantern-devserver: the HTTP API is not implemented yet (issue #3).", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
