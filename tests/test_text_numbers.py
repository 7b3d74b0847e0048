"""Numbers as written: separators, decimal commas, number words in en/uk/ru."""

from __future__ import annotations

import pytest

from frontline.text.numbers import number_before, parse_digits, word_value


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1,263", 1263.0),
        ("12,6", 12.6),
        ("470 000", 470000.0),
        ("470\u00a0000", 470000.0),
        ("5.2", 5.2),
        ("68,500", 68500.0),
        ("3", 3.0),
    ],
)
def test_digits_with_separators(token, value):
    assert parse_digits(token) == pytest.approx(value)


def _before(text: str, lang: str = "en") -> float | None:
    """Value of the number right before the last word of ``text``."""
    m = number_before(text, text.rstrip().rfind(" ") + 1, lang)
    return m.value if m else None


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("troops took three villages", "en", 3),
        ("some twenty-five kilometres", "en", 25),
        ("a dozen hamlets", "en", 12),
        ("one hundred square", "en", 100),
        ("two thousand square", "en", 2000),
        ("звільнили сорок сіл", "uk", 40),
        ("близько двох кілометрів", "uk", 2),
        ("понад тисячу квадратних", "uk", 1000),
        ("півтора кілометра", "uk", 1.5),
        ("4,2 тис. га", "uk", 4200),
        ("освободили три населенных", "ru", 3),
        ("продвинулись на пять километров", "ru", 5),
        ("более тысячи квадратных", "ru", 1000),
        ("около двадцати сел", "ru", 20),
    ],
)
def test_number_words_and_inflections(text, lang, value):
    assert _before(text, lang) == pytest.approx(value)


def test_words_that_only_look_like_numbers_are_not_numbers():
    assert word_value("тривають") is None  # starts with "три"
    assert word_value("стосується") is None  # starts with "сто"
    assert _before("heavy fighting continues", "en") is None


def test_genitive_one_and_a_half():
    from frontline.text.numbers import number_before as _nb

    t = "около полутора тысяч"
    assert _nb(t, len(t), "ru").value == 1500.0
