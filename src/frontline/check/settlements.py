"""Settlements and fighting: the side of a place's point at both ends, its
distance to the contact line, the front line through a region."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import shapely
from shapely.geometry import Point

from ..geo.area import to_equal_area
from ..instants import end_of_day
from ..model import (
    ALREADY,
    CONSISTENT,
    GREY,
    NOT_VISIBLE,
    OVERSTATED,
    RU_HELD,
    Place,
    Verdict,
)
from ..places.footprint import match_extent, settlement_footprint
from ..store.base import Store
from ..verify import (
    CONTESTED,
    MOST,
    PART_MIN,
    RU,
    UA,
    Outcome,
    Shares,
    already_since,
    any_place_verdict,
    combine_places,
    fighting_verdict,
    front_in_region_verdict,
    late_on_the_map,
    position_outcome,
    settlement_verdict,
)
from .footprints import contact_of, osm_extents, ukraine_land
from .options import COVER_WINDOW_DAYS, CheckOptions
from .regions import is_settlement
from .results import ClaimCheck, rnd

_FIRST: dict[tuple, str | None] = {}
"""First appearance of a settlement's change, per source, footprint, gainer
and start snapshot (the search back loads many snapshots: done once)."""


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
        line = self._contact(key)
        if line is not None and not line.is_empty:
            dist = float(shapely.distance(line, pt)) / 1000.0
        return side, dist

    def _contact(self, key: str):
        """The contact line of snapshot ``key``."""
        ru = self.cache.raw(key, RU_HELD)
        return contact_of(self.source, key, ru, ukraine_land(self.opts.mirror))

    def _shares(self, key: str, fp) -> Shares:
        """Shares of the footprint ``fp`` (equal-area) held by Russia and grey."""
        total = float(fp.area) or 1.0
        out = []
        for layer in (RU_HELD, GREY):
            g = self.cache.raw(key, layer)
            if g is None or g.is_empty or not shapely.intersects(g, fp):
                out.append(0.0)
                continue
            out.append(float(shapely.intersection(g, fp).area) / total)
        return Shares(min(out[0], 1.0), min(out[1], 1.0))

    def _footprint(self, p: Place):
        """(equal-area footprint, how it was made) of a resolved settlement."""
        best = p.candidates[0] if p.candidates else {}
        names = [p.name, p.resolved_name or "", best.get("name_uk") or ""]
        extent = match_extent(
            names, float(p.lat), float(p.lon), osm_extents(self.opts.mirror)
        )
        geom, how = settlement_footprint(
            float(p.lat), float(p.lon), best.get("population"), extent
        )
        return to_equal_area(geom), how

    def _points(self, cc, t0, t1, a, b, snaps) -> Verdict:
        claim = cc.claim
        pts = [p for p in cc.places if is_settlement(p) and _point(p) is not None]
        if not pts:
            n = claim.extra.get("settlements_count")
            why = (
                f"a count of {n} settlements without their names cannot be placed"
                if n and not cc.places
                else "no settlement resolved to a point on the map"
            )
            return self.unverifiable(cc, why, snapshots=snaps)
        flags = {
            "negated": bool(claim.negated),
            "partial": bool(claim.extra.get("partial")),
            "holding": bool(claim.extra.get("holding")),
        }
        per_place, outcomes = [], []
        for p in pts:
            coarse = position_outcome(_precision(p))
            if coarse is not None:
                outcomes.append(coarse)
                per_place.append(_unplaced(p, coarse))
                continue
            fp, how = self._footprint(p)
            s0, s1 = self._shares(a.key, fp), self._shares(b.key, fp)
            o = settlement_verdict(s0, s1, claim.gainer, **flags)
            first = None
            if o.verdict == ALREADY:
                memo = (self.source, fp.wkb, claim.gainer, flags["partial"], a.key)
                memo += (len(self.tl.infos),)  # a re-synced archive: search again
                if memo not in _FIRST:
                    _FIRST[memo] = self._first_held(
                        fp, claim.gainer, a, flags["partial"]
                    )
                first = _FIRST[memo]
                o = already_since(o, first)
            elif o.verdict in (NOT_VISIBLE, OVERSTATED) and not any(flags.values()):
                o = self._late(fp, s0, claim.gainer, t1, o)
            outcomes.append(o)
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "footprint": how,
                    "footprint_km2": rnd(float(fp.area) / 1e6, 2),
                    "shares_start": _shares_json(s0),
                    "shares_end": _shares_json(s1),
                    "first_on_map": first,
                    "verdict": o.verdict,
                    "reason": o.reason,
                }
            )
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        return Verdict(
            cc.index,
            self.source,
            combine_places([o.verdict for o in outcomes]),
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "share of the settlement's area held by each side at "
                "start and end (captured = the gainer holds most of it at the "
                "end and did not at the start)",
            },
        )

    def _held(self, info, fp, gainer: str, partial: bool) -> bool:
        share = self._shares(info.key, fp).of(gainer)
        return share >= PART_MIN if partial else share > MOST

    def _first_held(self, fp, gainer: str, a, partial: bool) -> str | None:
        """The first snapshot (date) from which the gainer holds the
        settlement continuously up to the start: searched back through the
        whole stored archive (doubling steps, then bisection)."""
        assert self.tl is not None
        infos = self.tl.infos
        hi = next(i for i, info in enumerate(infos) if info.key == a.key)
        step, lo = 1, None
        while lo is None:
            j = hi - step
            if j < 0:
                if not self._held(infos[0], fp, gainer, partial):
                    lo = 0
                    break
                return None  # held since before the archive starts
            if self._held(infos[j], fp, gainer, partial):
                hi, step = j, step * 2
            else:
                lo = j
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self._held(infos[mid], fp, gainer, partial):
                hi = mid
            else:
                lo = mid
        if infos[hi].time - infos[lo].time > timedelta(days=2):  # a sparse archive
            return f"{infos[hi].time:%Y-%m-%d} (not yet on {infos[lo].time:%Y-%m-%d})"
        return f"{infos[hi].time:%Y-%m-%d}"

    def _late(self, fp, s0: Shares, gainer, t1, o: Outcome) -> Outcome:
        """The change shown within the lag window after the end: consistent."""
        assert self.tl is not None
        seen = set()
        for k in range(1, self.opts.lag_days + 1):
            info = self.tl.at(t1 + timedelta(days=k))
            if info is None or info.key in seen:
                continue
            seen.add(info.key)
            later = settlement_verdict(s0, self._shares(info.key, fp), gainer)
            if later.verdict == CONSISTENT:
                return late_on_the_map(o, k, f"{info.time:%Y-%m-%d}")
        return o

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
        per_place, outcomes = [], []
        for p, g in pts:
            side, dist = self._side(b.key, g)
            o = fighting_verdict(dist, side == CONTESTED, precision_km=_precision(p))
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "side_end": side,
                    "contact_line_km": rnd(dist, 2),
                    "verdict": o.verdict,
                    "reason": o.reason,
                }
            )
            outcomes.append(o)
        best = any_place_verdict(outcomes)
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        return Verdict(
            cc.index,
            self.source,
            best.verdict,
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "place in the grey zone or near the contact line",
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
        o = front_in_region_verdict(line_km, grey_km2)
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


def _shares_json(s: Shares) -> dict[str, float | None]:
    return {"RU": rnd(s.ru, 3), "grey": rnd(s.grey, 3), "UA": rnd(s.of(UA), 3)}


def _precision(p: Place) -> float | None:
    """How precisely (km) the gazetteer places the resolved settlement."""
    best = p.candidates[0] if p.candidates else {}
    value = best.get("precision_km") if isinstance(best, dict) else None
    return None if value is None else float(value)


def _unplaced(p: Place, o: Outcome) -> dict[str, Any]:
    """The evidence of a settlement whose position is too coarse to judge."""
    return {
        "place": p.resolved_name or p.name,
        "lat": p.lat,
        "lon": p.lon,
        "precision_km": _precision(p),
        "verdict": o.verdict,
        "reason": o.reason,
    }


def _point(p: Place):
    if p.lat is None or p.lon is None:
        return None
    return to_equal_area(Point(float(p.lon), float(p.lat)), densify=False)


class FrontDistance:
    """Distance (km) from a point to the contact line on a stored map, for
    telling homonymous villages apart (the one at the front is meant)."""

    def __init__(self, store: Store, sources: Iterable[str], inner=None) -> None:
        """``inner``: Ukraine's outline shrunk for the contact line
        (:func:`frontline.geo.contact.interior`); None = the held area's edge."""
        self.store = store
        self.sources = list(sources)
        self.inner = inner
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
                edge = contact_of(source, info.key, geom, self.inner)
                self._edges[key] = edge
            edge = self._edges[key]

            def distance(lon: float, lat: float, edge=edge) -> float:
                pt = to_equal_area(Point(lon, lat), densify=False)
                return float(shapely.distance(edge, pt)) / 1000.0

            return distance
        return None
