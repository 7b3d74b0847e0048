"""Area figures of session 23 told with their verb and unit elided
(``rules/area.py`` ``_ELIDED``), three phrasings of our own per language:

* a part after the news, "including some 750 in the last week";
* the next item of a list after a dash, "in August — 380", "на півдні — ще
  12,6", "в октябре — 610": the figure takes the unit and side of the one
  before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 12, 2)


def areas(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    """(gainer, km²) of every area claim of a text."""
    return [
        (c.gainer, c.area_km2)
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "first", "second"),
    [
        (
            "Russian forces seized 2,400 square kilometres in November, including "
            "some 750 in the last week.",
            "en",
            "RU",
            2400.0,
            750.0,
        ),
        ("Ukraine retook 120 sq km in June, in July — 45.", "en", "UA", 120.0, 45.0),
        (
            "Russia captured 300 square kilometres in October, including about 90 "
            "since Monday.",
            "en",
            "RU",
            300.0,
            90.0,
        ),
        (
            "Росіяни окупували 480 км² у жовтні, у листопаді — 520.",
            "uk",
            "RU",
            480.0,
            520.0,
        ),
        (
            "На Запоріжжі Сили оборони звільнили 14 км², на Донеччині — ще 9,5.",
            "uk",
            "UA",
            14.0,
            9.5,
        ),
        (
            "За тиждень ЗСУ повернули 30 км², зокрема на сході — 12.",
            "uk",
            "UA",
            30.0,
            12.0,
        ),
        (
            "В сентябре войска заняли 520 кв. км, в октябре — 610.",
            "ru",
            "RU",
            520.0,
            610.0,
        ),
        (
            "На Курском направлении освобождено 64 кв. км, на Харьковском — еще 20.",
            "ru",
            "RU",
            64.0,
            20.0,
        ),
        (
            "Российские войска заняли 1 200 кв. км за год, в декабре — 210.",
            "ru",
            "RU",
            1200.0,
            210.0,
        ),
    ],
)
def test_elided_figure_takes_the_unit_before(text, lang, gainer, first, second):
    assert areas(text, lang) == [(gainer, first), (gainer, second)]


def test_a_dash_before_a_counted_noun_is_no_area():
    text = "Сили оборони звільнили 20 км². На Торецькому напрямку — 12 атак."
    assert areas(text, "uk") == [("UA", 20.0)]


def test_including_villages_is_no_area():
    text = "Russia took 2,400 sq km this year, including 12 villages."
    assert areas(text, "en") == [("RU", 2400.0)]
