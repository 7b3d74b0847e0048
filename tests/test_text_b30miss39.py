"""Session 39, lane b30miss: blind30's missed claims, each rule tested on
phrasings of our own (three per language where it applies)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


# B30MISS39 (a): a list's lead names one side's gains over a period and their
# area unit with no figure ("(sq km)", "in km2", "(кв. км)"); each item then
# closes with a bare figure in that unit ("— Toretsk: 22")
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "areas"),
    [
        (
            "Russian advances over the past seven days by axis (sq km):\n"
            "- Toretsk: 22\n- Siversk: 9\n- Lyman: about 15",
            "en",
            "RU",
            [22.0, 9.0, 15.0],
        ),
        (
            "Ukrainian gains in August, by sector (square kilometres, our count):\n"
            "* Kursk: 310\n* Kharkiv: 12",
            "en",
            "UA",
            [310.0, 12.0],
        ),
        (
            "Our tally of Russia's gains this month, in km2:\n"
            "1. Pokrovsk - 60\n2. Kupiansk - 18",
            "en",
            "RU",
            [60.0, 18.0],
        ),
        (
            "Просування росіян за тиждень за напрямками (кв. км):\n"
            "— Покровський: 35\n— Лиманський: 12",
            "uk",
            "RU",
            [35.0, 12.0],
        ),
        (
            "Приріст території ЗСУ за серпень, км²:\n— Курщина: 300\n— Харківщина: 14",
            "uk",
            "UA",
            [300.0, 14.0],
        ),
        (
            "Просування ворога за минулу добу (квадратні кілометри):\n"
            "- Торецький напрямок — 6\n- Куп'янський напрямок — близько 4",
            "uk",
            "RU",
            [6.0, 4.0],
        ),
        (
            "Продвижение российских войск за неделю по направлениям (кв. км):\n"
            "— Покровское: 35\n— Лиманское: 12",
            "ru",
            "RU",
            [35.0, 12.0],
        ),
        (
            "Продвижение ВСУ за месяц, в квадратных километрах:\n"
            "1) Курское направление — 120\n2) Харьковское направление — 8",
            "ru",
            "UA",
            [120.0, 8.0],
        ),
        (
            "Прирост территории ВС РФ за сутки (км²):\n"
            "• Купянск: около 5\n• Северск: 3",
            "ru",
            "RU",
            [5.0, 3.0],
        ),
    ],
)
def test_bare_figures_under_a_lead_with_a_unit(
    text: str, lang: str, gainer: str, areas: list[float]
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    area = [c for c in claims if c.kind == "area_change"]
    assert [c.area_km2 for c in area] == areas
    assert {c.gainer for c in area} == {gainer}
    assert all(c.period_text for c in area)


# a lead with a unit but no side's gains, a figure with a unit of its own in
# the items, or items that count something else make no bare-figure claims
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Area of the districts this week (sq km):\n- Toretsk: 22\n- Lyman: 15", "en"),
        ("Russian gains this week by axis (sq km):\n- Toretsk: 22 tanks", "en"),
        ("Площа районів за тиждень (кв. км):\n— Покровський: 35", "uk"),
        ("Площадь районов за неделю (кв. км):\n— Покровский: 35", "ru"),
    ],
)
def test_no_bare_figures_without_a_gains_lead(text: str, lang: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert not [c for c in claims if c.area_km2 in (22.0, 15.0, 35.0)]


# B30MISS39 (b): a sentence with no trigger word whose time expression holds
# an event ("since we began counting", "з моменту, як почали наступ") keeps
# its frame: its free figure is read, and a side word inside the time
# expression is not the figure's holder
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "area"),
    [
        (
            "Russian gains this week by axis (our count, sq km):\n- Toretsk: 22\n"
            "- Lyman: 15\nTotal: 37 sq km, the most since we began counting in 2024.",
            "en",
            "RU",
            37.0,
        ),
        (
            "Russian troops seized 40 sq km last week. Another 35 sq km the week "
            "before, the most since we started our map in 2023.",
            "en",
            "RU",
            35.0,
        ),
        (
            "Ukrainian units recaptured 12 sq km on Monday. Overall: 48 sq km, "
            "the best result since we opened the tracker in 2024.",
            "en",
            "UA",
            48.0,
        ),
        (
            "Ворог за тиждень захопив 40 кв. км. Загалом з моменту, як росіяни "
            "почали наступ у травні, — 500 кв. км.",
            "uk",
            "RU",
            500.0,
        ),
        (
            "ЗСУ звільнили 12 кв. км. Разом відтоді, як ми почали рахувати у "
            "2024 році, — 230 кв. км.",
            "uk",
            "UA",
            230.0,
        ),
        (
            "Окупанти захопили 30 кв. км за тиждень. Загалом з того часу, як ми "
            "ведемо підрахунок, — 610 кв. км.",
            "uk",
            "RU",
            610.0,
        ),
        (
            "ВС РФ заняли за неделю 40 кв. км. Всего с тех пор, как началось "
            "наступление в мае, — 500 кв. км.",
            "ru",
            "RU",
            500.0,
        ),
        (
            "ВСУ освободили 12 кв. км. Итого с тех пор, как мы начали считать в "
            "2024 году, — 230 кв. км.",
            "ru",
            "UA",
            230.0,
        ),
        (
            "Российские войска заняли 30 кв. км за неделю. Всего с того момента, "
            "как мы ведём подсчёт, — 610 кв. км.",
            "ru",
            "RU",
            610.0,
        ),
    ],
)
def test_free_figure_dated_by_an_event(
    text: str, lang: str, gainer: str, area: float
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    found = [c for c in claims if c.kind == "area_change" and c.area_km2 == area]
    assert found, [(c.kind, c.area_km2, c.quote) for c in claims]
    assert found[0].gainer == gainer


# B30MISS39 (c): a line opening with a tally word right after claims of one
# side sums them: its free figure is that side's ground
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "area"),
    [
        (
            "- Lyman: Russian forces captured Torske.\n"
            "- Pokrovsk: the enemy advanced 1 km.\nIn all, 70 sq km over the week.",
            "en",
            "RU",
            70.0,
        ),
        (
            "Ukrainian units pushed 2 km south of Robotyne and retook Verbove. "
            "Altogether about 12 sq km since Monday.",
            "en",
            "UA",
            12.0,
        ),
        (
            "Russian troops took Lysivka and moved up near Selydove.\n"
            "Overall: 25 sq km this week.",
            "en",
            "RU",
            25.0,
        ),
        (
            "Ворог просунувся біля Покровська на 2 км і захопив Лисівку. "
            "Загалом за добу — близько 15 кв. км.",
            "uk",
            "RU",
            15.0,
        ),
        (
            "— Лиманський: росіяни захопили Торське.\n"
            "— Покровський: ворог просунувся на 1 км.\nРазом за тиждень — 70 кв. км.",
            "uk",
            "RU",
            70.0,
        ),
        (
            "Сили оборони звільнили Роботине і просунулися біля Вербового. "
            "Сумарно за тиждень — 9 кв. км.",
            "uk",
            "UA",
            9.0,
        ),
        (
            "— Северское: ВС РФ продвинулись западнее Белогоровки на 2 км.\n"
            "— Покровское: российские войска заняли Лысовку.\n"
            "Итого за сутки — около 20 кв. км, за неделю — 115 кв. км.",
            "ru",
            "RU",
            115.0,
        ),
        (
            "Российские подразделения продвинулись у Торецка на километр и взяли "
            "Щербиновку. Всего за неделю — 60 кв. км.",
            "ru",
            "RU",
            60.0,
        ),
        (
            "ВСУ освободили Работино и продвинулись у Вербового. В сумме за "
            "неделю — 9 кв. км.",
            "ru",
            "UA",
            9.0,
        ),
    ],
)
def test_tally_line_after_claims(
    text: str, lang: str, gainer: str, area: float
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    found = [c for c in claims if c.kind == "area_change" and c.area_km2 == area]
    assert found, [(c.kind, c.area_km2, c.quote) for c in claims]
    assert found[0].gainer == gainer


def test_no_tally_without_a_side_before() -> None:
    text = "Fighting went on near Toretsk.\nIn all, 70 sq km of farmland was burnt."
    claims = extract_claims(text, published=PUB, language="en")
    assert not [c for c in claims if c.area_km2 == 70.0]
