"""Session 41, b32per: blind32's period classes (chronologies: a day told
relative to the day named before it, a year carried along a timeline), in
phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "On 3 March Russian troops captured Vodiane. Two days later "
            "Ukrainian forces retook the village.",
            "en",
            date(2025, 3, 5),
        ),
        (
            "Russian forces took Lozova on 2 March, the ministry said. A week "
            "later, Ukrainian troops liberated Lozova again.",
            "en",
            date(2025, 3, 9),
        ),
        (
            "On 1 March, Ukrainian units liberated Yampil. Three days later "
            "Russian forces recaptured Yampil, bloggers said.",
            "en",
            date(2025, 3, 4),
        ),
        (
            "3 березня росіяни захопили Водяне. Через два дні українські "
            "військові звільнили село.",
            "uk",
            date(2025, 3, 5),
        ),
        (
            "2 березня ворог окупував Лозову. Через тиждень ЗСУ звільнили Лозову.",
            "uk",
            date(2025, 3, 9),
        ),
        (
            "1 березня Сили оборони звільнили Ямпіль, а три дні по тому "
            "окупанти знову захопили Ямпіль.",
            "uk",
            date(2025, 3, 4),
        ),
        (
            "3 марта российские войска взяли Водяное. Спустя неделю ВСУ "
            "освободили село.",
            "ru",
            date(2025, 3, 10),
        ),
        (
            "2 марта ВСУ оставили Лозовую. Через два дня российские войска "
            "заняли Лозовую полностью.",
            "ru",
            date(2025, 3, 4),
        ),
        (
            "1 марта армия России освободила Ямполь, однако спустя три дня "
            "ВСУ отбили Ямполь.",
            "ru",
            date(2025, 3, 4),
        ),
    ],
)
def test_days_later_count_on_from_the_day_named_last(text, language, day):
    """ "two days later" / "через тиждень" / "спустя три дня": that many days
    after the day the text named last (as "the next day" is one)."""
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=language)
        if c.kind == "settlement_control"
    ]
    assert len(claims) >= 2, [(c.kind, c.period_text) for c in claims]
    last = claims[-1]
    assert (last.period_start, last.period_end) == (day, day), last.period_text
