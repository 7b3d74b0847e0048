"""Pure area arithmetic on equal-area geometries: clip, held, gained, lost, net.

All inputs and outputs are shapely geometries in the equal-area CRS
(:data:`frontline.geo.area.EQUAL_AREA`); areas are km². ``region`` is a
projected geometry or ``None`` (no clipping). Nothing here opens files.

>>> from shapely.geometry import box
>>> before, after = box(0, 0, 10_000, 10_000), box(0, 0, 12_000, 10_000)
>>> c = compare(before, after)
>>> c.held_start_km2, c.held_end_km2, c.gained_km2, c.lost_km2, c.net_km2
(100.0, 120.0, 20.0, 0.0, 20.0)
>>> clip(after, box(11_000, 0, 20_000, 5_000)).area / 1e6
5.0
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.errors import GEOSException
from shapely.geometry import MultiPolygon

from .area import area_km2, to_equal_area, to_lonlat

EMPTY = MultiPolygon()


def _polygonal(geom):
    """Only the polygonal parts (overlay can leave lines/points on touching edges)."""
    if geom is None or geom.is_empty:
        return EMPTY
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [
        g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    if not parts:
        return EMPTY
    return shapely.union_all(parts) if len(parts) > 1 else parts[0]


def _overlay(op, a, b):
    """``op(a, b)``; on a GEOS topology error, once more on repaired inputs."""
    try:
        return op(a, b)
    except GEOSException:
        return op(shapely.make_valid(a), shapely.make_valid(b))


def clip(geom, region):
    """``geom`` ∩ ``region`` (``region`` None = no clipping).

    Fast path: the parts of ``geom`` whose bounding boxes miss the region's are
    dropped before the overlay, and a region that contains the whole geometry
    returns it unchanged.
    """
    if geom is None or geom.is_empty:
        return EMPTY
    if region is None:
        return geom
    if region.is_empty:
        return EMPTY
    geom = _polygonal(geom)
    rx0, ry0, rx1, ry1 = region.bounds
    gx0, gy0, gx1, gy1 = geom.bounds
    if gx0 > rx1 or gx1 < rx0 or gy0 > ry1 or gy1 < ry0:
        return EMPTY
    parts = shapely.get_parts(geom)
    if len(parts) > 1:
        b = shapely.bounds(parts)
        keep = ~((b[:, 0] > rx1) | (b[:, 2] < rx0) | (b[:, 1] > ry1) | (b[:, 3] < ry0))
        parts = parts[keep]
        if len(parts) == 0:
            return EMPTY
        geom = parts[0] if len(parts) == 1 else MultiPolygon(list(parts))
    shapely.prepare(region)
    if region.contains_properly(geom):
        return geom
    return _polygonal(_overlay(shapely.intersection, geom, region))


GRID_M = 0.001  # change polygons are snapped to a 1 mm grid
MIN_PART_M2 = 1.0  # parts smaller than this are numerical slivers
MIN_WIDTH_M = 0.05  # so are parts whose mean width (2·area/perimeter) is below


def polygons(geom) -> list:
    """The polygons of ``geom`` without numerical slivers, largest first.

    Consecutive snapshots often share an edge drawn with different vertices;
    their difference then leaves zero-width slivers along it. They carry no
    area (so sums are unaffected) but would clutter an export of polygons.
    """
    if geom is None or geom.is_empty:
        return []
    out = []
    for part in shapely.get_parts(_polygonal(geom)):
        a = part.area
        if a < MIN_PART_M2 or 2 * a / max(part.length, 1e-9) < MIN_WIDTH_M:
            continue
        out.append(part)
    return sorted(out, key=lambda g: -g.area)


SHORT_EDGE_DEG = 0.02  # below this, lon/lat and projected straight edges agree


def max_edge_deg(lonlat_geom) -> float:
    """The longest edge of a lon/lat (multi)polygon, in degrees."""
    longest = 0.0
    for ring in shapely.get_rings(shapely.get_parts(lonlat_geom)):
        xy = shapely.get_coordinates(ring)
        if len(xy) > 1:
            longest = max(longest, float(np.hypot(*np.diff(xy, axis=0).T).max()))
    return longest


def lonlat_window(region_lonlat, margin_m: float = 2_000.0):
    """A projected polygon safely containing the lon/lat ``region_lonlat``.

    Its edges are followed in lon/lat (segmentized), then projected and grown
    by ``margin_m``; used to cut out the part of a snapshot near the region
    before the exact lon/lat clip of :func:`clip_lonlat`.
    """
    dense = shapely.segmentize(region_lonlat, 0.02)
    return shapely.buffer(to_equal_area(dense, densify=False), margin_m, quad_segs=4)


def clip_lonlat(geom, region_lonlat, window):
    """``geom`` (projected) ∩ ``region_lonlat`` with the region's edges taken as
    straight lines in lon/lat, the way GeoJSON (RFC 7946) and shapely read
    them; the result is projected back with geodesically densified edges, so
    its area equals pyproj.Geod's area of the lon/lat intersection.

    ``window`` comes from :func:`lonlat_window` (computed once per region).
    """
    piece = clip(geom, window)
    if piece.is_empty:
        return EMPTY
    ll = to_lonlat(piece)
    if not ll.is_valid:
        ll = shapely.make_valid(ll)
    out = _polygonal(_overlay(shapely.intersection, ll, region_lonlat))
    if out.is_empty:
        return EMPTY
    return to_equal_area(out)


def same(a, b) -> bool:
    """Exactly the same polygons (vertex for vertex, whatever the ring starts).

    A cheap test before an overlay: two snapshots often agree inside a region.
    """
    if a.geom_type != b.geom_type or shapely.get_num_coordinates(
        a
    ) != shapely.get_num_coordinates(b):
        return False
    if a.equals_exact(b, 0.0):
        return True
    return shapely.normalize(a).equals_exact(shapely.normalize(b), 0.0)


def gained(start, end):
    """Ground in ``end`` but not in ``start`` (both already clipped).

    Numerical slivers along shared edges are dropped (see :func:`polygons`).
    """
    if end is None or end.is_empty:
        return EMPTY
    if start is None or start.is_empty:
        return end
    if start is end or same(start, end):
        return EMPTY
    diff = _overlay(shapely.difference, end, start)
    # Snapping the result to a 1 mm grid collapses the zero-width spikes and
    # slivers that nearly shared edges leave behind (area change ~1e-8).
    return without_slivers(shapely.set_precision(diff, GRID_M))


def without_slivers(geom):
    """``geom`` less its numerical slivers (see :func:`polygons`)."""
    parts = polygons(geom)
    if not parts:
        return EMPTY
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def lost(start, end):
    """Ground in ``start`` but not in ``end`` (both already clipped)."""
    return gained(end, start)


@dataclass(frozen=True)
class Change:
    """Areas (km²) of one layer in one region between two states."""

    held_start_km2: float
    held_end_km2: float
    gained_km2: float
    lost_km2: float

    @property
    def net_km2(self) -> float:
        return self.gained_km2 - self.lost_km2


def compare(start, end) -> Change:
    """Held at both ends, gained and lost, from two clipped geometries."""
    return Change(
        held_start_km2=area_km2(start),
        held_end_km2=area_km2(end),
        gained_km2=area_km2(gained(start, end)),
        lost_km2=area_km2(lost(start, end)),
    )


def held_km2(geom, region=None) -> float:
    """Area (km²) of ``geom`` within ``region``."""
    return area_km2(clip(geom, region))
