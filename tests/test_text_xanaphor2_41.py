"""Session 41, lane xanaphor2: a pointer ("the town", "місто", "город")
resolved to the wrong place, each fix tested on phrasings of our own (three
per language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.toponyms import find_places


def _places(text: str, lang: str, kind: str) -> list[list[str]]:
    claims = extract_claims(text, published=date(2024, 6, 10), language=lang)
    return [[p.name for p in c.places] for c in claims if c.kind == kind]


# XANAPHOR241 (a): the first names of a list that a plural region word
# closes ("the Sumy and Kharkiv regions", "Сумської та Харківської
# областей"), and a name before "народная республика", are regions: no
# town "the town" / "місто" / "город" points back to
@pytest.mark.parametrize(
    ("text", "lang", "regions"),
    [
        ("Shelling hit the Sumy and Kharkiv regions overnight.", "en", ["Sumy"]),
        (
            "Air raid alerts sounded in Poltava, Sumy and Chernihiv oblasts.",
            "en",
            ["Poltava", "Sumy"],
        ),
        ("The brigade fought in the Kherson or Mykolaiv provinces.", "en", ["Kherson"]),
        ("Обстріли тривали в Сумській та Харківській областях.", "uk", ["Сумській"]),
        (
            "Тривога лунала в Полтавській, Сумській і Чернігівській областях.",
            "uk",
            ["Полтавській", "Сумській"],
        ),
        ("Бої йшли на території Донецької народної республіки.", "uk", ["Донецької"]),
        ("Обстрелы шли в Курской и Белгородской областях.", "ru", ["Курской"]),
        (
            "Тревога звучала в Брянской, Курской и Орловской областях.",
            "ru",
            ["Брянской", "Курской"],
        ),
        ("Бои шли на территории Луганской народной республики.", "ru", ["Луганской"]),
    ],
)
def test_names_a_plural_region_word_closes_are_regions(
    text: str, lang: str, regions: list[str]
) -> None:
    found = {p.name: p.region for p in find_places(text, lang)}
    for name in regions:
        assert found[name] is True, (name, found)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "town"),
    [
        (
            "Russia said it had captured Kurakhove, near the border of the Donetsk "
            "and Dnipropetrovsk regions. Ukraine's army said its troops had left "
            "the town. Fighting continues on the western edge of the town.",
            "en",
            "fighting",
            "Kurakhove",
        ),
        (
            "Troops are holding Pokrovsk, a hub between the Donetsk and "
            "Dnipropetrovsk oblasts. Heavy fighting goes on in the city.",
            "en",
            "fighting",
            "Pokrovsk",
        ),
        (
            "Ukrainian units still hold Vovchansk, close to the Kharkiv and "
            "Belgorod regions' border line. Battles are raging in the town.",
            "en",
            "fighting",
            "Vovchansk",
        ),
        (
            "Росія заявила про захоплення Курахового на межі Донецької та "
            "Дніпропетровської областей. Бої тривають на західній околиці міста.",
            "uk",
            "fighting",
            "Курахового",
        ),
        (
            "Сили оборони утримують Покровськ між Донецькою та Дніпропетровською "
            "областями. У місті тривають запеклі бої.",
            "uk",
            "fighting",
            "Покровськ",
        ),
        (
            "Ворог штурмує Велику Новосілку на стику Донецької і Запорізької "
            "областей. На північній околиці селища тривають бої.",
            "uk",
            "fighting",
            "Велику Новосілку",
        ),
        (
            "Российские войска штурмуют Курахово на границе Донецкой и "
            "Днепропетровской областей. Бои идут на западной окраине города.",
            "ru",
            "fighting",
            "Курахово",
        ),
        (
            "ВСУ удерживают Покровск между Донецкой и Днепропетровской "
            "областями. В городе продолжаются тяжелые бои.",
            "ru",
            "fighting",
            "Покровск",
        ),
        (
            "Армия заняла Северодонецк на севере Луганской народной республики. "
            "Бои в городе продолжались еще неделю.",
            "ru",
            "fighting",
            "Северодонецк",
        ),
    ],
)
def test_the_town_past_a_list_of_regions(
    text: str, lang: str, kind: str, town: str
) -> None:
    got = _places(text, lang, kind)
    assert got, text
    assert town in got[-1], got


# XANAPHOR241 (b): "Донеччина", "Луганщина" and "DPR"/"LPR" are regions for
# the places a claim leaves to the next one (doc_memory._looks_regional):
# "the city" / "місто" / "город" after a claim on "X на Донеччині" means X
@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Moscow said its forces had captured Soledar in the DPR. Kyiv denied "
            "the report. The city was not taken, the brigade said.",
            "en",
            "Soledar",
        ),
        (
            "Russia claims to have seized Siversk in the DPR. Ukraine rejected "
            "this. The town has not been captured, a spokesman said.",
            "en",
            "Siversk",
        ),
        (
            "The Russian ministry said it had taken Kreminna in the LPR. Kyiv "
            "called it a lie. The town was not captured, officers said.",
            "en",
            "Kreminna",
        ),
        (
            "Росія заявила, що захопила Торецьк на Донеччині. У ЗСУ це заперечують. "
            "«Місто не захоплене», — сказали в бригаді.",
            "uk",
            "Торецьк",
        ),
        (
            "Окупанти нібито захопили Сіверськ на Донеччині. Бригада назвала це "
            "брехнею. «Місто не захоплене», — наголосив речник.",
            "uk",
            "Сіверськ",
        ),
        (
            "Міноборони РФ заявило про захоплення Кремінної на Луганщині. У ЗСУ "
            "це спростували. «Місто не захоплене», — сказав офіцер.",
            "uk",
            "Кремінної",
        ),
        (
            "Минобороны заявило, что войска заняли Северск в ДНР. В ВСУ это "
            "опровергли. «Город не захвачен», — заявили в бригаде.",
            "ru",
            "Северск",
        ),
        (
            "Российские войска взяли Торецк в ДНР, сообщило министерство. Киев это "
            "отрицает. «Город не захвачен», — сказал офицер.",
            "ru",
            "Торецк",
        ),
        (
            "Армия освободила Кременную в ЛНР. Украинская сторона это отрицает. "
            "«Город не захвачен», — заявил представитель бригады.",
            "ru",
            "Кременную",
        ),
    ],
)
def test_the_city_after_a_claim_in_a_region(text: str, lang: str, town: str) -> None:
    got = _places(text, lang, "settlement_control")
    assert got, text
    assert got[-1][:1] == [town], got
