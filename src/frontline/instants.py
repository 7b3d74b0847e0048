"""Parsing user-given instants. All instants are UTC; a bare date = end of day.

>>> parse_instant("2023-08-13").isoformat()
'2023-08-13T23:59:59.999999+00:00'
>>> parse_instant("2023-08-13T12:00").isoformat()
'2023-08-13T12:00:00+00:00'
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from .errors import FrontlineError

UTC = UTC
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def end_of_day(d: date) -> datetime:
    return datetime.combine(d, time.max, tzinfo=UTC)


def start_of_day(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def parse_instant(text: str, *, what: str = "time") -> datetime:
    """ISO date (end of that UTC day) or datetime (naive = UTC)."""
    s = str(text).strip()
    try:
        if _DATE.match(s):
            return end_of_day(date.fromisoformat(s))
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise FrontlineError(
            f"{what} {s!r} is not an ISO date or datetime (e.g. 2023-08-14)"
        ) from None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def parse_day(text: str, *, what: str = "date") -> date:
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        msg = f"{what} {text!r} is not an ISO date (YYYY-MM-DD)"
        raise FrontlineError(msg) from None


def from_unix(seconds: int | float) -> datetime:
    return datetime.fromtimestamp(float(seconds), tz=UTC)


def day_range(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]
