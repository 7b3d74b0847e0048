"""The offline basemap of the map images: Ukraine's land, the sea, oblast
boundaries and towns, read from the data folder beside the gazetteer.

Ukraine's land and the oblast boundaries come from ``boundaries/`` of a
mirror such as ``../shared/data``: the OSM oblasts, whose edges follow the
coast (geoBoundaries' polygons reach into the Sea of Azov), completed by the
geoBoundaries units OSM lacks (Kyiv city, Sevastopol). Towns come from
``gazetteer/geonames_cities500_UA.tsv.gz`` (GeoNames, CC BY 4.0); the sea is a
hand-traced outline (package data) less that land. :func:`load_basemap` returns None
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

ADM1 = "ua_adm1_oblasts_osm.geojson.gz"  # OSM oblasts: edges on the coast
ADM1_MORE = "geoBoundaries-UKR-ADM1_simplified.geojson.gz"  # + what OSM lacks
TOWNS = "geonames_cities500_UA.tsv.gz"
SIMPLIFY_DEG = 0.002  # ~200 m: finer than any map image shows
TOWN_POPULATION = 500  # places this big may be labelled (the biggest in view first)
CREDIT = (
    "Basemap: © OpenStreetMap contributors (ODbL), geoBoundaries; towns: GeoNames "
    "(CC BY 4.0)"
)


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
        if (cand / "boundaries" / ADM1).is_file():
            return cand / "boundaries"
    return None


def _read(path: Path) -> list[tuple[dict[str, Any], Any]]:
    import pyogrio

    frame = pyogrio.read_dataframe(f"/vsigzip/{path}")
    cols = [c for c in frame.columns if c != "geometry"]
    return [({c: row[c] for c in cols}, row["geometry"]) for _, row in frame.iterrows()]


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


def _oblasts(folder: Path) -> list[tuple[str, Any]]:
    """The OSM oblasts, plus the geoBoundaries units whose names OSM lacks."""
    units = [(str(p.get("name:en") or p.get("name") or ""), g)
             for p, g in _read(folder / ADM1)]  # fmt: skip
    more = folder / ADM1_MORE
    if more.is_file():
        names = {n for n, _ in units}
        units += [
            (str(p.get("shapeName") or ""), g)
            for p, g in _read(more)
            if str(p.get("shapeName") or "") not in names
        ]
    return [(n, shapely.simplify(g, SIMPLIFY_DEG)) for n, g in units]


@lru_cache(maxsize=4)
def _load(folder: Path) -> Basemap:
    oblasts = _oblasts(folder)
    land = shapely.union_all([g for _, g in oblasts])
    sea = shapely.difference(sea_outline(), land)
    return Basemap(land, sea, oblasts, _towns(folder))


def load_basemap(mirror: str | Path | None) -> Basemap | None:
    """The basemap from the data folder of ``mirror``; None when absent."""
    folder = boundaries_dir(mirror)
    return None if folder is None else _load(folder.resolve())
