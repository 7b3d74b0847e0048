"""Session 39, lane b30miss2: missed claims blind30 left open after b30miss,
each rule tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


# B30MISS239 (a): a spoken push on with its distance after a comma ("we have
# moved further, about 2 km south of it") is an advance of that distance
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        (
            "Since then we have moved further, about 2 km south of the farm.",
            "en",
            "UA",
            2.0,
        ),
        ("We moved on, some 3 km past the bridge.", "en", "UA", 3.0),
        (
            "Our company went further, roughly five kilometres into the woods.",
            "en",
            "UA",
            5.0,
        ),
        (
            "Відтоді ми пішли далі, приблизно на 2 кілометри на південь від ферми.",
            "uk",
            "UA",
            2.0,
        ),
        ("Ми рушили далі, ще десь на три кілометри за річку.", "uk", "UA", 3.0),
        ("Наші хлопці пішли далі на 4 км до траси.", "uk", "UA", 4.0),
        (
            "С тех пор мы пошли дальше, примерно на 2 километра южнее фермы.",
            "ru",
            "RU",
            2.0,
        ),
        ("Мы двинулись дальше, ещё километра на три за реку.", "ru", "RU", 3.0),
        ("Наши парни пошли дальше на 4 км к трассе.", "ru", "RU", 4.0),
    ],
)
def test_push_on_with_distance_after_comma(
    text: str, lang: str, gainer: str, km: float
) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    adv = [c for c in cs if c.kind == "advance"]
    assert len(adv) == 1, cs
    assert adv[0].gainer == gainer
    assert adv[0].distance_km == km
    assert not adv[0].negated


# ... but "went further" with no distance, or a distance that is no move, is
# no advance
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The talks went further, about the 2 km buffer zone.", "en"),
        ("Розмова пішла далі, про села.", "uk"),
        ("Разговор пошёл дальше, о сёлах.", "ru"),
    ],
)
def test_going_further_without_a_move(text: str, lang: str) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    assert not [c for c in cs if c.kind == "advance"], cs
