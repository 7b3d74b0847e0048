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
'claimed/measured within 0.8–1.25 (or within 1 km²)'
>>> area_verdict(40, [41.4], tol).verdict
'consistent'
>>> area_verdict(3, [0.0], tol).verdict
'not visible'
>>> area_verdict(10, [2.0], tol).verdict
'overstated'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from .model import (
    ALREADY,
    CONSISTENT,
    NOT_VISIBLE,
    OVERSTATED,
    UNDERSTATED,
    UNVERIFIABLE,
    Measurement,
)

NOT_VISIBLE_KM2 = 0.1
"""Below this (km², in the claimed direction) the map shows no change: redraw
noise of a few hundred metres of line is smaller than this in a sector."""

FIGHTING_NEAR_KM = 5.0
"""A place within this distance of the contact line is "at the line"."""

FIGHTING_FAR_KM = 15.0
"""Beyond this distance from the contact line the map shows no front there."""

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


EXACT = "exact"
LOWER = "lower bound"
UPPER = "upper bound"
ABOUT = "about"

HEDGE_WORDS: dict[str, tuple[str, ...]] = {
    LOWER: (
        "at least",
        "over",
        "more than",
        "above",
        "in excess of",
        "upwards of",
        "exceeding",
        "не менее",
        "не меньше",
        "более",
        "больше",
        "свыше",
        "более чем",
        "понад",
        "більше",
        "більш ніж",
        "щонайменше",
        "не менше",
    ),
    UPPER: (
        "up to",
        "nearly",
        "almost",
        "close to",
        "under",
        "less than",
        "just under",
        "до",
        "почти",
        "менее",
        "меньше",
        "майже",
        "менше",
        "майже до",
    ),
    ABOUT: (
        "about",
        "roughly",
        "some",
        "approximately",
        "around",
        "circa",
        "an estimated",
        "около",
        "примерно",
        "порядка",
        "близько",
        "приблизно",
        "орієнтовно",
    ),
}
"""Words before a claimed figure and the bound they make of it (data: add a
word to a tuple; :func:`figure_bound` reads them)."""

_HEDGE_RE = {
    kind: re.compile(
        r"(?:^|[^\w])(?:"
        + "|".join(re.escape(w) for w in sorted(words, key=len)[::-1])
        + r")\s*[~≈]?\s*$",
        re.IGNORECASE,
    )
    for kind, words in HEDGE_WORDS.items()
}


def figure_bound(text_before_figure: str) -> str:
    """How a figure is meant, from the words just before it.

    >>> figure_bound("liberated more than ")
    'lower bound'
    >>> figure_bound("recaptured nearly ")
    'upper bound'
    >>> figure_bound("took roughly ")
    'about'
    >>> figure_bound("took ")
    'exact'
    """
    tail = text_before_figure[-40:]
    for kind in (LOWER, UPPER, ABOUT):
        if _HEDGE_RE[kind].search(tail):
            return kind
    return EXACT


def claim_bound(claim) -> str:
    """The bound of a claim's figure: the words before the first digit of
    its quote; an ``approx`` claim with no such word is "about".

    >>> from frontline.model import Claim
    >>> claim_bound(Claim("d", "area_change", "more than 260 sq km", 0, 1))
    'lower bound'
    >>> claim_bound(Claim("d", "area_change", "took 20 sq km", 0, 1, approx=True))
    'about'
    """
    quote = claim.quote or ""
    m = re.search(r"\d", quote)
    bound = figure_bound(quote[: m.start()] if m else quote)
    if bound == EXACT and claim.approx:
        return ABOUT
    return bound


