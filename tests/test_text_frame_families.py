"""Frame fields of detected claims (issue 8): whose gain it is in a text that
relays one side, and the period and running-total status of a claim.

Every sentence is invented for the test (no corpus or article text, no
``../shared``); each family is tried in three phrasings of our own per language
where it applies. Place names are made up ("Kolosky", "Marivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods
from frontline.text.sides import side_of_document
from frontline.text.units import find_quantities

PUB = date(2025, 9, 3)
SC = "settlement_control"


def claims(text: str, lang: str = "en", pub: date = PUB):
    return extract_claims(text, published=pub, language=lang)


def gainers(text: str, kind: str, lang: str = "en") -> list[str | None]:
    return [c.gainer for c in claims(text, lang) if c.kind == kind]


# ---- family 1: a Russian group of forces named in English is Russian --------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Units of the Zapad group of forces liberated the village of Kolosky.", SC),
        ("The Yug group of forces continued to push towards Marivka.", "advance"),
        ("Assault units of the Centre group of forces captured Pishchane.", SC),
    ],
)
def test_a_russian_group_of_forces_gains_for_russia(text: str, kind: str) -> None:
    assert gainers(text, kind) == ["RU"], text


# ---- family 2: one side's slurs and names give the document its side --------
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("The khokhly ran again; the svidomye channels lie as usual.", "en", "RU"),
        ("Ukrop positions fell, the khokhols fled to the river.", "en", "RU"),
        ("Хохлы бегут, укропы пишут ерунду.", "ru", "RU"),
        ("The orcs attacked again; the rashists lost two tanks.", "en", "UA"),
        ("The orcs and the katsaps were stopped at the river.", "en", "UA"),
        (
            "Units of the Vostok group of forces and the Dnepr group of forces "
            "advanced.",
            "en",
            "RU",
        ),
    ],
)
def test_slurs_and_group_names_give_the_document_side(
    text: str, lang: str, side: str
) -> None:
    assert side_of_document(text) == side, text


@pytest.mark.parametrize(
    "text",
    [
        "The svidomye write that we left Kolosky. Rubbish, the khokhly lie.",
        "Khokhly channels say we abandoned Marivka. The svidomye lie again.",
        "Do not trust the ukrops: we did not leave Pishchane, say the khokhly liars.",
    ],
)
def test_we_in_a_text_with_russian_voice_is_russian(text: str) -> None:
    # "we left X" from the Russian side is a Ukrainian gain (denied or not)
    assert gainers(text, SC) == ["UA"], text


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday the orcs seized Kolosky.",
        "The orcs captured Marivka on Monday.",
        "By evening the orcs had taken Pishchane.",
    ],
)
def test_orcs_are_russian(text: str) -> None:
    assert gainers(text, SC) == ["RU"], text


# ---- family 3: "a day earlier" in Ukrainian and Russian is the day before ---
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Днем ранее армия РФ захватила Колоски.", "ru"),
        ("Днём ранее российские войска продвинулись у Маривки.", "ru"),
        ("Днем ранее ВСУ освободили село Пищаное.", "ru"),
        ("Днем раніше ворог окупував Колоски.", "uk"),
        ("Днём раніше російські війська просунулися біля Марівки.", "uk"),
        ("За день раніше ЗСУ звільнили село Піщане.", "uk"),
    ],
)
def test_a_day_earlier_is_the_day_before(text: str, lang: str) -> None:
    found = [c for c in claims(text, lang) if c.kind in (SC, "advance")]
    assert [c.period_end for c in found] == [date(2025, 9, 2)], text


# ---- family 4: a named day with a written date in apposition is that date ---
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Напередодні, 29 серпня, штаб заявив про захоплення Колосків.", "uk"),
        ("Днем раніше, 29 серпня, командир повідомив про звільнення Марівки.", "uk"),
        ("Учора, 29 серпня, Генштаб повідомив про захоплення Піщаного.", "uk"),
        ("Накануне, 29 августа, штаб сообщил о захвате Колосков.", "ru"),
        ("Днем ранее, 29 августа, командир сообщил об освобождении Маривки.", "ru"),
        ("Вчера, 29 августа, Минобороны сообщило о взятии Пищаного.", "ru"),
        ("The day before, on August 29, the army said it had seized Kolosky.", "en"),
        ("Yesterday, August 29, the ministry said troops captured Marivka.", "en"),
        ("A day earlier, on August 29, officials said units took Pishchane.", "en"),
    ],
)
def test_a_named_day_with_a_date_in_apposition_is_the_date(
    text: str, lang: str
) -> None:
    found = [c for c in claims(text, lang) if c.kind == SC]
    assert [c.period_end for c in found] == [date(2025, 8, 29)], text


# ---- family 5: a figure told as a rate is no running total ------------------
@pytest.mark.parametrize(
    ("text", "lang", "rate"),
    [
        (
            "Since January, Russian forces have captured 2,000 square kilometers, "
            "an average of 250 square kilometers per month.",
            "en",
            250.0,
        ),
        (
            "Since the start of the year Russian troops have taken 1,800 sq km, "
            "or about 225 sq km a month.",
            "en",
            225.0,
        ),
        (
            "In total, since January Russian troops have seized 1,600 sq km, "
            "roughly 7 sq km each day.",
            "en",
            7.0,
        ),
        (
            "З початку року російські війська захопили 2000 кв. км, у середньому "
            "250 кв. км на місяць.",
            "uk",
            250.0,
        ),
        (
            "Загалом з початку року окупанти захопили 1800 кв. км, тобто 225 кв. км "
            "щомісяця.",
            "uk",
            225.0,
        ),
        (
            "З початку року ворог окупував 1600 кв. км, в середньому по 7 кв. км "
            "на добу.",
            "uk",
            7.0,
        ),
        (
            "С начала года российские войска заняли 2000 кв. км, в среднем 250 кв. "
            "км в месяц.",
            "ru",
            250.0,
        ),
        (
            "Всего с начала года ВС РФ освободили 1800 кв. км, то есть 225 кв. км "
            "ежемесячно.",
            "ru",
            225.0,
        ),
        (
            "С начала года армия РФ заняла 1600 кв. км, в среднем по 7 кв. км в сутки.",
            "ru",
            7.0,
        ),
    ],
)
def test_a_rate_is_no_running_total(text: str, lang: str, rate: float) -> None:
    areas = {c.area_km2: c for c in claims(text, lang) if c.kind == "area_change"}
    assert rate in areas, (text, list(areas))
    assert areas[rate].cumulative is False, text
    # the total it averages stays a running total
    assert [c.cumulative for v, c in areas.items() if v != rate] == [True], text


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops captured 40 square kilometers in a week.",
        "Ukrainian forces regained 12 sq km a week ago.",
        "Russian forces took 30 sq km within a month.",
    ],
)
def test_a_span_is_no_rate(text: str) -> None:
    assert not any(c.extra.get("rate") for c in claims(text)), text


# ---- family 6: "since the start of (counter)offensive actions" is a total ---
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Від початку контрнаступальних дій ЗСУ звільнили 120 кв. км.", "uk"),
        (
            "З початку наступальних операцій на цьому напрямку Сили оборони "
            "звільнили 45 квадратних кілометрів.",
            "uk",
        ),
        (
            "Від початку бойових дій на півдні українські війська звільнили "
            "300 кв. км.",
            "uk",
        ),
        ("С начала контрнаступательных действий ВСУ заняли 120 кв. км.", "ru"),
        (
            "С начала наступательных операций на этом участке российские войска "
            "освободили 45 квадратных километров.",
            "ru",
        ),
        ("С начала боевых действий в регионе армия РФ заняла 300 кв. км.", "ru"),
        (
            "Since the start of counteroffensive operations Ukrainian forces "
            "have liberated 120 sq km.",
            "en",
        ),
        (
            "Since the beginning of the offensive, Russian troops have taken "
            "45 square kilometers.",
            "en",
        ),
        (
            "From the start of their offensive actions Ukrainian troops have "
            "regained 300 sq km.",
            "en",
        ),
    ],
)
def test_since_the_start_of_offensive_actions_is_a_running_total(
    text: str, lang: str
) -> None:
    areas = [c for c in claims(text, lang) if c.kind == "area_change"]
    assert [(c.cumulative, c.period_end) for c in areas] == [(True, PUB)], text


# ---- family 7: "the area which X hold": the side after the verb holds it ----
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        (
            "Площа, яку утримують російські війська, скоротилася до 60 кв. км.",
            "uk",
            "RU",
        ),
        (
            "Територія, яку контролюють українські підрозділи, зменшилася до "
            "90 кв. км.",
            "uk",
            "UA",
        ),
        (
            "Площа, яку досі утримують ЗСУ, скоротилася до 45 квадратних кілометрів.",
            "uk",
            "UA",
        ),
        (
            "Площадь, которую удерживают украинские подразделения, сократилась "
            "до 60 кв. км.",
            "ru",
            "UA",
        ),
        (
            "Территория, которую контролируют российские войска, сократилась до "
            "90 кв. км.",
            "ru",
            "RU",
        ),
        (
            "Площадь, которую всё ещё удерживают ВСУ, уменьшилась до 45 "
            "квадратных километров.",
            "ru",
            "UA",
        ),
    ],
)
def test_the_side_after_the_verb_of_a_relative_clause_holds(
    text: str, lang: str, side: str
) -> None:
    assert gainers(text, "area_change", lang) == [side], text


# ---- family 8: "made confirmed advances" is no announcement (en) ------------
@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Russian forces made confirmed advances near Kolosky this week.",
            date(2025, 9, 1),
        ),
        (
            "Ukrainian forces made confirmed advances in the Marivka direction "
            "last week.",
            date(2025, 8, 25),
        ),
        (
            "Russian forces recently made confirmed advances near Pishchane over "
            "the past week.",
            date(2025, 8, 27),
        ),
    ],
)
def test_confirmed_as_an_adjective_keeps_the_span(text: str, start: date) -> None:
    found = [c for c in claims(text) if c.kind == "advance"]
    assert [c.period_start for c in found] == [start], text


def test_confirmed_as_a_verb_is_still_an_announcement() -> None:
    found = claims("On Monday the army confirmed the capture of Kolosky.")
    assert [(c.period_start, c.period_end) for c in found] == [(None, date(2025, 9, 1))]


# ---- family 9: a time in a participial appositive about the place is not
# the claim's ("X, the town held by Ukraine since August") --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops pushed into the outskirts of Kolosky, the main town held "
        "by Ukraine since last August.",
        "Ukrainian forces advanced toward Marivka, the village occupied by "
        "Russia since March 2022.",
        "Russian units broke into Pishchane, a small town captured by Ukrainian "
        "troops in the autumn of 2022.",
    ],
)
def test_a_time_in_a_participial_appositive_is_the_places(text: str) -> None:
    # the movement (or the entry: "broke into X" is control of X in part)
    found = [c for c in claims(text) if c.extra["rule"].startswith("advance")]
    assert [(c.period_start, c.period_end) for c in found] == [(None, PUB)], text


# ---- family 10: a denial pointing back is of the claim's own day ------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian bloggers claimed that on Monday assault groups entered Kolosky. "
            "Kyiv denied these reports.",
            "en",
        ),
        (
            "Russian channels said troops captured Marivka on Monday. "
            "Ukraine's General Staff denied it.",
            "en",
        ),
        (
            "Pro-Kremlin bloggers wrote that on Monday Russian units took Pishchane. "
            "The Ukrainian army has denied this.",
            "en",
        ),
        (
            "Російські канали стверджували, що в понеділок штурмовики зайшли в "
            "Колоски. Генштаб ЗСУ ці дані спростував.",
            "uk",
        ),
        (
            "Окупанти заявили, що в понеділок захопили Марівку. Сили оборони "
            "спростували цю інформацію.",
            "uk",
        ),
        (
            "Російські блогери писали, що в понеділок війська РФ закріпилися в "
            "Піщаному. ЗСУ це заперечують.",
            "uk",
        ),
        (
            "Украинские источники утверждали, что в понедельник штурмовые группы "
            "закрепились в Колосках. Минобороны России эти сведения опровергло.",
            "ru",
        ),
        (
            "ВСУ заявили, что в понедельник освободили Маривку. В Минобороны РФ "
            "эту информацию опровергли.",
            "ru",
        ),
        (
            "Украинские каналы писали, что в понедельник ВСУ вошли в Пищаное. "
            "Минобороны это опровергает.",
            "ru",
        ),
    ],
)
def test_a_denial_pointing_back_takes_the_claims_day(text: str, lang: str) -> None:
    all_ = claims(text, lang)
    found = [c for c in all_ if c.extra.get("rule") == "pointing-back"]
    denied = [c for c in all_ if c.extra.get("rule") != "pointing-back"]
    assert found and denied, text
    # the denied claim's span (its day, or only its announcement's end)
    assert [(c.period_start, c.period_end) for c in found] == [
        (denied[0].period_start, date(2025, 9, 1))
    ], text


# ---- family 11: "since the start of the offensive [there] on <day>" runs from
# that day ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "З початку наступу на Колоскивському напрямку 10 травня окупанти "
            "захопили 12 сіл.",
            "uk",
        ),
        ("З початку операції 10 травня Сили оборони звільнили 120 кв. км.", "uk"),
        (
            "Від початку контрнаступу в Курській області 10 травня ЗСУ звільнили "
            "40 населених пунктів.",
            "uk",
        ),
        (
            "С начала наступления на колосковском направлении 10 мая российские "
            "войска освободили 12 сел.",
            "ru",
        ),
        ("С начала операции 10 мая ВСУ заняли 120 кв. км.", "ru"),
        (
            "С начала контрнаступления в Курской области 10 мая армия РФ "
            "освободила 40 населенных пунктов.",
            "ru",
        ),
        (
            "Since the start of the offensive in the Kolosky direction on May 10 "
            "Russian troops have taken 12 villages.",
            "en",
        ),
        (
            "Since the start of the operation on May 10, Ukrainian forces have "
            "liberated 120 sq km.",
            "en",
        ),
        (
            "Since the beginning of the counteroffensive in the Kursk region on "
            "May 10 Russian forces have retaken 40 settlements.",
            "en",
        ),
    ],
)
def test_since_the_start_of_an_operation_on_a_day(text: str, lang: str) -> None:
    found = [c for c in claims(text, lang) if c.kind in (SC, "area_change")]
    assert [(c.period_start, c.period_end, c.cumulative) for c in found] == [
        (date(2025, 5, 10), PUB, True)
    ], text


def test_a_day_after_a_verb_is_no_operation_start() -> None:
    found = find_periods("з початку війни ЗСУ звільнили 10 травня село", "uk")
    assert [p.kind for p in found] == ["since_start", "date"]


# ---- family 12: "they" against "us"/"our" stand for the speaker's enemy -----
# (no speaker named: English and Ukrainian texts speak for Ukraine, Russian
# ones for Russia, so "they" is the other side)
@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("Near Kolosky they managed to gain a foothold on our bank.", "en", "RU"),
        ("At dawn they pushed us out of Marivka.", "en", "RU"),
        (
            "Last night they advanced 200 metres towards our positions near Pishchane.",
            "en",
            "RU",
        ),
        ("Біля Колосків вони закріпилися на нашому березі.", "uk", "RU"),
        ("Вчора вони вибили нас з Марівки.", "uk", "RU"),
        ("Вони просунулися до наших позицій біля Піщаного.", "uk", "RU"),
        ("У Колосков они закрепились на нашем берегу.", "ru", "UA"),
        ("Вчера они выбили нас из Маривки.", "ru", "UA"),
        ("Они продвинулись к нашим позициям у Пищаного.", "ru", "UA"),
    ],
)
def test_they_against_us_is_the_other_side(text: str, lang: str, side: str) -> None:
    found = [c for c in claims(text, lang) if c.kind in (SC, "advance")]
    assert found, text
    assert {c.gainer for c in found} == {side}, text


# ---- family 13: a rough distance told unit first ("метрів на 800") and the
# short "м" after a figure ("до 600 м") ---------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ("За тиждень ворог просунувся метрів на 500.", "uk", 0.5),
        ("Наші підрозділи відсунули їх кілометрів на два.", "uk", 2.0),
        ("Біля Колосків ЗСУ просунулися до 700 м.", "uk", 0.7),
        ("За неделю противник продвинулся метров на 400.", "ru", 0.4),
        ("Российские войска продвинулись километра на три у Маривки.", "ru", 3.0),
        ("Продвижение составило до 600 м в районе Пищаного.", "ru", 0.6),
    ],
)
def test_a_rough_distance_unit_first_and_the_short_metre(
    text: str, lang: str, km: float
) -> None:
    qs = [q for q in find_quantities(text, lang) if q.measure == "distance"]
    assert [round(q.value, 4) for q in qs] == [km], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ворог обстріляв м. Херсон.", "uk"),
        ("Колона рухалася на м. Ізюм.", "uk"),
        ("Удар нанесли по м. Суми на 5 поверхів.", "uk"),
    ],
)
def test_a_bare_m_abbreviation_is_no_distance(text: str, lang: str) -> None:
    assert not [q for q in find_quantities(text, lang) if q.measure == "distance"]
