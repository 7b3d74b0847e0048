"""A settlement's extent: the area judged when a claim says it was taken.

Pure: the caller hands in the OSM settlement extents it read
(:class:`OsmExtent`, from ``osm_settlement_polygons_centroids``: a point
inside the OSM boundary polygon and its bounding box) and gets back a lon/lat
polygon plus a sentence saying how it was made.

- an OSM settlement boundary for the place (same name, its point within
  :data:`OSM_MATCH_KM`): the ellipse inscribed in the boundary's bounding
  box (the pack keeps boxes, not the polygons);
- otherwise a disc whose area is the population at :data:`DENSITY_PER_KM2`,
  between :data:`MIN_RADIUS_KM` and :data:`MAX_RADIUS_KM` (a village with no
  population figure gets the minimum).

>>> r = footprint_radius_km(60_000)
>>> round(r, 1)
3.6
>>> footprint_radius_km(0)
0.7
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from shapely import affinity
from shapely.geometry import Point

DENSITY_PER_KM2 = 1500.0
"""People per km² of built-up area in a Ukrainian town (sizes the disc)."""
MIN_RADIUS_KM = 0.7
"""A village without a population figure: ~1.5 km² (a small village core)."""
MAX_RADIUS_KM = 8.0
OSM_MATCH_KM = 5.0
"""An OSM boundary of the same name this close to the place's point is its."""
_KM_PER_DEG_LAT = 111.32


@dataclass(frozen=True)
class OsmExtent:
    """One OSM settlement boundary: names, a point inside, its bounding box."""

    names: tuple[str, ...]
    lat: float
    lon: float
    west: float
    south: float
    east: float
    north: float
    osm_id: str = ""


def footprint_radius_km(population: int | None) -> float:
    """The radius of a disc holding ``population`` at :data:`DENSITY_PER_KM2`."""
    if not population:
        return MIN_RADIUS_KM
    r = math.sqrt(population / (math.pi * DENSITY_PER_KM2))
    return max(MIN_RADIUS_KM, min(MAX_RADIUS_KM, r))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat2 - lat1) * _KM_PER_DEG_LAT
    dx = (lon2 - lon1) * _KM_PER_DEG_LAT * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def extent_index(extents: Iterable[OsmExtent]) -> dict[str, list[OsmExtent]]:
    """OSM extents by each of their folded names (build once, look up often)."""
    index: dict[str, list[OsmExtent]] = {}
    for e in extents:
        for k in {_key(n) for n in e.names if n}:
            index.setdefault(k, []).append(e)
    return index


def match_extent(
    names: Iterable[str],
    lat: float,
    lon: float,
    extents: Iterable[OsmExtent] | dict[str, list[OsmExtent]],
) -> OsmExtent | None:
    """The OSM boundary of the place: same name, nearest point within
    :data:`OSM_MATCH_KM` (None when there is none). ``extents``: a list, or
    an :func:`extent_index` of one.

    >>> e = OsmExtent(("Robotyne", "Роботине"), 47.44, 35.84, 35.82, 47.43,
    ...     35.86, 47.45)
    >>> match_extent(["Роботине"], 47.441, 35.839, [e]) is e
    True
    >>> match_extent(["Robotyne"], 48.0, 35.84, [e]) is None
    True
    """
    index = extents if isinstance(extents, dict) else extent_index(extents)
    found = {id(e): e for n in names if n for e in index.get(_key(n), ())}
    best, best_d = None, OSM_MATCH_KM
    for e in found.values():
        d = _km(lat, lon, e.lat, e.lon)
        if d <= best_d:
            best, best_d = e, d
    return best


def settlement_footprint(
    lat: float,
    lon: float,
    population: int | None = None,
    extent: OsmExtent | None = None,
):
    """(lon/lat polygon, how it was made) for a settlement.

    >>> g, how = settlement_footprint(48.0, 37.0, 60_000)
    >>> how
    'a disc of 3.6 km radius (population 60,000 at 1,500/km²)'
    """
    if extent is not None:
        cx, cy = (extent.west + extent.east) / 2, (extent.south + extent.north) / 2
        rx = max((extent.east - extent.west) / 2, 1e-4)
        ry = max((extent.north - extent.south) / 2, 1e-4)
        geom = affinity.scale(Point(cx, cy).buffer(1.0, 64), rx, ry)
        w = _km(cy, extent.west, cy, extent.east)
        h = _km(extent.south, cx, extent.north, cx)
        return geom, (
            f"the ellipse in the OSM settlement boundary's box ({w:.1f} × "
            f"{h:.1f} km, OSM {extent.osm_id or 'boundary'}, ODbL)"
        )
    r = footprint_radius_km(population)
    dlat = r / _KM_PER_DEG_LAT
    dlon = dlat / max(math.cos(math.radians(lat)), 1e-6)
    geom = affinity.scale(Point(lon, lat).buffer(1.0, 64), dlon, dlat)
    if population:
        how = (
            f"a disc of {r:.1f} km radius (population {population:,} at "
            f"{DENSITY_PER_KM2:,.0f}/km²)"
        )
    else:
        how = f"a disc of {r:.1f} km radius (no population figure: a village core)"
    return geom, how
