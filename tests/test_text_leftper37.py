"""Session 37, leftper: the period classes b28per left open, in phrasings of
our own (three per language; nothing here reads ``../shared``)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

APR2 = date(2025, 4, 2)
JUL3 = date(2025, 7, 3)
Q1 = (date(2025, 1, 1), date(2025, 3, 31))
H1 = (date(2025, 1, 1), date(2025, 6, 30))


def _after(text: str, marker: str, language: str, published: date):
    """The claims of ``text`` from ``marker`` on (at least one)."""
    at = text.index(marker)
    found = [
        c
        for c in extract_claims(text, published=published, language=language)
        if c.char_start >= at and c.kind != "fighting"
    ]
    assert found, text
    return found


# 1. "over the same period" in a later sentence: the span told before it,
# even when that sentence compared it with another time, or a sentence
# without a span came between
@pytest.mark.parametrize(
    ("text", "language", "published", "span"),
    [
        (
            "Between January 1 and March 31 Russian forces captured 900 sq km. "
            "Over the same period, Ukrainian troops retook about 150 sq km.",
            "en",
            APR2,
            Q1,
        ),
        (
            "In the first half of 2025 Russia captured 2,000 sq km, far more "
            "than in the first half of 2024. The average was 11 sq km a day.\n\n"
            "Over the same period, Ukrainian forces retook roughly 300 sq km.",
            "en",
            JUL3,
            H1,
        ),
        (
            "Russian troops took 900 sq km in the first quarter of 2025, less "
            "than a year earlier. During the same time Ukraine liberated the "
            "village of Zelene.",
            "en",
            APR2,
            Q1,
        ),
        (
            "З 1 січня по 31 березня російські війська захопили 900 км². "
            "За той самий період ЗСУ звільнили близько 150 км².",
            "uk",
            APR2,
            Q1,
        ),
        (
            "У першому півріччі 2025 року росіяни захопили 2 000 км², більше, "
            "ніж торік. Це в середньому 11 км² на добу.\n\n"
            "За той самий період ЗСУ звільнили близько 300 км².",
            "uk",
            JUL3,
            H1,
        ),
        (
            "У першому кварталі 2025 року ворог окупував 900 км², менше, ніж "
            "у першому кварталі 2024 року. За цей же час Сили оборони "
            "звільнили село Зелене.",
            "uk",
            APR2,
            Q1,
        ),
        (
            "В период с 1 января по 31 марта российские войска заняли 900 кв. "
            "км, это меньше, чем в первом квартале прошлого года. ВСУ за тот "
            "же период вернули под контроль около 150 кв. км.",
            "ru",
            APR2,
            Q1,
        ),
        (
            "В первом полугодии 2025 года российская армия заняла 2 000 кв. "
            "км. В среднем это 11 кв. км в сутки.\n\n"
            "За то же время ВСУ вернули около 300 кв. км.",
            "ru",
            JUL3,
            H1,
        ),
        (
            "В первом квартале 2025 года войска РФ заняли 900 кв. км, меньше, "
            "чем годом ранее. За аналогичный период ВСУ освободили село Зеленое.",
            "ru",
            APR2,
            Q1,
        ),
    ],
)
def test_same_period_points_back(text, language, published, span):
    marker = next(
        w
        for w in (
            "Over the same",
            "During the same",
            "За той",
            "За цей",
            "ВСУ за тот",
            "За то же",
            "За аналогичный",
        )
        if w in text
    )
    for c in _after(text, marker, language, published):
        assert (c.period_start, c.period_end) == span, c.quote
        assert c.cumulative is False, c.quote


FEB27 = date(2023, 2, 27)


# 3. an advance of "a few kilometres" since a month, a year or an offensive's
# start is a running total (CONVENTIONS: totals since a start); since a
# weekday it is the few days' own gain
@pytest.mark.parametrize(
    ("text", "language", "cumulative"),
    [
        (
            "Since January, Russian troops have advanced only a few kilometres "
            "near Vuhledar.",
            "en",
            True,
        ),
        (
            "Since the start of the offensive, Ukrainian units have pushed "
            "several kilometres south of Orikhiv.",
            "en",
            True,
        ),
        (
            "Russian forces have advanced a couple of kilometres near Avdiivka "
            "since the beginning of the year.",
            "en",
            True,
        ),
        (
            "Since Friday, Russian troops have advanced a few kilometres near "
            "Vuhledar.",
            "en",
            False,
        ),
        (
            "З початку року російські війська просунулися лише на кілька "
            "кілометрів біля Вугледара.",
            "uk",
            True,
        ),
        (
            "Від початку наступу ЗСУ просунулися на декілька кілометрів на "
            "південь від Оріхова.",
            "uk",
            True,
        ),
        ("З січня ворог просунувся на кілька кілометрів під Авдіївкою.", "uk", True),
        (
            "С начала года российские войска продвинулись лишь на несколько "
            "километров у Угледара.",
            "ru",
            True,
        ),
        (
            "С начала контрнаступления ВСУ продвинулись на несколько километров "
            "южнее Орехова.",
            "ru",
            True,
        ),
        (
            "С января противник продвинулся на пару километров под Авдеевкой.",
            "ru",
            True,
        ),
        (
            "С пятницы противник продвинулся на несколько километров у Угледара.",
            "ru",
            False,
        ),
    ],
)
def test_vague_distance_since_a_start(text, language, cumulative):
    found = [
        c
        for c in extract_claims(text, published=FEB27, language=language)
        if c.kind == "advance"
    ]
    assert len(found) == 1, [(c.kind, c.quote) for c in found]
    assert found[0].cumulative is cumulative
