"""Store-backed measurements: held, gained, lost, series and export selections.

The functions here pick snapshots ("as of T" = the latest snapshot at or before
T), load only the layers they need, clip them to the region's projected
geometry (cached per snapshot and region) and hand the geometry to the pure
engine :mod:`frontline.geo.change`. Other commands (``check``, reports) call:

- :func:`measure` ``(store, source, region, t_from, t_to) -> Measurement``
- :func:`held_at` ``(store, source, region, when) -> float | None``
- :func:`change_geometries` ``(store, source, region, t_from, t_to)``
  ``-> (gained, lost)`` lon/lat geometries
- :func:`series` ``(store, source, region, t_from, t_to, freq) -> list[dict]``
- :func:`measurement_json` ``(m) -> dict`` (the ``measure --json`` object)

Example (a store with one source; regions from :mod:`frontline.geo.regions`)::

    from frontline.store import open_store
    from frontline.geo.regions import parse_region
    from frontline.instants import parse_instant
    from frontline import query
    store = open_store()
    m = query.measure(store, "deepstate", parse_region("48.5953,38.0003,25km"),
                      parse_instant("2023-06-04"), parse_instant("2023-08-14"))
    m.ru_lost_km2  # about 41
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import shapely

from . import ATTRIBUTION
from .errors import FrontlineError
from .geo import change
from .geo.area import area_km2, to_lonlat
from .instants import UTC
from .layercache import GeometryCache
from .model import GREY, RU_HELD, Measurement, Region, SnapshotInfo, SnapshotRef
from .store.base import Store
from .timeline import (
    KNOWN_SOURCES,
    Timeline,
    check_order,
    iso,
    resolve,
    snapshot_pair,
    timeline,
    utc,
)

__all__ = [  # the engine other commands call, and what it re-exports
    "KNOWN_SOURCES", "SERIES_COLUMNS", "GeometryCache", "Timeline", "attribution",
    "change_geometries", "changed_polygons", "gaps", "held_at", "iso", "layers_at",
    "measure", "measurement_json", "period_ends", "periods", "region_json",
    "resolve", "series", "snapshot_pair", "timeline", "utc",
]  # fmt: skip

FREQS = ("D", "W", "M")
GAINED_BY = {"gained": "ru", "lost": "ua"}  # a change seen from Russia's side
STALE_AFTER = timedelta(days=3)  # a snapshot older than this at T gets a note
_TINY = timedelta(microseconds=1)


def _ref(requested: datetime, info: SnapshotInfo | None) -> SnapshotRef:
    return SnapshotRef(
        requested, info.key if info else None, info.time if info else None
    )


def _has(info: SnapshotInfo | None, layer: str) -> bool:
    return info is not None and layer in info.layers


# -- measure -------------------------------------------------------------------


def measure(
    store: Store,
    source: str,
    region: Region,
    t_from: datetime,
    t_to: datetime,
    *,
    cache: GeometryCache | None = None,
) -> Measurement:
    """Russian-held ground in ``region`` as of ``t_from`` and ``t_to``.

    Gained = Russian-held at ``t_to`` but not at ``t_from`` (within the region),
    lost = the reverse; grey zone areas are None where the snapshot has no grey
    layer. Raises :class:`FrontlineError` for an unknown source, ``t_from``
    after ``t_to`` or a time before the first snapshot. Stable signature: the
    ``check`` command relies on it.
    """
    a, b = snapshot_pair(store, source, t_from, t_to)
    cache = cache or GeometryCache(store, source)
    return _measure(cache, region, a, b, utc(t_from), utc(t_to))


def _measure(
    cache: GeometryCache,
    region: Region,
    a: SnapshotInfo,
    b: SnapshotInfo,
    t_from: datetime,
    t_to: datetime,
) -> Measurement:
    layers = [RU_HELD] + ([GREY] if _has(a, GREY) or _has(b, GREY) else [])
    cache.prefetch([a.key, b.key], layers)
    gained, lost = cache.changes(a.key, b.key, RU_HELD, region)
    return Measurement(
        source=cache.source,
        region=region,
        start=_ref(t_from, a),
        end=_ref(t_to, b),
        ru_held_start_km2=cache.area(a.key, RU_HELD, region),
        ru_held_end_km2=cache.area(b.key, RU_HELD, region),
        ru_gained_km2=None if gained is None else area_km2(gained),
        ru_lost_km2=None if lost is None else area_km2(lost),
        grey_start_km2=cache.area(a.key, GREY, region) if _has(a, GREY) else None,
        grey_end_km2=cache.area(b.key, GREY, region) if _has(b, GREY) else None,
    )


def held_at(
    store: Store, source: str, region: Region, when: datetime, layer: str = RU_HELD
) -> float | None:
    """Area (km²) of ``layer`` within ``region`` as of ``when``.

    None when the snapshot has no such layer; an error before the first snapshot.
    """
    info = resolve(timeline(store, source), when, "time")
    if layer not in info.layers:
        return None
    return GeometryCache(store, source).area(info.key, layer, region)


def change_geometries(
    store: Store, source: str, region: Region, t_from: datetime, t_to: datetime
):
    """(gained, lost) Russian-held geometries between two instants, lon/lat.

    For maps in reports. Both are (possibly empty) lon/lat (multi)polygons.
    """
    a, b = snapshot_pair(store, source, t_from, t_to)
    gained, lost = GeometryCache(store, source).changes(a.key, b.key, RU_HELD, region)
    return to_lonlat(gained), to_lonlat(lost)


def _r(x: float | None, nd: int = 3) -> float | None:
    return None if x is None else round(float(x), nd)


def region_json(region: Region) -> dict[str, Any]:
    """A region as JSON: lon/lat GeoJSON geometry, area, description, params."""
    geom = region.geometry
    return {
        "description": region.description,
        "kind": region.kind,
        "params": region.params,
        "area_km2": None if region.kind == "all" else _r(region.area_km2),
        "geometry": None
        if geom is None
        else shapely.geometry.mapping(shapely.set_precision(geom, 1e-6)),
        "provenance": region.provenance,
    }


def _ref_json(ref: SnapshotRef) -> dict[str, Any]:
    return {
        "requested": iso(ref.requested),
        "snapshot_id": ref.snapshot_id,
        "snapshot_time": iso(ref.snapshot_time),
    }


def measurement_json(m: Measurement) -> dict[str, Any]:
    """The ``measure --json`` object for a :class:`Measurement`."""
    notes = []
    for name, ref in (("from", m.start), ("to", m.end)):
        if ref.snapshot_time and ref.requested - ref.snapshot_time > STALE_AFTER:
            days = (ref.requested - ref.snapshot_time).total_seconds() / 86400
            notes.append(
                f"{name}: the latest snapshot is {days:.1f} days older than requested"
            )
    return {
        "source": m.source,
        "region": region_json(m.region),
        "from": _ref_json(m.start),
        "to": _ref_json(m.end),
        "ru_held_km2": {"from": _r(m.ru_held_start_km2), "to": _r(m.ru_held_end_km2)},
        "ru_gained_km2": _r(m.ru_gained_km2),
        "ru_lost_km2": _r(m.ru_lost_km2),
        "net_ru_km2": _r(m.net_ru_km2),
        "grey_km2": {"from": _r(m.grey_start_km2), "to": _r(m.grey_end_km2)},
        "notes": notes,
        "attribution": attribution(m.source),
    }


def attribution(source: str) -> str:
    """Whom to cite for ``source`` (falls back to the source name)."""
    return ATTRIBUTION.get(source) or ATTRIBUTION.get(source.split("-")[0]) or source


# -- series --------------------------------------------------------------------


def _period_start(d: date, freq: str) -> date:
    if freq == "W":
        return d - timedelta(days=d.weekday())  # Monday
    if freq == "M":
        return d.replace(day=1)
    return d


def _next_start(d: date, freq: str) -> date:
    if freq == "W":
        return d + timedelta(days=7)
    if freq == "M":
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return d + timedelta(days=1)


def periods(
    t_from: datetime, t_to: datetime, freq: str
) -> list[tuple[datetime, datetime]]:
    """Calendar periods (UTC) from the one holding ``t_from`` to the one holding
    ``t_to``; each is ``(start 00:00, end 23:59:59.999999)``, the last one cut
    at ``t_to``. Weeks run Monday–Sunday.

    >>> from frontline.instants import parse_instant
    >>> [(iso(a)[:10], iso(b)[:10]) for a, b in periods(
    ...     parse_instant("2023-08-02"), parse_instant("2023-08-14"), "W")]
    [('2023-07-31', '2023-08-06'), ('2023-08-07', '2023-08-13'), \
('2023-08-14', '2023-08-14')]
    """
    t_from, t_to = utc(t_from), utc(t_to)
    freq = freq.upper()
    if freq not in FREQS:
        raise FrontlineError(f"--freq {freq!r}: use D (day), W (week) or M (month)")
    check_order(t_from, t_to)
    out = []
    d = _period_start(t_from.astimezone(UTC).date(), freq)
    while True:
        start = datetime(d.year, d.month, d.day, tzinfo=UTC)
        if start > t_to:
            break
        nxt = _next_start(d, freq)
        end = datetime(nxt.year, nxt.month, nxt.day, tzinfo=UTC) - _TINY
        out.append((start, min(end, t_to)))
        d = nxt
    return out


SERIES_COLUMNS = (
    "period_start",
    "period_end",
    "start_snapshot_id",
    "start_snapshot_time",
    "end_snapshot_id",
    "end_snapshot_time",
    "ru_held_start_km2",
    "ru_held_km2",
    "ru_gained_km2",
    "ru_lost_km2",
    "net_ru_km2",
    "grey_km2",
    "n_snapshots",
)


def series(
    store: Store,
    source: str,
    region: Region,
    t_from: datetime,
    t_to: datetime,
    freq: str,
    *,
    cache: GeometryCache | None = None,
    since: datetime | None = None,
) -> list[dict[str, Any]]:
    """One row per calendar period (see :func:`periods`) with these keys:

    ``period_start``/``period_end`` (ISO), ``start_snapshot_id``/``_time`` (the
    snapshot as of the period start, i.e. the previous period's end state),
    ``end_snapshot_id``/``_time`` (as of the period end), ``ru_held_start_km2``,
    ``ru_held_km2`` (at the period end), ``ru_gained_km2``, ``ru_lost_km2``,
    ``net_ru_km2`` (within the period), ``grey_km2`` (at the end, None without
    a grey layer) and ``n_snapshots`` (published within the period). Values are
    None where no snapshot exists yet, and in a period with no snapshot of its
    own (a gap: carrying the last map over would read as "nothing changed");
    :func:`gaps` lists those. With ``since``, snapshots older than it are not
    used, so the first period cannot absorb the change of months before the
    span just because the store holds nothing closer. An error if the whole
    range precedes the first snapshot.
    """
    t_from, t_to = utc(t_from), utc(t_to)
    tl = timeline(store, source)
    spans = periods(t_from, t_to, freq)
    if tl.at(spans[-1][1]) is None:
        resolve(tl, t_to, "--to")
    cache = cache or GeometryCache(store, source)
    pairs = [(tl.at(s - _TINY), tl.at(e)) for s, e in spans]
    if since is not None:
        since = utc(since)
        pairs = [
            tuple(i if i is not None and i.time >= since else None for i in pair)
            for pair in pairs
        ]
    keys = {i.key for pair in pairs for i in pair if i is not None}
    has_grey = any(GREY in i.layers for pair in pairs for i in pair if i)
    cache.prefetch(sorted(keys), [RU_HELD, GREY] if has_grey else [RU_HELD])
    rows = []
    for (start, end), (a, b) in zip(spans, pairs, strict=True):
        row: dict[str, Any] = {
            "period_start": iso(start),
            "period_end": iso(end),
            "start_snapshot_id": a.key if a else None,
            "start_snapshot_time": iso(a.time) if a else None,
            "end_snapshot_id": b.key if b else None,
            "end_snapshot_time": iso(b.time) if b else None,
            "ru_held_start_km2": None,
            "ru_held_km2": None,
            "ru_gained_km2": None,
            "ru_lost_km2": None,
            "net_ru_km2": None,
            "grey_km2": None,
            "n_snapshots": len(tl.between(start, end)),
        }
        if b is not None and row["n_snapshots"] == 0:
            rows.append(row)  # a gap: no map was published within the period
            continue
        if b is not None:
            row["ru_held_km2"] = _r(cache.area(b.key, RU_HELD, region))
            if _has(b, GREY):
                row["grey_km2"] = _r(cache.area(b.key, GREY, region))
        if a is not None and b is not None:
            row["ru_held_start_km2"] = _r(cache.area(a.key, RU_HELD, region))
            g, lo = cache.changes(a.key, b.key, RU_HELD, region)
            if g is not None:
                row["ru_gained_km2"] = _r(area_km2(g))
                row["ru_lost_km2"] = _r(area_km2(lo))
                row["net_ru_km2"] = _r(area_km2(g) - area_km2(lo))
        rows.append(row)
    return rows


def gaps(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of :func:`series` with no snapshot of their own after the first
    one: their values are None (a gap), never a carried-over zero.

    >>> gaps([{"end_snapshot_id": None, "n_snapshots": 0},
    ...       {"end_snapshot_id": "a", "n_snapshots": 1},
    ...       {"end_snapshot_id": "a", "n_snapshots": 0}])
    [{'end_snapshot_id': 'a', 'n_snapshots': 0}]
    """
    return [r for r in rows if r["end_snapshot_id"] and not r["n_snapshots"]]


def period_ends(t_from: datetime, t_to: datetime, freq: str) -> list[datetime]:
    """The instants a series over the span reads: each period's start and end."""
    spans = periods(t_from, t_to, freq)
    return sorted({spans[0][0]} | {e for _s, e in spans})


# -- export selections ---------------------------------------------------------


def layers_at(
    store: Store, source: str, region: Region, when: datetime
) -> tuple[SnapshotInfo, list[dict[str, Any]]]:
    """Every layer of the snapshot as of ``when``, clipped, as lon/lat features.

    Each feature: ``{"geometry", "layer", "area_km2", "source", "snapshot_id",
    "snapshot_time"}``.
    """
    info = resolve(timeline(store, source), when, "--at")
    snap = store.load(source, info.key)
    cache = GeometryCache(store, source)
    feats = []
    for layer in sorted(snap.geometries):
        geom = cache.clip(snap.geometries[layer], region)
        if geom is None or geom.is_empty:
            continue
        feats.append(
            {
                "geometry": to_lonlat(geom),
                "layer": layer,
                "area_km2": _r(area_km2(geom)),
                "source": source,
                "snapshot_id": info.key,
                "snapshot_time": iso(info.time),
            }
        )
    return info, feats


def changed_polygons(
    store: Store, source: str, region: Region, t_from: datetime, t_to: datetime
) -> tuple[SnapshotInfo, SnapshotInfo, list[dict[str, Any]]]:
    """Polygons that changed side between two instants, one feature each.

    Each feature: ``{"geometry" (lon/lat polygon), "type" ("gained"/"lost", from
    Russia's side), "gained_by" ("ru"/"ua": who took it), "area_km2", "source",
    "from_snapshot_id", "to_snapshot_id", "from_time", "to_time"}``, largest
    first within each type.
    """
    a, b = snapshot_pair(store, source, t_from, t_to, ("--changes T1", "--changes T2"))
    gained, lost = GeometryCache(store, source).changes(a.key, b.key, RU_HELD, region)
    feats = []
    for kind, geom in (("gained", gained), ("lost", lost)):
        if geom is None or geom.is_empty:
            continue
        for part in change.polygons(geom):
            feats.append(
                {
                    "geometry": to_lonlat(part),
                    "type": kind,
                    "gained_by": GAINED_BY[kind],
                    "area_km2": _r(area_km2(part), 4),
                    "source": source,
                    "from_snapshot_id": a.key,
                    "to_snapshot_id": b.key,
                    "from_time": iso(a.time),
                    "to_time": iso(b.time),
                }
            )
    return a, b, feats
