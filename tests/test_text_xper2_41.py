"""Session 41, lane xper2: period families the first period lane left, each
fix tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


def _spans(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract_claims(text, published=PUB, language=lang)
    return [
        (
            c.kind,
            str(c.period_start) if c.period_start else None,
            str(c.period_end) if c.period_end else None,
        )
        for c in claims
    ]


# XPER241 (a): "in the first three days" of an event whose day is named in
# the sentence or the one before: that day through the Nth day, not the
# launch day alone nor the publication day
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "On September 20 the brigade crossed the river, and in the first "
            "two days it pushed forward 4 km toward Novoselivka.",
            "en",
            ("advance", "2025-09-20", "2025-09-21"),
        ),
        (
            "Ukraine launched the operation on September 14. Officials said "
            "troops advanced 6 km over the first three days.",
            "en",
            ("advance", "2025-09-14", "2025-09-16"),
        ),
        (
            "The assault began on September 3, and within the first four days "
            "Russian units advanced 3 kilometres near Dachne.",
            "en",
            ("advance", "2025-09-03", "2025-09-06"),
        ),
        (
            "14 вересня бригада форсувала річку і за перші два дні просунулася "
            "на 4 км до Новоселівки.",
            "uk",
            ("advance", "2025-09-14", "2025-09-15"),
        ),
        (
            "20 вересня ЗСУ розпочали операцію і протягом перших трьох діб "
            "просунулися на 6 км.",
            "uk",
            ("advance", "2025-09-20", "2025-09-22"),
        ),
        (
            "Наступ почався 3 вересня, а у перші чотири дні російські "
            "підрозділи просунулися на 3 кілометри біля Дачного.",
            "uk",
            ("advance", "2025-09-03", "2025-09-06"),
        ),
        (
            "14 сентября бригада форсировала реку и за первые два дня "
            "продвинулась на 4 км к Новоселовке.",
            "ru",
            ("advance", "2025-09-14", "2025-09-15"),
        ),
        (
            "20 сентября ВСУ начали операцию и в первые трое суток "
            "продвинулись на 6 км.",
            "ru",
            ("advance", "2025-09-20", "2025-09-22"),
        ),
        (
            "Наступление началось 3 сентября, и за первые четыре дня "
            "российские подразделения продвинулись на 3 километра у Дачного.",
            "ru",
            ("advance", "2025-09-03", "2025-09-06"),
        ),
    ],
)
def test_first_days_count_from_the_day_named(
    text: str, lang: str, want: tuple[str, str, str]
) -> None:
    assert want in _spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the first days of September troops advanced 3 km near Dachne.", "en"),
        ("У перші дні вересня війська просунулися на 3 км біля Дачного.", "uk"),
        ("В первые дни сентября войска продвинулись на 3 км у Дачного.", "ru"),
    ],
)
def test_first_days_of_a_month_stay_the_month(text: str, lang: str) -> None:
    # control: the first days of a month named are no count from an event
    kinds = [
        c.extra.get("period_rule")
        for c in extract_claims(text, published=PUB, language=lang)
    ]
    assert kinds and "first_days" not in kinds


# XPER241 (b): "until the end of 2024" / "till the end of last year" found no
# time expression ("through the end of 2024" did): 31 December of that year;
# uk/ru ("до кінця 2024 року", "до конца 2024 года") read it already (controls)
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Fighting for Dachne went on until the end of 2024, the brigade said.",
            "en",
            ("fighting", None, "2024-12-31"),
        ),
        (
            "Russian forces kept advancing near Kurakhove till the end of 2024.",
            "en",
            ("advance", None, "2024-12-31"),
        ),
        (
            "Russian units advanced 2 km near Dachne until the end of last year.",
            "en",
            ("advance", None, "2024-12-31"),
        ),
        (
            "Бої за Дачне тривали до кінця 2024 року.",
            "uk",
            ("fighting", None, "2024-12-31"),
        ),
        (
            "Бои за Дачное продолжались до конца 2024 года.",
            "ru",
            ("fighting", None, "2024-12-31"),
        ),
    ],
)
def test_until_the_end_of_a_year(
    text: str, lang: str, want: tuple[str, None, str]
) -> None:
    assert want in _spans(text, lang)
