"""One document through the check: claims → periods → sync → places and
regions → a verdict per claim and source → the ledger; and its JSON."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..anchors import load_anchors
from ..errors import FrontlineError
from ..model import (
    Claim,
    Place,
)
from ..sources.area_series import load_series
from ..store.base import Store
from .claims import document_dict, extract, sentence_around
from .footprints import ukraine_land
from .measure import SourceChecker
from .options import CheckOptions, Progress
from .periods import plan_periods
from .regions import Places
from .results import ClaimCheck, DocumentCheck
from .settlements import FrontDistance
from .sync import SyncMemo, coverage_span, ensure, sync_windows, widen_windows
from .totals import BOUNDED, totals_apply, totals_verdicts

if TYPE_CHECKING:
    from ..sources.documents import Document


def plan_places(
    doc: Document,
    ccs: list[ClaimCheck],
    places: Places,
    front: FrontDistance | None = None,
) -> None:
    """Resolve each claim's places and build its region (in place)."""
    text = doc.text or ""
    for cc in ccs:
        claim = cc.claim
        context = sentence_around(text, claim.char_start, claim.char_end)
        fd = front.at(cc.period.end) if front is not None and cc.period.end else None
        cc.front_distance = fd
        try:
            cc.places = places.resolve(claim, context, front_distance=fd, document=text)
            if claim.kind in ("area_change", "advance", "fighting"):
                cc.region, cc.region_note, cc.alt_regions = places.regions(
                    claim, cc.places, context, front_distance=fd
                )
            else:
                cc.region_note = "settlements are checked at their points"
        except FrontlineError as exc:
            cc.places = [Place(p.name) for p in claim.places]
            cc.region, cc.region_note = None, f"places not resolved: {exc}"
        except Exception as exc:  # a bug on one claim: no region, say why
            cc.places = [Place(p.name) for p in claim.places]
            cc.region = None
            cc.region_note = f"places not resolved ({type(exc).__name__}: {exc})"


def check_document(
    doc: Document,
    store: Store,
    opts: CheckOptions,
    *,
    places: Places | None = None,
    say: Progress | None = None,
    claims: list[Claim] | None = None,
    memo: SyncMemo | None = None,
) -> DocumentCheck:
    """Check every claim of one document on every source (see module doc).

    ``claims`` skips the extraction (e.g. claims read from a claims JSONL);
    ``memo`` shares what was synced with the other documents of one run.
    """
    say = say or (lambda _msg: None)
    memo = memo if memo is not None else SyncMemo()
    anchors = opts.anchors if opts.anchors is not None else load_anchors()
    places = places or Places(opts.mirror, opts.places)
    info = document_dict(doc)
    notes = [places.note] if places.note else []
    if info["published"] is None:
        notes.append(
            "no publication date: relative periods cannot be resolved "
            "(give --published)"
        )
    if claims is None:
        say(f"{info['doc_id']}: extracting claims")
        try:
            claims = extract(doc)
        except FrontlineError as exc:
            raise FrontlineError(exc.message, where=info["doc_id"]) from None
        except Exception as exc:  # a bug on one document: report, go on
            notes.append(
                f"claim extraction failed ({type(exc).__name__}: {exc}); no claims"
            )
            claims = []
    ccs = plan_periods(doc, claims, anchors)
    windows = sync_windows(ccs, opts.lag_days)
    unsynced: set[str] = set()
    for source in opts.sources:
        if opts.sync and windows:
            say(f"{source}: making sure the snapshots are stored")
            if ensure(store, source, windows, opts, notes, memo):
                wider = widen_windows(store, source, ccs)
                if not ensure(store, source, wider, opts, notes, memo):
                    unsynced.add(source)
            else:
                unsynced.add(source)
    inner = ukraine_land(opts.mirror)
    plan_places(doc, ccs, places, FrontDistance(store, opts.sources, inner))
    for source in opts.sources:
        span = None
        if source not in unsynced:  # something could be fetched: say what

            def span(source: str = source) -> tuple[datetime, datetime] | None:
                return coverage_span(store, source, opts, memo)

        checker = SourceChecker(store, source, opts, span)
        for cc in ccs:
            context = sentence_around(
                doc.text or "", cc.claim.char_start, cc.claim.char_end
            )
            try:
                verdict = checker.check(cc, places, context)
            except FrontlineError as exc:
                verdict = checker.unverifiable(cc, str(exc))
            except Exception as exc:  # a bug on one claim: say so, check the rest
                verdict = checker.unverifiable(
                    cc, f"could not measure ({type(exc).__name__}: {exc})"
                )
                notes.append(f"claim {cc.index} on {source}: {verdict.reason}")
            cc.verdicts.append(verdict)
    used = _published_totals(ccs, opts, notes)
    result = DocumentCheck(info, ccs, list(opts.sources) + used, notes)
    if opts.ledger:
        record_in_ledger(store, result)
    return result


