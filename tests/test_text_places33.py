"""PLACES33: how a claim's places are chosen (our own phrasings, no corpus
text). Nothing here reads ``../shared``."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from claim_rows import claim_rows

from frontline.model import Claim, Place
from frontline.text.clean import Sentence
from frontline.text.context import sentence_town
from frontline.text.toponyms import find_places, other_names


def _places(text: str, lang: str) -> list[list[str]]:
    return [row[3] for row in claim_rows(text, lang)]


# a place and its other name in brackets: the claim names both
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Russian forces captured Zorivka (Ukrainian name Zoriane) on Monday.",
            "en",
            {"Zorivka", "Zoriane"},
        ),
        (
            "Ukrainian troops retook Lisne (formerly Krasnolisne) last week.",
            "en",
            {"Lisne", "Krasnolisne"},
        ),
        (
            "The army said it had seized Kamianka (Kamenka), a village on the river.",
            "en",
            {"Kamianka", "Kamenka"},
        ),
        (
            "Російські війська захопили Зорівку (російська назва — Зоревка), "
            "повідомив Генштаб.",
            "uk",
            {"Зорівку", "Зоревка"},
        ),
        (
            "Сили оборони звільнили Лісне (колишнє Краснолісне) минулого тижня.",
            "uk",
            {"Лісне", "Краснолісне"},
        ),
        (
            "Ворог захопив Кам'янку (Каменку) після тижня штурмів.",
            "uk",
            {"Кам'янку", "Каменку"},
        ),
        (
            "Российские войска освободили Зоревку (украинское название — "
            "Зорівка), сообщило Минобороны.",
            "ru",
            {"Зоревку", "Зорівка"},
        ),
        (
            "ВСУ оставили Лесное (бывшее Краснолесное) на прошлой неделе.",
            "ru",
            {"Лесное", "Краснолесное"},
        ),
        (
            "Бои за Каменку (Кам'янка) продолжаются третий день.",
            "ru",
            {"Каменку", "Кам'янка"},
        ),
    ],
)
def test_other_name_in_brackets(text: str, lang: str, names: set[str]) -> None:
    assert any(names <= set(p) for p in _places(text, lang)), _places(text, lang)


# a region, a side or a bearing in brackets is no other name of the place
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces captured Zorivka (Donetsk Oblast) on Monday.", "Zorivka"),
        ("Russian forces captured Zorivka (west of Lisne) on Monday.", "Zorivka"),
        ("Ukrainian troops retook Zorivka (ZSU) on Monday.", "Zorivka"),
        ("Ворог захопив Зорівку (Донецька область) у понеділок.", "Зорівку"),
        ("Ворог захопив Зорівку (на захід від Лісного) у понеділок.", "Зорівку"),
        ("Ворог захопив Зорівку (ЗСУ відійшли) у понеділок.", "Зорівку"),
        ("Войска заняли Зоревку (Донецкая область) в понедельник.", "Зоревку"),
        ("Войска заняли Зоревку (к западу от Лесного) в понедельник.", "Зоревку"),
        ("Войска заняли Зоревку (ДНР) в понедельник.", "Зоревку"),
    ],
)
def test_no_other_name_in_brackets(text: str, name: str) -> None:
    assert other_names(text, [name]) == [name]


# a claim told of one member of a list of places is told of the whole list
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "The ministry said its forces had taken Zorivka, Lisne and Dibrova, "
            "which it said fell in the past day.",
            "en",
            {"Zorivka", "Lisne", "Dibrova"},
        ),
        (
            "Ukrainian units pulled back from Zorivka and Lisne on Monday.",
            "en",
            {"Zorivka", "Lisne"},
        ),
        (
            "Heavy fighting went on near Zorivka, Lisne and Dibrova.",
            "en",
            {"Zorivka", "Lisne", "Dibrova"},
        ),
        (
            "Окупанти захопили Зорівку, Лісне та Діброву, повідомили в штабі.",
            "uk",
            {"Зорівку", "Лісне", "Діброву"},
        ),
        ("Бої тривають біля Зорівки та Лісного.", "uk", {"Зорівки", "Лісного"}),
        (
            "Сили оборони звільнили Зорівку, Лісне і Діброву минулого тижня.",
            "uk",
            {"Зорівку", "Лісне", "Діброву"},
        ),
        (
            "Российские войска освободили Зоревку, Лесное и Дубровку.",
            "ru",
            {"Зоревку", "Лесное", "Дубровку"},
        ),
        ("В районе Зоревки и Лесного идут бои.", "ru", {"Зоревки", "Лесного"}),
        (
            "ВСУ оставили Зоревку, Лесное и Дубровку, сообщил штаб.",
            "ru",
            {"Зоревку", "Лесное", "Дубровку"},
        ),
    ],
)
def test_list_members(text: str, lang: str, names: set[str]) -> None:
    assert any(names <= set(p) for p in _places(text, lang)), _places(text, lang)


# places that stand in two lists of one sentence stay apart
@pytest.mark.parametrize(
    ("text", "lang", "kept", "apart"),
    [
        (
            "Russian troops captured Zorivka and attacked near Lisne.",
            "en",
            "Zorivka",
            "Lisne",
        ),
        (
            "Ворог захопив Зорівку, а бої тривають біля Лісного.",
            "uk",
            "Зорівку",
            "Лісного",
        ),
        ("Войска заняли Зоревку, а бои идут у Лесного.", "ru", "Зоревку", "Лесного"),
    ],
)
def test_no_list_across_clauses(text: str, lang: str, kept: str, apart: str) -> None:
    places = _places(text, lang)
    assert any(kept in p and apart not in p for p in places), places


# settlements of a sentence that names one region: the claim names it too
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "In the Sumy region, a Ukrainian brigade said its soldiers had cleared "
            "Zorivka of Russian troops.",
            "en",
            {"Zorivka", "Sumy region"},
        ),
        (
            "The ministry said its forces took Zorivka, Lisne and Dibrova in the "
            "Kharkiv region over the weekend.",
            "en",
            {"Zorivka", "Kharkiv region"},
        ),
        (
            "Russian troops captured Zorivka, a village of 300 people in the "
            "Donetsk region, the ministry said.",
            "en",
            {"Zorivka", "Donetsk region"},
        ),
        (
            "На Харківщині, за словами речника, ворог захопив Зорівку.",
            "uk",
            {"Зорівку", "Харківщині"},
        ),
        (
            "У Сумській області бійці бригади звільнили від окупантів Зорівку.",
            "uk",
            {"Зорівку", "Сумській області"},
        ),
        (
            "Ворог захопив Зорівку та Лісне, що в Донецькій області, повідомив "
            "Генштаб.",
            "uk",
            {"Зорівку", "Донецькій області"},
        ),
        (
            "В Курской области, по данным штаба, российские войска освободили Зоревку.",
            "ru",
            {"Зоревку", "Курской области"},
        ),
        (
            "Российские войска, по данным штаба, заняли Зоревку — село в Курской "
            "области.",
            "ru",
            {"Зоревку", "Курской области"},
        ),
        (
            "На прошлой неделе в Запорожской области ВСУ оставили Зоревку.",
            "ru",
            {"Зоревку", "Запорожской области"},
        ),
    ],
)
def test_sentence_region(text: str, lang: str, names: set[str]) -> None:
    assert any(names <= set(p) for p in _places(text, lang)), _places(text, lang)


# a town told before, claimed in a sentence that names its region: both
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Fighting went on around Zorivka. In the Kharkiv region, Russian "
            "troops captured the village on Monday.",
            "en",
            {"Zorivka", "Kharkiv region"},
        ),
        (
            "Shelling hit Zorivka. In the Sumy region, Ukrainian troops retook "
            "the village, the brigade said.",
            "en",
            {"Zorivka", "Sumy region"},
        ),
        (
            "Zorivka was attacked again. In the Donetsk region, Russian forces "
            "captured the town on Friday.",
            "en",
            {"Zorivka", "Donetsk region"},
        ),
        (
            "Бої тривали біля Зорівки. У Сумській області, за словами "
            "губернатора, ворог захопив це село.",
            "uk",
            {"Зорівки", "Сумській області"},
        ),
        (
            "Обстріли тривали біля Зорівки. У Донецькій області окупанти "
            "захопили це селище.",
            "uk",
            {"Зорівки", "Донецькій області"},
        ),
        (
            "Ворог штурмував Зорівку. На Харківщині, за даними штабу, окупанти "
            "захопили це село.",
            "uk",
            {"Зорівку", "Харківщині"},
        ),
        (
            "Бои шли у Зоревки. В Курской области российские войска заняли это "
            "село в понедельник.",
            "ru",
            {"Зоревки", "Курской области"},
        ),
        (
            "Обстрелы шли у Зоревки. В Донецкой области российские войска заняли "
            "этот поселок.",
            "ru",
            {"Зоревки", "Донецкой области"},
        ),
        (
            "Противник штурмовал Зоревку. В Белгородской области, по данным "
            "штаба, российские войска заняли это село.",
            "ru",
            {"Зоревку", "Белгородской области"},
        ),
    ],
)
def test_told_town_and_sentence_region(text: str, lang: str, names: set[str]) -> None:
    assert any(names <= set(p) for p in _places(text, lang)), _places(text, lang)


# a claim pointing back to "the city" with a place recalled from before its
# sentence takes the town its own sentence named before the pointer
@pytest.mark.parametrize(
    ("text", "lang", "quote", "town"),
    [
        (
            "Assault groups took two blocks in the west of Zorivka, and fighting "
            "in the city went on.",
            "en",
            "fighting in the city went on",
            "Zorivka",
        ),
        (
            "Troops pushed into Zorivka at dawn, while fighting in the town continued.",
            "en",
            "fighting in the town continued",
            "Zorivka",
        ),
        (
            "Drones struck near Zorivka, and clashes in the centre of the village "
            "went on.",
            "en",
            "clashes in the centre of the village went on",
            "Zorivka",
        ),
        (
            "Штурмовики взяли два квартали на заході Зорівки, а бої в місті тривали.",
            "uk",
            "бої в місті тривали",
            "Зорівки",
        ),
        (
            "Ворог зайшов у Зорівку на світанку, бої в центрі міста тривають.",
            "uk",
            "бої в центрі міста тривають",
            "Зорівку",
        ),
        (
            "Дрони били біля Зорівки, а бої на околиці міста не вщухали.",
            "uk",
            "бої на околиці міста не вщухали",
            "Зорівки",
        ),
        (
            "Штурмовики взяли два квартала на западе Зоревки, а бои в городе "
            "продолжались.",
            "ru",
            "бои в городе продолжались",
            "Зоревки",
        ),
        (
            "Противник зашел в Зоревку на рассвете, бои в центре города идут.",
            "ru",
            "бои в центре города идут",
            "Зоревку",
        ),
        (
            "Дроны били у Зоревки, а бои на окраине города не стихали.",
            "ru",
            "бои на окраине города не стихали",
            "Зоревки",
        ),
    ],
)
def test_sentence_town(text: str, lang: str, quote: str, town: str) -> None:
    a = text.index(quote)
    claim = Claim(
        doc_id="",
        kind="fighting",
        quote=quote,
        char_start=a,
        char_end=a + len(quote),
        places=[Place(name="Lisne")],  # recalled from an earlier sentence
    )
    s = Sentence(0, len(text), text, 0)
    sentence_town([claim], s, SimpleNamespace(lang=lang), find_places(text, lang))
    assert [p.name for p in claim.places] == [town]


# a gain placed nowhere by its rule takes a settlement of its own sentence
# before a region told earlier in the story
@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Fighting raged across the Donetsk region. Meanwhile Ukraine reclaimed "
            "Zorivka on Saturday, the brigade said, pushing Russian units back by "
            "about 1.5 kilometres.",
            "en",
            "Zorivka",
        ),
        (
            "The war in the Kharkiv region goes on. Much of the push came south of "
            "Zorivka, where Russian troops advanced up to 10 km in places.",
            "en",
            "Zorivka",
        ),
        (
            "The war in the Kharkiv region goes on. After Zorivka fell, Russian "
            "troops advanced another 3 km.",
            "en",
            "Zorivka",
        ),
        (
            "На Донеччині тривають бої. Сили оборони відбили Зорівку в суботу, "
            "відкинувши ворога приблизно на 1,5 кілометра.",
            "uk",
            "Зорівку",
        ),
        (
            "На Харківщині гаряче. Найбільше ворог просунувся південніше Зорівки, "
            "де окупанти пройшли до 10 км.",
            "uk",
            "Зорівки",
        ),
        (
            "На Луганщині тихо. Після падіння Зорівки окупанти просунулися ще на 3 км.",
            "uk",
            "Зорівки",
        ),
        (
            "В Донецкой области идут бои. ВСУ вернули Зоревку в субботу, отбросив "
            "противника примерно на 1,5 километра.",
            "ru",
            "Зоревку",
        ),
        (
            "На Харьковщине жарко. Больше всего противник продвинулся южнее "
            "Зоревки, где войска прошли до 10 км.",
            "ru",
            "Зоревки",
        ),
        (
            "В Луганской области тихо. После падения Зоревки войска продвинулись "
            "еще на 3 км.",
            "ru",
            "Зоревки",
        ),
    ],
)
def test_gain_takes_sentence_town(text: str, lang: str, town: str) -> None:
    rows = claim_rows(text, lang)
    gains = [r for r in rows if r[0] in ("advance", "area_change")]
    assert gains and all(town in r[3] for r in gains), rows
