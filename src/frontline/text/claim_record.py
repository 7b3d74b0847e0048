"""The JSON record of a claim (``claim_to_record``: the fields of
CONVENTIONS.md plus extras) and the ``restates`` link between claims
carrying the same figure or places (``_link_restatements``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

from typing import Any

from ..model import Claim


def _link_restatements(claims: list[Claim]) -> None:
    """``restates``: index of an earlier claim carrying the same figure/places."""
    buckets: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        if c.kind == "fighting":
            continue
        key = (
            c.kind,
            c.gainer,
            c.negated,
            c.area_km2,
            c.distance_km,
            c.extra.get("settlements_count"),
        )
        seen = buckets.setdefault(key, [])
        for j in reversed(seen[-20:]):
            o = claims[j]
            if c.area_km2 is None and c.distance_km is None:
                a = {p.name[:5].lower() for p in c.places}
                b = {p.name[:5].lower() for p in o.places}
                if not a or not (a & b):
                    continue
            c.restates = o.restates if o.restates is not None else j
            break
        seen.append(i)


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """The JSON record of a claim (fields of CONVENTIONS.md plus extras)."""
    rec: dict[str, Any] = {
        "doc_id": claim.doc_id,
        "kind": claim.kind,
        "quote": claim.quote,
        "char_start": claim.char_start,
        "char_end": claim.char_end,
        "gainer": claim.gainer,
        "area_km2": claim.area_km2,
        "distance_km": claim.distance_km,
        "places": [
            {"name": p.name}
            if p.lat is None
            else {
                "name": p.name,
                "lat": p.lat,
                "lon": p.lon,
                "resolved_name": p.resolved_name,
            }
            for p in claim.places
        ],
        "sector": claim.sector,
        "period_text": claim.period_text,
        "period_start": claim.period_start.isoformat() if claim.period_start else None,
        "period_end": claim.period_end.isoformat() if claim.period_end else None,
        "cumulative": claim.cumulative,
        "claimant": claim.claimant,
        "claimant_role": claim.claimant_role,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "approx": claim.extra.get("approx") or (True if claim.approx else None),
        "restates": claim.restates,
    }
    for k, v in claim.extra.items():
        if k not in rec:
            rec[k] = v
    return rec
