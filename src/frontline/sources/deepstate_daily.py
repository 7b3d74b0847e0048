"""The dissolved daily DeepState archive (cyterat/deepstate-map-data).

``deepstatemap_data_YYYYMMDD.geojson``: one feature, one MultiPolygon of
Russian-held ground (occupied since 2022 + Crimea + ORDLO; no grey zone, no
Tuzla). The file date is the *download* date (a GitHub Action at 03:00 UTC)
and the file holds the map DeepState published the previous evening.

**Instant:** the map state of file ``YYYYMMDD`` is dated the previous day at
21:00 UTC (DeepState publishes about 17–22 h UTC; 21:00 is a late-evening
bound); the download instant (``YYYYMMDD`` 03:00 UTC) is kept in ``meta``.
Checked on the pack: ``20240708`` equals the raw snapshot of 2024-07-07
20:49Z to within 4 km² (Tuzla), and monthly net changes computed with this
instant match DeepState's published monthly figures (see the tests).

>>> snapshot_time("20240708").isoformat()
'2024-07-07T21:00:00+00:00'
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from ..instants import UTC
from ..model import RU_HELD, Snapshot
from .control import (
    build_snapshot,
    dated_key,
    features,
    file_day,
    polygon_parts,
)
from .files import Document

SOURCE = "deepstate-daily"
PUBLISHED_AT = time(21, 0)  # UTC, on the day before the file date
DOWNLOADED_AT = time(3, 0)  # UTC, on the file date


def snapshot_time(key: str) -> datetime:
    """The instant the map of file ``key`` (YYYYMMDD) was published."""
    return datetime.combine(file_day(key) - timedelta(days=1), PUBLISHED_AT, UTC)


def key_for_time(when: datetime) -> str:
    """The file date holding the map published at ``when`` (inverse of above)."""
    return (when.astimezone(UTC).date() + timedelta(days=1)).strftime("%Y%m%d")


def key_from_path(path: str | Path) -> str:
    return dated_key(
        path, "a daily archive file is named deepstatemap_data_YYYYMMDD.geojson"
    )


def from_document(doc: Document, key: str | None = None) -> Snapshot:
    """Process one daily file: every polygon is Russian-held."""
    key = key or key_from_path(doc.origin)
    feats = features(doc.data, where=doc.origin)
    parts = []
    for f in feats:
        parts.extend(polygon_parts(f.get("geometry"), where=doc.origin))
    downloaded = datetime.combine(file_day(key), DOWNLOADED_AT, UTC)
    meta = {
        "file_date": file_day(key).isoformat(),
        "downloaded": downloaded.isoformat().replace("+00:00", "Z"),
        "instant_rule": "previous day 21:00 UTC",
    }
    return build_snapshot(
        SOURCE,
        key,
        snapshot_time(key),
        {RU_HELD: parts},
        doc=doc,
        meta=meta,
    )
