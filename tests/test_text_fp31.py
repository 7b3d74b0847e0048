"""Session 31 precision rules (FP31): spurious claims in en/uk/ru.

Each rule: three phrasings of our own per language where it applies, and a
near phrasing that is a real claim and stays one. Nothing here reads
``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def _fights(text: str, lang: str) -> list[list[str]]:
    """The places of every fighting claim of ``text``."""
    return [r[3] for r in claim_rows(text, lang) if r[0] == "fighting"]


# --- a fight still going on after a count of attacks stopped (uk/ru) ---

GOES_ON_TOLD_AGAIN = [
    (
        "На Лиманському напрямку ворог 23 рази атакував поблизу Ямполівки та "
        "Торського. Наші захисники зупинили 19 атак, бої тривають.",
        "uk",
    ),
    (
        "На Сіверському напрямку противник шість разів намагався просунутися "
        "біля Білогорівки. Один бій досі триває.",
        "uk",
    ),
    (
        "На Костянтинівському напрямку окупанти здійснили 14 штурмових дій "
        "поблизу Предтечиного. Відбито 10 атак, ще чотири боєзіткнення "
        "тривають.",
        "uk",
    ),
    (
        "На Купянском направлении противник 12 раз атаковал у Синьковки и "
        "Петропавловки. Наши бойцы отразили девять атак, бои продолжаются.",
        "ru",
    ),
    (
        "На Северском направлении ВСУ пять раз пытались прорваться у "
        "Серебрянки. Один бой до сих пор продолжается.",
        "ru",
    ),
    (
        "На Угледарском направлении противник провел 18 атак в районе "
        "Богоявленки. Отбито 15 атак, ещё три боестолкновения идут.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "lang"), GOES_ON_TOLD_AGAIN)
def test_fight_going_on_after_attacks_stopped_is_the_fight_told(
    text: str, lang: str
) -> None:
    """The count stopped and the fights still going on are the counted fight
    of the sentence before: one fighting claim, at its places."""
    fights = _fights(text, lang)
    assert len(fights) == 1
    assert len(fights[0]) >= 1


NEW_COUNT = [
    (
        "Противник продовжує штурмувати позиції на околицях Гуляйполя. "
        "За добу відбито 12 атак.",
        "uk",
    ),
    (
        "Противник продолжает штурмовать позиции у Работино. За сутки отбито 12 атак.",
        "ru",
    ),
]


@pytest.mark.parametrize(("text", "lang"), NEW_COUNT)
def test_a_count_of_the_day_with_no_fight_going_on_stays(text: str, lang: str) -> None:
    """A count of the day told after an uncounted fight, with no fight said to
    go on, is a claim of its own (gold counts it)."""
    assert len(_fights(text, lang)) == 2


def test_fight_going_on_at_a_place_of_its_own_stays() -> None:
    """Fights going on at a place the sentence names are a fight of their
    own."""
    text = (
        "На Покровському напрямку ворог 30 разів атакував біля Лисівки. "
        "Бої тривають і в Мирнограді."
    )
    assert len(_fights(text, "uk")) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ворог 15 разів атакував поблизу Дружби. Бої тривають на околицях.",
            "uk",
        ),
        (
            "Противник 15 раз атаковал у Дружбы. Бои продолжаются на окраинах.",
            "ru",
        ),
    ],
)
def test_fight_going_on_somewhere_told_stays(text: str, lang: str) -> None:
    """Fights said to go on at a part of the place ("on the outskirts") are a
    fight there, not the count before told again."""
    assert len(_fights(text, lang)) == 2


# --- a foothold held or shrinking is no advance (en) ---


def _kinds(text: str, lang: str = "en") -> list[str]:
    return [r[0] for r in claim_rows(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Oleshky, where Ukrainian marines have held a foothold since the spring, "
        "was shelled again.",
        "The brigade keeps a small bridgehead on the eastern bank of the Oskil.",
        "By March their foothold in the Belgorod region had shrunk to about 40 sq km.",
    ],
)
def test_a_foothold_held_or_shrinking_is_no_advance(text: str) -> None:
    """A foothold kept for months, or one that shrank, tells no movement."""
    assert "advance" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops gained a foothold on the outskirts of Toretsk.",
        "Ukrainian units established a bridgehead near Krynky.",
        "The enemy managed to win a foothold near Dvorichna.",
    ],
)
def test_a_foothold_won_is_still_a_claim(text: str) -> None:
    """A foothold gained or established is still claimed."""
    assert _kinds(text)


# --- English: counted fights still going on after a fight at its places ---


@pytest.mark.parametrize(
    "text",
    [
        "In the Lyman direction, the enemy attacked 14 times near Torske and "
        "Zarichne. Ukrainian troops stopped ten of them, and four clashes are "
        "still ongoing.",
        "Near Vovchansk the invaders attacked three times. One battle is still "
        "under way.",
        "In the Kurakhove direction the enemy made 22 assaults near Dachne and "
        "Uspenivka. Two battles are still raging.",
    ],
)
def test_english_fights_still_going_on_are_the_fight_told(text: str) -> None:
    """Counted fights still going on are the fight told before: one claim."""
    assert len(_fights(text, "en")) == 1


def test_english_fight_going_on_at_a_new_place_stays() -> None:
    """A fight still going on at a place of its own is a second fight."""
    text = (
        "The enemy attacked 12 times near Torske. Fighting is still ongoing in Siversk."
    )
    assert len(_fights(text, "en")) == 2
