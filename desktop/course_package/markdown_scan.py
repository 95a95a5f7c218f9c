"""Finding the images and links in a lesson's Markdown, in linear time.

A lesson body comes from an instructor, and in a learner's download from the
server: a hostile one must not hang ``lantern check``, the download or the
reader (issue #12).  Regular expressions with nested or adjacent repeats
(``!\\[[^\\]]*\\]\\(``, ``<img\\b[^>]*?\\bsrc``) retry from every position and
take quadratic time on lines like ``![![![…``, so this module is a small
hand-written scanner: every regular expression it uses is anchored at one
position and stops at the first character that cannot belong to it, and the
loops below never go back over text they have passed, except by a bounded
amount (see ``_MAX_ATTRIBUTES``).

It follows CommonMark where that decides what a reader shows:

* fenced code blocks and `code spans` are text, not images or links;
* inline images and links ``![alt](dest "title")``, ``[text](dest)``,
  with ``<dest>`` or a destination whose parentheses balance;
* reference-style ``![alt][label]``, ``![label][]`` and ``![label]``, with
  definitions ``[label]: dest`` anywhere in the body;
* autolinks ``<scheme:…>`` and the HTML tags ``<img src=…>`` and
  ``<a href=…>``, with the value quoted or not.

It does not try to be a whole Markdown parser: a construct it does not know
(an indented code block, say) is scanned as text, which can only find an
image or link too many, never hide one the reader would show.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

#: how deep parentheses may nest in a destination without ``<…>`` (CommonMark
#: lets implementations bound this; it bounds the memory a hostile line takes)
_MAX_NESTING = 32
#: how many attributes an HTML tag may have before it is not read as a tag
_MAX_ATTRIBUTES = 64
_MAX_LABEL = 999  # CommonMark's limit on a link label
#: images and links one lesson may have; beyond, scanning stops (memory stays
#: bounded) and the last ``Found`` has kind "limit"
MAX_REFERENCES = 10_000
_CACHE_PRUNE = 4096

_TOKEN = re.compile(r"\\[!-/:-@\[-`{-~]|!\[|\[|\]|<|\n[ \t]*(?=\n)")
_BACKTICKS = re.compile(r"`+|\n[ \t]*(?=\n)")
_SPACE = re.compile(r"[ \t]*\n?[ \t]*")
_PAREN_TOKEN = re.compile(r"\\\S|[()]|\s")
_ANGLE_DEST = re.compile(r"<((?:[^<>\n\\]|\\.)*)>")
_PAREN_TITLE = re.compile(r"\(((?:[^()\\]|\\.)*)\)")
_LABEL = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]")
_DEFINITION = re.compile(r" {0,3}\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*(\S*)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_TAG_START = re.compile(r"<(img|a)(?=[\s/>])", re.IGNORECASE)
_ATTR_NAME = re.compile(r"\s+([A-Za-z_:][A-Za-z0-9_.:\-]*)")
_ATTR_EQUALS = re.compile(r"\s*=\s*")
_UNQUOTED = re.compile(r"[^\s\"'=<>`]+")
_TAG_END = re.compile(r"\s*/?>")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class Found:
    """One image or link: what it points at, as a reader gets it (escapes
    and character references decoded), and the 0-based line of the body it
    starts on.  ``label`` is set for a reference whose definition is missing
    (``target`` is then empty)."""

    kind: str  # "image" or "link"
    target: str
    line: int
    label: str | None = None


def scan(body: str) -> list[Found]:
    """Every image and link of ``body``, in the order they start."""
    return _Scanner(body).run()


def normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _unescape(text: str) -> str:
    return html.unescape(_ESCAPE.sub(r"\1", text))


class _Scanner:
    def __init__(self, body: str) -> None:
        self.definitions: dict[str, tuple[str, int]] = {}
        self._used_by_images: set[str] = set()
        self._used_by_links: set[str] = set()
        self.full = False
        self.found: list[tuple[int, Found]] = []
        self.line_starts = array("q", [0])
        self.text = self._blank_code_blocks(body)
        self.text = self._mask_code_spans(self.text)
        self._quote_ends: dict[int, int] = {}
        self._attributes: dict[int, tuple[int, str, str | None] | None] = {}
        self._parens = _Parentheses(self.text)

    # preparation ------------------------------------------------------------------
    def _blank_code_blocks(self, body: str) -> str:
        """Fenced code blocks become empty lines; definitions are collected
        and blanked too (their brackets are not a shortcut reference)."""
        lines = body.split("\n")
        fence: str | None = None
        offset = 0
        for number, line in enumerate(lines):
            if number:
                self.line_starts.append(offset)
            offset += len(line) + 1
            marker = _FENCE.match(line)
            if marker and (
                fence is None
                or (
                    marker.group(1)[0] == fence[0]
                    and len(marker.group(1)) >= len(fence)
                    and not line[marker.end() :].strip()
                )
            ):
                fence = marker.group(1) if fence is None else None
                lines[number] = " " * len(line)
                continue
            if fence is not None:
                lines[number] = " " * len(line)
                continue
            definition = _DEFINITION.match(line)
            if definition and len(definition.group(1)) <= _MAX_LABEL:
                target = definition.group(2)
                if not target and number + 1 < len(lines):  # the address on the next line
                    target = lines[number + 1].strip().split(" ", 1)[0]
                if target.startswith("<") and target.endswith(">"):
                    target = target[1:-1]
                label = normalize_label(_unescape(definition.group(1)))
                if label and label not in self.definitions:
                    self.definitions[label] = (_unescape(target), number)
                lines[number] = " " * len(line)
        return "\n".join(lines)

    def _mask_code_spans(self, text: str) -> str:
        """`code spans` become spaces (their newlines stay): what is inside is text."""
        spans = _pair_code_runs(*_backtick_runs(text))
        if not spans:
            return text
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            pieces.append(text[last:start])
            pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
            last = end
        pieces.append(text[last:])
        return "".join(pieces)

    # results ----------------------------------------------------------------------
    def _add(self, position: int, kind: str, target: str, label: str | None = None) -> None:
        line = bisect_right(self.line_starts, position) - 1
        if len(self.found) >= MAX_REFERENCES:
            if not self.full:
                self.full = True
                self.found.append((len(self.text) + 1, Found("limit", "", line)))
            return
        self.found.append((position, Found(kind, target, line, label)))

    def _prune(self, position: int) -> None:
        """Forget remembered attributes and quotes before ``position``: no
        later scan starts there, and hostile text would fill memory."""
        if len(self._attributes) > _CACHE_PRUNE:
            self._attributes = {k: v for k, v in self._attributes.items() if k >= position}
        if len(self._quote_ends) > _CACHE_PRUNE:
            self._quote_ends = {k: v for k, v in self._quote_ends.items() if k >= position}

    def run(self) -> list[Found]:
        text = self.text
        openers: list[tuple[int, bool, int]] = []  # (position, is image, token number)
        inactive_below = 0  # link openers below this stack height are inside a link
        resume = 0
        number = 0
        for token in _TOKEN.finditer(text):
            number += 1
            start = token.start()
            if start < resume:
                continue
            if self.full:
                break
            self._prune(start)
            value = token.group(0)
            if value[0] == "\n":
                openers.clear()
                inactive_below = 0
            elif value == "<":
                resume = self._angle(start)
            elif value in ("[", "!["):
                openers.append((start, value == "![", number))
            elif value == "]" and openers:
                resume, inactive_below = self._close_bracket(
                    openers, inactive_below, start, number, resume
                )
        self._judge_definitions()
        self.found.sort(key=lambda item: item[0])
        return [found for _, found in self.found]

    def _close_bracket(
        self,
        openers: list[tuple[int, bool, int]],
        inactive_below: int,
        close: int,
        number: int,
        resume: int,
    ) -> tuple[int, int]:
        """The ``]`` at ``close`` closes the last opener: (where to resume, the
        new height below which link openers are inside a link)."""
        opener, is_image, opened_at = openers.pop()
        inside_link = not is_image and len(openers) < inactive_below
        inactive_below = min(inactive_below, len(openers))
        if inside_link:
            return resume, inactive_below
        end = self._link_end(opener, is_image, close, number == opened_at + 1)
        if end is None:
            return resume, inactive_below
        return end, (inactive_below if is_image else len(openers))

    def _judge_definitions(self) -> None:
        """A definition is a link unless only images use it (![a][pic] with
        [pic]: images/pic.png): one no reference uses is judged as a link
        too, in case a reader finds a use this scanner does not."""
        for label, (target, number) in self.definitions.items():
            if label in self._used_by_links or label not in self._used_by_images:
                self._add(self.line_starts[number], "link", target)

    # links and images ----------------------------------------------------------
    def _link_end(self, opener: int, is_image: bool, close: int, plain: bool) -> int | None:
        """Where the link or image whose text ends at ``close`` ends, after
        recording it; None when ``]`` closes no link."""
        text = self.text
        kind = "image" if is_image else "link"
        after = close + 1
        if text.startswith("(", after):
            inline = self._inline_destination(after + 1)
            if inline is not None:
                target, end = inline
                self._add(opener, kind, target)
                return end
        label_text: str | None = None
        end = after
        full = _LABEL.match(text, after) if text.startswith("[", after) else None
        if full is not None and len(full.group(1)) <= _MAX_LABEL and full.group(1).strip():
            label_text, end = full.group(1), full.end()
        elif plain and close - opener <= _MAX_LABEL + 2:
            # ![label], ![label][] (no brackets inside: a label cannot hold any)
            label_text = text[opener + (2 if is_image else 1) : close]
            if full is not None and not full.group(1).strip():
                end = full.end()
        if label_text is None or not label_text.strip():
            return None
        label = normalize_label(_unescape(label_text))
        definition = self.definitions.get(label)
        if definition is not None:
            if is_image:
                self._used_by_images.add(label)
                self._add(opener, kind, definition[0])
            else:
                self._used_by_links.add(label)
            return end
        if is_image:
            self._add(opener, kind, "", label=label_text)
        return None

    def _inline_destination(self, position: int) -> tuple[str, int] | None:
        """``dest "title")`` from just after ``(``: the destination and the
        position after ``)``."""
        text = self.text
        position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
        if text.startswith("<", position):
            angle = _ANGLE_DEST.match(text, position)
            if angle is None:
                return None
            target, position = angle.group(1), angle.end()
        else:
            raw = self._raw_destination(position)
            if raw is None:
                return None
            target, position, closed = raw
            if closed:
                return _unescape(target), position
        spaced = _SPACE.match(text, position).end()  # type: ignore[union-attr]
        if spaced > position and text.startswith(('"', "'", "("), spaced):
            title_end = self._title_end(spaced)
            if title_end is None:
                return None
            position = _SPACE.match(text, title_end).end()  # type: ignore[union-attr]
        else:
            position = spaced
        if not text.startswith(")", position):
            return None
        return _unescape(target), position + 1

    def _raw_destination(self, position: int) -> tuple[str, int, bool] | None:
        """A destination without ``<…>``: (text, end, whether ``)`` closed it)."""
        text = self.text
        # The link's own parenthesis, whose match ends the destination; after
        # spaces, a virtual one (negative) as if it opened just before.
        own = position > 0 and text[position - 1] == "("
        opener = position - 1 if own else -2 - position
        result = self._parens.destination_end(opener, position)
        if result is None:
            return None
        end, closed = result
        if not closed and end == position:
            return None
        return text[position:end], end + 1 if closed else end, closed

    def _title_end(self, position: int) -> int | None:
        text = self.text
        quote = text[position]
        if quote == "(":
            title = _PAREN_TITLE.match(text, position)
            return title.end() if title else None
        end = self._quote_end(position)
        return end + 1 if end >= 0 else None

    def _quote_end(self, position: int) -> int:
        """The matching quote of the one at ``position``, or -1 (remembered:
        two scans never go over the same quoted text twice)."""
        cached = self._quote_ends.get(position)
        if cached is None:
            cached = self.text.find(self.text[position], position + 1)
            self._quote_ends[position] = cached
        return cached

    # autolinks and HTML tags ---------------------------------------------------
    def _angle(self, position: int) -> int:
        """Reads an autolink or an ``<img>``/``<a>`` tag at ``position``;
        returns where scanning goes on."""
        text = self.text
        autolink = _AUTOLINK.match(text, position)
        if autolink is not None:
            self._add(position, "link", autolink.group(1))
            return autolink.end()
        tag = _TAG_START.match(text, position)
        if tag is None:
            return position
        wanted = "src" if tag.group(1).lower() == "img" else "href"
        cursor = tag.end()
        value: str | None = None
        for _ in range(_MAX_ATTRIBUTES):
            attribute = self._attribute(cursor)
            if attribute is None:
                break
            cursor, name, attribute_value = attribute
            if name.lower() == wanted and value is None and attribute_value is not None:
                value = attribute_value
        else:
            return position
        end = _TAG_END.match(text, cursor)
        if end is None:
            return position
        if value is not None:
            self._add(position, "image" if wanted == "src" else "link", html.unescape(value))
        return end.end()

    def _attribute(self, position: int) -> tuple[int, str, str | None] | None:
        """(end, name, value) of the attribute at ``position``; remembered,
        so tags overlapping in hostile text do not read it again."""
        if position in self._attributes:
            return self._attributes[position]
        result = self._read_attribute(position)
        self._attributes[position] = result
        return result

    def _read_attribute(self, position: int) -> tuple[int, str, str | None] | None:
        text = self.text
        name = _ATTR_NAME.match(text, position)
        if name is None:
            return None
        equals = _ATTR_EQUALS.match(text, name.end())
        if equals is None:
            return name.end(), name.group(1), None
        start = equals.end()
        if start < len(text) and text[start] in "\"'":
            end = self._quote_end(start)
            if end < 0:
                return None
            return end + 1, name.group(1), text[start + 1 : end]
        unquoted = _UNQUOTED.match(text, start)
        if unquoted is None:
            return None
        return unquoted.end(), name.group(1), unquoted.group(0)


class _Parentheses:
    """Matches the parentheses of link destinations in one forward pass.

    A destination ``](a(b)c)`` ends at the parenthesis matching the one after
    ``]``; after spaces, ``]( a(b))``, at the first ``)`` left unmatched.
    Destinations are asked for in increasing position, so the pass never goes
    back: each character is read once however many links a line holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = 0  # everything before this is read
        self.stack: list[int] = []  # open parentheses of the current run (no spaces)
        self.dropped = 0  # open ones pushed out of the bottom (nested too deep)
        self.run_open = False
        self.results: dict[int, tuple[int, bool] | None] = {}

    def destination_end(self, opener: int, position: int) -> tuple[int, bool] | None:
        """(end, closed) for the parenthesis ``opener`` (negative: a virtual
        one before ``position``), or None when it never closes validly."""
        if opener in self.results:
            return self.results.pop(opener)
        if opener < 0 or not self.run_open or opener >= self.scanned:
            self._start(position if opener < 0 else opener)
            if opener < 0:
                self.stack.append(opener)
        while opener not in self.results and self.run_open:
            self._step()
        return self.results.pop(opener, None)

    def _start(self, position: int) -> None:
        self.stack.clear()
        self.dropped = 0
        self.results.clear()
        self.scanned = position
        self.run_open = True

    def _step(self) -> None:
        token = _PAREN_TOKEN.search(self.text, self.scanned)
        if token is None or token.group(0).isspace():
            end = token.start() if token is not None else len(self.text)
            for index, opener in enumerate(self.stack):
                # The innermost open one ends at the space, if nothing inside it is open.
                last = index == len(self.stack) - 1
                self.results[opener] = (end, False) if last else None
            self.stack.clear()
            self.run_open = False
            self.scanned = end
            return
        self.scanned = token.end()
        char = token.group(0)
        if char == "(":
            self.stack.append(token.start())
            if len(self.stack) > _MAX_NESTING:
                self.results[self.stack.pop(0)] = None
                self.dropped += 1
        elif char == ")":
            if self.stack:
                self.results[self.stack.pop()] = (token.start(), True)
            elif self.dropped:
                self.dropped -= 1


