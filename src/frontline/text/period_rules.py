"""Period and cumulative decisions over the claims of one sentence.

Pure rules on finished claims (no text search): they state the CONVENTIONS
that hold whatever time expression was found.

* ``cumulative`` is a property of quantities: an area (with or without a
  figure), a distance advanced or a count of settlements can be a running
  total; a fight, an advance without a distance or the capture of named
  settlements is an event and never is.

>>> from frontline.model import Claim
>>> c = Claim("d", "settlement_control", "took X", 0, 6, cumulative=True)
>>> settle_cumulative([c]); c.cumulative
False
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Claim


def can_be_running_total(c: Claim) -> bool:
    """An area, a distance or a count of settlements; not a fight, a bare
    advance or a capture of named places."""
    if c.kind == "fighting":
        return False
    if c.kind == "advance":
        return c.distance_km is not None or c.area_km2 is not None
    if c.kind == "settlement_control":
        return bool(c.extra.get("settlements_count"))
    return True


def settle_cumulative(claims: Iterable[Claim]) -> None:
    """Clear ``cumulative`` where the claim cannot be a running total."""
    for c in claims:
        if c.cumulative and not can_be_running_total(c):
            c.cumulative = False
