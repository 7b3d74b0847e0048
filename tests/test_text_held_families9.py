"""Triggers that fired but made no claim in the settlement and holding rules
(issue 8, round 9).

Families, each written from the pattern and tried in three phrasings of our own
per language (en/uk/ru):

- a place declared one side's again ("X is Ukrainian again", "Колоски знову
  українські", "Колоски снова наши"): a settlement claim for that side;
- control set up over a place with no agent ("Control over X has been
  established", "Над X встановлено контроль", "Контроль над X установлен"): a
  settlement claim; the place is the word after the preposition;
- a denied fall with no actor ("X has not fallen", "Зорівка не впала", "X не
  пала"): a negated settlement claim, the gainer the side that would have
  taken it;
- a named settlement held "in the hands" of a side, also first in its sentence
  ("Зорівка в руках ЗСУ", "X в руках ВСУ"): a held settlement, not cumulative.

Every sentence is invented for the test; the text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 10)


def settlement(text: str, lang: str):
    """The single settlement claim of ``text``."""
    got = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]
    assert len(got) == 1, (text, got)
    return got[0]


AGAIN = [
    ("Kolosky is Ukrainian again.", "en", "UA"),
    ("The village of Kolosky is once again Ukrainian, the brigade said.", "en", "UA"),
    ("After a week of assaults Kolosky is Russian again.", "en", "RU"),
    ("Колоски знову українські.", "uk", "UA"),
    ("Після тижня боїв село Колоски знову наше, повідомили в бригаді.", "uk", "UA"),
    ("Бригада повідомляє: Колоски знову українські!", "uk", "UA"),
    ("Колоски снова российские.", "ru", "RU"),
    ("Kolosky is Ukrainian once more.", "en", "UA"),
    ("Колоски знов українські.", "uk", "UA"),
    ("Колоски вновь украинские, сообщили в ВСУ.", "ru", "UA"),
    ("Колоски опять российские.", "ru", "RU"),
    ("Минобороны России: село Колоски снова наше.", "ru", "RU"),
    ("После недели штурмов Колоски снова украинские, сообщили в ВСУ.", "ru", "UA"),
]


@pytest.mark.parametrize(("text", "lang", "gainer"), AGAIN)
def test_place_declared_a_sides_again(text: str, lang: str, gainer: str) -> None:
    c = settlement(text, lang)
    assert [p.name for p in c.places] == ["Колоски" if lang != "en" else "Kolosky"]
    assert (c.gainer, c.negated, c.cumulative) == (gainer, False, False)


ESTABLISHED = [
    ("Control over Kolosky has been established.", "en", "Kolosky"),
    ("The general staff said control of Kolosky was fully restored.", "en", "Kolosky"),
    ("Control over the village of Kolosky has now been established.", "en", "Kolosky"),
    ("Над Колосками встановлено контроль.", "uk", "Колосками"),
    ("Контроль над Колосками встановлено, повідомив Генштаб ЗСУ.", "uk", "Колосками"),
    ("Контроль над селом Колоски вже відновлено.", "uk", "Колоски"),
    ("Над Колосками установлен контроль.", "ru", "Колосками"),
    (
        "Контроль над Колосками установлен, сообщили в Минобороны России.",
        "ru",
        "Колосками",
    ),
    ("Контроль над селом Колоски полностью восстановлен.", "ru", "Колоски"),
]


@pytest.mark.parametrize(("text", "lang", "place"), ESTABLISHED)
def test_control_established_without_agent(text: str, lang: str, place: str) -> None:
    c = settlement(text, lang)
    assert [p.name for p in c.places] == [place]
    assert (c.negated, c.cumulative) == (False, False)
    assert c.gainer in ("UA", "RU")


NOT_FALLEN = [
    ("The Ukrainian commander said Zorivka has not fallen.", "en"),
    ("Zorivka has not fallen, a Ukrainian brigade spokesman said on Monday.", "en"),
    ("Despite Russian claims, Zorivka hasn't fallen.", "en"),
    ("Zorivka has not yet fallen, Ukrainian officers said.", "en"),
    ("Зорівка ще не впала, бої тривають, заявили в ЗСУ.", "uk"),
    ("Речник ЗСУ заявив: Зорівка не впала, бої тривають.", "uk"),
    ("Зорівка не впала.", "uk"),
    ("Село Зорівка не впало, наголосили в бригаді ЗСУ.", "uk"),
    ("Представитель ВСУ заявил: Зоривка не пала, бои продолжаются.", "ru"),
    ("Представитель ВСУ уверяет, что Зоривка не пала.", "ru"),
    ("Село Зоривка не пало, сообщил представитель ВСУ.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_FALLEN)
def test_denied_fall_is_the_attackers_negated_gain(text: str, lang: str) -> None:
    c = settlement(text, lang)
    assert [p.name for p in c.places] == [
        "Zorivka" if lang == "en" else ("Зорівка" if lang == "uk" else "Зоривка")
    ]
    assert (c.gainer, c.negated) == ("RU", True)


IN_HANDS = [
    ("Zorivka remains in Ukrainian hands.", "en", "UA"),
    ("Zorivka is in Russian hands, the governor admitted.", "en", "RU"),
    (
        "The village of Zorivka remains in Ukrainian hands, the brigade said.",
        "en",
        "UA",
    ),
    ("Зорівка в руках ЗСУ.", "uk", "UA"),
    ("Село Зорівка у руках ворога, визнав речник.", "uk", "RU"),
    ("За словами речника, Зорівка в руках Сил оборони.", "uk", "UA"),
    ("Зоривка в руках ВСУ.", "ru", "UA"),
    ("Село Зоривка в руках российских войск, признал представитель ВСУ.", "ru", "RU"),
    ("По словам командира, Зоривка в наших руках.", "ru", None),
]


@pytest.mark.parametrize(("text", "lang", "gainer"), IN_HANDS)
def test_named_settlement_in_hands_is_held(
    text: str, lang: str, gainer: str | None
) -> None:
    c = settlement(text, lang)
    assert c.places[0].name in ("Zorivka", "Зорівка", "Зоривка")
    assert (c.negated, c.cumulative) == (False, False)
    if gainer is not None:
        assert c.gainer == gainer


LOOKALIKES = [
    ("Kolosky is Ukrainian, the historian said of the village's roots.", "en"),
    ("Знову наші бійці відбили атаку біля Колосків.", "uk"),
    ("Зоривка пала духом? Нет.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), LOOKALIKES)
def test_lookalikes_make_no_settlement_claim(text: str, lang: str) -> None:
    got = extract_claims(text, published=PUB, language=lang)
    assert not [c for c in got if c.kind == "settlement_control"], got


# a holder with no side word: a unit or the defenders (the text's own side),
# "they" (the side named before it), "our"/"наш" control of a place put first
HOLDERS = [
    ("The 47th Brigade still holds Zorivka, Ukraine's general staff said.", "en", "UA"),
    (
        "Zorivka is still held by the 47th Brigade, Ukraine's general staff said.",
        "en",
        "UA",
    ),
    ("The defenders still hold Zorivka, Ukraine's general staff said.", "en", "UA"),
    ("Зорівку досі утримує 47-ма бригада, повідомив Генштаб ЗСУ.", "uk", "UA"),
    ("За даними Генштабу ЗСУ, 47-ма бригада контролює Зорівку.", "uk", "UA"),
    ("Окупанти пішли в атаку, але вони досі утримують Зорівку.", "uk", "RU"),
    ("Зорівка під нашим контролем, сказав речник ЗСУ.", "uk", "UA"),
    ("Село Зоривку удерживает 47-я бригада, сообщили в Минобороны России.", "ru", "RU"),
    ("ВСУ отступили от реки, но они по-прежнему удерживают Зоривку.", "ru", "UA"),
    ("Зоривка под нашим контролем, заявили в Минобороны России.", "ru", "RU"),
]


@pytest.mark.parametrize(("text", "lang", "gainer"), HOLDERS)
def test_holder_without_a_side_word(text: str, lang: str, gainer: str) -> None:
    c = settlement(text, lang)
    assert c.places[0].name in ("Zorivka", "Зорівку", "Зорівка", "Зоривку", "Зоривка")
    assert (c.gainer, c.negated, c.cumulative) == (gainer, False, False)


# a pronoun subject of the holding words: the settlement named just before
PRONOUN_HELD = [
    ("Russian troops attacked Zorivka overnight. It remains in Ukrainian hands.", "en"),
    ("Russian troops attacked Zorivka, but it is still controlled by Ukraine.", "en"),
    ("Росіяни атакували Зорівку вночі. Вона досі в руках ЗСУ.", "uk"),
    ("Ворог штурмував Зорівку. Але вона й надалі під контролем ЗСУ.", "uk"),
    ("Российские войска атаковали Зоривку. Она по-прежнему под контролем ВСУ.", "ru"),
    ("Противник штурмовал Зоривку, но она до сих пор в руках ВСУ.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), PRONOUN_HELD)
def test_pronoun_holds_the_place_named_before(text: str, lang: str) -> None:
    c = settlement(text, lang)
    assert c.places[0].name in ("Zorivka", "Зорівку", "Зоривку")
    assert (c.gainer, c.negated, c.cumulative) == ("UA", False, False)
