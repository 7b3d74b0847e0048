"""Readers' corrections: a selection of a kept document text and a comment,
validated against the text at those offsets, stored as pending with the
client and the time, listable and exportable (JSON or CSV)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field

from ..instants import UTC
from .errors import ApiError
from .exports import csv_text
from .settings import MAX_COMMENT_CHARS, MAX_SELECTION_CHARS
from .work import _client

router = APIRouter(prefix="/api", tags=["corrections"])
COLUMNS = (
    "id", "doc_id", "char_start", "char_end", "selected_text", "comment", "client",
    "created", "status",
)  # fmt: skip


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: str = Field(..., min_length=1, max_length=200)
    char_start: int = Field(..., ge=0, le=10_000_000)
    char_end: int = Field(..., ge=1, le=10_000_000)
    selected_text: str = Field(..., min_length=1, max_length=MAX_SELECTION_CHARS)
    comment: str = Field("", max_length=MAX_COMMENT_CHARS)


@router.post("/corrections", status_code=201)
def add_correction(request: Request, body: CorrectionIn) -> dict[str, Any]:
    """Suggest a correction: the selection must be the document's text at
    ``[char_start, char_end)`` (422 otherwise). Stored as pending."""
    backend = request.app.state.backend
    client = _client(request)
    backend.corrections_limit.check(client, "/api/corrections")
    if body.char_end <= body.char_start:
        raise ApiError(422, "char_end must be after char_start")
    doc = next(
        (d for d in backend.ledger().documents() if d["doc_id"] == body.doc_id), None
    )
    if doc is None:
        raise ApiError(404, f"document {body.doc_id!r}: not in the ledger")
    text = backend.archive.get(doc["sha256"])
    if text is None:
        raise ApiError(422, f"document {body.doc_id!r}: its text is not kept")
    if body.char_end > len(text):
        raise ApiError(
            422, f"char_end {body.char_end} is past the end of the text ({len(text)})"
        )
    found = text[body.char_start : body.char_end]
    if found != body.selected_text:
        raise ApiError(
            422,
            f"the selection does not match the document at {body.char_start}-"
            f"{body.char_end} (the text there is {found[:80]!r})",
        )
    store = backend.store()
    new_id = store.add_correction(
        body.doc_id, body.char_start, body.char_end, body.selected_text,
        body.comment.strip(), client, datetime.now(UTC),
    )  # fmt: skip
    return next(r for r in store.corrections(doc_id=body.doc_id) if r["id"] == new_id)


@router.get("/corrections", response_model=None)
def list_corrections(
    request: Request,
    doc_id: Annotated[str | None, Query(max_length=200)] = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
) -> JSONResponse | PlainTextResponse:
    """Stored corrections (of a document, with a status) as JSON or CSV."""
    rows = request.app.state.backend.store().corrections(doc_id=doc_id, status=status)
    if format == "csv":
        return PlainTextResponse(
            csv_text(rows, COLUMNS),
            media_type="text/csv",
            headers={"Content-Disposition": 'attachment; filename="corrections.csv"'},
        )
    return JSONResponse({"corrections": rows})
