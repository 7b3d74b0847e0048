"""Area figures with no gain verb (issue 8: area claims the triggers miss).

A figure of ground in a sentence about the front is a claim although no verb
the lexicon knows governs it: noun phrases ("a net gain of N km²", "загальна
площа звільнених територій", "прирост за неделю"), a figure heading a list
item ("В октябре — 423 кв. км"), a figure after a claim of the sentence before.
Look-alikes stay silent: demined or sown hectares, flooded land, the size of a
town, comparisons with a country, demands. Every sentence is invented for the
test (no dev, corpus or article text, no ``../shared``); each family is tried
in three phrasings of our own per language. Places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.units import area_figures

PUB = date(2025, 6, 14)


def areas(text: str, lang: str):
    return [
        c
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "area_change"
    ]


# ---- a noun phrase of ground, no verb ---------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "km2", "gainer"),
    [
        ("Russia's net gain in May came to 410 square kilometres.", "en", 410, "RU"),
        ("Moscow's tally for the week: 95 sq km, per the map project.", "en", 95, "RU"),
        (
            "Ukrainian forces' share of the front grew by 12 km² near Hlynka.",
            "en",
            12,
            "UA",
        ),
        ("Приріст окупованої площі за травень — 430 км².", "uk", 430, "RU"),
        (
            "Загальна площа деокупованих територій на Хлинському напрямку — 64 км².",
            "uk",
            64,
            "UA",
        ),
        ("Площа, яку росіяни додали за тиждень, — 87 кв. км.", "uk", 87, "RU"),
        (
            "Общая площадь освобождённых территорий составила 120 кв. км.",
            "ru",
            120,
            "RU",
        ),
        ("Прирост российской армии за неделю — 150 кв. км.", "ru", 150, "RU"),
        ("ВСУ за месяц: минус 75 квадратных километров.", "ru", 75, "UA"),
    ],
)
def test_a_figure_of_ground_without_a_verb_is_an_area_claim(
    text: str, lang: str, km2: float, gainer: str
) -> None:
    got = areas(text, lang)
    assert [c.area_km2 for c in got] == [km2]
    assert got[0].gainer == gainer


# ---- a figure after a claim of the sentence before ---------------------------
@pytest.mark.parametrize(
    ("text", "lang", "period"),
    [
        (
            "Russian troops took 500 sq km in March. In April, 380 sq km.",
            "en",
            (date(2025, 4, 1), date(2025, 4, 30)),
        ),
        (
            "Окупанти захопили 500 км² у березні. У квітні — 380 км².",
            "uk",
            (date(2025, 4, 1), date(2025, 4, 30)),
        ),
        (
            "Войска РФ заняли 500 кв. км в марте. В апреле — 380 кв. км.",
            "ru",
            (date(2025, 4, 1), date(2025, 4, 30)),
        ),
    ],
)
def test_a_month_heading_a_figure_dates_it(text: str, lang: str, period) -> None:
    got = areas(text, lang)
    assert [c.area_km2 for c in got] == [500, 380]
    assert got[1].gainer == "RU"
    assert (got[1].period_start, got[1].period_end) == period


# ---- whose ground: liberation, occupation, loss -------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Площа територій, звільнених з-під контролю окупантів, — 120 км².",
            "uk",
            "UA",
        ),
        ("Площа території, зайнятої ворогом за тиждень, — 40 кв. км.", "uk", "RU"),
        ("Площадь территории, занятой противником за неделю, — 40 кв. км.", "ru", "UA"),
        ("Площадь территорий, утраченных ВСУ в мае, — 90 кв. км.", "ru", "RU"),
        ("Area seized by Ukraine in the raid: some 90 sq km.", "en", "UA"),
    ],
)
def test_the_ground_word_decides_the_gainer(text: str, lang: str, gainer: str) -> None:
    got = areas(text, lang)
    assert len(got) == 1 and got[0].gainer == gainer


# ---- look-alikes stay silent --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sappers have checked 900 hectares of fields near Hlynka this spring.", "en"),
        ("The town of Hlynka covers about 30 square kilometres.", "en"),
        ("The front zone, some 9,000 sq km, is roughly the size of Cyprus.", "en"),
        ("Moscow demands another 6,000 sq km of the region before any truce.", "en"),
        ("Піротехніки обстежили 300 гектарів полів біля Хлинки.", "uk"),
        ("Площа міста Хлинка — близько 12 квадратних кілометрів.", "uk"),
        ("Близько 5 тисяч км² області залишаються потенційно небезпечними.", "uk"),
        ("Саперы разминировали 40 гектаров у Глинки за неделю.", "ru"),
        ("Площадь области — 26 тысяч кв. км, население — миллион человек.", "ru"),
        ("Под водой оказались 600 кв. км поймы после прорыва дамбы.", "ru"),
        ("Russia's May tally was 40 sq km more than April's.", "en"),
        ("Цього тижня ворог просунувся на 20 км² менше, ніж торік.", "uk"),
        ("Прирост оказался на 15 кв. км меньше прошлонедельного.", "ru"),
    ],
)
def test_look_alike_figures_make_no_claim(text: str, lang: str) -> None:
    assert areas(text, lang) == []


def test_area_figures_skips_conversions_and_distances() -> None:
    got = area_figures("liberated 7 square km (2.7 square miles), 3 km deep")
    assert [q.value for q in got] == [7.0]


# ---- a whole region or zone taken or left, no figure (kind A, area null) ------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Moscow said it had completed the liberation of the Hlynsk region.",
            "en",
            "RU",
        ),
        ("Kyiv says the entire Hlynka oblast has been freed.", "en", "UA"),
        ("Russian units pulled back across the Dnipro overnight.", "en", "UA"),
        (
            "Kyiv completed the withdrawal of its units from the territory.",
            "en",
            "RU",
        ),
        ("Сили оборони повністю звільнили Хлинську область.", "uk", "UA"),
        ("Вся територія Хлинщини звільнена від окупантів.", "uk", "UA"),
        ("Окупанти відійшли за Дніпро.", "uk", "UA"),
        ("Уся Хлинська область — під контролем ЗСУ.", "uk", "UA"),
        ("Войска завершили освобождение ДНР в своей зоне ответственности.", "ru", "RU"),
        (
            "Минобороны доложило о полном освобождении Хлинской народной республики.",
            "ru",
            "RU",
        ),
        ("Российские подразделения ушли за Днепр.", "ru", "UA"),
        ("ВСУ полностью вышли с правого берега реки.", "ru", "RU"),
    ],
)
def test_a_whole_region_taken_or_left_is_an_area_claim_without_figure(
    text: str, lang: str, gainer: str
) -> None:
    got = areas(text, lang)
    assert len(got) == 1
    assert got[0].area_km2 is None and got[0].gainer == gainer
    assert got[0].extra.get("region_level")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops took part of the Hlynka region last month.", "en"),
        ("Окупанти захопили частину Хлинської області.", "uk"),
        ("Войска освободили село Хлинка Хлинской области.", "ru"),
    ],
)
def test_part_of_a_region_or_a_village_in_it_is_no_whole_region(
    text: str, lang: str
) -> None:
    assert not any(
        c.extra.get("region_level")
        and c.extra.get("rule", "").startswith("area-region")
        for c in extract_claims(text, published=PUB, language=lang)
    )


# ---- a running total after the news, its unit elided --------------------------
@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        ("За тиждень звільнено ще 4 км², загалом — близько 180.", "uk", 180),
        ("Цього тижня ворог захопив 9 км², а всього — майже 600.", "uk", 600),
        ("Минулого тижня ЗСУ звільнили 2 км², усього понад 90.", "uk", 90),
        ("За неделю освобождено 12 кв. км, всего — около 300.", "ru", 300),
        ("ВСУ потеряли за сутки 3 кв. км, в общей сложности более 70.", "ru", 70),
        ("За месяц войска заняли 40 кв. км, итого — 520.", "ru", 520),
        ("Ukraine retook 6 sq km this week; overall, some 240.", "en", 240),
        ("Russia gained 30 sq km in May and, in total, about 900.", "en", 900),
        ("Kyiv freed 5 sq km last week, in total: 75.", "en", 75),
    ],
)
def test_a_bare_total_after_an_area_figure_is_a_running_total(
    text: str, lang: str, total: float
) -> None:
    got = areas(text, lang)
    assert [c.area_km2 for c in got][-1] == total
    assert got[-1].cumulative and not got[0].cumulative


# ---- a tally with neither verb nor time: a running total as it stands ---------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The liberated territory on the Hlynka axis: some 140 sq km.", "en"),
        ("Ukraine's tally on the southern front stands at 210 sq km.", "en"),
        ("Russian-held ground west of Hlynka: about 75 square kilometres.", "en"),
        ("Площа деокупованих територій на Хлинському напрямку — 64 км².", "uk"),
        ("Площа відвойованих ЗСУ земель біля Хлинки — майже 30 кв. км.", "uk"),
        ("Загальна площа відвойованої землі — 48 км², за даними ЗСУ.", "uk"),
        ("Общая площадь освобождённых территорий — 120 кв. км.", "ru"),
        ("Площадь отвоёванных у Глинки земель — около 35 кв. км.", "ru"),
        ("Площадь отвоёванной земли — 52 кв. км, сообщили в штабе.", "ru"),
    ],
)
def test_a_tally_without_verb_or_time_is_a_running_total(text: str, lang: str) -> None:
    got = areas(text, lang)
    assert len(got) == 1 and got[0].cumulative
    assert got[0].period_start is None and got[0].period_end == PUB


# ---- a figure written as a word, or one unit with no number -------------------
@pytest.mark.parametrize(
    ("text", "lang", "km2"),
    [
        ("Ukrainian marines retook a square kilometre near Hlynka.", "en", 1.0),
        ("Russian troops seized half a square kilometre at Hlynka.", "en", 0.5),
        ("Kyiv's forces regained two square kilometres east of Hlynka.", "en", 2.0),
        ("ЗСУ звільнили один квадратний кілометр біля Хлинки.", "uk", 1.0),
        ("Окупанти захопили двадцять квадратних кілометрів біля Хлинки.", "uk", 20.0),
        ("Росіяни захопили півтора квадратних кілометра біля Хлинки.", "uk", 1.5),
        ("ВСУ потеряли полтора квадратных километра у Глинки.", "ru", 1.5),
        ("Российские войска заняли тридцать кв. км у Глинки.", "ru", 30.0),
        ("Армия освободила более тысячи квадратных километров.", "ru", 1000.0),
    ],
)
def test_a_figure_in_words_or_a_single_unit(text: str, lang: str, km2: float) -> None:
    assert [c.area_km2 for c in areas(text, lang)] == [km2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("recaptured 1 sq km (one-third a square mile)", "en"),
        ("щільність — 40 осіб на квадратний кілометр", "uk"),
        ("плотность — 40 человек на квадратный километр", "ru"),
    ],
)
def test_a_fraction_of_a_unit_or_a_rate_per_unit_is_no_figure(
    text: str, lang: str
) -> None:
    assert len(area_figures(text, lang)) == (1 if lang == "en" else 0)
