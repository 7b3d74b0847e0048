"""ISW/CTP ArcGIS layers, as archived daily by Nikkei (``YYYYMMDD.geojson``).

Each feature's ``layer`` property is the ArcGIS service name; the layer is
chosen by rules on that name so renamed versions (``_V4`` ...) still classify:

- ``...RussiaCoT...`` / ``...ControlofTerrain...`` (assessed Russian control
  of terrain) → ``ru_held``
- ``...AssessedRussianAdvance...`` → ``ru_advances``
- ``...ClaimedRussianTerritory...`` → ``ru_claimed``
- ``...ClaimedUkrainianCounteroffensive...`` → ``ua_claimed``

The last three are never mixed into ``ru_held``. Other layers (partisan
warfare, infiltration, ...) are not stored. Null geometries are skipped,
invalid polygons repaired.

**Instant:** file ``YYYYMMDD`` is ISW's map for that day (fetched about
01–03 UTC the next day), dated ``YYYYMMDD`` 23:00 UTC. ISW sometimes updates
late, so a day's file may lag by one day.

>>> layer_of("VIEW_RussiaCoTinUkraine_V3")
'ru_held'
>>> layer_of("VIEW_ClaimedUkrainianCounteroffensives_V2")
'ua_claimed'
>>> snapshot_time("20230821").isoformat()
'2023-08-21T23:00:00+00:00'
"""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path

import shapely

from ..instants import UTC
from ..model import RU_ADVANCES, RU_CLAIMED, RU_HELD, UA_CLAIMED, Snapshot
from .control import (
    build_snapshot,
    dated_key,
    features,
    file_day,
    polygon_parts,
)
from .files import Document

SOURCE = "isw"
PUBLISHED_AT = time(23, 0)

_RULES = (
    (re.compile(r"claimed.?ukrainian.?counter", re.I), UA_CLAIMED),
    (re.compile(r"claimed.?russian.?territor", re.I), RU_CLAIMED),
    (re.compile(r"assessed.?russian.?advance", re.I), RU_ADVANCES),
    (re.compile(r"russia.?cot|control.?of.?terrain|russiancontrol", re.I), RU_HELD),
)


def layer_of(name: str | None) -> str | None:
    """The frontline layer of an ISW layer/service name, or None."""
    text = str(name or "")
    return next((layer for rx, layer in _RULES if rx.search(text)), None)


def snapshot_time(key: str) -> datetime:
    return datetime.combine(file_day(key), PUBLISHED_AT, UTC)


def key_from_path(path: str | Path) -> str:
    return dated_key(path, "an ISW file is named YYYYMMDD.geojson")


def from_document(doc: Document, key: str | None = None) -> Snapshot:
    key = key or key_from_path(doc.origin)
    feats = features(doc.data, where=doc.origin)
    parts: dict[str, list[shapely.Polygon]] = {
        RU_HELD: [],
        RU_ADVANCES: [],
        RU_CLAIMED: [],
        UA_CLAIMED: [],
    }
    skipped: dict[str, int] = {}
    nulls = 0
    for f in feats:
        props = f.get("properties") or {}
        if f.get("geometry") is None:
            nulls += 1
            continue
        name = props.get("layer")
        layer = layer_of(name)
        if layer is None:
            skipped[str(name)] = skipped.get(str(name), 0) + 1
            continue
        parts[layer].extend(polygon_parts(f["geometry"], where=doc.origin))
    meta = {
        "null_geometries": nulls,
        "not_stored": skipped,
        "instant_rule": "file date 23:00 UTC",
    }
    return build_snapshot(
        SOURCE,
        key,
        snapshot_time(key),
        parts,
        doc=doc,
        meta=meta,
    )
