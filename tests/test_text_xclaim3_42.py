"""Session 42, xclaim3: claimant families shared across the read sets
(phrasings of our own, three per language where a rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=DAY, language=lang)


# (a) a body opening the sentence, its object, then "not confirmed" closing
# the clause: the body speaks, and only that sentence
DENIER_FIRST = [
    ("ru", "Украинский Генштаб захват Зорьки не подтверждает.", "Украинский Генштаб"),
    (
        "ru",
        "Официально Минобороны России потерю Липового пока не подтверждает.",
        "Минобороны России",
    ),
    (
        "ru",
        "Украинская сторона информацию о взятии Зорьки не подтверждает, "
        "сообщая о боях у Липового.",
        "Украинская сторона",
    ),
    ("uk", "Генштаб ЗСУ захоплення Зорівки не підтверджує.", "Генштаб ЗСУ"),
    (
        "uk",
        "Офіційно Сили оборони втрату Липового поки не підтверджують.",
        "Сили оборони",
    ),
    (
        "uk",
        "Українська сторона інформацію про взяття Зорівки не підтверджує, "
        "повідомляючи про бої біля Липового.",
        "Українська сторона",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), DENIER_FIRST)
def test_denier_opening_the_sentence_speaks(lang: str, text: str, who: str) -> None:
    claims = _claims(text, lang)
    assert claims
    assert all(c.claimant == who for c in claims)


# the denier speaks its own sentence only: the voice before goes on after it
DENIER_ONCE = [
    (
        "ru",
        "Военный аналитик Иван Петров рассказал о боях у Липового. "
        "Украинский Генштаб захват Зорьки не подтверждает. "
        "Идут бои в районе Зорьки и Липового.",
        "Иван Петров",
    ),
    (
        "uk",
        "Військовий аналітик Іван Петренко розповів про бої біля Липового. "
        "Генштаб ЗСУ захоплення Зорівки не підтверджує. "
        "Тривають бої в районі Зорівки та Липового.",
        "Іван Петренко",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), DENIER_ONCE)
def test_denier_voice_does_not_carry(lang: str, text: str, who: str) -> None:
    claims = _claims(text, lang)
    last = [c for c in claims if c.kind == "fighting" and len(c.places) == 2]
    assert last
    assert last[-1].claimant == who


def test_denier_after_the_verb_still_read() -> None:
    claims = _claims("Украинский Генштаб не подтверждает захват Зорьки.", "ru")
    assert [c.claimant for c in claims] == ["Украинский Генштаб"]


# (b) a title's lead word before an analysis noun ("Weekly review", "Monthly
# tally", "Latest estimates") is no analyst's name
TITLE_LEAD = [
    "Weekly review\n\nRussian forces took 40 sq km near Zorivka.",
    "Monthly tally\n\nRussian forces took 40 sq km near Zorivka last month.",
    "Latest estimates\n\nUkrainian forces regained 12 sq km near Zorivka.",
]


@pytest.mark.parametrize("text", TITLE_LEAD)
def test_title_lead_word_is_no_analyst(text: str) -> None:
    claims = _claims(text, "en")
    assert claims
    assert all(c.claimant is None for c in claims)


def test_named_tally_still_read() -> None:
    text = "Russian forces took 40 sq km last week, according to DeepState's tally."
    assert [c.claimant for c in _claims(text, "en")] == ["DeepState"]
