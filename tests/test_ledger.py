"""The claim ledger: all-or-nothing writes and claimant consistency."""

from __future__ import annotations

import sqlite3

import orjson
import pytest
import sqlalchemy

from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.store.ledger import Ledger, claimant_key, consistency, sector_key


def _claim(idx, area, end, *, cumulative, start=None, who="Oleh Petrenko", **kw):
    row = {
        "idx": idx,
        "kind": "area_change",
        "quote": f"claim {idx}",
        "claimant": who,
        "sector": "Vuhledar direction",
        "gainer": "UA",
        "area_km2": area,
        "cumulative": cumulative,
        "period_start": start,
        "period_end": end,
    }
    row.update(kw)
    return row


def _doc(doc_id, published):
    return {"doc_id": doc_id, "sha256": "0" * 64, "published": published, "url": None}


def test_keys_ignore_spelling_and_sector_words():
    assert claimant_key("Hanna Maliar") == claimant_key("Malyar") == "maliar"
    assert claimant_key("Ганни Маляр") == "maliar"
    assert claimant_key("") == "unattributed"
    assert sector_key("the Vuhledar direction") == "vuhledar"
    assert sector_key("southern flank of the Bakhmut sector") == "bakhmut"
    assert sector_key(None) == "unspecified"


def test_record_and_read_back(tmp_path):
    path = tmp_path / "f.sqlite"
    with Ledger(path) as led:
        led.record(
            _doc("a", "2024-02-05"),
            [_claim(0, 12.0, "2024-02-05", cumulative=True)],
            [
                {
                    "idx": 0,
                    "source": "deepstate",
                    "verdict": "consistent",
                    "reason": "r",
                    "claimed": 12.0,
                    "measured": 11.0,
                    "evidence": {"snapshots": {"end": {"snapshot_id": "9"}}},
                }
            ],
        )
        rows = led.claims(claimant="Petrenko", sector="Vuhledar")
        assert len(rows) == 1
        assert rows[0]["sector_key"] == "vuhledar"
        assert rows[0]["verdicts"]["deepstate"]["verdict"] == "consistent"
        assert rows[0]["cumulative"] is True
        assert led.counts() == {"documents": 1, "claims": 1, "verdicts": 1}
        assert led.claims(claimant="Somebody Else") == []


def test_rechecking_a_document_replaces_its_rows(db_url):
    with Ledger(db_url) as led:
        led.record(
            _doc("a", "2024-02-05"),
            [_claim(0, 12.0, "2024-02-05", cumulative=True)],
            [],
        )
        led.record(
            _doc("a", "2024-02-05"),
            [
                _claim(0, 12.0, "2024-02-05", cumulative=True),
                _claim(1, 2.0, "2024-02-04", cumulative=False, start="2024-01-29"),
            ],
            [],
        )
        assert led.counts()["claims"] == 2
        assert led.counts()["documents"] == 1


def test_an_interrupted_record_leaves_the_ledger_as_it_was(db_url):
    path = db_url
    with Ledger(path) as led:
        led.record(
            _doc("a", "2024-02-05"),
            [_claim(0, 12.0, "2024-02-05", cumulative=True)],
            [],
        )
        before = led.claims()

        def claims_then_crash():
            yield _claim(0, 99.0, "2024-02-05", cumulative=True)
            yield _claim(1, 5.0, "2024-02-04", cumulative=False)
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-way

        with pytest.raises(KeyboardInterrupt):
            led.record(_doc("a", "2024-02-05"), claims_then_crash(), [])
        bad_row = (sqlite3.IntegrityError, sqlalchemy.exc.IntegrityError)
        with pytest.raises(bad_row):  # a verdict row without a verdict
            led.record(
                _doc("b", "2024-02-06"),
                [_claim(0, 1.0, "2024-02-06", cumulative=False)],
                [{"idx": 0, "source": "isw", "verdict": None}],
            )
        assert led.claims() == before
        assert led.counts() == {"documents": 1, "claims": 1, "verdicts": 0}
    # and a fresh connection sees the same
    with Ledger(path) as again:
        assert [c["area_km2"] for c in again.claims()] == [12.0]


def test_totals_and_increments_add_up():
    rows = [
        _claim(0, 40.0, "2023-08-14", cumulative=True),
        _claim(1, 3.0, "2023-08-20", cumulative=False, start="2023-08-14"),
        _claim(2, 43.0, "2023-08-21", cumulative=True),
    ]
    for r in rows:
        r.update(claimant_key="maliar", sector_key="bakhmut")
    checks = consistency(rows)
    assert [c.status for c in checks] == ["consistent"]
    assert checks[0].expected_km2 == 43.0


