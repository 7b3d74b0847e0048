"""Session 40, lane xnonplace: names that are no places (an institution's
head before its complement, an outlet's «name» after a channel or project
word), each tested on phrasings of our own (three per language where it
applies; English institutions are organisations already)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.toponyms import find_places


def _places(text: str, lang: str) -> list[str]:
    return [p.name for p in find_places(text, lang)]


def _claim_places(text: str, lang: str) -> set[str]:
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    assert claims, text
    return {p.name for c in claims for p in c.places}


# XNONPLACE40 (a): the capitalised head of an institution's name before its
# lower-case complement ("Офис президента", "Верховному главнокомандующему",
# "Будинку культури") is no place (lang uk/ru INSTITUTION_HEADS)
@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        (
            "Міністр доповів Верховному головнокомандувачу про звільнення Кліщіївки.",
            "uk",
            "Верховному",
            "Кліщіївки",
        ),
        (
            "Радник Офісу президента сказав, що ЗСУ утримують Ямпіль.",
            "uk",
            "Офісу",
            "Ямпіль",
        ),
        (
            "Бійці закріпилися біля Будинку культури в Торському.",
            "uk",
            "Будинку",
            "Торському",
        ),
        (
            "Генерал доложил Верховному главнокомандующему о взятии Новоселовки.",
            "ru",
            "Верховному",
            "Новоселовки",
        ),
        (
            "Советник Офиса президента признал, что ВСУ оставили Зарічне.",
            "ru",
            "Офиса",
            "Зарічне",
        ),
        (
            "Штурмовики закрепились у Дома культуры в Торском.",
            "ru",
            "Дома",
            "Торском",
        ),
    ],
)
def test_institution_head_is_no_place(text, lang, gone, kept):
    names = _places(text, lang)
    assert gone not in names
    assert kept in names


# XNONPLACE40 (b): a quoted name after a channel, public page or project word
# is an outlet's, no place (lang uk/ru NAMED_OUTLET_WORDS; en "channel",
# "outlet" in toponyms._NAMED_THING_BEFORE)
@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        (
            'The Telegram channel "Rybar" said Russian troops took Bilohorivka.',
            "en",
            "Rybar",
            "Bilohorivka",
        ),
        (
            "According to the outlet 'Verstka', Russia captured Novoselivka.",
            "en",
            "Verstka",
            "Novoselivka",
        ),
        (
            'A pro-war channel "Dva Mayora" claimed the capture of Torske.',
            "en",
            "Dva Mayora",
            "Torske",
        ),
        (
            "За даними каналу «Рибар», росіяни захопили Торське.",
            "uk",
            "Рибар",
            "Торське",
        ),
        (
            "Аналітики проєкту «Мапа» пишуть, що ворог зайняв Вербове.",
            "uk",
            "Мапа",
            "Вербове",
        ),
        (
            "Паблік «Оглядач» повідомив про бої біля Ямполя.",
            "uk",
            "Оглядач",
            "Ямполя",
        ),
        (
            "Канал «Военный обозреватель» пишет, что ВСУ оставили Торское.",
            "ru",
            "Военный обозреватель",
            "Торское",
        ),
        (
            "По данным проекта «Карта», российские войска заняли Вербовое.",
            "ru",
            "Карта",
            "Вербовое",
        ),
        (
            "Паблик «Сводки» сообщил о боях у Ямполя.",
            "ru",
            "Сводки",
            "Ямполя",
        ),
    ],
)
def test_outlet_name_is_no_place(text, lang, gone, kept):
    names = _places(text, lang)
    assert gone not in names
    assert kept in names


def test_institution_head_leaves_the_claim_its_place():
    places = _claim_places(
        "Министр доложил Верховному главнокомандующему, что российские войска "
        "освободили Новоселовку.",
        "ru",
    )
    assert "Верховному" not in places
    assert "Новоселовку" in places


def test_a_quoted_district_after_a_district_word_stays():
    # the guard reads the word before the quote: a district is still a place
    assert "Канал" in _places("Бої тривають біля мікрорайону «Канал».", "uk")


# XNONPLACE40 (c): a place's other name told beside it: a language shortened
# in brackets ("(укр. Y)", "(рос. Y)", no sentence ends at its stop), the
# name with its language after a dash ("X — Y in Russian —"), or a relative
# clause naming it ("X, which Russian media spell Y")
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Russia's defence ministry said its forces took Novoselivka — "
            "Novoselovka in Russian — on Monday.",
            "en",
            {"Novoselivka", "Novoselovka"},
        ),
        (
            "Moscow claimed the capture of Yablunivka, which Russian media spell "
            "Yablonovka.",
            "en",
            {"Yablunivka", "Yablonovka"},
        ),
        (
            "Kyiv said its forces had liberated Robotyne — which pro-Kremlin "
            "bloggers call Rabotino — last week.",
            "en",
            {"Robotyne", "Rabotino"},
        ),
        (
            "Росіяни захопили Роботине (рос. Работино) у Запорізькій області.",
            "uk",
            {"Роботине", "Работино"},
        ),
        (
            "Росіяни заявили про захоплення Ямполя, який російські ЗМІ називають "
            "Ямполь-Донецкий.",
            "uk",
            {"Ямполя", "Ямполь-Донецкий"},
        ),
        (
            "ЗСУ звільнили Вербове — Вербовое російською — минулого тижня.",
            "uk",
            {"Вербове", "Вербовое"},
        ),
        (
            "Российские войска заняли Ровнополье (укр. Рівнопілля) в Запорожской "
            "области.",
            "ru",
            {"Ровнополье", "Рівнопілля"},
        ),
        (
            "ВСУ освободили Работино — Роботине по-украински — на прошлой неделе.",
            "ru",
            {"Работино", "Роботине"},
        ),
        (
            "Минобороны заявило о взятии Торского, которое украинские СМИ называют "
            "Торське.",
            "ru",
            {"Торского", "Торське"},
        ),
    ],
)
def test_other_name_beside_a_place(text, lang, names):
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    assert len(claims) == 1, text
    assert names <= {p.name for p in claims[0].places}
    assert not claims[0].quote.endswith(("укр.", "рос."))  # no cut at "укр."


def test_a_relative_clause_without_a_naming_verb_adds_no_name():
    claims = extract_claims(
        "Russian troops captured Avdiivka, which the ministry said was a key "
        "stronghold.",
        published=date(2024, 9, 12),
        language="en",
    )
    assert [p.name for p in claims[0].places] == ["Avdiivka"]


# XNONPLACE40 (d): a capture's list goes on after a comma and "as well as" /
# "а також" / "а также" (lang ALSO_LIST), with or without a settlement
# plural: the places after it are the capture's too
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Ukrainian forces retook Robotyne, as well as the villages of Verbove "
            "and Novoprokopivka, the general said.",
            "en",
            {"Robotyne", "Verbove", "Novoprokopivka"},
        ),
        (
            "Russia said its troops captured Toretsk, as well as Dachne and Zorya.",
            "en",
            {"Toretsk", "Dachne", "Zorya"},
        ),
        (
            "Moscow said it had seized Pishchane, as well as the villages of "
            "Synkivka and Petropavlivka.",
            "en",
            {"Pishchane", "Synkivka", "Petropavlivka"},
        ),
        (
            "ЗСУ звільнили Андріївку, а також Кліщіївку, повідомив генерал.",
            "uk",
            {"Андріївку", "Кліщіївку"},
        ),
        (
            "Російські війська захопили місто Торецьк, а також села Новоселівка і "
            "Дачне Донецької області.",
            "uk",
            {"Торецьк", "Новоселівка", "Дачне"},
        ),
        (
            "Сили оборони відбили Ямпіль, а також населені пункти Торське та "
            "Серебрянку.",
            "uk",
            {"Ямпіль", "Торське", "Серебрянку"},
        ),
        (
            "Подразделения освободили город Суджа, а также населенные пункты "
            "Мельовое и Подолье Курской области.",
            "ru",
            {"Суджа", "Мельовое", "Подолье"},
        ),
        (
            "Войска установили контроль над Лиманом, а также над населенными "
            "пунктами Торское, Ямполь и Серебрянка.",
            "ru",
            {"Лиманом", "Торское", "Ямполь", "Серебрянка"},
        ),
        (
            "ВСУ оставили Новоселовку, а также Дачное, сообщил генерал.",
            "ru",
            {"Новоселовку", "Дачное"},
        ),
    ],
)
def test_list_goes_on_after_as_well_as(text, lang, names):
    claims = extract_claims(text, published=date(2024, 9, 12), language=lang)
    assert claims, text
    assert names <= {p.name for c in claims for p in c.places}


def test_as_well_as_a_deed_adds_no_place():
    claims = extract_claims(
        "Russian troops captured Avdiivka, as well as destroying a depot near "
        "Pokrovsk.",
        published=date(2024, 9, 12),
        language="en",
    )
    assert [p.name for p in claims[0].places] == ["Avdiivka"]
