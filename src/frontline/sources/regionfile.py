"""Reading a region from a vector file (GeoJSON, also GeoPackage, .gz, ...).

Every polygon in the file (Polygon, MultiPolygon, Feature, FeatureCollection)
is unioned into one lon/lat geometry; a file with a declared CRS other than
WGS84 lon/lat is reprojected to it. Errors are one line, naming the file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer

from ..errors import FrontlineError
from .files import gzip_size_within
from .vector import check_declared_crs


def _gdal_path(path: Path) -> str:
    return f"/vsigzip/{path}" if path.suffix.lower() == ".gz" else str(path)


def read_region_file(path: str | Path):
    """The union of every polygon in ``path``, in lon/lat (EPSG:4326).

    Raises :class:`FrontlineError` when the file is missing, unreadable, not a
    vector format, holds no polygon, or has coordinates outside lon/lat range.
    """
    from pyogrio import raw
    from pyogrio.errors import DataLayerError, DataSourceError

    p = Path(path).expanduser()
    where = f"--region {str(path)!r}"
    if not p.exists():
        raise FrontlineError("file not found", where=where)
    if not p.is_file():
        raise FrontlineError("not a file", where=where)
    if p.suffix.lower() == ".gz":
        gzip_size_within(p, where=where)
    check_declared_crs(p, where=where)
    try:
        meta, _fids, wkb, _fields = raw.read(_gdal_path(p), force_2d=True)
    except (DataSourceError, DataLayerError) as exc:
        raise FrontlineError(
            "not a GeoJSON (or other vector) file: "
            + str(exc).split(";")[0].replace(str(p), "it"),
            where=where,
        ) from None
    except Exception as exc:  # GDAL raises a variety of errors on corrupt input
        raise FrontlineError(f"cannot read the file ({exc})", where=where) from None
    with np.errstate(invalid="ignore"):  # NaN coordinates: refused just below
        geoms = [g for g in shapely.from_wkb(np.asarray(wkb, dtype=object)) if g]
    polys = []
    for g in geoms:
        parts = shapely.get_parts(g) if g.geom_type != "Polygon" else [g]
        for part in parts:
            if part.geom_type in ("Polygon", "MultiPolygon") and not part.is_empty:
                polys.append(part)
    if not polys:
        kinds = sorted({g.geom_type for g in geoms}) or ["no geometry"]
        raise FrontlineError(
            f"holds no Polygon or MultiPolygon (found: {', '.join(kinds)})",
            where=where,
        )
    if not np.isfinite(shapely.get_coordinates(polys)).all():
        raise FrontlineError("coordinates are not finite numbers (NaN)", where=where)
    crs = meta.get("crs")
    if crs:
        c = CRS.from_user_input(crs)
        if c.to_epsg() != 4326 and "CRS84" not in crs.upper():
            tr = Transformer.from_crs(c, CRS.from_epsg(4326), always_xy=True)
            polys = [
                shapely.transform(
                    g, lambda xy, t=tr: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))
                )
                for g in polys
            ]
    polys = [g if g.is_valid else shapely.make_valid(g) for g in polys]
    geom = shapely.union_all(polys)
    xmin, ymin, xmax, ymax = geom.bounds
    if xmin < -180 or xmax > 180 or ymin < -90 or ymax > 90:
        raise FrontlineError(
            "coordinates out of lon/lat range (a projected file without a CRS?)",
            where=where,
        )
    # keep only polygonal parts (make_valid may leave lines behind)
    parts = [
        g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")
    ]
    return shapely.union_all(parts)
