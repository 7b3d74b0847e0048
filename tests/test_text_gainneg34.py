"""Session 34, gainer and negation lane (GAINNEG34): phrasings of our own.

An English text with no speaker that uses one side's own war word once (a
"Kiev regime", a "khokhly", "the special military operation" outside quotes)
speaks in that side's voice: its "we" and "our troops" are that side's. A word
quoted from someone else does not set the voice; in Russian and Ukrainian two
words are still needed.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

from frontline.text.sides import side_of_document

RU_VOICE_EN = [
    "Evening summary. Our troops advanced 600 metres west of Hirnyk today. "
    "The Kiev regime keeps sending reserves to the sector.",
    "Our assault groups entered the eastern outskirts of Hirnyk overnight. "
    "The khokhly are counterattacking from the west.",
    "Our units pushed forward about 1 km near Hirnyk this week, continuing "
    "the special military operation in the area.",
]


@pytest.mark.parametrize("text", RU_VOICE_EN)
def test_one_russian_voice_word_makes_our_troops_russian(text: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] != "fighting"]
    assert rows and all(r[1] == "RU" for r in rows), rows


QUOTED_EN = [
    "Our troops advanced 600 metres west of Hirnyk, the Ukrainian commander "
    'said. Moscow says it wants "to achieve the goals of the special military '
    'operation".',
    "Our soldiers pushed forward 1 km near Hirnyk. Russian channels wrote of "
    '"the Kiev regime" retreating.',
    "Our units entered the outskirts of Hirnyk. Moscow’s statement spoke of "
    "“the special military operation” going to plan.",
]


@pytest.mark.parametrize("text", QUOTED_EN)
def test_a_quoted_voice_word_does_not_set_the_voice(text: str) -> None:
    rows = [r for r in claim_rows(text, "en") if r[0] != "fighting"]
    assert rows and all(r[1] == "UA" for r in rows), rows


def test_english_one_word_slavic_two_words() -> None:
    assert side_of_document("Our troops advanced. The Kiev regime lies.", "en") == "RU"
    assert side_of_document("Наши продвинулись. Киевский режим лжёт.", "ru") is None
    assert side_of_document("Наші просунулися, окупанти відступили.", "uk") is None
    assert side_of_document("The Kiev regime lies.") is None  # no language: two
