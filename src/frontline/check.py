"""``frontline check``: every claim of a document against every map.

The flow, per document: claims (:mod:`frontline.text.claims`) → for each claim
its period (:mod:`frontline.anchors`) and region (:mod:`frontline.places`) →
the snapshots it needs are made sure of (:mod:`frontline.ingest`, from
upstream or a mirror) → measurements on each source (:mod:`frontline.query`)
→ verdicts (:mod:`frontline.verify`) → the ledger
(:mod:`frontline.store.ledger`, one transaction per document).

Everything a verdict rests on is kept in its ``evidence``: the snapshots and
their times, the region's description, the figures at each radius and for
each reading of the region, and the lag check (the end pushed up to
:data:`LAG_DAYS` later, because maps often lag official claims).

Used by the CLI and the report writers::

    from frontline.check import CheckOptions, check_documents
    results = check_documents(docs, store, CheckOptions(mirror="../shared/data"))
    results[0].to_json()
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import shapely
from shapely.geometry import Point

from . import ATTRIBUTION
from .anchors import Anchor, Period, load_anchors, resolve_period
from .errors import FrontlineError
from .geo.area import to_equal_area
from .instants import UTC, end_of_day
from .model import (
    GREY,
    RU_ADVANCES,
    RU_CLAIMED,
    RU_HELD,
    UA_CLAIMED,
    Claim,
    Measurement,
    Place,
    Region,
    Verdict,
)
from .store.base import Store
from .verify import (
    CONTESTED,
    RU,
    UA,
    Outcome,
    Tolerance,
    area_verdict,
    change_verdict,
    coverage_gap,
    directed_change,
    fighting_verdict,
    holding_verdict,
    lag_note,
    opposite_change,
    settlement_verdict,
)

ALL_SOURCES = ("deepstate", "deepstate-daily", "isw", "nzz")
RADII_KM = (15.0, 25.0, 35.0)
LAG_DAYS = 7
NEAR_PLACE_KM = 5.0  # an advance "near X" / "at X" with no sector: a disc this big
SECTOR_RADIUS_KM = 25.0  # a "sector": the disc this big around its place
OTHER_LAYERS = (UA_CLAIMED, RU_ADVANCES, RU_CLAIMED)  # reported beside the verdict
FIT_SHARE = 0.5  # a claim above this share of its region's area: read it nationwide
SYNC_WINDOW_DAYS = 2  # first try to fetch this many days before an instant
COVER_WINDOW_DAYS = 10  # then widen to this many (as verify.MAX_SNAPSHOT_AGE_DAYS)

Progress = Callable[[str], None]


@dataclass
class CheckOptions:
    """What to check against and how."""

    sources: tuple[str, ...] = ALL_SOURCES
    sync: bool = True
    mirror: str | None = None
    progress: bool = False
    radii_km: tuple[float, ...] = RADII_KM
    lag_days: int = LAG_DAYS
    tolerance: Tolerance = field(default_factory=Tolerance)
    anchors: list[Anchor] | None = None
    ledger: bool = True


@dataclass
class ClaimCheck:
    """One claim with its region, period, places and a verdict per source."""

    index: int
    claim: Claim
    record: dict[str, Any]
    period: Period
    region: Region | None
    region_note: str
    places: list[Place]
    verdicts: list[Verdict] = field(default_factory=list)
    alt_regions: list[tuple[str, Region]] = field(default_factory=list)

    @property
    def sector_key(self) -> str:
        from .store.ledger import sector_key

        if self.region is not None and self.region.kind == "all":
            return "whole map"
        centre = (self.region.params.get("place") if self.region else None) or (
            self.places[0].resolved_name if self.places else None
        )
        return sector_key(centre or self.claim.sector)


@dataclass
class DocumentCheck:
    """The result of checking one document."""

    document: dict[str, Any]
    claims: list[ClaimCheck]
    sources: list[str]
    notes: list[str] = field(default_factory=list)
    consistency: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return document_json(self)


# -- small helpers -----------------------------------------------------------


def _iso(t: datetime | None) -> str | None:
    if t is None:
        return None
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _r(x: float | None, nd: int = 3) -> float | None:
    return None if x is None else round(float(x), nd)


def _attr(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _as_date(value: Any) -> date | None:
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


def document_dict(doc: Any) -> dict[str, Any]:
    """The document fields the ledger and the outputs keep."""
    text = _attr(doc, "text", "") or ""
    published = _as_date(_attr(doc, "published"))
    return {
        "doc_id": str(_attr(doc, "id") or _attr(doc, "doc_id") or "document"),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "url": _attr(doc, "url"),
        "published": published.isoformat() if published else None,
        "language": _attr(doc, "language"),
        "title": _attr(doc, "title"),
        "origin": _attr(doc, "origin") or _attr(doc, "path"),
        "chars": len(text),
    }


# -- the collaborators (built by others; adapted here) -----------------------


def extract(doc: Any) -> list[Claim]:
    """Claims of a document via :func:`frontline.text.claims.extract_claims`."""
    try:
        from .text.claims import extract_claims
    except ImportError as exc:
        raise FrontlineError(f"the claim extractor is not available ({exc})") from None

    return extract_claims(
        _attr(doc, "text", "") or "",
        doc_id=str(_attr(doc, "id") or _attr(doc, "doc_id") or "document"),
        published=_as_date(_attr(doc, "published")),
        language=_attr(doc, "language"),
    )


def claim_record(claim: Claim) -> dict[str, Any]:
    """The claim as a JSON-able record (the claims engineer's, when present)."""
    try:
        from .text.claims import claim_to_record

        rec = dict(claim_to_record(claim))
    except ImportError:
        rec = {
            k: getattr(claim, k)
            for k in (
                "doc_id",
                "kind",
                "quote",
                "char_start",
                "char_end",
                "gainer",
                "area_km2",
                "distance_km",
                "sector",
                "period_text",
                "period_start",
                "period_end",
                "cumulative",
                "claimant",
                "claimant_role",
                "negated",
                "hedged",
                "approx",
                "restates",
            )
        }
        rec["places"] = [{"name": p.name} for p in claim.places]
    for k, v in list(rec.items()):
        if isinstance(v, (date, datetime)):
            rec[k] = v.isoformat()
    return rec


class Places:
    """Resolver and region builder (frontline.places), loaded once per check."""

    def __init__(self, mirror: str | None) -> None:
        self.resolver = None
        self.note = ""
        try:
            from .places.resolve import load_resolver

            self.resolver = load_resolver(mirror=mirror)
        except ImportError:
            self.note = "place resolution is not available"
        except FrontlineError as exc:
            self.note = f"no gazetteer: {exc}"

    def oblast_in(self, context: str) -> str | None:
        """An oblast named in the sentence ("in the Donetsk region")."""
        if self.resolver is None:
            return None
        for m in _OBLAST.finditer(context):
            try:
                name = self.resolver.oblast_name(m.group(0))
            except (FrontlineError, AttributeError):
                name = None
            if name:
                return name
        return None

    def resolve(
        self, claim: Claim, context: str, front_distance: Any = None
    ) -> list[Place]:
        """Each place of the claim with its best candidate (if any).

        The sentence's oblast, the claim's other places and sector, and the
        distance to the front on the day disambiguate homonyms.
        """
        out = []
        oblast = self.oblast_in(context)
        names = [p.name for p in claim.places]
        if claim.sector:
            names.append(_SECTOR_WORDS.sub(" ", claim.sector).strip())
        for p in claim.places:
            if p.lat is not None and p.lon is not None:
                out.append(p)
                continue
            place = Place(p.name)
            if self.resolver is not None:
                others = [n for n in names if n and n != p.name]
                try:
                    cands = self.resolver.candidates(
                        p.name,
                        oblast=oblast,
                        context=others,
                        front_distance=front_distance,
                    )
                except FrontlineError:
                    cands = []
                cands = [c if isinstance(c, dict) else _cand_dict(c) for c in cands]
                if cands:
                    best = cands[0]
                    place = Place(
                        p.name,
                        lat=best.get("lat"),
                        lon=best.get("lon"),
                        resolved_name=best.get("name"),
                        score=best.get("score"),
                        gazetteer=best.get("gazetteer"),
                        candidates=cands[:3],
                    )
            out.append(place)
        return out

    def region(
        self,
        claim: Claim,
        places: list[Place],
        context: str,
        radius_km: float | None = None,
    ) -> tuple[Region | None, str]:
        """The claim's region (or None) and how it was built / why not."""
        try:
            from .places.regions import region_for_claim
        except ImportError:
            return None, "region building is not available"
        kwargs: dict[str, Any] = {"resolver": self.resolver, "context_text": context}
        if radius_km is not None:
            kwargs["radius_km"] = radius_km
        names = [p.name for p in (places or claim.places)]
        sector = sector_of(claim)
        if sector and names and _BARE_FLANK.match(sector.strip()):
            sector = f"{sector.strip()} of {names[0]}"  # "southern flank" of Bakhmut
        if sector and names and _BROAD_FRONT.search(sector):
            # "on the Zaporizhzhia front, ... around Robotyne": Robotyne it is
            named = [n for n in names if n.lower() not in sector.lower()]
            if named:
                names, sector = named, None
        try:
            res = region_for_claim(sector, names, **kwargs)
        except FrontlineError as exc:
            return None, str(exc)
        region = _attr(res, "region")
        desc = _attr(res, "description") or (region.description if region else "")
        if (
            region is None
            and claim.kind == "area_change"
            and not names
            and not (claim.sector and claim.sector.strip())
        ):
            from .geo.regions import all_region

            region = all_region()
            region.description = "the whole map (the claim names no place or sector)"
            return region, region.description
        if region is None:
            return None, desc or "no region for this claim"
        return region, desc or region.description

    def regions(
        self, claim: Claim, places: list[Place], context: str
    ) -> tuple[Region | None, str, list[tuple[str, Region]]]:
        """Primary region, how it was built, and other readings to report.

        A General Staff direction (a union of hromadas) is reported, but the
        primary region of a "sector" is the disc of
        :data:`SECTOR_RADIUS_KM` around its place, so radii can be varied.
        """
        region, note = self.region(claim, places, context)
        if region is None or region.kind != "direction":
            return region, note, []
        disc, disc_note = self.region(claim, places, context, SECTOR_RADIUS_KM)
        if disc is None:
            return region, note, []
        return disc, disc_note, [("General Staff direction (hromadas)", region)]


def is_settlement(p: Place) -> bool:
    """A place that has a point meaning: not an oblast, region or river.

    >>> is_settlement(Place("Donetsk region")), is_settlement(Place("Urozhaine"))
    (False, True)
    """
    if _OBLAST.search(p.name or ""):
        return False
    best = p.candidates[0] if p.candidates else {}
    return best.get("feature_class", "P") in ("P", "", None)


_BARE_FLANK = re.compile(
    r"^(?:the\s+|on\s+the\s+)?(?:north|south|east|west)(?:ern)?\s+"
    r"(?:flank|outskirts|side)$",
    re.IGNORECASE,
)
_BROAD_FRONT = re.compile(r"\bfront\b|\bфронт", re.IGNORECASE)


def sector_of(claim: Claim) -> str | None:
    """The claim's sector, or a side-of-place phrase in its quote.

    >>> from frontline.model import Claim
    >>> sector_of(Claim("d", "advance", "successes on the south of Robotyne", 0, 1))
    'south of Robotyne'
    """
    if claim.sector and claim.sector.strip():
        return claim.sector
    m = _SIDE_OF.search(claim.quote or "")
    return m.group(0) if m else None


_SIDE_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]+",
)
_OBLAST = re.compile(
    r"\b[\w'’-]+\s+(?:region|oblast|province)\b|\b[\w'’-]+\s+(?:област\w*|обл\.)",
    re.IGNORECASE,
)
_SECTOR_WORDS = re.compile(
    r"\b(the|of|in|on|at|sector|direction|front|axis|flank|northern|southern|"
    r"eastern|western)\b",
    re.IGNORECASE,
)


