"""Parsing user-given instants. All instants are UTC; a bare date = end of day.

Every instant a user or a data file gives must lie in :data:`FIRST_DAY` …
today + :data:`FUTURE_SLACK` (the war's control maps begin in 2014; nothing is
known about tomorrow): anything else is a one-line error naming the option or
file, never an overflow deep inside the engines.

>>> parse_instant("2023-08-13").isoformat()
'2023-08-13T23:59:59.999999+00:00'
>>> parse_instant("2023-08-13T12:00").isoformat()
'2023-08-13T12:00:00+00:00'
>>> parse_instant("9999-12-31", what="--to")
Traceback (most recent call last):
...
frontline.errors.FrontlineError: --to: 9999-12-31 is after tomorrow (frontline \
knows instants from 2014-01-01 to today + 1 day, UTC)
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from .errors import FrontlineError

UTC = UTC
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# The range of instants frontline accepts: control maps of the war start in
# 2014; a day of slack after today covers clocks and time zones ahead of UTC.
FIRST_DAY = date(2014, 1, 1)
FUTURE_SLACK = timedelta(days=1)


def end_of_day(d: date) -> datetime:
    return datetime.combine(d, time.max, tzinfo=UTC)


def start_of_day(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def last_day() -> date:
    """The last day an instant may fall on: today (UTC) + :data:`FUTURE_SLACK`."""
    return datetime.now(UTC).date() + FUTURE_SLACK


def _range_text() -> str:
    return f"frontline knows instants from {FIRST_DAY} to today + 1 day, UTC"


def check_day(d: date, *, what: str, shown: str | None = None) -> date:
    """``d`` if it lies in the accepted range, else a FrontlineError.

    >>> check_day(date(1970, 1, 1), what="id 0")
    Traceback (most recent call last):
    ...
    frontline.errors.FrontlineError: id 0: 1970-01-01 is before 2014-01-01 \
(frontline knows instants from 2014-01-01 to today + 1 day, UTC)
    """
    shown = shown or d.isoformat()
    if d < FIRST_DAY:
        raise FrontlineError(
            f"{shown} is before {FIRST_DAY} ({_range_text()})", where=what
        )
    if d > last_day():
        raise FrontlineError(f"{shown} is after tomorrow ({_range_text()})", where=what)
    return d


def check_instant(t: datetime, *, what: str, shown: str | None = None) -> datetime:
    """``t`` (aware) if its UTC day lies in the accepted range, else an error."""
    check_day(t.astimezone(UTC).date(), what=what, shown=shown or t.isoformat())
    return t


def parse_instant(text: str, *, what: str = "time") -> datetime:
    """ISO date (end of that UTC day) or datetime (naive = UTC), in range."""
    s = str(text).strip()
    try:
        if _DATE.match(s):
            return check_instant(end_of_day(date.fromisoformat(s)), what=what, shown=s)
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        dt = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    except OverflowError:  # an offset pushing year 1 or 9999 off the calendar
        raise FrontlineError(
            f"{s} is off the calendar ({_range_text()})", where=what
        ) from None
    except ValueError:
        raise FrontlineError(
            f"{s!r} is not an ISO date or datetime (e.g. 2023-08-14)", where=what
        ) from None
    return check_instant(dt, what=what, shown=s)


def parse_day(text: str, *, what: str = "date") -> date:
    """An ISO date (the first 10 characters of a date or datetime), in range."""
    s = str(text).strip()
    try:
        d = date.fromisoformat(s[:10])
    except ValueError:
        msg = f"{text!r} is not an ISO date (YYYY-MM-DD)"
        raise FrontlineError(msg, where=what) from None
    return check_day(d, what=what, shown=s)


def from_unix(seconds: int | float) -> datetime:
    """The UTC instant of Unix ``seconds`` (unchecked: for stored values)."""
    return datetime.fromtimestamp(float(seconds), tz=UTC)


def data_instant_of_unix(seconds: int | float, *, what: str) -> datetime:
    """The instant of Unix ``seconds`` from a data file, checked to be in range.

    >>> data_instant_of_unix(10**12, what="id 1000000000000")
    Traceback (most recent call last):
    ...
    frontline.errors.FrontlineError: id 1000000000000: 1000000000000 is not a \
Unix time in range (frontline knows instants from 2014-01-01 to today + 1 day, UTC)
    """
    lo = start_of_day(FIRST_DAY).timestamp()
    hi = end_of_day(last_day()).timestamp()
    if not lo <= float(seconds) <= hi:
        raise FrontlineError(
            f"{seconds} is not a Unix time in range ({_range_text()})", where=what
        )
    return from_unix(seconds)


# A daily range longer than this is a mistake (12 years of days is 4,383).
MAX_DAYS = 20_000


def day_range(start: date, end: date) -> list[date]:
    """Every day from ``start`` to ``end`` (at most :data:`MAX_DAYS` days)."""
    n = (end - start).days + 1
    if n > MAX_DAYS:
        raise FrontlineError(
            f"{n:,} days from {start} to {end} is more than {MAX_DAYS:,}",
            where="date range",
        )
    return [start + timedelta(days=i) for i in range(n)]
