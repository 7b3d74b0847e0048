"""Score the claim extractor on dev, dev2 and six blind corpora (and per language).

    python benchmarks/score_splits.py [--split NAME|all] [--verbose]

Sets (NAME): ``dev``; ``seen`` and ``untouched``, the two parts of dev2
(``benchmarks/splits/dev2_split.json``: per language, ids sorted by sha1, every
third is untouched; its error list was read once, so it is no longer unseen);
``blind`` (``tests/fixtures/claims/blind_corpus.jsonl``, 36 texts written by a
project member who had read neither the rules nor any dev text; scored once
before rules were written, then used for development); ``blind2``
(``blind_corpus2.jsonl``, 30 texts written the same way later, never read by a
rule author); ``blind3`` (``blind_corpus3.jsonl``, 36 texts, the same way, never
read); ``blind4`` (``blind_corpus4.jsonl``, 36 texts by a fourth such author, a
development set from the start); ``blind5`` (``blind_corpus5.jsonl``, 30 longer
texts, 20 of them English as in dev2, never read); ``blind6``
(``blind_corpus6.jsonl``, 30 texts, mostly advances and fighting, a development
set). Files go to
``$FRONTLINE_SPLITS_TMP`` (default /tmp/frontline_splits). ``--verbose`` lists
errors except for ``untouched`` and ``blind2``, ``blind3``, ``blind5``, which
print summary lines only.
The real data is read in place from ../shared and never copied into the
repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from dev_claims import SCORER, SHARED, predict, score

ROOT = Path(__file__).resolve().parents[1]
DEV = SHARED / "data" / "claims" / "dev.jsonl"
DEV2 = SHARED / "data" / "claims" / "dev2.jsonl"
SPLIT = ROOT / "benchmarks" / "splits" / "dev2_split.json"
BLIND = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus.jsonl"
BLIND2 = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus2.jsonl"
BLIND3 = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus3.jsonl"
BLIND5 = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus5.jsonl"
BLIND6 = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus6.jsonl"
BLIND4 = ROOT / "tests" / "fixtures" / "claims" / "blind_corpus4.jsonl"
UNREAD = ("untouched", "blind2", "blind3", "blind5")
# Several people may score at once: FRONTLINE_SPLITS_TMP gives each a directory.
TMP = Path(os.environ.get("FRONTLINE_SPLITS_TMP", "/tmp/frontline_splits"))


def subsets() -> dict[str, Path]:
    TMP.mkdir(parents=True, exist_ok=True)
    held = set(json.loads(SPLIT.read_text())["untouched"])
    rows = DEV2.read_text(encoding="utf-8").splitlines()
    parts: dict[str, list[str]] = {"seen": [], "untouched": []}
    for line in rows:
        if line.strip():
            doc_id = json.loads(line)["id"]
            parts["untouched" if doc_id in held else "seen"].append(line)
    out = {"dev": DEV}
    for name, lines in parts.items():
        path = TMP / f"dev2_{name}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out[name] = path
    out["blind"] = BLIND
    out["blind2"] = BLIND2
    out["blind3"] = BLIND3
    out["blind4"] = BLIND4
    out["blind5"] = BLIND5
    out["blind6"] = BLIND6
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not DEV2.exists() or not SCORER.exists():
        print(f"skipped: {DEV2} or {SCORER} is absent (needs ../shared)")
        return 0
    for name, gold in subsets().items():
        if args.split not in ("all", name):
            continue
        pred = TMP / f"pred_{name}.jsonl"
        predict(gold, pred)
        verbose = args.verbose and name not in UNREAD
        flags = ["--verbose"] if verbose else []
        last = score(gold, pred, *flags).strip().splitlines()
        print(f"== {name}: {last[-1]}")
        if verbose:
            print("\n".join(last))
        for lang in ("en", "uk", "ru"):
            by_lang = score(gold, pred, "--lang", lang).strip().splitlines()
            print(f"   {lang}: {by_lang[-1]}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
