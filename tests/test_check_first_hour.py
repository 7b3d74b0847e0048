"""check on a newcomer's inputs: undated articles, re-runs, recipes, no maps."""

from __future__ import annotations

import doctest
import importlib
import json
from datetime import date

import pytest

from frontline.check.topic import about_the_war
from frontline.cli import run
from frontline.text.dateline import dateline

ARTICLE = (
    "Ukrainian forces liberated 4 square kilometres near Robotyne last week, "
    "the General Staff said."
)


@pytest.mark.parametrize(
    "name",
    [
        "frontline.text.dateline",
        "frontline.check.topic",
        "frontline.cli.check",
        "frontline.check.document",
        "frontline.report.sentences",
        "frontline.sources.export",
        "frontline.report.mapimg",
    ],
)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("KYIV, 21 August 2023 (Reuters) - Ukrainian troops", date(2023, 8, 21)),
        ("20.11.2024\nСили оборони відбили атаку", date(2024, 11, 20)),
        ("ZAPORIZHZHIA, Aug. 21, 2023 - troops", date(2023, 8, 21)),
        ("МОСКВА, 3 октября 2024. Минобороны сообщило", date(2024, 10, 3)),
        ("Updated 2023-08-14 09:00 — forces", date(2023, 8, 14)),
        ("Troops advanced 31.02.2024 is no date", None),
        ("The 1,300 square kilometres", None),
    ],
)
def test_dateline(head, day):
    assert dateline(head) == day


def test_a_date_deep_in_the_text_is_no_dateline():
    assert dateline("x" * 400 + " 21 August 2023") is None


def _check(tmp_path, path, *extra):
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    return run(["check", str(path), "--no-sync", "--source", "deepstate",
                "--db", db, "--format", "json", *extra])  # fmt: skip


def test_undated_article_takes_its_dateline_and_says_so(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("KYIV, 21 August 2023 — " + ARTICLE)
    assert _check(tmp_path, article) == 3
    obj = json.loads(capsys.readouterr().out)
    assert obj["document"]["published"] == "2023-08-21"
    assert obj["notes"][0] == (
        "published 21 August 2023: taken from its dateline (no --published)"
    )


def test_rerun_without_published_keeps_the_dated_ledger_record(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    _check(tmp_path, article, "--published", "2023-08-21")
    capsys.readouterr()
    _check(tmp_path, article)
    obj = json.loads(capsys.readouterr().out)
    assert any("the ledger keeps the earlier check" in n for n in obj["notes"])
    assert run(["ledger", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", "--json"]) == 0
    ledger = json.loads(capsys.readouterr().out)
    assert [c["published"] for c in ledger["claims"]] == ["2023-08-21"]
    assert ledger["claims"][0]["period_end"]  # the dated period, not a blank


def test_a_recipe_yields_no_claims_with_a_note(tmp_path, capsys):
    assert not about_the_war("Our bakery advanced two kilometres down the road.")
    page = tmp_path / "bakery.txt"
    page.write_text(
        "Our bakery advanced two kilometres down the road and captured the "
        "whole corner with 40 square kilometres of sourdough. Knead for ten minutes."
    )
    assert _check(tmp_path, page, "--published", "2024-05-07") == 0
    out, err = capsys.readouterr()
    obj = json.loads(out)
    assert obj["claims"] == [] and obj["verdicts"] == []
    assert any(n.startswith("not about the war") for n in obj["notes"])
    assert err == ""


def test_nothing_checked_exits_3_with_one_line(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    assert _check(tmp_path, article, "--published", "2023-08-21") == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("frontline: nothing could be checked:")


def test_plain_sentence_per_claim():
    from types import SimpleNamespace as NS

    from frontline.report.sentences import claim_sentence

    readings = [{"measured_km2": 28.7}, {"measured_km2": 41.4}]
    cc = NS(
        index=4,
        claim=NS(kind="area_change", area_km2=40.0, gainer="UA", places=[]),
        region=NS(description="within 25 km south of Bakhmut"),
        period=NS(start=date(2023, 6, 4), end=date(2023, 8, 14)),
        verdicts=[
            NS(source="deepstate", verdict="consistent", measured=41.4,
               evidence={"readings": readings}),
            NS(source="isw", verdict="overstated", measured=17.8, evidence={}),
            NS(source="nzz", verdict="unverifiable", measured=None, evidence={}),
        ],
    )  # fmt: skip
    assert claim_sentence(cc) == (
        "Claim 4: 40.0 km² taken by Ukraine between 4 June and 14 August 2023 "
        "(within 25 km south of Bakhmut). DeepState shows 28.7–41.4 km², close to "
        "the 40.0 km² claimed; ISW shows 17.8 km², less than the 40.0 km² claimed; "
        "NZZ cannot tell."
    )


@pytest.mark.parametrize("columns", [80, 100])
def test_ledger_fits_a_narrow_terminal(tmp_path, capsys, monkeypatch, columns):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    _check(tmp_path, article, "--published", "2023-08-21")
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", str(columns))
    assert run(["ledger", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}"]) == 0
    out = capsys.readouterr().out
    assert "verdicts" in out and "deepstate: unverifiable" in out
    assert max(len(line) for line in out.splitlines()) <= columns
