"""How long something took, as a learner reads it: one rule for every screen.

"40 s" under a minute (never "0 min" beside an entry that says "1 min"),
whole minutes (rounded down: never more than was recorded) under an hour,
then hours and minutes.  The pending list, the lesson's "Time on this
lesson" and the course page's lesson lengths all use :func:`duration`.
"""

from __future__ import annotations


def duration(seconds: int) -> str:
    seconds = max(0, int(seconds))
    if seconds == 0:
        return "0 min"
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"
