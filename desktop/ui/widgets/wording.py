"""Counts and ratings in words: "1 learner", "No learners yet", "Not rated yet"."""

from __future__ import annotations


def learners(count: int) -> str:
    if count <= 0:
        return "No learners yet"
    return "1 learner" if count == 1 else f"{count:,} learners"


def rating(value: float) -> str:
    """A course's average rating; 0 means nobody rated it yet (ratings are 1–5)."""
    return "Not rated yet" if value <= 0 else f"★ {value:.1f}"
