"""Session 36, Ukrainian defect probe: phrasings of our own.

* a name right after an event noun before a speech verb ("Про звільнення X
  повідомив Генштаб", "Об освобождении X сообщил Генштаб") is the noun's
  object, no speaker: it stays the claim's place (toponyms._EVENT_NOUN_BEFORE;
  lang uk/ru EVENT_NOUNS).
* a numbered unit's abbreviation after a role ("командир 47-ї ОМБр") is no
  person's name: the claimant is the whole phrase, not "ОМБр" with the role
  "командир 47-ї" (claimants._unit_after_ordinal).
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, claim_rows, claimants

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "places", "claimant"),
    [
        (
            "uk",
            "Про звільнення Кліщіївки повідомив Генштаб.",
            "UA",
            ["Кліщіївки"],
            "Генштаб",
        ),
        (
            "uk",
            "Вчора про захоплення Гродівки повідомив Сирський.",
            "RU",
            ["Гродівки"],
            "Сирський",
        ),
        (
            "ru",
            "О захвате Угледара сообщил Сырский.",
            "RU",
            ["Угледара"],
            "Сырский",
        ),
    ],
)
def test_event_noun_object_before_a_speech_verb(
    lang: str, text: str, gainer: str, places: list[str], claimant: str
) -> None:
    rows = claim_rows(text, lang)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", gainer, places)
    ]
    assert claimants(text, lang) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Командир 47-ї ОМБр повідомив, що бригада звільнила Синьківку.",
            "Командир 47-ї ОМБр",
        ),
        ("«Ми звільнили Андріївку», — сказав командир 3-ї ОШБр.", "командир 3-ї ОШБр"),
        ("Речник 110-ї ОМБр заявив, що ворог захопив Піщане.", "Речник 110-ї ОМБр"),
    ],
)
def test_numbered_unit_abbreviation_is_no_name(text: str, claimant: str) -> None:
    claims = extract_claims(text, published=PUB, language="uk")
    assert [(c.claimant, c.claimant_role) for c in claims] == [(claimant, None)]


def test_person_after_a_numbered_unit_keeps_the_split() -> None:
    text = "«Росіяни зайшли в Нью-Йорк», — заявив речник 41-ї ОМБр Іван Петренко."
    claims = extract_claims(text, published=PUB, language="uk")
    assert [(c.claimant, c.claimant_role) for c in claims] == [
        ("Іван Петренко", "речник 41-ї ОМБр")
    ]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Окупанти захопили Селидове — DeepState.", "DeepState"),
        ("Ворог окупував Новогродівку, — DeepState.", "DeepState"),
        ("Окупанти просунулися біля Торецька, — Генштаб", "Генштаб"),
    ],
)
def test_source_after_a_dash_closing_a_line(text: str, claimant: str) -> None:
    assert claimants(text, "uk") == [claimant]


def test_dash_source_needs_a_line_of_one_sentence() -> None:
    text = "Ворог окупував Новогродівку. Наступна ціль — Мирноград."
    assert claimants(text, "uk") == [None]
