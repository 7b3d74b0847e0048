"""Claim periods: the anchor of a running total, the start and end instants."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..anchors import Anchor, Period, resolve_period
from ..instants import end_of_day
from ..model import (
    Claim,
)
from ..store.ledger import as_day
from .claims import claim_record, sentence_around
from .results import ClaimCheck

if TYPE_CHECKING:
    from ..sources.documents import Document


def period_instants(period: Period) -> tuple[datetime, datetime]:
    """Start = the map state at the end of the day before the period starts;
    end = at the end of the period's last day (a bare date = end of day).

    A state (fighting on a day) is one instant: the end of that day.
    """
    assert period.start is not None and period.end is not None
    if period.state:
        t = end_of_day(period.end)
        return t, t
    return end_of_day(period.start - timedelta(days=1)), end_of_day(period.end)


def plan_periods(
    doc: Document, claims: list[Claim], anchors: list[Anchor]
) -> list[ClaimCheck]:
    """The period of every claim (places and regions come later)."""
    text = doc.text or ""
    published = as_day(doc.published)
    out = []
    for i, claim in enumerate(claims):
        context = sentence_around(text, claim.char_start, claim.char_end)
        names = [p.name for p in claim.places] + (
            [claim.sector] if claim.sector else []
        )
        period = resolve_period(
            kind=claim.kind,
            period_start=as_day(claim.period_start),
            period_end=as_day(claim.period_end),
            cumulative=bool(claim.cumulative),
            published=published,
            text=" ".join(
                x for x in (claim.quote, claim.period_text or "", context) if x
            ),
            gainer=claim.gainer,
            names=names,
            anchors=anchors,
        )
        out.append(ClaimCheck(i, claim, claim_record(claim), period, None, "", []))
    return out
