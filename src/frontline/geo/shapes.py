"""Geodesic shapes built in lon/lat: discs, half-discs, wedges.

>>> from frontline.geo.area import area_km2, to_equal_area
>>> disc = geodesic_disc(48.5953, 38.0003, 25)
>>> round(area_km2(to_equal_area(disc)))
1963
"""

from __future__ import annotations

import numpy as np
from shapely.geometry import Polygon

from .area import GEOD

N_POINTS = 360


def _ring(lat: float, lon: float, radius_km: float, az0: float, az1: float, n: int):
    az = np.linspace(az0, az1, n)
    lons, lats, _ = GEOD.fwd(
        np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0)
    )
    return list(zip(lons, lats, strict=True))


def geodesic_disc(lat: float, lon: float, radius_km: float) -> Polygon:
    """All points within ``radius_km`` (geodesic) of (lat, lon), as lon/lat."""
    pts = _ring(lat, lon, radius_km, 0.0, 360.0, N_POINTS + 1)[:-1]
    return Polygon(pts)


def geodesic_sector(
    lat: float, lon: float, radius_km: float, az_from: float, az_to: float
) -> Polygon:
    """A pie slice from azimuth ``az_from`` clockwise to ``az_to`` (degrees).

    A half-disc on the southern side is ``geodesic_sector(lat, lon, r, 90, 270)``.
    """
    if az_to <= az_from:
        az_to += 360.0
    n = max(8, int((az_to - az_from) / 360.0 * N_POINTS) + 1)
    arc = _ring(lat, lon, radius_km, az_from, az_to, n)
    return Polygon([(lon, lat), *arc])
