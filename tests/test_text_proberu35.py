"""Session 35, Russian defect probe: phrasings of our own.

* a settlement's kind written as an initialism with stops and no space ("н.п.
  Синьковка") ends no sentence, so the name after it is the place taken
  (clean.ABBREVIATIONS, toponyms._ends_sentence; lang uk/ru
  TOWN_ABBREVIATIONS).
* Ukraine's name in a Russian case ("Сил обороны Украины", "ВС Украины") and
  a national guard ("Нацгвардии") are no place (toponyms._STOP; lang ru
  NO_PLACE_WORDS).
* a speech verb written with "ё" ("Как передаёт ТАСС, …") names its source
  (claimants._RU_VERBS; lang ru SPEECH_VERBS28).
* an agency's initialism in capitals before a colon ("ТАСС: …", "УНІАН: …")
  is a source, not a dateline's town (claimants._capital_town; lang ru/uk
  AGENCY_INITIALISMS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "ru",
            "Группировка «Запад» освободила н.п. Синьковка Харьковской области.",
            "RU",
            "Синьковка",
        ),
        ("ru", "ВСУ оставили н.п. Невельское, сообщил Генштаб.", "RU", "Невельское"),
        ("uk", "ЗСУ звільнили н.п. Кругляківка на Харківщині.", "UA", "Кругляківка"),
    ],
)
def test_town_initialism_keeps_the_place(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, lang) if r[0] == "settlement_control"]
    assert [(r[1], r[3][0]) for r in rows] == [(gainer, place)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Подразделения Сил обороны Украины продвинулись у Работино.", "Работино"),
        ("Бойцы ВС Украины закрепились на окраине Работино.", "Работино"),
        ("Бойцы Нацгвардии Украины закрепились на окраине Работино.", "Работино"),
    ],
)
def test_country_and_guard_in_a_body_are_no_place(text: str, place: str) -> None:
    assert [r[3] for r in claim_rows(text, "ru")] == [[place]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Как передаёт ТАСС, ВС РФ заняли Нью-Йорк.", "ТАСС"),
        ("Как передаёт РИА Новости, российские войска вошли в Угледар.", "РИА Новости"),
        ("ВСУ оставили Невельское, передаёт ТАСС.", "ТАСС"),
    ],
)
def test_speech_verb_written_with_yo_names_the_source(text: str, who: str) -> None:
    assert claimants(text, "ru") == [who]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("ru", "ТАСС: ВС РФ освободили село Ивановка.", "ТАСС"),
        ("ru", "ИТАР-ТАСС: российские войска вошли в Угледар.", "ИТАР-ТАСС"),
        ("uk", "УНІАН: ЗСУ звільнили Роботине.", "УНІАН"),
    ],
)
def test_agency_initialism_label_is_a_source(lang: str, text: str, who: str) -> None:
    assert claimants(text, lang) == [who]


def test_capital_town_label_is_still_a_dateline() -> None:
    assert claimants("МОСКВА: войска освободили Угледар.", "ru") == [None]
