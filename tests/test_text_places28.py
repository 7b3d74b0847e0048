# ruff: noqa: E501  (one test sentence a line reads best)
"""Places a claim lists (session 28, lane ``places``), in three phrasings of our
own per language: the settlement a direction points at ("в напрямку X"), the
members of a list the clause cut would lose. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 6)


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    claims = extract_claims(text, language=lang, published=DAY)
    return [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims]


# --- the settlement a direction points at (uk/ru) -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "names"),
    [
        (
            "Ворог просунувся на два кілометри в напрямку Костянтинівки.",
            "uk",
            "advance",
            ["Костянтинівки"],
        ),
        (
            "Противник атакував у напрямку Торецька та Щербинівки.",
            "uk",
            "fighting",
            ["Торецька", "Щербинівки"],
        ),
        (
            "Окупанти наступають у напрямку Гуляйполя, бої тривають.",
            "uk",
            "fighting",
            ["Гуляйполя"],
        ),
        (
            "Российские подразделения продвинулись на 10 километров к северу от Покровска, в направлении Доброполья.",
            "ru",
            "advance",
            ["Покровска", "Доброполья"],
        ),
        (
            "Противник атакует в направлении Курахово и Георгиевки.",
            "ru",
            "fighting",
            ["Курахово", "Георгиевки"],
        ),
        (
            "Штурмовики продвинулись на километр в направлении Северска.",
            "ru",
            "advance",
            ["Северска"],
        ),
    ],
)
def test_direction_names_its_settlement(
    text: str, lang: str, kind: str, names: list[str]
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == kind]
    assert got, text
    assert all(n in got[0][2] for n in names), got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На Покровському напрямку тривають бої.", "uk"),
        ("На Курахівському напрямку ворог атакував дванадцять разів.", "uk"),
        ("На Покровском направлении продолжаются бои.", "ru"),
    ],
)
def test_adjectival_sector_is_no_place(text: str, lang: str) -> None:
    got = _claims(text, lang)
    assert got and got[0][0] == "fighting"
    assert got[0][2] == [], got
