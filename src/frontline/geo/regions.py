"""Region specs (``--region R``) → :class:`frontline.model.Region`.

Accepted forms:

- ``LAT,LON,RADIUS`` — a geodesic disc, radius in ``km`` (default) or ``m``,
  e.g. ``48.5953,38.0003,25km``;
- ``bbox:W,S,E,N`` — the lon/lat box ``box(W, S, E, N)``;
- ``all`` — no clipping (the whole layer).

A path to a vector file and a place name are also ``--region`` forms, but
this engine reads no files and loads no gazetteer:
:func:`frontline.regionspec.load_region` reads the file
(:mod:`frontline.sources.regionfile`) and hands its geometry to
:func:`file_region`, or loads the gazetteer and hands it to the place engine
(:func:`frontline.places.regions.region_from_spec`).

>>> r = parse_region("48.5953,38.0003,25km")
>>> r.kind, r.params["radius_km"], round(r.area_km2)
('disc', 25.0, 1963)
>>> parse_region("bbox:37.7,48.4,38.3,48.8").kind
'bbox'
"""

from __future__ import annotations

import re
from pathlib import PurePath

import shapely
from shapely.geometry import box

from ..errors import FrontlineError
from ..model import Region
from .area import area_km2, to_equal_area
from .shapes import geodesic_disc

FORMS = (
    "LAT,LON,RADIUS (e.g. 48.5953,38.0003,25km), bbox:W,S,E,N "
    "(e.g. bbox:37.7,48.4,38.3,48.8), a GeoJSON file path, 'all', "
    "or a place name"
)
MAX_RADIUS_KM = 1500.0
# A generous box around Ukraine, used only to spot swapped coordinates.
_UA_LAT = (43.0, 54.0)
_UA_LON = (20.0, 42.0)

_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"
_DISC = re.compile(
    rf"^\s*({_NUM})\s*,\s*({_NUM})\s*,\s*({_NUM})\s*(km|m)?\s*$", re.IGNORECASE
)
_BBOX = re.compile(
    rf"^\s*bbox\s*:\s*({_NUM})\s*,\s*({_NUM})\s*,\s*({_NUM})\s*,\s*({_NUM})\s*$",
    re.IGNORECASE,
)


def _in_ua(lat: float, lon: float) -> bool:
    return _UA_LAT[0] <= lat <= _UA_LAT[1] and _UA_LON[0] <= lon <= _UA_LON[1]


def _check_lat_lon(lat: float, lon: float, spec: str) -> None:
    if not -90.0 <= lat <= 90.0 or not -180.0 <= lon <= 180.0:
        hint = " (latitude and longitude swapped?)" if -90 <= lon <= 90 else ""
        raise FrontlineError(
            f"latitude {lat:g} / longitude {lon:g} out of range{hint}; "
            "expected LAT,LON,RADIUS with LAT in -90..90",
            where=f"--region {spec!r}",
        )
    if not _in_ua(lat, lon) and _in_ua(lon, lat):
        raise FrontlineError(
            f"{lat:g},{lon:g} lies outside Ukraine but {lon:g},{lat:g} inside: "
            "latitude and longitude look swapped (the form is LAT,LON,RADIUS)",
            where=f"--region {spec!r}",
        )


def _check_not_swapped(lon: float, lat: float, what: str, hint: str, where: str):
    """Error if (lon, lat) lies outside Ukraine but (lat, lon) would lie inside."""
    if not _in_ua(lat, lon) and _in_ua(lon, lat):
        raise FrontlineError(
            f"{what} lies outside Ukraine but would lie inside with latitude and "
            f"longitude swapped ({hint})",
            where=where,
        )


def from_lonlat(
    geom,
    description: str,
    kind: str,
    params: dict | None = None,
    provenance: list[str] | None = None,
) -> Region:
    """A :class:`Region` from a lon/lat polygon: projects it and measures it.

    >>> round(from_lonlat(box(37.7, 48.4, 38.3, 48.8), "box", "custom").area_km2, 1)
    1968.4
    """
    if geom is None or geom.is_empty:
        raise FrontlineError(f"region {description!r} is empty")
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    projected = to_equal_area(geom)
    shapely.prepare(projected)
    return Region(
        geometry=geom,
        projected=projected,
        description=description,
        kind=kind,
        params=dict(params or {}),
        area_km2=area_km2(projected),
        provenance=list(provenance or []),
    )


