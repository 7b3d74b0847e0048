"""Session 36, known defects left open by session 35: phrasings of our own.

* "Data from DeepState showed …", "Figures from the DeepState project show
  …", "Mapping data from ISW indicated …": the source of the data speaks
  (claimants._MAP_SOURCE, _DATA_FROM).
* a speaker relaying another ("X, citing the General Staff, said",
  "Зеленський, посилаючись на Генштаб, заявив", "Песков, ссылаясь на
  источники, заявил"): the one cited is the claimant, as written
  (claimants.relayed_source, lang uk/ru SOURCE_NOUNS_RELAY).
* "прес-секретар" / "пресс-секретарь" is a role word ("повідомив
  прес-секретар бригади Назар Волошин" gave the whole phrase as the name),
  and "слова Назара Волошина" names the one whose words they are
  (claimants._ROLE_WORDS, _WORDS_OF; lang uk/ru ROLE_STEMS_MORE, WORDS_OF).
* a vague count of settlements ("several villages", "кілька сіл", "несколько
  населённых пунктов") is a settlement claim with no figure and its word as
  ``approx`` (rules/settlement/counts._vague_count; lang VAGUE_COUNT).
* "over the month" / "за місяць" / "за месяц" is the whole calendar month, as
  CONVENTIONS.md's row with "in November" says (the month before in its first
  week): it was the month to date (periods._r_the_month).
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import PUB, claimants

from frontline.text.claims import extract_claims


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


@pytest.mark.parametrize(
    ("lang", "text", "who", "role"),
    [
        (
            "uk",
            "Окупанти захопили Гостре, повідомив прес-секретар бригади Назар Волошин.",
            "Назар Волошин",
            "прес-секретар бригади",
        ),
        (
            "uk",
            "ЗСУ звільнили Роботине, заявив прес-секретар Генштабу Андрій Ковальов.",
            "Андрій Ковальов",
            "прес-секретар Генштабу",
        ),
        (
            "ru",
            "Российские войска освободили Гостре, сообщил пресс-секретарь "
            "группировки Игорь Конашенков.",
            "Игорь Конашенков",
            "пресс-секретарь группировки",
        ),
        (
            "ru",
            "Пресс-секретарь Кремля Дмитрий Песков заявил, что войска заняли Угледар.",
            "Дмитрий Песков",
            "Пресс-секретарь Кремля",
        ),
        (
            "en",
            "Russian forces captured Hostre, press secretary Nazar Voloshyn said.",
            "Nazar Voloshyn",
            "press secretary",
        ),
    ],
)
def test_press_secretary_is_a_role(lang: str, text: str, who: str, role: str) -> None:
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert (claim.claimant, claim.claimant_role) == (who, role)


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "uk",
            "Окупанти захопили Гостре, це підтверджують слова Назара Волошина.",
            "Назара Волошина",
        ),
        (
            "uk",
            "ЗСУ звільнили Роботине, про це повідомила заява Олександра Сирського.",
            "Олександра Сирського",
        ),
        (
            "ru",
            "Российские войска освободили Гостре, это подтверждают слова Игоря "
            "Конашенкова.",
            "Игоря Конашенкова",
        ),
    ],
)
def test_words_of_a_speaker(lang: str, text: str, who: str) -> None:
    assert claimants(text, lang) == [who]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "Russian forces captured several villages, the ministry said.",
            "several",
        ),
        ("en", "Ukrainian troops have liberated a few small villages.", "a few"),
        ("en", "Russian troops seized a number of settlements near Pokrovsk.", None),
        ("uk", "Окупанти захопили кілька сіл, повідомив Генштаб.", "кілька"),
        ("uk", "ЗСУ звільнили декілька населених пунктів на Харківщині.", "декілька"),
        ("uk", "Ворог окупував кілька невеликих сіл біля Покровська.", "кілька"),
        ("ru", "Российские войска заняли несколько населённых пунктов.", "несколько"),
        ("ru", "ВС РФ освободили ряд населенных пунктов.", "ряд"),
        ("ru", "Противник захватил несколько сёл в Донецкой области.", "несколько"),
    ],
)
def test_vague_count_is_a_claim(lang: str, text: str, word: str | None) -> None:
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert claim.kind == "settlement_control"
    assert claim.extra.get("settlements_count") is None
    assert claim.extra.get("approx") == (word or "a number of")


def test_vague_count_is_no_claim_without_a_taking() -> None:
    text = "Several villages were hit by shelling overnight."
    assert extract_claims(text, published=PUB, language="en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over the month, Russian forces captured 30 villages."),
        ("en", "Russian troops took 25 settlements during the month, Kyiv said."),
        ("en", "In the month, Ukraine lost 30 villages, DeepState said."),
        ("uk", "За місяць окупанти захопили 30 населених пунктів."),
        ("uk", "Протягом місяця ворог захопив 30 населених пунктів."),
        ("uk", "Окупанти за місяць окупували 25 сіл, повідомив Генштаб."),
        ("ru", "За месяц российские войска заняли 30 населенных пунктов."),
        ("ru", "В течение месяца ВС РФ освободили 30 населенных пунктов."),
        ("ru", "Российская армия за месяц заняла 25 сёл, сообщило Минобороны."),
    ],
)
def test_over_the_month_is_the_whole_month(lang: str, text: str) -> None:
    (claim,) = extract_claims(text, published=PUB, language=lang)
    assert (claim.period_start, claim.period_end) == (
        date(2024, 9, 1),
        date(2024, 9, 30),
    )
    (early,) = extract_claims(text, published=date(2024, 10, 3), language=lang)
    assert (early.period_start, early.period_end) == (
        date(2024, 9, 1),
        date(2024, 9, 30),
    )
