"""Session 36, Ukrainian defect probe: phrasings of our own.

* a name right after an event noun before a speech verb ("Про звільнення X
  повідомив Генштаб", "Об освобождении X сообщил Генштаб") is the noun's
  object, no speaker: it stays the claim's place (toponyms._EVENT_NOUN_BEFORE;
  lang uk/ru EVENT_NOUNS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "places", "claimant"),
    [
        (
            "uk",
            "Про звільнення Кліщіївки повідомив Генштаб.",
            "UA",
            ["Кліщіївки"],
            "Генштаб",
        ),
        (
            "uk",
            "Вчора про захоплення Гродівки повідомив Сирський.",
            "RU",
            ["Гродівки"],
            "Сирський",
        ),
        (
            "ru",
            "О захвате Угледара сообщил Сырский.",
            "RU",
            ["Угледара"],
            "Сырский",
        ),
    ],
)
def test_event_noun_object_before_a_speech_verb(
    lang: str, text: str, gainer: str, places: list[str], claimant: str
) -> None:
    rows = claim_rows(text, lang)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("settlement_control", gainer, places)
    ]
    assert claimants(text, lang) == [claimant]
