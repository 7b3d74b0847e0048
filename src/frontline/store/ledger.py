"""The claim ledger: every checked claim with its document and verdicts.

It lives in the same database as the snapshots (SQLite or PostGIS), in its own
tables (``ledger_documents``, ``ledger_claims``, ``ledger_verdicts``, created by
the store's migrations), and uses the store's own connection. A document is
written in ONE transaction that replaces whatever an earlier check of the same
document left, so an interrupted check leaves the ledger as it was.

Claims from one claimant about one sector over time are checked against each
other (:func:`consistency`): running totals vs the increments between them.

>>> import tempfile
>>> led = Ledger(tempfile.mkdtemp() + "/f.sqlite")
>>> doc = {"doc_id": "d1", "sha256": "ab", "published": "2023-08-14"}
>>> led.record(doc, [{"idx": 0, "kind": "area_change", "area_km2": 40.0,
...     "cumulative": True, "claimant": "Hanna Maliar", "sector_key": "bakhmut",
...     "gainer": "UA", "period_end": "2023-08-14"}], [])
>>> [c["claimant_key"] for c in led.claims()]
['maliar']
>>> led.close()
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from ..errors import FrontlineError
from .base import SQLStore, Store

_CLAIM_COLS = (
    "doc_id",
    "idx",
    "kind",
    "quote",
    "claimant",
    "claimant_key",
    "claimant_role",
    "sector",
    "sector_key",
    "gainer",
    "area_km2",
    "cumulative",
    "negated",
    "period_start",
    "period_end",
    "anchor",
    "region",
    "record",
)
_VERDICT_COLS = (
    "doc_id",
    "idx",
    "source",
    "verdict",
    "reason",
    "claimed",
    "measured",
    "tolerance",
    "evidence",
)
_INSERT_CLAIM = (
    f"INSERT INTO ledger_claims ({', '.join(_CLAIM_COLS)}) VALUES "
    f"({', '.join(':' + c for c in _CLAIM_COLS)})"
)
_INSERT_VERDICT = (
    f"INSERT INTO ledger_verdicts ({', '.join(_VERDICT_COLS)}) VALUES "
    f"({', '.join(':' + c for c in _VERDICT_COLS)})"
)
_SECTOR_WORDS = re.compile(
    r"\b(the|of|in|on|at|near|around|sector|direction|front|axis|area|flank|"
    r"northern|southern|eastern|western|north|south|east|west|"
    r"напрямок|напрямку|напрямі|напрямке|направлении|направление|сектор|фронт)\b",
    re.IGNORECASE,
)


def claimant_key(name: str | None) -> str:
    """A spelling-insensitive key for a claimant (Maliar = Malyar = Маляр).

    >>> [claimant_key(n) for n in ("Hanna Maliar", "Malyar", "Ганни Маляр")]
    ['maliar', 'maliar', 'maliar']
    >>> claimant_key(None)
    'unattributed'
    """
    if not name or not name.strip():
        return "unattributed"
    from translitua import translit

    last = name.strip().split()[-1]
    if re.search(r"[\u0400-\u04FF]", last):
        last = translit(last)
    key = re.sub(r"[^a-z]", "", last.lower())
    key = key.replace("yi", "i").replace("y", "i")
    return key or "unattributed"


def sector_key(text: str | None) -> str:
    """A key for a sector: its place name, without "sector", "flank", ....

    >>> sector_key("southern flank of the Bakhmut sector")
    'bakhmut'
    """
    if not text or not text.strip():
        return "unspecified"
    words = _SECTOR_WORDS.sub(" ", text.lower())
    key = " ".join(re.sub(r"[^\w\s-]", " ", words).split())
    return key or "unspecified"


def _to_sql(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return orjson.dumps(value, default=str).decode()
    return value


class Ledger:
    """The ledger tables of a store, on the store's own connection.

    ``store`` is an open store (SQLite or PostGIS; the caller closes it) or a
    path/URL, for which the ledger opens the store and closes it with itself.
    """

    def __init__(self, store: SQLStore | str | Path) -> None:
        self._owned: Store | None = None
        if isinstance(store, (str, Path)):
            from . import open_store

            name = str(store)
            if "://" not in name:
                name = str(Path(name).expanduser())
            store = self._owned = open_store(name)
        if not isinstance(store, SQLStore):
            raise FrontlineError(f"{type(store).__name__} has no ledger tables")
        self.store: SQLStore = store

    @classmethod
    def for_url(cls, url: str | None) -> Ledger:
        """The ledger in the database named by ``url`` (see config.db_url)."""
        from ..config import db_url

        return cls(db_url(url))

    def record(
        self,
        document: dict[str, Any],
        claims: Iterable[dict[str, Any]],
        verdicts: Iterable[dict[str, Any]],
    ) -> None:
        """Write one checked document, replacing an earlier check of it.

        All or nothing: if anything fails (even while ``claims`` or
        ``verdicts`` are being produced) nothing is changed. Two processes
        recording the same document take turns; the later check wins.
        """
        doc_id = str(document["doc_id"])
        key = {"doc_id": doc_id}
        with self.store.transaction(lock=f"ledger:{doc_id}") as sql:
            sql.run("DELETE FROM ledger_verdicts WHERE doc_id = :doc_id", key)
            sql.run("DELETE FROM ledger_claims WHERE doc_id = :doc_id", key)
            sql.run("DELETE FROM ledger_documents WHERE doc_id = :doc_id", key)
            sql.run(
                "INSERT INTO ledger_documents (doc_id, sha256, url, published, "
                "language, title, checked_iso, n_claims) VALUES (:doc_id, :sha256, "
                ":url, :published, :language, :title, :checked_iso, 0)",
                {
                    **key,
                    "sha256": document.get("sha256") or "",
                    "url": document.get("url"),
                    "published": _to_sql(document.get("published")),
                    "language": document.get("language"),
                    "title": document.get("title"),
                    "checked_iso": datetime.now(UTC).isoformat(timespec="seconds"),
                },
            )
            n = 0
            for c in claims:
                row = dict(c)
                row["doc_id"] = doc_id
                row.setdefault("claimant_key", claimant_key(row.get("claimant")))
                row.setdefault("sector_key", sector_key(row.get("sector")))
                row.setdefault("record", {})
                row.setdefault("quote", "")
                row["cumulative"] = bool(row.get("cumulative"))
                row["negated"] = bool(row.get("negated"))
                sql.run(_INSERT_CLAIM, {k: _to_sql(row.get(k)) for k in _CLAIM_COLS})
                n += 1
            for v in verdicts:
                row = dict(v)
                row["doc_id"] = doc_id
                row.setdefault("evidence", {})
                row.setdefault("reason", "")
                sql.run(
                    _INSERT_VERDICT, {k: _to_sql(row.get(k)) for k in _VERDICT_COLS}
                )
            sql.run(
                "UPDATE ledger_documents SET n_claims = :n WHERE doc_id = :doc_id",
                {**key, "n": n},
            )

    def documents(self) -> list[dict[str, Any]]:
        return self.store.query(
            "SELECT * FROM ledger_documents ORDER BY published, doc_id"
        )

    def claims(
        self, *, claimant: str | None = None, sector: str | None = None
    ) -> list[dict[str, Any]]:
        """Stored claims (filtered by claimant/sector, spelling-insensitive),
        each with its document's published date and its verdicts by source."""
        where, params = [], {}
        if claimant:
            where.append("c.claimant_key = :claimant")
            params["claimant"] = claimant_key(claimant)
        if sector:
            where.append("(c.sector_key = :sector OR c.sector_key LIKE :like)")
            key = sector_key(sector)
            params.update(sector=key, like=f"%{key}%")
        sql = (
            "SELECT c.*, d.published AS published, d.url AS url, d.sha256 AS sha256 "
            "FROM ledger_claims c JOIN ledger_documents d ON d.doc_id = c.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY COALESCE(c.period_end, d.published), d.published, c.doc_id, "
            "c.idx"
        )
        verdicts: dict[tuple[str, int], dict[str, Any]] = {}
        for v in self.store.query(
            "SELECT v.doc_id, v.idx, v.source, v.verdict, v.reason, v.claimed, "
            "v.measured, v.tolerance FROM ledger_verdicts v JOIN ledger_claims c "
            "ON c.doc_id = v.doc_id AND c.idx = v.idx"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY v.source",
            params,
        ):
            doc, idx = v.pop("doc_id"), v.pop("idx")
            verdicts.setdefault((doc, idx), {})[v["source"]] = v
        out = []
        for row in self.store.query(sql, params):
            row["cumulative"] = bool(row["cumulative"])
            row["negated"] = bool(row["negated"])
            row["record"] = orjson.loads(row["record"] or "{}")
            row["verdicts"] = verdicts.get((row["doc_id"], row["idx"]), {})
            out.append(row)
        return out

    def counts(self) -> dict[str, int]:
        return {
            name: int(self.store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])
            for name, table in (
                ("documents", "ledger_documents"),
                ("claims", "ledger_claims"),
                ("verdicts", "ledger_verdicts"),
            )
        }

    def close(self) -> None:
        """Close the store if the ledger opened it."""
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- internal consistency ------------------------------------------------------