def test_mismatch_is_flagged_with_the_difference():
    rows = [
        _claim(0, 40.0, "2023-08-14", cumulative=True),
        _claim(1, 3.0, "2023-08-20", cumulative=False, start="2023-08-14"),
        _claim(2, 50.0, "2023-08-21", cumulative=True),
    ]
    for r in rows:
        r.update(claimant_key="k", sector_key="s")
    (chk,) = consistency(rows)
    assert chk.status == "mismatch"
    assert "+7" in chk.message


def test_decreasing_total_and_missing_increments():
    rows = [
        _claim(0, 40.0, "2023-08-14", cumulative=True),
        _claim(1, 31.0, "2023-08-28", cumulative=True),
        _claim(2, 36.0, "2023-09-04", cumulative=True),
    ]
    for r in rows:
        r.update(claimant_key="k", sector_key="s")
    statuses = [c.status for c in consistency(rows)]
    assert statuses == ["total decreased", "no increments"]


def test_groups_are_per_claimant_sector_and_side():
    rows = [
        _claim(
            0, 40.0, "2023-08-14", cumulative=True, claimant_key="a", sector_key="s"
        ),
        _claim(
            1, 90.0, "2023-08-21", cumulative=True, claimant_key="b", sector_key="s"
        ),
        _claim(
            2,
            10.0,
            "2023-08-21",
            cumulative=True,
            claimant_key="a",
            sector_key="s",
            gainer="RU",
        ),
        _claim(
            3, 40.0, "2023-08-14", cumulative=True, claimant_key="a", sector_key="s"
        ),  # a repeat (headline and body) counts once
    ]
    assert consistency(rows) == []


def test_ledger_command_shows_claims_and_consistency(db_url, capsys):
    with Ledger(db_url) as led:
        led.record(
            _doc("a", "2023-08-14"),
            [_claim(0, 40.0, "2023-08-14", cumulative=True)],
            [],
        )
        led.record(
            _doc("b", "2023-08-21"),
            [
                _claim(0, 3.0, "2023-08-20", cumulative=False, start="2023-08-14"),
                _claim(1, 43.0, "2023-08-21", cumulative=True),
            ],
            [],
        )
    assert run(["ledger", "--db", db_url, "--json"]) == 0
    obj = orjson.loads(capsys.readouterr().out)
    assert obj["counts"]["claims"] == 3
    assert [c["status"] for c in obj["consistency"]] == ["consistent"]
    assert run(["ledger", "--db", db_url, "--claimant", "petrenko"]) == 0
    out = capsys.readouterr().out
    assert "consistent" in out and "vuhledar" in out
    assert run(["ledger", "--db", db_url, "--sector", "Kupiansk"]) == 0
    assert "no claims matching" in capsys.readouterr().out


def test_ledger_on_a_non_database_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"this is not a database file at all" * 100)
    assert run(["ledger", "--db", f"sqlite:///{bad}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ledger" in err
    with pytest.raises(FrontlineError, match="cannot open the database"):
        Ledger.for_url("postgresql://nobody@127.0.0.1:1/y")


def test_gaps_without_increments_are_not_called_mismatches():
    rows = [
        _claim(0, 31.0, "2023-07-17", cumulative=True),
        _claim(1, 3.0, "2023-08-13", cumulative=False, start="2023-08-07"),
        _claim(2, 40.0, "2023-08-14", cumulative=True),
    ]
    for r in rows:
        r.update(claimant_key="k", sector_key="s")
    (chk,) = consistency(rows)
    assert chk.status == "incomplete increments"
    assert "7 of 28 days" in chk.message and "+6" in chk.message


def test_increments_larger_than_the_growth_of_the_total_are_a_mismatch():
    rows = [
        _claim(0, 31.0, "2023-07-17", cumulative=True),
        _claim(1, 15.0, "2023-08-13", cumulative=False, start="2023-08-07"),
        _claim(2, 40.0, "2023-08-14", cumulative=True),
    ]
    for r in rows:
        r.update(claimant_key="k", sector_key="s")
    (chk,) = consistency(rows)
    assert chk.status == "mismatch" and "more than the total grew" in chk.message
