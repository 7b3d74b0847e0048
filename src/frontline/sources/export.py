"""Writing lon/lat features to GeoPackage, GeoJSON or GeoParquet, atomically.

The format follows the file extension: ``.gpkg`` (GeoPackage, layer
``frontline``), ``.geojson``/``.json`` (RFC 7946 GeoJSON) or ``.parquet``
(GeoParquet via ``geopandas.to_parquet``). All are EPSG:4326 and open directly
in QGIS, geopandas and DuckDB (spatial). The file is written under a temporary
name in the same directory and renamed into place, so a failed export never
leaves a half-written file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import FrontlineError
from ..outfiles import check_target, write_atomically

FORMATS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON", ".parquet": None}
LAYER = "frontline"


def export_format(path: str | Path) -> str:
    """The format for ``path`` from its extension (an error if unsupported)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise FrontlineError(
            f"unsupported extension {suffix or '(none)'!r}; use .gpkg, .geojson "
            "or .parquet",
            where=f"--out {str(path)!r}",
        )
    return suffix


def write_features(
    features: list[dict[str, Any]],
    path: str | Path,
    columns: list[str],
) -> Path:
    """Write ``features`` (dicts with a lon/lat ``geometry`` and ``columns``).

    Returns the final path. Raises :class:`FrontlineError` when the directory
    does not exist or the file cannot be written.
    """
    import geopandas as gpd

    where = f"--out {str(path)!r}"
    suffix = export_format(path)
    check_target(path, where)
    data = {c: [f.get(c) for f in features] for c in columns}
    gdf = gpd.GeoDataFrame(
        data,
        geometry=gpd.GeoSeries([f["geometry"] for f in features], crs="EPSG:4326"),
    )

    def write(tmp: Path) -> None:
        if suffix == ".parquet":
            gdf.to_parquet(tmp, index=False)
        elif suffix == ".gpkg":
            gdf.to_file(tmp, driver="GPKG", layer=LAYER)
        else:
            gdf.to_file(tmp, driver="GeoJSON")

    return write_atomically(path, write, where)
