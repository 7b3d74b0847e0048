"""Periods, session 23: expressions not recognised before (PERIODS23 rows in
``periods.py``).

- a part of a named day ("утром среды", "ранку середи") is that day, not today;
- "this Monday" ("цього понеділка", "в эту среду");
- "за ніч" (a night ends on its day);
- "за отчетную неделю" / "за звітний тиждень" (the past week).

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.periods import find_periods, resolve

PUBLISHED = date(2025, 3, 13)  # a Thursday


# ---- PERIODS23 rows ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("ru", "Утром среды войска продвинулись у села.", 12),
        ("ru", "Утро четверга началось с атаки у села.", 13),
        ("ru", "Вечером вторника войска продвинулись у села.", 11),
        ("uk", "Ранку середи війська просунулися біля села.", 12),
        ("uk", "Вечора вівторка війська просунулися біля села.", 11),
        ("uk", "Вночі понеділка війська просунулися біля села.", 10),
        ("uk", "Війська цього понеділка просунулися біля села.", 10),
        ("uk", "Війська у цю середу просунулися біля села.", 12),
        ("ru", "Войска в эту среду продвинулись у села.", 12),
        ("ru", "Войска в этот вторник продвинулись у села.", 11),
    ],
)
def test_a_named_days_part_and_this_weekday(lang: str, text: str, day: int) -> None:
    (p,) = find_periods(text, lang)
    assert p.kind == "weekday"
    assert resolve(p, PUBLISHED, None) == (date(2025, 3, day), date(2025, 3, day))


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("uk", "Ворог за ніч тричі атакував позиції.", "today"),
        ("uk", "Ворог за минулу ніч тричі атакував позиції.", "today"),
        ("uk", "За звітний тиждень ворог просунувся на 3 км.", "past_week"),
        ("ru", "За отчётную неделю противник продвинулся на 3 км.", "past_week"),
        ("ru", "За истекшую неделю противник продвинулся на 3 км.", "past_week"),
        ("ru", "За отчетную неделю войска заняли два села.", "past_week"),
    ],
)
def test_the_night_and_the_reporting_week(lang: str, text: str, kind: str) -> None:
    (p,) = find_periods(text, lang)
    assert p.kind == kind
