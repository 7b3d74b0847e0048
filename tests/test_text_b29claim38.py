"""Session 38, lane b29claim: claimant rules from blind29's claimant errors,
each tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

import pytest
from claim_rows import claimants


# B29CLAIM38 (a): the people a speaker told, in the dative after the name, are
# no part of the name ("сказал Петров журналистам", "нашому кореспонденту")
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "«Мы продвинулись ещё на три километра», — сказал Петров репортерам.",
            "ru",
            "Петров",
        ),
        (
            "«Наши подразделения вошли в Луговое», — рассказал Сергей Кравцов "
            "нашему корреспонденту.",
            "ru",
            "Сергей Кравцов",
        ),
        (
            "Об этом заявил Андрей Сидоренко журналистам в среду: ВСУ освободили "
            "Ивановку.",
            "ru",
            "Андрей Сидоренко",
        ),
        (
            "«Ми звільнили Степове», — сказав Олег Петренко журналістам.",
            "uk",
            "Олег Петренко",
        ),
        (
            "Ворог просунувся на два кілометри біля Степового, сказав Ігор Сидоренко "
            "репортерам.",
            "uk",
            "Ігор Сидоренко",
        ),
        (
            "«Ворог зайшов у Лугове», — розповів Андрій Коваль нашому кореспонденту.",
            "uk",
            "Андрій Коваль",
        ),
    ],
)
def test_addressee_is_no_part_of_the_name(text: str, lang: str, who: str) -> None:
    assert claimants(text, lang) == [who]


# B29CLAIM38 (b): a body's analysts named by its common noun ("the project's
# analysts", "the institute's experts") are the body named before
@pytest.mark.parametrize(
    "text",
    [
        "Monitoring project DeepState updated its map on Tuesday. Russian troops "
        "advanced near Stepove, the project's analysts wrote.",
        "Monitoring project DeepState updated its map on Tuesday. According to the "
        "project's experts, Russian troops captured Stepove.",
        'Monitoring project DeepState updated its map on Tuesday. "The enemy '
        'occupied Stepove," the project’s researchers said.',
    ],
)
def test_the_projects_analysts_are_the_project(text: str) -> None:
    assert claimants(text, "en") == ["DeepState"]


# B29CLAIM38 (c): a person after a body and a rank in the role opening a
# sentence is whom "по его словам" points to; a lead adverb before a pronoun
# ("Отдельно он сообщил", "Окремо він додав") is no part of the speaker
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "Начальник Генерального штаба ВС России генерал армии Иван Петров "
            "провёл брифинг. По его словам, российские войска заняли Луговое.",
            "ru",
            ["Иван Петров"],
        ),
        (
            "Министр обороны России Иван Петров провёл совещание. Также он "
            "сообщил о боях в Степном.",
            "ru",
            ["Иван Петров"],
        ),
        (
            "Командующий войсками группировки «Юг» генерал-полковник Сергей "
            "Кравцов посетил передовую. Отдельно он сообщил о продвижении в "
            "Степном.",
            "ru",
            ["Сергей Кравцов"],
        ),
        (
            "Командувач Сухопутних військ ЗСУ генерал-полковник Олег Петренко "
            "відвідав фронт. За його словами, ворог просунувся біля Степового.",
            "uk",
            ["Олег Петренко"],
        ),
        (
            "Командувач Сухопутних військ ЗСУ генерал-полковник Олег Петренко "
            "відвідав фронт. Окремо він повідомив про звільнення Лугового.",
            "uk",
            ["Олег Петренко"],
        ),
        (
            "Міністр оборони України Олег Петренко провів нараду. Також він "
            "розповів про бої біля Степового.",
            "uk",
            ["Олег Петренко"],
        ),
    ],
)
def test_person_after_rank_and_lead_adverb(text: str, lang: str, who: list) -> None:
    assert claimants(text, lang) == who


# B29CLAIM38 (d): a leaning ("Pro-Russian", "Pro-Kremlin") is an adjective,
# no proper name: the trade after it stays in the claimant
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Pro-Russian separatists said on Thursday they had taken full control "
            "of Stepove.",
            "Pro-Russian separatists",
        ),
        (
            "Pro-Kremlin war correspondents claimed Russian forces had captured "
            "Stepove.",
            "Pro-Kremlin war correspondents",
        ),
        (
            "Russian troops captured Stepove, Pro-Russian separatists said.",
            "Pro-Russian separatists",
        ),
    ],
)
def test_a_leaning_is_no_name(text: str, who: str) -> None:
    assert claimants(text, "en") == [who]


# B29CLAIM38 (e): an unnamed source keeps the "in X" that names it
# ("источник в силовых структурах", "джерело в оборонному відомстві")
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "По данным источника в силовых структурах, украинские военные пытаются "
            "закрепиться у Степного.",
            "ru",
            "источника в силовых структурах",
        ),
        (
            "По словам источника в оборонном ведомстве, войска заняли Степное.",
            "ru",
            "источника в оборонном ведомстве",
        ),
        (
            "Войска заняли Степное, сообщил источник в военных кругах.",
            "ru",
            "источник в военных кругах",
        ),
        (
            "За словами джерела в українській розвідці, ворог захопив Степове.",
            "uk",
            "джерела в українській розвідці",
        ),
        (
            "За даними джерела у військових колах, ворог захопив Степове.",
            "uk",
            "джерела у військових колах",
        ),
        (
            "Ворог захопив Степове, повідомило джерело в оборонному відомстві.",
            "uk",
            "джерело в оборонному відомстві",
        ),
    ],
)
def test_unnamed_source_keeps_where_it_is(text: str, lang: str, who: str) -> None:
    assert claimants(text, lang) == [who]
