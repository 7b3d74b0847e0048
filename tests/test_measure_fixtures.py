"""Helpers for the engine tests: small snapshots made of our own polygons.

Everything here is constructed (lon/lat boxes we choose), projected with
frontline.geo.area and stored in a real SQLite file (or PostGIS database). No
real data.
"""

from __future__ import annotations

from datetime import datetime

from shapely.geometry import box

from frontline.geo.area import area_km2, to_equal_area
from frontline.instants import UTC
from frontline.model import GREY, RU_HELD, Snapshot, SnapshotInfo
from frontline.store import open_store
from frontline.store.base import Store

# Russian-held box, then the same box shifted 0.1° north a week later: what is
# gained is the strip 49..49.1N, what is lost the strip 48..48.1N (meridians
# and the geodesic top/bottom edges coincide, so the strips are exact).
HELD_1 = box(37.0, 48.0, 38.0, 49.0)
HELD_2 = box(37.0, 48.1, 38.0, 49.1)
GAINED = box(37.0, 49.0, 38.0, 49.1)
LOST = box(37.0, 48.0, 38.0, 48.1)
GREY_1 = box(38.0, 48.0, 38.05, 49.0)
GREY_2 = box(38.0, 48.1, 38.05, 49.1)
T1 = datetime(2023, 8, 1, 20, 0, tzinfo=UTC)  # a Tuesday
T2 = datetime(2023, 8, 8, 20, 0, tzinfo=UTC)
T3 = datetime(2023, 8, 9, 9, 0, tzinfo=UTC)  # same map as T2


def snapshot(source: str, key: str, when: datetime, layers: dict) -> Snapshot:
    """A processed snapshot from lon/lat layers (projected like ingest does)."""
    geoms = {name: to_equal_area(g) for name, g in layers.items()}
    info = SnapshotInfo(
        source, key, when, {n: area_km2(g) for n, g in geoms.items()}, "test"
    )
    return Snapshot(info, geoms)


def demo_store(path) -> Store:
    """A store with 'demo' (grey layer) and 'nogrey' (no grey layer) at ``path``
    (a SQLite file or any store URL)."""
    store = open_store(str(path))
    store.add_snapshot(snapshot("demo", "1", T1, {RU_HELD: HELD_1, GREY: GREY_1}))
    store.add_snapshot(snapshot("demo", "2", T2, {RU_HELD: HELD_2, GREY: GREY_2}))
    store.add_snapshot(snapshot("demo", "3", T3, {RU_HELD: HELD_2, GREY: GREY_2}))
    store.add_snapshot(snapshot("nogrey", "a", T1, {RU_HELD: HELD_1}))
    store.add_snapshot(snapshot("nogrey", "b", T2, {RU_HELD: HELD_2}))
    return store


def demo_db(tmp_path, url: str | None = None) -> str:
    """The URL of a fresh :func:`demo_store`: ``url`` (an empty store), else a
    file under ``tmp_path``."""
    url = url or f"sqlite:///{tmp_path / 'cli.sqlite'}"
    demo_store(url).close()
    return url
