"""Counts and ratings in words: "1 learner", "No learners yet", "Not rated yet"."""

from __future__ import annotations

from desktop.store.replica import Readiness
from desktop.ui import i18n
from desktop.ui.i18n import translate
from desktop.ui.widgets.sizes import data_size


def learners(count: int) -> str:
    if count <= 0:
        return translate("wording", "No learners yet")
    return translate("wording", "%Ln learner(s)", "", count)


def rating(value: float) -> str:
    """A course's average rating; 0 means nobody rated it yet (ratings are 1–5)."""
    if value <= 0:
        return translate("wording", "Not rated yet")
    return f"★ {i18n.number(value, 1)}"  # a star and a number: no words to translate


def readiness(state: Readiness) -> str:
    """ "Get ready for offline"'s answer: ready, or what is still missing."""
    if state.ready:
        return translate(
            "wording",
            "This computer is ready to go offline: every enrolled course is downloaded "
            "and all your work is on the server.",
        )
    parts = []
    if state.missing:
        parts.append(
            translate("wording", "not downloaded yet: {courses}").format(
                courses=i18n.joined(state.missing)
            )
        )
    if state.files_missing:
        parts.append(
            translate("wording", "pictures and media still arriving for: {courses}").format(
                courses=i18n.joined(state.files_missing)
            )
        )
    if state.bytes_to_fetch:
        parts.append(
            translate("wording", "about {size} of pictures and media to download").format(
                size=data_size(state.bytes_to_fetch)
            )
        )
    if state.pending:
        parts.append(
            translate("wording", "%Ln change(s) still waiting to be sent", "", state.pending)
        )
    #: Between two reasons in "Not ready to go offline yet — reason; reason."
    separator = translate("wording", "; ")
    return translate("wording", "Not ready to go offline yet — {reasons}.").format(
        reasons=separator.join(parts)
    )