def disc_region(lat: float, lon: float, radius_km: float, spec: str = "") -> Region:
    """A geodesic disc of ``radius_km`` around (lat, lon)."""
    spec = spec or f"{lat},{lon},{radius_km}km"
    _check_lat_lon(lat, lon, spec)
    if not radius_km > 0:
        raise FrontlineError(
            f"radius must be positive, got {radius_km:g} km", where=f"--region {spec!r}"
        )
    if radius_km > MAX_RADIUS_KM:
        raise FrontlineError(
            f"radius {radius_km:g} km is too large (at most {MAX_RADIUS_KM:g} km)",
            where=f"--region {spec!r}",
        )
    return from_lonlat(
        geodesic_disc(lat, lon, radius_km),
        f"within {radius_km:g} km of {lat:.4f}N {lon:.4f}E",
        "disc",
        {"center": [lat, lon], "lat": lat, "lon": lon, "radius_km": radius_km},
    )


def bbox_region(w: float, s: float, e: float, n: float, spec: str = "") -> Region:
    """The lon/lat box W..E, S..N.

    Snapshots are clipped with it in lon/lat (straight edges, as shapely and
    GeoJSON read a polygon) and the result is measured geodesically; the
    region's own ``area_km2`` is pyproj.Geod's area of the four-corner box.
    """
    spec = spec or f"bbox:{w},{s},{e},{n}"
    where = f"--region {spec!r}"
    for lon in (w, e):
        if not -180.0 <= lon <= 180.0:
            raise FrontlineError(
                f"longitude {lon:g} out of range -180..180 (the form is bbox:W,S,E,N)",
                where=where,
            )
    for lat in (s, n):
        if not -90.0 <= lat <= 90.0:
            raise FrontlineError(
                f"latitude {lat:g} out of range -90..90 (the form is bbox:W,S,E,N; "
                "longitudes first)",
                where=where,
            )
    if w >= e:
        raise FrontlineError(
            f"west {w:g} is not less than east {e:g} (the form is bbox:W,S,E,N)",
            where=where,
        )
    if s >= n:
        raise FrontlineError(
            f"south {s:g} is not less than north {n:g} (the form is bbox:W,S,E,N)",
            where=where,
        )
    _check_not_swapped(
        (w + e) / 2, (s + n) / 2, "the box", "the form is bbox:W,S,E,N, longitudes "
        "first", where
    )  # fmt: skip
    return from_lonlat(
        box(w, s, e, n),
        f"box {w:g}..{e:g}E, {s:g}..{n:g}N",
        "bbox",
        {"bbox": [w, s, e, n]},
    )


def all_region() -> Region:
    """No clipping: measurements cover the whole layer (``geometry`` is None)."""
    return Region(
        geometry=None,
        projected=None,
        description="everywhere (no clipping)",
        kind="all",
        params={},
        area_km2=0.0,
    )


def shape_region(spec: str) -> Region | None:
    """The region of a shape spec (disc, box, ``all``), or None when the spec
    is a file path or a place name: the caller loads those
    (:func:`frontline.regionspec.load_region`) — this engine reads no files.

    >>> shape_region("all").kind, shape_region("Bakhmut") is None
    ('all', True)
    """
    text = str(spec).strip()
    if not text:
        raise FrontlineError(f"empty region; use {FORMS}", where="--region")
    if text.lower() == "all":
        return all_region()
    m = _DISC.match(text)
    if m:
        lat, lon, radius = float(m[1]), float(m[2]), float(m[3])
        if (m[4] or "km").lower() == "m":
            radius /= 1000.0
        return disc_region(lat, lon, radius, text)
    m = _BBOX.match(text)
    if m:
        return bbox_region(float(m[1]), float(m[2]), float(m[3]), float(m[4]), text)
    if text.lower().startswith("bbox"):
        raise FrontlineError(
            "not a box: expected bbox:W,S,E,N with four numbers "
            "(e.g. bbox:37.7,48.4,38.3,48.8)",
            where=f"--region {text!r}",
        )
    if re.match(rf"^\s*{_NUM}\s*,", text):
        raise FrontlineError(
            "not a disc: expected LAT,LON,RADIUS with RADIUS in km or m "
            "(e.g. 48.5953,38.0003,25km)",
            where=f"--region {text!r}",
        )
    return None


def parse_region(spec: str) -> Region:
    """The region of a shape spec (see the module docstring); a file path or
    a place name is an error here (:func:`frontline.regionspec.load_region`
    loads them and hands the geometry or the gazetteer in)."""
    region = shape_region(spec)
    if region is None:
        raise FrontlineError(
            f"not a shape: expected {FORMS} (files and place names are loaded "
            "by frontline.regionspec.load_region)",
            where=f"--region {str(spec).strip()!r}",
        )
    return region


def file_region(geom, path: str) -> Region:
    """The region of a vector file's polygons (``geom``: lon/lat, already
    read by the data layer, :func:`frontline.sources.regionfile.read_region_file`)."""
    c = geom.centroid
    _check_not_swapped(
        c.x, c.y, "the file's polygon", "GeoJSON positions are [lon, lat]",
        f"--region {path!r}",
    )  # fmt: skip
    return from_lonlat(
        geom, f"polygon(s) from {PurePath(path).name}", "file", {"path": path}
    )
