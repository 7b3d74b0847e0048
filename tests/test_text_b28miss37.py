"""Missed and spurious claims from blind28's error classes, session 37 (lane
b28miss): own phrasings only, three per language; nothing here reads
``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=PUB, language=lang)


# --- a count or a place still "under occupation": held by the occupier -----
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Some 28 settlements in the district remain under Russian occupation.",
            "en",
            28,
        ),
        ("Twelve villages of the community are still under occupation.", "en", 12),
        ("About 40 villages were still under occupation, the governor said.", "en", 40),
        ("Під окупацією залишаються 28 населених пунктів області.", "uk", 28),
        ("Нині 12 сіл громади досі перебувають під окупацією.", "uk", 12),
        ("Під російською окупацією лишаються ще 40 сіл району.", "uk", 40),
        ("Под оккупацией остаются 28 населенных пунктов области.", "ru", 28),
        ("Двенадцать сел района до сих пор находятся под оккупацией.", "ru", 12),
        ("Еще 40 сел района остаются под временной оккупацией.", "ru", 40),
    ],
)
def test_count_under_occupation_is_held_by_the_occupier(text, lang, count):
    (c,) = _claims(text, lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
    assert c.extra.get("settlements_count") == count
    assert c.cumulative is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oleshky remains under occupation.", "en"),
        ("Під окупацією досі лишаються Олешки.", "uk"),
        ("Алешки до сих пор находятся под оккупацией.", "ru"),
    ],
)
def test_town_under_occupation_is_held_by_the_occupier(text, lang):
    (c,) = _claims(text, lang)
    assert c.kind == "settlement_control"
    assert c.gainer == "RU"
