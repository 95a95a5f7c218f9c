"""A lesson's media blocks as the reader shows them: a card in the text.

Each ``media`` fence (``course_package.media_blocks``) becomes its poster
(when the course gives one and it is downloaded) and a line with what it is
— "▶ Play: How a request travels · video · 2:05 · watched 40 %" — that is a
link of the reader's own (``media_href``, with the page's random token, so
no author's link can pose as one) opening the player above the text.  A
file not downloaded yet says so instead of offering to play.  The words
are the learner's language's; the numbers are written in its digits.
"""

from __future__ import annotations

from string import Formatter

from PySide6.QtCore import QLocale

from desktop.course_package.media_blocks import MEDIA_INFO, fences
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.viewdata import MediaView

MEDIA_SCHEME = "lantern-media"
POSTER_SCHEME = "lantern-poster"


def media_href(token: str, index: int) -> str:
    return f"{MEDIA_SCHEME}-{token}:{index}"


def poster_ref(token: str, index: int) -> str:
    return f"{POSTER_SCHEME}-{token}:{index}"


def clock_text(seconds: int) -> str:
    """``125`` → ``2:05``, ``3725`` → ``1:02:05`` (``media_blocks.clock``), in the
    locale's digits: ``٢:٠٥``."""
    locale = QLocale()
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)

    def two(value: int) -> str:
        return (locale.toString(0) if value < 10 else "") + locale.toString(value)

    if hours:
        return f"{locale.toString(hours)}:{two(minutes)}:{two(secs)}"
    return f"{locale.toString(minutes)}:{two(secs)}"


def with_media_cards(markdown: str, media: tuple[MediaView, ...], token: str) -> str:
    """``markdown`` with each media block replaced by its card."""
    by_index = {item.index: item for item in media}
    lines = markdown.split("\n")
    out: list[str] = []
    done = 0
    count = 0
    for fence in fences(markdown):
        if fence.info != MEDIA_INFO:
            continue
        out += lines[done : fence.open]
        item = by_index.get(count)
        out += card(item, token) if item is not None else [""]
        done = fence.close + 1
        count += 1
    out += lines[done:]
    return "\n".join(out)


def _kind_word(kind: str) -> str:
    if kind == "video":
        return translate("media_cards", "video")
    if kind == "audio":
        return translate("media_cards", "sound")
    if kind == "document":
        return translate("media_cards", "PDF")
    return kind


def _facts(item: MediaView) -> str:
    """What the card says of the file: its kind, length and how much was watched."""
    facts = [_kind_word(item.kind)]
    if item.duration_seconds:
        facts.append(clock_text(item.duration_seconds))
    percent = item.progress.get("percent")
    if isinstance(percent, int) and 0 < percent <= 100 and item.kind != "document":
        facts.append(
            translate("media_cards", "watched {percent} %").format(percent=i18n.number(percent))
        )
    return " · ".join(_escaped(fact) for fact in facts)


def card(item: MediaView, token: str) -> list[str]:
    """The Markdown lines of one media card (a blank line before and after)."""
    title = _escaped(item.title)
    facts = _facts(item)
    lines = [""]
    if item.file is None:
        missing = translate("media_cards", "{title} · {facts} · not downloaded yet")
        lines.append("⬇ " + _words(missing, title=f"*{title}*", facts=facts))
        return [*lines, ""]
    if item.poster is not None and item.kind == "video":
        lines += [
            f"[![{title}]({poster_ref(token, item.index)})]({media_href(token, item.index)})",
            "",
        ]
    if item.kind == "document":
        link = _words(translate("media_cards", "Open: {title}"), title=title)
    else:
        link = _words(translate("media_cards", "Play: {title}"), title=title)
    lines.append(f"▶ **[{link}]({media_href(token, item.index)})** · {facts}")
    return [*lines, ""]


def _words(template: str, **markdown: str) -> str:
    """A translated ``template`` as Markdown: its own words escaped (a translation
    is plain text too), its ``{placeholders}`` filled with ``markdown`` as it is."""
    pieces: list[str] = []
    for literal, field, _spec, _conversion in Formatter().parse(template):
        pieces.append(_escaped(literal, keep_spaces=True))
        if field is not None:
            pieces.append(markdown[field])
    return "".join(pieces)


def _escaped(text: str, *, keep_spaces: bool = False) -> str:
    """An author's title as plain text inside Markdown (no links, no emphasis)."""
    special = "\\`*_{}[]()#+-.!<>|~"
    plain = text if keep_spaces else " ".join(text.split())
    return "".join("\\" + ch if ch in special else ch for ch in plain)
