"""``frontline check``: every claim of a document against every map.

The flow, per document (:mod:`.document`): claims (:mod:`frontline.text.claims`,
adapted in :mod:`.claims`) → for each claim its period (:mod:`.periods`, with
the anchors of :mod:`frontline.anchors`) → the snapshots it needs are made sure
of (:mod:`.sync`, via :mod:`frontline.ingest`, from upstream or a mirror) → its
places and region readings (:mod:`.regions`, via :mod:`frontline.places`) →
measurements on each source (:mod:`.measure` for areas, :mod:`.settlements` for
points and the line; :mod:`frontline.query`) → verdicts (:mod:`frontline.verify`)
→ the ledger (:mod:`frontline.store.ledger`, one transaction per document).

Everything a verdict rests on is kept in its ``evidence``: the snapshots and
their times, the region's description, the figures at each radius and for
each reading of the region, and the lag check (the end pushed up to
:data:`LAG_DAYS` later, because maps often lag official claims).

Used by the CLI and the report writers::

    from frontline.check import CheckOptions, check_documents, document_json
    results = check_documents(docs, store, CheckOptions(mirror="../shared/data"))
    document_json(results[0])
"""

from __future__ import annotations

from .claims import document_dict, sentence_around
from .document import (
    check_document,
    check_documents,
    ledger_rows,
    record_in_ledger,
)
from .jsonout import document_json, verdict_json
from .measure import SourceChecker
from .options import ALL_SOURCES, LAG_DAYS, RADII_KM, CheckOptions
from .regions import Places, is_settlement, near_region, sector_of
from .results import ClaimCheck, DocumentCheck
from .settlements import FrontDistance
from .sync import ensure

__all__ = [
    "ALL_SOURCES",
    "LAG_DAYS",
    "RADII_KM",
    "CheckOptions",
    "ClaimCheck",
    "DocumentCheck",
    "FrontDistance",
    "Places",
    "SourceChecker",
    "check_document",
    "check_documents",
    "document_dict",
    "document_json",
    "ensure",
    "is_settlement",
    "ledger_rows",
    "near_region",
    "record_in_ledger",
    "sector_of",
    "sentence_around",
    "verdict_json",
]
