"""The offline basemap of the map images: Ukraine's land, the sea, oblast
boundaries and towns, read from the data folder beside the gazetteer.

The boundaries come from ``boundaries/`` (geoBoundaries ADM0 and ADM1, CC BY
4.0) and the towns from ``gazetteer/geonames_cities500_UA.tsv.gz`` (GeoNames,
CC BY 4.0) of a mirror such as ``../shared/data``; the sea is a hand-traced
outline (package data) less Ukraine's land. :func:`load_basemap` returns None
when the folder is absent, and the map says so instead of guessing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import shapely

ADM0 = "ua_adm0_from_geoboundaries.geojson.gz"
ADM1 = "geoBoundaries-UKR-ADM1_simplified.geojson.gz"
TOWNS = "geonames_cities500_UA.tsv.gz"
SIMPLIFY_DEG = 0.002  # ~200 m: finer than any map image shows
TOWN_POPULATION = 500  # places this big may be labelled (the biggest in view first)
CREDIT = "Basemap: geoBoundaries (CC BY 4.0); towns: GeoNames (CC BY 4.0)"


@dataclass
class Basemap:
    """Lon/lat geometries for the map background."""

    land: Any  # Ukraine's land (occupied areas included)
    sea: Any  # the Black Sea and the Sea of Azov, less that land
    oblasts: list[tuple[str, Any]] = field(default_factory=list)
    towns: list[tuple[str, float, float, int]] = field(default_factory=list)
    credit: str = CREDIT


def boundaries_dir(mirror: str | Path | None) -> Path | None:
    """``boundaries/`` in, beside or above the mirror folder, else None."""
    if not mirror or str(mirror).startswith(("http://", "https://")):
        return None
    root = Path(mirror).expanduser()
    for cand in (root, root.parent, root.parent.parent):
        if (cand / "boundaries" / ADM0).is_file():
            return cand / "boundaries"
    return None


def _read(path: Path) -> list[tuple[dict[str, Any], Any]]:
    import pyogrio

    frame = pyogrio.read_dataframe(f"/vsigzip/{path}")
    cols = [c for c in frame.columns if c != "geometry"]
    return [
        ({c: row[c] for c in cols}, row["geometry"]) for _, row in frame.iterrows()
    ]


def sea_outline() -> Any:
    """The hand-traced sea polygon (package data, validated on load)."""
    raw = json.loads(
        resources.files("frontline").joinpath("data/sea_outline.json").read_text()
    )
    ring = raw["outline"]
    if len(ring) < 4 or ring[0] != ring[-1]:
        raise ValueError("sea_outline.json: the outline must be a closed ring")
    return shapely.Polygon(ring)


def _towns(folder: Path) -> list[tuple[str, float, float, int]]:
    from .gazetteer import read_cities500

    path = folder.parent / "gazetteer" / TOWNS
    if not path.is_file():
        return []
    return [
        (r.name, r.lat, r.lon, r.population)
        for r in read_cities500(path)
        if (r.population or 0) >= TOWN_POPULATION
    ]


@lru_cache(maxsize=4)
def _load(folder: Path) -> Basemap:
    land = shapely.union_all([g for _, g in _read(folder / ADM0)])
    land = shapely.simplify(land, SIMPLIFY_DEG, preserve_topology=True)
    oblasts = [
        (str(p.get("shapeName") or ""), shapely.simplify(g, SIMPLIFY_DEG))
        for p, g in _read(folder / ADM1)
    ]
    sea = shapely.difference(sea_outline(), land)
    return Basemap(land, sea, oblasts, _towns(folder))


def load_basemap(mirror: str | Path | None) -> Basemap | None:
    """The basemap from the data folder of ``mirror``; None when absent."""
    folder = boundaries_dir(mirror)
    return None if folder is None else _load(folder.resolve())
