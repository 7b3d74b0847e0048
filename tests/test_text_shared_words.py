"""Word lists that several modules of text/ read have one home each: the
English month names in lang/en.py (MONTHS), the Ukrainian and Russian
months in the locative and weekdays in the accusative in periods.py
(MONTHS_LOC, WEEKDAYS_ACC). No ../shared data is read."""

from __future__ import annotations

import re

import pytest

from frontline.text import claimants, claims, dating, periods
from frontline.text.lang import en
from frontline.text.rules.settlement import dated_lists


def test_the_english_months_are_the_twelve_of_the_calendar():
    names = en.MONTHS.split("|")
    assert [periods.MONTHS_EN[n[:3].lower()] for n in names] == list(range(1, 13))


@pytest.mark.parametrize("month", en.MONTHS.split("|"))
def test_every_reader_of_the_english_months_knows_each(month):
    assert re.fullmatch(dated_lists._MONTHS, month)
    assert dating._UP_TO_DATE.search(f"gains up to {month} 5")
    assert claims._FOLLOW_UP.search(f"{month} alone brought 40 sq km")


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_claimant_rule_reads_the_months_and_weekdays_of_periods(lang):
    when = re.compile(claimants._WHEN_WHERE)
    for table in (periods.MONTHS_LOC, periods.WEEKDAYS_ACC):
        for word in re.sub(r"\[[^]]*\]", "'", table[lang]).split("|"):
            assert when.fullmatch(word), word
