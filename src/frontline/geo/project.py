"""Lon/lat polygons to the equal-area CRS in one vectorised pass (used once
per snapshot at ingest)."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from pyproj import Transformer

from .area import EQUAL_AREA, GEOD, MAX_SEGMENT_DEG, WGS84

_TO_EQUAL_AREA = Transformer.from_crs(WGS84, EQUAL_AREA, always_xy=True)


def project_polygonal(geom: Any) -> Any:
    """Lon/lat (Multi)Polygon → equal-area MultiPolygon, edges densified.

    The same result as :func:`frontline.geo.area.to_equal_area` (edges longer
    than ``MAX_SEGMENT_DEG`` get equally spaced points along the geodesic)
    computed for all rings at once: one ``Geod.inv``/``Geod.fwd`` and one
    projection call instead of one per ring.

    >>> from frontline.geo.area import area_km2
    >>> g = project_polygonal(shapely.box(37.7, 48.4, 38.3, 48.8))
    >>> round(area_km2(g), 1)
    1968.4
    """
    if geom.geom_type == "Polygon":
        geom = shapely.MultiPolygon([geom])
    kind, coords, (ring_off, poly_off, multi_off) = shapely.to_ragged_array([geom])
    n = len(coords)
    # segment i runs from coords[i] to coords[i+1] unless i is a ring's last point
    last = np.zeros(n, dtype=bool)
    last[ring_off[1:] - 1] = True
    d = np.zeros(n)
    d[:-1] = np.hypot(*np.diff(coords, axis=0).T)
    d[last] = 0.0
    extra = np.where(d > MAX_SEGMENT_DEG, np.ceil(d / MAX_SEGMENT_DEG) - 1, 0)
    extra = extra.astype(np.int64)
    if extra.any():
        seg = np.nonzero(extra)[0]
        lon0, lat0 = coords[seg, 0], coords[seg, 1]
        lon1, lat1 = coords[seg + 1, 0], coords[seg + 1, 1]
        az, _, dist = GEOD.inv(lon0, lat0, lon1, lat1)
        k = extra[seg]
        rep = np.repeat(np.arange(len(seg)), k)
        step = np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k) + 1
        frac = step / np.repeat(k + 1, k)
        lon, lat, _ = GEOD.fwd(lon0[rep], lat0[rep], az[rep], dist[rep] * frac)
        # new position of each original point, and of each inserted point
        shift = np.concatenate([[0], np.cumsum(extra)[:-1]])
        pos = np.arange(n) + shift
        out = np.empty((n + int(extra.sum()), 2))
        out[pos] = coords
        ins = pos[seg][rep] + step
        out[ins, 0], out[ins, 1] = lon, lat
        ring_off = ring_off + np.concatenate([[0], np.cumsum(extra)])[ring_off]
        coords = out
    x, y = _TO_EQUAL_AREA.transform(coords[:, 0], coords[:, 1])
    xy = np.column_stack([x, y])
    (result,) = shapely.from_ragged_array(kind, xy, (ring_off, poly_off, multi_off))
    return result
