"""Instructions per pass of the claim extractor, two source trees (valgrind).

    python benchmarks/bench_claims_ir.py --base /tmp/start/src [--tree src]
        [--sets dev,dev2] [--passes 2] [--functions 15]

On a shared machine CPU times drift with the load (see bench_claims_ab.py);
the count of instructions a pass executes does not. For each tree this runs
``valgrind --tool=cachegrind`` twice over a worker that imports the engine
and reads the claim sets once (warm: compiled patterns, lazy twins), then
``--passes`` more times; the difference of the two counts is what the passes
cost, import and warm-up cancelled. It prints instructions per pass of each
tree and their ratio (base / tree: above 1 means the tree runs fewer), and
with ``--functions N`` the N C functions the tree's passes spend most in
(the regex engine, the interpreter, the allocator …). Slow: about a minute
of valgrind per pass and tree. Fewer instructions buy less time than their
count says when the regex engine's tight loops are what goes (many
instructions per cycle), so report both this and bench_claims_ab.py.

The C allocator's own instructions (glibc ``malloc.c``: the regex engine's
data stack and every object over 512 bytes) depend on the state its heap is
in, which any change of what is imported shifts: trees running the very same
Python code differ there by up to ~0.7 % of a pass (session 26: fourteen
empty modules imported moved a pass by -0.2 %, all of it in ``_int_malloc``).
So each tree's count is also printed less those instructions, with its own
ratio: the steadier figure for changes under about 1 %.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def worker(sets: str, passes: int) -> int:
    """One warm pass over the claim sets, then ``passes`` more."""
    from bench_claims import load_docs  # noqa: PLC0415 (the tree under test)

    from frontline.text.claims import extract_claims  # noqa: PLC0415

    docs = load_docs(tuple(sets.split(",")))
    for _ in range(1 + passes):
        for text, lang, pub in docs:
            extract_claims(text, published=pub, language=lang)
    return 0


def _count(src: str, sets: str, passes: int, out: Path) -> int:
    """Instructions of a worker run under cachegrind (its file in ``out``)."""
    env = dict(os.environ, PYTHONPATH=src)
    cmd = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        f"--cachegrind-out-file={out}",
        sys.executable,
        __file__,
        "--worker",
        "--sets",
        sets,
        "--passes",
        str(passes),
    ]
    res = subprocess.run(
        cmd, env=env, cwd=ROOT / "benchmarks", capture_output=True, text=True
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", res.stderr)
    if res.returncode != 0 or m is None:
        tail = res.stderr.strip().splitlines()[-1:] or ["no output"]
        raise SystemExit(f"bench_claims_ir: error: valgrind: {tail[0]}")
    return int(m.group(1).replace(",", ""))


def _annotated(zero: Path, more: Path) -> list[str]:
    """The rows of ``cg_annotate`` over what the extra passes cost, every C
    function (most first)."""
    with tempfile.TemporaryDirectory() as tmp:
        diff = Path(tmp) / "diff.out"
        with open(diff, "w") as fh:
            subprocess.run(["cg_diff", str(zero), str(more)], stdout=fh, check=True)
        res = subprocess.run(
            ["cg_annotate", "--auto=no", "--threshold=0", str(diff)],
            capture_output=True,
            text=True,
        )
    return [
        line.strip()
        for line in res.stdout.splitlines()
        if re.match(r"\s*-?[\d,]+ \(\s*-?[\d.]+%\)\s+\S+:\S+", line)
    ]


def _functions(rows: list[str], n: int) -> list[str]:
    """The ``n`` C functions of ``rows`` the passes spent most instructions in."""
    return [re.sub(r"\S*/(?=[^/]+:)", "", r) for r in rows[:n]]


def _allocator(rows: list[str]) -> int:
    """The instructions of ``rows`` spent in glibc's ``malloc.c``.

    >>> _allocator(["1,500 (50.0%)  ./malloc/./malloc/malloc.c:_int_malloc",
    ...             "1,000 (33.3%)  Python/ceval.c:_PyEval_EvalFrameDefault"])
    1500
    """
    return sum(
        int(r.split(None, 1)[0].replace(",", ""))
        for r in rows
        if "/malloc/malloc.c:" in r
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", help="src directory of the base tree")
    ap.add_argument("--tree", default=str(ROOT / "src"), help="src of the tree")
    ap.add_argument("--sets", default="dev,dev2")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--functions", type=int, default=0, help="top C functions")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args.sets, args.passes)
    if not args.base:
        ap.error("--base is required")
    if args.passes < 1:
        ap.error("--passes must be at least 1")
    if shutil.which("valgrind") is None:
        print("bench_claims_ir: error: valgrind: not installed", file=sys.stderr)
        return 2
    per_pass: dict[str, float] = {}
    steady: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in (("base", args.base), ("tree", args.tree)):
            zero, more = Path(tmp) / f"{name}-0.out", Path(tmp) / f"{name}-n.out"
            a = _count(src, args.sets, 0, zero)
            b = _count(src, args.sets, args.passes, more)
            rows = _annotated(zero, more)
            per_pass[name] = (b - a) / args.passes
            steady[name] = per_pass[name] - _allocator(rows) / args.passes
            print(
                f"{name}: {per_pass[name] / 1e9:.4f} G instructions per pass "
                f"({steady[name] / 1e9:.4f} G less glibc malloc.c)"
            )
            if args.functions and name == "tree":
                for row in _functions(rows, args.functions):
                    print(f"    {row}")
    print(
        f"ratio base/tree: {per_pass['base'] / per_pass['tree']:.4f} "
        f"(less malloc.c: {steady['base'] / steady['tree']:.4f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
