"""Verdict rules: a claim's figure against what a map measured. Pure logic.

Every rule here takes plain numbers (km², km, which side held a point) and
returns a :class:`Outcome` — the verdict and a sentence saying why — so the
rules can be read, tested and quoted without touching a map.

The five verdicts (:data:`frontline.model.VERDICTS`):

``consistent``
    the map shows a change that matches the claim within the tolerance;
``overstated``
    the claim is larger than what the map shows (beyond the tolerance);
``understated``
    the claim is smaller than what the map shows (beyond the tolerance);
``not visible``
    the map shows no change in the period (less than
    :data:`NOT_VISIBLE_KM2` in the claimed direction);
``unverifiable``
    no region, no period, no map coverage, or not a measurable kind.

The gainer decides the direction: a Ukrainian gain is Russian-held ground
lost, a Russian gain is Russian-held ground gained.

>>> tol = Tolerance()
>>> tol.describe()
'|measured − claimed| ≤ max(1 km², 25% of claimed)'
>>> area_verdict(40, [41.4], tol).verdict
'consistent'
>>> area_verdict(3, [0.0], tol).verdict
'not visible'
>>> area_verdict(10, [2.0], tol).verdict
'overstated'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .model import Measurement

NOT_VISIBLE_KM2 = 0.1
"""Below this (km², in the claimed direction) the map shows no change: redraw
noise of a few hundred metres of line is smaller than this in a sector."""

FIGHTING_NEAR_KM = 5.0
"""A place within this distance of the Russian-held edge is "at the line"."""

FIGHTING_FAR_KM = 15.0
"""Beyond this distance from the edge the map shows no front at the place."""

MAX_SNAPSHOT_AGE_DAYS = 10.0
"""A snapshot older than this before the requested instant does not cover it."""

# Sides a point can be on in a snapshot.
RU = "RU"
UA = "UA"
CONTESTED = "contested"


@dataclass(frozen=True)
class Outcome:
    """A verdict with the reason in one sentence."""

    verdict: str
    reason: str


@dataclass(frozen=True)
class Tolerance:
    """|measured − claimed| ≤ max(abs_km2, rel × claimed).

    Approximate claims ("about", "more than") get ``approx_rel`` instead.

    >>> Tolerance().allowed(40)
    10.0
    >>> Tolerance().allowed(2)
    1.0
    >>> Tolerance().allowed(40, approx=True)
    14.0
    """

    abs_km2: float = 1.0
    rel: float = 0.25
    approx_rel: float = 0.35

    def allowed(self, claimed: float, *, approx: bool = False) -> float:
        rel = self.approx_rel if approx else self.rel
        return max(self.abs_km2, rel * abs(claimed))

    def describe(self, *, approx: bool = False) -> str:
        rel = self.approx_rel if approx else self.rel
        return (
            f"|measured − claimed| ≤ max({self.abs_km2:g} km², "
            f"{rel * 100:g}% of claimed)"
        )


def directed_change(m: Measurement, gainer: str | None) -> float | None:
    """The change in the gainer's direction: UA gain = Russian-held lost.

    With no gainer, the larger of the two directions.
    """
    if m.ru_gained_km2 is None or m.ru_lost_km2 is None:
        return None
    if gainer == UA:
        return m.ru_lost_km2
    if gainer == RU:
        return m.ru_gained_km2
    return max(m.ru_gained_km2, m.ru_lost_km2)


def opposite_change(m: Measurement, gainer: str | None) -> float | None:
    """The change against the gainer's direction (None without a gainer)."""
    if gainer == UA:
        return m.ru_gained_km2
    if gainer == RU:
        return m.ru_lost_km2
    return None


def _fmt(x: float) -> str:
    return f"{x:,.1f}" if abs(x) >= 0.05 or x == 0 else f"{x:.2f}"


