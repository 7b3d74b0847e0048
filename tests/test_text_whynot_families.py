"""Families found with the "why not" trace (text/trace.py), three phrasings each.

The sentences are our own; no corpus text is read here.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 12)


def kinds(text: str, lang: str = "en") -> dict[str, list]:
    out: dict[str, list] = {}
    for c in extract_claims(text, published=DAY, language=lang):
        out.setdefault(c.kind, []).append(c)
    return out


# -- entering a named town (English): an advance and control of the town ----


@pytest.mark.parametrize(
    ("text", "town", "gainer"),
    [
        (
            "Ukrainian troops entered the eastern town of Velykoborsk on Sunday.",
            "Velykoborsk",
            "UA",
        ),
        (
            "Russian forces have entered Dolynivka, the regional governor said.",
            "Dolynivka",
            "RU",
        ),
        (
            "Ukrainian units enter Ozernyi Hai after a week of heavy shelling",
            "Ozernyi Hai",
            "UA",
        ),
    ],
)
def test_entering_a_town_is_also_control_of_it(text, town, gainer):
    found = kinds(text)
    [settled] = found["settlement_control"]
    assert [p.name for p in settled.places] == [town]
    assert settled.gainer == gainer
    assert settled.extra.get("partial") is True
    assert [c.gainer for c in found["advance"]] == [gainer]


@pytest.mark.parametrize(
    "text",
    [
        # someone else's word, held at a distance
        'Russian bloggers wrote that Ukrainian troops had "entered" Velykoborsk.',
        # a way in, told by its direction: an advance only
        "Russian troops entered Dolynivka from the north on Tuesday.",
        # a region is no settlement
        "Russian forces entered the Kharkiv region in May, the army said.",
    ],
)
def test_entering_without_a_town_taken_stays_an_advance(text):
    assert "settlement_control" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Минулого тижня ворог зайшов у Велику Гать.", "uk"),
        ("Окупанти увійшли в Долинівку, повідомили в бригаді.", "uk"),
        ("Штурмовые группы вошли в Озерное, сообщил командир.", "ru"),
    ],
)
def test_slavic_entering_stays_an_advance(text, lang):
    # the uk/ru corpora label "зайшли в X" an advance as often as control
    found = kinds(text, lang)
    assert "settlement_control" not in found
    assert "advance" in found
