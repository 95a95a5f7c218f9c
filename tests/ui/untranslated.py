"""The source scan behind tests/ui/test_translations.py: English literals that would
reach a learner without going through Qt's translation system.

A literal is *prose* when it has two words of letters with a space between them,
a keyboard mnemonic (``&Sync``) or is one capitalised word (``Catalogue``).  It
is fine where the scan knows it is not shown: the argument of ``tr`` /
``translate`` / ``QT_TRANSLATE_NOOP``, a docstring, a logging call, an
exception raised for programmers, an ``assert``, a comparison, a dictionary key,
a call that names things rather than words them (``setObjectName``,
``setStyleSheet``, ``QKeySequence`` …), or a line marked ``# untranslated:
<why>``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "log"}
PROGRAMMERS = {
    "ValueError",
    "TypeError",
    "RuntimeError",
    "AssertionError",
    "KeyError",
    "NotImplementedError",
    "LookupError",
    "AttributeError",
}
NAMING = {
    "setObjectName",
    "objectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "setStyle",
    "_keys",  # help.py: key sequences, which Qt words itself
    "QKeySequence",
    "QIcon",
    "QColor",
    "QFont",
    "Signal",
    "Slot",
    "getattr",
    "hasattr",
    "setattr",
    "get",  # dict.get / environ.get: keys
    "startswith",
    "endswith",
    "compile",  # re.compile
    "fullmatch",
    "match",
    "search",
    "sub",
    "split",
    "Path",
    "open",
    "findChild",
    "findChildren",
    "warn",  # warnings.warn
    "NamedTemporaryFile",
    "mkdtemp",
    "TypeVar",
    "NewType",
    "cast",
    "namedtuple",
}
MARKER = "# untranslated:"
_WORDS = re.compile(r"[^\W\d_]{2,}[^\S\n]+[^\W\d_]{2,}")
_MNEMONIC = re.compile(r"(?<!&)&[^\W\d_]")
_ONE_WORD = re.compile(r"[A-Z][a-z]{2,}\s*[.!?…:]?")
_MARKUP = re.compile(r"<[^>]*>?|&#?\w+;")
_KEY_NAMES = re.compile(
    r"^(Enter|Return|Tab|Backspace|Escape|Space|Delete|Insert|PgUp|PgDown)$"
)  # QKeySequence's names: Qt words them in the learner's language
_NOT_PROSE = (
    _KEY_NAMES,
    re.compile(r"[\x00-\x08]"),  # a sentinel, not a sentence
    re.compile(r"^Q[A-Z]\w*"),  # Qt class names (stylesheets, selectors)
    re.compile(r"[{;]\s*[\w-]+\s*:"),  # CSS declarations
    re.compile(r"^\s*(select|insert|update|delete|with|create)\s", re.IGNORECASE),
    re.compile(r"^[\w.-]+(/[\w.-]+)+$"),  # paths
)


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def is_prose(text: str) -> bool:
    if any(pattern.search(text) for pattern in _NOT_PROSE):
        return False
    text = _MARKUP.sub(" ", text)  # the words between HTML tags and entities
    stripped = text.strip()
    return bool(_WORDS.search(text) or _MNEMONIC.search(text) or _ONE_WORD.fullmatch(stripped))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Scan(ast.NodeVisitor):
    def __init__(self) -> None:
        self.exempt: set[int] = set()
        self.found: list[ast.Constant] = []

    def _exempt_all(self, node: ast.AST) -> None:
        self.exempt.update(id(child) for child in ast.walk(node))

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _docstring(self, node: ast.Module | ast.ClassDef | ast.FunctionDef) -> None:
        first = node.body[0] if node.body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            self.exempt.add(id(first.value))

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        logging_call = name in LOGGING and isinstance(receiver, ast.Name)
        if name in TRANSLATING or name in NAMING or logging_call:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                self._exempt_all(argument)
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call) and _name(node.exc.func) in PROGRAMMERS:
            self._exempt_all(node.exc)
        self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        self._exempt_all(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        self._exempt_all(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            if key is not None:
                self._exempt_all(key)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self._exempt_all(node.slice)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            self._exempt_all(node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._exempt_all(node.annotation)
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:
        if node.annotation is not None:
            self._exempt_all(node.annotation)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and id(node) not in self.exempt:
            self.found.append(node)


def untranslated(path: Path) -> Iterator[Finding]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    scan = _Scan()
    scan.visit(ast.parse(source, str(path)))
    for node in scan.found:
        text = str(node.value)
        line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
        end = lines[(node.end_lineno or node.lineno) - 1]
        if MARKER in line or MARKER in end or not is_prose(text):
            continue
        yield Finding(path, node.lineno, text)


def scan(folders: list[Path]) -> list[Finding]:
    return [
        finding
        for folder in folders
        for path in sorted(folder.rglob("*.py"))
        for finding in untranslated(path)
    ]
