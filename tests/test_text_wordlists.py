"""The word lists shared by several modules of the extractor, each kept once.

The names of bodies (``BODY_WORDS``) and the months and weekdays
(``MONTH_WORDS``, ``WEEKDAY_WORDS``) live in ``text/lang/{en,uk,ru}.py``; the
modules that read them compile them from there (``lang.every``).
"""

from __future__ import annotations

import re

import pytest

from frontline.text import claimants, claims, page_speakers, sides
from frontline.text.lang import every
from frontline.text.rules.settlement import dated_lists

BODIES = {
    "en": ["the General Staff", "Ministry of Defence", "Press service"],
    "uk": ["Генштаб ЗСУ", "прес-служба бригади", "Командування Сил оборони"],
    "ru": ["Минобороны", "пресс-служба группировки", "штаб ВСУ"],
}
PEOPLE = ["Oleksandr Syrskyi", "Олександр Сирський", "Валерий Герасимов"]


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_every_reader_knows_a_body_by_the_same_words(lang: str) -> None:
    for name in BODIES[lang]:
        assert page_speakers._BODY.search(name), name
        assert claims._BODY_WORD.search(name), name
        # claimants reads the last word of a name: "... of the General Staff"
        assert claimants._BODY_END.search(name), name


def test_a_person_is_no_body() -> None:
    for name in PEOPLE:
        assert not claims._BODY_WORD.search(name), name
        assert not claimants._BODY_END.match(name.split()[-1]), name


def _forms(word: str, cases: tuple[str, ...], lang: str) -> set[str]:
    pymorphy3 = pytest.importorskip("pymorphy3")
    morph = pymorphy3.MorphAnalyzer(lang=lang)
    parse = next(p for p in morph.parse(word) if "NOUN" in p.tag)
    return {parse.inflect({case}).word for case in cases}


UK_MONTHS = (
    "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень"
)
RU_MONTHS = (
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
)


@pytest.mark.parametrize(("lang", "months"), [("uk", UK_MONTHS), ("ru", RU_MONTHS)])
def test_every_case_of_a_month_is_a_month_word(lang: str, months: str) -> None:
    words = re.compile(rf"(?:{every('MONTH_WORDS')})", re.IGNORECASE)
    for month in months.split():
        for form in _forms(month, ("nomn", "gent", "accs", "loct"), lang):
            assert words.match(form), form


@pytest.mark.parametrize(
    ("lang", "adjective"), [("uk", "лютих"), ("uk", "лютого"), ("ru", "маяк")]
)
def test_a_look_alike_of_a_month_is_no_month(lang: str, adjective: str) -> None:
    """ "лютого" is February's genitive; "лютих" (fierce) and "маяк" are not months."""
    words = re.compile(rf"(?:{every('MONTH_WORDS')})(?!\w)?", re.IGNORECASE)
    is_month = adjective == "лютого"
    assert bool(words.match(adjective)) is is_month


def test_a_month_or_day_ends_the_phrase_before_a_subject() -> None:
    """ "за січень ЗСУ втратили": the nominative month is a time word, so the
    side after it is the subject, not the preposition's object."""
    assert sides._PREP_BEFORE.search("за січень ") is None
    assert sides._PREP_BEFORE.search("проти ворога ") is not None


def test_list_items_dated_by_month_in_uk_and_ru() -> None:
    for text in ("у березні", "в начале мая", "наприкінці квітня"):
        assert dated_lists._ITEM_DATE.search(text), text
    assert dated_lists._ITEM_DATE.search("у траві") is None
