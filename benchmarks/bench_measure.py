"""Benchmark the area engine: one warm ``measure``, and weekly series for 10
regions over every snapshot in ../shared/data/control, against a naive
geopandas baseline (read_file → to_crs equal-area → overlay, per snapshot).

    python benchmarks/bench_measure.py [--repeat 5] [--baseline-regions 2]

Every source is ingested once into a cached store,
``benchmarks/.cache/bench.sqlite`` (gitignored; delete it to rebuild), because a
full ingest of the 1,208 files takes a minute or two and is benchmarked by the
ingest benchmark, not here. The baseline is slow (it re-reads and re-projects
the original file for every region and week), so by default it runs on
``--baseline-regions 2`` of the 10 regions and its time is scaled to 10; pass
``--baseline-regions 10`` to run it in full. The baseline's numbers are also
compared with the engine's, so the ratio compares like with like.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTROL = ROOT.parent / "shared" / "data" / "control"
CACHE = Path(__file__).resolve().parent / ".cache"

SOURCES = {
    "deepstate": ("deepstate_raw", "*.geojson.gz"),
    "deepstate-daily": ("deepstate_occupied", "*.geojson.gz"),
    "isw": ("isw_nikkei", "*.geojson.gz"),
    "nzz": ("nzz_liveuamap", "*.json.gz"),
}

REGIONS = [
    "bbox:37.7,48.4,38.3,48.8",  # Bakhmut box
    "bbox:35.5,47.3,36.2,47.6",  # Robotyne box
    "bbox:36.5,47.55,37.0,47.85",  # Staromaiorske/Urozhaine box
    "48.5953,38.0003,25km",  # Bakhmut
    "48.1390,37.7420,20km",  # Avdiivka
    "48.2820,37.1760,25km",  # Pokrovsk
    "49.7100,37.6150,25km",  # Kupiansk
    "47.7790,37.2480,20km",  # Vuhledar
    "46.7300,33.1000,20km",  # Krynky, Dnipro left bank
    "48.5860,37.8350,15km",  # Chasiv Yar
]


def build_store():
    """The cached store with every source of the pack (built once)."""
    from frontline.ingest import import_paths
    from frontline.store.sqlite import SQLiteStore

    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    store = SQLiteStore(CACHE / "bench.sqlite")
    for source, (folder, pattern) in SOURCES.items():
        files = sorted((CONTROL / folder).glob(pattern))
        stamp = CACHE / f"ingested-{source}"
        if stamp.exists():
            continue
        t = time.perf_counter()
        s = import_paths(store, source, files)
        print(
            f"ingested {source}: {len(s.added)} added, {len(s.rejected)} rejected "
            f"in {time.perf_counter() - t:.1f} s (cached for next runs)",
            file=sys.stderr,
        )
        stamp.write_text(f"{len(files)} files\n")
    return store


def bench_measure(store, repeat: int) -> dict:
    from frontline import query
    from frontline.geo.regions import parse_region
    from frontline.instants import parse_instant

    region = parse_region("48.5953,38.0003,25km")
    a, b = parse_instant("2023-06-04"), parse_instant("2023-08-14")
    query.measure(store, "deepstate", region, a, b)  # warm-up
    times = []
    for _ in range(max(repeat, 5) * 4):
        t = time.perf_counter()
        m = query.measure(store, "deepstate", region, a, b)
        times.append(time.perf_counter() - t)
    return {"median_ms": statistics.median(times) * 1000, "lost_km2": m.ru_lost_km2}


def engine_series(store, regions) -> dict:
    """Weekly series for every source and region; returns net per cell."""
    from frontline import query

    out = {}
    for source in SOURCES:
        infos = store.snapshots(source)
        cache = query.GeometryCache(store, source)
        for spec, region in regions:
            rows = query.series(
                store,
                source,
                region,
                infos[0].time,
                infos[-1].time,
                "W",
                cache=cache,
            )
            out[(source, spec)] = rows
    return out


def _ru_features(source: str, path: str):
    """Naive: read the original file with geopandas and keep Russian-held rows."""
    import gzip

    import geopandas as gpd

    if source == "nzz":
        with gzip.open(path) as f:
            fc = json.load(f)["value"]
        gdf = gpd.GeoDataFrame.from_features(fc["features"], crs="EPSG:4326")
        return gdf[gdf["type"].isin(["nochange", "gains"])]
    gdf = gpd.read_file(f"/vsigzip/{path}")
    if source == "deepstate":
        gdf = gdf[gdf["fill"].isin(["#a52714", "#880e4f", "#000000"])]
        gdf = gdf[~gdf["name"].fillna("").str.contains("Transnistria|Придністров")]
    elif source == "isw":
        gdf = gdf[gdf["layer"] == "VIEW_RussiaCoTinUkraine_V3"]
    gdf = gdf[gdf.geometry.notna()].copy()
    gdf["geometry"] = gdf.geometry.force_2d().make_valid()
    gdf = gdf.explode(index_parts=False)
    return gdf[gdf.geom_type.isin(["Polygon", "MultiPolygon"])]


def naive_series(store, regions) -> dict:
    """The baseline: per region and week, read_file → to_crs → overlay."""
    import geopandas as gpd

    from frontline import query
    from frontline.geo.area import EQUAL_AREA

    out = {}
    for source in SOURCES:
        tl = query.timeline(store, source)
        spans = query.periods(tl.times[0], tl.times[-1], "W")
        for spec, region in regions:
            reg = gpd.GeoDataFrame(geometry=[region.geometry], crs="EPSG:4326")
            reg = reg.to_crs(EQUAL_AREA)
            prev, rows = None, []
            for _start, end in spans:
                info = tl.at(end)
                if info is None:
                    rows.append(None)
                    continue
                gdf = _ru_features(source, info.origin).to_crs(EQUAL_AREA)
                clipped = gpd.overlay(gdf, reg, how="intersection", keep_geom_type=True)
                geom = clipped.union_all() if len(clipped) else None
                held = 0.0 if geom is None else geom.area / 1e6
                net = None
                if prev is not None:
                    g = 0.0 if geom is None else geom.difference(prev).area / 1e6
                    lo = prev.difference(geom).area / 1e6 if geom is not None else 0.0
                    net = g - lo
                rows.append((held, net))
                prev = geom if geom is not None else gpd.GeoSeries().union_all()
            out[(source, spec)] = rows
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline-regions", type=int, default=2)
    args = ap.parse_args()
    if not CONTROL.exists():
        sys.exit(f"needs the data pack at {CONTROL}")
    sys.path.insert(0, str(ROOT / "src"))
    from frontline.geo.regions import parse_region

    store = build_store()
    n_snap = {s: len(store.snapshots(s)) for s in SOURCES}
    print(f"store: {n_snap} snapshots ({sum(n_snap.values())} in all)")

    m = bench_measure(store, args.repeat)
    print(
        f"measure (deepstate, 25 km disc, 2023-06-04→08-14), warm: "
        f"median {m['median_ms']:.1f} ms (goal ≤200 ms); lost {m['lost_km2']:.1f} km²"
    )

    regions = [(spec, parse_region(spec)) for spec in REGIONS]
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        rows = engine_series(store, regions)
        times.append(time.perf_counter() - t)
    n_rows = sum(len(r) for r in rows.values())
    eng = statistics.median(times)
    print(
        f"engine: weekly series, {len(regions)} regions × {len(SOURCES)} sources "
        f"({n_rows} rows): median {eng:.2f} s over {args.repeat} runs"
    )

    k = max(1, min(args.baseline_regions, len(regions)))
    t = time.perf_counter()
    naive = naive_series(store, regions[:k])
    base = (time.perf_counter() - t) * len(regions) / k
    scaled = "" if k == len(regions) else f" (ran {k} regions, scaled ×{10 / k:g})"
    print(f"naive geopandas baseline: {base:.1f} s for the same job{scaled}")
    # agreement: the baseline's held area vs the engine's, same snapshots
    diffs = []
    for key, nrows in naive.items():
        for erow, nrow in zip(rows[key], nrows, strict=True):
            if nrow is None or erow["ru_held_km2"] is None:
                continue
            diffs.append(abs(erow["ru_held_km2"] - nrow[0]))
    print(
        f"held area, engine vs baseline over {len(diffs)} cells: median difference "
        f"{statistics.median(diffs):.3f} km², largest {max(diffs):.3f} km² (the "
        "baseline projects the region's corners without geodesic edges and uses a "
        "simpler classification)"
    )
    print(f"ratio: engine is {base / eng:.1f}× faster (goal ≥10×)")
    store.close()


if __name__ == "__main__":
    main()
