"""Session 35, kinds, figures and gainers probe: phrasings of our own.

* a Ukrainian past tense in -в after its subject ("Ворог захопив X,
  повідомив Генштаб ЗСУ") is no opening gerund: the subject acts, not the
  body named after the comma (context._opening_participle).
* a counting noun multiplies the number before it ("two dozen villages": 24,
  "два десятки сіл": 20, "полтора десятка": 15) and its plural alone is no
  figure ("десятки сёл") (numbers.group_noun, numbers.words_to_number).
* a hedge before the preposition of a distance ("почти на 4 км", "майже на
  4 км", "более чем на 2 км") is the figure's approx (units._APPROX).
* the Russian "часть" ("заняли часть Красногоровки", "в восточной части
  Торецка") names part of a place: partial (context._partial).
* thousands grouped with stops ("1.200 метров", "2.000 кв. км") are
  thousands, not a decimal (numbers._DOTTED_THOUSANDS).
* a passive participle of being pushed out ("Оккупанты вытеснены из X",
  "Ворог витіснений з X") is a withdrawal of its subject (lang ru/uk
  withdraw triggers).
* a range's "до"/"to" is no "up to" ("від 2 до 3 км"), a hedge before a
  range is its approx ("about 2-3 km"), and "between 2 and 3 km" is a range
  (units._hedge_before, units._range_before).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ворог захопив село Новоселівка, повідомив Генштаб ЗСУ.", "RU"),
        ("Противник захопив Уманське, повідомило командування ЗСУ.", "RU"),
        ("Окупант захопив 5 кв. км, повідомив Генштаб Збройних сил України.", "RU"),
    ],
)
def test_subject_before_a_past_in_v_acts(text: str, gainer: str) -> None:
    rows = claim_rows(text, "uk")
    assert rows and {r[1] for r in rows} == {gainer}


def test_opening_gerund_still_reads_the_subject_after() -> None:
    rows = claim_rows("Взяв Авдеевку, российские войска продвинулись на запад.", "ru")
    assert rows and {r[1] for r in rows} == {"RU"}


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Russian forces captured two dozen villages in Kharkiv region.", 24),
        ("uk", "Росіяни захопили два десятки сіл на Харківщині.", 20),
        ("ru", "ВСУ освободили полтора десятка сёл в Харьковской области.", 15),
        ("ru", "Российские войска освободили десятки сёл в Харьковской области.", None),
    ],
)
def test_a_counting_noun_multiplies(lang: str, text: str, count: int | None) -> None:
    claims = extract_claims(text, published="2024-06-12", language=lang)
    assert claims
    assert {c.extra.get("settlements_count") for c in claims} == {count}


def test_two_dozen_kilometres() -> None:
    text = "Russian troops advanced two dozen kilometres toward Kupiansk."
    claims = extract_claims(text, published="2024-06-12", language="en")
    assert [c.distance_km for c in claims] == [24.0]


@pytest.mark.parametrize(
    ("lang", "text", "approx"),
    [
        ("ru", "Российские войска продвинулись почти на 4 км у Торецка.", "почти"),
        ("uk", "Ворог просунувся майже на 4 км біля Торецька.", "майже"),
        ("ru", "ВС РФ продвинулись более чем на 2 км у Часова Яра.", "более чем"),
    ],
)
def test_a_hedge_before_na_is_approx(lang: str, text: str, approx: str) -> None:
    claims = extract_claims(text, published="2024-06-12", language=lang)
    assert [(c.distance_km, c.extra.get("approx")) for c in claims] == [
        (claims[0].distance_km, approx)
    ]
    assert claims[0].distance_km in (2.0, 4.0)


@pytest.mark.parametrize(
    "text",
    [
        "Российские войска заняли часть Красногоровки.",
        "ВС РФ освободили часть города Торецк.",
        "ВСУ освободили часть села Работино.",
    ],
)
def test_russian_chast_is_partial(text: str) -> None:
    claims = extract_claims(text, published="2024-06-12", language="ru")
    assert claims and all(c.extra.get("partial") for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "area", "distance"),
    [
        ("ru", "Российские войска продвинулись на 1.200 метров у Работино.", None, 1.2),
        ("ru", "Российские войска заняли 2.000 кв. км с начала года.", 2000.0, None),
        ("uk", "Росіяни захопили 1.200 кв. км території з початку року.", 1200.0, None),
    ],
)
def test_dotted_thousands(
    lang: str, text: str, area: float | None, distance: float | None
) -> None:
    claims = extract_claims(text, published="2024-06-12", language=lang)
    assert [(c.area_km2, c.distance_km) for c in claims] == [(area, distance)]


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("ru", "Оккупанты вытеснены из Крынок.", "UA"),
        ("ru", "Противник вытеснен из Марьинки, сообщило Минобороны России.", "RU"),
        ("uk", "Ворог витіснений з Роботиного, повідомив Генштаб ЗСУ.", "UA"),
    ],
)
def test_pushed_out_passive(lang: str, text: str, gainer: str) -> None:
    rows = claim_rows(text, lang)
    assert [(r[0], r[1]) for r in rows] == [("settlement_control", gainer)]


@pytest.mark.parametrize(
    ("lang", "text", "approx"),
    [
        ("uk", "Ворог просунувся від 2 до 3 км біля Курахового.", None),
        ("en", "Russian forces advanced about 2-3 km near Pokrovsk.", "about"),
        ("en", "Ukrainian forces advanced between 2 and 3 km near Robotyne.", None),
    ],
)
def test_a_range_and_its_hedge(lang: str, text: str, approx: str | None) -> None:
    claims = extract_claims(text, published="2024-06-12", language=lang)
    assert [
        (c.distance_km, c.extra.get("distance_range_km"), c.extra.get("approx"))
        for c in claims
    ] == [(3.0, [2.0, 3.0], approx)]
