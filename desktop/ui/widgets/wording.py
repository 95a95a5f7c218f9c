"""Counts and ratings in words: "1 learner", "No learners yet", "Not rated yet"."""

from __future__ import annotations

from desktop.store.replica import Readiness
from desktop.ui.widgets.sizes import data_size


def learners(count: int) -> str:
    if count <= 0:
        return "No learners yet"
    return "1 learner" if count == 1 else f"{count:,} learners"


def rating(value: float) -> str:
    """A course's average rating; 0 means nobody rated it yet (ratings are 1–5)."""
    return "Not rated yet" if value <= 0 else f"★ {value:.1f}"


def readiness(state: Readiness) -> str:
    """ "Get ready for offline"'s answer: ready, or what is still missing."""
    if state.ready:
        return (
            "This laptop is ready to go offline: every enrolled course is downloaded "
            "and all your work is on the server."
        )
    parts = []
    if state.missing:
        parts.append("not downloaded yet: " + ", ".join(state.missing))
    if state.files_missing:
        parts.append("pictures and media still arriving for: " + ", ".join(state.files_missing))
    if state.bytes_to_fetch:
        parts.append(f"about {data_size(state.bytes_to_fetch)} of pictures and media to download")
    if state.pending:
        parts.append(f"{state.pending} change(s) still waiting to be sent")
    return "Not ready to go offline yet — " + "; ".join(parts) + "."
