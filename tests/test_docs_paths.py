"""The documents name paths that exist: a move that forgets a document fails here.

README.md, CONTRIBUTING.md, benchmarks/README.md, supabase/README.md and
docs/*.md name files and folders in `backticks`; each one that starts with a
top-level folder of this repository must exist (a glob must match something).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted(
    [
        ROOT / "README.md",
        ROOT / "CONTRIBUTING.md",
        ROOT / "benchmarks" / "README.md",
        ROOT / "supabase" / "README.md",
        *(ROOT / "docs").glob("*.md"),
    ]
)
TOP = (
    "desktop",
    "devserver",
    "tests",
    "supabase",
    "scripts",
    "benchmarks",
    "docs",
    "packaging",
    "resources",
    ".ci",
)
_SPAN = re.compile(r"`([^`\n]+)`")
_PATH = re.compile(rf"^(?:{'|'.join(re.escape(t) for t in TOP)})/[\w./*\-]*$")


def named_paths(text: str) -> list[tuple[int, str]]:
    """(line, path) for each backticked repository path in ``text``."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for span in _SPAN.findall(line):
            candidate = span.strip().split("::", 1)[0]
            candidate = re.sub(r":\d+(-\d+)?$", "", candidate).rstrip(".,;)")
            if _PATH.match(candidate):
                found.append((number, candidate))
    return found


def missing(path: str) -> bool:
    if "*" in path:
        return not any(ROOT.glob(path))
    return not (ROOT / path.rstrip("/")).exists()


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_document_names_exists(document: Path) -> None:
    gone = [
        f"{document.relative_to(ROOT)}:{line}: `{path}` does not exist"
        for line, path in named_paths(document.read_text(encoding="utf-8"))
        if missing(path)
    ]
    assert not gone, "\n".join(gone)


def test_the_check_reads_paths_as_a_reader_would() -> None:
    text = (
        "See `desktop/app/root.py:12`, `tests/cli/test_x.py::test_y` and"
        " `supabase/migrations/*_sync.sql`.\n`lantern check` is a command."
    )
    assert named_paths(text) == [
        (1, "desktop/app/root.py"),
        (1, "tests/cli/test_x.py"),
        (1, "supabase/migrations/*_sync.sql"),
    ]
    assert missing("desktop/no_such_module.py")
    assert not missing("supabase/migrations/*_sync.sql")
