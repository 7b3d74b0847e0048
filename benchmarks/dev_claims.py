"""Dev loop: run the claim extractor over ../shared dev.jsonl and the seed, score.

    python benchmarks/dev_claims.py [--verbose] [--lang en]

Reads the real data in place (never copies it), writes predictions to /tmp and
runs ../shared/tools/score_claims.py on them, overall and per language.
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
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "claims" / "dev.jsonl"
SEED = SHARED / "data" / "seed" / "seed_gold.jsonl"
SCORER = SHARED / "tools" / "score_claims.py"


def predict(gold_path: Path, out_path: Path) -> int:
    n = 0
    with (
        open(gold_path, encoding="utf-8") as fh,
        open(out_path, "w", encoding="utf-8") as out,
    ):
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            pub = date.fromisoformat(doc["published"]) if doc.get("published") else None
            for c in extract_claims(
                doc["text"],
                doc_id=str(doc["id"]),
                published=pub,
                language=doc.get("language"),
                stored=doc.get("store_date"),
            ):
                rec = claim_to_record(c)
                out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
    return n


def score(gold: Path, pred: Path, *extra: str) -> str:
    res = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    return res.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--lang")
    args = ap.parse_args(argv)
    if not DEV.exists():
        print(f"skipped: {DEV} is absent (needs ../shared)")
        return 0
    for name, gold in (("dev", DEV), ("seed", SEED)):
        TMP.mkdir(parents=True, exist_ok=True)
        pred = TMP / f"frontline_pred_{name}.jsonl"
        predict(gold, pred)
        flags = ["--verbose"] if args.verbose else []
        if args.lang:
            flags += ["--lang", args.lang]
        print(f"== {name} ==")
        print(score(gold, pred, *flags))
        if name == "dev" and not args.lang:
            for lang in ("en", "uk", "ru"):
                last = score(gold, pred, "--lang", lang).strip().splitlines()[-1]
                print(f"  {lang}: {last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
