"""Score the extractor on the project's own claim corpus (tests/fixtures/claims).

    python benchmarks/own_claims.py [--verbose] [--gold PATH]

``--gold`` scores another corpus of the same schema (default: own_corpus.jsonl;
e.g. tests/fixtures/claims/own_corpus2.jsonl).

Same scorer as the shared dev set (../shared/tools/score_claims.py when present,
else the port in tests/corpus_scoring.py is not needed: this script then
only writes the predictions to frontline_pred_own.jsonl in $FRONTLINE_SPLITS_TMP,
default /tmp, so that people scoring at once do not overwrite each other).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from frontline.text.claims import claim_to_record, extract_claims

ROOT = Path(__file__).resolve().parents[1]
# several people may score at once: FRONTLINE_SPLITS_TMP gives each a directory
TMP = Path(os.environ.get("FRONTLINE_SPLITS_TMP", "/tmp"))
GOLD = ROOT / "tests" / "fixtures" / "claims" / "own_corpus.jsonl"
SCORER = ROOT.parent / "shared" / "tools" / "score_claims.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    gold = args.gold
    TMP.mkdir(parents=True, exist_ok=True)
    pred = TMP / f"frontline_pred_{gold.stem}.jsonl"
    with open(gold, encoding="utf-8") as fh, open(pred, "w", encoding="utf-8") as out:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            pub = date.fromisoformat(d["published"]) if d.get("published") else None
            for c in extract_claims(
                d["text"], doc_id=d["id"], published=pub, language=d.get("language")
            ):
                out.write(json.dumps(claim_to_record(c), ensure_ascii=False) + "\n")
    if not SCORER.exists():
        print(f"predictions in {pred}; scorer {SCORER} absent")
        return 0
    for lang in (None, "en", "uk", "ru"):
        cmd = [sys.executable, str(SCORER), str(gold), str(pred)]
        cmd += ["--lang", lang] if lang else []
        cmd += ["--verbose"] if args.verbose and lang is None else []
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        lines = res.stdout.strip().splitlines()
        if args.verbose and lang is None:
            print("\n".join(lines))
        print(f"{lang or 'all'}: {lines[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
