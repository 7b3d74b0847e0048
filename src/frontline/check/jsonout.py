"""A checked document as JSON: one object with the document, its claims,
the measurements, the verdicts, the ledger checks, notes and attribution."""

from __future__ import annotations

from typing import Any

from .. import ATTRIBUTION
from ..model import Place, Verdict
from .results import DocumentCheck, rnd


def verdict_json(v: Verdict) -> dict[str, Any]:
    return {
        "claim_index": v.claim_index,
        "source": v.source,
        "verdict": v.verdict,
        "reason": v.reason,
        "claimed_km2": v.claimed,
        "measured_km2": v.measured,
        "tolerance": v.tolerance,
        "evidence": v.evidence,
    }


def _place_json(p: Place) -> dict[str, Any]:
    return {
        "name": p.name,
        "resolved": p.resolved_name,
        "lat": rnd(p.lat, 5),
        "lon": rnd(p.lon, 5),
        "score": rnd(p.score),
        "gazetteer": p.gazetteer,
        "oblast": (p.candidates[0].get("oblast") if p.candidates else None),
    }


def document_json(result: DocumentCheck) -> dict[str, Any]:
    """One object: document, claims, measurements, verdicts (+ notes, ledger)."""
    from ..query import measurement_json

    claims, measurements, verdicts = [], [], []
    for cc in result.claims:
        claims.append(
            {
                "index": cc.index,
                "claim": cc.record,
                "period": {
                    "start": cc.period.start.isoformat() if cc.period.start else None,
                    "end": cc.period.end.isoformat() if cc.period.end else None,
                    "how": cc.period.how,
                    "anchor": cc.period.anchor,
                },
                "region": {
                    "description": cc.region.description,
                    "kind": cc.region.kind,
                    "params": cc.region.params,
                    "area_km2": rnd(cc.region.area_km2),
                }
                if cc.region
                else None,
                "region_note": cc.region_note,
                "places": [_place_json(p) for p in cc.places],
                "verdicts": {v.source: v.verdict for v in cc.verdicts},
            }
        )
        for v in cc.verdicts:
            verdicts.append(verdict_json(v))
            for m in v.measurements:
                mj = measurement_json(m)
                mj["claim_index"] = cc.index
                mj["region"] = {
                    k: mj["region"][k] for k in ("description", "kind", "area_km2")
                }
                measurements.append(mj)
    return {
        "document": result.document,
        "sources": result.sources,
        "claims": claims,
        "measurements": measurements,
        "verdicts": verdicts,
        "ledger": result.consistency,
        "notes": result.notes,
        "attribution": {
            **{s: ATTRIBUTION.get(s, s) for s in result.sources},
            "places": sorted(
                {
                    line
                    for cc in result.claims
                    if cc.region is not None
                    for line in cc.region.provenance
                }
                | (
                    {ATTRIBUTION["geonames"]}
                    if any(p.gazetteer for cc in result.claims for p in cc.places)
                    else set()
                )
            ),
        },
    }
