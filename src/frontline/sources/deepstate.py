"""DeepStateMap raw history snapshots (``<unix-id>.geojson``).

The body of ``/api/history/<id>/geojson``: a FeatureCollection of KML-style
features (``name``, ``fill``, ...), z = 0 on every coordinate, Polygons,
Points and GeometryCollections. The snapshot time is the id (Unix seconds,
UTC). Classification is by rules, so later snapshots classify too:

1. A name naming a non-Ukrainian territory (Transnistria, in any era: the
   Ukrainian name, the English one, or ``geoJSON.territories.transnistria``)
   or the ``#ff5252`` fill (the joke "occupied Karelia/Kurils/..." polygons) is
   dropped.
2. A known fill decides: ``#a52714`` occupied, ``#880e4f`` occupied before
   2022 (Crimea, ORDLO, Tuzla), ``#000000`` (April 2022 Crimea/ORDLO) →
   ``ru_held``; ``#bcaaa4``/``#bdbdbd``/``#757575`` → ``grey``;
   ``#0f9d58``/``#0288d1``/``#01579b`` → ``liberated`` (NOT Russian-held).
3. An unknown fill falls back to the ``geoJSON.<key>`` of the name (from
   2024-03-23: ``status.occupied``, ``territories.crimea|ordlo|tuzla``,
   ``status.unknown``, ``status.dismissed[_at ...]``), then to words of the
   English or Ukrainian name (``Occupied``/``Окуповано``, ``Unknown
   status``/``Contested``/``Під питанням``, ``Liberated``/``Звільнено``).
   Anything else (e.g. the June 2023 Wagner mutiny overlay) is not stored.
4. Each part whose representative point lies outside the front's area is
   dropped (the stray Arabian Sea triangle of 2023).

>>> classify({"fill": "#A52714", "name": "Окуповано /// Occupied"})
'ru_held'
>>> classify({"fill": "#880e4f", "name": "Придністров'я"}) is None
True
>>> classify({"fill": "#123456",
...           "name": "Звільнено /// Liberated /// geoJSON.status.dismissed"})
'liberated'
>>> name_scheme("Статус невідомий /// Unknown status /// geoJSON.status.unknown")
'geojson_key'
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import shapely

from ..errors import FrontlineError
from ..instants import data_instant_of_unix
from ..model import GREY, LIBERATED, RU_HELD, Snapshot
from .control import build_snapshot, features, polygon_parts
from .files import Document

SOURCE = "deepstate"

DROP = "drop"

FILL_LAYERS = {
    "#a52714": RU_HELD,  # occupied since 24 Feb 2022
    "#880e4f": RU_HELD,  # occupied before 2022: Crimea, ORDLO, Tuzla
    "#000000": RU_HELD,  # April 2022: ОРДЛО, Крим
    "#bcaaa4": GREY,  # unknown status / contested
    "#bdbdbd": GREY,
    "#757575": GREY,
    "#0f9d58": LIBERATED,  # liberated / taken back
    "#0288d1": LIBERATED,
    "#01579b": LIBERATED,
    "#ff5252": DROP,  # non-Ukrainian / joke polygons (Karelia, Kurils, ...)
}

# geoJSON.<key> (from 2024-03-23) → layer; prefixes match "dismissed_at ...".
KEY_LAYERS = (
    ("territories.transnistria", DROP),
    ("status.occupied", RU_HELD),
    ("territories.crimea", RU_HELD),
    ("territories.ordlo", RU_HELD),
    ("territories.tuzla", RU_HELD),
    ("status.unknown", GREY),
    ("status.contested", GREY),
    ("status.dismissed", LIBERATED),
    ("status.liberated", LIBERATED),
    ("territories.", DROP),  # abkhazia, karelia, ...: not Ukraine
)

_NOT_UKRAINE = re.compile(r"придністров|transnistri|приднестров", re.I)
_WORDS = (
    (
        re.compile(r"\b(occupied|cadr|calr|crimea|tuzla)\b|окупован|ордло|крим", re.I),
        RU_HELD,
    ),
    (re.compile(r"unknown|contest|під питанням|невідом|сіра зона", re.I), GREY),
    (re.compile(r"liberated|taken back|recaptured|звільнен", re.I), LIBERATED),
)
_KEY = re.compile(r"geojson\.([a-z_.]+)", re.I)


def normalize_name(name: Any) -> str:
    """NFKC, non-breaking spaces and newlines → spaces, collapsed, trimmed."""
    text = unicodedata.normalize("NFKC", str(name or ""))
    return " ".join(text.replace("\ufffd", "").split())


def name_scheme(name: str) -> str:
    """The name era: ``uk_only`` (spring 2022), ``uk_en``, ``geojson_key``."""
    n = normalize_name(name)
    if _KEY.search(n):
        return "geojson_key"
    if "///" in n:
        return "uk_en"
    return "uk_only"


def classify(props: dict[str, Any]) -> str | None:
    """The layer of a feature (``ru_held``/``grey``/``liberated``) or None."""
    name = normalize_name(props.get("name"))
    if _NOT_UKRAINE.search(name):
        return None
    fill = str(props.get("fill") or "").strip().lower()
    layer = FILL_LAYERS.get(fill)
    if layer is None:
        m = _KEY.search(name)
        if m:
            key = m.group(1).lower()
            layer = next((lay for k, lay in KEY_LAYERS if key.startswith(k)), None)
        else:
            layer = next((lay for rx, lay in _WORDS if rx.search(name)), None)
    return None if layer in (None, DROP) else layer


def key_from_path(path: str | Path) -> str:
    """The history id from ``<id>.geojson[.gz]``."""
    stem = Path(path).name.split(".")[0]
    if not stem.isdigit():
        raise FrontlineError(
            "a DeepState history file is named <unix-id>.geojson", where=str(path)
        )
    return stem


def from_document(doc: Document, key: str | None = None) -> Snapshot:
    """Process one raw history document into a snapshot.

    ``doc.data`` is the FeatureCollection, or the ``/api/history/last`` object
    ``{"id": ..., "map": FeatureCollection}``. ``key`` is the history id
    (taken from the object or the file name when omitted).
    """
    data = doc.data
    if isinstance(data, dict) and isinstance(data.get("map"), dict):
        key = key or str(data.get("id") or "")
        data = data["map"]
    if key is None:
        key = key_from_path(doc.origin)
    if not str(key).isdigit():
        raise FrontlineError(
            f"history id {key!r} is not Unix seconds", where=doc.origin
        )
    feats = features(data, where=doc.origin)
    parts: dict[str, list[shapely.Polygon]] = {RU_HELD: [], GREY: [], LIBERATED: []}
    skipped: dict[str, int] = {}
    schemes: dict[str, int] = {}
    for f in feats:
        props = f.get("properties") or {}
        geom = f.get("geometry")
        if not isinstance(geom, dict) or geom.get("type") in (None, "Point"):
            continue
        polys = polygon_parts(geom, where=doc.origin)
        if not polys:
            continue
        scheme = name_scheme(props.get("name", ""))
        schemes[scheme] = schemes.get(scheme, 0) + 1
        layer = classify(props)
        if layer is None:
            label = f"{props.get('fill')} {normalize_name(props.get('name'))[:40]}"
            skipped[label] = skipped.get(label, 0) + 1
            continue
        parts[layer].extend(polys)
    meta = {
        "name_scheme": max(schemes, key=schemes.get) if schemes else None,
        "not_stored": skipped,
        "features": len(feats),
    }
    return build_snapshot(
        SOURCE,
        str(key),
        data_instant_of_unix(int(key), what=f"{doc.origin}: id {key}"),
        parts,
        doc=doc,
        meta=meta,
    )
