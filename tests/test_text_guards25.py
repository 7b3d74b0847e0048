"""Precision guards and field fixes of session 25 (lane: precision and
fields), each in three phrasings of our own per language where it applies
(never a corpus sentence).

* fighting named as the backdrop of a gain ("advanced near X amid continued
  offensive operations near Y") is the gain's setting: the gain stays, no
  fighting claim of its own.
* an area held at its peak ("down from a peak of 1,300 sq km", "на пике ВСУ
  контролировали 1300 кв. км") is the total held then: cumulative, though a
  month dates it and the tense is past (a held area dated by a month without
  a peak stays no total, as in real gold).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.rules.skips import skip_reason

PUB = date(2025, 3, 12)


def kinds(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.gainer) for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            "Russian forces advanced near Kurakhove amid continued offensive "
            "operations in the Kurakhove direction.",
            "advance",
            "RU",
        ),
        (
            "Russian troops took Hlyboke amid continued offensive operations "
            "near Lyman.",
            "settlement_control",
            "RU",
        ),
        (
            "Ukrainian units moved forward near Bilohorivka amid ongoing assault "
            "operations in the area.",
            "advance",
            "UA",
        ),
    ],
)
def test_backdrop_fighting_is_no_claim(text: str, kind: str, gainer: str) -> None:
    assert kinds(text, "en") == [(kind, gainer)]


def test_backdrop_skip_leaves_plain_operations() -> None:
    text = "Russian forces continued offensive operations near Kurakhove."
    assert kinds(text, "en") == [("fighting", None)]
    start = text.index("continued")
    assert skip_reason(text, start, start + 30, "fight", "en") is None


def areas(text: str, lang: str) -> list[tuple[float | None, bool]]:
    return [
        (c.area_km2, bool(c.cumulative))
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        (
            "At its peak in August, Ukraine held about 1,300 sq km of the "
            "Kursk region.",
            "en",
            1300.0,
        ),
        (
            "Kyiv now holds some 500 sq km there, down from a peak of 1,200 "
            "sq km in the autumn.",
            "en",
            1200.0,
        ),
        (
            "The bridgehead peaked in September: at its peak Ukrainian troops "
            "controlled 900 square kilometres.",
            "en",
            900.0,
        ),
        (
            "На піку, у серпні, ЗСУ контролювали близько 1300 кв. км Курщини.",
            "uk",
            1300.0,
        ),
        (
            "У вересні, на піку операції, Сили оборони утримували 900 кв. км.",
            "uk",
            900.0,
        ),
        ("На пике, в августе, ВСУ контролировали около 1300 кв. км.", "ru", 1300.0),
        (
            "В сентябре, на пике наступления, ВСУ удерживали до 900 кв. км.",
            "ru",
            900.0,
        ),
    ],
)
def test_peak_holding_is_a_total(text: str, lang: str, area: float) -> None:
    assert (area, True) in areas(text, lang)


def test_month_holding_without_peak_is_no_total() -> None:
    text = "In March of that year, the army controlled 45,000 square kilometres."
    assert areas(text, "en") == [(45000.0, False)]
