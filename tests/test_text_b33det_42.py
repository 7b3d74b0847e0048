"""Session 42, blind33's missed claims (lane b33det): phrasings of our own,
three per language where the class applies.

* B33DET42 (1): a figure with its unit in quotes ("продвинулись «на 3–8 км»
  от берега", "pushed 'up to 5-7 km' deep") lost its advance: the quote
  marks cut the clause before the figure and the place (uk, ru:
  clauses._QUOTED_MEASURE keeps a short quoted measure in its clause), and
  English "pushed" wanted its figure right after it (lang/en "advance": an
  opening quote mark may stand between).
* B33DET42 (2): English told a gain by its extent alone, with no move verb
  ("a breach roughly 2 km wide and 1.5 km deep", "the bridgehead was no more
  than 2 kilometres deep"): no trigger (lang/en "advance": a breach,
  bridgehead, foothold, wedge, salient or bulge with a figure in km or miles
  "deep" or "wide" after it). uk and ru read their width and depth words
  already ("прорив шириною до 4 км і глибиною 2 км").
* B33DET42 (3): an earlier figure compared, its unit elided, was lost: in
  brackets after "than / ніж / чем" ("менше, ніж у жовтні (530)"), hedged
  after "from" ("to 400 sq km from more than 1,300 at the peak", "down from a
  peak of more than 600"), hedged after a month's dash ("в октябре — почти
  500"): rules/area._ELIDED and _ELIDED_FILLER.
* B33DET42 (4): a count after the noun of a loss ("recorded the loss of 9
  settlements", "признал потерю трёх сёл") made no claim: English "of" before
  a count is a loss's too (settlement/counts._count_skipped), Russian
  "потерю / потере / потери" before a counted noun is a loss (lang/ru
  "withdraw", beside "потеряли"). Ukrainian "втрату 9 сіл" read it already
  (not "втрату трьох сіл": left).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "distance", "place"),
    [
        (
            "Russian units had pushed 'up to 4 km' near Vovchansk.",
            "en",
            4.0,
            "Vovchansk",
        ),
        (
            'The brigade pushed "about 2-3 km" south of Orikhiv, he said.',
            "en",
            3.0,
            "Orikhiv",
        ),
        (
            "Kyiv says its marines pushed 'some 5 kilometres' beyond Krynky.",
            "en",
            5.0,
            "Krynky",
        ),
        ("Ворог просунувся «до 2 км» біля Вовчанська.", "uk", 2.0, "Вовчанська"),
        ("ЗСУ просунулися «на 3–6 км» поблизу Роботиного.", "uk", 6.0, "Роботиного"),
        (
            "Окупанти просунулися «на два кілометри» біля Часового Яру.",
            "uk",
            2.0,
            "Часового Яру",
        ),
        (
            "Российские войска продвинулись «до двух километров» под Покровском.",
            "ru",
            2.0,
            "Покровском",
        ),
        ("Силы обороны продвинулись «на 1,5 км» у села Крынки.", "ru", 1.5, "Крынки"),
        (
            "Штурмовики продвинулись «на 4–7 км» в районе Работино.",
            "ru",
            7.0,
            "Работино",
        ),
    ],
)
def test_quoted_measure_keeps_its_advance(
    text: str, language: str, distance: float, place: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    adv = [c for c in claims if c.kind == "advance"]
    assert len(adv) == 1, claims
    assert adv[0].distance_km == distance
    assert place in [p.name for p in adv[0].places]


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        (
            "Ukrainian officers described the gain near Robotyne as a breach about "
            "3 km wide and 2 km deep.",
            2.0,
        ),
        (
            "Russian bloggers claimed a breach 'up to 5 km wide and 1-2 km deep' "
            "near Ocheretyne.",
            2.0,
        ),
        (
            "By June the Ukrainian bridgehead near Krynky was barely 1.5 kilometres "
            "deep.",
            1.5,
        ),
    ],
)
def test_extent_alone_is_an_advance(text: str, depth: float) -> None:
    claims = extract_claims(text, published=_PUB, language="en")
    adv = [c for c in claims if c.kind == "advance"]
    assert len(adv) == 1, claims
    assert adv[0].distance_km == depth


def test_a_breach_without_a_measure_is_no_extent() -> None:
    text = "A breach in the dam flooded the villages near Kherson."
    claims = extract_claims(text, published=_PUB, language="en")
    assert not [c for c in claims if c.kind == "advance"]


@pytest.mark.parametrize(
    ("text", "language", "areas"),
    [
        (
            "Russia took 480 sq km in November, less than in October (530).",
            "en",
            [480.0, 530.0],
        ),
        (
            "Russian forces seized about 120 sq km this week, more than the week "
            "before (roughly 90).",
            "en",
            [120.0, 90.0],
        ),
        (
            "Russia took 410 sq km in November, down from a peak of more than 600 "
            "in October.",
            "en",
            [410.0, 600.0],
        ),
        (
            "У листопаді ворог окупував 480 кв. км, менше, ніж у жовтні (530).",
            "uk",
            [480.0, 530.0],
        ),
        (
            "Росіяни захопили за тиждень 120 кв. км — більше, ніж тижнем раніше "
            "(близько 90).",
            "uk",
            [120.0, 90.0],
        ),
        (
            "За грудень окупанти захопили 444 кв. км, у листопаді — майже 505.",
            "uk",
            [444.0, 505.0],
        ),
        (
            "В ноябре Россия заняла 480 кв. км, меньше, чем в октябре (530).",
            "ru",
            [480.0, 530.0],
        ),
        (
            "Российские войска заняли за неделю 120 кв. км — больше, чем неделей "
            "ранее (около 90).",
            "ru",
            [120.0, 90.0],
        ),
        (
            "Россия заняла в ноябре 600 кв. км, в октябре — почти 500.",
            "ru",
            [600.0, 500.0],
        ),
    ],
)
def test_compared_figure_with_its_unit_elided(
    text: str, language: str, areas: list[float]
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    got = [c.area_km2 for c in claims if c.kind == "area_change"]
    assert got == areas, claims


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("DeepState recorded the loss of 9 settlements in May.", "en", 9),
        ("Kyiv admitted the loss of three villages near Pokrovsk this week.", "en", 3),
        (
            "The General Staff confirmed the loss of more than 10 settlements in the "
            "Kursk region.",
            "en",
            10,
        ),
        ("DeepState зафіксував втрату 9 населених пунктів у травні.", "uk", 9),
        ("Київ визнав втрату 3 сіл під Покровськом.", "uk", 3),
        ("Генштаб повідомив про втрату понад 10 населених пунктів.", "uk", 10),
        ("DeepState зафиксировал потерю 9 населённых пунктов в мае.", "ru", 9),
        ("Киев признал потерю трёх сёл под Покровском.", "ru", 3),
        (
            "Генштаб сообщил о потере более 10 населённых пунктов в Курской области.",
            "ru",
            10,
        ),
    ],
)
def test_count_after_a_loss_noun(text: str, language: str, count: int) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    got = [c for c in claims if c.kind == "settlement_control"]
    assert len(got) == 1, claims
    assert got[0].extra.get("settlements_count") == count
    assert got[0].gainer == "RU"
