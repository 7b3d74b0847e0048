"""Claimants, session 33 round 2 (CLAIMANT33b): uk/ru speaker choice; own
phrasings only, three per rule and language; nothing here reads
``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claimants

PUB = date(2025, 5, 3)


def _claimants(text: str, lang: str) -> list[str | None]:
    """The claimant of every claim of ``text`` (in ``lang``)."""
    return claimants(text, lang, PUB)


# a body or a trade in lower case after the speech verb speaks the sentence
# ("…, повідомляє пресслужба бригади", "…, сообщает группировка «Север»")
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Наші штурмові групи звільнили Ямпіль, повідомляє пресслужба 81-ї бригади.",
            "uk",
            "пресслужба 81-ї бригади",
        ),
        (
            "«Ворог відійшов від Торського», — зазначило командування угруповання.",
            "uk",
            "командування угруповання",
        ),
        (
            "Зранку росіяни захопили Степове, повідомила пресслужба "
            "угруповання «Таврія».",
            "uk",
            "пресслужба угруповання «Таврія»",
        ),
        (
            "Российские войска продолжают попытки наступать у Садков, "
            "сообщает группировка «Север».",
            "ru",
            "группировка «Север»",
        ),
        (
            "«Наши подразделения освободили Ямполь», — сообщает пресс-служба бригады.",
            "ru",
            "пресс-служба бригады",
        ),
        (
            "Противник оставил Нелеповку, заявило командование группировки.",
            "ru",
            "командование группировки",
        ),
    ],
)
def test_lower_case_body_after_the_verb_speaks(text, lang, name):
    assert _claimants(text, lang) == [name]


# a word in an oblique case after the verb is its addressee, no speaker
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росіяни захопили Ямпіль, повідомив журналістам речник.", "uk"),
        ("Росіяни захопили Ямпіль, сказав військовим командир.", "uk"),
        ("Противник захватил Ямполь, рассказал журналистам командир.", "ru"),
    ],
)
def test_addressee_after_the_verb_is_no_speaker(text, lang):
    assert _claimants(text, lang) == [None]