@dataclass(frozen=True)
class Tolerance:
    """The claim agrees with a reading when claimed/measured is within
    ``low``–``high`` (or |measured − claimed| ≤ ``abs_km2``, for small
    figures). "about X" keeps this band; "at least X" is a lower bound (only
    claimed/measured above ``high`` disagrees: overstated); "up to X" an upper
    bound (only claimed/measured below ``low`` disagrees: understated).

    >>> Tolerance().agrees(40, 41.4), Tolerance().agrees(40, 30)
    (True, False)
    >>> Tolerance().agrees(260, 600, LOWER), Tolerance().agrees(260, 180, LOWER)
    (True, False)
    >>> Tolerance().agrees(100, 20, UPPER), Tolerance().agrees(100, 140, UPPER)
    (True, False)
    >>> Tolerance().agrees(2, 1.2)
    True
    """

    abs_km2: float = 1.0
    low: float = 0.8
    high: float = 1.25

    def agrees(self, claimed: float, measured: float, bound: str = EXACT) -> bool:
        if abs(measured - claimed) <= self.abs_km2:
            return True
        if measured <= 0:
            return False
        ratio = claimed / measured
        if bound == LOWER:
            return ratio <= self.high
        if bound == UPPER:
            return ratio >= self.low
        return self.low <= ratio <= self.high

    def describe(self, bound: str = EXACT) -> str:
        floor = f" (or within {self.abs_km2:g} km²)"
        if bound == LOWER:
            return f"a lower bound: claimed/measured ≤ {self.high:g}{floor}"
        if bound == UPPER:
            return f"an upper bound: claimed/measured ≥ {self.low:g}{floor}"
        return f"claimed/measured within {self.low:g}–{self.high:g}{floor}"


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
    bound: str = EXACT,
    negated: bool = False,
    labels: Sequence[str] | None = None,
) -> Outcome:
    """Compare a claimed area (km²) with the measured readings.

    ``measured`` holds one figure per reading of the claim (the primary
    region first, then e.g. the whole sector for a flank; gross gain and net
    change of each); the claim is ``consistent`` when it agrees with any of
    them (:meth:`Tolerance.agrees`), and the reason names the reading used.
    ``labels`` names the readings.

    >>> out = area_verdict(40, [28.7, 41.4], labels=["half", "disc"])
    >>> for part in out.reason.split("; "): print(part)
    claimed 40.0 km², measured 28.7–41.4 km²
    agrees with the disc (41.4 km², claimed/measured 0.97)
    >>> area_verdict(3, [6.0]).verdict
    'understated'
    >>> area_verdict(5, [0.0], negated=True).verdict
    'consistent'
    >>> area_verdict(260, [180.0], bound=LOWER).verdict
    'overstated'
    """
    tol = tol or Tolerance()
    if not measured:
        return Outcome(UNVERIFIABLE, "nothing measured")
    labels = (
        list(labels) if labels else [f"reading {i + 1}" for i in range(len(measured))]
    )
    lo, hi = min(measured), max(measured)
    span = f"{_fmt(lo)} km²" if hi - lo < 0.05 else f"{_fmt(lo)}–{_fmt(hi)} km²"
    if negated:
        if hi < NOT_VISIBLE_KM2:
            return Outcome(CONSISTENT, f"the claim denies a change; measured {span}")
        return Outcome(
            UNDERSTATED, f"the claim denies a change but the map shows {span}"
        )
    if hi < NOT_VISIBLE_KM2:
        return Outcome(
            NOT_VISIBLE,
            f"claimed {_fmt(claimed)} km², the map shows no change in that "
            f"direction ({span})",
        )
    head = f"claimed {_fmt(claimed)} km², measured {span}"
    agreeing = [i for i, m in enumerate(measured) if tol.agrees(claimed, m, bound)]
    if agreeing:
        best = min(agreeing, key=lambda i: abs(measured[i] - claimed))
        m = measured[best]
        ratio = f", claimed/measured {claimed / m:.2f}" if m > 0 else ""
        if len(measured) == 1:
            return Outcome(CONSISTENT, f"{head}; agrees ({_fmt(m)} km²{ratio})")
        return Outcome(
            CONSISTENT, f"{head}; agrees with the {labels[best]} ({_fmt(m)} km²{ratio})"
        )
    band = tol.describe(bound)
    if claimed > hi:
        return Outcome(
            OVERSTATED,
            f"{head}; the claim is above every reading (claimed/measured "
            f"{claimed / hi:.2f}; {band})",
        )
    return Outcome(
        UNDERSTATED,
        f"{head}; the map shows more than claimed on every reading ({band})",
    )


