"""The GUI never runs SQL: every local read and write goes through desktop.store."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
SQL_PACKAGES = ("sqlmodel", "sqlalchemy", "sqlite3")


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_ui_module_imports_an_sql_library() -> None:
    offenders = {str(path.relative_to(UI)): sorted(n for n in _imported(path)
                                                    if n.split(".")[0] in SQL_PACKAGES)
                 for path in sorted(UI.rglob("*.py"))}
    assert {name: found for name, found in offenders.items() if found} == {}
    assert len(offenders) > 20  # the scan really saw the package
