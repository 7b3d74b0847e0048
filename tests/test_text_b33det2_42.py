"""Session 42, blind33's missed claims after b33det (lane b33det2): phrasings
of our own, three per language where the class applies.

* B33DET242 (1): uk/ru a bare "took" in scare quotes before its place
  ("ворог знову «взяв» X", "снова «взяли» село X") made no claim: the
  lookahead of the bare "взяли / взял" (lang/uk, lang/ru "capture") wanted a
  space right after the verb; a closing quote mark may now stand between.
  A siege stays no capture (uk; ru "взяли X в кольцо" is a capture with
  or without quotes: left).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ворог у своїх каналах знову «взяв» Ямпіль.", "uk", "Ямпіль"),
        (
            "Росіяни вже втретє «взяли» село Невське, пишуть їхні блогери.",
            "uk",
            "Невське",
        ),
        ("Окупанти, за їхніми словами, «взяли» Сіверськ.", "uk", "Сіверськ"),
        ("Генерал Герасимов снова «взял» Ямполь.", "ru", "Ямполь"),
        (
            "Российские блогеры пишут, что десантники «взяли» село Невское.",
            "ru",
            "Невское",
        ),
        (
            "Российские штурмовики уже в третий раз «взяли» Северск.",
            "ru",
            "Северск",
        ),
    ],
)
def test_quoted_took_before_place(text: str, language: str, place: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    found = [c for c in claims if c.kind == "settlement_control"]
    assert len(found) == 1
    assert found[0].gainer == "RU"
    assert any(p.name == place for p in found[0].places)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Окупанти знову «взяли» Ямпіль в облогу.", "uk"),
        ("Росіяни «взяли» Сіверськ у кільце.", "uk"),
    ],
)
def test_quoted_took_siege_stays(text: str, language: str) -> None:
    claims = extract_claims(text, published=_PUB, language=language)
    assert not [c for c in claims if c.kind == "settlement_control"]
