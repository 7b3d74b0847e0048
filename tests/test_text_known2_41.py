"""Session 41, defects the first lanes left (lane known2): phrasings of our
own, three per language where the class applies.

* KNOWN2-41 (4): a denial pointing back after a contrast word kept the word
  in its claimant ("…, хоча ЗСУ цього не підтверджують" gave "хоча ЗСУ"):
  the opening words cut before the subject are every language's contrast
  words (lang CONTRAST_WORDS) with the joining ones
  (pointing_back._OPENING_WORD).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "language", "claimant"),
    [
        (
            "Російські канали повідомили про захоплення Степового, хоча ЗСУ "
            "цього не підтверджують.",
            "uk",
            "ЗСУ",
        ),
        (
            "Окупанти заявили про захоплення Зорівки, втім Генштаб цього не "
            "підтверджує.",
            "uk",
            "Генштаб",
        ),
        (
            "Окупанти заявили про захоплення Зорівки, однак Генштаб це "
            "спростовує.",
            "uk",
            "Генштаб",
        ),
        (
            "Российские каналы сообщили о захвате Степового, хотя ВСУ этого "
            "не подтверждают.",
            "ru",
            "ВСУ",
        ),
        (
            "Российские блогеры заявили о захвате Зоривки, однако Генштаб ВСУ "
            "это опровергает.",
            "ru",
            "Генштаб ВСУ",
        ),
        (
            "Оккупанты объявили о взятии Зоривки, но Генштаб этого не "
            "подтверждает.",
            "ru",
            "Генштаб",
        ),
        ("Moscow claimed the capture of Zorivka, though Kyiv denied it.", "en", "Kyiv"),
        (
            "Russian bloggers reported the capture of Stepove, although Kyiv "
            "denied it.",
            "en",
            "Kyiv",
        ),
        (
            "Moscow announced the capture of Zorivka; however Kyiv denied it.",
            "en",
            "Kyiv",
        ),
    ],
)
def test_contrast_word_is_no_part_of_a_denier(
    text: str, language: str, claimant: str
) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    denied = [c for c in claims if c.negated]
    assert denied, claims
    assert denied[-1].claimant == claimant
    assert denied[-1].gainer == "RU"

