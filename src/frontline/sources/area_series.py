"""Published daily area figures of a map's layers (figures only, no shapes).

Some projects publish, per day, the area of each layer of a control map.
Each such series is one row of :data:`SERIES`: where it lies under the data
directory (``--mirror``), which of its layers count as Russian-held, who made
the map and who computed the figures. :func:`load_series` reads it into plain
:class:`AreaRecord` rows; :meth:`AreaSeries.change` applies the time rule.

**Time rule.** A row dated D is the map at the end of D (a bare date = end
of that day). "As of T" = the latest day at or before T on which every
counted layer has a value; a missing day (or a day without one of the counted
layers) is a gap, never a zero. An end whose latest value is more than
:data:`MAX_AGE_DAYS` days older than the instant asked for is a gap, and the
change over the span is not given (:class:`SeriesGap` says why).

>>> from frontline.instants import end_of_day
>>> s = AreaSeries(SERIES[0], [
...     AreaRecord(date(2025, 3, 31), "ukraine_control_map", 100.0),
...     AreaRecord(date(2025, 4, 29), "ukraine_control_map", 130.0)])
>>> s.change(("ukraine_control_map",), end_of_day(date(2025, 3, 31)),
...          end_of_day(date(2025, 4, 30)))
SeriesChange(start_day='2025-03-31', end_day='2025-04-29', start_km2=100.0, \
end_km2=130.0)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path

from .. import ATTRIBUTION
from ..errors import FrontlineError
from ..instants import UTC, end_of_day

MAX_AGE_DAYS = 3
"""An end of a span may use a value at most this many days older than asked
(the ISW-derived series misses single days, at most 2 in a row)."""


@dataclass(frozen=True)
class SeriesSpec:
    """One published series: its file, its layers and its provenance."""

    name: str  # the source name its verdicts carry
    path: str  # relative to the data directory
    counted: tuple[str, ...]  # the layers summed as Russian-held
    layers: dict[str, str]  # every layer name → what it is
    attribution: str


SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec(
        name="isw-totals",
        path="control/reference/war-datasets-dashboard/daily_areas.json",
        counted=("ukraine_control_map", "russian_advances", "russian_claimed"),
        layers={
            "ukraine_control_map": "assessed Russian control",
            "russian_advances": "assessed Russian advances",
            "russian_claimed": "claimed Russian control",
            "ukrainian_counteroffensives": "claimed Ukrainian counteroffensives",
            "kursk_russian_advances": "Russian advances in Kursk oblast",
            "partisan_warfare": "partisan warfare",
            "russian_infiltration": "Russian infiltration",
            "ukraine_other": "other",
        },
        attribution=ATTRIBUTION["isw-totals"],
    ),
)
"""Every series frontline reads (add a row for another one)."""


@dataclass(frozen=True)
class AreaRecord:
    """The area of one layer of the map at the end of one day."""

    day: date
    layer: str
    km2: float


@dataclass(frozen=True)
class SeriesChange:
    """The counted area at both ends of a span (the days actually used)."""

    start_day: str
    end_day: str
    start_km2: float
    end_km2: float


@dataclass(frozen=True)
class SeriesGap:
    """Why a span cannot be read on the series."""

    reason: str


@dataclass
class AreaSeries:
    """A loaded series: its spec and its rows."""

    spec: SeriesSpec
    records: list[AreaRecord]

    @cached_property
    def _by_day(self) -> dict[date, dict[str, float]]:
        out: dict[date, dict[str, float]] = {}
        for r in self.records:
            out.setdefault(r.day, {})[r.layer] = r.km2
        return out

    def as_of(self, layers: tuple[str, ...], t: datetime) -> tuple[date, float] | None:
        """(day, sum of ``layers``) of the latest day at or before ``t`` that
        has every layer; None when there is none."""
        t = t.astimezone(UTC)
        last = t.date() if t >= end_of_day(t.date()) else t.date() - timedelta(days=1)
        by_day = self._by_day
        whole = [
            d for d, v in by_day.items() if d <= last and all(k in v for k in layers)
        ]
        if not whole:
            return None
        day = max(whole)
        return day, sum(by_day[day][k] for k in layers)

    def change(
        self, layers: tuple[str, ...], t0: datetime, t1: datetime
    ) -> SeriesChange | SeriesGap:
        """The counted area at ``t0`` and ``t1`` (the time rule above)."""
        ends = []
        for which, t in (("start", t0), ("end", t1)):
            hit = self.as_of(layers, t)
            if hit is None or t.date() - hit[0] > timedelta(days=MAX_AGE_DAYS):
                last = f"latest value {hit[0]}" if hit else "no earlier value"
                return SeriesGap(
                    f"{self.spec.name} has no value within {MAX_AGE_DAYS} days "
                    f"of the {which} ({t.date()}; {last})"
                )
            ends.append(hit)
        (d0, a0), (d1, a1) = ends
        return SeriesChange(d0.isoformat(), d1.isoformat(), a0, a1)


def _record(row: object, where: str) -> AreaRecord:
    try:
        assert isinstance(row, dict)
        km2 = float(row["areaKm2"])
        if not math.isfinite(km2) or km2 < 0:
            raise ValueError
        return AreaRecord(date.fromisoformat(row["date"]), str(row["layerType"]), km2)
    except (AssertionError, KeyError, TypeError, ValueError):
        raise FrontlineError(
            f"not a {{date, layerType, areaKm2 ≥ 0}} row: {str(row)[:80]}", where=where
        ) from None


def read_series(spec: SeriesSpec, path: Path) -> AreaSeries:
    """One series file → :class:`AreaSeries` (a bad row is a FrontlineError)."""
    where = str(path)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FrontlineError(f"cannot read the series: {exc}", where=where) from None
    if not isinstance(rows, list):
        raise FrontlineError("expected a list of daily rows", where=where)
    return AreaSeries(spec, [_record(r, where) for r in rows])


def load_series(data_dir: str | Path | None) -> list[AreaSeries]:
    """Every series of :data:`SERIES` present under ``data_dir`` (none when
    the directory is not given or holds none of them)."""
    if data_dir is None:
        return []
    found = [(s, Path(data_dir) / s.path) for s in SERIES]
    return [read_series(s, p) for s, p in found if p.is_file()]
