"""Reading a text leaves no reference cycles behind (speed).

Objects caught in a cycle wait for the garbage collector, which then walks
them all (a sentence's context held a closure that held the context: every
sentence's mentions, places and claims were collected that way, a few per
cent of the engine's time). Texts of our own words, each language.
"""

from __future__ import annotations

import gc
from datetime import date

import pytest

from frontline.text.claims import extract_claims

TEXTS = [
    (
        "en",
        "Ukrainian troops liberated 12 square kilometres near Zorivka last week, "
        "the general staff said. Heavy fighting continues near Pylypivka. "
        "Russian forces advanced 2 km toward Stepanivka, the ministry claimed.",
    ),
    (
        "uk",
        "Сили оборони звільнили 5 кв. км поблизу села Зорівка, повідомив речник. "
        "Тривають бої біля Пилипівки. Ворог просунувся на 2 км.",
    ),
    (
        "ru",
        "Российские войска освободили населенный пункт Степановка, сообщили в "
        "Минобороны. Бои продолжаются в районе Пиловки.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_extraction_leaves_no_cyclic_garbage(lang: str, text: str) -> None:
    extract_claims(text, published=date(2024, 3, 6), language=lang)  # warm
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        claims = extract_claims(text, published=date(2024, 3, 6), language=lang)
        assert claims, "the text makes claims: the rules ran"
        del claims
        gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    assert kinds == []
