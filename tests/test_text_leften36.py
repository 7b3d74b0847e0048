"""Session 36, English defects left open by this session's lanes: phrasings
of our own.

* an answer word closed by a stop or comma ("A: No. Our forces still hold
  X.", "— Ні, наші сили досі утримують X", "— Нет, наши войска удерживают
  X") negates nothing after it, and "No" opening a reply is no place
  (negation._answer_word; lang ANSWER_NO, en DISCOURSE_WORDS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Q: Have Russian forces taken Hostre?\nA: No. Our forces still hold "
            "Hostre.",
            "Hostre",
        ),
        ("en", "Q: Is Hostre lost?\nA: No, our units still control Hostre.", "Hostre"),
        (
            "uk",
            "— Чи захопили росіяни Гостре?\n— Ні, наші сили досі утримують Гостре.",
            "Гостре",
        ),
        (
            "ru",
            "— Взяли ли россияне Гостре?\n— Нет, наши войска по-прежнему "
            "удерживают Гостре.",
            "Гостре",
        ),
    ],
)
def test_answer_word_negates_nothing(lang: str, text: str, place: str) -> None:
    rows = claim_rows(text, lang)
    assert rows, text
    assert all(not neg and places == [place] for _, _, neg, places, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "A: No, Russian troops have not captured Hostre.",
        "No, Hostre has not fallen.",
        "Нет, российские войска не взяли Гостре.",
    ],
)
def test_a_negation_after_the_answer_still_negates(text: str) -> None:
    lang = "ru" if "Гостре" in text else "en"
    rows = claim_rows(text, lang)
    assert rows and all(neg for _, _, neg, _, _ in rows)
