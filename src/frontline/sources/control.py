"""Shared machinery of the control-map adapters: read, parse, process.

A control map goes through the same steps whatever its source:

1. **read** (I/O, :mod:`frontline.sources.files`): bytes from a file,
   gunzipped when they start with the gzip magic, hashed (sha256 of the
   *decompressed* bytes), parsed with orjson (non-UTF-8 text decoded first);
2. **classify** (pure, per source): each feature → a layer name or nothing;
3. **process** (pure, here): polygons only, z dropped, GeometryCollections
   split per part, invalid parts repaired with ``make_valid``, parts whose
   representative point lies outside the front's area dropped, one union per
   layer, projected once to the equal-area CRS
   (:func:`frontline.geo.project.project_polygonal`); areas stored.

>>> doc = {"type": "FeatureCollection", "features": [{"type": "Feature",
...   "properties": {}, "geometry": {"type": "Polygon", "coordinates":
...   [[[37.7, 48.4, 0], [38.3, 48.4, 0], [38.3, 48.8, 0], [37.7, 48.8, 0],
...     [37.7, 48.4, 0]]]}}]}
>>> parts = polygon_parts(doc["features"][0]["geometry"])
>>> geoms, areas, stats = process_layers({"ru_held": parts})
>>> round(areas["ru_held"], 1)
1968.4
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ..errors import FrontlineError
from ..geo.area import area_km2
from ..geo.project import project_polygonal
from ..instants import check_instant
from ..model import Snapshot, SnapshotInfo
from .files import Document

# Parts whose representative point falls outside this lon/lat box are not on
# the front (the Arabian Sea triangle, Karelia, the Kurils, ...).
FRONT_AREA = (22.0, 44.0, 41.0, 53.0)  # W, S, E, N

_POLYGONAL = ("Polygon", "MultiPolygon")


# -- dated file names (pure) ----------------------------------------------------
_YYYYMMDD = re.compile(r"(\d{8})")


def file_day(key: str) -> date:
    """The date of a ``YYYYMMDD`` file key (a FrontlineError if it is not one).

    >>> file_day("20230821").isoformat()
    '2023-08-21'
    """
    try:
        return datetime.strptime(key, "%Y%m%d").date()
    except ValueError:
        raise FrontlineError(f"{key!r} is not a YYYYMMDD file date") from None


def dated_key(path: str | Path, expected: str) -> str:
    """The ``YYYYMMDD`` key in a file name; ``expected`` is the error otherwise.

    >>> dated_key("data/20230821.geojson.gz", "named YYYYMMDD.geojson")
    '20230821'
    """
    m = _YYYYMMDD.search(Path(path).name)
    if not m:
        raise FrontlineError(expected, where=str(path))
    file_day(m.group(1))
    return m.group(1)


# -- GeoJSON → shapely (pure) --------------------------------------------------
def features(doc: Any, *, where: str) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection (error if it is not one)."""
    if not isinstance(doc, dict):
        raise FrontlineError("not a GeoJSON FeatureCollection", where=where)
    kind = doc.get("type")
    if kind == "Feature":
        return [doc]
    feats = doc.get("features")
    if kind != "FeatureCollection" or not isinstance(feats, list):
        raise FrontlineError(
            "not a GeoJSON FeatureCollection (no 'features' list)", where=where
        )
    if not feats:
        raise FrontlineError("empty FeatureCollection (no features)", where=where)
    return [f for f in feats if isinstance(f, dict)]


def _ring(coords: Any) -> np.ndarray | None:
    arr = np.asarray(coords)
    if arr.dtype.kind not in "iuf":  # strings, nulls, nested junk
        raise ValueError("coordinates must be numbers (found text or null)")
    arr = arr.astype(float)
    if arr.ndim != 2 or arr.shape[1] < 2:
        raise ValueError("a ring must be a list of [lon, lat] positions")
    arr = arr[:, :2]
    if len(arr) and not np.array_equal(arr[0], arr[-1]):
        arr = np.vstack([arr, arr[:1]])
    if len(arr) < 4:
        return None  # degenerate: fewer than three distinct points
    return arr


def _polygon(rings: Any) -> shapely.Polygon | None:
    if not isinstance(rings, list) or not rings:
        return None
    shell = _ring(rings[0])
    if shell is None:
        return None
    holes = [h for h in (_ring(r) for r in rings[1:]) if h is not None]
    return shapely.Polygon(shell, holes)


def polygon_parts(geometry: Any, *, where: str = "") -> list[shapely.Polygon]:
    """Every polygon in a GeoJSON geometry, 2D (z dropped); others ignored.

    MultiPolygons and GeometryCollections are split into their parts so each
    part can be filtered on its own.
    """
    if not isinstance(geometry, dict):
        return []
    kind = geometry.get("type")
    try:
        if kind == "Polygon":
            p = _polygon(geometry.get("coordinates"))
            return [p] if p is not None else []
        if kind == "MultiPolygon":
            polys = (_polygon(c) for c in geometry.get("coordinates") or [])
            return [p for p in polys if p is not None]
    except (ValueError, TypeError) as exc:
        raise FrontlineError(
            f"bad coordinates in a {kind}: {exc}", where=where
        ) from None
    if kind == "GeometryCollection":
        out: list[shapely.Polygon] = []
        for g in geometry.get("geometries") or []:
            out.extend(polygon_parts(g, where=where))
        return out
    return []


