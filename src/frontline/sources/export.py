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
TIME_SUFFIX = "_time"  # columns holding ISO instants: written as UTC timestamps


def layer_name(source: str, *dates: str) -> str:
    """The layer name: the source and the date(s), e.g. ``isw_2023-08-21``.

    >>> layer_name("deepstate-daily", "2024-08-01T00:00:00Z", "2024-08-31")
    'deepstate-daily_2024-08-01_2024-08-31'
    """
    return "_".join([source, *(d[:10] for d in dates)])


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
    *,
    layer: str = LAYER,
    attribution: str | None = None,
) -> Path:
    """Write ``features`` (dicts with a lon/lat ``geometry`` and ``columns``).

    The layer is named ``layer`` (never after the temporary file); every
    feature carries ``attribution`` (whom to cite) when given, and the columns
    ending in ``_time`` are real UTC timestamps in GeoParquet and GeoPackage.
    Returns the final path. Raises :class:`FrontlineError` when the directory
    does not exist or the file cannot be written.
    """
    import geopandas as gpd
    import pandas as pd

    where = f"--out {str(path)!r}"
    suffix = export_format(path)
    check_target(path, where)
    data: dict[str, Any] = {c: [f.get(c) for f in features] for c in columns}
    if attribution:
        data["attribution"] = [attribution] * len(features)
    if suffix != ".geojson" and suffix != ".json":  # GeoJSON keeps ISO strings
        for c in columns:
            if c.endswith(TIME_SUFFIX):
                data[c] = pd.to_datetime(pd.Series(data[c], dtype=object), utc=True)
    gdf = gpd.GeoDataFrame(
        data,
        geometry=gpd.GeoSeries([f["geometry"] for f in features], crs="EPSG:4326"),
    )

    def write(tmp: Path) -> None:
        if suffix == ".parquet":
            gdf.to_parquet(tmp, index=False)
        elif suffix == ".gpkg":
            gdf.to_file(tmp, driver="GPKG", layer=layer)
        else:
            gdf.to_file(tmp, driver="GeoJSON", layer=layer)

    return write_atomically(path, write, where)
