"""Periods, session 25 round 2 (PERIODS25B in ``periods.py``).

- "during the week" in a weekly roundup is the past week, as "over the week"
  (``past_week``), and as the Ukrainian "протягом тижня" and the Russian "в
  течение недели" already were; "during the week of …" / "… before …" name
  another week and are left alone.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods

PUBLISHED = date(2023, 8, 21)  # a Monday
WEEK = (date(2023, 8, 14), date(2023, 8, 20))  # the seven days before it

_DURING_THE_WEEK = [
    (
        "en",
        "Ukrainian troops advanced 2 km near Robotyne during the week, "
        "the ministry said on Monday.",
        "advance",
        "UA",
    ),
    (
        "en",
        "During the week, Russian forces captured the village of Ivanivka, "
        "Kyiv said on Monday.",
        "settlement_control",
        "RU",
    ),
    (
        "en",
        "In total, 4 square kilometres were liberated near Bakhmut during the "
        "week, the deputy minister said on Monday.",
        "area_change",
        "UA",
    ),
    # the same week in the other languages (their patterns were there before)
    (
        "uk",
        "Протягом тижня бійці просунулися на 2 км біля Роботиного.",
        "advance",
        "UA",
    ),
    (
        "uk",
        "Упродовж тижня наші війська звільнили село Іванівка.",
        "settlement_control",
        "UA",
    ),
    (
        "uk",
        "За тиждень сили оборони звільнили 4 км² біля Бахмута.",
        "area_change",
        "UA",
    ),
    ("ru", "В течение недели войска продвинулись на 2 км у Работино.", "advance", "RU"),
    ("ru", "За неделю войска освободили село Ивановка.", "settlement_control", "RU"),
    ("ru", "В течение недели освобождено 4 кв. км у Артемовска.", "area_change", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "gainer"), _DURING_THE_WEEK)
def test_during_the_week_is_the_past_week(
    lang: str, text: str, kind: str, gainer: str
) -> None:
    claims = [
        c
        for c in extract_claims(text, published=PUBLISHED, language=lang)
        if c.kind == kind
    ]
    assert claims, text
    claim = claims[0]
    assert claim.period_text is not None
    assert (claim.period_start, claim.period_end) == WEEK
    assert not claim.negated
    assert claim.gainer == gainer
    assert len(claim.places) == 1


@pytest.mark.parametrize(
    "text",
    [
        "They advanced 2 km during the week.",
        "During the week the brigade held its lines.",
        "Fighting went on during the week, he said.",
    ],
)
def test_during_the_week_is_found(text: str) -> None:
    assert [p.kind for p in find_periods(text, "en")] == ["past_week"]


@pytest.mark.parametrize(
    "text",
    [
        "During the week of the vote the town was quiet.",
        "During the week before the storm the town was quiet.",
        "During the week after the storm the town was quiet.",
    ],
)
def test_another_week_is_not_the_past_week(text: str) -> None:
    assert "past_week" not in [p.kind for p in find_periods(text, "en")]
