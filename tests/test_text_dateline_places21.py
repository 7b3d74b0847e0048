# ruff: noqa: E501  (one test sentence a line reads best)
"""The place a dateline names (text/dateline.py, text/anaphora.py): found in
three phrasings of our own per language, taken by a word pointing back to it
("the town", "місто", "город", "here"), and never the place of a claim that
names its own or of a claim about another town. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.anaphora import PlaceMemory
from frontline.text.claims import extract_claims
from frontline.text.dateline import dateline_place

DAY = date(2025, 6, 6)


def _places(text: str, lang: str) -> list[tuple[str, list[str]]]:
    claims = extract_claims(text, language=lang, published=DAY)
    return [(c.kind, [p.name for p in c.places]) for c in claims]


# --- the dateline's place -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        (
            "HULIAIPOLE, Ukraine (Reuters) - Shelling went on all night.",
            "Huliaipole",
            "Shelling",
        ),
        (
            "Front update\nKRAMATORSK, June 4 (Wire Service) - Officials said the road was cut.",
            "Kramatorsk",
            "Officials",
        ),
        (
            "VELYKA NOVOSILKA — Residents queued for water on Tuesday.",
            "Velyka Novosilka",
            "Residents",
        ),
        ("ОРІХІВ, 4 червня — Ворожі дрони атакували околиці.", "Оріхів", "Ворожі"),
        (
            "Новини дня\nДРУЖКІВКА — Евакуація триває третій тиждень.",
            "Дружківка",
            "Евакуація",
        ),
        (
            "НІКОПОЛЬ, Україна — Місцеві жителі ховаються в укриттях.",
            "Нікополь",
            "Місцеві",
        ),
        (
            "ГОРЛОВКА, 4 июня. /ТАСС/. Обстрелы продолжаются с утра.",
            "Горловка",
            "Обстрелы",
        ),
        (
            "ВАСИЛЬЕВКА, 4 июн — РИА Новости. Жители получили гуманитарную помощь.",
            "Васильевка",
            "РИА",
        ),
        (
            "Сводка\nТОКМАК — Местные власти объявили комендантский час.",
            "Токмак",
            "Местные",
        ),
    ],
)
def test_dateline_place_found(text: str, name: str, rest: str) -> None:
    place = dateline_place(text)
    assert place is not None
    assert place.name == name
    assert text[place.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "VUHLEDAR DIRECTION — Assault groups moved at dawn.",
        "LIVE — Russia and Ukraine trade strikes overnight.",
        "Troops took the village, KYIV said — officials confirmed it.",
        "НАПРЯМОК ЛИМАН — Штурми тривають.",
        "ВЕДУЩИЙ — Главная новость дня.",
        "ISW — Russian forces advanced near Siversk.",
    ],
)
def test_no_dateline_place(text: str) -> None:
    assert dateline_place(text) is None


def test_memory_takes_no_capital() -> None:
    mem = PlaceMemory()
    mem.tell_dateline("Київ", 0, 0)
    assert mem.recall("settlement", 1, 0) == []


# --- a word pointing back takes it ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "SIVERSK, Ukraine (Reuters) - Ukrainian soldiers said on Thursday that Russian forces had captured the town after weeks of fighting. Most residents had left Siversk in spring.",
            "settlement_control",
            "Siversk",
        ),
        (
            "en",
            "HULIAIPOLE — Russian assault groups are fighting on the outskirts of the town, a Ukrainian commander said on Thursday. Huliaipole has had no power since May.",
            "fighting",
            "Huliaipole",
        ),
        (
            "en",
            "KUPIANSK, June 5 (Wire Service) - Heavy shelling hit the river bank overnight. Ukrainian troops repelled nine assaults here, a spokesman said. Few civilians remain in Kupiansk.",
            "fighting",
            "Kupiansk",
        ),
        (
            "uk",
            "ОРІХІВ, 5 червня — Російські штурмові групи намагаються зайти в місто з півдня, повідомив командир. В Оріхові залишилося кілька сотень людей.",
            "fighting",
            "Оріхів",
        ),
        (
            "uk",
            "ГУЛЯЙПОЛЕ — Бої точаться на околицях міста, заявив речник угруповання. Гуляйполе вже місяць без світла.",
            "fighting",
            "Гуляйполе",
        ),
        (
            "uk",
            "Зведення\nКУП'ЯНСЬК, 5 червня — Ворог вдень обстрілював річковий берег. Українські військові відбили там дев'ять штурмів, повідомив речник. У Куп'янську лишаються лише волонтери.",
            "fighting",
            "Куп'янськ",
        ),
        (
            "ru",
            "ТОРЕЦК, 5 июня. /ТАСС/. Российские войска полностью освободили город, сообщили в Минобороны. В Торецке до войны жили 30 тысяч человек.",
            "settlement_control",
            "Торецк",
        ),
        (
            "ru",
            "ЧАСОВ ЯР — Бои идут на северной окраине города, сообщил источник. Часов Яр почти разрушен.",
            "fighting",
            "Часов Яр",
        ),
        (
            "ru",
            "ВУГЛЕДАР, 5 июня. /ТАСС/. Обстрел начался утром. Российские штурмовые отряды продвинулись там на 500 метров, сообщил источник. Вугледар давно пуст.",
            "advance",
            "Вугледар",
        ),
    ],
)
def test_pointer_takes_dateline_place(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert (kind, [place]) in _places(text, lang)


# --- and only a word pointing back -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place", "dateline"),
    [
        (
            "en",
            "KRAMATORSK, June 5 (Wire Service) - Russian forces captured the village of Novoselivka, the Russian defence ministry said on Thursday.",
            "settlement_control",
            "Novoselivka",
            "Kramatorsk",
        ),
        (
            "en",
            "PARIS, June 5 (Wire Service) - Russian forces captured the town of Chasiv Yar, Moscow said on Thursday.",
            "settlement_control",
            "Chasiv Yar",
            "Paris",
        ),
        (
            "en",
            "DNIPRO — Russian troops advanced two kilometres near Pokrovsk, a Ukrainian commander said on Thursday.",
            "advance",
            "Pokrovsk",
            "Dnipro",
        ),
        (
            "uk",
            "ЗАПОРІЖЖЯ, 5 червня — Російські війська захопили село Новоселівка, повідомили в Генштабі.",
            "settlement_control",
            "Новоселівка",
            "Запоріжжя",
        ),
        (
            "uk",
            "ДНІПРО — Ворог просунувся на два кілометри біля Покровська, заявив речник.",
            "advance",
            "Покровська",
            "Дніпро",
        ),
        (
            "uk",
            "ХАРКІВ, 5 червня — Сили оборони звільнили село Тернова, повідомив командир.",
            "settlement_control",
            "Тернова",
            "Харків",
        ),
        (
            "ru",
            "ДОНЕЦК, 5 июня. /ТАСС/. Российские войска освободили село Новоселовка, сообщили в Минобороны.",
            "settlement_control",
            "Новоселовка",
            "Донецк",
        ),
        (
            "ru",
            "ЛУГАНСК — Бои идут у Кременной, сообщил источник.",
            "fighting",
            "Кременной",
            "Луганск",
        ),
        (
            "ru",
            "МЕЛИТОПОЛЬ, 5 июня. /ТАСС/. Российские войска продвинулись на два километра у Работино, сообщил источник.",
            "advance",
            "Работино",
            "Мелитополь",
        ),
    ],
)
def test_dateline_is_no_claim_place(
    lang: str, text: str, kind: str, place: str, dateline: str
) -> None:
    found = _places(text, lang)
    assert (kind, [place]) in found
    assert not any(dateline in names for _, names in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "KYIV, June 5 (Wire Service) - Russian forces captured the town after weeks of fighting, officials said on Thursday.",
        ),
        (
            "uk",
            "КИЇВ, 5 червня — Російські війська захопили місто після тижнів боїв, повідомили в Генштабі.",
        ),
        (
            "ru",
            "МОСКВА, 5 июня. /ТАСС/. Российские войска освободили город после упорных боев, сообщили в Минобороны.",
        ),
    ],
)
def test_capital_dateline_is_no_place(lang: str, text: str) -> None:
    for _, names in _places(text, lang):
        assert not {"Kyiv", "Київ", "Москва"} & set(names)


@pytest.mark.parametrize(
    ("lang", "text", "far"),
    [
        (
            "en",
            "Russia claims eastern town\nPARIS, June 5 (Wire Service) - Russia said on Thursday its forces had captured the town after months of fighting.",
            "Paris",
        ),
        (
            "en",
            "WASHINGTON, June 5 (Wire Service) - Russian forces are fighting on the outskirts of the city, a U.S. official said on Thursday.",
            "Washington",
        ),
        (
            "en",
            "LONDON — Russian troops have pushed into the centre of the town, British intelligence said on Thursday.",
            "London",
        ),
        (
            "uk",
            "ПАРИЖ, 5 червня — Російські війська захопили місто після місяців боїв, повідомили в Міноборони РФ.",
            "Париж",
        ),
        (
            "uk",
            "ВАШИНГТОН — Бої точаться на околицях міста, заявив американський чиновник.",
            "Вашингтон",
        ),
        (
            "uk",
            "ЛОНДОН, 5 червня — Російські штурмові групи намагаються зайти в місто з півдня, вважає британська розвідка.",
            "Лондон",
        ),
        (
            "ru",
            "ПАРИЖ, 5 июня. /Агентство/. Российские войска освободили город после упорных боев, сообщили в Минобороны.",
            "Париж",
        ),
        (
            "ru",
            "ВАШИНГТОН — Бои идут на северной окраине города, сообщил американский чиновник.",
            "Вашингтон",
        ),
        (
            "ru",
            "ЛОНДОН, 5 июня — Российские войска продвинулись в центр города, считает британская разведка.",
            "Лондон",
        ),
    ],
)
def test_far_dateline_is_no_place(lang: str, text: str, far: str) -> None:
    """A dateline the story never names again is where it was filed, far
    from the front: "the town" never means it."""
    for _, names in _places(text, lang):
        assert far not in names


@pytest.mark.parametrize(
    ("lang", "text", "noise"),
    [
        (
            "en",
            "KHARKIV, June 5 (Eastline Daily) - Sapper teams said on Thursday that Russian troops had advanced two kilometres near Vovchansk.",
            {"Eastline Daily", "Sapper"},
        ),
        (
            "uk",
            "СУМИ, 5 червня — Бої тривають біля села Юнаківка, повідомили в Генштабі.",
            {"Бої"},
        ),
        (
            "ru",
            "КУРСК, 5 июня — Известия Онлайн. Бои продолжаются у села Свердликово, сообщил источник.",
            {"Бои"},
        ),
    ],
)
def test_dateline_words_are_no_places(lang: str, text: str, noise: set[str]) -> None:
    found = _places(text, lang)
    assert found
    for _, names in found:
        assert not noise & set(names)


# --- a wire's short paragraphs: a pointer reaches two back ---------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Russian troops stormed Vovchansk on Monday, the governor said.\nHe gave no figures for the wounded.\nSince May, Ukraine has lost around 40 square kilometres there, analysts said on Thursday.",
            "area_change",
            "Vovchansk",
        ),
        (
            "en",
            "Fighting raged near Lyptsi on Tuesday, officials said.\nThe governor urged families to leave.\nRussian forces have captured about 25 square kilometres in the area since April, analysts said on Thursday.",
            "area_change",
            "Lyptsi",
        ),
        (
            "en",
            "Russian forces attacked Kupiansk again on Wednesday.\nThe bridge is down, the mayor said.\nUkrainian troops have retaken 12 square kilometres there since March, the General Staff said on Thursday.",
            "area_change",
            "Kupiansk",
        ),
        (
            "uk",
            "Росіяни штурмували Вовчанськ у понеділок, повідомив голова ОВА.\nВін не назвав кількості поранених.\nЗ травня Україна втратила там близько 40 квадратних кілометрів, заявили аналітики у четвер.",
            "area_change",
            "Вовчанськ",
        ),
        (
            "uk",
            "Бої точилися біля Липців у вівторок, повідомили в ОВА.\nГолова ОВА закликав родини виїхати.\nЗ квітня росіяни захопили там близько 25 квадратних кілометрів, заявили аналітики у четвер.",
            "area_change",
            "Липців",
        ),
        (
            "uk",
            "Росіяни знову атакували Куп'янськ у середу.\nМіст зруйновано, сказав мер.\nЗ березня Сили оборони звільнили там 12 квадратних кілометрів, повідомив Генштаб у четвер.",
            "area_change",
            "Куп'янськ",
        ),
        (
            "ru",
            "Российские войска штурмовали Волчанск в понедельник, сообщил губернатор.\nОн не назвал число раненых.\nС мая ВСУ потеряли там около 40 квадратных километров, заявили аналитики в четверг.",
            "area_change",
            "Волчанск",
        ),
        (
            "ru",
            "Бои шли у Липцов во вторник, сообщили власти.\nГубернатор призвал семьи уехать.\nС апреля российские войска заняли там около 25 квадратных километров, заявили аналитики в четверг.",
            "area_change",
            "Липцов",
        ),
        (
            "ru",
            "Российские войска снова атаковали Купянск в среду.\nМост разрушен, сказал мэр.\nС марта ВСУ вернули там 12 квадратных километров, сообщил Генштаб в четверг.",
            "area_change",
            "Купянск",
        ),
    ],
)
def test_pointer_reaches_two_paragraphs_back(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert (kind, [place]) in _places(text, lang)


def test_pointer_stops_three_paragraphs_back() -> None:
    from frontline.text.anaphora import Told

    mem = PlaceMemory([Told(("Vovchansk",), False, 0, 0)])
    assert mem.recall("any", 2, 2) == ["Vovchansk"]
    assert mem.recall("any", 3, 3) == []


# --- "there" after places named together, in a claim told of a sector ----------


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "On the Zaporizhzhia direction Ukrainian forces pushed on near Robotyne and Verbove: over the week 2 square kilometres were liberated there, a spokesman said on Thursday.",
            ["Robotyne", "Verbove"],
        ),
        (
            "en",
            "In the Kupiansk sector fighting went on around Synkivka and Petropavlivka, and Russian forces captured 4 square kilometres there last week, analysts said on Thursday.",
            ["Synkivka", "Petropavlivka"],
        ),
        (
            "en",
            "On the Lyman axis the brigade held Terny, Yampolivka and Torske; since May it has retaken 6 square kilometres there, its commander said on Thursday.",
            ["Terny", "Yampolivka", "Torske"],
        ),
        (
            "uk",
            "На Мелітопольському напрямку сили оборони просунулися біля Роботиного та Вербового: за тиждень там звільнено 2 кв. км, повідомила речниця у четвер.",
            ["Роботиного", "Вербового"],
        ),
        (
            "uk",
            "На Куп'янському напрямку тривають бої біля Синьківки і Петропавлівки, за тиждень ворог захопив там 4 кв. км, заявили аналітики у четвер.",
            ["Синьківки", "Петропавлівки"],
        ),
        (
            "uk",
            "На Лиманському напрямку бригада утримує Терни, Ямполівку та Торське; з травня вона звільнила там 6 кв. км, заявив командир у четвер.",
            ["Терни", "Ямполівку", "Торське"],
        ),
        (
            "ru",
            "На Запорожском направлении ВСУ продвинулись у Работино и Вербового: за неделю там занято 2 кв. км, сообщил источник в четверг.",
            ["Работино", "Вербового"],
        ),
        (
            "ru",
            "На Купянском направлении бои идут у Синьковки и Петропавловки, за неделю российские войска освободили там 4 кв. км, сообщили аналитики в четверг.",
            ["Синьковки", "Петропавловки"],
        ),
        (
            "ru",
            "На Лиманском направлении бригада удерживает Терны, Ямполовку и Торское; с мая она вернула там 6 кв. км, заявил командир в четверг.",
            ["Терны", "Ямполовку", "Торское"],
        ),
    ],
)
def test_there_means_places_named_together(
    lang: str, text: str, places: list[str]
) -> None:
    assert ("area_change", places) in _places(text, lang)
