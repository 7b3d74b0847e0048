"""Frame fields (session 23, lane FIELDS): cumulative, distance_km, gainer and
negated on own sentences, three phrasings per rule and language; no shared
data."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims
from frontline.text.units import find_quantities

PUB = date(2025, 3, 14)


def _claims(text: str, lang: str):
    return extract_claims(text, published=PUB, language=lang)


# ---- a holding counted on a day is a total held (not one of a month) -------
HELD_TOTALS = [
    ("en", "On Tuesday, Ukrainian forces controlled about 700 sq km of the region."),
    ("en", "On Monday the Ukrainian army still held 45 square kilometres there."),
    ("en", "On Tuesday Ukraine controlled 52 settlements in the region."),
    ("uk", "У вівторок ЗСУ контролювали близько 600 кв. км Курщини."),
    ("uk", "У вівторок під контролем ЗСУ перебувало 63 населені пункти."),
    ("uk", "У понеділок Сили оборони утримували 90 кв. км у регіоні."),
    ("ru", "Во вторник ВСУ контролировали около 650 кв. км Курской области."),
    ("ru", "Во вторник под контролем ВСУ находилось 47 населенных пунктов."),
    ("ru", "В понедельник ВСУ удерживали 80 кв. км в регионе."),
]


@pytest.mark.parametrize(("lang", "text"), HELD_TOTALS)
def test_a_counted_holding_dated_by_a_day_is_cumulative(lang, text):
    held = [c for c in _claims(text, lang) if c.extra.get("holding")]
    assert held and all(c.cumulative for c in held)
    assert all(c.gainer == "UA" for c in held)


NOT_HELD_TOTALS = [
    # a span of increments, a held named place, a past year's history
    ("en", "In total, 40 square kilometres came under Ukrainian control this week."),
    ("en", "Ukrainian forces still control Kupiansk."),
    ("en", "In March of that year, Russia controlled 45,000 square kilometres."),
    ("uk", "Сили оборони контролюють Сіверськ."),
    ("ru", "ВСУ контролируют Купянск."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HELD_TOTALS)
def test_no_total_held_without_a_figure_or_over_a_week(lang, text):
    assert not any(c.cumulative for c in _claims(text, lang))


# ---- a line pushed back N km from a place: N is the depth ----------------------
PUSHED_BACK = [
    ("en", "Ukrainian troops pushed the Russians back 3 km from Robotyne.", 3.0),
    ("en", "Russian forces drove Ukrainian units back about 2 km from Krynky.", 2.0),
    ("en", "The brigade threw the enemy back some 4 km from Vovchansk.", 4.0),
    ("uk", "ЗСУ відкинули ворога на 2 км від Роботиного.", 2.0),
    ("uk", "Наші бійці відтіснили росіян на кілометр від села Кринки.", 1.0),
    ("uk", "Бригада відкинула окупантів на 3 км від Вовчанська.", 3.0),
    ("ru", "ВСУ отбросили противника на 2 км от Работино.", 2.0),
    ("ru", "Российские войска оттеснили ВСУ на три километра от Кременной.", 3.0),
    ("ru", "Бригада отбросила противника на 4 км от Волчанска.", 4.0),
]


@pytest.mark.parametrize(("lang", "text", "km"), PUSHED_BACK)
def test_a_push_back_from_a_place_is_a_depth(lang, text, km):
    adv = [c for c in _claims(text, lang) if c.kind == "advance"]
    assert adv and adv[0].distance_km == km


def test_within_n_km_of_a_place_stays_a_distance_to_go():
    adv = [
        c
        for c in _claims("Russian troops advanced to within 3 km of Pokrovsk.", "en")
        if c.kind == "advance"
    ]
    assert adv and adv[0].distance_km is None


# ---- the short "m" after a figure is metres, not millions ----------------------
METRES = [
    ("Ukrainian troops advanced 800 m in the Robotyne area.", 0.8),
    ("Russian units advanced 300m near Toretsk.", 0.3),
    ("The assault groups moved forward about 600 m west of Kurakhove.", 0.6),
]


@pytest.mark.parametrize(("text", "km"), METRES)
def test_a_short_m_after_a_figure_is_metres(text, km):
    adv = [c for c in _claims(text, "en") if c.kind == "advance"]
    assert adv and adv[0].distance_km == pytest.approx(km)


@pytest.mark.parametrize(
    "text",
    ["a $800m aid package", "€300m in aid for Kyiv", "800m people", "the M4 road"],
)
def test_money_and_millions_are_no_metres(text):
    assert not [q for q in find_quantities(text, "en") if q.measure == "distance"]


# ---- a Ukrainian report in Russian: "оккупанты" tells its voice --------------
OCCUPIERS_RU = [
    "Оккупанты снова штурмуют город. Оккупантов отбросили. "
    "Противник продвинулся у Торецка.",
    "Оккупанты атакуют. Оккупанты несут потери. Враг продвинулся у Часова Яра.",
    "Штурмы оккупантов продолжаются, оккупанты теряют технику. "
    "Противник вклинился у Курахово.",
]


@pytest.mark.parametrize("text", OCCUPIERS_RU)
def test_the_russian_spelling_of_occupiers_tells_a_ukrainian_voice(text):
    adv = [c for c in _claims(text, "ru") if c.kind == "advance"]
    assert adv and all(c.gainer == "RU" for c in adv)


# ---- hundreds in oblique cases and half a kilometre in one word -------------
HUNDREDS = [
    ("uk", "Ворог просунувся на близько трьохсот метрів біля Торецька.", 0.3),
    ("uk", "Штурмовики просунулися на сімсот метрів біля Роботиного.", 0.7),
    ("uk", "Наші підрозділи просунулися на півкілометра біля Кринок.", 0.5),
    ("ru", "Продвижение составило около трехсот метров у Торецка.", 0.3),
    ("ru", "Наши продвинулись на восемьсот метров в районе Работино.", 0.8),
    ("ru", "Противник продвинулся на полкилометра у Торецка.", 0.5),
]


@pytest.mark.parametrize(("lang", "text", "km"), HUNDREDS)
def test_oblique_hundreds_and_half_a_kilometre(lang, text, km):
    adv = [c for c in _claims(text, lang) if c.kind == "advance"]
    assert adv and adv[0].distance_km == pytest.approx(km)


@pytest.mark.parametrize(
    ("text", "lang", "km"),
    [
        ("до п'ятисот метрів", "uk", 0.5),
        ("близько двохсот метрів", "uk", 0.2),
        ("на пів кілометра", "uk", 0.5),
        ("около двухсот метров", "ru", 0.2),
        ("до шестисот метров", "ru", 0.6),
        ("на пол километра", "ru", 0.5),
    ],
)
def test_hundreds_in_words_are_read_whole(text, lang, km):
    (q,) = find_quantities(text, lang)
    assert q.value == pytest.approx(km)


# ---- the depth in an elliptical tail after a spaced hyphen or a colon -------
TAILS = [
    ("en", "Russian forces advanced near Toretsk - some 500 metres in two days.", 0.5),
    ("en", "Ukrainian units advanced near Robotyne: up to 700 metres.", 0.7),
    ("en", "Russian troops pushed on near Siversk - about 1.5 km.", 1.5),
    (
        "uk",
        "Росіяни просунулися біля Покровська: глибина вклинення до двох кілометрів.",
        2,
    ),
    ("uk", "Ворог просунувся біля Торецька - приблизно на 800 метрів.", 0.8),
    ("uk", "Наші підрозділи просунулися біля Кринок: на півтора кілометра.", 1.5),
    (
        "ru",
        "Противник продвинулся у Покровска: глубина вклинения до двух километров.",
        2,
    ),
    ("ru", "ВС РФ продвинулись у Курахово - на 1,5 км.", 1.5),
    ("ru", "Наши подразделения продвинулись у Работино: примерно на 600 метров.", 0.6),
]


@pytest.mark.parametrize(("lang", "text", "km"), TAILS)
def test_a_depth_in_an_elliptical_tail(lang, text, km):
    adv = [c for c in _claims(text, lang) if c.kind == "advance"]
    assert adv and adv[0].distance_km == pytest.approx(km)


# ---- a width named before its figure is no depth -------------------------------
WIDTH_FIRST = [
    (
        "ru",
        "Российские войска вклинились в оборону на 800 м по фронту 3 км у Курахово.",
    ),
    ("ru", "Продвижение на участке шириной 3 км составило до 800 м у Торецка."),
    (
        "ru",
        "Противник продвинулся на 800 метров на участке шириной около 3 км у Торецка.",
    ),
    ("uk", "Ворог вклинився на 800 м по фронту 3 км біля Курахового."),
    ("uk", "Просування на ділянці завширшки 3 км склало до 800 м біля Торецька."),
    ("uk", "Ворог просунувся на 800 метрів на ділянці шириною 3 км біля Торецька."),
    ("en", "Russian forces advanced 800 metres along a front of 3 km near Toretsk."),
    (
        "en",
        "Russian troops advanced 3 km along the front and 800 m deep near Kurakhove.",
    ),
    (
        "en",
        "Ukrainian units advanced 800 m on a frontline of 3 km near Robotyne.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WIDTH_FIRST)
def test_a_width_named_before_its_figure(lang, text):
    adv = [c for c in _claims(text, lang) if c.kind == "advance"]
    assert adv and adv[0].distance_km == pytest.approx(0.8)
    assert adv[0].extra.get("front_width_km") in (None, 3.0)


# ---- a season before the subject is the period's, not a preposition's --------
SEASON_FIRST = [
    ("en", "Over the summer Russian forces took 1,200 sq km.", "RU"),
    ("en", "In the winter Ukrainian forces retook 300 sq km.", "UA"),
    ("en", "In the spring Russian troops seized 400 square kilometres.", "RU"),
    ("uk", "За літо російські війська захопили 1200 кв. км.", "RU"),
    ("uk", "За зиму українські сили звільнили 300 кв. км.", "UA"),
    ("uk", "За весну російські війська окупували 400 кв. км.", "RU"),
    ("ru", "За лето российские войска заняли 1200 кв. км.", "RU"),
    ("ru", "За зиму украинские силы отбили 300 кв. км.", "UA"),
    ("ru", "За весну российские войска захватили 400 кв. км.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "side"), SEASON_FIRST)
def test_a_season_before_the_subject_keeps_the_subject(lang, text, side):
    area = [c for c in _claims(text, lang) if c.kind == "area_change"]
    assert area and area[0].gainer == side


# ---- "and a half" after the unit ---------------------------------------------
AND_A_HALF = [
    ("en", "Russian troops advanced a kilometre and a half near Toretsk.", 1.5),
    ("en", "Ukrainian units advanced two kilometres and a half near Robotyne.", 2.5),
    (
        "en",
        "Russian forces advanced some three kilometres and a half near Siversk.",
        3.5,
    ),
    ("uk", "Ворог просунувся на кілометр з половиною біля Торецька.", 1.5),
    (
        "uk",
        "Наші підрозділи просунулися на два кілометри з половиною біля Кринок.",
        2.5,
    ),
    ("uk", "Росіяни просунулися на три кілометри з половиною біля Покровська.", 3.5),
    ("ru", "Противник продвинулся на километр с половиной у Торецка.", 1.5),
    ("ru", "Наши продвинулись на два километра с половиной у Работино.", 2.5),
    ("ru", "ВС РФ продвинулись на три километра с половиной у Курахово.", 3.5),
]


@pytest.mark.parametrize(("lang", "text", "km"), AND_A_HALF)
def test_and_a_half_after_the_unit(lang, text, km):
    adv = [c for c in _claims(text, lang) if c.kind == "advance"]
    assert adv and adv[0].distance_km == pytest.approx(km)


# ---- a side's losses counted in area are the other side's gain ----------------
LOSSES = [
    ("en", "Russian losses in the Kursk region amounted to 150 sq km in March.", "UA"),
    ("en", "Ukrainian losses amounted to 500 sq km in October.", "RU"),
    ("en", "Ukraine's losses in October came to 450 square kilometres.", "RU"),
    ("uk", "Втрати російських військ у березні склали 150 кв. км.", "UA"),
    ("uk", "Втрати України в жовтні склали 500 кв. км.", "RU"),
    ("uk", "Втрати України за жовтень — 450 кв. км, за даними DeepState.", "RU"),
    ("ru", "Потери российских войск в марте составили 150 кв. км.", "UA"),
    ("ru", "Потери Украины в октябре составили 500 кв. км.", "RU"),
    ("ru", "Потери Украины за октябрь — 450 кв. км, по данным DeepState.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "side"), LOSSES)
def test_losses_counted_in_area_are_the_other_sides_gain(lang, text, side):
    area = [c for c in _claims(text, lang) if c.kind == "area_change"]
    assert area and area[0].gainer == side


# ---- "not only", "no doubt": an emphasis, not a denial -------------------------
EMPHASIS = [
    ("en", "Russian forces not only captured Dachne but also advanced near Toretsk."),
    ("en", "There is no doubt that Russian forces captured Dachne."),
    ("en", "Russian troops did not just enter Dachne, they captured it."),
    ("uk", "Росіяни не лише захопили Дачне, а й просунулися біля Торецька."),
    ("uk", "Немає сумнівів, що росіяни захопили Дачне."),
    ("uk", "Окупанти не тільки захопили Дачне, а й просунулися далі."),
    ("ru", "Российские войска не только взяли Дачное, но и продвинулись у Торецка."),
    ("ru", "Нет сомнений, что ВС РФ взяли Дачное."),
    ("ru", "Российские войска не просто вошли в Дачное, они его взяли."),
]


@pytest.mark.parametrize(("lang", "text"), EMPHASIS)
def test_an_emphasis_is_no_denial(lang, text):
    took = [c for c in _claims(text, lang) if c.kind == "settlement_control"]
    assert took and not any(c.negated for c in took)
    assert all(c.gainer == "RU" for c in took)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian forces have not captured Dachne."),
        ("uk", "Росіяни не захопили Дачне."),
        ("ru", "Российские войска не взяли Дачное."),
    ],
)
def test_a_plain_denial_stays_negated(lang, text):
    took = [c for c in _claims(text, lang) if c.kind == "settlement_control"]
    assert took and took[0].negated


# ---- under the enemy's control; "ours" knocked out ---------------------------
ENEMY_CONTROL = [
    ("uk", "Дачне перейшло під контроль ворога."),
    ("uk", "Кринки перейшли під контроль ворога минулого тижня."),
    ("uk", "Село Дачне перейшло під контроль ворога."),
    ("en", "Dachne came under enemy control, the Ukrainian brigade said."),
    ("en", "Our brigade said Krynky came under enemy control last week."),
    ("en", "Stepove came under enemy control on Monday, a Ukrainian officer said."),
]


@pytest.mark.parametrize(("lang", "text"), ENEMY_CONTROL)
def test_the_enemys_control_is_the_other_sides(lang, text):
    took = [c for c in _claims(text, lang) if c.kind == "settlement_control"]
    assert took and took[0].gainer == "RU"


OURS_OUT = [
    "Наших вибили з Дачного.",
    "Нас вибили з Дачного минулого тижня.",
    "Наших відкинули з Кринок.",
]


@pytest.mark.parametrize("text", OURS_OUT)
def test_ours_knocked_out_is_a_loss(text):
    cs = [c for c in _claims(text, "uk") if c.kind in ("settlement_control", "advance")]
    assert cs and cs[0].gainer == "RU"