def area_verdict(
    claimed: float,
    measured: Sequence[float],
    tol: Tolerance | None = None,
    *,
    approx: bool = False,
    negated: bool = False,
    labels: Sequence[str] | None = None,
) -> Outcome:
    """Compare a claimed area (km²) with the measured change(s).

    ``measured`` holds the change in the gainer's direction for each
    plausible reading of the claim's region (the primary region first, then
    e.g. the whole sector for a flank); the claim is ``consistent`` when it is
    within the tolerance of any of them. ``labels`` names the readings.

    >>> area_verdict(40, [28.7, 41.4], labels=["half-disc", "disc"]).reason
    'claimed 40.0 km², measured 28.7–41.4 km²; within tolerance of the disc (41.4 km²)'
    >>> area_verdict(3, [6.0]).verdict
    'understated'
    >>> area_verdict(5, [0.0], negated=True).verdict
    'consistent'
    """
    tol = tol or Tolerance()
    if not measured:
        return Outcome("unverifiable", "nothing measured")
    labels = (
        list(labels) if labels else [f"reading {i + 1}" for i in range(len(measured))]
    )
    lo, hi = min(measured), max(measured)
    span = f"{_fmt(lo)} km²" if hi - lo < 0.05 else f"{_fmt(lo)}–{_fmt(hi)} km²"
    if negated:
        if hi < NOT_VISIBLE_KM2:
            return Outcome("consistent", f"the claim denies a change; measured {span}")
        return Outcome(
            "understated", f"the claim denies a change but the map shows {span}"
        )
    if hi < NOT_VISIBLE_KM2:
        return Outcome(
            "not visible",
            f"claimed {_fmt(claimed)} km², the map shows no change in that "
            f"direction ({span})",
        )
    allowed = tol.allowed(claimed, approx=approx)
    best = min(range(len(measured)), key=lambda i: abs(measured[i] - claimed))
    head = f"claimed {_fmt(claimed)} km², measured {span}"
    if abs(measured[best] - claimed) <= allowed:
        if len(measured) == 1:
            return Outcome("consistent", f"{head}; within ±{_fmt(allowed)} km²")
        return Outcome(
            "consistent",
            f"{head}; within tolerance of the {labels[best]} "
            f"({_fmt(measured[best])} km²)",
        )
    if claimed > hi:
        return Outcome(
            "overstated",
            f"{head}; the claim exceeds the map by more than {_fmt(allowed)} km²",
        )
    return Outcome(
        "understated",
        f"{head}; the map shows more than claimed by over {_fmt(allowed)} km²",
    )


def change_verdict(measured: Sequence[float], *, what: str = "change") -> Outcome:
    """A claim of change without a figure (an advance, a region liberated).

    >>> change_verdict([0.0]).verdict
    'not visible'
    >>> change_verdict([2.5]).reason
    'the map shows 2.5 km² of change in the claimed direction'
    """
    if not measured:
        return Outcome("unverifiable", "nothing measured")
    hi = max(measured)
    if hi < NOT_VISIBLE_KM2:
        return Outcome(
            "not visible", f"the map shows no {what} in the claimed direction"
        )
    return Outcome(
        "consistent",
        f"the map shows {_fmt(hi)} km² of {what} in the claimed direction",
    )


def settlement_verdict(
    before: str, after: str, gainer: str | None, *, negated: bool = False
) -> Outcome:
    """Did the settlement's point change side the way the claim says?

    ``before``/``after`` are :data:`RU`, :data:`UA` or :data:`CONTESTED`
    (the side whose area holds the point in the start and end snapshots).

    >>> settlement_verdict("RU", "UA", "UA").verdict
    'consistent'
    >>> settlement_verdict("RU", "contested", "UA").verdict
    'overstated'
    >>> settlement_verdict("UA", "UA", "UA").verdict
    'not visible'
    """
    if gainer not in (UA, RU):
        return Outcome("unverifiable", "the claim does not say which side took it")
    other = RU if gainer == UA else UA
    moved = f"the point is {before} at the start and {after} at the end"
    if negated:
        if after == before:
            return Outcome("consistent", f"the claim denies a change; {moved}")
        return Outcome("understated", f"the claim denies a change but {moved}")
    if after == gainer:
        if before == gainer:
            return Outcome(
                "not visible", f"already {gainer}-held at the start; {moved}"
            )
        return Outcome("consistent", moved)
    if after == CONTESTED:
        if before == other:
            return Outcome("overstated", f"{moved} (contested, not taken)")
        return Outcome("not visible", moved)
    if before != other:
        return Outcome("not visible", f"{moved}: the map shows it going the other way")
    return Outcome("not visible", f"{moved}: no change of side on this map")


def holding_verdict(side: str, gainer: str | None) -> Outcome:
    """A "controls X" / "holds X" statement: who holds the point at the end.

    >>> holding_verdict("RU", "RU").verdict
    'consistent'
    """
    if gainer not in (UA, RU):
        return Outcome("unverifiable", "the claim does not say which side holds it")
    if side == gainer:
        return Outcome("consistent", f"the point is {side}-held at the end")
    if side == CONTESTED:
        return Outcome("overstated", "the point is contested (grey zone) at the end")
    return Outcome("overstated", f"the point is {side}-held at the end")


