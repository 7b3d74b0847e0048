"""Snapshot layers loaded once from the store and clipped once per region.

The clipping itself is the pure :mod:`frontline.geo.change`; this class only
remembers what it loaded and computed, so a series over many periods (or many
regions) loads and clips each snapshot once.
"""

from __future__ import annotations

from typing import Any

from .geo import change
from .geo.area import area_km2
from .model import Region
from .store.base import Store


class GeometryCache:
    """Loads snapshot layers once and clips them to a region once.

    One cache can serve several regions (the loaded geometries are shared; the
    clipped ones are keyed by region). Pass the same cache to several calls of
    :func:`series` to reuse work.
    """

    def __init__(self, store: Store, source: str) -> None:
        self.store = store
        self.source = source
        self._raw: dict[tuple[str, str], Any] = {}
        self._clipped: dict[tuple[int, str, str], Any] = {}
        self._diff: dict[tuple[int, str, str, str], Any] = {}
        self._regions: dict[int, Region] = {}  # keeps id(region) keys valid
        self._windows: dict[int, Any] = {}

    def prefetch(self, keys: list[str], layers: list[str]) -> None:
        """Load many snapshots in one go (when the store can)."""
        want = sorted(
            {k for k in keys if any((k, la) not in self._raw for la in layers)}
        )
        if not want:
            return
        load_many = getattr(self.store, "load_many", None)
        snaps = (
            load_many(self.source, want, layers)
            if load_many
            else [self.store.load(self.source, k, layers) for k in want]
        )
        for snap in snaps:
            for layer in layers:
                self._raw[(snap.info.key, layer)] = snap.geometries.get(layer)

    def raw(self, key: str, layer: str):
        """The layer of snapshot ``key`` (None when the snapshot lacks it)."""
        if (key, layer) not in self._raw:
            self.prefetch([key], [layer])
            self._raw.setdefault((key, layer), None)
        return self._raw[(key, layer)]

    def clipped(self, key: str, layer: str, region: Region):
        """The layer within the region (None when the snapshot lacks it)."""
        ck = (id(region), key, layer)
        if ck not in self._clipped:
            geom = self.raw(key, layer)
            self._clipped[ck] = None if geom is None else self.clip(geom, region)
        return self._clipped[ck]

    def clip(self, geom, region: Region):
        """``geom`` (projected) within the region, as measurements see it."""
        if region.geometry is None:  # 'all', or a region known only projected
            return (
                geom
                if region.projected is None
                else change.clip(geom, region.projected)
            )
        window = self._window(region)
        if window is None:
            return change.clip(geom, region.projected)
        return change.clip_lonlat(geom, region.geometry, window)

    def _window(self, region: Region):
        """The projected window of a region clipped in lon/lat, else None.

        Short edges (discs): a straight projected edge is the lon/lat edge to
        well under a metre, so those regions are clipped in projection.
        """
        if region.geometry is None:
            return None
        if id(region) not in self._regions:
            self._regions[id(region)] = region
            short = change.max_edge_deg(region.geometry) <= change.SHORT_EDGE_DEG
            self._windows[id(region)] = (
                None if short else change.lonlat_window(region.geometry)
            )
        return self._windows[id(region)]

    def changes(self, a: str, b: str, layer: str, region: Region):
        """(gained, lost) geometries of ``layer`` from snapshot a to b.

        Each snapshot is clipped to the region first, then differenced: for a
        region with long lon/lat edges this matches pyproj.Geod on the lon/lat
        difference of the clipped maps (checked against an independent
        measurement in tests/test_independent_measure.py).
        """
        ck = (id(region), a, b, layer)
        if ck not in self._diff:
            if a == b:
                self._diff[ck] = (change.EMPTY, change.EMPTY)
            else:
                ga = self.clipped(a, layer, region)
                gb = self.clipped(b, layer, region)
                if ga is None or gb is None:
                    self._diff[ck] = (None, None)
                else:
                    self._diff[ck] = (change.gained(ga, gb), change.lost(ga, gb))
        return self._diff[ck]

    def area(self, key: str, layer: str, region: Region) -> float | None:
        g = self.clipped(key, layer, region)
        return None if g is None else area_km2(g)
