"""Claimants of uk/ru claims, session 28 (UK28/RU28): own phrasings only."""

from __future__ import annotations

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "За жовтень ворог захопив 410 кв. км. Про це повідомили аналітики "
            "проєкту «Степова мапа» у вівторок.",
            "uk",
            "аналітики проєкту «Степова мапа»",
        ),
        (
            "У березні окупанти захопили 220 кв. км, підрахували аналітики "
            "групи «Поле»",
            "uk",
            "аналітики групи «Поле»",
        ),
        (
            "Армія за квітень відвоювала 35 кв. км, підрахували експерти Мапотеки.",
            "uk",
            "експерти Мапотеки",
        ),
        (
            "За август армия заняла 380 кв. км. Об этом сообщили аналитики "
            "проекта «Северная карта» в пятницу.",
            "ru",
            "аналитики проекта «Северная карта»",
        ),
        (
            "В мае войска заняли 150 кв. км, подсчитали эксперты центра «Рубеж».",
            "ru",
            "эксперты центра «Рубеж»",
        ),
        (
            "За неделю противник продвинулся на 12 кв. км, напомнили "
            "обозреватели Картотеки.",
            "ru",
            "обозреватели Картотеки",
        ),
    ],
)
def test_a_trade_noun_after_the_verb_with_its_body_is_the_claimant(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims and claims[0].kind == "area_change"
    assert {c.claimant for c in claims} == {name}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Про це повідомили в проєкті DeepMap. Ворог окупував 50 кв. км "
            "біля Торецька, зазначили аналітики.",
            "uk",
            "в проєкті DeepMap",
        ),
        (
            "За даними Мапотеки, росіяни захопили Зоряне. Загалом окупанти "
            "захопили 90 кв. км, нагадують аналітики.",
            "uk",
            "Мапотеки",
        ),
        (
            "Про це заявив речник Олег Лісовий. Село Лісне "
            "звільнене, наголошують військові.",
            "uk",
            "Олег Лісовий",
        ),
        (
            "По данным Картотеки, армия заняла Зорино. Всего войска заняли "
            "90 кв. км, напоминают аналитики.",
            "ru",
            "Картотеки",
        ),
        (
            "Об этом сообщили в проекте DeepMap. Противник занял 40 кв. км "
            "у Торецка, отметили аналитики.",
            "ru",
            "проекте DeepMap",
        ),
        (
            "Об этом заявил губернатор Олег Лесной. Село Горное под "
            "контролем армии, подчеркивают военные.",
            "ru",
            "Олег Лесной",
        ),
    ],
)
def test_a_bare_trade_noun_points_back_to_the_speaker_named_before(text, lang, name):
    claims = extract_claims(text, language=lang)
    assert claims
    assert claims[-1].claimant == name


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Місто, наголошують військові, під контролем Сил оборони.", "uk"),
        ("Ворог відступив, підрахували аналітики.", "uk"),
        ("Фронт стоїть, нагадують експерти.", "uk"),
        ("Город, подчеркивают военные, под контролем армии.", "ru"),
        ("Противник отошел, подсчитали аналитики.", "ru"),
        ("Фронт стоит, напоминают эксперты.", "ru"),
    ],
)
def test_a_bare_trade_noun_is_a_speaker_pointing_back(sentence, lang):
    c = find_claimant(sentence, lang)
    assert c is not None and c.pronoun and c.name is None


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Руїни Бахмута нагадує це селище.", "uk"),
        ("Поле бою нагадує місячний пейзаж.", "uk"),
        ("Город напоминает руины Бахмута.", "ru"),
        ("Село напоминает лунный пейзаж.", "ru"),
    ],
)
def test_resembles_is_no_speech(sentence, lang):
    assert find_claimant(sentence, lang) is None
