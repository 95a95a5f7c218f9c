"""A lesson's media blocks as the reader shows them: a card in the text.

Each ``media`` fence (``course_package.media_blocks``) becomes its poster
(when the course gives one and it is downloaded) and a line with what it is
— "▶ Play: How a request travels · video · 2:05 · watched 40 %" — that is a
link of the reader's own (``media_href``, with the page's random token, so
no author's link can pose as one) opening the player above the text.  A
file not downloaded yet says so instead of offering to play.
"""

from __future__ import annotations

from desktop.course_package.media_blocks import MEDIA_INFO, clock, fences
from desktop.ui.viewdata import MediaView

MEDIA_SCHEME = "lantern-media"
POSTER_SCHEME = "lantern-poster"
_KIND_WORDS = {"video": "video", "audio": "sound", "document": "PDF"}


def media_href(token: str, index: int) -> str:
    return f"{MEDIA_SCHEME}-{token}:{index}"


def poster_ref(token: str, index: int) -> str:
    return f"{POSTER_SCHEME}-{token}:{index}"


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


def card(item: MediaView, token: str) -> list[str]:
    """The Markdown lines of one media card (a blank line before and after)."""
    title = _escaped(item.title)
    facts = [_KIND_WORDS.get(item.kind, item.kind)]
    if item.duration_seconds:
        facts.append(clock(item.duration_seconds))
    percent = item.progress.get("percent")
    if isinstance(percent, int) and 0 < percent <= 100 and item.kind != "document":
        facts.append(f"watched {percent} %")
    lines = [""]
    if item.file is None:
        lines.append(f"⬇ *{title}* · {' · '.join(facts)} · not downloaded yet")
        return [*lines, ""]
    if item.poster is not None and item.kind == "video":
        lines += [
            f"[![{title}]({poster_ref(token, item.index)})]({media_href(token, item.index)})",
            "",
        ]
    verb = "Open" if item.kind == "document" else "Play"
    lines.append(f"▶ **[{verb}: {title}]({media_href(token, item.index)})** · {' · '.join(facts)}")
    return [*lines, ""]


def _escaped(text: str) -> str:
    """An author's title as plain text inside Markdown (no links, no emphasis)."""
    special = "\\`*_{}[]()#+-.!<>|~"
    return "".join("\\" + ch if ch in special else ch for ch in " ".join(text.split()))
