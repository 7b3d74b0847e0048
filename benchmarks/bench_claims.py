"""Claim extraction speed: documents per second on one core.

    python benchmarks/bench_claims.py [--docs 1000] [--repeat 5] [--sets dev,dev2]
        [--no-page]

Runs ``extract_claims`` over the ../shared dev set (``--sets dev,dev2``: dev and
dev2, the set of issue 8's acceptance) repeated to at least ``--docs`` documents
(goal: >= 300 docs/s for ~2 KB texts) and prints the median wall time of
``--repeat`` runs, docs/s and KB/s, and the median CPU time of the process (on
a machine shared with other work the CPU figure is the steadier one). A
large-input line times one ~5 MB page made of the texts glued together (the
engine only analyses sentences holding a trigger word; ``--no-page`` leaves it
out, for runs alternated with another tree). HTML cleaning is not part of this
engine (see the inputs benchmark).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from datetime import date
from pathlib import Path

from frontline.text.claims import extract_claims

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "claims" / "dev.jsonl"
CLAIMS = SHARED / "data" / "claims"

_OWN = [
    (
        "en",
        "Ukrainian troops liberated 12 square kilometres near the village of "
        "Zorivka last week, the general staff said. Heavy fighting continues near "
        "Pylypivka. Russian forces advanced 2 km toward Stepanivka.",
    ),
    (
        "uk",
        "Сили оборони звільнили 5 кв. км поблизу села Зорівка, повідомив речник. "
        "Тривають бої біля Пилипівки.",
    ),
    (
        "ru",
        "Российские войска освободили населенный пункт Степановка, сообщили в "
        "Минобороны. Бои продолжаются в районе Пилиповки.",
    ),
]


def load_docs(sets: tuple[str, ...] = ("dev",)) -> list[tuple[str, str, date | None]]:
    if DEV.exists():
        docs = []
        for name in sets:
            path = CLAIMS / f"{name}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    pub = d.get("published")
                    pub = date.fromisoformat(pub) if pub else None
                    docs.append((d["text"], d["language"], pub))
        return docs
    print("(../shared absent: using the built-in sample sentences)")
    return [(t, lang, date(2024, 3, 6)) for lang, t in _OWN]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sets", default="dev", help="claim sets, e.g. dev,dev2")
    ap.add_argument("--no-page", action="store_true", help="skip the 5 MB page")
    args = ap.parse_args(argv)
    base = load_docs(tuple(args.sets.split(",")))
    docs = (base * (args.docs // len(base) + 1))[: max(args.docs, len(base))]
    size_kb = sum(len(t.encode("utf-8")) for t, _, _ in docs) / 1024
    times, cpu = [], []
    claims = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        claims = 0
        for text, lang, pub in docs:
            claims += len(extract_claims(text, published=pub, language=lang))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    med = statistics.median(times)
    print(
        f"documents {len(docs)}  mean size {size_kb / len(docs):.1f} KB  "
        f"claims {claims}"
    )
    print(
        f"median {med:.3f} s over {args.repeat} runs  "
        f"{len(docs) / med:.0f} docs/s  {size_kb / med:.0f} KB/s  "
        f"(goal >= 300 docs/s: ratio {len(docs) / med / 300:.2f}x)"
    )
    print(
        f"median CPU time {statistics.median(cpu):.3f} s  "
        f"{len(docs) / statistics.median(cpu):.0f} docs/s of CPU"
    )
    if args.no_page:
        return 0
    big = "\n\n".join(t for t, _, _ in base) * 50
    while len(big) < 5_000_000:
        big += "\n\n" + big
    t0 = time.perf_counter()
    n = len(extract_claims(big, language="en"))
    dt = time.perf_counter() - t0
    print(
        f"one page of {len(big) / 1e6:.1f} MB: {dt:.2f} s, {n} claims, "
        f"{len(big) / 1e6 / dt:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