def holding_area_verdict(
    claimed: float, held: Sequence[float], tol: Tolerance | None = None, **kw
) -> Outcome:
    """ "Russia controls 1,263 km² of X": the Russian-held area at the end.

    >>> holding_area_verdict(1263, [1300.0]).verdict
    'consistent'
    >>> holding_area_verdict(50, [0.0]).verdict
    'overstated'
    """
    out = area_verdict(claimed, held, tol, **kw)
    if out.verdict == NOT_VISIBLE:
        return Outcome(OVERSTATED, "the map shows no Russian-held area there")
    return Outcome(out.verdict, "held at the end: " + out.reason)


def figureless_verdict(
    measured: Sequence[float], *, what: str = "change", negated: bool = False
) -> Outcome:
    """An advance or area claim without a figure (negated: nothing changed).

    >>> figureless_verdict([0.0], negated=True).verdict
    'consistent'
    >>> figureless_verdict([3.0], negated=True).verdict
    'understated'
    """
    out = change_verdict(measured, what=what)
    if not negated:
        return out
    flip = CONSISTENT if out.verdict == NOT_VISIBLE else UNDERSTATED
    return Outcome(flip, "the claim denies a change; " + out.reason)


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


MOST = 0.5
"""A side holds a settlement when it holds more than this share of its area."""

PART_MIN = 0.05
"""A partial claim ("entered the south of X") needs this much more of the
settlement held by the gainer at the end than at the start."""


@dataclass(frozen=True)
class Shares:
    """Shares of a settlement's area held by Russia and in the grey zone (the
    rest is Ukrainian-held)."""

    ru: float
    grey: float = 0.0

    def of(self, side: str) -> float:
        if side == RU:
            return self.ru
        if side == UA:
            return max(0.0, 1.0 - self.ru - self.grey)
        return self.grey

    def describe(self) -> str:
        return f"RU {self.ru:.0%}, grey {self.grey:.0%}, UA {self.of(UA):.0%}"


def settlement_verdict(
    start: Shares,
    end: Shares,
    gainer: str | None,
    *,
    negated: bool = False,
    partial: bool = False,
    holding: bool = False,
) -> Outcome:
    """Did the settlement change hands the way the claim says, by its area?

    "Captured X": the gainer holds most of X at the end (> :data:`MOST`) and
    did not at the start. "Partly"/"entered X": the gainer's share grew by
    :data:`PART_MIN`. Held at both ends: :data:`~frontline.model.ALREADY`
    (the caller says since when). Holding ("controls X"): most of it at the
    end. A denial: the gainer does not hold most of it at the end.

    >>> settlement_verdict(Shares(0.9), Shares(0.1), "UA").verdict
    'consistent'
    >>> settlement_verdict(Shares(0.9), Shares(0.5, 0.2), "UA").verdict
    'overstated'
    >>> settlement_verdict(Shares(0.0), Shares(0.0), "UA").verdict
    'already on the map'
    >>> settlement_verdict(Shares(0.0), Shares(0.2), "RU", partial=True).verdict
    'consistent'
    >>> settlement_verdict(Shares(0.3), Shares(0.45), "RU", negated=True).verdict
    'consistent'
    """
    if gainer not in (UA, RU):
        return Outcome(UNVERIFIABLE, "the claim does not say which side took it")
    s0, s1 = start.of(gainer), end.of(gainer)
    moved = f"{start.describe()} at the start, {end.describe()} at the end"
    if holding:
        if s1 > MOST:
            return Outcome(CONSISTENT, f"{gainer} holds {s1:.0%} at the end")
        return Outcome(OVERSTATED, f"{gainer} holds only {s1:.0%} at the end")
    if negated:
        if s1 <= MOST:
            return Outcome(
                CONSISTENT, f"the claim denies its capture; {gainer} holds {s1:.0%}"
            )
        return Outcome(
            UNDERSTATED, f"the claim denies its capture but {gainer} holds {s1:.0%}"
        )
    if partial:
        if s1 - s0 >= PART_MIN:
            return Outcome(CONSISTENT, f"{gainer} holds {s0:.0%} → {s1:.0%}; {moved}")
        if s1 >= PART_MIN:
            return Outcome(ALREADY, f"{gainer} already held {s0:.0%}; {moved}")
        return Outcome(NOT_VISIBLE, f"{gainer} holds none of it; {moved}")
    if s1 > MOST and s0 <= MOST:
        return Outcome(CONSISTENT, f"{gainer} holds most of it at the end; {moved}")
    if s1 > MOST:
        return Outcome(ALREADY, f"{gainer} held most of it at the start; {moved}")
    if s1 - s0 >= PART_MIN:
        return Outcome(
            OVERSTATED,
            f"{gainer} took part of it, not most ({s0:.0%} → {s1:.0%}); {moved}",
        )
    if s0 - s1 >= PART_MIN:
        return Outcome(NOT_VISIBLE, f"the map shows it going the other way; {moved}")
    return Outcome(NOT_VISIBLE, f"no change of hands on this map; {moved}")


