"""A lesson's Markdown as the words a learner searches for.

The lesson search (``desktop.store.db.lesson_index``) indexes this text, not
the Markdown itself, so link addresses, image paths, emphasis marks and HTML
tags neither match a search nor show in a result's snippet; link and image
text, headings, list items and code stay.  Every pattern stops at the next
bracket of its kind or at the end of the line, so the work stays linear in
the length of the lesson (lesson text may be hostile, see ``markdown_scan``).
"""

from __future__ import annotations

import re
import unicodedata

#: the private-use characters the search marks a match with; never indexed
MARKS = "\ue000\ue001"

# Hebrew points and Arabic vowel marks (combining marks of U+0590–U+06FF) and
# the Arabic tatweel: most text is written without them, so a search typed
# without them must find a vocalised word too; both sides are folded.
_UNPOINTED = {
    code: None
    for code in range(0x0590, 0x0700)
    if unicodedata.category(chr(code)) == "Mn" or code == 0x0640
}
_UNPOINTED.update({ord(c): None for c in MARKS})

_IMAGE_OR_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]*)\]\[[^\[\]\n]*\]")
_TAG = re.compile(r"<[^<>\n]*>")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?=\s|$)", re.MULTILINE)
# [^\S\n]: white space within the line; \s would run on over the blank lines below
_FENCE = re.compile(r"^[^\S\n]*(```|~~~).*$", re.MULTILINE)
_QUOTE = re.compile(r"^ {0,3}>+", re.MULTILINE)
_EMPHASIS = re.compile(r"[*`~]+")
# A run of underscores, whole: what to do with it is decided by its neighbours
# (_+(?!\w) tried every shorter run again and took quadratic time on "a___…b").
_UNDERSCORES = re.compile(r"_+")
_SPACES = re.compile(r"[ \t]+")


def plain_text(markdown: str) -> str:
    """The text of ``markdown`` without its markup (line breaks kept)."""
    text = fold(markdown)
    text = _FENCE.sub("", text)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _UNDERSCORES.sub(_underscores, text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def fold(text: str) -> str:
    """``text`` without Hebrew points, Arabic vowel marks and tatweel (and the marks)."""
    return text.translate(_UNPOINTED)


def _underscores(match: re.Match[str]) -> str:
    """Emphasis marks (``_word_``) go; snake_case keeps its underscores."""
    text, start, end = match.string, match.start(), match.end()
    inside = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return match.group() if inside else ""