@dataclass
class ConsistencyCheck:
    """Two running totals of one claimant/sector and the increments between."""

    claimant_key: str
    sector_key: str
    gainer: str | None
    first: dict[str, Any]
    second: dict[str, Any]
    increments: list[dict[str, Any]] = field(default_factory=list)
    expected_km2: float | None = None
    status: str = ""  # consistent, mismatch, no increments, total decreased
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        def brief(c: dict[str, Any]) -> dict[str, Any]:
            return {
                k: c.get(k)
                for k in ("doc_id", "idx", "area_km2", "period_start", "period_end")
            }

        return {
            "claimant": self.claimant_key,
            "sector": self.sector_key,
            "gainer": self.gainer,
            "from_total": brief(self.first),
            "to_total": brief(self.second),
            "increments": [brief(c) for c in self.increments],
            "expected_km2": self.expected_km2,
            "status": self.status,
            "message": self.message,
        }


def as_day(value: Any) -> date | None:
    """A date from a date, an (aware → UTC) datetime or an ISO string; else None.

    >>> as_day("2023-08-14T23:59:59Z"), as_day(""), as_day("soon")
    (datetime.date(2023, 8, 14), None, None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


INCREMENT_SLACK_DAYS = 2
"""Weekly increments (Mon–Sun) between totals announced on Mondays leave a
day or two uncovered; that much is not a gap."""


def _days_covered(incs: list[dict[str, Any]], d1: date, d2: date) -> int:
    """Days of (d1, d2] inside at least one increment's period."""
    days: set[date] = set()
    for i in incs:
        end = as_day(i.get("period_end"))
        start = as_day(i.get("period_start")) or end
        if end is None or start is None:
            continue
        cur = max(start, d1 + timedelta(days=1))
        while cur <= min(end, d2):
            days.add(cur)
            cur += timedelta(days=1)
    return len(days)


