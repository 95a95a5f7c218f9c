"""Where the app's log goes: a rotating file in the user's log folder, and warnings on stderr.

A learner or a school's technician can send the file when something went
wrong; it holds what the app did (started, showed the catalogue, opened a
lesson, synced) and every warning with its traceback, never passwords or
tokens.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Lantern", appauthor=False))


def log_to_file(folder: Path | None = None) -> Path | None:
    """Send INFO and above to ``folder``/lantern.log (rotated), WARNING and above to stderr.

    Returns the file's path, or None when the folder cannot be written (the
    app then runs with stderr only).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
        for h in root.handlers
    ):
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stderr)
    path = (folder or default_log_dir()) / "lantern.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", path.parent, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
