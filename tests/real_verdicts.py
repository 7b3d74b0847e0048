"""Real claims from ../shared/data/claims that outsiders have judged, and the
verdict frontline gives them on the judge's map (the regression of issue 9).

Each case names a gold claim of dev.jsonl/dev2.jsonl (id and index: nothing
is copied here), the verdicts that agree with the outside judgement, and who
judged. Run ``python tests/real_verdicts.py`` to print the table (uses
``$FRONTLINE_HOME``'s store, syncing from ../shared/data); ``--detail`` adds
per case the period, snapshots, gross and net readings and places on
DeepState. An AFP/ISW nationwide figure is judged on ISW's published daily
areas (``isw-totals``, :mod:`frontline.check.totals`) and its DeepState
verdict is printed beside it, which tells a map difference from a definition
frontline gets wrong.

Expected verdicts:

- an outside measurement (AFP's or ISW's monthly figure, a DeepState tally)
  should be ``consistent`` on the map;
- a town announced captured, that ISW/DeepState saw fall within days, is
  ``consistent`` (or ``already on the map`` when the map had it earlier);
- a claim outsiders refuted (a premature capture, an inflated total) is
  anything but ``consistent``.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared")) / "data"
CLAIMS = SHARED / "claims"

AGREE = ("consistent",)
REFUTED = ("overstated", "not visible", "understated")
CAPTURED = ("consistent", "already on the map")


@dataclass(frozen=True)
class Case:
    file: str
    doc: str
    index: int
    expected: tuple[str, ...]
    judge: str


CASES: tuple[Case, ...] = (
    # 2023: towns the General Staff announced, confirmed by ISW within days
    Case("dev.jsonl", "tc-059", 0, CAPTURED, "ISW 17 Sep 2023: Klishchiivka"),
    Case("dev.jsonl", "tc-059", 4, CAPTURED, "ISW 15 Sep 2023: Andriivka"),
    Case("dev2.jsonl", "nc-a007", 0, CAPTURED, "ISW 28 Aug 2023: Robotyne"),
    Case("dev2.jsonl", "nc-a022", 0, CAPTURED, "ISW 17 Sep 2023: Klishchiivka"),
    Case("dev2.jsonl", "nc-a029", 0, CAPTURED, "ISW 15 Sep 2023: Andriivka"),
    # 2023 area figures the deputy minister gave, near Bakhmut
    Case("dev.jsonl", "tc-004", 5, AGREE, "DeepState: ~50 km² round Bakhmut"),
    # 2024: towns Russia took, confirmed by ISW/DeepState
    Case("dev2.jsonl", "nc-b005", 1, CAPTURED, "ISW 17 Feb 2024: Avdiivka"),
    Case("dev2.jsonl", "nc-b016", 0, CAPTURED, "ISW 2 Oct 2024: Vuhledar"),
    Case("dev.jsonl", "tc-055", 8, CAPTURED, "ISW 3 Oct 2024: Vuhledar"),
    Case("dev2.jsonl", "nc-b001", 1, CAPTURED, "ISW May 2024: Ocheretyne"),
    # 2025: DeepState's own statements about its map
    Case("dev.jsonl", "tc-033", 4, CAPTURED, "DeepState: Yelyzavetivka"),
    Case("dev2.jsonl", "nc-c002", 2, CAPTURED, "DeepState: Zaporizke, Novoheorhiivka"),
    Case("dev2.jsonl", "nc-c026", 1, AGREE, "DeepState: Dachne not occupied"),
    # premature capture claims ISW/DeepState refuted at the time
    Case("dev2.jsonl", "nc-b023", 0, REFUTED, "ISW 1 Dec 2025: Pokrovsk, Vovchansk"),
    # monthly and yearly figures computed by AFP/ISW
    Case("dev.jsonl", "tc-036", 1, AGREE, "AFP/ISW: Oct 2024 610 km²"),
    Case("dev.jsonl", "tc-036", 0, AGREE, "AFP/ISW: Nov 2024 725 km²"),
    Case("dev.jsonl", "tc-038", 0, AGREE, "AFP/ISW: 2024 3,985 km²"),
    Case("dev.jsonl", "tc-036", 4, AGREE, "AFP/ISW: Jan–Nov 2024 3,500 km²"),
    Case("dev2.jsonl", "nc-c013", 2, AGREE, "ISW: Nov 2024 627 km²"),
    Case("dev2.jsonl", "nc-c013", 3, AGREE, "ISW: Dec 2024 569 km²"),
    Case("dev2.jsonl", "nc-c013", 4, AGREE, "ISW: Jan 2025 427 km²"),
    Case("dev2.jsonl", "nc-c013", 5, AGREE, "ISW: Feb 2025 354 km²"),
    Case("dev2.jsonl", "nc-c013", 6, AGREE, "ISW: Mar 2025 203 km²"),
    Case("dev2.jsonl", "nc-b007", 1, AGREE, "AFP/ISW: Jun 2025 588 km²"),
    Case("dev2.jsonl", "nc-b007", 2, AGREE, "AFP/ISW: May 2025 507 km²"),
    Case("dev2.jsonl", "nc-b007", 3, AGREE, "AFP/ISW: Apr 2025 379 km²"),
    Case("dev2.jsonl", "nc-b010", 4, AGREE, "AFP/ISW: Nov 2025 270 sq mi"),
    Case("dev2.jsonl", "nc-b010", 5, AGREE, "AFP/ISW: Dec 2025 94 sq mi"),
    Case("dev2.jsonl", "nc-b010", 2, AGREE, "AFP/ISW: 2025 over 2,160 sq mi"),
    # an official total ISW called inflated
    Case("dev2.jsonl", "nc-b014", 5, REFUTED, "ISW Dec 2025: Gerasimov inflated"),
)

DAILY_FROM = date(2024, 7, 8)  # deepstate-daily starts here; before: deepstate


def _day(v):
    return date.fromisoformat(v) if v else None


def load_case(case: Case):
    """The document and its gold claim as a :class:`frontline.model.Claim`."""
    from frontline.model import Claim, Place
    from frontline.sources.documents import Document

    for line in (CLAIMS / case.file).open(encoding="utf-8"):
        d = json.loads(line)
        if d["id"] != case.doc:
            continue
        g = d["gold"][case.index]
        places = [
            Place(p if isinstance(p, str) else p["name"]) for p in g.get("places") or []
        ]
        extra = {
            k: g[k]
            for k in ("holding", "partial", "settlements_count", "share_pct")
            if g.get(k) is not None
        }
        claim = Claim(
            doc_id=d["id"],
            kind=g["kind"],
            quote=g["quote"],
            char_start=g["char_start"],
            char_end=g["char_end"],
            gainer=g.get("gainer"),
            area_km2=g.get("area_km2"),
            places=places,
            sector=g.get("sector"),
            period_text=g.get("period_text"),
            period_start=_day(g.get("period_start")),
            period_end=_day(g.get("period_end")),
            cumulative=bool(g.get("cumulative")),
            claimant=g.get("claimant"),
            negated=bool(g.get("negated")),
            hedged=bool(g.get("hedged")),
            approx=bool(g.get("approx")),
            extra=extra,
        )
        published = d.get("published") or (g.get("period_end") or None)
        doc = Document(
            id=d["id"],
            text=d["text"],
            published=_day(published),
            language=d.get("language"),
        )
        return doc, claim
    raise LookupError(f"{case.file}: no document {case.doc}")


def source_for(claim) -> str:
    """deepstate-daily when it covers the whole period, else the weekly/daily
    raw DeepState archive (2022-04 → 2025-08)."""
    start = claim.period_start or claim.period_end
    if claim.cumulative and claim.period_start is None:
        start = None
    daily = start is not None and start >= DAILY_FROM
    return "deepstate-daily" if daily else "deepstate"


ISW_SERIES = "isw-totals"
"""ISW's map as frontline has it for nationwide figures: ISW-derived
published daily layer areas (:mod:`frontline.sources.area_series`)."""


def judged_on(case: Case, verdicts) -> str:
    """The source the case is judged on: the judge's own map where frontline
    has it (an AFP/ISW figure with a verdict on ISW's published areas, i.e. a
    nationwide claim the series covers), else DeepState (the first verdict).
    """
    isw = next((v for v in verdicts if v.source == ISW_SERIES), None)
    if "ISW" in case.judge and isw is not None and isw.verdict != "unverifiable":
        return ISW_SERIES
    return verdicts[0].source


def check_case(case: Case, store, places, opts_base):
    """The case's claim, the verdict it is judged by (on the judge's map,
    :func:`judged_on`) and its verdict on DeepState."""
    from dataclasses import replace

    from frontline.check import check_document

    doc, claim = load_case(case)
    source = source_for(claim)
    opts = replace(opts_base, sources=(source,), ledger=False)
    res = check_document(doc, store, opts, places=places, claims=[claim])
    verdicts = res.claims[0].verdicts
    on = judged_on(case, verdicts)
    judged = next(v for v in verdicts if v.source == on)
    return claim, judged, verdicts[0]


def run_case(case: Case, store, places, opts_base):
    """(verdict, reason, source judged on, DeepState verdict) of the case."""
    _, v, ds = check_case(case, store, places, opts_base)
    return v.verdict, v.reason, v.source, ds.verdict


def detail(claim, v) -> str:
    """What frontline measured on DeepState (period, snapshots, region, gross
    and net per reading, places)."""
    ev = v.evidence or {}
    snaps = ev.get("snapshots") or {}
    ends = [(snaps.get(k) or {}).get("snapshot_id", "?") for k in ("start", "end")]
    out = [
        f"      period {claim.period_start} – {claim.period_end}; "
        f"snapshots {ends[0]} → {ends[1]}"
    ]
    for r in ev.get("readings") or []:
        out.append(
            f"      {r['reading'][:70]}: gross {r['gross_km2']:.1f}, "
            f"net {r['net_km2']:.1f} km²"
        )
    for p in ev.get("places") or []:
        out.append(f"      {p['place']} {p.get('lat')},{p.get('lon')}: {p['verdict']}")
    return "\n".join(out)


def agrees(case: Case, verdict: str) -> bool:
    return any(verdict.startswith(e) for e in case.expected)


def score(store, places, opts) -> list[tuple[Case, str, str, bool, str]]:
    """Per case (case, verdict, reason, agrees, source) on the map it is
    judged on."""
    out = []
    for case in CASES:
        verdict, reason, source, _ = run_case(case, store, places, opts)
        out.append((case, verdict, reason, agrees(case, verdict), source))
    return out


def main() -> int:
    from frontline.check import CheckOptions, Places
    from frontline.store import open_store

    store = open_store(None)
    opts = CheckOptions(mirror=str(SHARED))
    places = Places(opts.mirror)
    verbose = "--detail" in sys.argv[1:]
    agree = agree_ds = 0
    for case in CASES:
        claim, v, ds = check_case(case, store, places, opts)
        ok = agrees(case, v.verdict)
        agree += ok
        agree_ds += agrees(case, ds.verdict)
        mark = "ok " if ok else "NO "
        head = f"{mark}{case.doc}#{case.index} [{case.judge}] on {v.source}"
        print(f"{head} {v.verdict}: {v.reason[:150]}")
        if v is not ds:
            print(f"      on {ds.source}: {ds.verdict}: {ds.reason[:120]}")
        if verbose:
            print(detail(claim, ds))
    print(f"agree {agree}/{len(CASES)} (on DeepState alone {agree_ds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