def _cand_dict(c: Any) -> dict[str, Any]:
    if hasattr(c, "as_dict"):
        return dict(c.as_dict())
    if hasattr(c, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(c)
    return dict(getattr(c, "__dict__", {}))


def ensure(
    store: Store,
    source: str,
    instants: list[tuple[datetime, datetime]],
    opts: CheckOptions,
    notes: list[str],
) -> bool:
    """Make sure the snapshots for the windows are stored (sync if allowed).

    False when syncing failed (the reason is added to ``notes``).
    """
    if not opts.sync or not instants:
        return True
    try:
        from .ingest import ensure_snapshots
    except ImportError:
        notes.append("syncing is not available; using the stored snapshots only")
        opts.sync = False
        return False
    for since, until in _merge(instants):
        memo = (id(store), source, since, until, opts.mirror)
        if memo in _ENSURED or _covered(store, source, since, until):
            continue
        try:
            ensure_snapshots(
                store, source, since, until, mirror=opts.mirror, progress=opts.progress
            )
            _ENSURED.add(memo)
        except FrontlineError as exc:
            notes.append(
                f"{source}: could not sync {since:%Y-%m-%d}..{until:%Y-%m-%d}: {exc}"
            )
            return False
    return True


_ENSURED: set[tuple[Any, ...]] = set()  # windows synced in this process
COVERED_WITHIN = timedelta(days=1)


def _covered(store: Store, source: str, since: datetime, until: datetime) -> bool:
    """Both ends of the window already have a stored snapshot at most a day
    before them: nothing to fetch (``frontline sync`` refreshes explicitly)."""
    for t in (since, until):
        info = store.snapshot_at(source, t)
        if info is None or t - info.time > COVERED_WITHIN:
            return False
    return True


def _merge(windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    out: list[list[datetime]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1] + timedelta(days=1):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


# -- measuring one claim on one source ---------------------------------------


def _instants(period: Period) -> tuple[datetime, datetime]:
    """Start = the map state at the end of the day before the period starts;
    end = at the end of the period's last day (a bare date = end of day)."""
    assert period.start is not None and period.end is not None
    if period.start == period.end and period.how.startswith("state"):
        t = end_of_day(period.end)
        return t, t
    return end_of_day(period.start - timedelta(days=1)), end_of_day(period.end)


def _region_variants(
    places: Places,
    claim: Claim,
    resolved: list[Place],
    context: str,
    region: Region,
    radii: tuple[float, ...],
) -> tuple[list[tuple[str, Region]], list[tuple[float, Region]]]:
    """Readings of the region (primary, and the whole disc for a flank/wedge)
    and the primary shape at each sensitivity radius."""
    readings = [(f"primary region ({region.description})", region)]
    p = region.params or {}
    radius = p.get("radius_km")
    centre = p.get("centre") or p.get("center") or [None, None]
    lat = p.get("lat", centre[0])
    lon = p.get("lon", centre[1])
    if region.kind == "half-disc" and radius and lat is not None:
        from .geo.regions import disc_region

        try:
            disc = disc_region(float(lat), float(lon), float(radius))
            disc.description = f"whole {float(radius):g} km disc"
            readings.append((f"whole {float(radius):g} km disc", disc))
        except FrontlineError:
            pass
    by_radius: list[tuple[float, Region]] = []
    if radius:
        for r in radii:
            if abs(r - float(radius)) < 1e-9:
                by_radius.append((r, region))
                continue
            reg, _ = places.region(claim, resolved, context, radius_km=r)
            if reg is not None:
                by_radius.append((r, reg))
    return readings, by_radius


def _coverage(tl: Any, when: datetime) -> tuple[Any, str | None]:
    info = tl.at(when)
    if info is None:
        return None, coverage_gap(None)
    age = (when - info.time).total_seconds() / 86400
    return info, coverage_gap(age)


def _snap_json(info: Any) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"snapshot_id": info.key, "snapshot_time": _iso(info.time)}


def _measure_json(m: Measurement) -> dict[str, Any]:
    return {
        "ru_held_start_km2": _r(m.ru_held_start_km2),
        "ru_held_end_km2": _r(m.ru_held_end_km2),
        "ru_gained_km2": _r(m.ru_gained_km2),
        "ru_lost_km2": _r(m.ru_lost_km2),
        "net_ru_km2": _r(m.net_ru_km2),
        "grey_start_km2": _r(m.grey_start_km2),
        "grey_end_km2": _r(m.grey_end_km2),
    }


class SourceChecker:
    """Checks claims on one source; shares a geometry cache across claims."""

    def __init__(self, store: Store, source: str, opts: CheckOptions) -> None:
        from . import query

        self.query = query
        self.store = store
        self.source = source
        self.opts = opts
        self.cache = query.GeometryCache(store, source)
        self._holding = False  # the claim being checked states a held area
        try:
            self.tl = query.timeline(store, source)
            self.missing = None
        except FrontlineError:
            self.tl = None
            self.missing = (
                f"no {source} snapshots stored (frontline import/sync them, or "
                "give --mirror DIR with a local copy)"
            )

    def unverifiable(self, cc: ClaimCheck, reason: str, **evidence: Any) -> Verdict:
        return Verdict(
            cc.index,
            self.source,
            "unverifiable",
            reason,
            claimed=cc.claim.area_km2,
            evidence=evidence,
        )

    def check(self, cc: ClaimCheck, places: Places, context: str) -> Verdict:
        claim, period = cc.claim, cc.period
        if self.tl is None:
            return self.unverifiable(cc, f"no map coverage: {self.missing}")
        if not period.ok:
            return self.unverifiable(cc, f"no period: {period.how}")
        t0, t1 = _instants(period)
        a, gap0 = _coverage(self.tl, t0)
        b, gap1 = _coverage(self.tl, t1)
        snaps = {"start": _snap_json(a), "end": _snap_json(b)}
        if gap0 or gap1:
            which = "start" if gap0 else "end"
            return self.unverifiable(
                cc,
                f"no map coverage at the {which} ({_iso(t0 if gap0 else t1)}): "
                f"{gap0 or gap1}",
                snapshots=snaps,
            )
        if claim.kind in ("area_change", "advance"):
            return self._area(cc, places, context, t0, t1, snaps)
        if claim.kind == "settlement_control":
            return self._points(cc, t0, t1, a, b, snaps)
        if claim.kind == "fighting":
            return self._fighting(cc, b, t1, snaps)
        return self.unverifiable(cc, f"not a measurable kind ({claim.kind})")

    # area change and advance ------------------------------------------------
    def _directed(self, region: Region, t0: datetime, t1: datetime, gainer):
        m = self.query.measure(
            self.store, self.source, region, t0, t1, cache=self.cache
        )
        if self._holding:  # "Russia controls 1,263 km² of X": the held area
            return m, m.ru_held_end_km2
        return m, directed_change(m, gainer)

    def _area(self, cc, places, context, t0, t1, snaps) -> Verdict:
        claim = cc.claim
        region = cc.region
        if region is None and claim.kind == "advance":
            region = _near_region(cc.places)
        if region is None:
            return self.unverifiable(
                cc,
                f"no region: {cc.region_note or 'no place or sector'}",
                snapshots=snaps,
            )
        gainer = claim.gainer
        self._holding = bool(claim.extra.get("holding")) and claim.kind == "area_change"
        if self._holding and gainer != RU:
            self._holding = False
            return self.unverifiable(
                cc,
                "a held area of the Ukrainian side is not a layer of the maps "
                "(only Russian-held and grey areas are)",
                snapshots=snaps,
            )
        readings, by_radius = _region_variants(
            places, claim, cc.places, context, region, self.opts.radii_km
        )
        if (
            claim.kind == "area_change"
            and claim.area_km2 is not None
            and region.kind != "all"
            and float(claim.area_km2) > FIT_SHARE * region.area_km2
        ):
            from .geo.regions import all_region

            whole = all_region()
            whole.description = "the whole map"
            readings.append(
                (
                    f"the whole map ({float(claim.area_km2):g} km² does not fit in "
                    f"the {region.area_km2:,.0f} km² region)",
                    whole,
                )
            )
        measured, labels, reading_json = [], [], []
        primary: Measurement | None = None
        for label, reg in readings:
            m, d = self._directed(reg, t0, t1, gainer)
            if primary is None:
                primary = m
            if d is None:
                continue
            measured.append(d)
            labels.append(label)
            reading_json.append(
                {
                    "reading": label,
                    "area_km2": _r(reg.area_km2),
                    "measured_km2": _r(d),
                    "against_km2": _r(opposite_change(m, gainer)),
                }
            )
        assert primary is not None
        for label, reg in cc.alt_regions if cc.region is not None else []:
            m, d = self._directed(reg, t0, t1, gainer)
            reading_json.append(
                {
                    "reading": f"{label}, reported only: {reg.description}",
                    "area_km2": _r(reg.area_km2),
                    "measured_km2": _r(d),
                    "against_km2": _r(opposite_change(m, gainer)),
                    "used_for_verdict": False,
                }
            )
        tol = self.opts.tolerance
        has_figure = claim.area_km2 is not None and claim.kind == "area_change"

        def decide(values: list[float], names: list[str]) -> Outcome:
            if has_figure and self._holding:
                out = area_verdict(float(claim.area_km2), values, tol, labels=names)
                if out.verdict == "not visible":
                    return Outcome(
                        "overstated", "the map shows no Russian-held area there"
                    )
                return Outcome(out.verdict, "held at the end: " + out.reason)
            if has_figure:
                return area_verdict(
                    float(claim.area_km2),
                    values,
                    tol,
                    approx=bool(claim.approx),
                    negated=bool(claim.negated),
                    labels=names,
                )
            what = "advance" if claim.kind == "advance" else "change"
            out = change_verdict(values, what=what)
            if claim.negated:
                flip = "consistent" if out.verdict == "not visible" else "understated"
                return Outcome(flip, "the claim denies a change; " + out.reason)
            return out

        if not measured:
            return self.unverifiable(
                cc, f"{self.source} has no Russian-held layer here", snapshots=snaps
            )
        outcome = decide(measured, labels)
        sens = []
        for r, reg in by_radius:
            _, d = self._directed(reg, t0, t1, gainer)
            if d is None:
                continue
            o = decide([d], [f"{r:g} km"])
            sens.append(
                {
                    "radius_km": r,
                    "shape": reg.kind,
                    "measured_km2": _r(d),
                    "verdict": o.verdict,
                }
            )
        lag = self._lag(readings, t0, t1, gainer, decide, outcome)
        reason = outcome.reason
        against = None if self._holding else opposite_change(primary, gainer)
        if against is not None and against >= 1.0:
            reason += f"; {against:,.1f} km² changed hands the other way in the region"
        if lag.get("note"):
            reason += f"; {lag['note']}"
        if claim.hedged:
            reason += " (the claim is hedged)"
        if cc.region is None:
            reason += f" (region: {region.description})"
        evidence = {
            "snapshots": snaps,
            "figures": _measure_json(primary),
            "direction": "Russian-held area at the end (a holding claim)"
            if self._holding
            else _direction(gainer),
            "readings": reading_json,
            "sensitivity": sens,
            "lag": lag,
            "region": region.description,
        }
        other = self._other_layers(region, primary)
        if other:
            evidence["other_layers"] = other
        return Verdict(
            cc.index,
            self.source,
            outcome.verdict,
            reason,
            claimed=float(claim.area_km2) if has_figure else None,
            measured=_r(measured[0]),
            tolerance=tol.describe(approx=bool(claim.approx)) if has_figure else None,
            measurements=[primary],
            evidence=evidence,
        )

    def _other_layers(self, region: Region, m: Measurement) -> dict[str, Any]:
        """Areas of the source's other layers in the region at both ends (ISW's
        claimed Ukrainian counteroffensives, assessed Russian advances, ...)."""
        out: dict[str, Any] = {}
        assert self.tl is not None
        a = self.tl.at(m.start.requested)
        b = self.tl.at(m.end.requested)
        if a is None or b is None:
            return out
        for layer in OTHER_LAYERS:
            if layer not in a.layers and layer not in b.layers:
                continue
            out[layer] = {
                "start_km2": _r(self.cache.area(a.key, layer, region))
                if layer in a.layers
                else None,
                "end_km2": _r(self.cache.area(b.key, layer, region))
                if layer in b.layers
                else None,
            }
        return out

    def _lag(self, readings, t0, t1, gainer, decide, outcome) -> dict[str, Any]:
        """Push the end up to lag_days later: when does the change appear?"""
        assert self.tl is not None
        base = self.tl.at(t1)
        steps = []
        seen = {base.key if base else None}
        first_note = last_note = None
        for k in range(1, self.opts.lag_days + 1):
            t = t1 + timedelta(days=k)
            info = self.tl.at(t)
            if info is None or info.key in seen:
                continue
            if (t - info.time) > timedelta(days=2):
                continue
            seen.add(info.key)
            vals, names = [], []
            for label, reg in readings:
                _, d = self._directed(reg, t0, t, gainer)
                if d is not None:
                    vals.append(d)
                    names.append(label)
            if not vals:
                continue
            o = decide(vals, names)
            steps.append(
                {
                    "days": k,
                    "snapshot_id": info.key,
                    "snapshot_time": _iso(info.time),
                    "measured_km2": _r(vals[0]),
                    "verdict": o.verdict,
                }
            )
            note = lag_note(outcome, o, f"+{k} d ({info.time:%Y-%m-%d})")
            if note and first_note is None and o.verdict == "consistent":
                first_note = note
            elif note and o.verdict != "consistent":
                last_note = f"{note} ({_r(vals[0], 1)} km²)"
            else:
                last_note = None
        if first_note is None:
            first_note = last_note
        return {"max_days": self.opts.lag_days, "steps": steps, "note": first_note}

    # settlements -------------------------------------------------------------
    def _side(self, key: str, pt) -> tuple[str, float | None]:
        ru = self.cache.raw(key, RU_HELD)
        grey = self.cache.raw(key, GREY)
        if grey is not None and not grey.is_empty and grey.contains(pt):
            side = CONTESTED
        elif ru is not None and not ru.is_empty and ru.contains(pt):
            side = RU
        else:
            side = UA
        dist = None
        if ru is not None and not ru.is_empty:
            dist = float(shapely.distance(ru.boundary, pt)) / 1000.0
        return side, dist

    def _points(self, cc, t0, t1, a, b, snaps) -> Verdict:
        claim = cc.claim
        pts = [(p, _point(p)) for p in cc.places if is_settlement(p)]
        pts = [(p, g) for p, g in pts if g is not None]
        if not pts:
            n = claim.extra.get("settlements_count")
            why = (
                f"a count of {n} settlements without their names cannot be placed"
                if n and not cc.places
                else "no settlement resolved to a point on the map"
            )
            return self.unverifiable(cc, why, snapshots=snaps)
        holding = bool(claim.extra.get("holding"))
        per_place, outcomes = [], []
        for p, g in pts:
            before, d0 = self._side(a.key, g)
            after, d1 = self._side(b.key, g)
            if holding:
                o = holding_verdict(after, claim.gainer)
            else:
                o = settlement_verdict(
                    before, after, claim.gainer, negated=bool(claim.negated)
                )
            lagged = None
            if o.verdict == "not visible" and not holding:
                lagged = self._point_lag(g, before, claim, t1)
            outcomes.append(o)
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "side_start": before,
                    "side_end": after,
                    "edge_distance_km_end": _r(d1, 2),
                    "verdict": o.verdict,
                    "reason": o.reason,
                    "lag": lagged,
                }
            )
        verdicts = [o.verdict for o in outcomes]
        if all(v == verdicts[0] for v in verdicts):
            verdict = verdicts[0]
        elif "consistent" in verdicts:
            verdict = "overstated"
        else:
            verdict = verdicts[0]
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        lag_notes = [pp["lag"] for pp in per_place if pp["lag"]]
        if lag_notes:
            reason += "; " + "; ".join(lag_notes)
        return Verdict(
            cc.index,
            self.source,
            verdict,
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "side of the settlement's point at start and end",
            },
        )

    def _point_lag(self, pt, before, claim, t1) -> str | None:
        assert self.tl is not None
        for k in range(1, self.opts.lag_days + 1):
            info = self.tl.at(t1 + timedelta(days=k))
            if info is None:
                continue
            side, _ = self._side(info.key, pt)
            o = settlement_verdict(before, side, claim.gainer)
            if o.verdict == "consistent":
                return (
                    f"the change appears on the map only later (+{k} d, "
                    f"{info.time:%Y-%m-%d})"
                )
        return None

    # fighting ----------------------------------------------------------------
    def _fighting(self, cc, b, t1, snaps) -> Verdict:
        pts = [(p, _point(p)) for p in cc.places if is_settlement(p)]
        pts = [(p, g) for p, g in pts if g is not None]
        if not pts:
            if cc.region is not None:
                return self._fighting_region(cc, b, snaps)
            return self.unverifiable(
                cc, "no place resolved to a point on the map", snapshots=snaps
            )
        per_place, best = [], None
        for p, g in pts:
            side, dist = self._side(b.key, g)
            o = fighting_verdict(dist, side == CONTESTED)
            per_place.append(
                {
                    "place": p.resolved_name or p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                    "side_end": side,
                    "edge_distance_km": _r(dist, 2),
                    "verdict": o.verdict,
                    "reason": o.reason,
                }
            )
            if best is None or (
                o.verdict == "consistent" and best.verdict != o.verdict
            ):
                best = o
        assert best is not None
        reason = "; ".join(f"{pp['place']}: {pp['reason']}" for pp in per_place)
        return Verdict(
            cc.index,
            self.source,
            best.verdict,
            reason,
            evidence={
                "snapshots": snaps,
                "places": per_place,
                "rule": "place in the grey zone or near the Russian-held edge",
            },
        )

    def _fighting_region(self, cc, b, snaps) -> Verdict:
        region = cc.region
        ru = self.cache.clipped(b.key, RU_HELD, region)
        grey = self.cache.clipped(b.key, GREY, region)
        line_km = 0.0
        if ru is not None and not ru.is_empty and region.projected is not None:
            edge = shapely.intersection(
                ru.boundary, shapely.buffer(region.projected, -1.0)
            )
            line_km = float(edge.length) / 1000.0
        grey_km2 = 0.0 if grey is None else float(grey.area) / 1e6
        if line_km > 0 or grey_km2 > 0:
            o = Outcome(
                "consistent",
                f"the front line runs {line_km:.1f} km through the region"
                + (f", grey zone {grey_km2:.1f} km²" if grey_km2 else ""),
            )
        else:
            o = Outcome("not visible", "no front line or grey zone in the region")
        return Verdict(
            cc.index,
            self.source,
            o.verdict,
            o.reason,
            evidence={
                "snapshots": snaps,
                "line_km": _r(line_km),
                "grey_km2": _r(grey_km2),
                "region": region.description,
            },
        )


