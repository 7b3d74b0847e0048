"""Claimants, session 32 (CLAIMANT32): own phrasings only, three per rule
and language; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _claims_after(text: str, marker: str, lang: str) -> list:
    """The claims of ``text`` (in ``lang``) that start at or after ``marker``."""
    at = text.index(marker)
    claims = [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.char_start >= at
    ]
    assert claims, text
    return claims


# a uk/ru linking aside between commas ("X, в свою очередь, сообщает …",
# "X, своєю чергою, заявили …") leaves X the sentence's speaker, not the
# speaker named in the sentence before
@pytest.mark.parametrize(
    ("text", "marker", "lang", "name"),
    [
        (
            "Минобороны России заявило, что войска освободили Ивановку. "
            "Украинская сторона, в свою очередь, сообщает, что бои у Ивановки "
            "продолжаются.",
            "Украинская",
            "ru",
            "Украинская сторона",
        ),
        (
            "Генштаб ВСУ сообщил об отражении атак у Липовки. Российские "
            "военкоры, однако, признали, что ВСУ продвинулись на 2 км у Липовки.",
            "Российские",
            "ru",
            "Российские военкоры",
        ),
        (
            "Губернатор Иван Петров заявил, что враг отброшен от Лесного. "
            "Командование группировки, со своей стороны, сообщило, что бои у "
            "Лесного идут третий день.",
            "Командование",
            "ru",
            "Командование группировки",
        ),
        (
            "Генштаб ЗСУ повідомив, що ворог атакував біля Гаврилівки. "
            "Російські блогери, своєю чергою, заявили про захоплення Гаврилівки.",
            "Російські",
            "uk",
            "Російські блогери",
        ),
        (
            "Міноборони РФ заявило, що військам вдалося захопити Липове. "
            "Українська сторона, однак, повідомляє, що бої за Липове тривають.",
            "Українська",
            "uk",
            "Українська сторона",
        ),
        (
            "Речник Іван Коваль сказав, що ворог відступив від Зеленого. "
            "Командування бригади, зі свого боку, повідомило, що біля Зеленого "
            "тривають бої.",
            "Командування",
            "uk",
            "Командування бригади",
        ),
    ],
)
def test_link_aside_keeps_speaker(text: str, marker: str, lang: str, name: str) -> None:
    for c in _claims_after(text, marker, lang):
        assert c.claimant == name, (c.claimant, c.kind, text)
