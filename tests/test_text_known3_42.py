"""Session 42, defects lane known42 left (lane known3): phrasings of our own,
three per language where the class applies.

* KNOWN3 (1): "By mid-month …", "до середини місяця", "к середине месяца"
  ended on publication (or took the whole month): a period kind
  ``by_mid_month`` ends on the 15th of the statement's month (of the month
  before when the statement is earlier than the 15th); after a day named in
  the sentence, the 1st to the 15th of that day's month.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 10, 23)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "By mid-month Russian forces had taken Zorivka, the ministry said.",
            "en",
            "settlement_control",
        ),
        (
            "By the middle of the month Russian troops had captured Stepove.",
            "en",
            "settlement_control",
        ),
        (
            "By the middle of this month Ukrainian forces had advanced 3 km "
            "near Robotyne.",
            "en",
            "advance",
        ),
        (
            "До середини місяця російські війська захопили Степове.",
            "uk",
            "settlement_control",
        ),
        (
            "До середини цього місяця ЗСУ звільнили 40 квадратних кілометрів.",
            "uk",
            "area_change",
        ),
        ("Ворог до середини місяця просунувся біля Зорівки.", "uk", "advance"),
        (
            "К середине месяца российские войска заняли Степовое.",
            "ru",
            "settlement_control",
        ),
        (
            "К середине этого месяца ВСУ освободили 40 квадратных километров.",
            "ru",
            "area_change",
        ),
        (
            "Российские войска к середине месяца продвинулись у Зоровки.",
            "ru",
            "advance",
        ),
    ],
)
def test_by_mid_month_ends_on_the_15th(text: str, language: str, kind: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert [c.kind for c in claims] == [kind]
    assert claims[0].period_start is None
    assert claims[0].period_end == date(2024, 10, 15)


def test_by_mid_month_said_before_the_15th_is_the_month_before() -> None:
    claims = extract_claims(
        "By mid-month Russian forces had taken Zorivka, the ministry said.",
        published=date(2024, 10, 9),
        language="en",
    )
    assert [c.period_end for c in claims] == [date(2024, 9, 15)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ukrainian forces crossed into the Kursk region on August 6, and by "
            "mid-month they held about 1,000 square kilometres.",
            "en",
        ),
        (
            "6 серпня ЗСУ зайшли в Курську область; до середини місяця вони "
            "контролювали близько 1000 кв. км.",
            "uk",
        ),
        (
            "6 августа ВСУ зашли в Курскую область, а к середине месяца они "
            "контролировали около 1000 кв. км.",
            "ru",
        ),
    ],
)
def test_by_mid_month_after_a_day_is_that_month(text: str, language: str) -> None:
    claims = extract_claims(text, published=date(2024, 12, 31), language=language)
    held = [c for c in claims if c.kind == "area_change"]
    assert len(held) == 1
    assert held[0].area_km2 == 1000
    assert (held[0].period_start, held[0].period_end) == (
        date(2024, 8, 1),
        date(2024, 8, 15),
    )
