"""A catalogue held in a list: realistic sample courses for screenshots and tests.

:class:`ListCatalogue` is a complete :class:`CatalogueSource` (filtering,
paging) over cards in memory; the app uses the store-backed source instead.
"""

from __future__ import annotations

import random

from desktop.ui.viewdata import DIFFICULTIES, CatalogueQuery, CourseCard, OfflineState

CATEGORIES = ("Programming", "Mathematics", "Science", "Languages", "Design", "Business")
_TOPICS = {
    "Programming": ["Python", "SQL", "Git", "Rust", "Web APIs", "Testing", "Algorithms"],
    "Mathematics": ["Algebra", "Statistics", "Calculus", "Geometry", "Probability"],
    "Science": ["Chemistry", "Ecology", "Astronomy", "Physics", "Genetics"],
    "Languages": ["Spanish", "French", "Swahili", "German", "Japanese"],
    "Design": ["Typography", "Colour", "Layout", "Sketching", "Accessibility"],
    "Business": ["Bookkeeping", "Marketing", "Negotiation", "Project Planning"],
}
_FORMS = [
    "Introduction to {}",
    "{} for Beginners",
    "Practical {}",
    "{} in Depth",
    "{}: First Steps",
    "Everyday {}",
    "{} Workshop",
    "Applied {}",
]
_NAMES = [
    "Amara Okafor",
    "Lucas Silva",
    "Mei Chen",
    "Ravi Patel",
    "Sofia Rossi",
    "Jonas Berg",
    "Fatima Haddad",
    "Tom Becker",
    "Aiko Tanaka",
    "Grace Mwangi",
]


class ListCatalogue:
    def __init__(self, cards: list[CourseCard]) -> None:
        self.cards = list(cards)

    def _matching(self, query: CatalogueQuery) -> list[CourseCard]:
        words = query.text.lower().split()
        result = []
        for card in self.cards:
            if query.category and card.category != query.category:
                continue
            if query.difficulty and card.difficulty != query.difficulty:
                continue
            haystack = f"{card.title} {card.instructor} {card.category}".lower()
            if all(word in haystack for word in words):
                result.append(card)
        return result

    def count(self, query: CatalogueQuery) -> int:
        return len(self._matching(query))

    def page(self, query: CatalogueQuery, offset: int, limit: int) -> list[CourseCard]:
        return self._matching(query)[offset : offset + limit]

    def categories(self) -> list[str]:
        return sorted({card.category for card in self.cards if card.category})

    def replace(self, card: CourseCard) -> None:
        self.cards = [card if c.id == card.id else c for c in self.cards]


def sample_courses(n: int, *, seed: int = 7) -> list[CourseCard]:
    """``n`` plausible courses, always the same for the same seed."""
    rng = random.Random(seed)
    cards = []
    states = list(OfflineState)
    for i in range(n):
        category = CATEGORIES[i % len(CATEGORIES)]
        topic = rng.choice(_TOPICS[category])
        title = rng.choice(_FORMS).format(topic)
        state = rng.choices(states, weights=(6, 1, 3, 1))[0]
        cards.append(
            CourseCard(
                id=f"course-{i:05d}",
                title=title if i < len(CATEGORIES) * 3 else f"{title} {i // 7 + 1}",
                instructor=rng.choice(_NAMES),
                difficulty=DIFFICULTIES[rng.randrange(3)],
                duration_hours=rng.randint(1, 40),
                rating=round(rng.uniform(3.2, 5.0), 1),
                enrollment_count=rng.randint(0, 25_000),
                is_premium=rng.random() < 0.2,
                category=category,
                offline_state=state,
                download_progress=rng.random() if state is OfflineState.DOWNLOADING else 0.0,
                is_enrolled=state is not OfflineState.NOT_DOWNLOADED,
            )
        )
    return cards