def _direction(gainer: str | None) -> str:
    if gainer == UA:
        return "Russian-held area lost (Ukrainian gain)"
    if gainer == RU:
        return "Russian-held area gained (Russian gain)"
    return "the larger of Russian-held gained and lost"


def _point(p: Place):
    if p.lat is None or p.lon is None:
        return None
    return to_equal_area(Point(float(p.lon), float(p.lat)), densify=False)


def _near_region(places: list[Place]) -> Region | None:
    pts = [p for p in places if p.lat is not None and p.lon is not None]
    if not pts:
        return None
    from .geo.regions import disc_region

    p = pts[0]
    reg = disc_region(float(p.lat), float(p.lon), NEAR_PLACE_KM)
    reg.description = f"within {NEAR_PLACE_KM:g} km of {p.resolved_name or p.name}"
    reg.params["place"] = p.resolved_name or p.name
    return reg


# -- the whole document --------------------------------------------------------


def plan_periods(
    doc: Any, claims: list[Claim], anchors: list[Anchor]
) -> list[ClaimCheck]:
    """The period of every claim (places and regions come later)."""
    text = _attr(doc, "text", "") or ""
    published = _as_date(_attr(doc, "published"))
    out = []
    for i, claim in enumerate(claims):
        context = sentence_around(text, claim.char_start, claim.char_end)
        names = [p.name for p in claim.places] + (
            [claim.sector] if claim.sector else []
        )
        period = resolve_period(
            kind=claim.kind,
            period_start=_as_date(claim.period_start),
            period_end=_as_date(claim.period_end),
            cumulative=bool(claim.cumulative),
            published=published,
            text=" ".join(
                x for x in (claim.quote, claim.period_text or "", context) if x
            ),
            gainer=claim.gainer,
            names=names,
            anchors=anchors,
        )
        out.append(ClaimCheck(i, claim, claim_record(claim), period, None, "", []))
    return out


