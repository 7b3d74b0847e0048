"""Session 36, known defects left open by session 35: phrasings of our own.

* "Data from DeepState showed …", "Figures from the DeepState project show
  …", "Mapping data from ISW indicated …": the source of the data speaks
  (claimants._MAP_SOURCE, _DATA_FROM).
* a speaker relaying another ("X, citing the General Staff, said",
  "Зеленський, посилаючись на Генштаб, заявив", "Песков, ссылаясь на
  источники, заявил"): the one cited is the claimant, as written
  (claimants.relayed_source, lang uk/ru SOURCE_NOUNS_RELAY).
"""

from __future__ import annotations

import pytest
from claim_rows import claimants


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Data from DeepState showed Russian forces captured Hostre.", "DeepState"),
        (
            "Figures from the DeepState project show that Russian troops took "
            "Hostre this week.",
            "DeepState",
        ),
        (
            "Mapping data from ISW indicated Ukrainian forces recaptured Robotyne.",
            "ISW",
        ),
    ],
)
def test_data_from_a_source(text: str, who: str) -> None:
    assert claimants(text, "en") == [who]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "Nazar Voloshyn, citing the General Staff, said Russian forces "
            "captured Hostre.",
            "General Staff",
        ),
        (
            "en",
            "Russian forces captured Hostre, Voloshyn said, citing the General Staff.",
            "General Staff",
        ),
        ("en", "Ukraine retook Robotyne, Umerov said, quoting Syrskyi.", "Syrskyi"),
        (
            "uk",
            "Зеленський, посилаючись на Генштаб, заявив, що ЗСУ звільнили Роботине.",
            "Генштаб",
        ),
        (
            "uk",
            "ЗСУ звільнили Роботине, заявив Зеленський, посилаючись на Сирського.",
            "Сирського",
        ),
        (
            "uk",
            "Посилаючись на Генштаб, Зеленський заявив, що ЗСУ звільнили Роботине.",
            "Генштаб",
        ),
        (
            "ru",
            "Песков, ссылаясь на источники, заявил, что российские войска заняли "
            "Угледар.",
            "источники",
        ),
        (
            "ru",
            "Российские войска заняли Угледар, заявил Песков, ссылаясь на Минобороны.",
            "Минобороны",
        ),
        (
            "ru",
            "Ссылаясь на Минобороны, Песков заявил, что российские войска заняли "
            "Угледар.",
            "Минобороны",
        ),
    ],
)
def test_relayed_speaker(lang: str, text: str, who: str) -> None:
    assert claimants(text, lang) == [who]


def test_citing_evidence_is_no_speaker() -> None:
    text = "The ministry — citing drone footage — said Russian forces took Hostre."
    assert claimants(text, "en") == ["The ministry"]
