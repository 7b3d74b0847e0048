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
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "distance", "place"),
    [
        ("Russian units had pushed 'up to 4 km' near Vovchansk.", "en", 4.0,
         "Vovchansk"),
        ("The brigade pushed \"about 2-3 km\" south of Orikhiv, he said.", "en",
         3.0, "Orikhiv"),
        ("Kyiv says its marines pushed 'some 5 kilometres' beyond Krynky.", "en",
         5.0, "Krynky"),
        ("Ворог просунувся «до 2 км» біля Вовчанська.", "uk", 2.0, "Вовчанська"),
        ("ЗСУ просунулися «на 3–6 км» поблизу Роботиного.", "uk", 6.0,
         "Роботиного"),
        ("Окупанти просунулися «на два кілометри» біля Часового Яру.", "uk", 2.0,
         "Часового Яру"),
        ("Российские войска продвинулись «до двух километров» под Покровском.",
         "ru", 2.0, "Покровском"),
        ("Силы обороны продвинулись «на 1,5 км» у села Крынки.", "ru", 1.5,
         "Крынки"),
        ("Штурмовики продвинулись «на 4–7 км» в районе Работино.", "ru", 7.0,
         "Работино"),
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
        ("Ukrainian officers described the gain near Robotyne as a breach about "
         "3 km wide and 2 km deep.", 2.0),
        ("Russian bloggers claimed a breach 'up to 5 km wide and 1-2 km deep' "
         "near Ocheretyne.", 2.0),
        ("By June the Ukrainian bridgehead near Krynky was barely 1.5 kilometres "
         "deep.", 1.5),
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
