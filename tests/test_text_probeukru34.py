"""Session 34, uk/ru defect probe: phrasings of our own.

* a settlement's kind shortened with a stop before its name ("с.
  Старомайорське", "г. Авдеевка") no longer reads its stop as a sentence end,
  so the name after it is a place and the claim is kept (toponyms
  ._ends_sentence; lang uk/ru TOWN_ABBREVIATIONS).
* a rank shortened with a stop before a name ("за словами полк. Сергія
  Братчука", "сообщил ген. Игорь Конашенков") is no claimant, no place and,
  before a given name, no sentence end: the name after it speaks (clean
  ._split_line, claimants; lang uk/ru TITLE_ABBREVIATIONS).
* a short line that is a sentence ("ЗСУ звільнили Роботине.", "ВСУ
  продвинулись у X, сообщает …") is no signature: the whole sentence no longer
  speaks its own claim (page_speakers._signature).
* a «quoted» name alone after a speech verb ("сообщает «Рыбарь»", "повідомляє
  «DeepState»") speaks (claimants._WHO_AFTER, _not_a_subject).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        ("uk", "ЗСУ звільнили с. Старомайорське.", "UA", "Старомайорське"),
        (
            "uk",
            "Окупанти захопили с. Архангельське, — заявив речник.",
            "RU",
            "Архангельське",
        ),
        ("ru", "ВСУ отступили из с. Прогресс Донецкой обл.", "RU", "Прогресс"),
        ("ru", "Российские войска освободили с. Уманское.", "RU", "Уманское"),
    ],
)
def test_town_abbreviation_keeps_the_place(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = [r for r in claim_rows(text, lang) if r[0] == "settlement_control"]
    assert [(r[1], r[3][0]) for r in rows] == [(gainer, place)]


@pytest.mark.parametrize(
    ("lang", "text", "who", "place"),
    [
        (
            "uk",
            "За словами полк. Сергія Братчука, окупанти просунулися біля Мар'їнки.",
            "Сергія Братчука",
            "Мар'їнки",
        ),
        (
            "uk",
            "ЗСУ звільнили Роботине, — повідомив ген. Олександр Тарнавський.",
            "Олександр Тарнавський",
            "Роботине",
        ),
        (
            "ru",
            "По словам полк. Андрея Марочко, ВСУ отступили из Кринок.",
            "Андрея Марочко",
            "Кринок",
        ),
        (
            "ru",
            "Российские войска заняли Бердычи, заявил подполк. Сергей Иванов.",
            "Сергей Иванов",
            "Бердычи",
        ),
    ],
)
def test_rank_with_a_stop_is_read_past(
    lang: str, text: str, who: str, place: str
) -> None:
    assert claimants(text, lang) == [who]
    assert [r[3] for r in claim_rows(text, lang)] == [[place]]


def test_regiment_at_a_sentence_end_still_ends_it() -> None:
    text = "Там стоїть 3-й полк. Бійці відбили атаку біля Кліщіївки."
    assert [r[3] for r in claim_rows(text, "uk")] == [["Кліщіївки"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "ЗСУ звільнили Старомайорське на Донеччині."),
        ("uk", "Сили оборони просунулися біля Роботиного!"),
        ("ru", "ВСУ продвинулись на 1,5 км под Работино, по-прежнему тихо"),
        ("ru", "ВСУ выбиты из Марьинки."),
    ],
)
def test_a_sentence_line_is_no_signature(lang: str, text: str) -> None:
    assert claimants(text, lang) == [None]


def test_a_signature_line_still_speaks() -> None:
    text = "Ворог захопив Очеретине.\n⚡️ Сили оборони півдня України"
    assert claimants(text, "uk") == ["Сили оборони півдня України"]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("ru", "ВСУ продвинулись под Работино, сообщает «Рыбарь».", "Рыбарь"),
        (
            "ru",
            "Наши войска заняли Часов Яр, — сообщил «Военный осведомитель».",
            "Военный осведомитель",
        ),
        ("uk", "Ворог захопив Очеретине, повідомляє «DeepState».", "DeepState"),
        (
            "uk",
            "Бої тривають у Мар'їнці, — пише «Фронтовий вісник».",
            "Фронтовий вісник",
        ),
    ],
)
def test_a_quoted_name_after_the_verb_speaks(lang: str, text: str, who: str) -> None:
    assert claimants(text, lang) == [who]
