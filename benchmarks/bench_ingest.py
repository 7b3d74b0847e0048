"""Ingest cost per control-map snapshot (goal: ≤50 ms per raw DeepState file).

Measures, per file, the whole path ``frontline import`` takes — read (gunzip,
sha256, orjson) + process (classify, repair, union per layer, densify and
project once) + store (one SQLite transaction) — and prints medians. Baseline
in the same run: the naive geopandas way (``read_file`` → classify by fill →
``dissolve`` → ``to_crs`` equal-area), for the ratio.

Run: ``python benchmarks/bench_ingest.py [--files 30] [--data ../shared/data]``
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def bench_frontline(source: str, files: list[Path], db: Path) -> dict[str, float]:
    from frontline.ingest import process_document
    from frontline.sources.files import read_document
    from frontline.store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    t_read, t_proc, t_store, t_total = [], [], [], []
    for f in files:
        t0 = time.perf_counter()
        doc = read_document(f)
        t1 = time.perf_counter()
        snap = process_document(source, doc)
        t2 = time.perf_counter()
        store.add_snapshot(snap)
        t3 = time.perf_counter()
        t_read.append(t1 - t0)
        t_proc.append(t2 - t1)
        t_store.append(t3 - t2)
        t_total.append(t3 - t0)
    # loading back (what the engine does for a series)
    keys = [i.key for i in store.snapshots(source)]
    t0 = time.perf_counter()
    store.load_many(source, keys)
    t_load = (time.perf_counter() - t0) / max(1, len(keys))
    store.close()
    return {
        "read": _median_ms(t_read),
        "process": _median_ms(t_proc),
        "store": _median_ms(t_store),
        "total": _median_ms(t_total),
        "load": t_load * 1000,
    }


def bench_naive(files: list[Path], by_fill: bool) -> float:
    """geopandas: read_file → layer by fill → make_valid → dissolve → to_crs."""
    import geopandas as gpd

    from frontline.geo.area import EQUAL_AREA
    from frontline.sources.deepstate import FILL_LAYERS

    times = []
    for f in files:
        t0 = time.perf_counter()
        frame = gpd.read_file(gzip.open(f) if f.suffix == ".gz" else f)
        frame = frame[frame.geom_type.isin(["Polygon", "GeometryCollection"])]
        if by_fill:
            layer = frame["fill"].str.lower().map(FILL_LAYERS)
            frame = frame.assign(layer=layer)[
                layer.isin(["ru_held", "grey", "liberated"])
            ]
        else:
            frame = frame.assign(layer="ru_held")
        frame = frame.assign(geometry=frame.geometry.make_valid())
        held = frame.dissolve(by="layer").to_crs(EQUAL_AREA)
        held.area.to_dict()
        times.append(time.perf_counter() - t0)
    return _median_ms(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=30, help="files per source (≥20)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    control = args.data / "control"
    if not control.is_dir():
        raise SystemExit(f"no data pack at {control}")
    cases = [
        ("deepstate", "deepstate_raw", True),
        ("deepstate-daily", "deepstate_occupied", False),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for source, folder, by_fill in cases:
            every = sorted((control / folder).glob("*.gz"))
            step = max(1, len(every) // args.files)
            files = every[::step][: args.files]
            r = bench_frontline(source, files, Path(tmp) / f"{source}.sqlite")
            naive = bench_naive(files, by_fill)
            print(
                f"{source:16s} n={len(files):3d}  median ms/file: read {r['read']:.1f}"
                f"  process {r['process']:.1f}  store {r['store']:.1f}"
                f"  = total {r['total']:.1f}  (goal ≤50 for deepstate)"
            )
            print(
                f"{'':16s} load back {r['load']:.2f} ms/snapshot;"
                f"  naive geopandas baseline {naive:.1f} ms/file"
                f" (same layers, no densify, no store): ratio "
                f"{naive / r['total']:.1f}×"
            )


if __name__ == "__main__":
    main()
