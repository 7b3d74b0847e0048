"""The "published totals" reading (frontline.check.totals) on series of our
own numbers: nationwide only, the counted layers summed, the time rule, the
verdict labels of frontline.verify; and one real case end to end."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.anchors import Period
from frontline.check.results import ClaimCheck
from frontline.check.totals import (
    BOUNDED,
    totals_apply,
    totals_verdict,
    totals_verdicts,
)
from frontline.geo.regions import all_region, disc_region
from frontline.model import Claim
from frontline.sources.area_series import SERIES, AreaRecord, AreaSeries
from frontline.verify import Tolerance

SPEC = SERIES[0]
CTRL, ADV, CLAIMED, UA_CO = (
    "ukraine_control_map",
    "russian_advances",
    "russian_claimed",
    "ukrainian_counteroffensives",
)


def _series() -> AreaSeries:
    """Russian-held = control + advances + claimed; +300 km² over April 2031,
    of which 40 km² in claimed control; a Ukrainian layer that is not counted."""
    days = {
        "2031-03-31": {CTRL: 1000.0, ADV: 50.0, CLAIMED: 10.0, UA_CO: 500.0},
        "2031-04-29": {CTRL: 1200.0, ADV: 100.0, CLAIMED: 50.0, UA_CO: 0.0},
        # 2031-04-30 missing: the end reads 04-29
        "2031-05-20": {CTRL: 1250.0, ADV: 100.0},  # no claimed layer this day
    }
    return AreaSeries(
        SPEC,
        [
            AreaRecord(date.fromisoformat(d), k, v)
            for d, layers in days.items()
            for k, v in layers.items()
        ],
    )


def _cc(
    area=None, *, gainer="RU", region=None, start=(2031, 4, 1), end=(2031, 4, 30), **kw
) -> ClaimCheck:
    quote = kw.pop("quote", f"took {area} km²")
    claim = Claim("d", "area_change", quote, 0, 1, gainer=gainer, area_km2=area, **kw)
    period = Period(date(*start), date(*end), "stated period")
    reg = all_region() if region is None else region
    return ClaimCheck(0, claim, {}, period, reg, "", [])


def _v(cc: ClaimCheck):
    return totals_verdict(cc, _series(), Tolerance())


def test_net_change_of_the_counted_layers_between_the_ends():
    v = _v(_cc(300))
    assert v.verdict == "consistent" and v.source == "isw-totals"
    assert v.measured == 290.0  # 1350 - 1060; the Ukrainian layer is not counted
    f = v.evidence["totals"]
    assert (f["start_day"], f["end_day"]) == ("2031-03-31", "2031-04-29")
    assert (f["start_km2"], f["end_km2"], f["net_change_km2"]) == (1060, 1350, 290)
    assert v.evidence["layers"] == [CTRL, ADV, CLAIMED]
    assert "claimed Russian control" in v.evidence["layers_counted"]
    assert "war-datasets-dashboard" in v.evidence["attribution"]
    assert "2031-03-31 → 2031-04-29" in v.reason
    assert v.tolerance.startswith("claimed/measured within 0.8–1.25")


@pytest.mark.parametrize(
    ("area", "gainer", "label"),
    [
        (500, "RU", "overstated"),  # 500/290 = 1.72
        (150, "RU", "understated"),
        (280, "UA", "not visible"),  # Russia gained: no Ukrainian net gain
    ],
)
def test_verdict_labels_follow_the_rules_of_verify(area, gainer, label):
    assert _v(_cc(area, gainer=gainer)).verdict == label


def test_a_lower_bound_and_a_holding_claim():
    low = _v(_cc(200, quote="more than 200 km²"))
    assert low.verdict == "consistent" and "lower bound" in low.tolerance
    assert _v(_cc(500, quote="more than 500 km²")).verdict == "overstated"
    held = _v(_cc(1300, extra={"holding": True}))
    assert held.verdict == "consistent" and held.measured == 1350.0
    assert _v(_cc(None)).verdict == "consistent"  # figureless: a change is seen


def test_gaps_are_unverifiable_never_zero():
    # the end asks 2031-05-31: the latest whole day is 04-29 (05-20 lacks a layer)
    v = _v(_cc(100, start=(2031, 5, 1), end=(2031, 5, 31)))
    assert v.verdict == "unverifiable"
    assert "within 3 days of the end" in v.reason
    assert _v(_cc(100, start=(2031, 1, 1), end=(2031, 1, 31))).verdict == (
        "unverifiable"
    )
    assert _v(_cc(100, gainer=None)).verdict == "unverifiable"


def test_only_nationwide_area_claims_get_a_series_verdict():
    bounded = _cc(40, region=disc_region(48.0, 37.8, 25.0))
    nationwide = _cc(300)
    assert totals_apply(bounded) == BOUNDED and totals_apply(nationwide) is None
    settlement = _cc(None)
    settlement.claim.kind = "settlement_control"
    assert totals_apply(settlement) is not None
    used = totals_verdicts([bounded, nationwide, settlement], [_series()], Tolerance())
    assert used == ["isw-totals"]
    assert [len(c.verdicts) for c in (bounded, nationwide, settlement)] == [0, 1, 0]
    assert totals_verdicts([bounded], [_series()], Tolerance()) == []


@pytest.mark.shared
def test_a_real_afp_figure_on_isw_published_areas(shared, tmp_path):
    """AFP: Russia took 379 km² in April 2025 (computed on ISW's map)."""
    from frontline.check import CheckOptions, check_document, document_json
    from frontline.sources.documents import Document
    from frontline.store import open_store

    data = shared("control", "reference", "war-datasets-dashboard").parents[2]
    text = (
        "Russian forces captured 379 square kilometres in April, "
        "20 of them in the Pokrovsk sector."
    )
    doc = Document(id="afp-apr", text=text, published=date(2025, 5, 1))
    claim = Claim(
        "afp-apr",
        "area_change",
        text,
        0,
        len(text),
        gainer="RU",
        area_km2=379.0,
        period_start=date(2025, 4, 1),
        period_end=date(2025, 4, 30),
    )
    sector = Claim(
        "afp-apr",
        "area_change",
        text,
        0,
        len(text),
        gainer="RU",
        area_km2=20.0,
        sector="Pokrovsk",
        period_start=date(2025, 4, 1),
        period_end=date(2025, 4, 30),
    )
    opts = CheckOptions(mirror=str(data), sources=(), ledger=False, sync=False)
    res = check_document(doc, open_store(None), opts, claims=[claim, sector])
    (v,) = res.claims[0].verdicts
    # the sector figure gets no series verdict, and the check says why
    assert res.claims[1].region.kind != "all" and res.claims[1].verdicts == []
    assert f"claim 1: {BOUNDED}" in res.notes
    assert v.source == "isw-totals" and v.verdict == "consistent", v.reason
    assert 370 < v.measured < 390  # ISW's control+advances+claimed, 03-31 → 04-30
    assert v.evidence["totals"]["end_day"] == "2025-04-30"
    out = document_json(res)
    assert out["sources"] == ["isw-totals"]
    assert "war-datasets-dashboard" in out["attribution"]["isw-totals"]
    # the report states the series, the layers summed and both days, cited
    from frontline.report.document import write_reports

    (md,) = write_reports([res], open_store(None), tmp_path)
    text = md.read_text("utf-8")
    assert "published areas 2025-03-31 → 2025-04-30" in text
    assert "assessed Russian control + assessed Russian advances" in text
    assert "sdspieg/war-datasets-dashboard" in text


@pytest.mark.shared
def test_cli_no_totals_leaves_only_the_maps(shared, tmp_path, capsys):
    """``frontline check --no-totals``: no published-totals verdict."""
    import json

    from frontline.cli import run

    data = shared("control", "reference", "war-datasets-dashboard").parents[2]
    art = tmp_path / "a.txt"
    art.write_text("Russian troops took 380 square kilometres in April.", "utf-8")
    base = [
        "check", str(art), "--published", "2025-05-02", "--mirror", str(data),
        "--no-sync", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", "-f", "json",
        "-s", "deepstate,isw-totals",
    ]  # fmt: skip
    outs = []
    for extra in ([], ["--no-totals"]):
        run(base + extra)  # no deepstate snapshot stored: unverifiable, still JSON
        outs.append(json.loads(capsys.readouterr().out))
    on, off = ({v["source"]: v["verdict"] for v in o["verdicts"]} for o in outs)
    assert on == {"deepstate": "unverifiable", "isw-totals": "consistent"}
    assert off == {"deepstate": "unverifiable"}


@pytest.mark.shared
def test_a_source_list_without_the_series_leaves_it_out(shared, tmp_path, capsys):
    """``-s deepstate`` means DeepState only; naming only a series is an error."""
    import json

    from frontline.cli import run

    data = shared("control", "reference", "war-datasets-dashboard").parents[2]
    art = tmp_path / "a.txt"
    art.write_text("Russian troops took 380 square kilometres in April.", "utf-8")
    base = [
        "check", str(art), "--published", "2025-05-02", "--mirror", str(data),
        "--no-sync", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", "-f", "json",
    ]  # fmt: skip
    run([*base, "-s", "deepstate"])
    got = json.loads(capsys.readouterr().out)
    assert {v["source"] for v in got["verdicts"]} == {"deepstate"}
    assert run([*base, "-s", "isw-totals"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "frontline: error: --source: a published series is read beside a map: "
        "name a map as well (e.g. deepstate,isw-totals)"
    ]
