"""Why the extractor missed gold claims: reason counts from the trace.

    python benchmarks/whynot_claims.py [--split NAME|read|unread] [--show]

For every gold claim no prediction matches (the scorer's own pairing), the
trigger words inside its quote are looked up in the extractor's "why not"
trace (``extract_claims(..., why=[])``, see ``text/trace.py``) and the claim is
counted under one reason: the drop of the trigger whose rule fits the gold
kind (else the first), ``no-trigger`` when the quote holds no trigger word,
``claimed-as-other`` when a trigger there did make a claim (of another kind or
span). Sets are the ones of ``score_splits.py``; never-read sets give counts
only (``--show`` lists quotes and reasons for readable sets only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dev_claims import SCORER  # noqa: E402
from score_splits import UNREAD, subsets  # noqa: E402

from frontline.text.claims import (  # noqa: E402
    _trigger_matches,
    claim_to_record,
    extract_claims,
)
from frontline.text.trace import RULE_OF_FAMILY, Drop  # noqa: E402

_RULE_OF_KIND = {
    "area_change": "area",
    "settlement_control": "settlement",
    "advance": "advance",
    "fighting": "fighting",
}


def _scorer():  # the shared scorer's pairing, read in place
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def reason_of(gold: dict, drops: list[Drop], claims: list, text: str, lang: str) -> str:
    """The one reason a missed gold claim is counted under: a drop in a rule
    (its kind's rule first), else a claim of another kind or span made from a
    trigger there, else a drop before the rules (skip table, word guard)."""
    a, b = gold["char_start"], gold["char_end"]
    inside = [d for d in drops if a <= d.start < b]
    early = ("skip:", "word-guard", "cold-sentence")
    ruled = [d for d in inside if not d.reason.startswith(early)]
    rule = _RULE_OF_KIND.get(gold["kind"])
    fit = [d for d in ruled if RULE_OF_FAMILY.get(d.family) == rule]
    if fit or ruled:
        return (fit or ruled)[0].reason
    if len(_trigger_matches(text[a:b], lang)) > len(inside):
        kinds = sorted({c.kind for c in claims if a < c.char_end and c.char_start < b})
        made = "+".join(k.split("_")[0] for k in kinds) or "nothing-here"
        return f"claimed-as-{made}"
    if inside:
        return inside[0].reason
    return "no-trigger"


def diagnose(gold_path: Path, show: bool) -> tuple[Counter, Counter]:
    """Reason counts over the missed gold claims of one set, all and by kind."""
    scorer = _scorer()
    total: Counter = Counter()
    by_kind: Counter = Counter()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        pub = date.fromisoformat(doc["published"]) if doc.get("published") else None
        why: list[Drop] = []
        claims = extract_claims(
            doc["text"],
            doc_id=str(doc["id"]),
            published=pub,
            language=doc.get("language"),
            stored=doc.get("store_date"),
            why=why,
        )
        preds = [claim_to_record(c) for c in claims]
        _, missed, _ = scorer.match(doc["gold"], preds)
        for g in missed:
            if g.get("char_start") is None:
                continue
            r = reason_of(g, why, claims, doc["text"], doc.get("language") or "en")
            total[r] += 1
            by_kind[(g["kind"], r)] += 1
            if show:
                print(f"[{doc['id']}] {g['kind']} {r}: {g['quote'][:140]!r}")
    return total, by_kind


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="read")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"skipped: {SCORER} is absent (needs ../shared)")
        return 0
    sets = subsets()
    if args.split == "read":
        names = [n for n in sets if n not in UNREAD]
    elif args.split == "unread":
        names = list(UNREAD)
    else:
        names = [args.split]
    total: Counter = Counter()
    by_kind: Counter = Counter()
    for name in names:
        show = args.show and name not in UNREAD  # never-read sets: counts only
        t, k = diagnose(sets[name], show)
        total += t
        by_kind += k
    n_all = sum(total.values())
    print(f"== missed gold claims by reason ({', '.join(names)}): {n_all}")
    for reason, n in total.most_common():
        kinds = ", ".join(
            f"{kind.split('_')[0]} {m}"
            for (kind, r), m in sorted(by_kind.items())
            if r == reason
        )
        print(f"{n:5d}  {reason:32s} {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
