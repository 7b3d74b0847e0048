"""The store interface every backend implements (SQLite, PostGIS).

Engines only see :class:`Store`; they never touch SQL. Geometries go in and
come out in the equal-area CRS as shapely objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from ..model import Snapshot, SnapshotInfo


class SQL(Protocol):
    """Portable SQL on a store's own connection, for the store package's own
    modules (the ledger): standard SQL, ``:name`` parameters."""

    def run(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Execute one statement; its rows as dicts ([] for no result set)."""


@runtime_checkable
class SQLStore(Protocol):
    """What the ledger needs of a backend besides :class:`Store`."""

    def transaction(self, lock: str | None = None) -> AbstractContextManager[SQL]:
        """One write transaction: committed at the end of the block, rolled
        back if it raises; writers of the same ``lock`` name take turns."""

    def query(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The rows of one read statement."""


@runtime_checkable
class Store(Protocol):
    #: True when one open store may serve several threads at once (PostGIS: a
    #: connection pool); False when each thread must open its own (SQLite).
    shared_by_threads: bool

    def add_snapshot(
        self, snapshot: Snapshot, *, fetched: dict[str, Any] | None = None
    ) -> bool:
        """Store a processed snapshot atomically; False if (source, key) exists.

        ``fetched`` (url, path, sha256, size, source, key) records the download
        it came from in the same transaction."""

    def has_snapshot(self, source: str, key: str) -> bool: ...

    def keys(self, source: str) -> set[str]:
        """Every stored key of ``source`` (cheap; used by sync)."""

    def snapshots(self, source: str | None = None) -> list[SnapshotInfo]:
        """Every stored snapshot (of ``source``), ordered by time."""

    def snapshot_at(self, source: str, when: datetime) -> SnapshotInfo | None:
        """The latest snapshot of ``source`` at or before ``when``."""

    def load(self, source: str, key: str, layers: list[str] | None = None) -> Snapshot:
        """The snapshot's geometries (all layers, or only ``layers``)."""

    def sources(self) -> list[str]: ...

    def add_correction(
        self,
        doc_id: str,
        char_start: int,
        char_end: int,
        selected_text: str,
        comment: str,
        client: str,
        created: datetime,
    ) -> int:
        """Store a reader's correction as pending; its id."""

    def corrections(
        self, doc_id: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        """Stored corrections (of ``doc_id``, with ``status``), oldest first.

        Rows: id, doc_id, char_start, char_end, selected_text, comment, client,
        created (ISO UTC), status ('pending').
        """

    def close(self) -> None: ...
