"""``frontline check`` on bad input: one-line errors (exit 2), no traceback,
and clear ``unverifiable`` verdicts when no map is stored."""

from __future__ import annotations

import json

import pytest

from frontline.cli import run
from frontline.cli.check import parse_sources
from frontline.errors import FrontlineError
from frontline.store.ledger import Ledger


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("frontline: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "no-such-file.txt"], "no-such-file.txt"),
        (["check", "ARTICLE", "--source", "deepstate,googlemaps"], "googlemaps"),
        (["check", "ARTICLE", "--published", "last tuesday"], "--published"),
        (["check", "ARTICLE", "--format", "pdf"], "--format"),
        (["check", "ARTICLE", "--db", "mysql://x"], "--db"),
        (["check", "ARTICLE", "--lang", "fr"], "--lang"),
        (["check", "ARTICLE", "--place", "Robotyne"], "--place"),
        (["check", "ARTICLE", "--place", "Robotyne=47.4,north"], "--place"),
        (["check", "ARTICLE", "--place", "Robotyne=147.4,35.8"], "--place"),
    ],
)
def test_bad_input_is_a_one_line_error(tmp_path, capsys, args, needle):
    article = tmp_path / "a.txt"
    article.write_text("Our forces liberated 4 square kilometres near Robotyne.")
    argv = [str(article) if a == "ARTICLE" else a for a in args]
    argv += ["--no-sync"]
    assert run(argv) == 2
    assert needle in _one_line_error(capsys)


def test_out_must_be_a_directory(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Our forces liberated 4 square kilometres near Robotyne.")
    blocker = tmp_path / "report.md"
    blocker.write_text("x")
    code = run(["check", str(article), "--no-sync", "--out", str(blocker)])
    assert code == 2
    assert "not a directory" in _one_line_error(capsys)


def test_no_maps_stored_gives_unverifiable_verdicts_with_reasons(
    tmp_path, capsys, db_url
):
    article = tmp_path / "a.txt"
    article.write_text(
        "Ukrainian forces liberated 4 square kilometres near Robotyne last week, "
        "the General Staff said."
    )
    db = db_url  # both backends: the ledger is written to the same store
    code = run(
        [
            "check",
            str(article),
            "--published",
            "2023-08-21",
            "--no-sync",
            "--source",
            "deepstate",
            "--db",
            db,
            "--format",
            "json",
        ]
    )
    assert code == 3  # nothing could be checked: documented exit code 3
    out, err = capsys.readouterr()
    assert err.strip().splitlines() == [
        "frontline: nothing could be checked: no map coverage: no deepstate "
        "snapshots stored (frontline import/sync them, or give --mirror DIR with a "
        "local copy)"
    ]
    obj = json.loads(out)
    assert obj["claims"], "the claim extractor found nothing"
    for v in obj["verdicts"]:
        assert v["verdict"] == "unverifiable"
        assert "no deepstate snapshots stored" in v["reason"]
    with Ledger(db) as led:  # recorded in the ledger of the same database
        assert led.counts()["claims"] == len(obj["claims"])


def test_place_override_puts_the_claim_where_it_is_told(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "Ukrainian forces liberated 4 square kilometres near Robotyne last week, "
        "the General Staff said."
    )
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    argv = ["check", str(article), "--published", "2023-08-21", "--no-sync"]
    argv += ["--source", "deepstate", "--db", db, "--format", "json"]
    # nothing stored: every verdict unverifiable, exit 3; the place is still set
    assert run([*argv, "--place", "robotyne=47.5,36.5"]) == 3
    obj = json.loads(capsys.readouterr().out)
    (place,) = [
        p for c in obj["claims"] for p in c["places"] if p["name"] == "Robotyne"
    ]
    assert (place["lat"], place["lon"], place["gazetteer"]) == (47.5, 36.5, "--place")


def test_an_article_without_claims(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The weather in Kyiv was mild; markets were calm.")
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    assert run(["check", str(article), "--no-sync", "--db", db]) == 0
    assert "no territorial claims found" in capsys.readouterr().out


def test_parse_sources():
    assert parse_sources(None) == ("deepstate", "deepstate-daily", "isw", "nzz")
    assert parse_sources("isw,isw, nzz") == ("isw", "nzz")
    with pytest.raises(FrontlineError):
        parse_sources(",")
    # a map the user imported under their own name is accepted once stored
    assert parse_sources("mymap,isw", stored=("mymap",)) == ("mymap", "isw")
    with pytest.raises(FrontlineError) as err:
        parse_sources("mymap")
    assert "mymap" in str(err.value)


def test_markup_in_the_article_is_printed_as_text(tmp_path, capsys):
    article = tmp_path / "[red]x.txt"
    article.write_text(
        "[bold]Ukrainian forces liberated 4 square kilometres near Robotyne[/] "
        "last week [/], the General Staff said."
    )
    db = f"sqlite:///{tmp_path / 'f.sqlite'}"
    code = run(
        [
            "check",
            str(article),
            "--published",
            "2023-08-21",
            "--no-sync",
            "--source",
            "deepstate",
            "--db",
            db,
        ]
    )
    assert code == 3  # no maps stored: nothing could be checked
    out = capsys.readouterr().out
    assert "[bold]" in out or "[red]" in out
