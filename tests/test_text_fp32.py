"""Session 32 precision rules (FP32): spurious claims in en/uk/ru.

Each rule: three phrasings of our own per language where it applies, and a
near phrasing that is a real claim and stays one. Nothing here reads
``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def _kinds(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(kind, places) of every claim of ``text``."""
    return [(r[0], r[3]) for r in claim_rows(text, lang)]


# --- a place described by what it has long withstood, for a counted span ---

LONG_COUNTED_SPAN = [
    "Moscow said it had taken Kreminna, which Russian units have been "
    "attempting to storm for over a year.",
    "The army said it had captured Marinka, a suburb that its units had "
    "been attempting to storm for nearly two years.",
    "Russia claimed it had occupied Siversk, which its forces have been "
    "trying to take for 18 months.",
]


@pytest.mark.parametrize("text", LONG_COUNTED_SPAN)
def test_attempts_over_a_counted_span_in_a_clause_are_background(text: str) -> None:
    """The clause describes the place; the capture is the only claim."""
    kinds = _kinds(text, "en")
    assert [k for k, _ in kinds] == ["settlement_control"]


def test_attempts_told_as_news_stay_a_fight() -> None:
    """An attempt at a place that is the news is still a fight."""
    kinds = _kinds(
        "Russian troops tried to storm Kreminna twice on Tuesday, the army said.",
        "en",
    )
    assert ("fighting", ["Kreminna"]) in kinds


# --- a counter-attack told as what won ground: the gain, no fight beside it ---

COUNTER_WON = [
    ("Kyiv's counter-attacks have won back two tree lines east of Kreminna.", "en"),
    ("Ukrainian counter-attacks recovered little: about 40 km2 near Synkivka.", "en"),
    ("Ukrainian counterattacks pushed the Russians back from Robotyne.", "en"),
    ("Наші бійці контратакували і, ймовірно, відновили позиції під Кліщіївкою.", "uk"),
    ("Українські контратаки повернули позиції біля Синьківки.", "uk"),
    ("Контратака 47-ї бригади відновила позиції під Роботиним.", "uk"),
    (
        "Бригада провела контратаку и, возможно, восстановила положение у Кременной.",
        "ru",
    ),
    ("Контратакой бойцы восстановили положение у Синьковки.", "ru"),
    ("Контратака 3-й бригады вернула позиции у Синьковки.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTER_WON)
def test_counterattack_that_won_ground_is_no_fight(text: str, lang: str) -> None:
    """The counter-attack is the means of the gain, not a fight of its own."""
    assert "fighting" not in [k for k, _ in _kinds(text, lang)]


COUNTER_FOUGHT = [
    ("Ukrainian troops launched counterattacks near Kreminna on Tuesday.", "en"),
    ("Сили оборони контратакують під Кліщіївкою.", "uk"),
    ("ВСУ контратаковали у Синьковки, но не вернули позиции.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTER_FOUGHT)
def test_counterattack_without_a_gain_stays_a_fight(text: str, lang: str) -> None:
    """A counter-attack that won nothing is still the fight at its place."""
    assert "fighting" in [k for k, _ in _kinds(text, lang)]


# --- a fight told in a reminder sentence is background (uk/ru) ---

REMINDED = [
    ("Нагадаємо, штурми Вовчанська окупанти ведуть ще з весни 2024 року.", "uk"),
    ("Нагадуємо, що бої за Кліщіївку тривали кілька місяців.", "uk"),
    ("Нагадаю, наступ на Куп'янськ ворог розпочав восени.", "uk"),
    ("Напомним, бои за Работино шли все лето 2023 года.", "ru"),
    ("Напомним, что штурм Кременной начался в октябре.", "ru"),
    ("Напоминаем, наступление на Волчанск российские войска начали весной.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), REMINDED)
def test_a_fight_in_a_reminder_is_background(text: str, lang: str) -> None:
    """A sentence that reminds the reader of the story so far tells no fight."""
    assert "fighting" not in [k for k, _ in _kinds(text, lang)]


REMINDED_NEWS = [
    ("Нагадаємо, у вівторок штаб звітував про 95 атак біля Покровська.", "uk"),
    ("Напомним, накануне сообщалось о 40 атаках у Покровска.", "ru"),
    ("Бої за Кліщіївку тривають, повідомив речник.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), REMINDED_NEWS)
def test_a_count_reminded_or_a_fight_told_stays(text: str, lang: str) -> None:
    """A count of fights reported earlier, or a fight told plainly, stays."""
    assert "fighting" in [k for k, _ in _kinds(text, lang)]