POINT_PRECISION_KM = 5.0
"""A settlement is judged by its footprint only when the gazetteer places it
to within this distance (GeoNames, OSM and postal points: 0.5–5 km). A
village known only by its hromada's centre (KATOTTG without coordinates,
±10–30 km) is ``unverifiable``: a footprint drawn at a guessed point would
measure some other ground. In the offline gazetteer (../shared/data) the
threshold parts 22,197 of 22,198 point-placed villages from 7,701 of the
7,702 placed only by their hromada."""


def position_outcome(precision_km: float | None) -> Outcome | None:
    """``unverifiable`` when a settlement's position is too coarse to draw
    its footprint (:data:`POINT_PRECISION_KM`), else None (judge it).

    >>> position_outcome(1.0) is None
    True
    >>> position_outcome(16.0).verdict
    'unverifiable'
    """
    if precision_km is None or precision_km <= POINT_PRECISION_KM:
        return None
    return Outcome(
        UNVERIFIABLE,
        f"its position is known only to ±{precision_km:.0f} km (the centre of "
        f"its hromada), too coarse to measure its area "
        f"(at most ±{POINT_PRECISION_KM:.0f} km)",
    )


def combine_places(verdicts: Sequence[str]) -> str:
    """One verdict for a claim about several settlements.

    Settlements that cannot be verified (:func:`position_outcome`) do not
    count when others can: the verdict is about those the map can judge
    (the reason lists the others).

    >>> combine_places(["consistent", "already on the map"])
    'consistent'
    >>> combine_places(["consistent", "not visible"])
    'overstated'
    >>> combine_places(["unverifiable", "consistent"])
    'consistent'
    >>> combine_places(["unverifiable", "unverifiable"])
    'unverifiable'
    """
    verdicts = [v for v in verdicts if v != UNVERIFIABLE] or list(verdicts)
    if not verdicts:
        return UNVERIFIABLE
    agree = (CONSISTENT, ALREADY)
    if all(v == verdicts[0] for v in verdicts):
        return verdicts[0]
    if all(v in agree for v in verdicts):
        return CONSISTENT
    if any(v in agree for v in verdicts):
        return OVERSTATED
    return verdicts[0]


def late_on_the_map(outcome: Outcome, days: int, when: str) -> Outcome:
    """A settlement change that appears on the map within the lag window
    after the claim's end agrees with it (maps trail announcements).

    >>> late_on_the_map(Outcome("not visible", "x"), 2, "2024-02-19").verdict
    'consistent'
    """
    return Outcome(
        CONSISTENT,
        f"the map shows it {days} d after the claim ({when}); {outcome.reason}",
    )


def already_since(outcome: Outcome, since: str | None) -> Outcome:
    """Say since when a change was on the map (``since`` = first snapshot
    showing it, searched back through the archive).

    >>> already_since(Outcome("already on the map", "r"), "2025-01-09").reason
    'on the map since 2025-01-09; r'
    """
    if since is None:
        return Outcome(
            outcome.verdict, f"on the map since before the archive; {outcome.reason}"
        )
    return Outcome(outcome.verdict, f"on the map since {since}; {outcome.reason}")


