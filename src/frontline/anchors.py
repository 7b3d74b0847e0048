"""Named period anchors: where a running total starts, and a claim's period.

"In total, 40 km² have been liberated" says nothing of when the count began;
the reader knows it is the 2023 counteroffensive. frontline keeps a table of
such anchors (``frontline/data/anchors.json``) that users extend or override
with ``$FRONTLINE_HOME/anchors.json`` (same format, matched by ``key``).

>>> from datetime import date
>>> table = default_anchors()
>>> a = find_anchor(table, "since the beginning of the year", date(2024, 5, 2))
>>> a.key, a.start_for(date(2024, 5, 2)).isoformat()
('year-start', '2024-01-01')
>>> find_anchor(table, "in total", date(2023, 8, 14), gainer="UA").key
'counteroffensive-2023'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import FrontlineError

DEFAULT_WINDOW_DAYS = 7
"""A dated event claim with no stated period is checked over the week before."""

EVENT_KINDS = ("settlement_control", "advance")
"""Claims of an event: one stated day means the window of
:data:`DEFAULT_WINDOW_DAYS` up to it (the map may show it days later or
earlier than the announcement), never a zero-length period."""


@dataclass(frozen=True)
class Anchor:
    """One named start: a fixed date, or the start of the year/month."""

    key: str
    label: str
    start: str  # ISO date, "year_start" or "month_start"
    patterns: tuple[re.Pattern[str], ...] = ()
    default: dict[str, Any] = field(default_factory=dict)

    def start_for(self, when: date) -> date:
        """The anchor's start date for a statement made on ``when``."""
        if self.start == "year_start":
            return date(when.year, 1, 1)
        if self.start == "month_start":
            return date(when.year, when.month, 1)
        return date.fromisoformat(self.start)

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)

    def is_default_for(self, when: date, gainer: str | None, names: list[str]) -> bool:
        """Is this the implied start of an unanchored running total?"""
        d = self.default
        if not d:
            return False
        if d.get("gainer") and d["gainer"] != gainer:
            return False
        if d.get("from") and when < date.fromisoformat(d["from"]):
            return False
        if d.get("until") and when > date.fromisoformat(d["until"]):
            return False
        places = [p.lower() for p in d.get("places", [])]
        if places:
            low = " ".join(names).lower()
            return any(p in low for p in places)
        return True


def _parse(entry: dict[str, Any], where: str) -> Anchor:
    try:
        key, start = str(entry["key"]), str(entry["start"])
        if start not in ("year_start", "month_start"):
            date.fromisoformat(start)
        pats = tuple(re.compile(p, re.IGNORECASE) for p in entry.get("patterns", []))
        default = dict(entry.get("default") or {})
        for k in ("from", "until"):
            if k in default:
                date.fromisoformat(default[k])
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise FrontlineError(
            f"anchor {entry!r:.60} is malformed ({exc.__class__.__name__}: {exc}); "
            "each needs 'key', 'start' (ISO date, year_start or month_start) and "
            "valid regex 'patterns'",
            where=where,
        ) from None
    return Anchor(key, str(entry.get("label") or key), start, pats, default)


