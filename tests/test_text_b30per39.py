"""Session 39, b30per: blind30's period classes (spoken and posted claims),
in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

WED = date(2025, 5, 14)  # a Wednesday
TUE = date(2025, 5, 13)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yesterday and today Russian forces attacked near Kurakhove 20 times.", "en"),
        ("Ukrainian troops pushed into Stepove yesterday and today, he said.", "en"),
        ("Russian units took Dachne today and yesterday, a blogger wrote.", "en"),
        ("Вчора і сьогодні ворог атакував біля Курахового 20 разів.", "uk"),
        ("Наші бійці зайшли в Степове вчора й сьогодні, сказав речник.", "uk"),
        ("Окупанти захопили Дачне вчора та сьогодні, пише блогер.", "uk"),
        ("Вчера и сегодня противник атаковал у Курахово 20 раз.", "ru"),
        ("Наши бойцы зашли в Степовое вчера и сегодня, сказал командир.", "ru"),
        ("Сегодня и вчера наши войска освободили Дачное, заявил Конашенков.", "ru"),
    ],
)
def test_yesterday_and_today_is_both_days(text, language):
    """ "yesterday and today" / "вчора й сьогодні" / "вчера и сегодня" is one
    span of two days, whichever of the two stands nearer the claim."""
    c = claims_after(text, text[:4], language, WED)[0]
    assert (c.period_start, c.period_end) == (TUE, WED)
    assert c.cumulative is False


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian forces attacked near Kurakhove 20 times yesterday.", "en"),
        ("Вчора ворог атакував біля Курахового 20 разів.", "uk"),
        ("Вчера противник атаковал у Курахово 20 раз.", "ru"),
    ],
)
def test_yesterday_alone_stays_one_day(text, language):
    c = claims_after(text, text[:4], language, WED)[0]
    assert (c.period_start, c.period_end) == (TUE, TUE)
