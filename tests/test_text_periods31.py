"""Periods, session 31 (the ``periods31`` lane).

"за минулий тиждень" is "over the past week": the seven days before the
statement day, as the CONVENTIONS table reads "(over) the past week" and
"за тиждень", not the calendar week before (``periods._PATTERNS``, uk
``past_week``); "минулого тижня" ("last week") stays the calendar week.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

TUESDAY = date(2025, 3, 11)  # the week before: 3-9 March; −7 … −1: 4-10 March

# "за минулий тиждень" (over the past week): −7 … −1
_PAST_WEEK_UK = [
    "За минулий тиждень ворог просунувся на 3 км біля Зорівки.",
    "Сили оборони за минулий тиждень звільнили 12 кв. км на півдні.",
    "Бригада повідомила, що за минулий тиждень окупанти захопили село Красний Яр.",
]


@pytest.mark.parametrize("text", _PAST_WEEK_UK)
def test_past_week_is_the_seven_days_before(text: str) -> None:
    claims = extract_claims(text, published=TUESDAY, language="uk")
    assert claims, text
    c = claims[0]
    assert c.period_text is not None and "тиждень" in c.period_text
    assert (c.period_start, c.period_end) == (date(2025, 3, 4), date(2025, 3, 10))


# "минулого тижня" (last week) stays the calendar week before
_LAST_WEEK_UK = [
    "Минулого тижня ворог просунувся на 3 км біля Зорівки.",
    "Сили оборони минулого тижня звільнили 12 кв. км на півдні.",
    "На минулому тижні окупанти захопили село Красний Яр.",
]


@pytest.mark.parametrize("text", _LAST_WEEK_UK)
def test_last_week_is_the_calendar_week(text: str) -> None:
    claims = extract_claims(text, published=TUESDAY, language="uk")
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2025, 3, 3), date(2025, 3, 9))