def check_lonlat(parts: Iterable[shapely.Geometry], *, where: str) -> None:
    """Error if any coordinate is outside lon ±180 / lat ±90 (swapped axes?)."""
    arr = np.asarray(list(parts), dtype=object)
    if arr.size == 0:
        return
    xy = shapely.get_coordinates(arr)
    if xy.size == 0:
        return
    if not np.isfinite(xy).all():
        raise FrontlineError("coordinates are not finite numbers", where=where)
    bad = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if bad.any():
        x, y = xy[np.argmax(bad)]
        raise FrontlineError(
            f"coordinate ({x:g}, {y:g}) is outside lon ±180 / lat ±90: are "
            "lat/lon swapped, or is the file not in lon/lat (EPSG:4326)?",
            where=where,
        )


# -- processing (pure) ---------------------------------------------------------
def _valid_polygonal(geoms: np.ndarray) -> tuple[np.ndarray, int]:
    """Repair invalid geometries, keep their polygonal parts (as Polygons).

    Returns the polygons and how many inputs needed repair.
    """
    bad = ~shapely.is_valid(geoms)
    if bad.any():
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
    parts = shapely.get_parts(geoms)
    kinds = shapely.get_type_id(parts)
    nested = kinds == 7  # GeometryCollection from make_valid
    if nested.any():
        parts = np.concatenate([parts[~nested], shapely.get_parts(parts[nested])])
        kinds = shapely.get_type_id(parts)
    return parts[kinds == 3], int(bad.sum())  # Polygons


def _dissolve(polys: np.ndarray) -> Any:
    """Union of valid polygons; skipped when they already form a valid
    MultiPolygon (disjoint interiors: a dissolved file like the daily archive).
    """
    if len(polys) == 1:
        return polys[0]
    multi = shapely.MultiPolygon(list(polys))
    if multi.is_valid:
        return multi
    return shapely.union_all(polys)  # GEOS unions of valid input are valid


def process_layers(
    parts_by_layer: Mapping[str, list[shapely.Polygon]],
    *,
    front_area: tuple[float, float, float, float] | None = FRONT_AREA,
) -> tuple[dict[str, Any], dict[str, float], dict[str, Any]]:
    """Repair, filter, dissolve and project the parts of each layer.

    Returns ``(geometries, areas_km2, stats)``: one equal-area (multi)polygon
    per non-empty layer, its area, and counts of what was repaired/dropped.
    """
    geoms: dict[str, Any] = {}
    areas: dict[str, float] = {}
    stats = {"parts": 0, "repaired": 0, "outside_front": 0, "degenerate": 0}
    for layer, parts in parts_by_layer.items():
        if not parts:
            continue
        arr = np.asarray(parts, dtype=object)
        stats["parts"] += len(arr)
        polys, repaired = _valid_polygonal(arr)
        stats["repaired"] += repaired
        has_area = shapely.area(polys) > 0
        stats["degenerate"] += int((~has_area).sum()) + max(0, len(arr) - len(polys))
        polys = polys[has_area]
        if front_area is not None and len(polys):
            pts = shapely.point_on_surface(polys)
            x, y = shapely.get_x(pts), shapely.get_y(pts)
            w, s, e, n = front_area
            inside = (x >= w) & (x <= e) & (y >= s) & (y <= n)
            stats["outside_front"] += int((~inside).sum())
            polys = polys[inside]
        if not len(polys):
            continue
        union = _dissolve(polys)
        projected = project_polygonal(union)
        if projected.is_empty:
            continue
        geoms[layer] = projected
        areas[layer] = area_km2(projected)
    return geoms, areas, stats


def build_snapshot(
    source: str,
    key: str,
    time: datetime,
    parts_by_layer: Mapping[str, list[shapely.Polygon]],
    *,
    doc: Document | None = None,
    origin: str = "",
    sha256: str = "",
    meta: dict[str, Any] | None = None,
    where: str = "",
    front_area: tuple[float, float, float, float] | None = FRONT_AREA,
) -> Snapshot:
    """Process classified parts into a :class:`Snapshot` (errors if nothing left).

    ``doc`` (the source file) supplies ``origin`` and ``sha256`` when given.
    """
    if doc is not None:
        origin, sha256 = doc.origin, doc.sha256
    check_instant(time, what=f"{where or origin or source}: map date")
    all_parts = [p for parts in parts_by_layer.values() for p in parts]
    if not all_parts:
        raise FrontlineError(
            "no polygons of a known kind (nothing to store)", where=where or origin
        )
    check_lonlat(all_parts, where=where or origin)
    geoms, areas, stats = process_layers(parts_by_layer, front_area=front_area)
    if not geoms:
        if stats["outside_front"]:
            w, s, e, n = front_area or (0, 0, 0, 0)
            raise FrontlineError(
                f"no polygon lies inside the front's area (lon {w:g}–{e:g}, lat "
                f"{s:g}–{n:g}); are lat/lon swapped?",
                where=where or origin,
            )
        raise FrontlineError(
            "only invalid or degenerate polygons (no area left after repair)",
            where=where or origin,
        )
    info_meta = dict(meta or {})
    info_meta["processing"] = stats
    info = SnapshotInfo(source, key, time, areas, origin, sha256, info_meta)
    return Snapshot(info, geoms)
