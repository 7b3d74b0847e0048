"""Any vector file pyogrio reads (GeoJSON, GeoPackage, FlatGeobuf, KML/KMZ,
Shapefile): a user's own control map.

The user gives the instant (``--time``) and how features map to layers: by
default every polygon is ``ru_held``; with ``layer_field="side"`` and
``mapping={"occupied": "ru_held", "contested": "grey"}`` a feature goes to
the layer its ``side`` value maps to (values not mapped are not stored). The
file is reprojected from its CRS to lon/lat before the usual processing.

:func:`read_vector` is the I/O part; :func:`from_frame` the pure part.
"""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import shapely

from ..errors import FrontlineError
from ..model import RU_HELD, Snapshot
from .control import build_snapshot
from .files import gzip_size_within

DEFAULT_SOURCE = "vector"


def parse_mapping(items: list[str] | None) -> dict[str, str]:
    """``["occupied=ru_held", ...]`` → ``{"occupied": "ru_held", ...}``.

    >>> parse_mapping(["occupied=ru_held", "contested = grey"])
    {'occupied': 'ru_held', 'contested': 'grey'}
    """
    out: dict[str, str] = {}
    for item in items or []:
        value, sep, layer = str(item).partition("=")
        if not sep or not value.strip() or not layer.strip():
            raise FrontlineError(f"--map {item!r}: expected VALUE=LAYER")
        out[value.strip()] = layer.strip()
    return out


def _vsi(path: Path) -> str:
    if path.suffix.lower() == ".kmz":
        with zipfile.ZipFile(path) as zf:
            kml = next((n for n in zf.namelist() if n.lower().endswith(".kml")), None)
        if kml is None:
            raise FrontlineError("KMZ holds no .kml file", where=str(path))
        return f"/vsizip/{path}/{kml}"
    if path.suffix.lower() == ".gz":
        return f"/vsigzip/{path}"
    return str(path)


_GEOJSON_SUFFIXES = (".geojson", ".json", ".geojson.gz", ".json.gz")


def check_declared_crs(path: Path, *, where: str) -> None:
    """A GeoJSON's ``crs`` member must name a CRS PROJ knows.

    GDAL reads a GeoJSON declaring an unknown CRS (``EPSG:999999``) as lon/lat
    without a word; frontline refuses it instead of guessing.
    """
    if not path.name.lower().endswith(_GEOJSON_SUFFIXES):
        return
    import orjson
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    from .files import read_bytes

    try:
        doc = orjson.loads(read_bytes(path))
    except orjson.JSONDecodeError:
        return  # GDAL says what is wrong with it
    crs = doc.get("crs") if isinstance(doc, dict) else None
    if crs is None:
        return
    props = crs.get("properties") if isinstance(crs, dict) else None
    name = props.get("name") if isinstance(props, dict) else None
    if not isinstance(name, str):
        raise FrontlineError(
            "its 'crs' member names no CRS (expected properties.name)", where=where
        )
    try:
        CRS.from_user_input(name)
    except CRSError:
        raise FrontlineError(
            f"declares an unknown CRS {name!r} (give a known EPSG code, or none "
            "for lon/lat)",
            where=where,
        ) from None


def read_vector(path: str | Path, file_layer: str | None = None):
    """Read a vector file into a GeoDataFrame in lon/lat (EPSG:4326)."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    p = Path(path)
    if not p.exists():
        raise FrontlineError("no such file", where=str(p))
    if p.suffix.lower() == ".gz":
        gzip_size_within(p, where=str(p))
    check_declared_crs(p, where=str(p))
    try:
        frame = pyogrio.read_dataframe(_vsi(p), layer=file_layer)
    except (DataSourceError, DataLayerError, zipfile.BadZipFile) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FrontlineError(
            f"not a readable vector file ({msg})", where=str(p)
        ) from None
    except Exception as exc:  # GDAL raises many kinds
        raise FrontlineError(f"cannot read vector file ({exc})", where=str(p)) from None
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:  # pyproj errors
            raise FrontlineError(
                f"cannot reproject to lon/lat ({exc})", where=str(p)
            ) from None
    return frame


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def from_frame(
    frame: Any,
    *,
    time: datetime,
    source: str = DEFAULT_SOURCE,
    layer_field: str | None = None,
    mapping: dict[str, str] | None = None,
    origin: str = "",
    sha256: str = "",
    key: str | None = None,
) -> Snapshot:
    """Classify a lon/lat GeoDataFrame's polygons into layers and process them."""
    if len(frame) == 0:
        raise FrontlineError("the file has no features", where=origin)
    if layer_field is not None and layer_field not in frame.columns:
        cols = ", ".join(c for c in frame.columns if c != "geometry") or "none"
        raise FrontlineError(
            f"no attribute {layer_field!r} (attributes: {cols})", where=origin
        )
    if mapping and layer_field is None:
        raise FrontlineError("--map needs --layer-field", where=origin)
    parts: dict[str, list[shapely.Polygon]] = {}
    unmapped: dict[str, int] = {}
    values = frame[layer_field] if layer_field else [None] * len(frame)
    for geom, value in zip(frame.geometry.values, values, strict=True):
        if geom is None or geom.is_empty:
            continue
        if layer_field is None:
            layer = RU_HELD
        else:
            layer = (mapping or {}).get(str(value))
            if layer is None and not mapping:
                layer = str(value)
            if layer is None:
                unmapped[str(value)] = unmapped.get(str(value), 0) + 1
                continue
        polys = shapely.get_parts(shapely.force_2d(geom))
        polys = [p for p in shapely.get_parts(polys) if p.geom_type == "Polygon"]
        parts.setdefault(layer, []).extend(polys)
    meta = {
        "layer_field": layer_field,
        "mapping": mapping or {},
        "not_stored": unmapped,
    }
    key = key or time.strftime("%Y%m%dT%H%M%SZ")
    return build_snapshot(
        source, key, time, parts, origin=origin, sha256=sha256, meta=meta, where=origin
    )
