"""Kind confusions by rule: which rule made the claim a missed gold claim became.

    python benchmarks/kindconf_claims.py [--split NAME|unread]

Reads the gold and prediction files ``score_splits.py`` left in
``$FRONTLINE_SPLITS_TMP`` (run it first for the same set). For every gold claim
no prediction matches (the scorer's own pairing) that overlaps an unmatched
prediction, one line is counted under (language, gold kind, predicted kind,
predicted rule, gold partial, predicted partial). Numbers and field values
only, never a quote: safe on the never-read sets ("unread" is their pool).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from dev_claims import SCORER  # noqa: E402
from score_splits import TMP, subsets  # noqa: E402


def _scorer() -> Any:
    """The shared scorer module (its ``match``, ``overlaps`` and ``span``)."""
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a .jsonl file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def confusions(gold_path: Path, pred_path: Path) -> Counter[tuple[Any, ...]]:
    """Counts of (language, gold kind, predicted kind, predicted rule, gold
    partial, predicted partial) over missed gold claims overlapping a
    spurious prediction."""
    sc = _scorer()
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in _rows(pred_path):
        preds[claim["doc_id"]].append(claim)
    out: Counter[tuple[Any, ...]] = Counter()
    for doc in _rows(gold_path):
        _, missed, spurious = sc.match(doc.get("gold") or [], preds[doc["id"]])
        for gold in missed:
            for pred in spurious:
                if sc.overlaps(sc.span(gold), sc.span(pred)):
                    key = (
                        doc.get("language"),
                        gold["kind"],
                        pred["kind"],
                        pred.get("rule"),
                        bool(gold.get("partial")),
                        bool(pred.get("partial")),
                    )
                    out[key] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the counts for one set, most frequent first."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="unread")
    args = ap.parse_args(argv)
    if args.split == "unread":
        gold = TMP / "gold_unread.jsonl"
    else:
        gold = subsets()[args.split]
    pred = TMP / f"pred_{args.split}.jsonl"
    if not (gold.exists() and pred.exists()):
        print(f"run score_splits.py --split {args.split} first", file=sys.stderr)
        return 1
    print("count  (lang, gold kind, pred kind, pred rule, gold partial, pred partial)")
    for key, n in confusions(gold, pred).most_common():
        print(f"{n:5d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
