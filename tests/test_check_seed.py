"""End to end on the real data: the seed article and a few dev articles.

Reads ../shared/data in place (skips when absent). One ``frontline check`` run
per module fills a store from the mirror; the tests then read its JSON.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest
from conftest import SHARED

from frontline.cli import run
from frontline.model import VERDICTS

pytestmark = [pytest.mark.shared, pytest.mark.slow]

SEED = SHARED / "seed" / "000_028794c3621c6d43.txt"
DEV = SHARED / "claims" / "dev.jsonl"
DEV_IDS = ("tc-002", "tc-038")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    if not SEED.exists() or not (SHARED / "control").exists():
        pytest.skip(f"real data not available: {SEED} is absent (needs ../shared)")
    base = tmp_path_factory.mktemp("seed")
    saved = {k: os.environ.get(k) for k in ("FRONTLINE_HOME", "FRONTLINE_DB")}
    os.environ["FRONTLINE_HOME"] = str(base / "home")
    os.environ.pop("FRONTLINE_DB", None)
    yield base
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def _check(env: Path, *args: str, code_wanted: int = 0) -> dict:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = run(
            [
                "check",
                *args,
                "--mirror",
                str(SHARED),
                "--format",
                "json",
                "--db",
                f"sqlite:///{env / 'f.sqlite'}",
            ]
        )
    assert code == code_wanted
    return json.loads(buf.getvalue())


@pytest.fixture(scope="module")
def seed(env):
    return _check(
        env, str(SEED), "--published", "2023-08-14", "--source", "deepstate,isw"
    )


def _verdicts(obj: dict, index: int) -> dict[str, dict]:
    return {v["source"]: v for v in obj["verdicts"] if v["claim_index"] == index}


def _claim(obj: dict, pred) -> dict:
    found = [c for c in obj["claims"] if pred(c["claim"])]
    assert found, "claim not extracted"
    return found[0]


def test_weekly_three_km2_in_the_bakhmut_sector_is_not_visible(seed):
    c = _claim(
        seed,
        lambda r: r["area_km2"] == 3 and "Bakhmut sector" in (r["quote"] or ""),
    )
    assert (c["period"]["start"], c["period"]["end"]) == ("2023-08-07", "2023-08-13")
    vs = _verdicts(seed, c["index"])
    assert vs["deepstate"]["verdict"] == "not visible", vs["deepstate"]["reason"]
    assert vs["isw"]["verdict"] == "not visible", vs["isw"]["reason"]
    for v in vs.values():  # within 15 km too: no change that week on either map
        sens = {s["radius_km"]: s for s in v["evidence"]["sensitivity"]}
        assert sens[15.0]["measured_km2"] == 0.0


def test_forty_km2_on_the_southern_flank_is_consistent_on_deepstate(seed):
    c = _claim(seed, lambda r: r["area_km2"] == 40)
    assert c["period"]["anchor"] == "counteroffensive-2023"
    assert c["period"]["start"] == "2023-06-04"
    assert c["region"]["kind"] == "half-disc"
    v = _verdicts(seed, c["index"])["deepstate"]
    assert v["verdict"] == "consistent", v["reason"]
    whole = [r for r in v["evidence"]["readings"] if "whole 25 km disc" in r["reading"]]
    assert 39.0 <= whole[0]["measured_km2"] <= 44.0  # about 41 km² lost by Russia
    assert "claimed/measured within 0.8–1.25" in v["tolerance"]
    assert v["evidence"]["snapshots"]["end"]["snapshot_time"].startswith("2023-08-14")


def test_the_seed_gets_no_published_totals_verdict(seed):
    """The seed's figures are bounded to a sector: totals of the whole map
    cannot judge them (frontline.check.totals)."""
    assert {v["source"] for v in seed["verdicts"]} <= {"deepstate", "isw"}
    assert seed["sources"] == ["deepstate", "isw"]


def test_urozhaine_fighting_is_placed_on_the_donetsk_village(seed):
    c = _claim(
        seed,
        lambda r: (
            r["kind"] == "fighting"
            and any("Urozhaine" in p["name"] for p in r["places"])
        ),
    )
    (p,) = [p for p in c["places"] if "Urozhaine" in p["name"]]
    assert p["oblast"] == "Donetsk"
    assert abs(p["lat"] - 47.75) < 0.05 and abs(p["lon"] - 36.82) < 0.08
    assert _verdicts(seed, c["index"])["deepstate"]["verdict"] == "consistent"


def test_staromaiorske_advance_is_placed_on_the_donetsk_village(seed):
    c = _claim(seed, lambda r: any("Staromaiorske" in p["name"] for p in r["places"]))
    (p,) = [p for p in c["places"] if "Staromaiorske" in p["name"]]
    assert p["oblast"] == "Donetsk"
    assert abs(p["lat"] - 47.75) < 0.05 and abs(p["lon"] - 36.79) < 0.08
    assert "Staromaiorske" in c["region"]["description"]


def test_an_archive_that_starts_later_says_so_plainly(env):
    # the daily archive starts in July 2024; the seed is about summer 2023
    obj = _check(
        env, str(SEED), "--published", "2023-08-14", "--source", "deepstate-daily",
        code_wanted=3,  # nothing could be checked
    )  # fmt: skip
    reasons = [v["reason"] for v in obj["verdicts"]]
    assert reasons and all(
        r.startswith(("no map coverage: deepstate-daily covers 2024-07-0", "no period"))
        for r in reasons
    ), reasons
    assert any("the claim's period is 2023-0" in r for r in reasons), reasons
    assert not any("snapshots stored" in r for r in reasons), reasons


def test_every_verdict_is_one_of_five_with_a_reason(seed):
    assert seed["claims"]
    for v in seed["verdicts"]:
        assert v["verdict"] in VERDICTS and v["reason"]
    assert "DeepStateMap" in seed["attribution"]["deepstate"]
    assert seed["document"]["published"] == "2023-08-14"


def test_the_ledger_holds_the_seed(env, seed, capsys):
    assert (
        run(
            [
                "ledger",
                "--db",
                f"sqlite:///{env / 'f.sqlite'}",
                "--json",
                "--sector",
                "Bakhmut",
            ]
        )
        == 0
    )
    obj = json.loads(capsys.readouterr().out)
    assert any(r["area_km2"] == 40 for r in obj["claims"])


def test_markdown_report_of_the_seed(env, seed, tmp_path):
    out = tmp_path / "out"
    code = run(
        [
            "check",
            str(SEED),
            "--published",
            "2023-08-14",
            "--source",
            "deepstate",
            "--mirror",
            str(SHARED),
            "--db",
            f"sqlite:///{env / 'f.sqlite'}",
            "--format",
            "md",
            "--out",
            str(out),
            "--no-sync",
        ]
    )
    assert code == 0
    (md,) = out.glob("*.md")
    text = md.read_text("utf-8")
    assert "In total, 40 square kilometers" in text and "consistent" in text
    assert len(list(out.glob("*-map.png"))) >= 3
    assert list(out.glob("*-weekly.png"))


def test_dev_articles(env, tmp_path):
    lines = [
        ln
        for ln in DEV.read_text("utf-8").splitlines()
        if json.loads(ln)["id"] in DEV_IDS
    ]
    assert len(lines) == len(DEV_IDS)
    docs = tmp_path / "dev.jsonl"
    docs.write_text("\n".join(lines) + "\n", "utf-8")
    obj = _check(env, str(docs))
    by_id = {d["document"]["doc_id"]: d for d in obj["documents"]}
    # "7 square kilometres ... in the direction of Bakhmut" over 10-16 July 2023:
    # DeepState shows about 7.5 km² lost by Russia within 25 km of Bakhmut.
    tc2 = by_id["tc-002"]
    c = _claim(tc2, lambda r: r["area_km2"] == 7)
    v = _verdicts(tc2, c["index"])["deepstate"]
    assert v["verdict"] == "consistent", v["reason"]
    # "31 square kilometres ... on the southern flank": the flank of the place
    total = _claim(tc2, lambda r: r["area_km2"] == 31)
    assert total["region"]["kind"] == "half-disc"
    assert "Bakhmut" in total["region"]["description"]
    # nationwide monthly figures (no place named) are measured on the whole map
    tc38 = by_id["tc-038"]
    c = _claim(tc38, lambda r: r["area_km2"] == 610)
    assert c["region"]["kind"] == "all"
    daily = _verdicts(tc38, c["index"])["deepstate-daily"]
    assert daily["verdict"] != "unverifiable"
    assert 400 < daily["measured_km2"] < 700
    # ... and, being nationwide, also on ISW's published daily areas (AFP's map)
    totals = _verdicts(tc38, c["index"])["isw-totals"]
    assert totals["verdict"] == "consistent", totals["reason"]
    assert totals["evidence"]["totals"]["end_day"] == "2024-10-31"
    assert "isw-totals" in tc38["attribution"]
    for d in obj["documents"]:
        for v in d["verdicts"]:
            assert v["verdict"] in VERDICTS and v["reason"]
