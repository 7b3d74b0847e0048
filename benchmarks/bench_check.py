"""Benchmark ``frontline check`` on the seed article (goal: warm ≤ 2 s).

    python benchmarks/bench_check.py [--repeat 5]

Needs ../shared/data. A store under ``benchmarks/.cache/check.sqlite``
(gitignored) is filled once from the mirror with the snapshots the seed needs
(not timed). Then it measures, with every snapshot already stored:

- ``warm``: ``check_document`` on the seed in this process, resolver and
  anchors loaded, sync on (it finds everything stored) — the median of
  ``--repeat`` runs;
- ``cold``: a fresh ``frontline check SEED --published 2023-08-14 --format
  json --no-sync`` process (imports, gazetteer load, store open) — median of
  ``--repeat`` runs;
- ``report``: the md report with maps and charts, once (reference only).

It prints the medians and the ratio to the 2 s goal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "seed" / "000_028794c3621c6d43.txt"
CACHE = Path(__file__).resolve().parent / ".cache"
GOAL_S = 2.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if not SEED.exists():
        print(f"skipped: {SEED} is absent (needs ../shared)")
        return 0
    CACHE.mkdir(exist_ok=True)
    db = CACHE / "check.sqlite"
    home = Path(tempfile.mkdtemp(prefix="frontline-bench-"))
    os.environ["FRONTLINE_HOME"] = str(home)
    os.environ["FRONTLINE_MIRROR"] = str(SHARED)

    from frontline.check import CheckOptions, Places, check_document
    from frontline.sources.documents import load_documents
    from frontline.store import open_store

    (doc,) = list(load_documents([str(SEED)], published="2023-08-14"))
    store = open_store(f"sqlite:///{db}")
    opts = CheckOptions(mirror=str(SHARED))
    t = time.perf_counter()
    places = Places(opts.mirror)
    result = check_document(doc, store, opts, places=places)  # fills the store
    print(
        f"first run (sync from the mirror, gazetteer build): "
        f"{time.perf_counter() - t:.2f} s"
    )
    warm = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        result = check_document(doc, store, opts, places=places)
        warm.append(time.perf_counter() - t)
    n = len(result.claims)
    verdicts = sum(len(c.verdicts) for c in result.claims)
    print(f"seed: {n} claims, {verdicts} verdicts on {len(opts.sources)} maps")
    w = statistics.median(warm)
    print(
        f"warm check (in process): median {w:.3f} s over {args.repeat} "
        f"(goal {GOAL_S:g} s: {w / GOAL_S:.2f}× the budget)"
    )
    cold = []
    cmd = [
        sys.executable,
        "-m",
        "frontline",
        "check",
        str(SEED),
        "--published",
        "2023-08-14",
        "--format",
        "json",
        "--no-sync",
        "--db",
        f"sqlite:///{db}",
    ]
    for _ in range(args.repeat):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        cold.append(time.perf_counter() - t)
        if proc.returncode != 0:
            print(proc.stderr)
            return 1
    c = statistics.median(cold)
    print(
        f"cold check (new process, snapshots stored): median {c:.3f} s "
        f"over {args.repeat} (goal {GOAL_S:g} s: {c / GOAL_S:.2f}×)"
    )
    from frontline.report.document import write_reports

    t = time.perf_counter()
    write_reports([result], store, Path(tempfile.mkdtemp()), fmt="md")
    print(f"md report with maps and charts: {time.perf_counter() - t:.2f} s")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