def fighting_verdict(
    distance_km: float | None,
    in_grey: bool,
    *,
    near_km: float = FIGHTING_NEAR_KM,
    far_km: float = FIGHTING_FAR_KM,
) -> Outcome:
    """Fighting at a place: is it in the grey zone or near the line?

    ``distance_km`` is the distance from the place to the edge of the
    Russian-held area (None when the snapshot has none).

    >>> fighting_verdict(1.2, False).verdict
    'consistent'
    >>> fighting_verdict(40.0, False).verdict
    'not visible'
    """
    if in_grey:
        return Outcome("consistent", "the place lies in the grey (contested) zone")
    if distance_km is None:
        return Outcome(
            "unverifiable", "the map has no Russian-held area to measure from"
        )
    d = f"{distance_km:.1f} km from the Russian-held edge"
    if distance_km <= near_km:
        return Outcome("consistent", f"the place is at the line ({d})")
    if distance_km <= far_km:
        return Outcome("consistent", f"the place is near the line ({d})")
    return Outcome("not visible", f"the place is {d}: no front there on this map")


def lag_note(primary: Outcome, lagged: Outcome, lag_label: str) -> str | None:
    """Say when the claimed change only appears on the map later.

    >>> lag_note(Outcome("not visible", ""), Outcome("consistent", ""), "+3 d")
    'the change appears on the map only later (consistent with the end at +3 d)'
    """
    if primary.verdict == lagged.verdict:
        return None
    if primary.verdict in ("not visible", "overstated") and lagged.verdict in (
        "consistent",
        "understated",
    ):
        return (
            f"the change appears on the map only later ({lagged.verdict} with the "
            f"end at {lag_label})"
        )
    return f"with the end at {lag_label} the verdict would be {lagged.verdict}"


def outside_coverage(
    source: str,
    span: tuple[datetime, datetime] | None,
    start: date,
    end: date,
    t0: datetime,
    t1: datetime,
) -> str | None:
    """Why ``source`` cannot cover a claim whose instants lie outside the span
    of its archive (first → last snapshot), in plain words; None when they
    lie inside (a hole in the archive is :func:`coverage_gap`'s business).

    >>> from datetime import date, datetime, UTC
    >>> def at(*ymd): return datetime(*ymd, 21, tzinfo=UTC)
    >>> span = (at(2024, 7, 7), at(2026, 8, 21))
    >>> reason = outside_coverage("deepstate-daily", span, date(2023, 8, 14),
    ...     date(2023, 8, 20), at(2023, 8, 13), at(2023, 8, 20))
    >>> for part in reason.split("; "): print(part)
    deepstate-daily covers 2024-07-07 → 2026-08-21
    the claim's period is 2023-08-14 – 2023-08-20
    >>> outside_coverage("x", span, date(2025, 1, 1), date(2025, 1, 1),
    ...     at(2025, 1, 1), at(2025, 1, 1)) is None
    True
    """
    if span is None:
        return None
    first, last = span
    max_age = timedelta(days=MAX_SNAPSHOT_AGE_DAYS)
    if first <= min(t0, t1) and max(t0, t1) - last <= max_age:
        return None
    when = (
        f"the claim is about {start.isoformat()}"
        if start == end
        else f"the claim's period is {start.isoformat()} – {end.isoformat()}"
    )
    return (
        f"{source} covers {first.astimezone(UTC).date().isoformat()} → "
        f"{last.astimezone(UTC).date().isoformat()}; {when}"
    )


def coverage_gap(requested_age_days: float | None) -> str | None:
    """Why a snapshot does not cover an instant (None when it does).

    >>> coverage_gap(None)
    'no snapshot at or before that time'
    >>> coverage_gap(12.0)
    'the latest snapshot is 12.0 days older than requested (max 10)'
    >>> coverage_gap(0.5) is None
    True
    """
    if requested_age_days is None:
        return "no snapshot at or before that time"
    if requested_age_days > MAX_SNAPSHOT_AGE_DAYS:
        return (
            f"the latest snapshot is {requested_age_days:.1f} days older than "
            f"requested (max {MAX_SNAPSHOT_AGE_DAYS:g})"
        )
    return None
