"""The results of a check: one :class:`ClaimCheck` per claim, one
:class:`DocumentCheck` per document, and the small formatters they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..anchors import Period
from ..instants import UTC
from ..model import (
    Claim,
    Place,
    Region,
    Verdict,
)


@dataclass
class ClaimCheck:
    """One claim with its region, period, places and a verdict per source."""

    index: int
    claim: Claim
    record: dict[str, Any]
    period: Period
    region: Region | None
    region_note: str
    places: list[Place]
    verdicts: list[Verdict] = field(default_factory=list)
    alt_regions: list[tuple[str, Region]] = field(default_factory=list)
    front_distance: Any = None  # (lon, lat) → km to the front at the period's end

    @property
    def sector_key(self) -> str:
        from ..store.ledger import sector_key

        if self.region is not None and self.region.kind == "all":
            return "whole map"
        centre = (self.region.params.get("place") if self.region else None) or (
            self.places[0].resolved_name if self.places else None
        )
        return sector_key(centre or self.claim.sector)


@dataclass
class DocumentCheck:
    """The result of checking one document."""

    document: dict[str, Any]
    claims: list[ClaimCheck]
    sources: list[str]
    notes: list[str] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)


def iso(t: datetime | None) -> str | None:
    if t is None:
        return None
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def rnd(x: float | None, nd: int = 4) -> float | None:
    """Rounded for JSON: 4 decimals, so that a 1-decimal display of it
    agrees with the verdict's own wording (no double rounding)."""
    return None if x is None else round(float(x), nd)
