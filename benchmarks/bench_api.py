"""Load on loopback against ``frontline serve``: the display-layer endpoint
(``/api/layers``, what the map asks for on every move) and ``/api/measure``,
at 1, 10 and 50 concurrent clients. Requests per second, p50 and p99.

    python benchmarks/bench_api.py [--requests 400] [--seconds 20]

The server is started as a separate process (``frontline serve`` on
127.0.0.1, a free port) over a store of five real DeepState snapshots imported
from ../shared/data (a temporary folder). Each run is bounded: at most
``--requests`` requests or ``--seconds`` seconds per endpoint and level, then
it stops. Layer requests cycle through map views (zoom 6–10 around the front,
a few pans each) the way a map does; the first request of a view computes it,
later ones are served from the cache. Measure requests are computed every
time on the stored, unsimplified geometry (a 25 km disc, two instants).
``measure*`` asks for a new disc every time (nothing cached: the engine's
cost). Goal: layer p99 <= 100 ms at 10 clients.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SNAPSHOTS = ("1685575455", "1685834721", "1691613590", "1692046598", "1692651972")
VIEWS = [
    (zoom, f"{w:.2f},{s:.2f},{w + span:.2f},{s + span * 0.6:.2f}")
    for zoom, span in ((6, 16.0), (7, 8.0), (8, 4.0), (9, 2.0), (10, 1.0))
    for w, s in ((37.0, 47.5), (37.5, 47.8), (36.0, 47.0))
]
LEVELS = (1, 10, 50)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _store(folder: Path) -> str:
    from frontline.ingest import import_paths
    from frontline.store.sqlite import SQLiteStore

    raw = SHARED / "control" / "deepstate_raw"
    store = SQLiteStore(folder / "bench.sqlite")
    import_paths(store, "deepstate", [raw / f"{k}.geojson.gz" for k in SNAPSHOTS])
    store.close()
    return f"sqlite:///{folder / 'bench.sqlite'}"


def _layer_urls() -> list[str]:
    urls = []
    for key in SNAPSHOTS[-2:]:
        for zoom, bbox in VIEWS:
            urls.append(
                f"/api/layers?source=deepstate&id={key}&bbox={bbox}&zoom={zoom}"
            )
    return urls


MEASURE = (
    "/api/measure?source=deepstate&region=48.5953,38.0003,25km"
    "&from=2023-06-04&to=2023-08-14"
)
# a new disc every request (radius 5.000, 5.001, ... km): never a cached answer
MEASURE_NEW = [
    f"/api/measure?source=deepstate&region=48.5953,38.0003,{5 + i / 1000:.3f}km"
    "&from=2023-06-04&to=2023-08-14"
    for i in range(20_000)
]


class _Connection:
    """One keep-alive HTTP/1.1 connection (a small client: the load generator
    shares the 2 cores with the server, so it must cost little itself)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, int]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                self.host, self.port
            )
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length)
        return status, len(body)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load_level(
    port: int, urls: list[str], clients: int, limit: int, seconds: float, start: int
) -> dict:
    """``clients`` connections asking in turn for ``urls[start:]`` (cycling)."""
    latencies: list[float] = []
    errors = 0
    issued = 0
    deadline = time.monotonic() + seconds

    async def worker() -> None:
        nonlocal issued, errors
        conn = _Connection("127.0.0.1", port)
        try:
            while issued < limit and time.monotonic() < deadline:
                url = urls[(start + issued) % len(urls)]
                issued += 1
                t0 = time.perf_counter()
                status, _size = await conn.get(url)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - t0
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": errors,
        "req_s": len(latencies) / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": p99 * 1000,
    }


@contextlib.contextmanager
def served(db: str, folder: Path) -> Iterator[int]:
    """A ``frontline serve`` process on 127.0.0.1 over the store ``db`` (home
    under ``folder``), ready to answer: its port. Stopped at the end."""
    port = _free_port()
    env = {**os.environ, "FRONTLINE_HOME": str(folder / "home")}
    cmd = [sys.executable, "-m", "frontline", "serve", "--port", str(port),
           "--db", db, "--mirror", str(SHARED)]  # fmt: skip
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/sources", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise RuntimeError(f"frontline serve --db {db} exited early")
            time.sleep(0.1)
        else:
            raise RuntimeError(f"frontline serve did not answer on {base}")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=400, help="per endpoint and level")
    ap.add_argument(
        "--seconds", type=float, default=20.0, help="per endpoint and level"
    )
    args = ap.parse_args()
    if not (SHARED / "control" / "deepstate_raw").is_dir():
        print(f"needs {SHARED}/control/deepstate_raw", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = _store(folder)
        with served(db, folder) as port:
            base = f"http://127.0.0.1:{port}"
            print(f"frontline serve on {base}; {len(SNAPSHOTS)} DeepState snapshots")
            print(f"{'endpoint':8} {'clients':>7} {'requests':>8} {'errors':>6} "
                  f"{'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")  # fmt: skip
            runs = (
                ("layers", _layer_urls()),
                ("measure", [MEASURE]),
                ("measure*", MEASURE_NEW),
            )
            for name, urls in runs:
                done = 0  # each level goes on where the last stopped
                for clients in LEVELS:
                    row = asyncio.run(
                        load_level(
                            port, urls, clients, args.requests, args.seconds, done
                        )
                    )
                    done += row["requests"]
                    print(
                        f"{name:8} {row['clients']:>7} {row['requests']:>8} "
                        f"{row['errors']:>6} {row['req_s']:>8.1f} "
                        f"{row['p50_ms']:>8.1f} {row['p99_ms']:>8.1f}",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
