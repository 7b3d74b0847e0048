"""The day written before the month reads as the day after it (session 27,
invariance lane): "since the offensive began on 4 June" and "up to 30
December" give the periods "June 4" and "December 30" give. Own sentences,
three phrasings each.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2024, 12, 31)


def _periods(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            c.kind,
            c.period_start.isoformat() if c.period_start else None,
            c.period_end.isoformat() if c.period_end else None,
        )
        for c in extract_claims(text, published=DAY, language="en")
    ]


@pytest.mark.parametrize(
    ("dmy", "mdy", "start"),
    [
        (
            "Kyiv says its troops have freed 140 square kilometres since the "
            "counteroffensive began on 8 June.",
            "Kyiv says its troops have freed 140 square kilometres since the "
            "counteroffensive began on June 8.",
            "2024-06-08",
        ),
        (
            "The army has retaken about 90 sq km in all since the offensive "
            "started on 17 August.",
            "The army has retaken about 90 sq km in all since the offensive "
            "started on August 17.",
            "2024-08-17",
        ),
        (
            "Ukrainian units liberated a total of 35 km2 since their "
            "counteroffensive was launched on 2 October, a spokesman said.",
            "Ukrainian units liberated a total of 35 km2 since their "
            "counteroffensive was launched on October 2, a spokesman said.",
            "2024-10-02",
        ),
    ],
)
def test_since_the_offensive_began_on_day_month(dmy: str, mdy: str, start: str) -> None:
    got = _periods(dmy)
    assert got == _periods(mdy)
    assert got and got[0][0] == "area_change" and got[0][1] == start


@pytest.mark.parametrize(
    ("dmy", "mdy", "end"),
    [
        (
            "Russia seized 2,400 square kilometres in 2024. The gains up to "
            "28 December came mostly in Donetsk.",
            "Russia seized 2,400 square kilometres in 2024. The gains up to "
            "December 28 came mostly in Donetsk.",
            "2024-12-28",
        ),
        (
            "Moscow's troops took 610 sq km in 2024. Its advance through "
            "20 December was the fastest in two years.",
            "Moscow's troops took 610 sq km in 2024. Its advance through "
            "December 20 was the fastest in two years.",
            "2024-12-20",
        ),
        (
            "Russian forces captured 1,700 square kilometres this year. The "
            "total as of 15 December was counted by analysts.",
            "Russian forces captured 1,700 square kilometres this year. The "
            "total as of December 15 was counted by analysts.",
            "2024-12-15",
        ),
    ],
)
def test_up_to_day_month(dmy: str, mdy: str, end: str) -> None:
    got = _periods(dmy)
    assert got == _periods(mdy)
    assert got and got[0][0] == "area_change" and got[0][2] == end
