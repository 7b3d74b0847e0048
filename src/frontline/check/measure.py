"""Per-source measurements of a claim: the area readings, the sensitivity
radii, the lag check, and the verdict (:mod:`frontline.verify`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from shapely.geometry import Point

from ..errors import FrontlineError
from ..geo.area import to_equal_area, to_lonlat
from ..geo.contact import FACING_DEPTH_KM, FACING_KM, front_facing
from ..model import (
    CONSISTENT,
    Measurement,
    Region,
    Verdict,
)
from ..store.base import Store
from ..verify import (
    EXACT,
    FIGHTING_FAR_KM,
    RU,
    UA,
    Outcome,
    area_verdict,
    claim_bound,
    coverage_gap,
    directed_change,
    figureless_verdict,
    holding_area_verdict,
    lag_note,
    opposite_change,
    outside_coverage,
)
from .options import FIT_SHARE, OTHER_LAYERS, CheckOptions
from .periods import period_instants
from .regions import Places, near_region, region_variants
from .results import ClaimCheck, iso, rnd
from .settlements import SettlementChecks


def _coverage(tl: Any, when: datetime) -> tuple[Any, str | None]:
    info = tl.at(when)
    if info is None:
        return None, coverage_gap(None)
    age = (when - info.time).total_seconds() / 86400
    return info, coverage_gap(age)


def _snap_json(info: Any) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"snapshot_id": info.key, "snapshot_time": iso(info.time)}


def _measure_json(m: Measurement) -> dict[str, Any]:
    return {
        "ru_held_start_km2": rnd(m.ru_held_start_km2),
        "ru_held_end_km2": rnd(m.ru_held_end_km2),
        "ru_gained_km2": rnd(m.ru_gained_km2),
        "ru_lost_km2": rnd(m.ru_lost_km2),
        "net_ru_km2": rnd(m.net_ru_km2),
        "grey_start_km2": rnd(m.grey_start_km2),
        "grey_end_km2": rnd(m.grey_end_km2),
    }


_UNSET = object()


class SourceChecker(SettlementChecks):
    """Checks claims on one source; shares a geometry cache across claims."""

    def __init__(
        self,
        store: Store,
        source: str,
        opts: CheckOptions,
        span: Callable[[], tuple[datetime, datetime] | None] | None = None,
    ) -> None:
        """``span`` gives the source's first and last snapshot time (asked
        only when a claim is not covered, to say so plainly); None when
        nothing could be fetched."""
        from .. import query

        self.query = query
        self.store = store
        self.source = source
        self.opts = opts
        self.cache = query.GeometryCache(store, source)
        self._holding = False  # the claim being checked states a held area
        self._span = span
        self._spanned: Any = _UNSET
        try:
            self.tl = query.timeline(store, source)
            self.missing = None
        except FrontlineError:
            self.tl = None
            self.missing = (
                f"no {source} snapshots stored (frontline import/sync them, or "
                "give --mirror DIR with a local copy)"
            )

    def unverifiable(self, cc: ClaimCheck, reason: str, **evidence: Any) -> Verdict:
        return Verdict(
            cc.index,
            self.source,
            "unverifiable",
            reason,
            claimed=cc.claim.area_km2,
            evidence=evidence,
        )

    def check(self, cc: ClaimCheck, places: Places, context: str) -> Verdict:
        claim, period = cc.claim, cc.period
        if self.tl is None and not period.ok and self._span is None:
            return self.unverifiable(cc, f"no map coverage: {self.missing}")
        if not period.ok:
            return self.unverifiable(cc, f"no period: {period.how}")
        t0, t1 = period_instants(period)
        outside = self._outside(period, t0, t1)
        if outside:
            return self.unverifiable(cc, f"no map coverage: {outside}")
        if self.tl is None:
            return self.unverifiable(cc, f"no map coverage: {self.missing}")
        a, gap0 = _coverage(self.tl, t0)
        b, gap1 = _coverage(self.tl, t1)
        snaps = {"start": _snap_json(a), "end": _snap_json(b)}
        if gap0 or gap1:
            which = "start" if gap0 else "end"
            return self.unverifiable(
                cc,
                f"no map coverage at the {which} ({iso(t0 if gap0 else t1)}): "
                f"{gap0 or gap1}",
                snapshots=snaps,
            )
        if claim.kind in ("area_change", "advance"):
            return self._area(cc, places, context, t0, t1, snaps)
        if claim.kind == "settlement_control":
            return self._points(cc, t0, t1, a, b, snaps)
        if claim.kind == "fighting":
            return self._fighting(cc, b, t1, snaps)
        return self.unverifiable(cc, f"not a measurable kind ({claim.kind})")

    def _outside(self, period, t0: datetime, t1: datetime) -> str | None:
        """The plain reason when the period lies outside the source's archive
        (only asked when the map does not cover an instant)."""
        if self._span is None:
            return None
        if self.tl is not None:
            gaps = [_coverage(self.tl, t)[1] for t in (t0, t1)]
            if not any(gaps):
                return None
        if self._spanned is _UNSET:
            self._spanned = self._span()
        return outside_coverage(
            self.source, self._spanned, period.start, period.end, t0, t1
        )

    # area change and advance ------------------------------------------------
    def _directed(self, region: Region, t0: datetime, t1: datetime, gainer):
        m = self.query.measure(
            self.store, self.source, region, t0, t1, cache=self.cache
        )
        if self._holding:  # "Russia controls 1,263 km² of X": the held area
            return m, m.ru_held_end_km2
        return m, directed_change(m, gainer)

    def _area(self, cc, places, context, t0, t1, snaps) -> Verdict:
        claim = cc.claim
        region = cc.region
        if region is None and claim.kind == "advance":
            region = near_region(cc.places)
        if region is None:
            return self.unverifiable(
                cc,
                f"no region: {cc.region_note or 'no place or sector'}",
                snapshots=snaps,
            )
        if claim.kind == "advance":
            region, why = self._toward(region, t1)
            if region is None:
                return self.unverifiable(cc, why, snapshots=snaps)
        gainer = claim.gainer
        self._holding = bool(claim.extra.get("holding")) and claim.kind == "area_change"
        if self._holding and gainer != RU:
            self._holding = False
            return self.unverifiable(
                cc,
                "a held area of the Ukrainian side is not a layer of the maps "
                "(only Russian-held and grey areas are)",
                snapshots=snaps,
            )
        readings, by_radius = region_variants(
            places,
            claim,
            cc.places,
            context,
            region,
            self.opts.radii_km,
            cc.front_distance,
        )
        if (
            claim.kind == "area_change"
            and claim.area_km2 is not None
            and region.kind != "all"
            and float(claim.area_km2) > FIT_SHARE * region.area_km2
        ):
            from ..geo.regions import all_region

            whole = all_region()
            whole.description = "the whole map"
            readings.append(
                (
                    f"the whole map ({float(claim.area_km2):g} km² does not fit in "
                    f"the {region.area_km2:,.0f} km² region)",
                    whole,
                )
            )
        net_too = not self._holding and gainer in (UA, RU)
        measured, labels, reading_json = [], [], []
        primary: Measurement | None = None
        for label, reg in readings:
            m, d = self._directed(reg, t0, t1, gainer)
            if primary is None:
                primary = m
            if d is None:
                continue
            against = opposite_change(m, gainer)
            net = d - against if net_too and against is not None else None
            measured.append(d)
            where = label.removeprefix("the ")
            labels.append(f"gross gain in the {where}" if net_too else label)
            if net is not None:
                measured.append(net)
                labels.append(f"net change in the {where}")
            reading_json.append(
                {
                    "reading": label,
                    "area_km2": rnd(reg.area_km2),
                    "measured_km2": rnd(d),
                    "gross_km2": rnd(d) if net_too else None,
                    "net_km2": rnd(net),
                    "against_km2": rnd(against),
                }
            )
        assert primary is not None
        for label, reg in cc.alt_regions if cc.region is not None else []:
            m, d = self._directed(reg, t0, t1, gainer)
            against = opposite_change(m, gainer)
            reading_json.append(
                {
                    "reading": f"{label}, reported only: {reg.description}",
                    "area_km2": rnd(reg.area_km2),
                    "measured_km2": rnd(d),
                    "net_km2": rnd(d - against)
                    if net_too and d is not None and against is not None
                    else None,
                    "against_km2": rnd(against),
                    "used_for_verdict": False,
                }
            )
        tol = self.opts.tolerance
        has_figure = claim.area_km2 is not None and claim.kind == "area_change"
        bound = claim_bound(claim) if has_figure else EXACT

        def decide(values: list[float], names: list[str]) -> Outcome:
            if has_figure and self._holding:
                return holding_area_verdict(
                    float(claim.area_km2), values, tol, labels=names
                )
            if has_figure:
                return area_verdict(
                    float(claim.area_km2),
                    values,
                    tol,
                    bound=bound,
                    negated=bool(claim.negated),
                    labels=names,
                )
            what = "advance" if claim.kind == "advance" else "change"
            return figureless_verdict(values, what=what, negated=bool(claim.negated))

        if not measured:
            return self.unverifiable(
                cc, f"{self.source} has no Russian-held layer here", snapshots=snaps
            )
        outcome = decide(measured, labels)
        sens = []
        for r, reg in by_radius:
            _, d = self._directed(reg, t0, t1, gainer)
            if d is None:
                continue
            o = decide([d], [f"{r:g} km"])
            sens.append(
                {
                    "radius_km": r,
                    "shape": reg.kind,
                    "measured_km2": rnd(d),
                    "verdict": o.verdict,
                }
            )
        lag = self._lag(readings, t0, t1, gainer, decide, outcome)
        reason = outcome.reason
        against = None if self._holding else opposite_change(primary, gainer)
        if against is not None and against >= 1.0:
            reason += f"; {against:,.1f} km² changed hands the other way in the region"
        if lag.get("note"):
            reason += f"; {lag['note']}"
        if claim.hedged:
            reason += " (the claim is hedged)"
        if cc.region is None or region.kind == "facing":
            reason += f" (region: {region.description})"
        evidence = {
            "snapshots": snaps,
            "figures": _measure_json(primary),
            "direction": "Russian-held area at the end (a holding claim)"
            if self._holding
            else _direction(gainer),
            "readings": reading_json,
            "sensitivity": sens,
            "lag": lag,
            "region": region.description,
        }
        other = self._other_layers(region, primary)
        if other:
            evidence["other_layers"] = other
        return Verdict(
            cc.index,
            self.source,
            outcome.verdict,
            reason,
            claimed=float(claim.area_km2) if has_figure else None,
            measured=rnd(measured[0]),
            tolerance=tol.describe(bound) if has_figure else None,
            measurements=[primary],
            evidence=evidence,
        )

    def _toward(self, region: Region, t1: datetime) -> tuple[Region | None, str]:
        """An advance at/toward a town far behind the line (beyond
        :data:`~frontline.verify.FIGHTING_FAR_KM` from the contact line) is
        measured on the stretch of front facing the town, not around it."""
        p = region.params or {}
        centre = p.get("centre") or p.get("center") or [None, None]
        lat, lon = p.get("lat", centre[0]), p.get("lon", centre[1])
        if region.kind != "disc" or lat is None or lon is None:
            return region, ""
        info = self.tl.at(t1) if self.tl is not None else None
        if info is None:
            return region, ""
        town = to_equal_area(Point(float(lon), float(lat)), densify=False)
        line = self._contact(info.key)
        if line is None or line.is_empty:
            return region, ""
        km = float(line.distance(town)) / 1000.0
        if km <= FIGHTING_FAR_KM:
            return region, ""
        band = front_facing(line, town)
        name = p.get("place") or "the town"
        if band is None:
            return None, (
                f"{name} is {km:.0f} km behind the contact line and no stretch "
                "of front faces it on this map"
            )
        from ..geo.regions import from_lonlat

        facing = from_lonlat(
            to_lonlat(band),
            f"the front facing {name} ({km:.0f} km behind the contact line): "
            f"the line within {FACING_KM:g} km of the way there, "
            f"±{FACING_DEPTH_KM:g} km",
            "facing",
            {"place": name, "town_km_behind": round(km, 1)},
        )
        return facing, ""

    def _other_layers(self, region: Region, m: Measurement) -> dict[str, Any]:
        """Areas of the source's other layers in the region at both ends (ISW's
        claimed Ukrainian counteroffensives, assessed Russian advances, ...)."""
        out: dict[str, Any] = {}
        assert self.tl is not None
        a = self.tl.at(m.start.requested)
        b = self.tl.at(m.end.requested)
        if a is None or b is None:
            return out
        for layer in OTHER_LAYERS:
            if layer not in a.layers and layer not in b.layers:
                continue
            out[layer] = {
                "start_km2": rnd(self.cache.area(a.key, layer, region))
                if layer in a.layers
                else None,
                "end_km2": rnd(self.cache.area(b.key, layer, region))
                if layer in b.layers
                else None,
            }
        return out

    def _lag(self, readings, t0, t1, gainer, decide, outcome) -> dict[str, Any]:
        """Push the end up to lag_days later: when does the change appear?"""
        assert self.tl is not None
        base = self.tl.at(t1)
        steps = []
        seen = {base.key if base else None}
        first_note = last_note = None
        for k in range(1, self.opts.lag_days + 1):
            t = t1 + timedelta(days=k)
            info = self.tl.at(t)
            if info is None or info.key in seen:
                continue
            if (t - info.time) > timedelta(days=2):
                continue
            seen.add(info.key)
            vals, names = [], []
            for label, reg in readings:
                _, d = self._directed(reg, t0, t, gainer)
                if d is not None:
                    vals.append(d)
                    names.append(label)
            if not vals:
                continue
            o = decide(vals, names)
            steps.append(
                {
                    "days": k,
                    "snapshot_id": info.key,
                    "snapshot_time": iso(info.time),
                    "measured_km2": rnd(vals[0]),
                    "verdict": o.verdict,
                }
            )
            note = lag_note(outcome, o, f"+{k} d ({info.time:%Y-%m-%d})")
            if note and first_note is None and o.verdict == CONSISTENT:
                first_note = note
            elif note and o.verdict != CONSISTENT:
                last_note = f"{note} ({rnd(vals[0], 1)} km²)"
            else:
                last_note = None
        if first_note is None:
            first_note = last_note
        return {"max_days": self.opts.lag_days, "steps": steps, "note": first_note}


def _direction(gainer: str | None) -> str:
    if gainer == UA:
        return "Russian-held area lost (Ukrainian gain)"
    if gainer == RU:
        return "Russian-held area gained (Russian gain)"
    return "the larger of Russian-held gained and lost"
