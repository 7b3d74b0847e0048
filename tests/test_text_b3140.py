"""Session 40, b31: blind31's period and claimant classes (claims that
travel: one source's figure set against another's), in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

JAN = date(2026, 1, 20)  # a review of the year before, published in January


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("За увесь 2025 рік росіяни окупували близько 4000 км², кажуть.", "uk"),
        ("Упродовж усього 2025 року ЗСУ звільнили 60 квадратних кілометрів.", "uk"),
        ("За цілий 2025 рік ворог захопив понад 3900 км² території.", "uk"),
        ("На протяжении всего 2025 года российские войска заняли 4000 кв. км.", "ru"),
        ("За целый 2025 год ВСУ отбили около 60 квадратных километров.", "ru"),
        ("В течение всего 2025 года армия России заняла более 3900 кв. км.", "ru"),
    ],
)
def test_a_whole_named_year_is_that_year(text, language):
    """ "за увесь 2025 рік" / "на протяжении всего 2025 года": the calendar
    year, a bounded increment once it is over (en "over the whole of 2025"
    was dropped: it cost the pool a claim)."""
    claims = [
        c
        for c in extract_claims(text, published=JAN, language=language)
        if c.kind == "area_change"
    ]
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert c.cumulative is False
