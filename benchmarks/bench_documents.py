"""HTML cleaning throughput: pages in, main text out (no claim extraction).

    python benchmarks/bench_documents.py [--pages 200] [--repeat 5]

Generates news-like pages (navigation, adverts, related headlines, footer and
an article of varied paragraphs) of about 2 KB and about 50 KB, then times
:func:`frontline.sources.documents.document_from_bytes` on each — decoding,
trafilatura main-text extraction, metadata, language detection — on one core.
Prints the median time per document, documents per second, and the ratio to
the baseline: plain ``trafilatura.extract`` with default settings on the same
pages (what a user would otherwise call). Also the cost of loading 1,000 text
documents from a .jsonl (the path the dev set takes). Claim extraction is benchmarked
separately by the extraction engine's own benchmark.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import trafilatura

from frontline.sources.documents import document_from_bytes, load_documents

WORDS = (
    "brigade reported troops advanced kilometres near village officials said "
    "fighting continued river bridge positions sector defence ministry statement "
    "week units assault repelled eastern southern northern direction analysts "
    "according spokesperson forces regained territory hamlet road railway station"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    return " ".join(words).capitalize() + "."


def make_page(target_bytes: int, seed: int) -> bytes:
    """A news-like page of about ``target_bytes`` bytes."""
    rng = random.Random(seed)
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Example story {seed}</title><meta property="
        "'article:published_time' content='2024-03-12T08:30:00Z'></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> "
        "<a href='/sport'>Sport</a></nav></header>"
        "<div class='ad'>Advertisement: subscribe today.</div><main><article>"
        f"<h1>Example story {seed}</h1>"
    )
    tail = (
        "</article></main><aside><h3>Related</h3><ul>"
        + "".join(f"<li><a href='/r{i}'>{sentence(rng)}</a></li>" for i in range(4))
        + "</ul></aside><footer>Copyright Example. Contact. Privacy.</footer>"
        "</body></html>"
    )
    parts = [head]
    size = len(head) + len(tail)
    while size < target_bytes:
        para = "<p>" + " ".join(sentence(rng) for _ in range(3)) + "</p>\n"
        parts.append(para)
        size += len(para)
    parts.append(tail)
    return "".join(parts).encode()


def time_each(pages: list[bytes], fn, repeat: int) -> list[float]:
    """Per-page seconds, the best of ``repeat`` runs for each page."""
    out = []
    for page in pages:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            fn(page)
            best = min(best, time.perf_counter() - start)
        out.append(best)
    return out


def ours(page: bytes) -> None:
    doc = document_from_bytes(page, doc_id="bench", origin="bench", html=True)
    assert doc.text, "no text extracted"


def baseline(page: bytes) -> None:
    trafilatura.extract(page.decode("utf-8"))


def jsonl_loading(n: int, tmp: Path) -> tuple[float, float]:
    """Seconds to load ``n`` ~1.1 KB text documents from a .jsonl (best of 3)."""
    rng = random.Random(7)
    path = tmp / "docs.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = " ".join(sentence(rng) for _ in range(9))[:1100]
            handle.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in load_documents([str(path)]))
        best = min(best, time.perf_counter() - start)
    assert count == n
    return best, path.stat().st_size / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100, help="pages per size")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page (best)")
    args = ap.parse_args()
    print("HTML cleaning (decode + trafilatura main text + metadata + language)")
    print("baseline: trafilatura.extract(html) with default settings, same pages")
    for label, size in (("~2 KB", 2_000), ("~50 KB", 50_000)):
        pages = [make_page(size, seed) for seed in range(args.pages)]
        mean_kb = sum(map(len, pages)) / len(pages) / 1000
        ours_t = time_each(pages, ours, args.repeat)
        base_t = time_each(pages, baseline, args.repeat)
        med, base_med = statistics.median(ours_t), statistics.median(base_t)
        print(
            f"{label} pages ({mean_kb:.1f} KB mean, n={len(pages)}): "
            f"median {med * 1000:.2f} ms/doc, {1 / med:.0f} docs/s; "
            f"baseline median {base_med * 1000:.2f} ms/doc, {1 / base_med:.0f} "
            f"docs/s; ratio ours/baseline {med / base_med:.2f}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        seconds, size = jsonl_loading(1000, Path(tmp))
    print(
        f"text documents from .jsonl (n=1000, {size / 1000:.1f} KB each, "
        f"language detected): {seconds / 1000 * 1e6:.0f} us/doc, "
        f"{1000 / seconds:.0f} docs/s"
    )


if __name__ == "__main__":
    main()
