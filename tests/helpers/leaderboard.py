"""Put a test's learner at the top of ``get_leaderboard`` on a shared devserver.

The board lists at most 100 learners, by points.  A brand-new learner has 0
points, so once other tests' learners have earned some (they share the
session's devserver) the newcomer can fall off the board and a test that
looks for it fails for a reason that has nothing to do with what it checks.
Giving the learner more points than anyone has makes it the board's first
row: present means "listed", absent means "left out" (opted out), whoever
else the server holds.
"""

from __future__ import annotations

import psycopg


def make_top_scorer(db_url: str, user_id: str) -> int:
    """Give ``user_id`` one point more than any profile has; returns its points.

    Points move only inside server functions for API callers; this is the
    test's setup, done directly in the database as its owner.
    """
    with psycopg.connect(db_url, autocommit=True) as conn:
        row = conn.execute(
            "update public.profiles set points = "
            "(select coalesce(max(points), 0) + 1 from public.profiles) "
            "where id = %s returning points",
            (user_id,),
        ).fetchone()
    if row is None:
        raise LookupError(f"no profile {user_id} on the devserver")
    return int(row[0])
