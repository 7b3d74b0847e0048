"""The "published totals" reading: a nationwide area claim judged on a
published daily-area series of a map (:mod:`frontline.sources.area_series`),
one verdict per series, beside the verdicts measured on the maps' shapes.

The reading is the net change of the series' counted layers (summed) between
the period's ends; a holding claim ("Russia controls N km²") reads their sum
at the end. The rules are those of :mod:`frontline.verify`, unchanged. A
claim bounded to a region cannot be read on totals of the whole map
(:func:`totals_apply` says why), and gets no such verdict.
"""

from __future__ import annotations

from typing import Any

from ..model import UNVERIFIABLE, Verdict
from ..sources.area_series import AreaSeries, SeriesGap
from ..verify import (
    EXACT,
    RU,
    UA,
    Outcome,
    Tolerance,
    area_verdict,
    claim_bound,
    figureless_verdict,
    holding_area_verdict,
)
from .periods import period_instants
from .results import ClaimCheck, rnd

BOUNDED = (
    "published totals are for the whole map; a claim bounded to a region "
    "cannot be judged on them"
)


def totals_apply(cc: ClaimCheck) -> str | None:
    """None when the claim can be read on published totals, else why not.

    Only area claims whose region is the whole map (nationwide) can.
    """
    if cc.claim.kind != "area_change":
        return "only area claims are read on published totals"
    if cc.region is None or cc.region.kind != "all":
        return BOUNDED
    return None


def totals_verdict(cc: ClaimCheck, series: AreaSeries, tol: Tolerance) -> Verdict:
    """The claim's verdict on one published series (see module doc)."""
    claim, spec = cc.claim, series.spec
    layers = spec.counted
    counted = " + ".join(spec.layers.get(k, k) for k in layers)
    evidence: dict[str, Any] = {
        "series": spec.name,
        "attribution": spec.attribution,
        "layers": list(layers),
        "layers_counted": counted,
    }
    has_figure = claim.area_km2 is not None
    holding = bool(claim.extra.get("holding"))
    bound = claim_bound(claim) if has_figure else EXACT

    def verdict(outcome: Outcome, measured: float | None = None) -> Verdict:
        return Verdict(
            cc.index,
            spec.name,
            outcome.verdict,
            outcome.reason,
            claimed=float(claim.area_km2) if has_figure else None,
            measured=rnd(measured),
            tolerance=tol.describe(bound) if has_figure else None,
            evidence=evidence,
        )

    if not cc.period.ok:
        return verdict(Outcome(UNVERIFIABLE, f"no period: {cc.period.how}"))
    if claim.gainer not in (RU, UA):
        return verdict(
            Outcome(
                UNVERIFIABLE,
                f"{spec.name} counts Russian-held area; the claim names no side",
            )
        )
    if holding and claim.gainer != RU:
        return verdict(
            Outcome(UNVERIFIABLE, "a held area of the Ukrainian side is not counted")
        )
    t0, t1 = period_instants(cc.period)
    got = series.change(layers, t0, t1)
    if isinstance(got, SeriesGap):
        return verdict(Outcome(UNVERIFIABLE, f"a gap in the series: {got.reason}"))
    net = got.end_km2 - got.start_km2
    value = got.end_km2 if holding else (net if claim.gainer == RU else -net)
    evidence["totals"] = {
        "start_day": got.start_day,
        "end_day": got.end_day,
        "start_km2": rnd(got.start_km2),
        "end_km2": rnd(got.end_km2),
        "net_change_km2": rnd(net),
    }
    what = "held at the end" if holding else "net change"
    label = f"{what} of {counted} ({got.start_day} → {got.end_day})"
    if holding and has_figure:
        out = holding_area_verdict(float(claim.area_km2), [value], tol, labels=[label])
    elif has_figure:
        out = area_verdict(
            float(claim.area_km2),
            [value],
            tol,
            bound=bound,
            negated=bool(claim.negated),
            labels=[label],
        )
    else:
        out = figureless_verdict([value], negated=bool(claim.negated))
    reason = f"{out.reason}; on {spec.name}: {label}"
    return verdict(Outcome(out.verdict, reason), value)


def totals_verdicts(
    ccs: list[ClaimCheck], series: list[AreaSeries], tol: Tolerance
) -> list[str]:
    """Append a verdict per series to every nationwide area claim (in place);
    the names of the series that gave one."""
    used: list[str] = []
    for cc in ccs:
        if totals_apply(cc) is not None:
            continue
        for s in series:
            cc.verdicts.append(totals_verdict(cc, s, tol))
            if s.spec.name not in used:
                used.append(s.spec.name)
    return used
