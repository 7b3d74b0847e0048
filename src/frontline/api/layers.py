"""Snapshot layers for display: simplified to about a screen pixel, in lon/lat,
clipped to the map's view, cached.

Display only: measurements (``/api/measure``, ``/api/series``) always use the
stored, unsimplified geometry. A layer is simplified once per zoom level (in
the equal-area CRS, so tolerances are metres) and each answer is kept by
(snapshot, zoom, view rounded outwards to a grid), so a map that pans asks
for the same few views again and gets them from memory.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import orjson
import shapely

from ..geo.area import to_lonlat
from ..layercache import GeometryCache
from ..model import GREY, RU_HELD, SnapshotInfo
from ..query import attribution, iso
from ..store.base import Store
from .settings import LAYER_CACHE_ENTRIES

DISPLAY_LAYERS = (RU_HELD, GREY)
MIN_ZOOM, MAX_ZOOM = 4, 14
METRES_PER_PIXEL_Z0 = 104_750.0  # Web-map pixel at zoom 0, at 48° N (display only)
VIEW_GRID_DEG = 0.5  # views are widened to this grid so pans hit the cache


class LRU:
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, key: Hashable) -> Any:
        """The value kept for ``key`` (marked as recently used), or None."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = make()  # outside the lock: other keys are served meanwhile
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


def tolerance_m(zoom: int) -> float:
    """About one screen pixel at ``zoom``, in metres.

    >>> round(tolerance_m(8))
    409
    """
    return METRES_PER_PIXEL_Z0 / 2 ** max(MIN_ZOOM, min(MAX_ZOOM, zoom))


def grid_view(bbox: tuple[float, float, float, float]) -> tuple[float, ...]:
    """``bbox`` widened outwards to the :data:`VIEW_GRID_DEG` grid.

    >>> grid_view((37.71, 48.42, 38.3, 48.8))
    (37.5, 48.0, 38.5, 49.0)
    """
    g = VIEW_GRID_DEG
    w, s, e, n = bbox
    return (
        math.floor(w / g) * g,
        math.floor(s / g) * g,
        math.ceil(e / g) * g,
        math.ceil(n / g) * g,
    )


def _feature(geom, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": orjson.Fragment(shapely.to_geojson(geom)),
    }


def answer_key(source: str, key: str, bbox: tuple[float, ...], zoom: int) -> tuple:
    """The cache key of a layers answer (zoom clamped, view on the grid)."""
    return ("layers", source, key, max(MIN_ZOOM, min(MAX_ZOOM, zoom)), grid_view(bbox))


class DisplayLayers:
    """Simplified lon/lat layers and changes, cached per snapshot and zoom."""

    def __init__(self, entries: int = LAYER_CACHE_ENTRIES) -> None:
        self._shapes = LRU(entries)  # (source, key, layer, zoom) -> lon/lat geom
        self._answers = LRU(entries)  # (what, ..., zoom, view) -> JSON bytes

    def cached_layers(
        self, source: str, key: str, bbox: tuple[float, ...], zoom: int
    ) -> bytes | None:
        """A layers answer already made (no store access), or None."""
        return self._answers.peek(answer_key(source, key, bbox, zoom))

    def _simplified(self, store: Store, info: SnapshotInfo, layer: str, zoom: int):
        def make():
            snap = store.load(info.source, info.key, [layer])
            geom = snap.geometries.get(layer)
            if geom is None or geom.is_empty:
                return None
            return to_lonlat(shapely.simplify(geom, tolerance_m(zoom)))

        return self._shapes.get_or_make((info.source, info.key, layer, zoom), make)

    def layers(
        self, store: Store, info: SnapshotInfo, bbox: tuple[float, ...], zoom: int
    ) -> bytes:
        """GeoJSON (bytes) of the held and grey layers of ``info`` in the view."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        view = grid_view(bbox)

        def make() -> bytes:
            feats = []
            for layer in DISPLAY_LAYERS:
                if layer not in info.layers:
                    continue
                geom = self._simplified(store, info, layer, zoom)
                if geom is None:
                    continue
                part = shapely.clip_by_rect(geom, *view)
                if part.is_empty:
                    continue
                feats.append(
                    _feature(
                        part,
                        {"layer": layer, "area_km2": round(info.layers[layer], 1)},
                    )
                )
            return orjson.dumps(
                {
                    "type": "FeatureCollection",
                    "features": feats,
                    "source": info.source,
                    "snapshot_id": info.key,
                    "snapshot_time": iso(info.time),
                    "view": view,
                    "simplified_m": round(tolerance_m(zoom), 1),
                    "note": "simplified for display; areas are of the stored "
                    "(unsimplified) layers",
                    "attribution": attribution(info.source),
                }
            )

        return self._answers.get_or_make(
            answer_key(info.source, info.key, bbox, zoom), make
        )

    def changes(
        self,
        store: Store,
        a: SnapshotInfo,
        b: SnapshotInfo,
        bbox: tuple[float, ...],
        zoom: int,
    ) -> bytes:
        """GeoJSON (bytes): ground Russia gained and lost from ``a`` to ``b``."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        view = grid_view(bbox)

        def whole():
            from ..geo.regions import all_region

            cache = GeometryCache(store, a.source)
            gained, lost = cache.changes(a.key, b.key, RU_HELD, all_region())
            tol = tolerance_m(zoom)
            return {
                kind: None
                if geom is None or geom.is_empty
                else to_lonlat(shapely.simplify(geom, tol))
                for kind, geom in (("gained", gained), ("lost", lost))
            }

        def make() -> bytes:
            shapes = self._shapes.get_or_make(
                ("changes", a.source, a.key, b.key, zoom), whole
            )
            feats = []
            for kind, geom in shapes.items():
                if geom is None:
                    continue
                part = shapely.clip_by_rect(geom, *view)
                if not part.is_empty:
                    feats.append(_feature(part, {"type": kind}))
            return orjson.dumps(
                {
                    "type": "FeatureCollection",
                    "features": feats,
                    "source": a.source,
                    "from_snapshot_id": a.key,
                    "to_snapshot_id": b.key,
                    "from_time": iso(a.time),
                    "to_time": iso(b.time),
                    "view": view,
                    "simplified_m": round(tolerance_m(zoom), 1),
                    "note": "simplified for display; measure with /api/measure",
                    "attribution": attribution(a.source),
                }
            )

        return self._answers.get_or_make(
            ("changes", a.source, a.key, b.key, zoom, view), make
        )
