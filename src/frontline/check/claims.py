"""Documents and claims as the check sees them: fields, sentences, records.

Adapters over :mod:`frontline.text.claims` (imported lazily)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..model import (
    Claim,
)
from ..store.ledger import as_day

if TYPE_CHECKING:
    from ..sources.documents import Document


def field_of(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) holding text[start:end] (for anchors and context).

    >>> sentence_around("One. In total, 40 km² since June. Two.", 5, 20)
    'In total, 40 km² since June.'
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [
        i for i in (text.find(". ", end), text.find("\n", end)) if i != -1
    ]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0 : right].strip()


def document_dict(doc: Document) -> dict[str, Any]:
    """The document fields the ledger and the outputs keep."""
    text = doc.text or ""
    published = as_day(doc.published)
    return {
        "doc_id": str(doc.id or "document"),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "url": doc.url,
        "published": published.isoformat() if published else None,
        "language": doc.language,
        "title": doc.title,
        "origin": doc.origin or None,
        "chars": len(text),
    }


def extract(doc: Document) -> list[Claim]:
    """Claims of a document via :func:`frontline.text.claims.extract_claims`."""
    from ..text.claims import extract_claims

    return extract_claims(
        doc.text or "",
        doc_id=str(doc.id or "document"),
        published=as_day(doc.published),
        language=doc.language,
    )


def claim_record(claim: Claim) -> dict[str, Any]:
    """The claim as a JSON-able record (the claims engine's)."""
    from ..text.claims import claim_to_record

    rec = dict(claim_to_record(claim))
    for k, v in list(rec.items()):
        if isinstance(v, (date, datetime)):
            rec[k] = v.isoformat()
    return rec
