"""Plain data shared by every part of frontline: no I/O, no heavy logic.

Geometries in a :class:`Snapshot` are in the project's equal-area CRS
(:data:`frontline.geo.area.EQUAL_AREA`); a :class:`Region` keeps its lon/lat
geometry and its equal-area twin. All datetimes are timezone-aware UTC.

>>> from datetime import datetime, timezone
>>> info = SnapshotInfo("deepstate", "1692040140",
...     datetime(2023, 8, 14, 19, 9, tzinfo=timezone.utc), {"ru_held": 108865.0})
>>> info.layer_area("ru_held")
108865.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Layer names used across sources. A source stores only the layers it has.
RU_HELD = "ru_held"  # Russian-held (occupied since 2022 + before 2022)
GREY = "grey"  # contested / unknown status
LIBERATED = "liberated"  # DeepState: liberated since Feb 2022 (NOT Russian-held)
RU_ADVANCES = "ru_advances"  # ISW: assessed Russian advances
RU_CLAIMED = "ru_claimed"  # ISW: claimed Russian control
UA_CLAIMED = "ua_claimed"  # ISW: claimed Ukrainian counteroffensives
RU_GAINS = "ru_gains"  # NZZ: areas Russia gained in the window
RU_LOSSES = "ru_losses"  # NZZ: areas Russia lost in the window

SIDES = ("UA", "RU")
CLAIM_KINDS = ("area_change", "settlement_control", "advance", "fighting")


@dataclass(frozen=True)
class SnapshotInfo:
    """What the store knows about one snapshot without loading geometry."""

    source: str
    key: str  # source-specific id: DeepState unix id, "20240708", ...
    time: datetime  # UTC instant its map state was published
    layers: dict[str, float] = field(default_factory=dict)  # layer -> km²
    origin: str = ""  # file path or URL it came from
    sha256: str = ""  # hash of the original bytes (decompressed)
    meta: dict[str, Any] = field(default_factory=dict)

    def layer_area(self, layer: str) -> float | None:
        return self.layers.get(layer)


@dataclass(frozen=True)
class Snapshot:
    """A processed snapshot: one (multi)polygon per layer, equal-area CRS."""

    info: SnapshotInfo
    geometries: dict[str, Any]  # layer -> shapely geometry (equal-area metres)


@dataclass
class Region:
    """An area of interest.

    ``geometry`` is lon/lat (EPSG:4326); ``projected`` the same in the
    equal-area CRS. ``params`` carries what built it (centre, radius_km, side,
    ...) so callers can vary it (sensitivity at 15/25/35 km).
    """

    geometry: Any
    projected: Any
    description: str
    kind: str = "custom"  # disc, half-disc, wedge, bbox, file, all, admin, ...
    params: dict[str, Any] = field(default_factory=dict)
    area_km2: float = 0.0
    provenance: list[str] = field(default_factory=list)  # data sources cited


@dataclass(frozen=True)
class SnapshotRef:
    requested: datetime
    snapshot_id: str | None
    snapshot_time: datetime | None


@dataclass
class Measurement:
    """Change of Russian-held ground in a region between two snapshots."""

    source: str
    region: Region
    start: SnapshotRef
    end: SnapshotRef
    ru_held_start_km2: float | None
    ru_held_end_km2: float | None
    ru_gained_km2: float | None
    ru_lost_km2: float | None
    grey_start_km2: float | None = None
    grey_end_km2: float | None = None

    @property
    def net_ru_km2(self) -> float | None:
        if self.ru_gained_km2 is None or self.ru_lost_km2 is None:
            return None
        return self.ru_gained_km2 - self.ru_lost_km2


@dataclass
class Place:
    """A place mention, as written, with its resolution when there is one."""

    name: str
    lat: float | None = None
    lon: float | None = None
    resolved_name: str | None = None
    score: float | None = None
    gazetteer: str | None = None
    candidates: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Claim:
    """One territorial claim (fields of shared/data/claims/CONVENTIONS.md)."""

    doc_id: str
    kind: str
    quote: str
    char_start: int
    char_end: int
    gainer: str | None = None
    area_km2: float | None = None
    distance_km: float | None = None
    places: list[Place] = field(default_factory=list)
    sector: str | None = None
    period_text: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    cumulative: bool = False
    claimant: str | None = None
    claimant_role: str | None = None
    negated: bool = False
    hedged: bool = False
    approx: bool = False
    restates: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # trigger, confidence, ...


@dataclass
class Verdict:
    """The outcome of checking one claim on one source."""

    claim_index: int
    source: str
    verdict: str  # consistent, overstated, understated, not visible, unverifiable
    reason: str
    claimed: float | None = None
    measured: float | None = None
    tolerance: str | None = None
    measurements: list[Measurement] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)


CONSISTENT = "consistent"
OVERSTATED = "overstated"
UNDERSTATED = "understated"
NOT_VISIBLE = "not visible"
ALREADY = "already on the map"
"""The claimed change is on the map before the claim's period starts (a true
but late claim); the reason says since when."""
UNVERIFIABLE = "unverifiable"

VERDICTS = (CONSISTENT, OVERSTATED, UNDERSTATED, NOT_VISIBLE, ALREADY, UNVERIFIABLE)
"""Every verdict label, defined once (frontline.verify decides them)."""
