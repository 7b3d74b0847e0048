"""English rule families of wires, live blogs and analyses nobody tuned for
(issue 8, the blind-corpus-7 families), in our own words.

Every sentence is invented for the test (no dev, blind or article text); each
family is tried in three phrasings. The text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)  # a Saturday


def claims(text: str):
    return extract_claims(text, published=PUB, language="en")


def kinds(text: str, kind: str):
    return [c for c in claims(text) if c.kind == kind]


# ---- a push to a line short of a place: an advance ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian units pushed to the northern outskirts of Kolosky on Thursday.",
        "Geolocated video suggests Russian troops have pushed right up to the"
        " edge of Kolosky.",
        "Russian forces push to within 4 km of Kolosky, officials say",
    ],
)
def test_a_push_to_the_outskirts_is_an_advance(text: str) -> None:
    got = kinds(text, "advance")
    assert [(c.gainer, c.negated, c.distance_km) for c in got] == [("RU", False, None)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


# ---- ground given up: the other side advances -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops have been losing ground near Kolosky for a week.",
        "A Ukrainian officer admitted that his brigade gave up some ground near"
        " Kolosky.",
        "Ukrainian forces lost ground west of Kolosky on Wednesday, the brigade said.",
    ],
)
def test_ground_given_up_is_an_advance_of_the_other_side(text: str) -> None:
    got = kinds(text, "advance")
    assert [(c.gainer, c.negated) for c in got] == [("RU", False)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


# ---- a water line crossed or a road cut: an advance ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops crossed the canal near Kolosky on Monday.",
        "Russian assault groups have cut the road to Kolosky, a Ukrainian"
        " spokesman said.",
        "Footage suggests Russian units had cut the highway linking Kolosky and"
        " Bereza.",
    ],
)
def test_a_water_line_crossed_or_a_road_cut_is_an_advance(text: str) -> None:
    got = kinds(text, "advance")
    assert [(c.gainer, c.negated) for c in got] == [("RU", False)]
    assert "Kolosky" in [p.name for p in got[0].places]


def test_a_power_cut_is_no_advance() -> None:
    text = "Residents of Kolosky had their power cut for six hours on Monday."
    assert kinds(text, "advance") == []


# ---- a pullback (the noun) from a named place -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv confirmed the pullback of its units from Kolosky late on Friday.",
        "The Ukrainian army's pullback from Kolosky was orderly, the brigade said.",
        "Ukraine's pull-back from Kolosky ended a four-month defence.",
    ],
)
def test_a_pullback_from_a_place_loses_it(text: str) -> None:
    got = kinds(text, "settlement_control")
    assert [(c.gainer, c.negated) for c in got] == [("RU", False)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


# ---- a running total moved by the news: cumulative ------------------------
@pytest.mark.parametrize(
    ("text", "km2"),
    [
        (
            "Russian units took 40 sq km in the week. That brings the total since"
            " January to about 900 sq km.",
            900.0,
        ),
        (
            "Ukraine said it had freed 12 square kilometres, taking its total to"
            " 310 square kilometres.",
            310.0,
        ),
        ("Gains this week: 30 sq km.\n- Total since Jan 1: 500 square miles.", 1295.0),
    ],
)
def test_a_running_total_is_cumulative(text: str, km2: float) -> None:
    got = [c for c in kinds(text, "area_change") if c.cumulative]
    assert [round(c.area_km2 or 0) for c in got] == [km2]
    assert got[0].period_end == PUB


def test_a_bounded_weekly_figure_stays_an_increment() -> None:
    text = "Russian units took 40 sq km last week, the largest haul since March."
    assert [c.cumulative for c in kinds(text, "area_change")] == [False]


# ---- fighting kept up without a fight noun --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Our men got to the first houses of Kolosky, but the enemy is resisting"
        " hard there.",
        "Russian troops were simply grinding away around Kolosky, an analyst said.",
        "Small Russian teams continue to infiltrate Kolosky at night.",
        "Our counteroffensive near Kolosky continues, the brigade said.",
        "The offensive in the Kolosky area goes on, a spokesman said.",
    ],
)
def test_fighting_without_a_fight_noun(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1 and got[0].gainer is None
    assert "Kolosky" in [p.name for p in got[0].places] or "Kolosky" in (
        got[0].sector or ""
    )


def test_grinding_prices_are_no_fighting() -> None:
    assert kinds("Coffee prices kept grinding higher in Kolosky.", "fighting") == []


# ---- counted fights on named fronts, or a share of them --------------------
@pytest.mark.parametrize(
    ("text", "front"),
    [
        (
            "Russian units attacked 40 times on the Bereza and Kolosky fronts on"
            " Friday.",
            "Bereza and Kolosky fronts",
        ),
        (
            "Of 120 assaults on Friday, 31 of the attacks came on the Kolosky front.",
            "Kolosky front",
        ),
        (
            "The staff said a third of the clashes took place in the Kolosky"
            " direction.",
            "Kolosky direction",
        ),
    ],
)
def test_counted_fights_on_named_fronts(text: str, front: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert front in (got[0].sector or "")


# ---- a fraction of the territory won back: an area claim without a figure ---
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukraine has won back more than half the land Russia seized in spring.", "UA"),
        (
            "Russian troops have recaptured two-thirds of the territory, Moscow said.",
            "RU",
        ),
        (
            "Kyiv's units took 900 sq km in the raid. Russia has since regained"
            " roughly half of it.",
            "RU",
        ),
    ],
)
def test_a_fraction_won_back_is_a_running_total(text: str, gainer: str) -> None:
    got = [c for c in kinds(text, "area_change") if c.area_km2 is None]
    assert [(c.gainer, c.cumulative, c.negated) for c in got] == [(gainer, True, False)]
    assert got[0].period_end == PUB


def test_a_share_of_the_country_held_is_still_no_claim() -> None:
    text = "Moscow, which holds roughly a fifth of the land, says it wants peace."
    assert kinds(text, "area_change") == []


# ---- fighting without a gain: a negated advance at the same front ----------
@pytest.mark.parametrize(
    "text",
    [
        "Russian units kept up assaults near Kolosky, attacking without gaining"
        " any real ground.",
        "Russian units stormed Kolosky again on Friday without making any"
        " progress, the brigade said.",
        "Russian units attacked near Kolosky 30 times, and the Russians did not"
        " advance, the brigade said.",
    ],
)
def test_fighting_without_a_gain_is_a_negated_advance(text: str) -> None:
    got = claims(text)
    assert [c.kind for c in got if c.kind == "fighting"] == ["fighting"]
    adv = [c for c in got if c.kind == "advance"]
    assert [(c.gainer, c.negated) for c in adv] == [("RU", True)]
    assert [p.name for p in adv[0].places] == ["Kolosky"]


# ---- captures with a word between: an adverb, a hedge, scare quotes --------
@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            "The Wagner chief said his men had completely taken Kolosky after"
            " months of battle.",
            "settlement_control",
            "RU",
        ),
        (
            "Russian units took at least four villages south of Kolosky last month.",
            "settlement_control",
            "RU",
        ),
        (
            "Ukrainian troops pushed on towards Kolosky, freeing several villages"
            " near Kolosky along the way.",
            "settlement_control",
            "UA",
        ),
        (
            'A Russian blogger conceded that Ukrainian troops had "entered" Kolosky.',
            "advance",
            "UA",
        ),
    ],
)
def test_captures_with_a_word_between(text: str, kind: str, gainer: str) -> None:
    got = kinds(text, kind)
    assert [(c.gainer, c.negated) for c in got][:1] == [(gainer, False)]


def test_freeing_prisoners_is_no_capture() -> None:
    text = "The exchange was completed on Friday, freeing 90 prisoners of war."
    assert kinds(text, "settlement_control") == []


# ---- a held area that changed size, told by its new figure -----------------
@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian-held pocket has shrunk to about 150 square kilometres from"
        " a peak of 900 square kilometres, analysts said.",
        "Analysts said the bridgehead had shrunk to 150 sq km from 900 sq km.",
        "The Russian foothold grew to 900 sq km from 150 sq km, the monitors said.",
    ],
)
def test_a_held_area_resized_gives_both_figures_as_holdings(text: str) -> None:
    got = kinds(text, "area_change")
    assert sorted(c.area_km2 for c in got) == [150.0, 900.0]
    assert all(c.cumulative for c in got)


# ---- a bare comparison figure after a hedge: its unit is the one before ------
@pytest.mark.parametrize(
    ("text", "km2"),
    [
        ("Russian troops took 310 sq km in May, up from about 250 in April.", 250.0),
        (
            "Russian troops took 310 sq km in May, down from nearly 400 in April.",
            400.0,
        ),
        (
            "Russian troops took 310 square kilometres in May, up from roughly 250"
            " in April.",
            250.0,
        ),
    ],
)
def test_a_hedged_comparison_figure_keeps_the_unit(text: str, km2: float) -> None:
    got = kinds(text, "area_change")
    assert [c.area_km2 for c in got] == [310.0, km2]
    assert got[1].period_start == date(2025, 4, 1)


# ---- a place cleared of the enemy is taken --------------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian marines have completed clearing Kolosky, the navy said.", "UA"),
        ('Moscow said its troops had "fully cleared" Kolosky on Friday.', "RU"),
        (
            "Kyiv's general said the village of Kolosky had been fully cleared of"
            " Russian troops.",
            "UA",
        ),
    ],
)
def test_a_place_cleared_of_the_enemy_is_taken(text: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert [(c.gainer, c.negated) for c in got] == [(gainer, False)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


@pytest.mark.parametrize(
    "text",
    [
        "Sappers have cleared 300 hectares of farmland near Kolosky.",
        "The road to Kolosky was cleared of Russian mines on Friday.",
    ],
)
def test_demining_is_no_capture(text: str) -> None:
    assert kinds(text, "settlement_control") == []


# ---- people captured or freed are no ground --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got 90 soldiers back on Friday. Some of them had been captured near"
        " Kolosky in 2023.",
        "The freed Ukrainian marines, who were captured near Kolosky, were flown home.",
        "Moscow said the freed servicemen from Kolosky would get medical care.",
    ],
)
def test_people_captured_or_freed_are_no_ground(text: str) -> None:
    got = [c for c in claims(text) if c.kind in ("settlement_control", "advance")]
    assert got == []


def test_a_place_freed_is_still_a_capture() -> None:
    got = kinds("Ukrainian troops freed Kolosky on Friday.", "settlement_control")
    assert [(c.gainer, [p.name for p in c.places]) for c in got] == [
        ("UA", ["Kolosky"])
    ]


# ---- troops seen inside part of a place: an advance ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The village of Kolosky was quiet for a year. Last week, for the first"
        " time, Russian assault groups were filmed inside its northern"
        " neighbourhoods.",
        "Russian troops are now inside the eastern districts of Kolosky, the"
        " brigade said.",
        "Drone video shows Russian units were spotted inside the southern"
        " streets of Kolosky.",
    ],
)
def test_troops_inside_part_of_a_place_advance(text: str) -> None:
    got = kinds(text, "advance")
    assert [(c.gainer, c.negated) for c in got] == [("RU", False)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


# ---- an attempt whose agent stands in quotes is fighting --------------------
@pytest.mark.parametrize(
    "text",
    [
        'Moscow said it had foiled attempts by "sabotage groups" to break into'
        " Kolosky.",
        'Russian troops repelled attempts by "assault teams" to cross the river'
        " near Kolosky.",
        'The ministry said it stopped attempts by "mobile units" to advance near'
        " Kolosky.",
    ],
)
def test_an_attempt_by_a_quoted_agent_is_fighting(text: str) -> None:
    got = claims(text)
    assert [c.kind for c in got] == ["fighting"]
    assert [p.name for p in got[0].places] == ["Kolosky"]


# ---- holding on under pressure: control kept ------------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian defenders are clinging on in Kolosky, the brigade said.", "UA"),
        ("Ukrainian marines hang on at Kolosky despite daily assaults.", "UA"),
        (
            "Russian troops clung to the eastern districts of Kolosky on Friday.",
            "RU",
        ),
    ],
)
def test_holding_on_under_pressure_keeps_control(text: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert [(c.gainer, c.negated) for c in got] == [(gainer, False)]
    assert [p.name for p in got[0].places] == ["Kolosky"]


def test_clinging_to_memories_is_no_hold() -> None:
    text = "The old man clung to his memories of Kolosky."
    assert claims(text) == []


# ---- a pushed distance given as "N to M km" --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian units pushed 2 to 5 km beyond Kolosky last month.",
        "Russian forces have pushed 2 to 5 kilometres west of Kolosky.",
        "The brigade said it pushed 2-5 km past Kolosky in a week.",
    ],
)
def test_a_pushed_range_gives_its_upper_bound(text: str) -> None:
    got = kinds(text, "advance")
    assert [c.distance_km for c in got] == [5.0]


# ---- what a report would mean is no report ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the Ukrainian counterattack, if confirmed, would mark the"
        " first Ukrainian gains near Kolosky this month.",
        "Such a strike, if true, would be the deepest Russian advance near Kolosky.",
        "Taking the hill would represent major Russian gains near Kolosky, an"
        " analyst said.",
    ],
)
def test_what_a_report_would_mean_is_no_advance(text: str) -> None:
    assert kinds(text, "advance") == []
