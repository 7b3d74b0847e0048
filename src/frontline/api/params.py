"""Turning query parameters into the engine's inputs, refusing what the API
must not do (read files) with a one-line 4xx."""

from __future__ import annotations

import math
from datetime import datetime

import orjson
import shapely
from shapely.geometry import shape

from ..errors import FrontlineError
from ..geo.regions import FORMS, from_lonlat
from ..instants import parse_instant
from ..model import Region
from ..regionspec import load_region
from .errors import ApiError

MAX_POLYGON_POINTS = 2_000
_FILE_SUFFIXES = (".geojson", ".json", ".gz", ".gpkg", ".shp", ".fgb", ".parquet")


def instant(value: str, what: str) -> datetime:
    return parse_instant(value, what=what)


def bbox(value: str) -> tuple[float, float, float, float]:
    """``W,S,E,N`` in degrees (lon/lat)."""
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(400, f"bbox {value!r}: expected W,S,E,N (4 numbers)") from None
    ok = all(math.isfinite(x) for x in (w, s, e, n))
    if not ok or not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise ApiError(
            400, f"bbox {value!r}: need -180 <= W < E <= 180 and -90 <= S < N <= 90"
        )
    return w, s, e, n


def region(spec: str | None, polygon: str | None, mirror: str | None) -> Region:
    """A region from the CLI's ``--region`` forms or a drawn GeoJSON polygon.

    File paths are refused: nothing on the server's disk is read for a client.
    """
    if polygon:
        return _polygon(polygon)
    text = (spec or "all").strip()
    if "/" in text or "\\" in text or text.lower().endswith(_FILE_SUFFIXES):
        raise ApiError(
            400,
            f"region {text!r}: files are not read over HTTP; use {FORMS} "
            "or a drawn polygon",
        )
    return load_region(text, mirror=mirror)


def _polygon(value: str) -> Region:
    try:
        obj = orjson.loads(value)
        geom = shape(obj.get("geometry", obj) if isinstance(obj, dict) else obj)
    except Exception:  # noqa: BLE001 - any malformed GeoJSON is one 400
        raise ApiError(400, "polygon: not a GeoJSON polygon") from None
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise ApiError(400, "polygon: not a GeoJSON polygon")
    if shapely.get_num_coordinates(geom) > MAX_POLYGON_POINTS:
        raise ApiError(400, f"polygon: more than {MAX_POLYGON_POINTS} points")
    w, s, e, n = geom.bounds
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise ApiError(400, "polygon: coordinates must be lon/lat degrees")
    try:
        return from_lonlat(geom, "drawn polygon", "polygon")
    except FrontlineError as exc:
        raise ApiError(400, f"polygon: {exc.message}") from None
