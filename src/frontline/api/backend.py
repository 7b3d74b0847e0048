"""What the endpoints share: the store (one for all worker threads on
PostGIS, one per thread on SQLite) and its ledger, the text archive, the place
resolver, the caches and the limits."""

from __future__ import annotations

import threading
from typing import Any

from ..config import home
from ..errors import FrontlineError
from ..store import open_store
from ..store.base import Store
from ..store.ledger import Ledger
from .archive import TextArchive
from .layers import LRU, DisplayLayers
from .limits import RateLimiter
from .settings import Settings

MARKER_CACHE_ENTRIES = 4096
MEASURE_CACHE_ENTRIES = 512
COMPUTE_THREADS = 2


class Backend:
    """The server's resources (made once by :func:`frontline.api.create_app`).

    A store that may serve several threads (PostGIS: a pool of connections)
    is opened once and shared. SQLite connections belong to the thread that
    opened them, so there each worker thread opens its own store on first use.
    A thread's ledger uses its store's connection; all are closed when the app
    stops.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.archive = TextArchive(settings.texts or home() / "texts")
        self.display = DisplayLayers()
        self.work_limit = RateLimiter(settings.work_per_minute)
        self.corrections_limit = RateLimiter(settings.corrections_per_minute)
        self.places = LRU(MARKER_CACHE_ENTRIES)
        self.measures = LRU(MEASURE_CACHE_ENTRIES)  # by the snapshots they used
        self._local = threading.local()
        self._opened: list[Any] = []
        self._lock = threading.Lock()
        self._resolver: Any = None
        self._check_places: Any = None
        self.check_lock = threading.Lock()  # one check at a time: CPU-bound work
        # geometry work at most COMPUTE_THREADS at once: more threads on 2 cores
        # only fight over the GIL (a queue is faster than a crowd)
        self.compute = threading.BoundedSemaphore(COMPUTE_THREADS)
        first = open_store(settings.db)  # a bad --db fails at start, not per call
        self._shared: Store | None = None
        if first.shared_by_threads:
            self._shared = first
            self._opened.append(first)
        else:
            first.close()

    def store(self) -> Store:
        """The store for the calling thread."""
        if self._shared is not None:
            return self._shared
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.settings.db)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def ledger(self) -> Ledger:
        """The ledger on this thread's store connection (closed with it)."""
        led = getattr(self._local, "ledger", None)
        if led is None:
            led = self._local.ledger = Ledger(self.store())
        return led

    def resolver(self):
        """The place resolver of the server's gazetteer (loaded once)."""
        with self._lock:
            if self._resolver is None:
                from ..sources.gazetteer import load_resolver

                self._resolver = load_resolver(self.settings.mirror)
            return self._resolver

    def check_places(self):
        """The check's place engine (loaded once, used under ``check_lock``)."""
        if self._check_places is None:
            from ..check import Places

            self._check_places = Places(self.settings.mirror)
        return self._check_places

    def place_point(self, name: str) -> tuple[float, float] | None:
        """(lat, lon) of the best candidate for a place name, or None."""

        def make():
            try:
                best = self.resolver().best(name)
            except FrontlineError:
                return None
            if best is None or best.lat is None:
                return None
            return (float(best.lat), float(best.lon))

        return self.places.get_or_make(name, make)

    def close(self) -> None:
        with self._lock:
            for item in self._opened:
                try:
                    item.close()
                except Exception:  # noqa: BLE001 - another thread's connection
                    pass
            self._opened.clear()
