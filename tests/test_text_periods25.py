"""Periods, session 25 (PERIODS25 in ``period_rules.py``).

- the sitting of an interview the outlet itself held ("He spoke to us on
  Monday", "Інтерв'ю записане в понеділок", "беседовал с нами во вторник")
  dates every answer: relative times count from it and claims without one
  take its day.

Every sentence is written for this test (no dev, blind or article text). The
text tests never read ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.period_rules import sitting_day

PUBLISHED = date(2025, 3, 13)  # a Thursday
MONDAY, SUNDAY = date(2025, 3, 10), date(2025, 3, 9)

_SITTINGS = [
    ("en", "Commander on the river line", "He spoke to us by phone on Monday."),
    ("en", "Notes from the trenches", "We talked with the major on Monday."),
    ("en", "A sapper's story", "The interview was recorded on Monday at the base."),
    ("uk", "Комбат про річку", "Комбат поспілкувався з нами в понеділок."),
    ("uk", "Розмова з сапером", "Інтерв'ю записане в понеділок у тилу."),
    ("uk", "Нотатки з окопів", "Розмова відбулася в понеділок біля штабу."),
    ("ru", "Комбат о реке", "Интервью записано в понедельник, в тылу."),
    ("ru", "Записки из окопов", "Майор побеседовал с нами в понедельник."),
    ("ru", "Разговор с сапером", "Беседа состоялась в понедельник у штаба."),
]
_ANSWER = {
    "en": "A: Yesterday they attacked near Dachne four times. We hold the village.",
    "uk": "— Вчора вони чотири рази атакували біля Дачного. Село ми тримаємо.",
    "ru": "— Вчера они четыре раза атаковали у Дачного. Село мы держим.",
}


@pytest.mark.parametrize(("lang", "title", "lede"), _SITTINGS)
def test_a_sitting_day_dates_the_answers(lang: str, title: str, lede: str) -> None:
    assert sitting_day([title, lede], lang, PUBLISHED) == MONDAY
    text = f"{title}\n\n{lede}\n\n{_ANSWER[lang]}\n"
    claims = extract_claims(text, published=PUBLISHED, language=lang)
    fights = [c for c in claims if c.kind == "fighting"]
    held = [c for c in claims if c.kind == "settlement_control"]
    assert [(c.period_start, c.period_end) for c in fights] == [(SUNDAY, SUNDAY)]
    assert [c.period_end for c in held] == [MONDAY]


@pytest.mark.parametrize(
    ("lang", "lede"),
    [
        ("en", "He spoke to reporters on Monday."),
        ("en", "The minister said on Monday that talks went on."),
        ("uk", "Комбат поспілкувався з журналістами в понеділок."),
        ("ru", "Майор в понедельник заявил, что бои идут."),
        ("ru", "Интервью записано давно, ещё зимой."),
    ],
)
def test_no_sitting_of_our_own(lang: str, lede: str) -> None:
    assert sitting_day([lede], lang, PUBLISHED) is None
