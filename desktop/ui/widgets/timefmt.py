"""Times as the learner reads them: stored in UTC, shown in the laptop's time zone."""

from __future__ import annotations

from datetime import datetime

from desktop.rules import durations


def local(when: datetime) -> datetime:
    """Aware times move to the local zone; naive ones are shown as they are."""
    return when.astimezone() if when.tzinfo is not None else when


def short(when: datetime) -> str:
    """Like "25 Nov 14:02"."""
    return local(when).strftime("%d %b %H:%M")


def day(when: datetime) -> str:
    return local(when).strftime("%d %b")


def clock(when: datetime) -> str:
    return local(when).strftime("%H:%M")


def date(when: datetime) -> str:
    """Like "3 Dec 2026" (a day worth remembering: a course completed)."""
    shown = local(when)
    return f"{shown.day} {shown.strftime('%b %Y')}"


duration = durations.duration  # "40 s", "12 min", "1 h 5 min" (desktop.rules.durations)
