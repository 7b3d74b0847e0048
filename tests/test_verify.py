"""Verdict rules on constructed cases (pure: our own numbers, no maps)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.anchors import (
    default_anchors,
    find_anchor,
    load_anchors,
    parse_anchors,
    resolve_period,
)
from frontline.errors import FrontlineError
from frontline.model import Claim, Measurement, Region, SnapshotRef
from frontline.verify import (
    ABOUT,
    EXACT,
    LOWER,
    NOT_VISIBLE_KM2,
    UPPER,
    Outcome,
    Shares,
    Tolerance,
    already_since,
    area_verdict,
    change_verdict,
    claim_bound,
    combine_places,
    coverage_gap,
    directed_change,
    fighting_verdict,
    figure_bound,
    lag_note,
    late_on_the_map,
    opposite_change,
    settlement_verdict,
)


def _m(gained: float | None, lost: float | None) -> Measurement:
    t = datetime(2024, 3, 1, tzinfo=UTC)
    ref = SnapshotRef(t, "k", t)
    region = Region(None, None, "test")
    return Measurement("demo", region, ref, ref, 100.0, 90.0, gained, lost)


# -- area claims ---------------------------------------------------------------


def test_tolerance_is_a_ratio_band_with_a_small_floor():
    tol = Tolerance()
    assert tol.agrees(100.0, 80.0) and tol.agrees(100.0, 125.0)  # 1.25, 0.8
    assert not tol.agrees(100.0, 79.0) and not tol.agrees(100.0, 126.0)
    assert tol.agrees(2.0, 2.9)  # within 1 km²
    assert tol.describe() == "claimed/measured within 0.8–1.25 (or within 1 km²)"


@pytest.mark.parametrize(
    ("claimed", "measured", "verdict"),
    [
        (12.0, [12.0], "consistent"),
        (12.0, [9.6], "consistent"),  # 12/9.6 = 1.25
        (12.0, [9.5], "overstated"),  # the claim is bigger than the map shows
        (12.0, [15.0], "consistent"),  # 0.8
        (12.0, [15.1], "understated"),  # the map shows more than claimed
        (2.0, [2.9], "consistent"),  # the 1 km² floor
        (2.0, [3.1], "understated"),
        (2.0, [0.0], "not visible"),
        (2.0, [NOT_VISIBLE_KM2 / 2], "not visible"),
        (2.0, [0.5], "overstated"),
    ],
)
def test_area_verdicts(claimed, measured, verdict):
    assert area_verdict(claimed, measured).verdict == verdict


def test_area_verdict_takes_the_closest_reading_and_names_it():
    out = area_verdict(60.0, [30.0, 58.0], labels=["half-disc", "whole disc"])
    assert out.verdict == "consistent"
    assert "whole disc" in out.reason and "58.0" in out.reason
    # beyond every reading: the sign decides
    assert area_verdict(200.0, [30.0, 58.0]).verdict == "overstated"
    assert area_verdict(5.0, [30.0, 58.0]).verdict == "understated"


def test_gross_or_net_reading_is_named():
    out = area_verdict(
        10.0, [14.0, 9.0], labels=["gross gain in the disc", "net change in the disc"]
    )
    assert out.verdict == "consistent" and "net change in the disc" in out.reason


@pytest.mark.parametrize(
    ("words", "bound"),
    [
        ("liberated at least ", LOWER),
        ("took over ", LOWER),
        ("more than ", LOWER),
        ("понад ", LOWER),
        ("более ", LOWER),
        ("up to ", UPPER),
        ("nearly ", UPPER),
        ("almost ", UPPER),
        ("майже ", UPPER),
        ("about ", ABOUT),
        ("roughly ", ABOUT),
        ("some ", ABOUT),
        ("близько ", ABOUT),
        ("captured ", EXACT),
        ("moreover, took ", EXACT),
    ],
)
def test_hedge_words_make_bounds(words, bound):
    assert figure_bound(words) == bound


def test_hedges_do_not_widen_the_tolerance():
    # ISW called +36–42 % "heavily inflated": no hedge makes that consistent
    for bound in (EXACT, ABOUT, LOWER):
        assert area_verdict(140.0, [100.0], bound=bound).verdict == "overstated"
    # a lower bound is not understated by a bigger map figure
    assert area_verdict(260.0, [900.0], bound=LOWER).verdict == "consistent"
    assert area_verdict(260.0, [900.0], bound=ABOUT).verdict == "understated"
    # an upper bound is not overstated by a smaller one, but is understated
    assert area_verdict(107.0, [40.0], bound=UPPER).verdict == "consistent"
    assert area_verdict(107.0, [140.0], bound=UPPER).verdict == "understated"
    assert "lower bound" in area_verdict(260.0, [100.0], bound=LOWER).reason


def test_claim_bound_reads_the_words_before_the_figure():
    def claim(quote, approx=False):
        return Claim("d", "area_change", quote, 0, len(quote), approx=approx)

    assert claim_bound(claim("more than 260 square kilometers")) == LOWER
    assert claim_bound(claim("nearly 2,500 sq km")) == UPPER
    assert claim_bound(claim("liberated 40 sq km")) == EXACT
    assert claim_bound(claim("liberated 40 sq km", approx=True)) == ABOUT


def test_negated_area_claim():
    assert area_verdict(5.0, [0.0], negated=True).verdict == "consistent"
    assert area_verdict(5.0, [4.0], negated=True).verdict == "understated"


def test_nothing_measured_is_unverifiable():
    assert area_verdict(5.0, []).verdict == "unverifiable"
    assert change_verdict([]).verdict == "unverifiable"


def test_change_without_a_figure():
    assert change_verdict([0.0, 0.05]).verdict == "not visible"
    out = change_verdict([0.0, 1.25], what="advance")
    assert out.verdict == "consistent" and "1.2" in out.reason


# -- direction -----------------------------------------------------------------


def test_the_gainer_decides_the_direction():
    m = _m(gained=4.0, lost=11.0)
    assert directed_change(m, "UA") == 11.0  # UA gain = Russian-held lost
    assert directed_change(m, "RU") == 4.0
    assert directed_change(m, None) == 11.0
    assert opposite_change(m, "UA") == 4.0
    assert opposite_change(m, None) is None
    assert directed_change(_m(None, None), "UA") is None


# -- settlements, holdings, fighting ---------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "gainer", "verdict"),
    [
        (Shares(1.0), Shares(0.0), "UA", "consistent"),
        (Shares(0.2, 0.6), Shares(0.0, 0.3), "UA", "consistent"),  # 20 → 70 %
        (Shares(0.0), Shares(0.9), "RU", "consistent"),
        (Shares(1.0), Shares(0.5, 0.5), "UA", "not visible"),  # grey, nobody's
        (Shares(1.0), Shares(0.6), "UA", "overstated"),  # a part, not most
        (Shares(0.0), Shares(0.0), "UA", "already on the map"),
        (Shares(0.8), Shares(0.8), "UA", "not visible"),  # no change
        (Shares(0.2), Shares(0.9), "UA", "not visible"),  # the other way
        (Shares(1.0), Shares(0.0), None, "unverifiable"),
    ],
)
def test_settlement_verdicts_by_share_of_area(start, end, gainer, verdict):
    assert settlement_verdict(start, end, gainer).verdict == verdict


def test_centre_taken_but_outskirts_contested_is_not_yet_captured():
    # the centre (40 % of the area) flipped, the rest is grey: not most
    out = settlement_verdict(Shares(0.0), Shares(0.4, 0.3), "RU")
    assert out.verdict == "overstated" and "RU 40%" in out.reason


def test_partial_claims_compare_shares():
    assert settlement_verdict(Shares(0.0), Shares(0.1), "RU", partial=True).verdict == (
        "consistent"
    )
    assert settlement_verdict(
        Shares(0.3), Shares(0.31), "RU", partial=True
    ).verdict == ("already on the map")
    assert settlement_verdict(Shares(0.0), Shares(0.0), "RU", partial=True).verdict == (
        "not visible"
    )


def test_negated_and_holding_settlement_claims():
    assert settlement_verdict(Shares(1.0), Shares(1.0), "UA", negated=True).verdict == (
        "consistent"
    )
    assert settlement_verdict(Shares(1.0), Shares(0.0), "UA", negated=True).verdict == (
        "understated"
    )
    assert settlement_verdict(Shares(1.0), Shares(1.0), "RU", holding=True).verdict == (
        "consistent"
    )
    assert settlement_verdict(
        Shares(0.0), Shares(0.3, 0.5), "RU", holding=True
    ).verdict == ("overstated")


def test_late_and_already_say_when():
    o = already_since(Outcome("already on the map", "x"), "2025-01-09")
    assert o.verdict == "already on the map" and "since 2025-01-09" in o.reason
    late = late_on_the_map(Outcome("not visible", "x"), 2, "2024-02-19")
    assert late.verdict == "consistent" and "2 d after" in late.reason
    assert combine_places(["already on the map", "consistent"]) == "consistent"
    assert combine_places(["consistent", "not visible"]) == "overstated"


@pytest.mark.parametrize(
    ("distance", "grey", "verdict"),
    [
        (0.4, False, "consistent"),
        (9.0, False, "consistent"),
        (60.0, False, "not visible"),
        (60.0, True, "consistent"),
        (None, False, "unverifiable"),
    ],
)
def test_fighting_verdicts(distance, grey, verdict):
    assert fighting_verdict(distance, grey).verdict == verdict


# -- lag and coverage ----------------------------------------------------------------


def test_lag_note_says_when_the_change_appears_later():
    a = area_verdict(4.0, [0.0])
    b = area_verdict(4.0, [3.6])
    note = lag_note(a, b, "+3 d (2024-03-04)")
    assert note and "only later" in note and "+3 d" in note
    assert lag_note(a, a, "+1 d") is None


def test_coverage_gap():
    assert coverage_gap(None) == "no snapshot at or before that time"
    assert coverage_gap(3.0) is None
    assert "older than requested" in coverage_gap(30.0)


# -- anchors and periods ---------------------------------------------------------------


def test_named_anchor_wins_over_the_default():
    table = default_anchors()
    a = find_anchor(
        table,
        "since the start of the full-scale invasion",
        date(2023, 8, 1),
        gainer="UA",
    )
    assert a.key == "full-scale-invasion"
    assert a.start_for(date(2023, 8, 1)) == date(2022, 2, 24)


def test_default_anchor_depends_on_date_gainer_and_place():
    table = default_anchors()
    assert find_anchor(table, "in total", date(2023, 9, 2), gainer="UA").key == (
        "counteroffensive-2023"
    )
    assert find_anchor(table, "in total", date(2023, 9, 2), gainer="RU") is None
    assert find_anchor(table, "in total", date(2021, 9, 2), gainer="UA") is None
    kursk = find_anchor(
        table, "in total", date(2024, 9, 1), gainer="UA", names=["Kursk region"]
    )
    assert kursk.key == "kursk-incursion"
    assert find_anchor(table, "in total", date(2024, 9, 1), gainer="UA") is None


def test_relative_anchors_follow_the_statement_date():
    table = default_anchors()
    a = find_anchor(table, "з початку року окупанти", date(2025, 3, 9))
    assert a.key == "year-start" and a.start_for(date(2025, 3, 9)) == date(2025, 1, 1)
    m = find_anchor(table, "since the beginning of the month", date(2025, 3, 9))
    assert m.start_for(date(2025, 3, 9)) == date(2025, 3, 1)


def test_users_extend_the_anchors(tmp_path):
    f = tmp_path / "anchors.json"
    f.write_text(
        '{"anchors": [{"key": "lyman-push", "label": "the Lyman push", '
        '"start": "2022-09-10", "patterns": ["lyman push"]}]}',
        encoding="utf-8",
    )
    table = load_anchors(f)
    assert table[0].key == "lyman-push"
    assert any(a.key == "full-scale-invasion" for a in table)
    assert find_anchor(table, "since the Lyman push", date(2022, 10, 1)).key == (
        "lyman-push"
    )


def test_home_anchor_file_is_read(tmp_path, monkeypatch):
    home = tmp_path / "h"
    home.mkdir()
    monkeypatch.setenv("FRONTLINE_HOME", str(home))
    (home / "anchors.json").write_text(
        '[{"key": "year-start", "start": "2020-01-01", "patterns": ["x^"]}]', "utf-8"
    )
    table = load_anchors()
    assert next(a for a in table if a.key == "year-start").start == "2020-01-01"


@pytest.mark.parametrize(
    "bad",
    [
        '[{"key": "a", "start": "June", "patterns": []}]',
        '[{"key": "a", "start": "2022-01-01", "patterns": ["("]}]',
        '[{"start": "2022-01-01"}]',
        '{"anchors": 3}',
        "not json",
    ],
)
def test_bad_anchor_files_are_one_line_errors(tmp_path, bad):
    f = tmp_path / "anchors.json"
    f.write_text(bad, encoding="utf-8")
    with pytest.raises(FrontlineError) as err:
        load_anchors(f)
    assert "\n" not in str(err.value) and str(f) in str(err.value)


def test_parse_anchors_accepts_a_bare_list():
    assert parse_anchors([{"key": "k", "start": "year_start"}])[0].key == "k"


def _period(**kw):
    base = dict(
        kind="area_change",
        period_start=None,
        period_end=None,
        cumulative=False,
        published=date(2023, 8, 14),
        text="",
        gainer="UA",
    )
    base.update(kw)
    return resolve_period(**base)


def test_stated_period_is_kept():
    p = _period(period_start=date(2023, 8, 7), period_end=date(2023, 8, 13))
    assert (p.start, p.end, p.anchor) == (date(2023, 8, 7), date(2023, 8, 13), None)


def test_running_total_takes_its_start_from_an_anchor():
    p = _period(cumulative=True, period_end=date(2023, 8, 14), text="in total")
    assert p.start == date(2023, 6, 4) and p.anchor == "counteroffensive-2023"
    assert "counteroffensive" in p.how
    q = _period(
        cumulative=True,
        period_end=date(2023, 8, 14),
        text="since the beginning of the year",
        gainer="RU",
    )
    assert q.start == date(2023, 1, 1) and q.anchor == "year-start"


def test_running_total_without_anchor_has_no_period():
    p = _period(cumulative=True, period_end=date(2021, 5, 1), text="in total")
    assert not p.ok and "no start" in p.how


def test_event_claims_default_to_the_week_before():
    p = _period(kind="settlement_control", period_end=date(2023, 8, 14))
    assert p.start == date(2023, 8, 8) and p.ok  # 7 days up to the end
    f = _period(kind="fighting")
    assert f.start == f.end == date(2023, 8, 14)


def test_no_date_at_all():
    p = _period(published=None)
    assert not p.ok and "no publication date" in p.how


def test_reversed_period_is_rejected():
    p = _period(period_start=date(2023, 8, 20), period_end=date(2023, 8, 13))
    assert not p.ok


def test_a_coarse_position_is_not_judged_and_does_not_decide_the_claim():
    from frontline.verify import POINT_PRECISION_KM, position_outcome

    assert position_outcome(None) is None
    assert position_outcome(POINT_PRECISION_KM) is None
    coarse = position_outcome(16.0)
    assert coarse is not None and coarse.verdict == "unverifiable"
    assert "±16 km" in coarse.reason
    assert combine_places(["unverifiable", "consistent"]) == "consistent"
    assert combine_places(["unverifiable", "not visible"]) == "not visible"
    assert combine_places(["unverifiable"]) == "unverifiable"


@pytest.mark.parametrize(
    ("distance", "verdict"),
    [(0.0, "unverifiable"), (40.0, "not visible"), (60.0, "not visible")],
)
def test_fighting_at_a_coarse_position_is_judged_on_its_whole_span(distance, verdict):
    o = fighting_verdict(distance, True, precision_km=16.0)
    assert o.verdict == verdict and "±16 km" in o.reason
    near = fighting_verdict(0.0, False, precision_km=6.0, far_km=15.0)
    assert near.verdict == "consistent"  # 0–6 km from the line wherever it is
    assert fighting_verdict(20.0, False, precision_km=3.0).verdict == "not visible"
