"""Settlement kinds and gainers of session 22 (second round).

A bare fall ("X fell", "X has fallen", "X is lost") names no gainer: a side
that only tells it, before the clause or after it ("Kyiv said X had fallen",
"X has fallen, the Wagner chief said"), is neither its taker nor its loser,
so the place is its holder's loss. A verb that names the gainer ("captured",
"liberated", "fell to") keeps the teller's or the named side. A zone of
control grown near a town, or tree lines taken near it, is an advance (uk/ru);
so is a district or quarter of a town left. A nominal entry with its troops
named ("о вхождении подразделений в X") holds the town as the verb does.
Every sentence is invented for the test (no corpus text, no ``../shared``);
places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def kinds(text: str, lang: str = "en") -> list[tuple[str, str | None, list[str]]]:
    return [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims(text, lang)]


# ---- a bare fall told by a side, before or after the clause ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Zorivka had fallen.",
        "Ukrainian officials conceded on Friday that Marivka has fallen.",
        "Moscow says Kolosky fell on Tuesday.",
        "Zorivka has fallen, the Wagner chief said.",
        "Zorivka has fallen, Ukraine's army chief admitted.",
        "Marivka fell on Tuesday, a Russian commander claimed.",
        "Marivka has fallen, Kyiv confirmed.",
        "Kolosky has fallen, said the Russian defence ministry.",
        "Kolosky has fallen, according to Kyiv.",
    ],
)
def test_a_told_fall_is_its_holders_loss(text):
    towns = [c for c in claims(text) if c.kind == "settlement_control"]
    assert len(towns) == 1
    assert towns[0].gainer == "RU"
    assert not towns[0].negated


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Kolosky was captured, Moscow said.", "RU"),
        ("Kolosky was liberated, Kyiv said.", "UA"),
        (
            "Zorivka has fallen to Ukrainian forces, the Russian ministry admitted.",
            "UA",
        ),
        ("Marivka has fallen to Russian troops, Kyiv said.", "RU"),
    ],
)
def test_a_verb_that_names_the_gainer_keeps_it(text, gainer):
    towns = [c for c in claims(text) if c.kind == "settlement_control"]
    assert [c.gainer for c in towns] == [gainer]


# ---- a zone of control grown near a town, tree lines taken near it -----------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Росіяни збільшили зону контролю біля Зорівки.", "uk", "Зорівки"),
        ("Ворог збільшив зону свого контролю біля Колосків.", "uk", "Колосків"),
        ("Окупанти розширили зону контролю поблизу Марівки.", "uk", "Марівки"),
        ("Россияне увеличили зону контроля у Зорёвки.", "ru", "Зорёвки"),
        ("Армия России увеличила зону контроля около Колосков.", "ru", "Колосков"),
        ("Российские войска расширили зону контроля возле Маривки.", "ru", "Маривки"),
        ("Росіяни захопили кілька посадок біля Зорівки.", "uk", "Зорівки"),
        ("Ворог захопив кілька посадок на околицях Колосків.", "uk", "Колосків"),
        ("Окупанти зайняли три лісопосадок поблизу Марівки.", "uk", "Марівки"),
        ("ВС РФ заняли несколько посадок у Колосков.", "ru", "Колосков"),
        ("Российские войска захватили пять посадок возле Маривки.", "ru", "Маривки"),
        ("Армия России заняла ряд лесопосадок около Зорёвки.", "ru", "Зорёвки"),
    ],
)
def test_ground_near_a_town_is_an_advance(text, lang, place):
    assert kinds(text, lang) == [("advance", "RU", [place])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Росіяни збільшили площу окупації на 100 км².", "uk"),
        ("Россияне увеличили зону контроля на 120 кв. км.", "ru"),
    ],
)
def test_a_zone_grown_by_a_figure_stays_an_area(text, lang):
    assert [k[0] for k in kinds(text, lang)] == ["area_change"]


def test_a_tree_line_won_back_is_an_advance_ru():
    assert kinds("ВСУ отбили несколько лесопосадок у Зорёвки.", "ru") == [
        ("advance", "UA", ["Зорёвки"])
    ]


# ---- a district or quarter left is ground, not the town ---------------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "The eastern part of Zorivka has been lost. We pulled back from the "
            "market district to the river.",
            "en",
            "Zorivka",
        ),
        ("Our troops withdrew from the station quarter of Marivka.", "en", "Marivka"),
        (
            "Kolosky is under heavy attack. Ukrainian units retreated from the "
            "eastern neighbourhoods overnight.",
            "en",
            "Kolosky",
        ),
        (
            "Бої тривають у Марівці. Військові відступили зі східного кварталу до "
            "річки.",
            "uk",
            "Марівці",
        ),
        (
            "Росіяни захопили Марівку минулого тижня. Наші бійці відійшли з "
            "шкільного кварталу до мосту.",
            "uk",
            "Марівку",
        ),
        (
            "Бои идут в Маривке. Украинские подразделения отступили из восточного "
            "квартала к реке.",
            "ru",
            "Маривке",
        ),
        (
            "Бои идут в Колосках. Наши бойцы отошли из южного микрорайона к мосту.",
            "ru",
            "Колосках",
        ),
    ],
)
def test_a_district_left_is_an_advance(text, lang, place):
    out = claims(text, lang)
    second = text.find(". ")  # the sentence told after the town's (if any)
    left = [
        c
        for c in out
        if c.extra.get("rule") == "settlement:withdraw" and c.char_start > second
    ]
    assert [(c.kind, [p.name for p in c.places]) for c in left] == [
        ("advance", [place])
    ]


def test_a_named_district_is_a_region_not_a_quarter():
    out = kinds("Russian forces withdrew from the Pokrovsk district.")
    assert [k[0] for k in out] == ["area_change"]


def test_a_town_left_is_still_the_town():
    assert kinds("Our troops withdrew from Zorivka.") == [
        ("settlement_control", "RU", ["Zorivka"])
    ]


# ---- a nominal entry with its troops named ----------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        (
            "Украинская сторона сообщила о вхождении своих войск в Маривку.",
            "ru",
            "Маривку",
            "UA",
        ),
        (
            "Минобороны России объявило о вхождении штурмовиков в Колоски.",
            "ru",
            "Колоски",
            "RU",
        ),
        ("ВСУ заявили о вхождении подразделений в Зорёвку.", "ru", "Зорёвку", "UA"),
        (
            "Генштаб ЗСУ повідомив про входження своїх військ до Марівки.",
            "uk",
            "Марівки",
            "UA",
        ),
        ("ЗСУ заявили про входження підрозділів у Зорівку.", "uk", "Зорівку", "UA"),
        (
            "Речник ЗСУ сказав про входження штурмовиків у Колоски.",
            "uk",
            "Колоски",
            "UA",
        ),
    ],
)
def test_a_nominal_entry_holds_the_town(text, lang, place, gainer):
    towns = [c for c in claims(text, lang) if c.kind == "settlement_control"]
    assert [(c.gainer, [p.name for p in c.places]) for c in towns] == [
        (gainer, [place])
    ]
    assert towns[0].extra.get("partial") or towns[0].extra.get("rule")


# ---- an anaphor restating the sentence's own claim (English) ----------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "The Russian ministry called its pullback from Zorivka and Marivka a "
            "planned regrouping, a tacit admission that both towns had been "
            "abandoned.",
            "UA",
        ),
        (
            "Kyiv said its forces had retaken Zorivka and Marivka, confirming that "
            "both villages were liberated.",
            "UA",
        ),
        (
            "Russian troops captured Kolosky and Marivka, and both towns were taken "
            "without a fight, the ministry said.",
            "RU",
        ),
    ],
)
def test_an_anaphor_restating_the_sentence_is_one_claim(text, gainer):
    towns = [c for c in claims(text) if c.kind == "settlement_control"]
    assert [c.gainer for c in towns] == [gainer]
    assert len(towns[0].places) == 2


# ---- a teller described by the part of a town it holds (English) ------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian assault groups have pushed into the eastern streets of Zorivka, "
        "Ukrainian soldiers holding the town's outskirts told reporters.",
        "Russian infantry have worked their way into the southern quarters of "
        "Marivka, a Ukrainian officer holding the city's districts near the river "
        "said.",
        "Russian units entered Kolosky last week, Ukrainian marines holding the "
        "village's northern outskirts said on Monday.",
    ],
)
def test_a_teller_holding_a_part_claims_nothing(text):
    out = claims(text)
    assert not [c for c in out if c.extra.get("rule") == "holding:hold"]
    assert all(c.gainer == "RU" for c in out)


def test_a_part_still_held_is_a_claim():
    out = claims(
        "Ukrainian troops are still holding the outskirts of Zorivka, the brigade said."
    )
    assert [(c.kind, c.gainer) for c in out] == [("settlement_control", "UA")]


def test_a_side_named_between_tells_its_own_claim():
    out = claims("Kyiv admits withdrawal from Zorivka while Moscow claims the city")
    got = [c for c in out if c.kind == "settlement_control"]
    assert len(got) == 2
    assert {c.gainer for c in got} == {"RU"}
