"""Word lists that several modules of text/ read have one home each: the
months and the days of the week of each language live in lang/{en,uk,ru}.py
(MONTHS, MONTH_NAMES, MONTH_STEMS, WEEKDAY_STEMS, MONTHS_NOM, MONTHS_GEN,
MONTHS_LOC, WEEKDAYS_ACC, WEEKDAYS_GEN); periods.py numbers them and builds its
patterns from them. No ../shared data is read."""

from __future__ import annotations

import re

import pytest

from frontline.text import claimants, claims, dateline, dating, periods
from frontline.text.lang import en, ru, uk
from frontline.text.rules.settlement import dated_lists

LANGS = {"uk": uk, "ru": ru}


def _words(pattern: str) -> list[str]:
    """The words of an alternation, a class like ['’] read as its first sign."""
    return re.sub(r"\[([^]])[^]]*\]", r"\1", pattern).split("|")


def test_the_english_months_are_the_twelve_of_the_calendar():
    names = en.MONTHS.split("|")
    assert [periods.MONTHS_EN[n[:3].lower()] for n in names] == list(range(1, 13))


@pytest.mark.parametrize("month", en.MONTHS.split("|"))
def test_every_reader_of_the_english_months_knows_each(month):
    assert re.fullmatch(dated_lists._MONTHS, month)
    assert dating._UP_TO_DATE.search(f"gains up to {month} 5")
    assert claims._FOLLOW_UP.search(f"{month} alone brought 40 sq km")
    assert re.fullmatch(en.MONTH_NAMES, month, re.IGNORECASE)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_claimant_rule_reads_the_months_and_weekdays_of_lang(lang):
    when = re.compile(claimants._WHEN_WHERE)
    module = LANGS[lang]
    for table in (module.MONTHS_LOC, module.WEEKDAYS_ACC):
        for word in _words(table):
            assert when.fullmatch(word), word


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_case_forms_number_as_their_place_in_the_calendar(lang):
    module = LANGS[lang]
    for table in (module.MONTHS_NOM, module.MONTHS_GEN, module.MONTHS_LOC):
        numbers = [periods._month_number(w) for w in _words(table)][:12]
        assert numbers == list(range(1, 13)), table
    for table in (module.WEEKDAYS_ACC, module.WEEKDAYS_GEN):
        numbers = [periods._weekday_number(w) for w in _words(table)]
        assert numbers == list(range(7)), table


def test_the_english_weekdays_and_month_stems_number_in_order():
    assert [periods._weekday_number(w) for w in en.WEEKDAY_STEMS] == list(range(7))
    assert [dateline._month(m) for m in en.MONTHS.split("|")] == list(range(1, 13))
    assert dateline._month("3") == 3
