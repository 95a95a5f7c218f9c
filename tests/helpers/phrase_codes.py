"""Reading the codes a layer makes phrases of, from its source (the words tests)."""

from __future__ import annotations

import ast


def literal_codes(node: ast.expr) -> list[str]:
    """The code a call names: a literal, or either side of ``a if … else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return literal_codes(node.body) + literal_codes(node.orelse)
    return []
