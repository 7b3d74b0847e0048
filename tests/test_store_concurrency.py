"""Concurrent processes on one store, both backends: two ledger writers at once
(what two ``frontline check`` runs do), and a reader while ``frontline import``
writes. Real OS processes; nothing may be lost, mixed or half-visible."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import shared_path

from frontline.store import open_store
from frontline.store.ledger import Ledger

DOCS_EACH = 20  # documents only one writer records
SHARED_DOCS = 10  # documents both writers record (the later check wins)
CLAIMS = 3
SOURCES = ("deepstate", "isw")

# One `check` process's ledger writes: Ledger.record per document, as
# frontline.check.document.record_in_ledger does.
WRITER = """
import sys, time
from frontline.store import open_store
from frontline.store.ledger import Ledger
url, me, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
store = open_store(url)
led = Ledger(store)
time.sleep(max(0.0, start - time.time()))
docs = [f"shared-{n}" for n in range(int(sys.argv[5]))]
docs += [f"{me}-{n}" for n in range(int(sys.argv[4]))]

def claims_of(n):  # produced while the transaction is open, as check does
    for i in range(n):
        time.sleep(0.01)
        yield {"idx": i, "kind": "area_change", "quote": me, "claimant": "Maliar",
               "sector": "Bakhmut", "area_km2": float(i), "period_end": "2023-08-14"}

for doc in docs:
    claims = claims_of(int(sys.argv[6]))
    verdicts = [
        {"idx": i, "source": s, "verdict": "consistent", "evidence": {"by": me}}
        for i in range(int(sys.argv[6])) for s in ("deepstate", "isw")
    ]
    led.record({"doc_id": doc, "published": "2023-08-14"}, claims, verdicts)
store.close()
"""

# A reader (what `serve` does) polling the newest snapshot until told to stop.
READER = """
import json, math, sys, time
from pathlib import Path
from frontline.geo.area import area_km2
from frontline.store import open_store
url, source, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
store = open_store(url)
seen, reads, problems = 0, 0, []
while True:
    last = stop.exists()
    infos = store.snapshots(source)
    if len(infos) < seen:
        problems.append(f"snapshots went from {seen} to {len(infos)}")
    seen = len(infos)
    for info in infos[-1:]:
        snap = store.load(source, info.key)
        reads += 1
        if set(snap.geometries) != set(info.layers) or not info.layers:
            problems.append(f"{info.key}: layers {sorted(snap.geometries)}")
        for layer, geom in snap.geometries.items():
            if not math.isclose(area_km2(geom), info.layers[layer], rel_tol=1e-9):
                problems.append(f"{info.key}/{layer}: area differs")
    if last:
        break
    time.sleep(0.02)
store.close()
print(json.dumps({"seen": seen, "reads": reads, "problems": problems[:5]}))
"""


def _python(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-2000:]
    return out


def test_two_ledger_writers_lose_and_mix_nothing(db_url):
    open_store(db_url).close()  # schema in place before the race
    start = time.time() + 2.0
    procs = [
        _python(
            WRITER,
            db_url,
            me,
            str(start),
            str(DOCS_EACH),
            str(SHARED_DOCS),
            str(CLAIMS),
        )
        for me in ("w1", "w2")
    ]
    for p in procs:
        _finish(p)
    with Ledger(db_url) as led:
        n_docs = 2 * DOCS_EACH + SHARED_DOCS
        assert led.counts() == {
            "documents": n_docs,
            "claims": n_docs * CLAIMS,
            "verdicts": n_docs * CLAIMS * len(SOURCES),
        }
        by_doc: dict[str, set[str]] = {}
        for c in led.claims():
            by_doc.setdefault(c["doc_id"], set()).add(c["quote"])
            assert set(c["verdicts"]) == set(SOURCES)
        assert len(by_doc) == n_docs
        for doc, writers in by_doc.items():
            assert len(writers) == 1, f"{doc} mixes the claims of {writers}"
            if not doc.startswith("shared-"):
                assert writers == {doc.split("-")[0]}
        docs = {d["doc_id"]: d["n_claims"] for d in led.documents()}
        assert set(docs.values()) == {CLAIMS}


@pytest.mark.shared
def test_a_reader_never_sees_half_an_import(db_url, tmp_path):
    folder = shared_path("control", "deepstate_raw")
    files = sorted(folder.glob("*.geojson.gz"))[:8]
    open_store(db_url).close()
    stop = tmp_path / "stop"
    reader = _python(READER, db_url, "deepstate", str(stop))
    importer = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontline",
            "import",
            "deepstate",
            *map(str, files),
            "--db",
            db_url,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    stop.write_text("")
    report = json.loads(_finish(reader))
    assert importer.returncode == 0, importer.stderr[-2000:]
    assert report["problems"] == []
    assert report["seen"] == len(files)
    assert report["reads"] >= 1
    store = open_store(db_url)
    try:
        assert len(store.snapshots("deepstate")) == len(files)
    finally:
        store.close()


def test_sqlite_waits_for_a_writer_instead_of_failing(tmp_path: Path):
    """A writer holding the SQLite lock for a while delays, never fails, another."""
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    open_store(url).close()
    holder = _python(
        "import sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE'); print('locked', flush=True)\n"
        "time.sleep(1.5); db.execute('COMMIT')",
        str(tmp_path / "s.sqlite"),
    )
    assert holder.stdout.readline().strip() == "locked"
    with Ledger(url) as led:
        led.record({"doc_id": "late"}, [], [])
        assert led.counts()["documents"] == 1
    _finish(holder)
