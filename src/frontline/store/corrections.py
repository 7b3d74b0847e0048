"""Readers' corrections of a document's text, stored as pending: one
implementation for every backend that speaks :class:`.base.SQLStore`
(``transaction()`` and ``query()`` with ``:name`` parameters).

>>> import tempfile
>>> from datetime import datetime, timezone
>>> from frontline.store.sqlite import SQLiteStore
>>> store = SQLiteStore(tempfile.mkdtemp() + "/f.sqlite")
>>> when = datetime(2026, 12, 4, 21, 0, 5, 123, tzinfo=timezone.utc)
>>> store.add_correction("d1", 3, 9, "Bakhmut", "it was Soledar", "1.2.3.4", when)
1
>>> row = store.corrections(doc_id="d1")[0]
>>> row["selected_text"], row["created"], row["status"]
('Bakhmut', '2026-12-04T21:00:05Z', 'pending')
>>> store.corrections(status="accepted")
[]
>>> store.close()
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

COLUMNS = (
    "id, doc_id, char_start, char_end, selected_text, comment, client, created, status"
)


class SQLCorrections:
    """The two correction methods of the Store protocol, on ``self.transaction``
    and ``self.query`` (mixed into the SQLite and PostGIS stores)."""

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
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        when = created.astimezone(UTC).replace(microsecond=0)
        with self.transaction() as sql:  # type: ignore[attr-defined]
            row = sql.run(
                "INSERT INTO corrections (doc_id, char_start, char_end,"
                " selected_text, comment, client, created, status) VALUES (:doc,"
                " :start, :end, :text, :comment, :client, :created, 'pending')"
                " RETURNING id",
                {
                    "doc": doc_id,
                    "start": int(char_start),
                    "end": int(char_end),
                    "text": selected_text,
                    "comment": comment,
                    "client": client,
                    "created": when.isoformat().replace("+00:00", "Z"),
                },
            )
        return int(row[0]["id"])

    def corrections(
        self, doc_id: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        """Stored corrections (of ``doc_id``, with ``status``), oldest first."""
        where, params = [], {}
        for column, value in (("doc_id", doc_id), ("status", status)):
            if value is not None:
                where.append(f"{column} = :{column}")
                params[column] = value
        return self.query(  # type: ignore[attr-defined]
            f"SELECT {COLUMNS} FROM corrections"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY id",
            params,
        )
