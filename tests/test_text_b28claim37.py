"""Claimants from blind28's error classes, session 37 (lane b28claim): own
phrasings only, three per language where the rule applies; nothing here
reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claimants


# the figures, numbers or statistics a body compiled or published, after
# "according to": the body speaks, not the figures
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops took 280 sq km in April, according to figures "
            "compiled by the Frontmap project and checked by our reporters.",
            "Frontmap",
        ),
        (
            "Ukrainian units retook 35 sq km near Kupiansk, according to "
            "numbers released by the General Staff in Kyiv.",
            "General Staff in Kyiv",
        ),
        (
            "Russian forces captured 150 square kilometres in June, according "
            "to statistics published by the Black Sea Monitor group.",
            "Black Sea Monitor",
        ),
    ],
)
def test_figures_compiled_by(text: str, expected: str) -> None:
    assert claimants(text, "en") == [expected]


# the period a count covers, between the speaker and its verb, is no part of
# the speaker's name
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The defence ministry over the past week reported that its troops "
            "had captured Ivanivka.",
            "en",
            "The defence ministry",
        ),
        (
            "Ukraine's General Staff in the past 24 hours said Russian forces "
            "took Petrivka.",
            "en",
            "Ukraine's General Staff",
        ),
        (
            "Russia's defence ministry over the weekend said its forces had "
            "captured Novoselivka.",
            "en",
            "Russia's defence ministry",
        ),
        (
            "Міноборони за тиждень повідомило про звільнення Іванівки.",
            "uk",
            "Міноборони",
        ),
        (
            "Генштаб ЗСУ за минулу добу повідомив, що ворог захопив Петрівку.",
            "uk",
            "Генштаб ЗСУ",
        ),
        (
            "Аналітики DeepState за місяць повідомили, що ворог окупував 400 км².",
            "uk",
            "DeepState",  # session 37 leftknown: "аналітики" is a role
        ),
        (
            "Министерство обороны РФ за квартал сообщило об «освобождении» Ивановки.",
            "ru",
            "Министерство обороны РФ",
        ),
        (
            "Минобороны России за прошедшую неделю сообщило о взятии Ивановки.",
            "ru",
            "Минобороны России",
        ),
        (
            "Генштаб ВСУ за минувшие сутки сообщил, что ВС РФ заняли Петровку.",
            "ru",
            "Генштаб ВСУ",
        ),
    ],
)
def test_period_between_speaker_and_verb(text: str, lang: str, expected: str) -> None:
    assert claimants(text, lang) == [expected]


# a body estimating, recording or counting a figure speaks it ("DeepState
# оцінює …", "аналитики зафиксировали …", "насчитали"); a body's name in
# lower-case words up to its bracketed abbreviation is kept whole
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Проєкт DeepState оцінює просування ворога за травень у 420 км².",
            "uk",
            "Проєкт DeepState",
        ),
        (
            "Аналітики Frontmap нарахували 350 км² російських захоплень у травні.",
            "uk",
            "Frontmap",  # session 37 leftknown: analysts are a role
        ),
        (
            "Росіяни просунулися на 2 км біля Торецька, оцінюють аналітики "
            "Інституту вивчення війни (ISW).",
            "uk",
            "аналітики Інституту вивчення війни (ISW)",
        ),
        (
            "Украинский проект DeepState оценивает продвижение за год примерно "
            "в 4 700 кв. км.",
            "ru",
            "Украинский проект DeepState",
        ),
        (
            "Аналитики проекта Frontmap насчитали 350 кв. км российских "
            "захватов в мае.",
            "ru",
            "Frontmap",  # session 37 leftknown: analysts are a role
        ),
        (
            "Россияне продвинулись на 2 км у Торецка, сообщили аналитики "
            "Института изучения войны (ISW).",
            "ru",
            "аналитики Института изучения войны (ISW)",
        ),
    ],
)
def test_body_estimates_or_counts(text: str, lang: str, expected: str) -> None:
    assert claimants(text, lang) == [expected]


# a subject putting a figure at a number, or counting, tallying or recording
# one, speaks it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A day earlier, Ukraine's army had put the figure at 2,000 sq km.",
            "Ukraine's army",
        ),
        (
            "Open-source mappers put Russian gains over the same fortnight at "
            "roughly 75 square kilometres.",
            "Open-source mappers",
        ),
        (
            "Most of the ground was lost near Pokrovsk, where Frontmap counted "
            "140 sq km of Russian gains.",
            "Frontmap",
        ),
        (
            "DeepState estimates that Russian forces captured 400 sq km in May.",
            "DeepState",
        ),
    ],
)
def test_figure_put_or_counted(text: str, expected: str) -> None:
    assert claimants(text, "en") == [expected]


# a counting verb, its subject after it, then the data it counted from: the
# one who counted speaks, not the data's source
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "У травні росіяни окупували 400 км², підрахували «Тексти» за даними "
            "DeepState.",
            "uk",
            "Тексти",
        ),
        (
            "За місяць ворог захопив 300 км², порахувало видання Слово і діло "
            "за даними DeepState.",
            "uk",
            "видання Слово і діло",
        ),
        (
            "Ворог просунувся на 120 км², підрахували журналісти «Суспільного» "
            "за мапами DeepState.",
            "uk",
            "журналісти «Суспільного»",
        ),
        (
            "В сентябре ВС РФ заняли 470 кв. км, подсчитала «Верстка» по данным "
            "карт DeepState.",
            "ru",
            "Верстка",
        ),
        (
            "В мае армия РФ заняла 400 кв. км, подсчитало издание «Медиазона» по "
            "данным DeepState.",
            "ru",
            "издание «Медиазона»",
        ),
        (
            "За неделю ВС РФ продвинулись на 90 кв. км, посчитали аналитики "
            "Frontmap по картам DeepState.",
            "ru",
            "Frontmap",  # session 37 leftknown: analysts are a role
        ),
    ],
)
def test_counter_before_its_data(text: str, lang: str, expected: str) -> None:
    assert claimants(text, lang) == [expected]


# "The group noted …" points back to the body named before: a later "It
# said" is that body's, never the bare noun
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops took 300 sq km in May, according to a tally by the "
            "open-source mapping group Frontmap.\n\nThe group noted that Russian "
            "forces entered Ivanivka. It said it had no confirmed evidence that "
            "Russian troops had taken Petrivka.",
            "Frontmap",
        ),
        (
            "Ukraine's defence ministry said on Monday its forces had retaken "
            "12 sq km near Kupiansk.\n\nThe ministry noted that fighting "
            "continued near Lyman. It said Russian troops had failed to capture "
            "Torske.",
            "Ukraine's defence ministry",
        ),
        (
            "Russian forces captured 200 sq km in June, the monitoring project "
            "Black Sea Watch reported.\n\nThe project noted that Ukrainian troops "
            "had retaken Novoselivka. It said Russian units had failed to "
            "capture Torske.",
            "Black Sea Watch",
        ),
    ],
)
def test_it_after_the_bare_body(text: str, expected: str) -> None:
    assert claimants(text, "en")[-1].endswith(expected)
