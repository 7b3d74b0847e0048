"""Data the check loads once and hands to the pure engines: the OSM
settlement boundaries' boxes (for :mod:`frontline.places.footprint`) and
Ukraine's outline (for the contact line, :mod:`frontline.geo.contact`)."""

from __future__ import annotations

import csv
import gzip
import json
from functools import lru_cache
from pathlib import Path

import shapely
import shapely.geometry

from ..errors import FrontlineError
from ..places.footprint import OsmExtent, extent_index

OSM_FILE = "osm"  # the key of the OSM settlement file among the gazetteer inputs


def read_osm_extents(path: Path) -> tuple[OsmExtent, ...]:
    """Every OSM settlement boundary of ``osm_settlement_polygons_centroids``
    (names, representative point, bounding box)."""
    out = []
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            for rec in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                try:
                    box = [
                        float(rec[k]) for k in ("bbox_w", "bbox_s", "bbox_e", "bbox_n")
                    ]
                    lat, lon = float(rec["lat"]), float(rec["lon"])
                except (TypeError, ValueError):
                    continue
                names = tuple(
                    n
                    for k in ("name", "name_uk", "name_ru", "name_en", "old_name")
                    for n in (rec.get(k) or "").split(";")
                    if n
                )
                out.append(OsmExtent(names, lat, lon, *box, osm_id=rec["osm_id"]))
    except (OSError, EOFError, csv.Error, KeyError) as exc:
        raise FrontlineError(
            f"cannot read OSM settlements: {exc}", where=str(path)
        ) from None
    return tuple(out)


@lru_cache(maxsize=4)
def osm_extents(mirror: str | None) -> dict[str, list[OsmExtent]]:
    """The OSM settlement extents of the gazetteer ``mirror`` points at, by
    name (empty when it has none: footprints are then sized from
    population)."""
    from ..sources.gazetteer import find_inputs

    try:
        inputs = find_inputs(mirror, download=False)
    except FrontlineError:
        return {}
    path = inputs.files.get(OSM_FILE)
    if path is None or not Path(path).exists():
        return {}
    return extent_index(read_osm_extents(Path(path)))


_CONTACT: dict[tuple[str, str, int], object] = {}
_CONTACT_MAX = 64


def contact_of(source: str, key: str, held, land):
    """The contact line of one stored snapshot (cached: it depends only on the
    snapshot and the outline), or the held area's edge without an outline."""
    from ..geo.contact import contact_line

    if land is None:
        return None if held is None or held.is_empty else held.boundary
    k = (source, key, id(land))
    if k not in _CONTACT:
        if len(_CONTACT) >= _CONTACT_MAX:
            _CONTACT.pop(next(iter(_CONTACT)))
        line = contact_line(held, land)
        if line is not None and not line.is_empty:
            shapely.prepare(line)
        _CONTACT[k] = line
    return _CONTACT[k]


LAND_FILE = "ua_adm1_oblasts_osm.geojson.gz"  # OSM oblasts: land, no sea


@lru_cache(maxsize=4)
def ukraine_land(mirror: str | None):
    """Ukraine's land outline for the contact line (equal-area,
    :func:`frontline.geo.contact.outline`), or None when the boundaries folder
    has no oblast file (distances are then to the held area's whole edge)."""
    from ..geo.area import to_equal_area
    from ..geo.contact import outline
    from ..sources.gazetteer import find_inputs

    try:
        inputs = find_inputs(mirror, download=False)
    except FrontlineError:
        return None
    path = inputs.boundaries.get(1)
    if path is None or Path(path).name != LAND_FILE or not Path(path).exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    land = shapely.union_all(
        [shapely.geometry.shape(f["geometry"]) for f in data["features"]]
    )
    return outline(to_equal_area(land))


ADM1_FULL = "geoBoundaries-UKR-ADM1.geojson.gz"  # full resolution, for measuring


@lru_cache(maxsize=4)
def oblast_polygons(mirror: str | None) -> dict[str, object]:
    """Oblast ISO 3166-2 code → lon/lat polygon at full resolution
    (geoBoundaries ADM1; oblast regions are measured on these, the
    simplified OSM oblasts only find which oblast is meant). Empty when the
    boundaries folder lacks the file."""
    from ..sources.gazetteer import find_inputs

    try:
        inputs = find_inputs(mirror, download=False)
    except FrontlineError:
        return {}
    for folder in {Path(p).parent for p in inputs.boundaries.values()}:
        path = folder / ADM1_FULL
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
            return {
                f["properties"]["shapeISO"]: shapely.geometry.shape(f["geometry"])
                for f in data["features"]
                if f.get("geometry") and f["properties"].get("shapeISO")
            }
    return {}
