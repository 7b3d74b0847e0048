"""Settlements and fighting: the side of a place's point at both ends, its
distance to the Russian-held edge, the front line through a region."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import shapely
from shapely.geometry import Point

from ..geo.area import to_equal_area
from ..instants import end_of_day
from ..model import (
    GREY,
    RU_HELD,
    Place,
    Verdict,
)
from ..store.base import Store
from ..verify import (
    CONTESTED,
    RU,
    UA,
    Outcome,
    fighting_verdict,
    holding_verdict,
    settlement_verdict,
)
from .options import COVER_WINDOW_DAYS, CheckOptions
from .regions import is_settlement
from .results import ClaimCheck, rnd


class SettlementChecks:
    """The settlement and fighting checks of a :class:`~.measure.SourceChecker`
    (a mixin: it uses the checker's ``cache``, ``tl``, ``opts`` and ``source``)."""

    source: str
    opts: CheckOptions
    cache: Any
    tl: Any

    def unverifiable(self, cc: ClaimCheck, reason: str, **evidence: Any) -> Verdict:
        raise NotImplementedError  # the checker's

    def _side(self, key: str, pt) -> tuple[str, float | None]:
        ru = self.cache.raw(key, RU_HELD)
        grey = self.cache.raw(key, GREY)
        if grey is not None and not grey.is_empty and grey.contains(pt):
            side = CONTESTED
        elif ru is not None and not ru.is_empty and ru.contains(pt):
            side = RU
        else:
            side = UA
        dist = None
        if ru is not None and not ru.is_empty:
            dist = float(shapely.distance(ru.boundary, pt)) / 1000.0
        return side, dist

    def _points(self, cc, t0, t1, a, b, snaps) -> Verdict:
        claim = cc.claim
        pts = [(p, _point(p)) for p in cc.places if is_settlement(p)]
        pts = [(p, g) for p, g in pts if g is not None]
        if not pts:
            n = claim.extra.get("settlements_count")
            why = (
                f"a count of {n} settlements without their names cannot be placed"
                if n and not cc.places
                else "no settlement resolved to a point on the map"
            )
            return self.unverifiable(cc, why, snapshots=snaps)
        holding = bool(claim.extra.get("holding"))
        per_place, outcomes = [], []
        for p, g in pts:
            before, d0 = self._side(a.key, g)
            after, d1 = self._side(b.key, g)
            if holding:
                o = holding_verdict(after, claim.gainer)
            else:
                o = settlement_verdict(
                    before, after, claim.gainer, negated=bool(claim.negated)
                )
            lagged = None
            if o.verdict == "not visible" and not holding:
                lagged = self._point_lag(g, before, claim, t1)
            outcomes.append(o)
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "side_start": before,
                    "side_end": after,
                    "edge_distance_km_end": rnd(d1, 2),
                    "verdict": o.verdict,
                    "reason": o.reason,
                    "lag": lagged,
                }
            )
        verdicts = [o.verdict for o in outcomes]
        if all(v == verdicts[0] for v in verdicts):
            verdict = verdicts[0]
        elif "consistent" in verdicts:
            verdict = "overstated"
        else:
            verdict = verdicts[0]
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        lag_notes = [pp["lag"] for pp in per_place if pp["lag"]]
        if lag_notes:
            reason += "; " + "; ".join(lag_notes)
        return Verdict(
            cc.index,
            self.source,
            verdict,
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "side of the settlement's point at start and end",
            },
        )

    def _point_lag(self, pt, before, claim, t1) -> str | None:
        assert self.tl is not None
        for k in range(1, self.opts.lag_days + 1):
            info = self.tl.at(t1 + timedelta(days=k))
            if info is None:
                continue
            side, _ = self._side(info.key, pt)
            o = settlement_verdict(before, side, claim.gainer)
            if o.verdict == "consistent":
                return (
                    f"the change appears on the map only later (+{k} d, "
                    f"{info.time:%Y-%m-%d})"
                )
        return None

    # fighting ----------------------------------------------------------------
    def _fighting(self, cc, b, t1, snaps) -> Verdict:
        pts = [(p, _point(p)) for p in cc.places if is_settlement(p)]
        pts = [(p, g) for p, g in pts if g is not None]
        if not pts:
            if cc.region is not None:
                return self._fighting_region(cc, b, snaps)
            return self.unverifiable(
                cc, "no place resolved to a point on the map", snapshots=snaps
            )
        per_place, best = [], None
        for p, g in pts:
            side, dist = self._side(b.key, g)
            o = fighting_verdict(dist, side == CONTESTED)
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "side_end": side,
                    "edge_distance_km": rnd(dist, 2),
                    "verdict": o.verdict,
                    "reason": o.reason,
                }
            )
            if best is None or (
                o.verdict == "consistent" and best.verdict != o.verdict
            ):
                best = o
        assert best is not None
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        return Verdict(
            cc.index,
            self.source,
            best.verdict,
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "place in the grey zone or near the Russian-held edge",
            },
        )

    def _fighting_region(self, cc, b, snaps) -> Verdict:
        region = cc.region
        ru = self.cache.clipped(b.key, RU_HELD, region)
        grey = self.cache.clipped(b.key, GREY, region)
        line_km = 0.0
        if ru is not None and not ru.is_empty and region.projected is not None:
            edge = shapely.intersection(
                ru.boundary, shapely.buffer(region.projected, -1.0)
            )
            line_km = float(edge.length) / 1000.0
        grey_km2 = 0.0 if grey is None else float(grey.area) / 1e6
        if line_km > 0 or grey_km2 > 0:
            o = Outcome(
                "consistent",
                f"the front line runs {line_km:.1f} km through the region"
                + (f", grey zone {grey_km2:.1f} km²" if grey_km2 else ""),
            )
        else:
            o = Outcome("not visible", "no front line or grey zone in the region")
        return Verdict(
            cc.index,
            self.source,
            o.verdict,
            o.reason,
            evidence={
                "snapshots": snaps,
                "line_km": rnd(line_km),
                "grey_km2": rnd(grey_km2),
                "region": region.description,
            },
        )


def _point(p: Place):
    if p.lat is None or p.lon is None:
        return None
    return to_equal_area(Point(float(p.lon), float(p.lat)), densify=False)


class FrontDistance:
    """Distance (km) from a point to the Russian-held edge on a stored map, for
    telling homonymous villages apart (the one at the front is meant)."""

    def __init__(self, store: Store, sources: Iterable[str]) -> None:
        self.store = store
        self.sources = list(sources)
        self._edges: dict[tuple[str, str], Any] = {}

    def at(self, day: date) -> Callable[[float, float], float] | None:
        when = end_of_day(day)
        for source in self.sources:
            info = self.store.snapshot_at(source, when)
            if info is None or RU_HELD not in info.layers:
                continue
            if (when - info.time) > timedelta(days=COVER_WINDOW_DAYS):
                continue
            key = (source, info.key)
            if key not in self._edges:
                geom = self.store.load(source, info.key, [RU_HELD]).geometries.get(
                    RU_HELD
                )
                if geom is None or geom.is_empty:
                    continue
                edge = geom.boundary
                shapely.prepare(edge)
                self._edges[key] = edge
            edge = self._edges[key]

            def distance(lon: float, lat: float, edge=edge) -> float:
                pt = to_equal_area(Point(lon, lat), densify=False)
                return float(shapely.distance(edge, pt)) / 1000.0

            return distance
        return None
