"""Session 35, Ukrainian defect probe: phrasings of our own.

* a settlement and its district whose adjective holds an apostrophe ("X
  Куп'янського району") are two places, not one region: the claim is kept
  (toponyms._ADJ_REGION_SPLIT).
* "н.п." (a settlement) written without a space ends no sentence: the names
  after it are places of the claim (lang uk/ru TOWN_ABBREVIATIONS, clean
  .ABBREVIATIONS).
* a unit's «name» after its acronym or unit word in a speaker phrase ("речник
  ОСУВ «Хортиця» Назар Волошин", "командир полка «Ахмат»") is no place
  (toponyms._NAMED_THING_BEFORE; lang uk/ru NAMED_UNIT_WORDS).
* a reply opened by a dash in an interview ("— Бої тривають у X") opens a
  sentence: its first word is no place (toponyms._dash_opens_line).
* "Ворог захопив X, повідомляє Генштаб ЗСУ": a Ukrainian past tense in -ив
  after its subject is no Russian gerund opening a phrase, so the side after
  the comma (the speaker's) is not the gainer (context._subject_opens).
* an outlet's «name» after "телемарафону", "видання", "телеканала" is no place
  (toponyms._NAMED_THING_BEFORE; lang uk/ru NAMED_OUTLET_WORDS).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


@pytest.mark.parametrize(
    ("text", "gainer", "places"),
    [
        (
            "Окупанти захопили Синьківку Куп'янського району.",
            "RU",
            ["Синьківку", "Куп'янського району"],
        ),
        (
            "Росіяни заявляють про взяття під контроль с. Петропавлівка "
            "Куп’янського району Харківської області.",
            "RU",
            ["Петропавлівка", "Куп’янського району", "Харківської області"],
        ),
        (
            "Сили оборони звільнили Степове Кам'янської громади.",
            "UA",
            ["Степове", "Кам'янської громади"],
        ),
    ],
)
def test_district_with_an_apostrophe_is_split_off(
    text: str, gainer: str, places: list[str]
) -> None:
    rows = [r for r in claim_rows(text, "uk") if r[0] == "settlement_control"]
    assert [(r[1], r[3]) for r in rows] == [(gainer, places)]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "На Лиманському напрямку ворог атакував у районі н.п. Терни, Торське "
            "та Невське.",
            ["Терни", "Торське", "Невське"],
        ),
        (
            "uk",
            "Окупанти захопили н.п. Гродівка на Покровському напрямку.",
            ["Гродівка"],
        ),
        (
            "ru",
            "Противник атаковал в районе н.п. Терны и Торское.",
            ["Терны", "Торское"],
        ),
    ],
)
def test_settlement_abbreviation_with_inner_stop(
    lang: str, text: str, places: list[str]
) -> None:
    assert [r[3] for r in claim_rows(text, lang)] == [places]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "Бої тривають у Кураховому, розповів речник ОСУВ «Хортиця» Назар Волошин.",
            ["Кураховому"],
        ),
        (
            "uk",
            "Ворог просунувся біля Вугледара, заявив речник ОТУ «Таврія» Дмитро "
            "Лиховій.",
            ["Вугледара"],
        ),
        (
            "ru",
            "ВСУ отступили из Кринок, сообщил командир полка «Ахмат» Апти Алаудинов.",
            ["Кринок"],
        ),
        ("uk", "Бійці 47 ОМБр «Маґура» відбили штурм біля Авдіївки.", ["Авдіївки"]),
    ],
)
def test_unit_name_in_quotes_is_no_place(
    lang: str, text: str, places: list[str]
) -> None:
    assert [r[3] for r in claim_rows(text, lang)] == [places]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("— Бої тривають у мікрорайоні Канал.", ["Канал"]),
        (
            "— Яка ситуація в Часовому Яру?\n— Запеклі бої тривають у Часовому Яру.",
            ["Часовому Яру"],
        ),
        ("Журналіст: А біля Торецька?\n– Бої тривають у Торецьку.", ["Торецьку"]),
    ],
)
def test_dash_opening_a_reply_opens_a_sentence(text: str, places: list[str]) -> None:
    assert [r[3] for r in claim_rows(text, "uk")] == [places]


@pytest.mark.parametrize(
    "text",
    [
        "Ворог захопив Гродівку, повідомляє Генштаб ЗСУ.",
        "Противник зайняв Новогродівку, йдеться у зведенні Генштабу ЗСУ.",
        "Ворог відбив Кринки, повідомляє Генштаб ЗСУ.",
    ],
)
def test_past_tense_in_iv_is_no_opening_gerund(text: str) -> None:
    rows = [r for r in claim_rows(text, "uk") if r[0] == "settlement_control"]
    assert [r[1] for r in rows] == ["RU"]


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "uk",
            "Ворог просунувся біля Кринок, сказав Плетенчук в ефірі телемарафону "
            "«Єдині новини».",
            ["Кринок"],
        ),
        (
            "uk",
            "Як повідомило видання «Нова Каховка», ворог атакував біля Кринок.",
            ["Кринок"],
        ),
        (
            "ru",
            "ВСУ отступили из Кринок, сообщил в эфире телеканала «Россия» Иван Петров.",
            ["Кринок"],
        ),
    ],
)
def test_outlet_name_in_quotes_is_no_place(
    lang: str, text: str, places: list[str]
) -> None:
    assert [r[3] for r in claim_rows(text, lang)] == [places]
