"""Where a pass of the claim extractor spends its CPU, line by line (sampled).

    python benchmarks/sample_claims.py [--sets dev,dev2] [--passes 20]
        [--top 40] [--interval 0.5]

cProfile inflates every Python call (the flat profile it draws of this engine
puts half the time in calls that cost little), and profile_claim_patterns.py
sees patterns only. This samples the running pass instead: a CPU timer
(``ITIMER_PROF``, every ``--interval`` ms of CPU) interrupts it and the stack
is read. Each sample is charged to the innermost line of the engine outside
the regular-expression layer (``fastre``, ``re``, ``functools``), so a search
costs the line asking for it, C time included; and to every function on the
stack once (inclusive shares). Prints the shares, in % of the samples, of the
``--top`` lines and functions. Prints no text of any document.
"""

from __future__ import annotations

import argparse
import collections
import signal
import time
from types import FrameType

from bench_claims import load_docs

from frontline.text.claims import extract_claims

#: frames charged to their caller: the regex layer and the caches
_PASS_THROUGH = ("fastre.py", "__init__.py", "functools.py", "<string>")


def _where(frame: FrameType) -> tuple[str, int, str]:
    """The file, line and function a frame stands at."""
    code = frame.f_code
    return code.co_filename.rsplit("/", 1)[-1], frame.f_lineno, code.co_name


class Sampler:
    """Counts of the lines and functions the sampled stacks stand at."""

    def __init__(self) -> None:
        self.samples = 0
        self.lines: collections.Counter[tuple[str, int, str]] = collections.Counter()
        self.functions: collections.Counter[tuple[str, str]] = collections.Counter()

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        charged = False
        seen: set[tuple[str, str]] = set()
        while frame is not None:
            file, line, name = _where(frame)
            if not charged and file not in _PASS_THROUGH:
                self.lines[(file, line, name)] += 1
                charged = True
            if (file, name) not in seen:
                seen.add((file, name))
                self.functions[(file, name)] += 1
            frame = frame.f_back


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,dev2")
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.5, help="ms of CPU")
    args = ap.parse_args(argv)
    docs = load_docs(tuple(args.sets.split(",")))
    for text, lang, pub in docs:  # warm: imports, compiled patterns
        extract_claims(text, published=pub, language=lang)
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler)
    every = args.interval / 1000
    signal.setitimer(signal.ITIMER_PROF, every, every)
    c0 = time.process_time()
    for _ in range(args.passes):
        for text, lang, pub in docs:
            extract_claims(text, published=pub, language=lang)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = (time.process_time() - c0) / args.passes
    n = max(1, sampler.samples)
    print(f"{len(docs)} docs, {cpu * 1000:.1f} ms CPU a pass, {n} samples")
    print("lines (self, searches included):")
    for (file, line, name), k in sampler.lines.most_common(args.top):
        print(f"  {100 * k / n:5.1f} %  {file}:{line} {name}")
    print("functions (inclusive):")
    for (file, name), k in sampler.functions.most_common(args.top):
        print(f"  {100 * k / n:5.1f} %  {file}:{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
