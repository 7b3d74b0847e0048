# ruff: noqa: E501  (one test sentence a line reads best)
"""Places a claim lists (session 28, lane ``places``), in three phrasings of our
own per language: the settlement a direction points at ("в напрямку X"), the
members of a list the clause cut would lose. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 6)


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    claims = extract_claims(text, language=lang, published=DAY)
    return [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims]


# --- the settlement a direction points at (uk/ru) -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "names"),
    [
        (
            "Ворог просунувся на два кілометри в напрямку Костянтинівки.",
            "uk",
            "advance",
            ["Костянтинівки"],
        ),
        (
            "Противник атакував у напрямку Торецька та Щербинівки.",
            "uk",
            "fighting",
            ["Торецька", "Щербинівки"],
        ),
        (
            "Окупанти наступають у напрямку Гуляйполя, бої тривають.",
            "uk",
            "fighting",
            ["Гуляйполя"],
        ),
        (
            "Российские подразделения продвинулись на 10 километров к северу от Покровска, в направлении Доброполья.",
            "ru",
            "advance",
            ["Покровска", "Доброполья"],
        ),
        (
            "Противник атакует в направлении Курахово и Георгиевки.",
            "ru",
            "fighting",
            ["Курахово", "Георгиевки"],
        ),
        (
            "Штурмовики продвинулись на километр в направлении Северска.",
            "ru",
            "advance",
            ["Северска"],
        ),
    ],
)
def test_direction_names_its_settlement(
    text: str, lang: str, kind: str, names: list[str]
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == kind]
    assert got, text
    assert all(n in got[0][2] for n in names), got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На Покровському напрямку тривають бої.", "uk"),
        ("На Курахівському напрямку ворог атакував дванадцять разів.", "uk"),
        ("На Покровском направлении продолжаются бои.", "ru"),
    ],
)
def test_adjectival_sector_is_no_place(text: str, lang: str) -> None:
    got = _claims(text, lang)
    assert got and got[0][0] == "fighting"
    assert got[0][2] == [], got


# --- a list member whose ending looks like a verb (uk/ru clause cut) -----------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Ворог не полишає спроб наступати в районі Юнаківки та Садків.",
            "uk",
            ["Юнаківки", "Садків"],
        ),
        (
            "Відбулося п'ять атак агресора в районі Вовчанська та Липців.",
            "uk",
            ["Вовчанська", "Липців"],
        ),
        ("Бої тривають поблизу Кругляківки і Борів.", "uk", ["Кругляківки", "Борів"]),
        ("Противник атаковал в районе Садков и Липцов.", "ru", ["Садков", "Липцов"]),
        (
            "Бои идут у Гуляйполя и Малой Токмачки.",
            "ru",
            ["Гуляйполя", "Малой Токмачки"],
        ),
        (
            "Штурмы продолжаются в районе Часова Яра и Ступочек.",
            "ru",
            ["Часова Яра", "Ступочек"],
        ),
    ],
)
def test_capitalised_list_member_is_no_verb(
    text: str, lang: str, names: list[str]
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "fighting"]
    assert got, text
    assert all(n in got[0][2] for n in names), got


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("Росіяни зайшли в Торецьк та захопили шахту.", "uk", {"settlement_control"}),
        ("Ворог атакував біля Торецька і відступив.", "uk", {"fighting"}),
        ("Противник атаковал у Торецка и отошел.", "ru", {"fighting"}),
    ],
)
def test_small_verb_still_cuts(text: str, lang: str, kinds: set[str]) -> None:
    assert kinds <= {c[0] for c in _claims(text, lang)}


# --- the last member of a serial list (en) -------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Russian forces attacked near Kurakhivka, Tsukuryne, and Illinka on October 26.",
            ["Kurakhivka", "Tsukuryne", "Illinka"],
        ),
        (
            "Ukrainian troops repelled assaults near Bilohorivka, Spirne, and Ivano-Darivka.",
            ["Bilohorivka", "Spirne", "Ivano-Darivka"],
        ),
        (
            "Fighting continued around Toretsk, New York, and Druzhba.",
            ["Toretsk", "New York", "Druzhba"],
        ),
    ],
)
def test_serial_list_keeps_last_member(text: str, names: list[str]) -> None:
    got = [c for c in _claims(text, "en") if c[0] == "fighting"]
    assert got and got[0][2] == names, got


def test_serial_list_with_a_verb_is_a_clause() -> None:
    text = (
        "Russian forces captured Avdiivka, Sieverne, and Moscow said more would follow."
    )
    got = _claims(text, "en")
    assert got and got[0][2] == ["Avdiivka", "Sieverne"], got


# --- the named members of a count (settlement counts) ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Russian troops liberated five communities in the Donetsk region over the past week - Zhovte, Novoolenovka and Sontsevka.",
            "en",
            ["Zhovte", "Novoolenovka", "Sontsevka"],
        ),
        (
            "In August the Russian army took at least 15 settlements along the Pokrovsk axis, including Niu-York, Novohrodivka and Ptyche.",
            "en",
            ["Niu-York", "Novohrodivka", "Ptyche"],
        ),
        (
            "Ukrainian forces retook seven villages: Blahodatne, Makarivka and Neskuchne.",
            "en",
            ["Blahodatne", "Makarivka", "Neskuchne"],
        ),
        (
            "За минулий тиждень Сили оборони звільнили сім населених пунктів: Благодатне, Макарівку та Новодарівку.",
            "uk",
            ["Благодатне", "Макарівку", "Новодарівку"],
        ),
        ("ЗСУ звільнили ще два села, зокрема Андріївку.", "uk", ["Андріївку"]),
        (
            "Окупанти захопили три села – Кругле, Зелене та Ясне.",
            "uk",
            ["Кругле", "Зелене", "Ясне"],
        ),
        (
            "Российские войска освободили два населенных пункта – Острое и Григоровка – в Донецкой Народной Республике.",
            "ru",
            ["Острое", "Григоровка", "Донецкой Народной Республике"],
        ),
        (
            "За неделю освобождены три села: Ивановка, Петровка и Сидоровка.",
            "ru",
            ["Ивановка", "Петровка", "Сидоровка"],
        ),
        (
            "Армия заняла десятки населенных пунктов, в том числе Суджу.",
            "ru",
            ["Суджу"],
        ),
    ],
)
def test_count_lists_its_members(text: str, lang: str, names: list[str]) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "settlement_control"]
    assert got, text
    assert all(n in got[0][2] for n in names), got


def test_another_count_past_a_dash_is_no_member_list() -> None:
    text = "Войска освободили по два населенных пункта в ДНР и Запорожской области и один - в Харьковской."
    got = [c[2] for c in _claims(text, "ru")]
    assert got == [["ДНР"], ["Запорожской области"], ["Харьковской"]], got


# --- a gain placed nowhere lies in the region of its story ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Russia says it is pushing Ukrainian troops out of the Kursk region. Russian forces have regained 1,100 sq km, the ministry said.",
            "en",
            "Kursk region",
        ),
        (
            "Fighting in the Sumy region went on. Ukrainian troops recaptured nearly 320 square kilometres since January.",
            "en",
            "Sumy region",
        ),
        (
            "The army entered the Belgorod region in May. Since then it has taken 12 settlements.",
            "en",
            "Belgorod region",
        ),
        (
            "Ситуація в Курській області. Наші підрозділи взяли під контроль ще 5 квадратних кілометрів.",
            "uk",
            "Курській області",
        ),
        (
            "Бої на Харківщині тривають. За тиждень ЗСУ звільнили три населені пункти.",
            "uk",
            "Харківщині",
        ),
        (
            "Загарбники наступають на Донеччині. Ворог просунувся на два кілометри.",
            "uk",
            "Донеччині",
        ),
        (
            "Операция в Курской области продолжается. Российские войска взяли под контроль 40 квадратных километров.",
            "ru",
            "Курской области",
        ),
        (
            "Ситуация в Запорожской области. За неделю армия освободила два населенных пункта.",
            "ru",
            "Запорожской области",
        ),
        (
            "Бои в Белгородской области не стихают. ВСУ продвинулись на полтора километра.",
            "ru",
            "Белгородской области",
        ),
    ],
)
def test_gain_takes_place_of_story(text: str, lang: str, region: str) -> None:
    got = [c for c in _claims(text, lang) if c[0] != "fighting"]
    assert got, text
    assert got[-1][2] == [region], got


def test_placed_gain_keeps_its_place() -> None:
    text = "Fighting in the Donetsk region went on. Russian troops advanced 2 km near Pokrovsk."
    got = [c for c in _claims(text, "en") if c[0] == "advance"]
    assert got and got[0][2] == ["Pokrovsk"], got


# --- no place: a person opened by a given name, a quoted name of a thing ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Командир батальйону Андрій Савчук сказав, що бої тривають.", "uk"),
        ("Про це повідомив речник Дмитро Лиховій у неділю.", "uk"),
        ("Голова адміністрації Олександр Прокудін заявив про обстріли.", "uk"),
        ("Губернатор Курской области Александр Хинштейн поблагодарил военных.", "ru"),
        ("Об этом написал военкор Евгений Поддубный.", "ru"),
        ("Член совета Владимир Рогов сообщил о боях.", "ru"),
    ],
)
def test_given_name_opens_a_person(text: str, lang: str) -> None:
    from frontline.text.toponyms import find_places

    names = [p.name for p in find_places(text, lang)]
    assert not any(
        n.startswith(
            ("Андрій", "Дмитро", "Олександр", "Александр", "Евгений", "Владимир")
        )
        for n in names
    ), names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops fought around the 'Airplane' monument in the city.", "en"),
        ("A unit under the call sign 'Falcon' held the line.", "en"),
        ("The 'Azov' brigade repelled the attack.", "en"),
        ("Командир на позивний «Грім» розповів про бої.", "uk"),
        ("Бійці угруповання «Таврія» відбили штурм.", "uk"),
        ("Бої точаться біля багатоповерхівки «Літак».", "uk"),
        ("Основатель ЧВК «Вагнер» заявил о взятии города.", "ru"),
        ("Бои идут в районе многоэтажки «Самолет».", "ru"),
        ("Командир с позывным «Кедр» рассказал о штурме.", "ru"),
    ],
)
def test_quoted_name_of_a_thing_is_no_place(text: str, lang: str) -> None:
    from frontline.text.toponyms import find_places

    names = [p.name for p in find_places(text, lang)]
    assert not set(names) & {
        "Airplane",
        "Falcon",
        "Azov",
        "Грім",
        "Таврія",
        "Літак",
        "Вагнер",
        "Самолет",
        "Кедр",
    }, names


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Штурмовики зайшли в мікрорайон «Канал».", "uk", "Канал"),
        ("Бои идут у шахты «Южнодонбасская».", "ru", "Южнодонбасская"),
        ("Russian troops entered the 'Kanal' district.", "en", "Kanal"),
    ],
)
def test_quoted_district_stays_a_place(text: str, lang: str, name: str) -> None:
    from frontline.text.toponyms import find_places

    assert name in [p.name for p in find_places(text, lang)]


# --- else the settlement told of last (area, advance; never a count) -------------


@pytest.mark.parametrize(
    ("text", "lang", "kind", "name"),
    [
        (
            "Heavy fighting raged around Robotyne. Ukrainian forces have liberated 3 square kilometres this week.",
            "en",
            "area_change",
            "Robotyne",
        ),
        (
            "Russian troops are pressing on Toretsk. They advanced 2 kilometres this week.",
            "en",
            "advance",
            "Toretsk",
        ),
        (
            "The enemy keeps storming Chasiv Yar. Over the week it gained 5 sq km.",
            "en",
            "area_change",
            "Chasiv Yar",
        ),
        (
            "Запеклі бої тривають біля Роботиного. Наші сили звільнили ще 3 квадратні кілометри.",
            "uk",
            "area_change",
            "Роботиного",
        ),
        (
            "Ворог штурмує Торецьк. За тиждень він просунувся на два кілометри.",
            "uk",
            "advance",
            "Торецьк",
        ),
        (
            "Росіяни тиснуть на Часів Яр. За тиждень вони захопили 5 кв. км.",
            "uk",
            "area_change",
            "Часів Яр",
        ),
        (
            "Тяжелые бои идут у Работино. ВСУ продвинулись на полтора километра.",
            "ru",
            "advance",
            "Работино",
        ),
        (
            "Штурмовики атакуют Торецк. За неделю они взяли под контроль 4 квадратных километра.",
            "ru",
            "area_change",
            "Торецк",
        ),
        (
            "Бои идут за Часов Яр. Противник продвинулся на километр.",
            "ru",
            "advance",
            "Часов Яр",
        ),
    ],
)
def test_gain_takes_settlement_of_story(
    text: str, lang: str, kind: str, name: str
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == kind]
    assert got, text
    assert name in got[-1][2], got


def test_count_takes_no_settlement_of_story() -> None:
    text = "Fighting raged around Robotyne. Ukrainian troops liberated eight settlements this month."
    got = [c for c in _claims(text, "en") if c[0] == "settlement_control"]
    assert got and got[0][2] == [], got
