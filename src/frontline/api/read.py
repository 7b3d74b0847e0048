"""Read endpoints: sources, snapshots, display layers and changes, measure and
series (the CLI's parameters and JSON), claims, documents, the ledger, reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse, Response

from .. import query
from ..instants import UTC
from ..model import VERDICTS
from ..store.ledger import as_day, consistency
from ..timeline import check_order
from .errors import ApiError
from .exports import csv_text
from .params import bbox as parse_bbox
from .params import instant, region

router = APIRouter(prefix="/api", tags=["read"])
UKRAINE_VIEW = "22,44,41,53"
Source = Annotated[str, Query(max_length=40, description="deepstate, isw, nzz…")]
RegionQ = Annotated[
    str,
    Query(
        max_length=200,
        description="As the CLI's --region: LAT,LON,RADIUS | bbox:W,S,E,N | all | "
        "a place spec (Bakhmut:15km, oblast:Donetsk, …)",
    ),
]
PolygonQ = Annotated[
    str | None,
    Query(max_length=100_000, description="A drawn GeoJSON (Multi)Polygon, lon/lat"),
]
When = Annotated[str, Query(max_length=40, description="ISO date or datetime, UTC")]
Filter = Annotated[str | None, Query(max_length=200)]


def _backend(request: Request):
    return request.app.state.backend


def _json(data: bytes) -> Response:
    return Response(data, media_type="application/json")


def _known(store, source: str) -> None:
    if source not in store.sources():
        raise ApiError(404, f"source {source!r}: no stored snapshots")


@router.get("/sources")
def sources(request: Request) -> list[dict[str, Any]]:
    """Every stored source with its snapshot count, first and last time."""
    store = _backend(request).store()
    out = []
    for name in store.sources():
        infos = store.snapshots(name)
        out.append(
            {
                "source": name,
                "snapshots": len(infos),
                "first": query.iso(infos[0].time) if infos else None,
                "last": query.iso(infos[-1].time) if infos else None,
                "attribution": query.attribution(name),
            }
        )
    return out


@router.get("/snapshots")
def snapshots(request: Request, source: Source) -> dict[str, Any]:
    """The stored snapshots of a source, by time (the map's timeline)."""
    store = _backend(request).store()
    _known(store, source)
    return {
        "source": source,
        "snapshots": [
            {
                "id": i.key,
                "time": query.iso(i.time),
                "layers_km2": {k: round(v, 1) for k, v in i.layers.items()},
            }
            for i in store.snapshots(source)
        ],
        "attribution": query.attribution(source),
    }


def _snapshot(store, source: str, key: str | None, at: str | None):
    if at and not key:  # the map's usual question: one store query when found
        info = store.snapshot_at(source, instant(at, "at"))
        if info is None:
            _known(store, source)
            raise ApiError(404, f"at {at}: {source} has no snapshot at or before it")
        return info
    _known(store, source)
    if key:
        info = next((i for i in store.snapshots(source) if i.key == key), None)
        if info is None:
            raise ApiError(404, f"no snapshot {source}/{key}")
        return info
    return store.snapshots(source)[-1]


@router.get("/layers", response_class=Response)
async def layers(
    request: Request,
    source: Source,
    id: Annotated[str | None, Query(max_length=40)] = None,
    at: Annotated[str | None, Query(max_length=40)] = None,
    bbox: Annotated[str, Query(max_length=120, description="W,S,E,N")] = UKRAINE_VIEW,
    zoom: Annotated[int, Query(ge=0, le=22)] = 6,
) -> Response:
    """Russian-held and grey layers of one snapshot (by ``id``, or as of ``at``;
    default the latest) inside ``bbox``, simplified for display, as GeoJSON.

    A snapshot never changes, so an answer for an ``id`` already made is sent
    from memory without a worker thread or the store."""
    backend = _backend(request)
    view = parse_bbox(bbox)
    if id is not None:
        hit = backend.display.cached_layers(source, id, view, zoom)
        if hit is not None:
            return _json(hit)

    def make() -> bytes:
        store = backend.store()
        info = _snapshot(store, source, id, at)
        return backend.display.layers(store, info, view, zoom)

    return _json(await run_in_threadpool(make))


@router.get("/changes", response_class=Response)
def changes(
    request: Request,
    source: Source,
    t_from: Annotated[str, Query(alias="from", max_length=40)],
    t_to: Annotated[str, Query(alias="to", max_length=40)],
    bbox: Annotated[str, Query(max_length=120, description="W,S,E,N")] = UKRAINE_VIEW,
    zoom: Annotated[int, Query(ge=0, le=22)] = 6,
) -> Response:
    """Ground Russia gained and lost between two instants, for display."""
    backend = _backend(request)
    store = backend.store()
    _known(store, source)
    a, b = query.snapshot_pair(
        store, source, instant(t_from, "from"), instant(t_to, "to"), ("from", "to")
    )
    return _json(backend.display.changes(store, a, b, parse_bbox(bbox), zoom))


@router.get("/measure")
def measure(
    request: Request,
    source: Source,
    t_from: Annotated[str, Query(alias="from", max_length=40)],
    t_to: Annotated[str, Query(alias="to", max_length=40)],
    region_spec: Annotated[str, Query(alias="region", max_length=200)] = "all",
    polygon: PolygonQ = None,
) -> dict[str, Any]:
    """``frontline measure --json``: held, gained, lost, net and grey in a region
    (exact stored geometry, geodesic areas)."""
    backend = _backend(request)
    a, b = instant(t_from, "from"), instant(t_to, "to")
    store = backend.store()
    _known(store, source)
    check_order(a, b, ("from", "to"))
    pair = query.snapshot_pair(store, source, a, b, ("from", "to"))
    key = (source, region_spec, polygon, a, b, pair[0].key, pair[1].key)

    def make() -> dict[str, Any]:
        reg = region(region_spec, polygon, backend.settings.mirror)
        with backend.compute:
            return query.measurement_json(query.measure(store, source, reg, a, b))

    return backend.measures.get_or_make(key, make)


@router.get("/series", response_model=None)
def series(
    request: Request,
    source: Source,
    t_from: Annotated[str, Query(alias="from", max_length=40)],
    t_to: Annotated[str, Query(alias="to", max_length=40)],
    region_spec: Annotated[str, Query(alias="region", max_length=200)] = "all",
    polygon: PolygonQ = None,
    freq: Annotated[str, Query(pattern="^[DWMdwm]$")] = "W",
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
) -> dict[str, Any] | PlainTextResponse:
    """``frontline series --format json`` (or csv): one row per day/week/month."""
    backend = _backend(request)
    a, b = instant(t_from, "from"), instant(t_to, "to")
    spans = query.periods(a, b, freq)
    if len(spans) > 2_000:
        raise ApiError(400, f"series: {len(spans)} periods; at most 2,000")
    store = backend.store()
    _known(store, source)
    reg = region(region_spec, polygon, backend.settings.mirror)
    rows = query.series(store, source, reg, a, b, freq)
    if format == "csv":
        return PlainTextResponse(
            csv_text(rows, query.SERIES_COLUMNS), media_type="text/csv"
        )
    return {
        "source": source,
        "region": query.region_json(reg),
        "freq": freq.upper(),
        "rows": rows,
        "attribution": query.attribution(source),
    }


def _claim_point(backend, row: dict[str, Any]) -> dict[str, Any] | None:
    for place in row["record"].get("places") or []:
        if place.get("lat") is not None and place.get("lon") is not None:
            return {"lat": place["lat"], "lon": place["lon"], "place": place["name"]}
    names = [p.get("name") for p in row["record"].get("places") or []]
    for name in [*names, row.get("sector_key"), row.get("sector")]:
        if name and name != "unspecified":
            point = backend.place_point(str(name))
            if point:
                return {"lat": point[0], "lon": point[1], "place": name}
    return None


def _filtered_claims(
    request: Request,
    claimant: str | None,
    sector: str | None,
    verdict: str | None,
    since: str | None,
    until: str | None,
) -> list[dict[str, Any]]:
    if verdict and verdict not in VERDICTS:
        raise ApiError(400, f"verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    lo = instant(since, "since").astimezone(UTC).date() if since else None
    hi = instant(until, "until").astimezone(UTC).date() if until else None
    rows = _backend(request).ledger().claims(claimant=claimant, sector=sector)
    out = []
    for row in rows:
        day = as_day(row.get("period_end")) or as_day(row.get("published"))
        if (lo or hi) and day is None:
            continue
        if (lo and day < lo) or (hi and day > hi):
            continue
        if verdict and not any(
            v["verdict"] == verdict for v in row["verdicts"].values()
        ):
            continue
        out.append(row)
    return out


@router.get("/claims")
def claims(
    request: Request,
    claimant: Filter = None,
    sector: Filter = None,
    verdict: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(max_length=40)] = None,
    until: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """Checked claims from the ledger with their verdicts and a map point
    (filters: claimant and sector spelling-insensitive, verdict, period)."""
    backend = _backend(request)
    rows = _filtered_claims(request, claimant, sector, verdict, since, until)
    for row in rows:
        row["point"] = _claim_point(backend, row)
    return {"claims": rows, "verdicts": list(VERDICTS)}


@router.get("/ledger")
def ledger(
    request: Request,
    claimant: Filter = None,
    sector: Filter = None,
    verdict: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(max_length=40)] = None,
    until: Annotated[str | None, Query(max_length=40)] = None,
) -> dict[str, Any]:
    """``frontline ledger --json``: the claims and whether running totals add up."""
    rows = _filtered_claims(request, claimant, sector, verdict, since, until)
    return {
        "claims": rows,
        "consistency": [c.to_dict() for c in consistency(rows)],
        "counts": _backend(request).ledger().counts(),
    }


@router.get("/documents")
def documents(request: Request) -> dict[str, Any]:
    """Checked documents (the ledger's), and whether their text is kept."""
    backend = _backend(request)
    docs = backend.ledger().documents()
    for d in docs:
        d["has_text"] = backend.archive.get(d["sha256"]) is not None
    return {"documents": docs}


def _document(request: Request, doc_id: str) -> dict[str, Any]:
    backend = _backend(request)
    doc = next((d for d in backend.ledger().documents() if d["doc_id"] == doc_id), None)
    if doc is None:
        raise ApiError(404, f"document {doc_id!r}: not in the ledger")
    return doc


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    """One document: its text (when kept) and its claims with offsets and
    verdicts, for the article view."""
    backend = _backend(request)
    doc = _document(request, doc_id)
    text = backend.archive.get(doc["sha256"])
    rows = [r for r in backend.ledger().claims() if r["doc_id"] == doc_id]
    return {
        "document": doc,
        "text": text,
        "text_note": None
        if text is not None
        else "the text was not kept (checked outside the API); claims only",
        "claims": [
            {
                "index": r["idx"],
                "kind": r["kind"],
                "quote": r["quote"],
                "char_start": r["record"].get("char_start"),
                "char_end": r["record"].get("char_end"),
                "claimant": r["claimant"],
                "sector": r["sector"],
                "area_km2": r["area_km2"],
                "period_start": r["period_start"],
                "period_end": r["period_end"],
                "region": r["region"],
                "verdicts": r["verdicts"],
            }
            for r in rows
        ],
        "corrections": backend.store().corrections(doc_id=doc_id),
    }


@router.get("/reports/{doc_id}")
def report(request: Request, doc_id: str) -> dict[str, Any]:
    """A check's report: the document, each claim with its verdicts per source
    and the claimant's running-total checks (from the ledger, now), and, for
    checks run through the API, the full ``check --format json`` report
    (measurements and evidence) as it was made."""
    backend = _backend(request)
    doc = _document(request, doc_id)
    rows = [r for r in backend.ledger().claims() if r["doc_id"] == doc_id]
    touched = {r["sector_key"] for r in rows}
    related = [r for r in backend.ledger().claims() if r["sector_key"] in touched]
    return {
        "document": doc,
        "claims": rows,
        "ledger": [c.to_dict() for c in consistency(related)],
        "report": backend.archive.get_report(doc["sha256"]),
    }
