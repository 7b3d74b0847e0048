"""Session 32, uk/ru lane: Ukrainian and Russian claims missed or with wrong
fields, each rule in three phrasings of our own per language.

* an advance told in a relative clause opened by "де"/"где" after a comma is
  at the place named right before it ("біля X, де ворог мав успіх"):
  rules/advance.py (``_POINTER``), anaphora.WHERE; digging in there after
  a move to the place ("відійшли до X, де закріпилися") is no advance of
  its own;
* a side's name after a fronted named place is the subject of the verb that
  follows it, a time of two words allowed between ("На Курщині Сили оборони
  минулого тижня відбили позиції біля X", "Под X ВСУ продвинулись"), not a
  word after a preposition: sides._new_subject (``_FRONTED_NAME``,
  ``_SIDE_NAME``, ``_VERB_NEXT``).
"""

from __future__ import annotations

import re

import pytest
from claim_rows import PUB, Row, claim_rows

from frontline.text.claims import extract_claims


def kinds(text: str, lang: str, kind: str) -> list[Row]:
    """The rows of ``kind`` that ``text`` gives."""
    return [r for r in claim_rows(text, lang) if r[0] == kind]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "uk",
            "Ворог штурмує позиції біля Торецька, де мав частковий успіх.",
            "RU",
            "Торецька",
        ),
        (
            "uk",
            "Сили оборони контратакували під Вовчанськом, де просунулися вперед.",
            "UA",
            "Вовчанськом",
        ),
        (
            "uk",
            "Окупанти знову наступали поблизу Курахового, де мали певний успіх.",
            "RU",
            "Курахового",
        ),
        (
            "ru",
            "Противник атаковал у Торецка, где имел частичный успех.",
            "UA",
            "Торецка",
        ),
        (
            "ru",
            "ВСУ контратаковали под Волчанском, где немного продвинулись.",
            "UA",
            "Волчанском",
        ),
        (
            "ru",
            "Российские войска штурмовали окраины Курахово, где добились успеха.",
            "RU",
            "Курахово",
        ),
    ],
)
def test_an_advance_in_a_where_clause_is_at_the_place_before(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = kinds(text, lang, "advance")
    assert [(g, pl) for _, g, _, pl, _ in rows] == [(gainer, [place])], rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Де ворог мав успіх, поки що невідомо."),
        ("ru", "Где противник имел успех, пока неизвестно."),
    ],
)
def test_where_with_no_place_before_stays_unplaced(lang: str, text: str) -> None:
    assert kinds(text, lang, "advance") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Наші підрозділи відійшли до Торецька, де закріпилися."),
        ("uk", "Ворог просунувся до околиць Торецька, де закріпився."),
        ("uk", "Сили оборони відступили до Вовчанська, де закріпилися на рубежі."),
        ("ru", "ВСУ отошли к Торецку, где закрепились."),
        ("ru", "Противник продвинулся к окраинам Торецка, где закрепился."),
        ("ru", "Российские войска отступили к Волчанску, где закрепились."),
    ],
)
def test_digging_in_where_is_no_advance_of_its_own(lang: str, text: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    # one claim, the move to the place; none from the digging in after "де"
    assert len(claims) == 1, claims
    assert not re.search(r"(?:де|где)\s", claims[0].quote)


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        (
            "uk",
            "Ворог окупував два села.\n\nНа Курщині Сили оборони минулого тижня "
            "відбили кілька позицій біля Махнівки.",
            "UA",
        ),
        ("uk", "Під Торецьком ЗСУ просунулися на два кілометри.", "UA"),
        ("uk", "Окупанти атакують.\n\nБіля Торецька ВС РФ просунулися на 1 км.", "RU"),
        ("ru", "Под Торецком ВСУ продвинулись на 2 км.", "UA"),
        (
            "ru",
            "Противник атаковал.\n\nВ Торецке Вооруженные силы Украины на днях "
            "продвинулись на 500 метров.",
            "UA",
        ),
        ("ru", "Россияне наступают.\n\nУ Торецка ВСУ продвинулись на 1 км.", "UA"),
    ],
)
def test_a_side_named_after_a_fronted_place_is_the_subject(
    lang: str, text: str, gainer: str
) -> None:
    rows = [r for r in claim_rows(text, lang) if r[0] == "advance"]
    assert [r[1] for r in rows] == [gainer], rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворог атакував в обороні ЗСУ біля Торецька."),
        ("ru", "Противник атаковал в обороне ВСУ у Торецка."),
    ],
)
def test_a_side_after_a_lower_case_noun_stays_a_genitive(lang: str, text: str) -> None:
    assert [r[0] for r in claim_rows(text, lang)] == ["fighting"]
