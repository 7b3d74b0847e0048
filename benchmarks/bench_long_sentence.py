"""Claim extraction time vs the length of one sentence (hostile input).

    python benchmarks/bench_long_sentence.py [--sizes 250,500,1000,2000,4000]
                                             [--repeat 3]

One generated sentence lists N area figures after one trigger ("Russian forces
captured 3 square kilometres near Village0, 4 square kilometres near Village1,
..."), N from 250 to 4,000. For each N it prints the median wall time of
``--repeat`` runs and the time per figure; then the least-squares slope (ms
per figure) and the ratio t(N_max)/t(N_min) against N_max/N_min (linear: the
two are about equal; quadratic: the first is their square). Baseline (commit
c317b21, before the fix): 0.72 s at 250, 2.98 s at 500, 14.4 s at 1,000 figures.

``--shapes`` times other hostile sentences too: one item repeated N times (a
trigger word alone, a capture, a fight, an advance, a bare figure, a holding;
in en/uk/ru), N from 250 to 2,000, one line each with t(N_max)/t(N_min).
Baseline for them (cb38e50): "captured " ×2,000 took 2.64 s (×3.7 per
doubling), "бої біля Бахмута, " ×2,000 5.65 s (one claim).

``--page`` times a long page instead: one capture between two runs of N
claim-free filler sentences (N from 10,000 to 80,000, about 1 to 9 MB), the
shape ``tests/test_text_claims.py`` checks for its one claim without a clock.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date

from frontline.text.claims import extract_claims


def sentence(n: int) -> str:
    """One sentence with ``n`` area figures governed by one trigger."""
    parts = [f"{i % 97 + 1} square kilometres near Village{i}" for i in range(n)]
    return "Russian forces captured " + ", ".join(parts) + ", the ministry said."


# (language, lead, item): the sentence is the lead and the item N times
SHAPES = (
    ("en", "", "captured "),
    ("uk", "", "захопили "),
    ("ru", "", "захватили "),
    ("en", "", "Russian forces captured Bakhmut, "),
    ("uk", "", "окупанти захопили Бахмут, "),
    ("ru", "", "ВС РФ освободили Бахмут, "),
    ("en", "", "fighting near Bakhmut, "),
    ("uk", "", "бої біля Бахмута, "),
    ("ru", "", "бои у Бахмута, "),
    ("en", "Russian forces ", "advanced 2 km near Bakhmut, "),
    ("uk", "Окупанти ", "просунулися на 2 км біля Бахмута, "),
    ("en", "", "5 km² "),
    ("ru", "ВС РФ ", "освободили 5 кв. км у Бахмута, "),
    ("en", "Ukraine ", "holds Bakhmut, "),
    ("uk", "Окупанти захопили ", "Бахмут, "),
)


def time_shape(lang: str, lead: str, item: str, n: int) -> tuple[float, int]:
    """Process time of one extraction of ``lead + item * n`` and its claims."""
    t0 = time.process_time()
    found = extract_claims(lead + item * n, language=lang, published=date(2024, 5, 7))
    return time.process_time() - t0, len(found)


def shapes(sizes: list[int]) -> None:
    """One line per shape: time and claims at each size, and the time ratio."""
    for lang, lead, item in SHAPES:
        extract_claims(lead + item, language=lang, published=date(2024, 5, 7))
        runs = [time_shape(lang, lead, item, n) for n in sizes]
        cells = "  ".join(
            f"{n}: {s:.2f} s/{c}" for n, (s, c) in zip(sizes, runs, strict=True)
        )
        ratio = runs[-1][0] / max(runs[0][0], 1e-6)
        print(f"{lang} {lead + item!r:48} {cells}  ratio {ratio:.1f}", flush=True)
    k = sizes[-1] / sizes[0]
    print(f"(linear ≈ {k:.0f}, quadratic ≈ {k**2:.0f})")


PAGE_FILLER = "The weather was mild and the markets were calm that day. "


def page(n: int) -> str:
    """A page of ``2n`` claim-free sentences with one capture in the middle."""
    filler = PAGE_FILLER * n
    return filler + "Russian troops captured the village of Zorivka. " + filler


def pages(sizes: list[int]) -> None:
    """One line per page size: MB, process time and claims, and the ratio."""
    extract_claims(page(10), language="en")  # warm: tables and caches
    runs = []
    for n in sizes:
        text = page(n)
        t0 = time.process_time()
        found = len(extract_claims(text, language="en"))
        runs.append(time.process_time() - t0)
        print(
            f"{2 * n:>9,} sentences {len(text) / 1e6:5.1f} MB "
            f"{runs[-1]:7.2f} s  claims {found}",
            flush=True,
        )
    k = sizes[-1] / sizes[0]
    print(f"t/t0 = {runs[-1] / runs[0]:.1f} (linear ≈ {k:.0f}, quadratic ≈ {k**2:.0f})")


def time_one(n: int, repeat: int) -> tuple[float, int]:
    text = sentence(n)
    times, found = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = len(extract_claims(text, language="en", published=date(2024, 5, 7)))
        times.append(time.perf_counter() - t0)
    return statistics.median(times), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="250,500,1000,2000,4000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shapes", action="store_true", help="other hostile shapes")
    ap.add_argument("--page", action="store_true", help="a long page, one claim")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.page:
        pages(sizes if "--sizes" in sys.argv else [10_000, 20_000, 40_000, 80_000])
        return
    if args.shapes:
        shapes(sizes if "--sizes" in sys.argv else [250, 2000])
        return
    rows = []
    head = ("figures", "chars", "claims", "median s", "ms/figure")
    print(" ".join(f"{h:>{w}}" for h, w in zip(head, (8, 8, 7, 9, 10), strict=True)))
    for n in sizes:
        sec, found = time_one(n, args.repeat)
        rows.append((n, sec))
        print(
            f"{n:>8,} {len(sentence(n)):>8,} {found:>7,} {sec:>9.3f} "
            f"{1000 * sec / n:>10.3f}"
        )
    xs, ys = [r[0] for r in rows], [r[1] for r in rows]
    slope, intercept = statistics.linear_regression(xs, ys)
    print(f"slope: {1000 * slope:.3f} ms per figure (intercept {intercept:.3f} s)")
    print(
        f"t({xs[-1]})/t({xs[0]}) = {ys[-1] / ys[0]:.1f} for a size ratio of "
        f"{xs[-1] / xs[0]:.0f} (linear ≈ {xs[-1] / xs[0]:.0f}, quadratic ≈ "
        f"{(xs[-1] / xs[0]) ** 2:.0f})"
    )


if __name__ == "__main__":
    main()
