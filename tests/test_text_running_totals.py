"""Running totals vs increments for counts and operation spans (CONVENTIONS:
cumulative), in phrasings of our own."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 15)


def _counts(text: str, lang: str, published: date = PUB) -> list[bool]:
    return [
        c.cumulative
        for c in extract_claims(text, language=lang, published=published)
        if c.extra.get("settlements_count")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian forces liberated 230 settlements in the Kherson region.", "en"),
        ("Сили оборони звільнили 312 населених пунктів у Харківській області.", "uk"),
        ("ВСУ заняли 46 населенных пунктов в Курской области.", "ru"),
    ],
)
def test_a_large_count_with_no_span_is_a_running_total(text, lang):
    assert _counts(text, lang) == [True]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian forces liberated two villages in the Kherson region.", "en"),
        ("Сили оборони звільнили три села на Харківщині.", "uk"),
        ("ВСУ заняли два населенных пункта в Курской области.", "ru"),
    ],
)
def test_a_small_count_with_no_span_is_the_news_of_the_day(text, lang):
    assert _counts(text, lang) == [False]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Since the start of the year, Russian forces have captured 3,100 "
            "square kilometres, including 120 villages, the general said.",
            "en",
            True,
        ),
        (
            "Last week Russian forces captured 310 square kilometres, including "
            "12 villages, the general said.",
            "en",
            False,
        ),
        (
            "З початку року окупанти захопили 2100 км², включаючи 90 населених "
            "пунктів.",
            "uk",
            True,
        ),
        (
            "С начала года войска заняли 2100 кв. км, включая 95 населенных пунктов.",
            "ru",
            True,
        ),
    ],
)
def test_a_count_included_in_an_area_shares_its_flag(text, lang, expected):
    claims = extract_claims(text, language=lang, published=PUB)
    areas = [c for c in claims if c.kind == "area_change"]
    counts = [c for c in claims if c.extra.get("settlements_count")]
    assert areas and counts
    assert counts[0].cumulative is areas[0].cumulative is expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "З 6 до 14 вересня в межах контрнаступу Сили оборони звільнили "
            "понад 6000 км².",
            "uk",
        ),
        (
            "С 6 по 14 сентября в ходе контрнаступления ВСУ заняли 6000 кв. км.",
            "ru",
        ),
        (
            "From 6 to 14 September, during the counteroffensive, Ukrainian "
            "forces liberated 6,000 square kilometres.",
            "en",
        ),
    ],
)
def test_an_operation_span_up_to_the_statement_is_its_running_total(text, lang):
    (now,) = extract_claims(text, language=lang, published=date(2024, 9, 15))
    assert now.cumulative is True


def test_the_same_span_told_a_month_later_is_an_increment():
    text = (
        "З 6 до 14 вересня в межах контрнаступу Сили оборони звільнили понад 6000 км²."
    )
    (later,) = extract_claims(text, language="uk", published=date(2024, 10, 20))
    assert later.cumulative is False
    # a span inside the operation that stops short of the statement, too
    text = "З 1 до 7 вересня в межах контрнаступу ЗСУ звільнили 900 км²."
    (inside,) = extract_claims(text, language="uk", published=date(2024, 9, 15))
    assert inside.cumulative is False
