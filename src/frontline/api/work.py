"""Work endpoints: POST text, HTML or a public URL to extract claims or run a
check. Bounded: body size (413, see :mod:`.limits`), fetched size and time,
the private-address guard of :func:`frontline.sources.web.check_public_url`,
one check at a time and a rate limit per client (429). Checks never sync:
they use the stored snapshots only."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from ..check import ALL_SOURCES, CheckOptions, check_document, document_json
from ..errors import FrontlineError
from ..sources.documents import Document, document_from_bytes
from ..sources.web import check_public_url, fetch_url
from .archive import text_sha256
from .errors import ApiError

router = APIRouter(prefix="/api", tags=["work"])
CHECK_WAIT_S = 30.0  # a check waits this long for the one running before it
MAX_CHECK_CHARS = 60_000  # longer texts: extract claims, check them from the CLI


class DocumentIn(BaseModel):
    """One document: exactly one of ``text``, ``html`` or a public ``url``."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="Plain text")
    html: str | None = Field(None, description="An HTML page")
    url: str | None = Field(None, max_length=2_000, description="A public http(s) URL")
    published: date | None = Field(None, description="Publication date (UTC)")
    language: str | None = Field(None, pattern="^(en|uk|ru)$")


class CheckIn(DocumentIn):
    sources: list[str] | None = Field(
        None, max_length=len(ALL_SOURCES), description="Default: every stored one"
    )


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _fetch(url: str, settings):
    """GET a public page for a client: never a private, loopback or link-local
    address (checked before connecting and at every redirect), bounded in size
    and time."""
    try:
        check_public_url(url)  # refused before any connection is made
        return fetch_url(
            url, max_bytes=settings.max_fetch_bytes, timeout=settings.fetch_timeout_s
        )
    except FrontlineError as exc:  # the CLI's hint about --allow-private is not ours
        message = exc.message.replace(" (use --allow-private to allow it)", "")
        raise ApiError(400, f"{url}: {message}") from None


def _document(request: Request, body: DocumentIn) -> Document:
    settings = request.app.state.backend.settings
    given = [k for k in ("text", "html", "url") if getattr(body, k) is not None]
    if len(given) != 1:
        raise ApiError(422, "give exactly one of text, html or url")
    published = body.published
    if body.url is not None:
        got = _fetch(body.url, settings)
        html = got.content_type in ("text/html", "application/xhtml+xml") or None
        doc = document_from_bytes(
            got.body, doc_id="", origin=body.url, html=html,
            declared_charset=got.charset, url=got.final_url, published=published,
            lang=body.language,
        )  # fmt: skip
        if got.truncated:
            doc.warnings.append(f"page cut at {settings.max_fetch_bytes:,} bytes")
    else:
        raw = body.text if body.text is not None else body.html
        doc = document_from_bytes(
            (raw or "").encode("utf-8"), doc_id="", origin="api",
            html=body.html is not None, published=published, lang=body.language,
        )  # fmt: skip
    doc.id = f"api-{text_sha256(doc.text)[:16]}"
    return doc


@router.post("/extract")
def extract(request: Request, body: DocumentIn) -> dict[str, Any]:
    """``frontline claims``: the document record (with the text the offsets
    index) and its territorial claims. Nothing is stored."""
    backend = request.app.state.backend
    backend.work_limit.check(_client(request), "/api/extract")
    from ..text.claims import claim_to_record, extract_claims

    doc = _document(request, body)
    claims = extract_claims(
        doc.text, doc_id=doc.id, published=doc.published, language=doc.language
    )
    return {
        "document": doc.record(with_text=True),
        "claims": [claim_to_record(c) for c in claims],
    }


def _sources(store, wanted: list[str] | None) -> tuple[str, ...]:
    stored = [s for s in store.sources() if s in ALL_SOURCES]
    if wanted:
        unknown = [s for s in wanted if s not in stored]
        if unknown:
            raise ApiError(
                422,
                f"sources {', '.join(unknown)}: no stored snapshots "
                f"(stored: {', '.join(stored) or 'none'})",
            )
        return tuple(dict.fromkeys(wanted))
    if not stored:
        raise ApiError(422, "no stored snapshots to check against")
    return tuple(stored)


@router.post("/check")
def check(request: Request, body: CheckIn) -> dict[str, Any]:
    """``frontline check --format json`` on the stored snapshots (no syncing):
    claims, measurements, verdicts; recorded in the ledger, the text kept for
    the article view and corrections."""
    backend = request.app.state.backend
    backend.work_limit.check(_client(request), "/api/check")
    doc = _document(request, body)
    if len(doc.text) > MAX_CHECK_CHARS:
        raise ApiError(
            413,
            f"text of {len(doc.text):,} characters; a check over HTTP takes "
            f"at most {MAX_CHECK_CHARS:,}",
        )
    store = backend.store()
    opts = CheckOptions(
        sources=_sources(store, body.sources),
        sync=False,
        mirror=backend.settings.mirror,
        ledger=True,
    )
    if not backend.check_lock.acquire(timeout=CHECK_WAIT_S):
        raise ApiError(429, "/api/check: busy with other checks; try again later")
    try:
        result = check_document(doc, store, opts, places=backend.check_places())
    finally:
        backend.check_lock.release()
    report = document_json(result)
    digest = backend.archive.put(doc.text)
    backend.archive.put_report(digest, report)
    return report