def parse_anchors(data: Any, where: str = "anchors") -> list[Anchor]:
    """Anchors from the JSON structure (``{"anchors": [...]}`` or a list)."""
    items = data.get("anchors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise FrontlineError("expected a list of anchors", where=where)
    return [_parse(e, where) for e in items if isinstance(e, dict)] if items else []


def default_anchors() -> list[Anchor]:
    """The anchors shipped with frontline."""
    text = resources.files("frontline").joinpath("data/anchors.json").read_text("utf-8")
    return parse_anchors(json.loads(text), "frontline/data/anchors.json")


def load_anchors(user_file: Path | None = None) -> list[Anchor]:
    """Shipped anchors, extended/overridden by ``user_file``.

    ``user_file`` defaults to ``$FRONTLINE_HOME/anchors.json`` when it exists.
    User entries come first so their patterns win.
    """
    table = default_anchors()
    if user_file is None:
        from .config import home

        candidate = home() / "anchors.json"
        user_file = candidate if candidate.exists() else None
    if user_file is None:
        return table
    try:
        data = json.loads(Path(user_file).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FrontlineError(
            f"cannot read anchors ({exc})", where=str(user_file)
        ) from None
    mine = parse_anchors(data, str(user_file))
    keys = {a.key for a in mine}
    return mine + [a for a in table if a.key not in keys]


def find_anchor(
    anchors: list[Anchor],
    text: str,
    when: date,
    *,
    gainer: str | None = None,
    names: list[str] | None = None,
) -> Anchor | None:
    """The anchor named in ``text``, else the default one for the date/gainer.

    Anchors whose start lies after ``when`` are skipped.
    """
    usable = [a for a in anchors if a.start_for(when) <= when]
    for a in usable:
        if a.matches(text):
            return a
    for a in usable:
        if a.is_default_for(when, gainer, names or [text]):
            return a
    return None


@dataclass(frozen=True)
class Period:
    """The period a claim is checked over, and how it was decided."""

    start: date | None
    end: date | None
    how: str
    anchor: str | None = None
    state: bool = False
    """A state on one day (fighting): start and end are the same instant."""

    @property
    def ok(self) -> bool:
        return (
            self.start is not None and self.end is not None and self.start <= self.end
        )


def resolve_period(
    *,
    kind: str,
    period_start: date | None,
    period_end: date | None,
    cumulative: bool,
    published: date | None,
    text: str,
    gainer: str | None = None,
    names: list[str] | None = None,
    anchors: list[Anchor] | None = None,
) -> Period:
    """Decide the period of a claim.

    - a stated start and end are used as they are;
    - a running total (``cumulative``) without a start takes it from the anchor
      named in ``text`` (the claim and its sentence) or the default anchor;
    - an event claim (settlement, advance, area with no figure) with only an
      end takes the :data:`DEFAULT_WINDOW_DAYS` before it;
    - fighting is a state at the end (start = end).

    >>> from datetime import date
    >>> p = resolve_period(kind="area_change", period_start=None,
    ...     period_end=date(2023, 8, 14), cumulative=True,
    ...     published=date(2023, 8, 14), text="In total, 40 square kilometers",
    ...     gainer="UA")
    >>> p.start.isoformat(), p.anchor
    ('2023-06-04', 'counteroffensive-2023')
    """
    anchors = default_anchors() if anchors is None else anchors
    end = period_end or published
    if end is None:
        return Period(None, None, "no date in the claim and no publication date")
    if published and end > published:
        end_note = " (the end is after publication)"
    else:
        end_note = ""
    if kind == "fighting":
        return Period(end, end, f"state at {end.isoformat()}{end_note}", state=True)
    one_day_event = period_start == end and kind in EVENT_KINDS
    if period_start is not None and not (
        (cumulative or one_day_event) and period_start == end
    ):
        if period_start > end:
            return Period(
                None, None, f"period start {period_start} after its end {end}"
            )
        return Period(period_start, end, f"stated period{end_note}")
    if cumulative:
        a = find_anchor(anchors, text, end, gainer=gainer, names=names)
        if a is None:
            return Period(
                None, end, "running total with no start and no anchor that fits"
            )
        return Period(
            a.start_for(end), end, f"running total since {a.label}", anchor=a.key
        )
    if kind == "area_change" and period_end is None:
        a = find_anchor(anchors, text, end, gainer=gainer, names=names)
        if a is not None and a.matches(text):
            return Period(
                a.start_for(end), end, f"since {a.label} (named in the text)", a.key
            )
        return Period(None, end, "no period stated for the area figure")
    start = end - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    if one_day_event:
        why = f"a dated event: the {DEFAULT_WINDOW_DAYS} days up to {end}"
    else:
        why = f"no start stated: the {DEFAULT_WINDOW_DAYS} days up to {end}"
    return Period(start, end, why + end_note)
