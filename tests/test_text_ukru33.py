"""Session 33, uk/ru lane: Ukrainian and Russian detection and gainer, each
rule in three phrasings of our own per language.

* digging in on the outskirts of a named town, the town told right after
  ("закріпилися на південній околиці X", "закрепились лишь на восточной
  окраине X") is partial control of it, as digging in inside it; outskirts
  named nowhere, or a region's, stay an advance: rules/advance.py
  (``_ON_OUTSKIRTS``, ``_dug_in_outskirts``);
* the reflexive "to take up, engage in" ("заняться разминированием X",
  "занялись укреплением обороны у X", "зайнятися евакуацією X") is no
  capture: lang/ru.py and lang/uk.py, the capture row's "занял/занят" and
  "зайнят" forms.
"""

from __future__ import annotations

import pytest
from claim_rows import Row, claim_rows


def kinds(text: str, lang: str, kind: str) -> list[Row]:
    """The rows of ``kind`` that ``text`` gives."""
    return [r for r in claim_rows(text, lang) if r[0] == kind]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "uk",
            "Російські підрозділи закріпилися на південній околиці Мирного.",
            "RU",
            "Мирного",
        ),
        ("uk", "Ворог уже закріпився на околицях Зеленого Гаю.", "RU", "Зеленого Гаю"),
        (
            "uk",
            "Українські штурмовики закріпилися лише на західній околиці Ольховки.",
            "UA",
            "Ольховки",
        ),
        (
            "ru",
            "Наши штурмовые группы закрепились на северной окраине Ольховки.",
            "RU",
            "Ольховки",
        ),
        (
            "ru",
            "ВСУ закрепились лишь на восточной окраине Малиновки.",
            "UA",
            "Малиновки",
        ),
        (
            "ru",
            "Российские бойцы уже закрепились на окраинах Мирного.",
            "RU",
            "Мирного",
        ),
    ],
)
def test_dug_in_on_named_outskirts_is_partial_control(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = claim_rows(text, lang)
    assert [r[:4] for r in rows] == [("settlement_control", gainer, False, [place])]
    assert rows[0][4] == "advance-entered:advance"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворог закріпився на околицях Запорізької області."),
        ("uk", "Російські війська закріпилися біля Мирного."),
        ("ru", "Противник закрепился на окраинах Запорожской области."),
        ("ru", "Российские войска закрепились севернее Мирного."),
    ],
)
def test_dug_in_elsewhere_stays_an_advance(lang: str, text: str) -> None:
    assert kinds(text, lang, "settlement_control") == []
    assert len(kinds(text, lang, "advance")) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Саперам предстоит заняться разминированием Ольховки."),
        ("ru", "Военные занялись укреплением обороны у Мирного."),
        ("ru", "Волонтеры занялась эвакуацией жителей Малиновки."),
        ("uk", "Військові мають зайнятися укріпленням оборони біля Мирного."),
        ("uk", "Рятувальникам доведеться зайнятися евакуацією Ольховки."),
        ("uk", "Саперам треба зайнятися розмінуванням полів біля Малинівки."),
    ],
)
def test_taking_up_a_task_is_no_capture(lang: str, text: str) -> None:
    assert kinds(text, lang, "settlement_control") == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "ВС РФ заняли Ольховку.", "Ольховку"),
        ("ru", "Мирное занято российскими войсками.", "Мирное"),
        ("ru", "Российские войска заняли Малиновку.", "Малиновку"),
        ("uk", "Росіяни зайняли Ольховку.", "Ольховку"),
        ("uk", "Ольховка зайнята російськими військами.", "Ольховка"),
        ("uk", "Ворог зайняв Малинівку.", "Малинівку"),
    ],
)
def test_taking_a_town_stays_a_capture(lang: str, text: str, place: str) -> None:
    rows = kinds(text, lang, "settlement_control")
    assert [(r[1], r[3]) for r in rows] == [("RU", [place])]