def prose_only(body: str) -> str:
    """``body`` with fenced code blocks, code spans and link definitions blanked.

    Same length and the same line breaks, so a position in the result is the
    same position in ``body``: what other scanners (math) look at is prose."""
    return _Scanner(body).text


def _backtick_runs(text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Each run of backticks as a closer (start, length, paragraph) and as an
    opener (start, length): a backslash before a run escapes its first backtick."""
    runs: list[tuple[int, int, int]] = []
    openers: list[tuple[int, int]] = []
    paragraph = 0
    for match in _BACKTICKS.finditer(text):
        if match.group(0)[0] == "\n":
            paragraph += 1
            continue
        start, length = match.start(), len(match.group(0))
        backslashes = 0
        while start - backslashes - 1 >= 0 and text[start - backslashes - 1] == "\\":
            backslashes += 1
        runs.append((start, length, paragraph))
        escaped = backslashes % 2
        openers.append((start + escaped, length - escaped))
    return runs, openers


def _pair_code_runs(
    runs: list[tuple[int, int, int]], openers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of each code span: an opener closes at the next run of
    the same length in its paragraph.  Linear: each length's list of runs is
    walked once, by a cursor that only moves forward."""
    by_length: dict[int, list[int]] = {}
    for index, (_, length, _) in enumerate(runs):
        by_length.setdefault(length, []).append(index)
    cursor = dict.fromkeys(by_length, 0)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        opener_start, length = openers[index]
        closer = _closing_run(runs, by_length, cursor, index, length)
        if closer is None:
            index += 1
            continue
        spans.append((opener_start, runs[closer][0] + length))
        index = closer + 1
    return spans


def _closing_run(
    runs: list[tuple[int, int, int]],
    by_length: dict[int, list[int]],
    cursor: dict[int, int],
    index: int,
    length: int,
) -> int | None:
    """The run that closes the opener at ``index`` (None if none does)."""
    candidates = by_length.get(length)
    if not length or candidates is None:
        return None
    position = cursor[length]
    while position < len(candidates) and candidates[position] <= index:
        position += 1
    cursor[length] = position
    if position < len(candidates) and runs[candidates[position]][2] == runs[index][2]:
        return candidates[position]
    return None
