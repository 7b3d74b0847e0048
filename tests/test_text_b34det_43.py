"""Session 43, blind34's missed and spurious claims and kinds (lane b34det):
phrasings of our own, three per language where the class applies.

* B34DET43 (1): a situation told only as harder than another place's ("У
  X ситуація ще складніша", "под X обстановка сложнее") compares two places
  and reports no fight (rules/skips.py, uk/ru; en reads no comparative as a
  fight). A situation told as hard, not as harder, stays a fight.
* B34DET43 (2): uk/ru the claim just made denied by a bare verb closing its
  sentence, its denier right before it ("звільнено X, росіяни заперечують",
  "заявило про захоплення X, що в Генштабі ЗСУ спростували", "объявило о
  взятии X, ВСУ опровергают") is a negated claim of the place, as "це
  спростовують" was (lang BACK_DENIAL_BARE, pointing_back); an object between
  the denier and the verb ("загрозу оточення заперечують") denies no claim;
  English has none (the read golds annotate no bare "Kyiv denies").
* B34DET43 (3): uk/ru an attempt to pass one thing off as another ("пытается
  выдать желаемое за действительное", "намагаються видати відступ за
  маневр") is an attempt at words, no fight (rules/fighting._WORDS_GOAL).
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUB = date(2025, 6, 12)


def _fights(text: str, language: str) -> list[list[str]]:
    return [
        [p.name for p in c.places]
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "fighting"
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Водночас у Торецьку ситуація ще складніша.", "uk"),
        ("На лівому березі Осколу обстановка значно важча.", "uk"),
        ("Під Куп'янськом ситуація зараз напруженіша, ніж улітку.", "uk"),
        ("А вот под Торецком обстановка ещё сложнее.", "ru"),
        ("В Курской области ситуация гораздо тяжелее.", "ru"),
        ("На Покровском направлении ситуация сейчас напряжённее.", "ru"),
    ],
)
def test_a_harder_situation_only_compares(text: str, language: str) -> None:
    assert _fights(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ситуація біля Торецька залишається складною.", "uk", "Торецька"),
        ("Ситуация под Торецком остается сложной.", "ru", "Торецком"),
        ("Обстановка у Часова Яра остается напряженной.", "ru", "Часова Яра"),
    ],
)
def test_a_hard_situation_stays_a_fight(text: str, language: str, place: str) -> None:
    assert _fights(text, language) == [[place]]


def _denials(text: str, language: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.quote, c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=_PUB, language=language)
        if c.kind == "settlement_control" and c.negated
    ]


@pytest.mark.parametrize(
    ("text", "language", "quote", "gainer", "place"),
    [
        (
            "Окупанти заявили про захоплення Торського, у ЗСУ спростовують.",
            "uk",
            "ЗСУ спростовують",
            "RU",
            "Торського",
        ),
        (
            "Міноборони РФ у вівторок оголосило про захоплення Зарічного, "
            "що в Генштабі спростували.",
            "uk",
            "Генштабі спростували",
            "RU",
            "Зарічного",
        ),
        (
            "Сили оборони звільнили Торське, росіяни заперечують",
            "uk",
            "росіяни заперечують",
            "UA",
            "Торське",
        ),
        (
            "Минобороны РФ объявило о взятии Торского, ВСУ опровергают",
            "ru",
            "ВСУ опровергают",
            "RU",
            "Торского",
        ),
        (
            "Российские войска заняли Заречное, что в Генштабе ВСУ отрицают.",
            "ru",
            "ВСУ отрицают",
            "RU",
            "Заречное",
        ),
        (
            "Украинская армия освободила Торское. Россияне опровергают.",
            "ru",
            "Россияне опровергают",
            "UA",
            "Торское",
        ),
    ],
)
def test_a_bare_denial_closing_the_sentence(
    text: str, language: str, quote: str, gainer: str, place: str
) -> None:
    denials = _denials(text, language)
    assert len(denials) == 1
    got_quote, got_gainer, places = denials[0]
    assert quote in got_quote
    assert got_gainer == gainer
    assert places == [place]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Окупанти заявили про захоплення Торського. У Генштабі загрозу "
            "оточення заперечують.",
            "uk",
        ),
        (
            "Российские войска заняли Заречное. В ВСУ угрозу окружения отрицают.",
            "ru",
        ),
        ("Russia says it captured Torske, Kyiv denies", "en"),
    ],
)
def test_no_bare_denial_of_another_thing(text: str, language: str) -> None:
    assert _denials(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Противник пытается выдать желаемое за действительное у Торского.", "ru"),
        ("Враг пытается выдать отход за перегруппировку у Торского.", "ru"),
        ("ВСУ пытаются выдать потерю Торского за маневр.", "ru"),
        ("Ворог намагається видати бажане за дійсне під Торським.", "uk"),
        ("Окупанти намагаються видати відступ біля Торського за маневр.", "uk"),
        ("Росіяни намагалися видати провал під Торським за перемогу.", "uk"),
    ],
)
def test_passing_off_is_no_fight(text: str, language: str) -> None:
    assert _fights(text, language) == []
