"""What a check runs against and how: the options and the constants."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..anchors import Anchor
from ..errors import FrontlineError
from ..model import (
    RU_ADVANCES,
    RU_CLAIMED,
    UA_CLAIMED,
)
from ..verify import (
    Tolerance,
)

if TYPE_CHECKING:
    from ..ingest import ProgressFn

ALL_SOURCES = ("deepstate", "deepstate-daily", "isw", "nzz")
RADII_KM = (15.0, 25.0, 35.0)
LAG_DAYS = 7
NEAR_PLACE_KM = 5.0  # an advance "near X" / "at X" with no sector: a disc this big
SECTOR_RADIUS_KM = 25.0  # a "sector": the disc this big around its place
OTHER_LAYERS = (UA_CLAIMED, RU_ADVANCES, RU_CLAIMED)  # reported beside the verdict
FIT_SHARE = 0.5  # a claim above this share of its region's area: read it nationwide
SYNC_WINDOW_DAYS = 2  # first try to fetch this many days before an instant
COVER_WINDOW_DAYS = 10  # then widen to this many (as verify.MAX_SNAPSHOT_AGE_DAYS)

Progress = Callable[[str], None]


@dataclass
class CheckOptions:
    """What to check against and how."""

    sources: tuple[str, ...] = ALL_SOURCES
    sync: bool = True
    mirror: str | None = None
    progress: ProgressFn | None = None  # the CLI's bar; the API passes none
    radii_km: tuple[float, ...] = RADII_KM
    lag_days: int = LAG_DAYS
    tolerance: Tolerance = field(default_factory=Tolerance)
    anchors: list[Anchor] | None = None
    ledger: bool = True
    places: dict[str, tuple[float, float]] = field(default_factory=dict)
    """--place NAME=LAT,LON: a claim's place NAME (any case) is there."""
    totals: bool = True
    """Also judge nationwide area claims on the published daily-area series
    found under ``mirror`` (:mod:`frontline.check.totals`)."""


def parse_place(spec: str) -> tuple[str, tuple[float, float]]:
    """``NAME=LAT,LON`` → (folded name, (lat, lon)) for ``--place``.

    >>> parse_place("Pokrovsk=48.283,37.183")
    ('pokrovsk', (48.283, 37.183))
    """
    name, sep, where = spec.partition("=")
    parts = where.split(",")
    try:
        if not sep or not name.strip() or len(parts) != 2:
            raise ValueError
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise FrontlineError(
            "expected NAME=LAT,LON (e.g. Pokrovsk=48.283,37.183)",
            where=f"--place {spec!r}",
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise FrontlineError(
            "latitude/longitude out of range", where=f"--place {spec!r}"
        )
    return name.strip().casefold(), (lat, lon)
