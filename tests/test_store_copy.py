"""``frontline copy``: a SQLite store into PostGIS and back, nothing changed."""

from __future__ import annotations

import json

from test_measure_fixtures import T1, T2, demo_store

from frontline import query
from frontline.cli import run
from frontline.geo.regions import parse_region
from frontline.store import open_store
from frontline.store.ledger import Ledger


def _fill(url: str) -> None:
    demo_store(url).close()
    store = open_store(url)
    try:
        store.record_fetch("http://h/a.gz", "/c/a.gz", "ff" * 32, 12, source="demo")
        store.add_correction("d1", 3, 9, "Bakhmut", "Artemivsk?", "web", T1)
        with Ledger(store) as led:
            led.record(
                {"doc_id": "d1", "published": "2023-08-14", "title": "briefing"},
                [
                    {"idx": 0, "kind": "area_change", "area_km2": 40.0,
                     "cumulative": True, "claimant": "Hanna Maliar",
                     "sector": "Bakhmut", "period_end": "2023-08-14"},
                ],
                [{"idx": 0, "source": "demo", "verdict": "consistent",
                  "claimed": 40.0, "measured": 41.4, "evidence": {"lag": 0}}],
            )  # fmt: skip
    finally:
        store.close()


def _contents(url: str) -> dict:
    store = open_store(url)
    try:
        layers = store.query(
            "SELECT s.source, s.key, l.layer, l.area_km2, l.wkb FROM layers l"
            " JOIN snapshots s ON s.id = l.snapshot_id"
            " ORDER BY s.source, s.key, l.layer"
        )
        region = parse_region("bbox:37.2,48.2,37.8,49.05")
        m = query.measure(store, "demo", region, T1, T2)
        with Ledger(store) as led:
            claims = led.claims()
            docs = [
                {k: v for k, v in d.items() if k != "checked_iso"}
                for d in led.documents()
            ]
        return {
            "layers": [{**r, "wkb": bytes(r["wkb"])} for r in layers],
            "measure": (m.ru_gained_km2, m.ru_lost_km2, m.ru_held_end_km2),
            "fetched": store.fetched("http://h/a.gz"),
            "claims": claims,
            "documents": docs,
            "corrections": [
                {k: v for k, v in c.items() if k != "id"} for c in store.corrections()
            ],
        }
    finally:
        store.close()


def test_sqlite_to_postgis_and_back(tmp_path, pg_url, capsys):
    first = f"sqlite:///{tmp_path / 'team.sqlite'}"
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    _fill(first)
    expected = _contents(first)
    assert expected["layers"] and expected["claims"] and expected["corrections"]
    assert run(["copy", "--db", first, "--to", pg_url, "--format", "json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts == {
        "snapshots": 5,
        "fetched": 1,
        "ledger_documents": 1,
        "corrections": 1,
    }
    assert _contents(pg_url) == expected
    assert run(["copy", "--db", first, "--to", pg_url]) == 0  # again: no duplicates
    assert "copied 0 snapshots" in capsys.readouterr().out
    assert _contents(pg_url) == expected
    assert run(["copy", "--db", pg_url, "--to", back]) == 0
    assert _contents(back) == expected


def test_copy_to_a_bad_target_is_one_line(tmp_path, capsys):
    src = f"sqlite:///{tmp_path / 's.sqlite'}"
    _fill(src)
    assert run(["copy", "--db", src, "--to", "mysql://x/y"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown database URL" in err


def test_copy_needs_a_target(capsys):
    assert run(["copy"]) == 2
    assert "--to" in capsys.readouterr().err
