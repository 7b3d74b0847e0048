"""Equal-area projection and area in km².

frontline projects every geometry once to an Albers equal-area conic centred
on Ukraine (WGS84 ellipsoid; standard parallels 45.5°N and 51.5°N). Albers is
exactly equal-area on the ellipsoid, so planar area there is ellipsoidal area;
long edges are densified first so straight projected edges follow the
lon/lat edges. Never Web Mercator, never degrees.

>>> from shapely.geometry import box
>>> round(area_km2(to_equal_area(box(37.7, 48.4, 38.3, 48.8))), 1)
1968.4
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer

EQUAL_AREA = CRS.from_proj4(
    "+proj=aea +lat_0=48.5 +lon_0=31.5 +lat_1=45.5 +lat_2=51.5 "
    "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
)
WGS84 = CRS.from_epsg(4326)
GEOD = Geod(ellps="WGS84")
MAX_SEGMENT_DEG = 0.05  # densify edges longer than ~5 km (along geodesics)

_FWD = Transformer.from_crs(WGS84, EQUAL_AREA, always_xy=True)
_INV = Transformer.from_crs(EQUAL_AREA, WGS84, always_xy=True)


def _fwd(xy: np.ndarray) -> np.ndarray:
    x, y = _FWD.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _inv(xy: np.ndarray) -> np.ndarray:
    x, y = _INV.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def _densify_ring(coords: np.ndarray) -> np.ndarray:
    """Insert points along geodesics on segments longer than MAX_SEGMENT_DEG."""
    d = np.hypot(*np.diff(coords, axis=0).T)
    long = np.nonzero(d > MAX_SEGMENT_DEG)[0]
    if long.size == 0:
        return coords
    out, last = [], 0
    for i in long:
        out.append(coords[last : i + 1])
        (x0, y0), (x1, y1) = coords[i], coords[i + 1]
        n = int(np.ceil(d[i] / MAX_SEGMENT_DEG)) - 1
        if n > 0:
            out.append(np.asarray(GEOD.npts(x0, y0, x1, y1, n)))
        last = i + 1
    out.append(coords[last:])
    return np.vstack(out)


def densify_geodesic(geom):
    """Lon/lat geometry whose long edges are split along geodesics.

    Geod (and so every geodesic reference) treats an edge as the geodesic
    between its ends; after this, a straight projected edge is within
    centimetres of it.
    """
    if geom is None or geom.is_empty:
        return geom
    kind = geom.geom_type
    if kind == "Polygon":
        ext = _densify_ring(np.asarray(geom.exterior.coords)[:, :2])
        holes = [_densify_ring(np.asarray(r.coords)[:, :2]) for r in geom.interiors]
        return shapely.Polygon(ext, holes)
    if kind in ("MultiPolygon", "GeometryCollection"):
        parts = [densify_geodesic(g) for g in geom.geoms]
        return type(geom)(parts)
    if kind in ("LineString", "LinearRing"):
        return type(geom)(_densify_ring(np.asarray(geom.coords)[:, :2]))
    return geom


def to_equal_area(geom, *, densify: bool = True):
    """Lon/lat geometry (2D) → equal-area metres (long edges densified)."""
    if geom is None or geom.is_empty:
        return geom
    if densify:
        geom = densify_geodesic(geom)
    return shapely.transform(geom, _fwd)


def to_lonlat(geom):
    """Equal-area metres → lon/lat (EPSG:4326)."""
    if geom is None or geom.is_empty:
        return geom
    return shapely.transform(geom, _inv)


def area_km2(projected_geom) -> float:
    """Area of an equal-area geometry in km²."""
    if projected_geom is None or projected_geom.is_empty:
        return 0.0
    return float(shapely.area(projected_geom)) / 1e6


def geodesic_area_km2(lonlat_geom) -> float:
    """Reference geodesic area (pyproj.Geod) of a lon/lat geometry, in km²."""
    if lonlat_geom is None or lonlat_geom.is_empty:
        return 0.0
    geom = shapely.orient_polygons(shapely.force_2d(lonlat_geom))
    area, _ = GEOD.geometry_area_perimeter(geom)
    return abs(area) / 1e6