def plan_places(
    doc: Any,
    ccs: list[ClaimCheck],
    places: Places,
    front: FrontDistance | None = None,
) -> None:
    """Resolve each claim's places and build its region (in place)."""
    text = _attr(doc, "text", "") or ""
    for cc in ccs:
        claim = cc.claim
        context = sentence_around(text, claim.char_start, claim.char_end)
        fd = front.at(cc.period.end) if front is not None and cc.period.end else None
        try:
            cc.places = places.resolve(claim, context, front_distance=fd)
            if claim.kind in ("area_change", "advance", "fighting"):
                cc.region, cc.region_note, cc.alt_regions = places.regions(
                    claim, cc.places, context
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


class FrontDistance:
    """Distance (km) from a point to the Russian-held edge on a stored map, for
    telling homonymous villages apart (the one at the front is meant)."""

    def __init__(self, store: Store, sources: Iterable[str]) -> None:
        self.store = store
        self.sources = list(sources)
        self._edges: dict[tuple[str, str], Any] = {}

    def at(self, day: date) -> Callable[[float, float], float] | None:
        when = end_of_day(day)
        for source in self.sources:
            info = self.store.snapshot_at(source, when)
            if info is None or RU_HELD not in info.layers:
                continue
            if (when - info.time) > timedelta(days=COVER_WINDOW_DAYS):
                continue
            key = (source, info.key)
            if key not in self._edges:
                geom = self.store.load(source, info.key, [RU_HELD]).geometries.get(
                    RU_HELD
                )
                if geom is None or geom.is_empty:
                    continue
                edge = geom.boundary
                shapely.prepare(edge)
                self._edges[key] = edge
            edge = self._edges[key]

            def distance(lon: float, lat: float, edge=edge) -> float:
                pt = to_equal_area(Point(lon, lat), densify=False)
                return float(shapely.distance(edge, pt)) / 1000.0

            return distance
        return None


def _windows(ccs: list[ClaimCheck], lag_days: int) -> list[tuple[datetime, datetime]]:
    out = []
    for cc in ccs:
        if not cc.period.ok:
            continue
        t0, t1 = _instants(cc.period)
        for t in {t0, t1}:
            out.append((t - timedelta(days=SYNC_WINDOW_DAYS), t))
        out.append((t1, t1 + timedelta(days=lag_days)))
    return out


def _widen(store: Store, source: str, ccs: list[ClaimCheck]) -> list[tuple]:
    """Instants whose latest stored snapshot is too old: fetch further back."""
    out = []
    for cc in ccs:
        if not cc.period.ok:
            continue
        for t in set(_instants(cc.period)):
            info = store.snapshot_at(source, t)
            if info is None or t - info.time > timedelta(days=SYNC_WINDOW_DAYS):
                out.append((t - timedelta(days=COVER_WINDOW_DAYS), t))
    return out


def check_document(
    doc: Any,
    store: Store,
    opts: CheckOptions,
    *,
    places: Places | None = None,
    say: Progress | None = None,
    claims: list[Claim] | None = None,
) -> DocumentCheck:
    """Check every claim of one document on every source (see module doc).

    ``claims`` skips the extraction (e.g. claims read from a claims JSONL).
    """
    say = say or (lambda _msg: None)
    anchors = opts.anchors if opts.anchors is not None else load_anchors()
    places = places or Places(opts.mirror)
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
    windows = _windows(ccs, opts.lag_days)
    for source in opts.sources:
        if opts.sync and windows:
            say(f"{source}: making sure the snapshots are stored")
            if ensure(store, source, windows, opts, notes):
                ensure(store, source, _widen(store, source, ccs), opts, notes)
    plan_places(doc, ccs, places, FrontDistance(store, opts.sources))
    for source in opts.sources:
        checker = SourceChecker(store, source, opts)
        for cc in ccs:
            context = sentence_around(
                _attr(doc, "text", "") or "", cc.claim.char_start, cc.claim.char_end
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
    result = DocumentCheck(info, ccs, list(opts.sources), notes)
    if opts.ledger:
        record_in_ledger(store, result)
    return result


def check_documents(
    docs: Iterable[Any], store: Store, opts: CheckOptions, say: Progress | None = None
) -> list[DocumentCheck]:
    """Check several documents (the place resolver is loaded once)."""
    places = Places(opts.mirror)
    return [check_document(d, store, opts, places=places, say=say) for d in docs]


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
    from .store.ledger import Ledger, consistency

    path = getattr(store, "path", None)
    if path is None:
        result.notes.append("the ledger needs a SQLite store; not recorded")
        return
    claims, verdicts = ledger_rows(result)
    with Ledger(path) as led:
        led.record(result.document, claims, verdicts)
        touched = {(c["sector_key"]) for c in claims}
        rows = [r for r in led.claims() if r["sector_key"] in touched]
    result.consistency = [c.to_dict() for c in consistency(rows)]


# -- JSON ------------------------------------------------------------------------


def verdict_json(v: Verdict) -> dict[str, Any]:
    return {
        "claim_index": v.claim_index,
        "source": v.source,
        "verdict": v.verdict,
        "reason": v.reason,
        "claimed_km2": v.claimed,
        "measured_km2": v.measured,
        "tolerance": v.tolerance,
        "evidence": v.evidence,
    }


def _place_json(p: Place) -> dict[str, Any]:
    return {
        "name": p.name,
        "resolved": p.resolved_name,
        "lat": _r(p.lat, 5),
        "lon": _r(p.lon, 5),
        "score": _r(p.score),
        "gazetteer": p.gazetteer,
        "oblast": (p.candidates[0].get("oblast") if p.candidates else None),
    }


def document_json(result: DocumentCheck) -> dict[str, Any]:
    """One object: document, claims, measurements, verdicts (+ notes, ledger)."""
    from .query import measurement_json

    claims, measurements, verdicts = [], [], []
    for cc in result.claims:
        claims.append(
            {
                "index": cc.index,
                "claim": cc.record,
                "period": {
                    "start": cc.period.start.isoformat() if cc.period.start else None,
                    "end": cc.period.end.isoformat() if cc.period.end else None,
                    "how": cc.period.how,
                    "anchor": cc.period.anchor,
                },
                "region": {
                    "description": cc.region.description,
                    "kind": cc.region.kind,
                    "params": cc.region.params,
                    "area_km2": _r(cc.region.area_km2),
                }
                if cc.region
                else None,
                "region_note": cc.region_note,
                "places": [_place_json(p) for p in cc.places],
                "verdicts": {v.source: v.verdict for v in cc.verdicts},
            }
        )
        for v in cc.verdicts:
            verdicts.append(verdict_json(v))
            for m in v.measurements:
                mj = measurement_json(m)
                mj["claim_index"] = cc.index
                mj["region"] = {
                    k: mj["region"][k] for k in ("description", "kind", "area_km2")
                }
                measurements.append(mj)
    return {
        "document": result.document,
        "sources": result.sources,
        "claims": claims,
        "measurements": measurements,
        "verdicts": verdicts,
        "ledger": result.consistency,
        "notes": result.notes,
        "attribution": {
            **{s: ATTRIBUTION.get(s, s) for s in result.sources},
            "places": sorted(
                {
                    line
                    for cc in result.claims
                    if cc.region is not None
                    for line in cc.region.provenance
                }
                | (
                    {ATTRIBUTION["geonames"]}
                    if any(p.gazetteer for cc in result.claims for p in cc.places)
                    else set()
                )
            ),
        },
    }


__all__ = [
    "ALL_SOURCES",
    "CheckOptions",
    "ClaimCheck",
    "DocumentCheck",
    "check_document",
    "check_documents",
    "document_json",
    "sentence_around",
]
