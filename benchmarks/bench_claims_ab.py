"""Claim extraction speed of two source trees, passes interleaved.

    python benchmarks/bench_claims_ab.py --base /tmp/start/src [--rounds 20]

On a shared machine the load drifts within minutes, so two trees timed one
after the other differ by more than most speed changes. This starts one worker
process per tree (``--base`` and ``--tree``, each a ``src`` directory put first
on ``PYTHONPATH``; the default tree is this worktree's), warms both, then asks
them in turn (ABBA order) for one pass over the claim sets each round and
prints the median and the fastest CPU time per pass of each, docs/s of CPU,
and their ratio (base / tree: above 1 means the tree is faster). Make a base
tree with ``git archive REV src | tar -x -C DIR``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def worker(sets: str) -> int:
    """Answer each line of stdin with the CPU seconds of one pass."""
    from bench_claims import load_docs  # noqa: PLC0415 (the tree under test)

    from frontline.text.claims import extract_claims  # noqa: PLC0415

    docs: list[tuple[str, str, date | None]] = load_docs(tuple(sets.split(",")))
    for text, lang, pub in docs:  # warm: imports, compiled patterns
        extract_claims(text, published=pub, language=lang)
    print("ready", flush=True)
    for _ in sys.stdin:
        c0 = time.process_time()
        for text, lang, pub in docs:
            extract_claims(text, published=pub, language=lang)
        print(time.process_time() - c0, flush=True)
    return 0


def _spawn(src: str, sets: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=src) if src else dict(os.environ)
    proc = subprocess.Popen(
        [sys.executable, __file__, "--worker", "--sets", sets],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT / "benchmarks",
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _pass(proc: subprocess.Popen[str]) -> float:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("1\n")
    proc.stdin.flush()
    return float(proc.stdout.readline())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", help="src directory of the base tree")
    ap.add_argument("--tree", default=str(ROOT / "src"), help="src of the tree")
    ap.add_argument("--sets", default="dev,dev2")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args.sets)
    if not args.base:
        ap.error("--base is required")
    base, tree = _spawn(args.base, args.sets), _spawn(args.tree, args.sets)
    times: dict[str, list[float]] = {"base": [], "tree": []}
    for i in range(args.rounds):
        order = [("base", base), ("tree", tree)]
        for name, proc in order if i % 2 == 0 else order[::-1]:
            times[name].append(_pass(proc))
    for proc in (base, tree):
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    from bench_claims import load_docs  # noqa: PLC0415

    n = len(load_docs(tuple(args.sets.split(","))))
    for name in ("base", "tree"):
        t = times[name]
        print(
            f"{name}: median {statistics.median(t):.4f} s  fastest {min(t):.4f} s "
            f"per pass of {n} docs  ({n / statistics.median(t):.0f} docs/s of CPU)"
        )
    ratio = statistics.median(times["base"]) / statistics.median(times["tree"])
    fast = min(times["base"]) / min(times["tree"])
    print(f"ratio base/tree: median {ratio:.3f}  fastest {fast:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
