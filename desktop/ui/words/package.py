"""The words for a course package's problems: the sentence each code stands for.

``desktop.course_package`` reports a :class:`~desktop.course_package.problems.Problem`
as a code with data; :func:`problem_text` words it as ``file:line: sentence``
in a :class:`~desktop.ui.words.Voice`'s language (``lantern check``, ``lantern
import``, the preview window, a lesson that cannot be read).  A phrase's data
may hold other phrases ("question 'q2'") and they are worded in turn.  A code
missing from :data:`PROBLEMS` is shown as the code and its data, never a
traceback (``tests/course_package/test_problem_words.py`` checks that every code
the package uses is here, with the same placeholders).

Texts from the package (keys, names, paths) are made showable: no control
character or bidirectional override reaches a terminal or a label.
"""

from __future__ import annotations

from string import Formatter

from desktop.course_package.problems import Phrase, Problem, Value, showable
from desktop.ui.words import ENGLISH, Voice
from desktop.ui.words.package_fields import FIELD_PROBLEMS
from desktop.ui.words.package_files import FILE_PROBLEMS
from desktop.ui.words.package_toml import TOML_PROBLEMS

CONTEXT = "package"

# Each area of the package keeps its sentences in its own table; the context is
# "package" for all of them (one list for translators).  Plural sentences count
# with the data key "n" (``%Ln``).
PROBLEMS: dict[str, str] = {**FIELD_PROBLEMS, **TOML_PROBLEMS, **FILE_PROBLEMS}


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields a template fills in."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _value_text(value: Value, voice: Voice) -> str:
    if isinstance(value, Phrase):
        return phrase_text(value, voice)
    if isinstance(value, bool):  # a bool is an int to Python, not to an author
        return "true" if value else "false"  # untranslated: TOML's own words
    if isinstance(value, int | float):
        return voice.number(value)
    if isinstance(value, tuple):
        return voice.joined(showable(str(item)) for item in value)
    return showable(value)


def phrase_text(phrase: Phrase, voice: Voice = ENGLISH) -> str:
    """``phrase`` worded in ``voice``'s language; a code this table lacks as the code."""
    template = PROBLEMS.get(phrase.code)
    if template is None:
        return showable(str(phrase))
    count = phrase.get("n")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    said = voice.translate(CONTEXT, template, None, n)
    data = {key: _value_text(value, voice) for key, value in phrase.data}
    try:
        return said.format_map(_Missing(data))
    except (ValueError, IndexError):  # a translation with broken braces: say the English
        return template.format_map(_Missing(data))


class _Missing(dict[str, str]):
    """Leaves a placeholder the data lacks as it is instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def problem_text(problem: Problem, voice: Voice = ENGLISH) -> str:
    """``file:line: sentence``, the way ``lantern check`` prints a problem."""
    file = showable(problem.file)
    where = file if problem.line is None else f"{file}:{problem.line}"
    return f"{where}: {phrase_text(problem.what, voice)}"
