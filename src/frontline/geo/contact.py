"""The contact line: the part of the Russian-held area's edge that faces
Ukrainian-held land, not the sea coast and not the state border.

Pure: the caller hands in Ukraine's land outline (equal-area metres, land
only: no territorial waters). Ukrainian-held land is the outline minus the
held area, opened by :data:`OPEN_KM` (slivers between a map's loosely drawn
coast or border and the outline are not land anyone holds); the contact line
is the held area's edge within :data:`NEAR_KM` of that land. The coast of
Crimea and the Sea of Azov and the border with Russia face no such land.

>>> from shapely.geometry import box
>>> ukraine = outline(box(0, 0, 100_000, 100_000))    # a square "country"
>>> held = box(60_000, -5_000, 105_000, 105_000)      # its east, past coast/border
>>> line = contact_line(held, ukraine)
>>> round(line.length / 1000)                         # only x = 60 km remains
100
"""

from __future__ import annotations

import shapely
import shapely.geometry
import shapely.ops

OPEN_KM = 2.0
"""Ukrainian-held land narrower than twice this is a drawing sliver."""
NEAR_KM = 1.0
"""The held edge within this distance of Ukrainian-held land faces it."""
SIMPLIFY_M = 200.0
"""The outline is simplified to this (only for finding the contact line)."""


HELD_SIMPLIFY_M = 50.0
"""The held area is simplified to this to find the Ukrainian-held land."""


def outline(land):
    """Ukraine's land outline (equal-area), simplified for this use."""
    return shapely.simplify(land, SIMPLIFY_M)


def contact_line(held, land):
    """The edge of ``held`` (Russian-held, equal-area) facing Ukrainian-held
    land inside ``land`` (:func:`outline`)."""
    if held is None or held.is_empty:
        return held
    # the sides' land is found on a simplified copy (fast on ISW's 50k
    # vertices); the line itself is cut from the full-resolution edge
    ua = shapely.difference(land, shapely.simplify(held, HELD_SIMPLIFY_M))
    opened = shapely.buffer(
        shapely.buffer(ua, -OPEN_KM * 1000.0, quad_segs=2),
        OPEN_KM * 1000.0,
        quad_segs=2,
    )
    near = shapely.buffer(opened, NEAR_KM * 1000.0, quad_segs=2)
    return shapely.intersection(held.boundary, near)


FACING_KM = 20.0
"""The stretch of front facing a town: the contact line within this distance
of the segment from the front's nearest point to the town."""
FACING_DEPTH_KM = 10.0
"""... measured in a band this deep on both sides of that stretch."""


def front_facing(line, town, *, width_km: float = FACING_KM):
    """The band of front facing ``town`` (equal-area point) across
    ``line`` (the contact line): where an advance "toward" the town can
    show. None when there is no contact line.

    >>> from shapely.geometry import LineString, Point
    >>> front = LineString([(0, -100_000), (0, 100_000)])
    >>> band = front_facing(front, Point(60_000, 0))
    >>> round(band.area / 1e6)  # 40 km of front x 20 km deep (round ends)
    1112
    """
    if line is None or line.is_empty:
        return None
    near = shapely.ops.nearest_points(line, town)[0]
    path = shapely.geometry.LineString([near, town])
    stretch = shapely.intersection(line, shapely.buffer(path, width_km * 1000.0))
    if stretch.is_empty:
        return None
    return shapely.buffer(stretch, FACING_DEPTH_KM * 1000.0)
