"""PLACES34: how a claim's places are chosen (our own phrasings, no corpus
text). Nothing here reads ``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import claims_after


def _last_places(text: str, marker: str, lang: str) -> list[str]:
    return [p.name for p in claims_after(text, marker, lang)[-1].places]


# a claim naming a river, a position or another village, and pointing back
# to "the town" / "села" / "города": it names that settlement too
@pytest.mark.parametrize(
    ("text", "marker", "lang", "names"),
    [
        (
            "Russian troops stormed the town of Zorivka for a month. A Ukrainian "
            "unit pushed the Russians back 600 metres along the Vovcha river "
            "north of the town, the commander said.",
            "A Ukrainian",
            "en",
            ["Vovcha river", "Zorivka"],
        ),
        (
            "Fighting for the village of Lisne went on all week. Ukrainian troops "
            "advanced 2 km east of the village towards Kamianka, the brigade said.",
            "Ukrainian troops",
            "en",
            ["Kamianka", "Lisne"],
        ),
        (
            "Ukrainian forces held the town of Zorivka on Monday. Russian units "
            "were still fighting their way out of the Granit position on the "
            "southern edge of the town.",
            "Russian units",
            "en",
            ["Granit", "Zorivka"],
        ),
        (
            "Російські війська штурмували село Зорівка. Минулого тижня ми відбили "
            "дві лісосмуги на схід від села і просунулися на кілометр у бік "
            "Лісного, сказав командир.",
            "Минулого",
            "uk",
            ["Лісного", "Зорівка"],
        ),
        (
            "Ворог тиждень штурмує місто Кам'янка. Сили оборони просунулися на "
            "800 метрів уздовж річки Вовча на північ від міста.",
            "Сили",
            "uk",
            ["Вовча", "Кам'янка"],
        ),
        (
            "Бої за село Лісне тривають. Ворог п'ять разів атакував наші позиції "
            "біля ставка Глибокий на південь від села.",
            "Ворог",
            "uk",
            ["Глибокий", "Лісне"],
        ),
        (
            "Российские войска штурмуют село Зоревка. За неделю штурмовики "
            "продвинулись на 2 км к востоку от села в сторону Каменки.",
            "За неделю",
            "ru",
            ["Каменки", "Зоревка"],
        ),
        (
            "Бои за город Лесное продолжаются. Наши подразделения продвинулись "
            "на 700 метров вдоль реки Волчья к северу от города.",
            "Наши",
            "ru",
            ["Волчья", "Лесное"],
        ),
        (
            "ВСУ удерживают город Каменка. Противник пять раз атаковал позиции "
            "у Гранитного карьера на южной окраине города.",
            "Противник",
            "ru",
            ["Гранитного", "Каменка"],
        ),
    ],
)
def test_pointed_town_joins_the_claims_own_place(text, marker, lang, names):
    assert _last_places(text, marker, lang) == names


# the pointer means a place of the claim's own sentence when one stands
# before it: nothing older is added ("took X; fighting in the town goes on")
@pytest.mark.parametrize(
    ("text", "marker", "lang", "names"),
    [
        (
            "Fighting raged near Lisne. Russian troops advanced 1 km towards "
            "Zorivka and fought on the outskirts of the town.",
            "Russian troops",
            "en",
            ["Zorivka"],
        ),
        (
            "Бої тривали біля Лісного. Ворог просунувся на кілометр до Зорівки "
            "і штурмує околиці села.",
            "Ворог",
            "uk",
            ["Зорівки"],
        ),
        (
            "Бои шли у Лесного. Противник продвинулся на километр к Зоревке и "
            "штурмует окраины села.",
            "Противник",
            "ru",
            ["Зоревке"],
        ),
    ],
)
def test_pointer_to_the_claims_own_town_adds_nothing(text, marker, lang, names):
    assert _last_places(text, marker, lang) == names


# a claim placed only on a feature of a settlement (a microdistrict, a
# position, a plant) names the settlement it lies in
@pytest.mark.parametrize(
    ("text", "marker", "lang", "names"),
    [
        (
            "Russian troops have stormed the town of Zorivka since May. On "
            "Tuesday they captured the Granit microdistrict.",
            "On Tuesday",
            "en",
            ["Granit", "Zorivka"],
        ),
        (
            "Fighting for Lisne went on. Ukrainian units advanced 500 metres "
            "near the Kvitka mine, the brigade said.",
            "Ukrainian units",
            "en",
            ["Kvitka", "Lisne"],
        ),
        (
            "In Kamianka, fighting went on around the Bereza position all day.",
            "fighting",
            "en",
            ["Bereza", "Kamianka"],
        ),
        (
            "Бої за Зорівку тривають. Наші підрозділи відійшли з мікрорайону «Граніт».",
            "Наші",
            "uk",
            ["Граніт", "Зорівку"],
        ),
        (
            "Ворог штурмує Лісне. Учора противник тричі атакував позиції біля "
            "шахти Квітка.",
            "Учора",
            "uk",
            ["Квітка", "Лісне"],
        ),
        (
            "У Кам'янці ворог зайшов у мікрорайон Береза і просунувся на 300 метрів.",
            "ворог",
            "uk",
            ["Береза", "Кам'янці"],
        ),
        (
            "Бои за Зоревку продолжаются. Штурмовики зашли в микрорайон Гранит.",
            "Штурмовики",
            "ru",
            ["Гранит", "Зоревку"],
        ),
        (
            "Противник штурмует Лесное. Наши подразделения продвинулись на 400 "
            "метров у шахты Кветка.",
            "Наши",
            "ru",
            ["Кветка", "Лесное"],
        ),
        (
            "ВСУ удерживают Каменку. Противник трижды атаковал позиции в "
            "микрорайоне Береза.",
            "Противник",
            "ru",
            ["Береза", "Каменку"],
        ),
    ],
)
def test_feature_names_its_settlement(text, marker, lang, names):
    assert _last_places(text, marker, lang) == names


# "west of it", "south of it": a direction from a settlement named before
@pytest.mark.parametrize(
    ("text", "marker", "names"),
    [
        (
            "Russian forces took the town of Zorivka on Monday. By Friday they "
            "had advanced 3 km west of it, near Bereza.",
            "By Friday",
            ["Bereza", "Zorivka"],
        ),
        (
            "Ukrainian troops freed the village of Lisne in June and were "
            "advancing south of it towards Kamianka.",
            "were advancing",
            ["Lisne", "Kamianka"],
        ),
        (
            "Fighting for Kamianka went on. Russian units moved 800 metres "
            "north-east of it towards Lisne.",
            "Russian units",
            ["Lisne", "Kamianka"],
        ),
    ],
)
def test_direction_of_it_points_back(text, marker, names):
    assert set(names) <= set(_last_places(text, marker, "en"))
