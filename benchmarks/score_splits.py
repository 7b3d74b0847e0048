"""Score the claim extractor on dev, dev2 and the blind corpora (and per language).

    python benchmarks/score_splits.py [--split NAME|all|unread] [--verbose]

Sets (NAME): ``dev``; ``seen`` and ``untouched``, the two parts of dev2
(``benchmarks/splits/dev2_split.json``: per language, ids sorted by sha1, every
third is untouched; its error list was read once, so it is no longer unseen);
then the blind corpora of ``BLIND`` below: texts written by project members who
had read neither the rules nor any dev text and never ran the extractor. Each is
either a development set (its errors may be read) or never read by a rule author
(summary lines only; ``--verbose`` prints nothing more for it). ``unread`` pools
every never-read set into one score: the single figure for text no rule was
written from. Files go to ``$FRONTLINE_SPLITS_TMP`` (default
/tmp/frontline_splits). The real data is read in place from ../shared and never
copied into the repository.
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
FIXTURES = ROOT / "tests" / "fixtures" / "claims"
# name -> (file, never read by a rule author?, what it is)
BLIND: dict[str, tuple[str, bool, str]] = {
    "blind": ("blind_corpus.jsonl", False, "36 texts; scored once, then development"),
    "blind2": ("blind_corpus2.jsonl", False, "30 texts"),
    "blind3": ("blind_corpus3.jsonl", False, "36 texts: wires, ministries, relays"),
    "blind4": ("blind_corpus4.jsonl", False, "36 texts: regional sites, channels"),
    "blind5": ("blind_corpus5.jsonl", False, "30 longer texts, 20 English"),
    "blind6": ("blind_corpus6.jsonl", False, "30 texts, mostly advances and fighting"),
    "blind7": ("blind_corpus7.jsonl", False, "30 English wires and analysis"),
    "blind8": ("blind_corpus8.jsonl", False, "30 uk/ru: summaries, channels"),
    "blind9": ("blind_corpus9.jsonl", False, "36 texts, mixed genres"),
    "blind10": ("blind_corpus10.jsonl", False, "36 texts: wires, statement days"),
    "blind11": ("blind_corpus11.jsonl", False, "36 texts: regional, Q&A, channels"),
    "blind12": ("blind_corpus12.jsonl", False, "36 texts: wires, releases, summaries"),
    "blind13": ("blind_corpus13.jsonl", False, "36 texts: wires, analyst, map posts"),
    "blind14": ("blind_corpus14.jsonl", False, "36 texts, 20 en: wires, live blogs"),
    "blind15": ("blind_corpus15.jsonl", True, "36 texts: regional sites, relays"),
    "blind16": ("blind_corpus16.jsonl", True, "36 texts: round-ups, fact-checks"),
    "blind17": ("blind_corpus17.jsonl", True, "36 texts: analyst notes, speeches"),
    "blind18": ("blind_corpus18.jsonl", True, "36 texts: round-ups, milbloggers"),
    "blind19": ("blind_corpus19.jsonl", True, "36 texts, 24 en: web pages, furniture"),
    # blind20: three texts (en-01, en-03, en-04) were seen by a helper in
    # session 29 by accident; the rule built after it was dropped
    "blind20": ("blind_corpus20.jsonl", True, "36 texts, 24 en: many voices"),
    # blind21: opened in session 30 (its time words were the weakness no rule
    # from the read sets reached); blind22 measures the rules written from it
    "blind21": ("blind_corpus21.jsonl", False, "36 texts, 24 en: formats, time words"),
    # blind22: opened in session 32 (its errors are spread over many small
    # classes; blind23 and blind24 measure the rules written from it)
    "blind22": ("blind_corpus22.jsonl", False, "36 texts, 24 en: formats, time words"),
    # blind23: written in session 31 while the lanes worked; opened in session
    # 33 (it had measured two sessions' rules; blind24 and blind25 measure the next)
    "blind23": ("blind_corpus23.jsonl", False, "36 texts, 24 en: how gains are said"),
    # blind24: written in session 32 while the lanes worked; opened in session
    # 34 (it had measured session 33's rules; blind25 and blind26 measure the next)
    "blind24": ("blind_corpus24.jsonl", False, "36 texts, 24 en: everyday articles"),
    # blind25: written in session 33 while the lanes worked; pooled with the
    # never-read sets in session 34; opened in session 35 (it had measured
    # session 34's rules; blind26 and blind27 measure the next)
    "blind25": ("blind_corpus25.jsonl", False, "36 texts, 22 uk/ru: native press"),
    # blind26: written in session 34 while the lanes worked; out of that loop,
    # pooled with the never-read sets from session 35
    "blind26": ("blind_corpus26.jsonl", True, "40 texts, 20 en: newsroom copy"),
    # blind27: written in session 35 while the lanes worked; out of their loop;
    # opened in session 36 (it had measured session 35's rules; blind28
    # measures the next)
    "blind27": ("blind_corpus27.jsonl", False, "40 texts, 26 uk/ru: live blogs, posts"),
    # blind28: written in session 36 while the lanes worked; out of their loop;
    # opened in session 37 (it had measured session 36's rules; blind29
    # measures the next)
    "blind28": ("blind_corpus28.jsonl", False, "40 texts, 26 uk/ru: tallies, reviews"),
    # blind29: written in session 37 while the lanes worked; out of their loop;
    # opened in session 38 (it had measured session 37's rules; blind30
    # measures the next)
    "blind29": ("blind_corpus29.jsonl", False, "40 texts, 26 uk/ru: everyday news"),
    # blind30: written in session 38 while the lanes worked; out of their loop;
    # opened in session 39 (it had measured session 38's rules; blind31
    # measures the next)
    "blind30": ("blind_corpus30.jsonl", False, "40 texts, 26 uk/ru: spoken, posted"),
    # blind31: written in session 39 while the lanes worked; out of their loop;
    # opened in session 40 (it had measured session 39's rules; blind32
    # measures the next)
    "blind31": ("blind_corpus31.jsonl", False, "40 texts, 26 uk/ru: retold, corrected"),
    # blind32: written in session 40 while the lanes worked; out of their loop;
    # opened in session 41 (it had measured session 40's rules; blind33
    # measures the next)
    "blind32": ("blind_corpus32.jsonl", False, "40 texts, 26 uk/ru: timelines, local"),
    # blind33: written in session 41 while the lanes worked; out of their loop;
    # opened in session 42 (it had measured session 41's rules; blind34
    # measures the next)
    "blind33": ("blind_corpus33.jsonl", False, "40 texts, 26 uk/ru: numbers, measures"),
    # blind34: written in session 42 while the lanes worked; out of their loop;
    # opened in session 43 (it had measured session 42's rules; blind35
    # measures the next)
    "blind34": ("blind_corpus34.jsonl", False, "40 texts, 26 uk/ru: sectors, dailies"),
}
UNREAD = ("untouched", *(name for name, (_, unread, _) in BLIND.items() if unread))
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
    for name, (filename, _, _) in BLIND.items():
        out[name] = FIXTURES / filename
    return out


def languages(gold: Path) -> list[str]:
    """The languages a gold file holds, in the order en, uk, ru."""
    text = gold.read_text(encoding="utf-8")
    held = {json.loads(line)["language"] for line in text.splitlines() if line.strip()}
    return [lang for lang in ("en", "uk", "ru") if lang in held]


def pooled(sets: dict[str, Path], names: tuple[str, ...]) -> tuple[Path, Path]:
    """One gold and one prediction file holding every set of ``names``.

    Document ids are prefixed with the set name so that equal ids never meet.
    """
    gold_out, pred_out = TMP / "gold_unread.jsonl", TMP / "pred_unread.jsonl"
    gold_lines, pred_lines = [], []
    for name in names:
        for line in sets[name].read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                doc["id"] = f"{name}:{doc['id']}"
                gold_lines.append(json.dumps(doc, ensure_ascii=False))
        pred = TMP / f"pred_{name}.jsonl"
        for line in pred.read_text(encoding="utf-8").splitlines():
            if line.strip():
                claim = json.loads(line)
                claim["doc_id"] = f"{name}:{claim['doc_id']}"
                pred_lines.append(json.dumps(claim, ensure_ascii=False))
    gold_out.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    pred_out.write_text("\n".join(pred_lines) + "\n", encoding="utf-8")
    return gold_out, pred_out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not DEV2.exists() or not SCORER.exists():
        print(f"skipped: {DEV2} or {SCORER} is absent (needs ../shared)")
        return 0
    sets = subsets()
    for name, gold in sets.items():
        if args.split not in ("all", name, "unread"):
            continue
        if args.split == "unread" and name not in UNREAD:
            continue
        pred = TMP / f"pred_{name}.jsonl"
        predict(gold, pred)
        verbose = args.verbose and name not in UNREAD
        flags = ["--verbose"] if verbose else []
        last = score(gold, pred, *flags).strip().splitlines()
        print(f"== {name}: {last[-1]}")
        if verbose:
            print("\n".join(last))
        for lang in languages(gold):
            by_lang = score(gold, pred, "--lang", lang).strip().splitlines()
            print(f"   {lang}: {by_lang[-1]}")
    if args.split in ("all", "unread"):
        gold, pred = pooled(sets, UNREAD)
        print(f"== unread, pooled ({', '.join(UNREAD)}):")
        for line in score(gold, pred).strip().splitlines():
            print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
