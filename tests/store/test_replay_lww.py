"""Replay's last-writer-wins: whatever order enrollment and rating ops arrive
in, the row ends as the op with the greatest stamp wrote it — the rule in
``desktop.rules.merge.later_write``, the same as ``sync_push``'s."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlmodel import select

from desktop.protocol.ops import EnrollmentSet, RatingSet
from desktop.store.db.learner_store import LearnerStore
from desktop.store.models import CourseRating, Enrollment
from desktop.store.replica import replay
from tests.store.conftest import COURSE

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
stamps = st.builds(
    lambda wall, counter, device: f"{wall:013d}-{counter:06d}-{device}",
    st.integers(1_764_000_000_000, 1_764_000_000_005),
    st.integers(0, 2),
    st.sampled_from(["dev-a", "dev-b"]),
)
writes = st.lists(
    st.tuples(stamps, st.sampled_from(["active", "unenrolled"]), st.integers(1, 5)),
    min_size=1,
    max_size=5,
    unique_by=lambda w: w[0],
)
LOCAL = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def _replayed(store: LearnerStore, order: list[tuple[str, str, int]]) -> tuple[str, int]:
    with store.write() as session:
        session.execute(delete(Enrollment))
        session.execute(delete(CourseRating))
        for n, (hlc, status, stars) in enumerate(order):
            replay.apply(session, store.owner, EnrollmentSet(f"e{n}", hlc, COURSE, status, T0))
            replay.apply(session, store.owner, RatingSet(f"r{n}", hlc, COURSE, stars, None, T0))
        session.flush()
        enrollment = session.exec(select(Enrollment)).one()
        rating = session.exec(select(CourseRating)).one()
        return enrollment.status, rating.rating


@LOCAL
@given(writes, st.randoms(use_true_random=False))
def test_the_greatest_stamp_wins_in_any_order(
    store: LearnerStore, ops: list[tuple[str, str, int]], rnd: object
) -> None:
    _hlc, status, stars = max(ops)
    shuffled = list(ops)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _replayed(store, shuffled) == (status, stars)


def test_an_older_or_repeated_op_changes_nothing(store: LearnerStore) -> None:
    newer = ("1764000000002-000000-dev-b", "unenrolled", 2)
    older = ("1764000000001-000000-dev-a", "active", 5)
    for order in itertools.permutations([newer, older, newer]):
        assert _replayed(store, list(order)) == ("unenrolled", 2)
