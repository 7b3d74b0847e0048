"""NZZ.ch war map areas (Liveuamap data), conflict-investigations/nzz-maps.

``YYYY-MM-DD.json`` (the request's ``to=`` date) holds ``{"value":
FeatureCollection}`` with MultiPolygons typed ``nochange`` (Russian-held for
the whole window), ``gains`` (ground Russia gained in the window) and
``losses`` (ground Russia lost). Stored layers: ``ru_held`` at the window end
= nochange ∪ gains, ``ru_gains``, ``ru_losses``. **Crimea is not in NZZ's
map**, so ``ru_held`` excludes it (about 26,700 km² less than DeepState).

**Key and instant:** the key is NZZ's data date ``properties.date`` (its last
update; several request dates repeat the same data and are stored once); the
instant is the end of that UTC day (23:59:59), the window end
``_dateto``/``_datefrom`` and the request date are kept in ``meta``.

>>> snapshot_time("2023-08-18").isoformat()
'2023-08-18T23:59:59+00:00'
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import shapely

from ..errors import FrontlineError
from ..instants import UTC
from ..model import RU_GAINS, RU_HELD, RU_LOSSES, Snapshot
from .control import build_snapshot, features, polygon_parts
from .files import Document

SOURCE = "nzz"
_END = time(23, 59, 59)


def snapshot_time(day: str) -> datetime:
    try:
        d = date.fromisoformat(str(day)[:10])
    except ValueError:
        raise FrontlineError(f"NZZ date {day!r} is not YYYY-MM-DD") from None
    return datetime.combine(d, _END, UTC)


def request_date(path: str | Path) -> str | None:
    stem = Path(path).name.split(".")[0]
    try:
        return date.fromisoformat(stem).isoformat()
    except ValueError:
        return None


def from_document(doc: Document, key: str | None = None) -> Snapshot:
    data: Any = doc.data
    if isinstance(data, dict) and isinstance(data.get("value"), dict):
        data = data["value"]
    feats = features(data, where=doc.origin)
    parts: dict[str, list[shapely.Polygon]] = {RU_HELD: [], RU_GAINS: [], RU_LOSSES: []}
    dates: dict[str, str] = {}
    unknown: dict[str, int] = {}
    for f in feats:
        props = f.get("properties") or {}
        kind = str(props.get("type") or "").lower()
        for k in ("date", "_datefrom", "_dateto", "view"):
            if props.get(k) and k not in dates:
                dates[k] = str(props[k])
        polys = polygon_parts(f.get("geometry"), where=doc.origin)
        if kind == "nochange":
            parts[RU_HELD].extend(polys)
        elif kind == "gains":
            parts[RU_HELD].extend(polys)
            parts[RU_GAINS].extend(polys)
        elif kind == "losses":
            parts[RU_LOSSES].extend(polys)
        else:
            unknown[kind] = unknown.get(kind, 0) + 1
    day = dates.get("date") or dates.get("_dateto") or request_date(doc.origin)
    if not day:
        raise FrontlineError(
            "no date: neither properties.date/_dateto nor a YYYY-MM-DD file name",
            where=doc.origin,
        )
    if not parts[RU_HELD] and not parts[RU_LOSSES]:
        raise FrontlineError(
            "no nochange/gains/losses polygons (not an NZZ areas file?)",
            where=doc.origin,
        )
    meta = {
        "window_from": dates.get("_datefrom"),
        "window_to": dates.get("_dateto"),
        "view": dates.get("view"),
        "request_date": request_date(doc.origin),
        "not_stored": unknown,
        "crimea": "excluded by NZZ",
        "instant_rule": "end of properties.date (UTC)",
    }
    return build_snapshot(
        SOURCE,
        key or day[:10],
        snapshot_time(day),
        parts,
        doc=doc,
        meta=meta,
    )
