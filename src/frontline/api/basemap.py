"""An offline basemap from the stored boundaries: Ukraine's land and its
oblasts (the gazetteer folder's sibling ``boundaries/``), simplified for
display. Online tiles are a setting (:attr:`Settings.tile_url`)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import shapely
from shapely.geometry import shape

from .. import ATTRIBUTION
from ..errors import FrontlineError

LAND_FILE = "ua_adm0_from_geoboundaries.geojson.gz"
OBLASTS_FILE = "ua_adm1_oblasts_osm.geojson.gz"
DISPLAY_TOLERANCE_DEG = 0.01  # display only (about a kilometre)


def boundaries_dir(mirror: str | None) -> Path | None:
    """The boundaries folder of the server's gazetteer, or None."""
    from ..sources.gazetteer import find_inputs

    try:
        inputs = find_inputs(mirror, download=False)
    except FrontlineError:
        return None
    if not inputs.boundaries:
        return None
    return inputs.boundaries[1].parent


def _read(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rb") as handle:
        return orjson.loads(handle.read()).get("features") or []


def basemap_json(mirror: str | None) -> bytes:
    """GeoJSON bytes: land (kind ``land``) and oblasts (kind ``oblast``)."""
    folder = boundaries_dir(mirror)
    feats: list[dict[str, Any]] = []
    notes: list[str] = []
    if folder is None:
        notes.append("no boundaries folder beside the gazetteer: no offline basemap")
    for kind, name, attribution in (
        ("land", LAND_FILE, ATTRIBUTION["geoboundaries"]),
        ("oblast", OBLASTS_FILE, ATTRIBUTION["osm"]),
    ):
        path = folder / name if folder else None
        if path is None or not path.is_file():
            if folder is not None:
                notes.append(f"{name} is missing")
            continue
        for f in _read(path):
            try:
                geom = shapely.simplify(shape(f["geometry"]), DISPLAY_TOLERANCE_DEG)
            except (KeyError, TypeError, ValueError, shapely.errors.GEOSException):
                continue
            props = f.get("properties") or {}
            label = props.get("name:en") or props.get("name") or props.get("shapeName")
            feats.append(
                {
                    "type": "Feature",
                    "properties": {
                        "kind": kind,
                        "name": label,
                        "attribution": attribution,
                    },
                    "geometry": orjson.Fragment(shapely.to_geojson(geom)),
                }
            )
    collection = {"type": "FeatureCollection", "features": feats, "notes": notes}
    return orjson.dumps(collection)