def fighting_verdict(
    distance_km: float | None,
    in_grey: bool,
    *,
    precision_km: float | None = None,
    near_km: float = FIGHTING_NEAR_KM,
    far_km: float = FIGHTING_FAR_KM,
) -> Outcome:
    """Fighting at a place: is it in the grey zone or near the line?

    ``distance_km`` is the distance from the place to the contact line (the
    Russian-held area's edge facing Ukrainian-held land: not the coast, not
    the state border; :mod:`frontline.geo.contact`), None when there is none.
    A place whose position is coarser than :data:`POINT_PRECISION_KM`
    (``precision_km``: a village known by its hromada's centre) is judged on
    the whole span of distances it may lie at: ``consistent`` when all of it
    is within ``far_km``, ``not visible`` when none is, else ``unverifiable``.

    >>> fighting_verdict(1.2, False).verdict
    'consistent'
    >>> fighting_verdict(40.0, False).verdict
    'not visible'
    >>> fighting_verdict(3.0, True, precision_km=16.0).verdict
    'unverifiable'
    """
    if precision_km is not None and precision_km > POINT_PRECISION_KM:
        return _coarse_fighting(distance_km, precision_km, far_km)
    if in_grey:
        return Outcome("consistent", "the place lies in the grey (contested) zone")
    if distance_km is None:
        return Outcome(
            "unverifiable", "the map has no Russian-held area to measure from"
        )
    d = f"{distance_km:.1f} km from the contact line"
    if distance_km <= near_km:
        return Outcome("consistent", f"the place is at the line ({d})")
    if distance_km <= far_km:
        return Outcome("consistent", f"the place is near the line ({d})")
    return Outcome("not visible", f"the place is {d}: no front there on this map")


def _coarse_fighting(distance_km: float | None, p: float, far_km: float) -> Outcome:
    """:func:`fighting_verdict` for a position known only to ±``p`` km."""
    if distance_km is None:
        return Outcome(UNVERIFIABLE, "the map has no Russian-held area to measure from")
    lo, hi = max(0.0, distance_km - p), distance_km + p
    span = (
        f"its position is known only to ±{p:.0f} km (the centre of its "
        f"hromada): {lo:.1f}–{hi:.1f} km from the contact line"
    )
    if hi <= far_km:
        return Outcome(
            CONSISTENT, f"the place is near the line wherever it lies; {span}"
        )
    if lo > far_km:
        return Outcome(NOT_VISIBLE, f"no front there on this map; {span}")
    return Outcome(UNVERIFIABLE, span)


def any_place_verdict(outcomes: Sequence[Outcome]) -> Outcome:
    """Fighting at several places: consistent when it is at any of them;
    otherwise the first place the map can judge decides.

    >>> any_place_verdict([Outcome("not visible", "a"), Outcome("consistent", "b")])
    Outcome(verdict='consistent', reason='b')
    >>> any_place_verdict([Outcome("unverifiable", "a"), Outcome("not visible", "b")])
    Outcome(verdict='not visible', reason='b')
    """
    if not outcomes:
        return Outcome(UNVERIFIABLE, "no place")
    judged = [o for o in outcomes if o.verdict != UNVERIFIABLE] or list(outcomes)
    return next((o for o in judged if o.verdict == CONSISTENT), judged[0])


def front_in_region_verdict(line_km: float, grey_km2: float) -> Outcome:
    """Fighting in a region (no place): does the front run through it?

    >>> front_in_region_verdict(0.0, 0.0).verdict
    'not visible'
    >>> front_in_region_verdict(12.5, 3.0).reason
    'the front line runs 12.5 km through the region, grey zone 3.0 km²'
    """
    if line_km > 0 or grey_km2 > 0:
        grey = f", grey zone {grey_km2:.1f} km²" if grey_km2 else ""
        return Outcome(
            CONSISTENT, f"the front line runs {line_km:.1f} km through the region{grey}"
        )
    return Outcome(NOT_VISIBLE, "no front line or grey zone in the region")


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