def consistency(
    claims: list[dict[str, Any]], *, abs_km2: float = 1.0, rel: float = 0.25
) -> list[ConsistencyCheck]:
    """Check running totals against the increments between them.

    For each claimant, sector and gainer, consecutive running totals T1 (on d1)
    and T2 (on d2) should differ by the increments claimed for periods ending
    in (d1, d2]: |T1 + Σ increments − T2| ≤ max(abs_km2, rel × Σ increments).
    Repeats of the same figure (headline and body) count once.

    >>> rows = [
    ...   {"claimant_key": "maliar", "sector_key": "bakhmut", "gainer": "UA",
    ...    "kind": "area_change", "area_km2": 40, "cumulative": True,
    ...    "period_end": "2023-08-14"},
    ...   {"claimant_key": "maliar", "sector_key": "bakhmut", "gainer": "UA",
    ...    "kind": "area_change", "area_km2": 3, "cumulative": False,
    ...    "period_start": "2023-08-14", "period_end": "2023-08-20"},
    ...   {"claimant_key": "maliar", "sector_key": "bakhmut", "gainer": "UA",
    ...    "kind": "area_change", "area_km2": 43, "cumulative": True,
    ...    "period_end": "2023-08-21"}]
    >>> [c.status for c in consistency(rows)]
    ['consistent']
    """
    groups: dict[tuple[str, str, str | None], list[dict[str, Any]]] = {}
    for c in claims:
        if c.get("kind") != "area_change" or c.get("area_km2") is None:
            continue
        if c.get("negated") or as_day(c.get("period_end")) is None:
            continue
        key = (c.get("claimant_key", ""), c.get("sector_key", ""), c.get("gainer"))
        groups.setdefault(key, []).append(c)
    out: list[ConsistencyCheck] = []
    for (who, where, gainer), rows in sorted(
        groups.items(), key=lambda kv: tuple(str(x) for x in kv[0])
    ):
        seen: set[tuple[Any, ...]] = set()
        totals: list[dict[str, Any]] = []
        incs: list[dict[str, Any]] = []
        for c in sorted(
            rows, key=lambda r: (as_day(r["period_end"]), r.get("doc_id", ""))
        ):
            sig = (
                bool(c.get("cumulative")),
                float(c["area_km2"]),
                as_day(c.get("period_start")),
                as_day(c["period_end"]),
            )
            if sig in seen:
                continue
            seen.add(sig)
            (totals if c.get("cumulative") else incs).append(c)
        for a, b in zip(totals, totals[1:], strict=False):
            d1, d2 = as_day(a["period_end"]), as_day(b["period_end"])
            if d1 == d2:
                continue
            between = [i for i in incs if d1 < as_day(i["period_end"]) <= d2]
            t1, t2 = float(a["area_km2"]), float(b["area_km2"])
            chk = ConsistencyCheck(who, where, gainer, a, b, between)
            span = f"{t1:g} km² on {d1} → {t2:g} km² on {d2}"
            if not between:
                chk.expected_km2 = None
                if t2 + abs_km2 < t1:
                    chk.status = "total decreased"
                    chk.message = f"{span}: the running total went down"
                else:
                    chk.status = "no increments"
                    chk.message = f"{span}: implies {t2 - t1:+g} km² in between"
                out.append(chk)
                continue
            inc = sum(float(i["area_km2"]) for i in between)
            chk.expected_km2 = t1 + inc
            allowed = max(abs_km2, rel * inc)
            gap = (d2 - d1).days
            covered = _days_covered(between, d1, d2)
            if t2 < t1 + inc - allowed:
                chk.status = "mismatch"
                chk.message = (
                    f"{span}; the increments claimed in between add {inc:+g} km², "
                    f"more than the total grew ({t2 - t1:+g} km²)"
                )
            elif covered < gap - INCREMENT_SLACK_DAYS:
                chk.status = "incomplete increments"
                chk.message = (
                    f"{span}; increments for {covered} of {gap} days add {inc:+g} "
                    f"km², the other days would account for {t2 - t1 - inc:+g} km²"
                )
            elif abs(t1 + inc - t2) <= allowed:
                chk.status = "consistent"
                chk.message = f"{span}; increments {inc:+g} km² add up"
            else:
                chk.status = "mismatch"
                chk.message = (
                    f"{span}; increments {inc:+g} km² give {t1 + inc:g} km², "
                    f"off by {t2 - t1 - inc:+g} km² (allowed ±{allowed:g})"
                )
            out.append(chk)
    return out
