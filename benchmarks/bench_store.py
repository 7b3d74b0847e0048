"""Benchmark the two store backends side by side: SQLite (baseline) and PostGIS.

    python benchmarks/bench_store.py [--pg URL] [--repeat 3] [--deepstate 40]
        [--layers 20] [--requests 400]

The same real snapshots (DeepState raw history and ISW/CTP from
../shared/data/control, 2023-05 → 2023-10, ``--deepstate`` files of the first and
every ISW file of that span) are processed once, then on each backend:

- ingest: ``add_snapshot`` per snapshot into a new store (median ms; the
  file parsing and projection before it is the same for both and printed once);
- warm ``measure``: deepstate, 25 km disc around Bakhmut, 2023-06-04 → 08-14
  (median ms, each call with a fresh geometry cache so it reads the store);
- weekly series: 10 regions × 2 sources over the whole span (median s);
- the API layer endpoint (``/api/layers``, what the map asks for on every
  move) of a ``frontline serve`` process started on 127.0.0.1 over that
  store and stopped after: first the first view of each of ``--layers``
  DeepState snapshots, one client (median ms: the snapshot is read from the
  store and simplified), then ``--requests`` requests "as of" those
  snapshots' instants from 10 clients (p50/p99 ms, req/s: the store is asked
  for the snapshot each time, the display layers come from the cache).

Each line gives the ratio PostGIS/SQLite (above 1 = PostGIS slower), and the
largest difference between the two backends' figures (they store the same WKB,
so it should be 0). PostGIS: ``--pg`` names a server whose role may create
databases (a new database is made and dropped); without it a throwaway server
is started from the local PostgreSQL binaries (as tests/pg_fixtures.py does).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTROL = ROOT.parent / "shared" / "data" / "control"
SPAN = ("1682899200", "1696118400")  # 2023-05-01 .. 2023-10-01 (unix, raw keys)
ISW_SPAN = ("20230501", "20231001")
MEASURE = ("48.5953,38.0003,25km", "2023-06-04", "2023-08-14")
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


def real_snapshots(n_deepstate: int) -> tuple[list, float]:
    """Process the chosen files once (same Snapshot objects for both stores)."""
    from frontline.ingest import process_file

    raw = [
        p
        for p in sorted((CONTROL / "deepstate_raw").glob("*.geojson.gz"))
        if SPAN[0] <= p.name.split(".")[0] < SPAN[1]
    ]
    step = max(1, len(raw) // n_deepstate)
    files = [("deepstate", p) for p in raw[::step][:n_deepstate]]
    files += [
        ("isw", p)
        for p in sorted((CONTROL / "isw_nikkei").glob("*.geojson.gz"))
        if ISW_SPAN[0] <= p.name.split(".")[0] < ISW_SPAN[1]
    ]
    snaps, times = [], []
    for source, path in files:
        t = time.perf_counter()
        snaps.append(process_file(source, path))
        times.append(time.perf_counter() - t)
    read_ms = statistics.median(times) * 1000
    n_isw = sum(source == "isw" for source, _ in files)
    print(
        f"{len(snaps)} snapshots ({len(snaps) - n_isw} DeepState, {n_isw} ISW); "
        f"reading + projecting a file (same for both backends): median "
        f"{read_ms:.0f} ms"
    )
    return snaps, read_ms


def bench_ingest(store, snaps) -> float:
    times = []
    for snap in snaps:
        t = time.perf_counter()
        assert store.add_snapshot(snap)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bench_measure(store, repeat: int) -> tuple[float, float]:
    from frontline import query
    from frontline.geo.regions import parse_region
    from frontline.instants import parse_instant

    spec, t0, t1 = MEASURE
    region, a, b = parse_region(spec), parse_instant(t0), parse_instant(t1)
    query.measure(store, "deepstate", region, a, b)  # warm-up
    times = []
    for _ in range(max(repeat, 5) * 4):
        t = time.perf_counter()
        m = query.measure(store, "deepstate", region, a, b)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, m.ru_lost_km2


def weekly_series(store) -> dict:
    from frontline import query
    from frontline.geo.regions import parse_region

    out = {}
    for source in ("deepstate", "isw"):
        infos = store.snapshots(source)
        cache = query.GeometryCache(store, source)
        for spec in REGIONS:
            out[(source, spec)] = query.series(
                store,
                source,
                parse_region(spec),
                infos[0].time,
                infos[-1].time,
                "W",
                cache=cache,
            )
    return out


def bench_series(store, repeat: int) -> tuple[float, dict]:
    times, rows = [], {}
    for _ in range(repeat):
        t = time.perf_counter()
        rows = weekly_series(store)
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


LAYER_VIEW = "bbox=37.0,47.5,39.0,48.7&zoom=8"  # Bakhmut–Avdiivka at zoom 8
API_CLIENTS = 10
API_SECONDS = 30.0  # bound per run, besides the request count


def bench_layers(url: str, keys: list[tuple[str, str]], requests: int) -> dict:
    """``/api/layers`` of a server over the store ``url``: first views of the
    snapshots ``keys`` ((key, ISO instant)), then "as of" load (see above)."""
    import asyncio

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_api import load_level, served

    first = [f"/api/layers?source=deepstate&id={k}&{LAYER_VIEW}" for k, _ in keys]
    as_of = [f"/api/layers?source=deepstate&at={t}&{LAYER_VIEW}" for _, t in keys]
    with tempfile.TemporaryDirectory() as tmp, served(url, Path(tmp)) as port:
        cold = asyncio.run(load_level(port, first, 1, len(first), API_SECONDS, 0))
        warm = asyncio.run(
            load_level(port, as_of, API_CLIENTS, requests, API_SECONDS, 0)
        )
    errors = cold["errors"] + warm["errors"]
    if errors:
        sys.exit(f"/api/layers on {url.split(':')[0]}: {errors} answers not 200")
    return {
        "layer_first_ms": cold["p50_ms"],
        "layer_first_n": cold["requests"],
        "layer_p50_ms": warm["p50_ms"],
        "layer_p99_ms": warm["p99_ms"],
        "layer_req_s": warm["req_s"],
        "layer_requests": warm["requests"],
    }


def largest_difference(a: dict, b: dict) -> tuple[float, int]:
    worst, n = 0.0, 0
    for key, rows in a.items():
        for ra, rb in zip(rows, b[key], strict=True):
            for k, va in ra.items():
                if isinstance(va, float):
                    worst = max(worst, abs(va - rb[k]))
                    n += 1
    return worst, n


def postgis_database(url: str | None):
    """(URL of a new empty PostGIS database, cleanup callable)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import sqlalchemy as sa
    from pg_fixtures import _admin, _bin_dir, _Server

    server = None
    if url is None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            sys.exit("no --pg URL and no local PostgreSQL with PostGIS")
        server = _Server(bin_dir)
        url = server.start()
    name = f"frontline_bench_{uuid.uuid4().hex[:8]}"
    _admin(url, f"CREATE DATABASE {name}")
    _admin(url, "CREATE EXTENSION postgis", db=name)
    db = sa.engine.make_url(url).set(database=name)

    def cleanup() -> None:
        _admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if server is not None:
            server.stop()

    return db.render_as_string(hide_password=False), cleanup


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", help="PostgreSQL server URL (role may create databases)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--deepstate", type=int, default=40)
    ap.add_argument("--layers", type=int, default=20, help="snapshots first viewed")
    ap.add_argument(
        "--requests", type=int, default=400, help="layer requests at 10 clients"
    )
    args = ap.parse_args()
    if not CONTROL.exists():
        sys.exit(f"needs the data pack at {CONTROL}")
    sys.path.insert(0, str(ROOT / "src"))
    from frontline.store import open_store

    snaps, read_ms = real_snapshots(args.deepstate)
    pg_url, cleanup = postgis_database(args.pg)
    results: dict[str, dict] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            backends = (("sqlite", f"sqlite:///{tmp}/b.sqlite"), ("postgis", pg_url))
            for name, url in backends:
                store = open_store(url)
                r = results[name] = {}
                r["ingest_ms"] = bench_ingest(store, snaps)
                r["measure_ms"], r["lost_km2"] = bench_measure(store, args.repeat)
                r["series_s"], r["rows"] = bench_series(store, args.repeat)
                keys = [
                    (i.key, i.time.strftime("%Y-%m-%dT%H:%M:%SZ"))
                    for i in store.snapshots("deepstate")[: args.layers]
                ]
                store.close()
                r.update(bench_layers(url, keys, args.requests))
    finally:
        cleanup()
    s, p = results["sqlite"], results["postgis"]
    n_rows = sum(len(v) for v in s["rows"].values())
    lines = [
        ("ingest, add_snapshot per snapshot", "ingest_ms", "ms"),
        ("measure (deepstate, 25 km, 06-04→08-14), warm", "measure_ms", "ms"),
        (f"weekly series, 10 regions × 2 sources ({n_rows} rows)", "series_s", "s"),
    ]
    print(f"{'':62} {'SQLite':>10} {'PostGIS':>10} {'PostGIS/SQLite':>15}")
    for r in (s, p):
        r["import_ms"] = read_ms + r["ingest_ms"]
    lines.insert(1, ("whole import per file (read, project, store)", "import_ms", "ms"))
    n_first, n_as_of = s["layer_first_n"], s["layer_requests"]
    lines += [
        (f"/api/layers first view of a snapshot, 1 client (p50, {n_first})",
         "layer_first_ms", "ms"),
        (f"/api/layers as of, {API_CLIENTS} clients, p50 ({n_as_of} requests)",
         "layer_p50_ms", "ms"),
        (f"/api/layers as of, {API_CLIENTS} clients, p99", "layer_p99_ms", "ms"),
        (f"/api/layers as of, {API_CLIENTS} clients, req/s (higher: faster)",
         "layer_req_s", ""),
    ]  # fmt: skip
    for label, key, unit in lines:
        print(
            f"{label:62} {s[key]:>8.2f}{unit:>2} {p[key]:>8.2f}{unit:>2}"
            f" {p[key] / s[key]:>14.2f}×"
        )
    worst, n = largest_difference(s["rows"], p["rows"])
    print(
        f"agreement: {n} series figures, largest difference {worst:.3g} km²; "
        f"measure lost {s['lost_km2']:.6f} vs {p['lost_km2']:.6f} km²"
    )


if __name__ == "__main__":
    main()
