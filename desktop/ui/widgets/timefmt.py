"""Times as the learner reads them: stored in UTC, shown in the computer's time zone,
written in the learner's language (month names, digits) by ``QLocale``.

The patterns are Qt date formats, translated so a language may order them its
own way ("3 dic 2026"); English reads as it always did ("03 Dec 14:02").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.ui import i18n
from desktop.ui.i18n import translate


def local(when: datetime) -> datetime:
    """Aware times move to the local zone; naive ones are shown as they are."""
    return when.astimezone() if when.tzinfo is not None else when


def _qt(when: datetime) -> QDateTime:
    """The local wall-clock time of ``when`` as Qt holds it (no zone conversion)."""
    shown = local(when)
    return QDateTime(
        QDate(shown.year, shown.month, shown.day),
        QTime(shown.hour, shown.minute, shown.second),
    )


def short(when: datetime) -> str:
    """Like "25 Nov 14:02"."""
    #: A Qt date-time format (QDateTime::toString): day, short month name, 24-hour time.
    pattern = translate("timefmt", "dd MMM HH:mm")
    return QLocale().toString(_qt(when), pattern)


def day(when: datetime) -> str:
    """Like "03 Dec"."""
    #: A Qt date format (QDate::toString): day and short month name.
    pattern = translate("timefmt", "dd MMM")
    return QLocale().toString(_qt(when).date(), pattern)


def clock(when: datetime) -> str:
    """Like "14:02"."""
    #: A Qt time format (QTime::toString): hours and minutes.
    pattern = translate("timefmt", "HH:mm")
    return QLocale().toString(_qt(when).time(), pattern)


def date(when: datetime) -> str:
    """Like "3 Dec 2026" (a day worth remembering: a course completed)."""
    #: A Qt date format (QDate::toString): day, short month name, year.
    pattern = translate("timefmt", "d MMM yyyy")
    return QLocale().toString(_qt(when).date(), pattern)


def duration(seconds: int) -> str:
    """How long something took, by desktop.rules.durations' rule, in the learner's words:
    "40 s" under a minute (never "0 min" beside an entry that says "1 min"), whole
    minutes (rounded down) under an hour, then hours and minutes ("1 h 5 min")."""
    seconds = max(0, int(seconds))
    if seconds == 0:
        return translate("timefmt", "%Ln min", "", 0)
    if seconds < 60:
        return translate("timefmt", "%Ln s", "", seconds)
    minutes = seconds // 60
    if minutes < 60:
        return translate("timefmt", "%Ln min", "", minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return translate("timefmt", "%Ln h", "", hours)
    return translate("timefmt", "{hours} h {minutes} min").format(
        hours=i18n.number(hours), minutes=i18n.number(rest)
    )