def _published_totals(
    ccs: list[ClaimCheck], opts: CheckOptions, notes: list[str]
) -> list[str]:
    """A verdict per published series for each nationwide area claim (read
    only when some claim is nationwide); the series that gave one."""
    if not opts.totals or all(totals_apply(cc) for cc in ccs):
        return []
    try:
        series = load_series(opts.mirror)
    except FrontlineError as exc:
        notes.append(f"published totals not read: {exc}")
        return []
    used = totals_verdicts(ccs, series, opts.tolerance)
    bounded = [cc.index for cc in ccs if totals_apply(cc) == BOUNDED]
    if used and bounded:
        which = "claim" if len(bounded) == 1 else "claims"
        notes.append(f"{which} {', '.join(map(str, bounded))}: {BOUNDED}")
    return used


def check_documents(
    docs: Iterable[Document],
    store: Store,
    opts: CheckOptions,
    say: Progress | None = None,
) -> list[DocumentCheck]:
    """Check several documents (the place resolver is loaded once)."""
    places, memo = Places(opts.mirror, opts.places), SyncMemo()
    return [
        check_document(d, store, opts, places=places, say=say, memo=memo) for d in docs
    ]


# -- ledger --------------------------------------------------------------------


def ledger_rows(result: DocumentCheck) -> tuple[list[dict], list[dict]]:
    """The ledger rows (claims, verdicts) of a checked document."""
    claims, verdicts = [], []
    for cc in result.claims:
        c = cc.claim
        claims.append(
            {
                "idx": cc.index,
                "kind": c.kind,
                "quote": c.quote,
                "claimant": c.claimant,
                "claimant_role": c.claimant_role,
                "sector": c.sector,
                "sector_key": cc.sector_key,
                "gainer": c.gainer,
                "area_km2": c.area_km2,
                "cumulative": bool(c.cumulative),
                "negated": bool(c.negated),
                "period_start": cc.period.start,
                "period_end": cc.period.end,
                "anchor": cc.period.anchor,
                "region": cc.region.description if cc.region else None,
                "record": cc.record,
            }
        )
        for v in cc.verdicts:
            verdicts.append(
                {
                    "idx": cc.index,
                    "source": v.source,
                    "verdict": v.verdict,
                    "reason": v.reason,
                    "claimed": v.claimed,
                    "measured": v.measured,
                    "tolerance": v.tolerance,
                    "evidence": {k: v.evidence.get(k) for k in ("snapshots", "lag")},
                }
            )
    return claims, verdicts


def record_in_ledger(store: Store, result: DocumentCheck) -> None:
    """Store the document's claims and verdicts (one transaction) and attach the
    internal-consistency checks of the claimants/sectors it touches."""
    from ..store.ledger import Ledger, consistency

    claims, verdicts = ledger_rows(result)
    with Ledger(store) as led:
        if replaces_ledger_record(led.documents(), result):
            led.record(result.document, claims, verdicts)
        touched = {(c["sector_key"]) for c in claims}
        rows = [r for r in led.claims() if r["sector_key"] in touched]
    result.consistency = [c.to_dict() for c in consistency(rows)]


def replaces_ledger_record(stored: list[dict[str, Any]], result: DocumentCheck) -> bool:
    """Whether this check may replace the ledger's record of the document: not
    when it is undated and the stored one is dated (a re-run without
    --published must not turn dated verdicts into ``unverifiable``). Says so.

    >>> r = DocumentCheck({"doc_id": "d", "published": None}, [], [], [])
    >>> replaces_ledger_record([{"doc_id": "d", "published": "2023-08-14"}], r)
    False
    >>> r.notes[0][:58]
    'the ledger keeps the earlier check of d dated 2023-08-14 ('
    """
    doc = result.document
    old = next((d for d in stored if d["doc_id"] == doc["doc_id"]), None)
    if doc.get("published") or not old or not old.get("published"):
        return True
    result.notes.append(
        f"the ledger keeps the earlier check of {doc['doc_id']} dated "
        f"{old['published']} (this one has no publication date)"
    )
    return False
