"""The store interface every backend implements (SQLite now, PostGIS later).

Engines only see :class:`Store`; they never touch SQL. Geometries go in and
come out in the equal-area CRS as shapely objects.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from ..model import Snapshot, SnapshotInfo


@runtime_checkable
class Store(Protocol):
    def add_snapshot(self, snapshot: Snapshot) -> bool:
        """Store a processed snapshot atomically; False if (source, key) exists."""

    def has_snapshot(self, source: str, key: str) -> bool: ...

    def snapshots(self, source: str | None = None) -> list[SnapshotInfo]:
        """Every stored snapshot (of ``source``), ordered by time."""

    def snapshot_at(self, source: str, when: datetime) -> SnapshotInfo | None:
        """The latest snapshot of ``source`` at or before ``when``."""

    def load(
        self, source: str, key: str, layers: list[str] | None = None
    ) -> Snapshot:
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
