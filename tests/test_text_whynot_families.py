"""Families found with the "why not" trace (text/trace.py), three phrasings each.

The sentences are our own; no corpus text is read here.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 12)


def kinds(text: str, lang: str = "en") -> dict[str, list]:
    out: dict[str, list] = {}
    for c in extract_claims(text, published=DAY, language=lang):
        out.setdefault(c.kind, []).append(c)
    return out


# -- entering a named town (English): an advance and control of the town ----


@pytest.mark.parametrize(
    ("text", "town", "gainer"),
    [
        (
            "Ukrainian troops entered the eastern town of Velykoborsk on Sunday.",
            "Velykoborsk",
            "UA",
        ),
        (
            "Russian forces have entered Dolynivka, the regional governor said.",
            "Dolynivka",
            "RU",
        ),
        (
            "Ukrainian units enter Ozernyi Hai after a week of heavy shelling",
            "Ozernyi Hai",
            "UA",
        ),
    ],
)
def test_entering_a_town_is_control_of_it(text, town, gainer):
    # one claim: control in part, no advance beside it (rules/advance.py)
    found = kinds(text)
    [settled] = found["settlement_control"]
    assert [p.name for p in settled.places] == [town]
    assert settled.gainer == gainer
    assert settled.extra.get("partial") is True
    assert "advance" not in found


@pytest.mark.parametrize(
    "text",
    [
        # someone else's word, held at a distance
        'Russian bloggers wrote that Ukrainian troops had "entered" Velykoborsk.',
        # a pronoun is no town named
        "Russian troops entered it from the north on Tuesday.",
        # a region is no settlement
        "Russian forces entered the Kharkiv region in May, the army said.",
    ],
)
def test_entering_without_a_town_taken_stays_an_advance(text):
    assert "settlement_control" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Минулого тижня ворог зайшов у Велику Гать.", "uk"),
        ("Окупанти увійшли в Долинівку, повідомили в бригаді.", "uk"),
        ("Штурмовые группы вошли в Озерное, сообщил командир.", "ru"),
    ],
)
def test_slavic_entering_is_partial_control(text, lang):
    # CONVENTIONS' `partial` row: an entry is control of part of the town
    # (session 21; rules/advance.py `_ENTRY_WORDS`)
    found = kinds(text, lang)
    assert "settlement_control" in found
    assert "advance" not in found


# -- local ground taken in a sentence naming no place: the town told of -------


@pytest.mark.parametrize(
    "second",
    [
        "On Monday our battalion took back two streets near the bus station.",
        "Overnight the assault group regained several houses by the school.",
        "The marines recaptured three buildings on the edge of the park.",
    ],
)
def test_local_ground_retaken_is_an_advance_at_the_town_told_of(second):
    text = "Street fighting goes on in Velykoborsk. " + second
    advances = kinds(text).get("advance", [])
    assert [p.name for c in advances for p in c.places] == ["Velykoborsk"]


@pytest.mark.parametrize(
    ("first", "second", "lang", "town"),
    [
        (
            "The situation in Dolynivka is hard.",
            "Russian troops advanced to the outskirts by the old plant.",
            "en",
            "Dolynivka",
        ),
        (
            "The enemy keeps storming Velykoborsk.",
            "Russian infantry moved forward along the canal overnight.",
            "en",
            "Velykoborsk",
        ),
        (
            "Russians attack Ozerne day and night.",
            "Russian troops advanced into the first streets on Sunday.",
            "en",
            "Ozerne",
        ),
        (
            "Бої за Долинівку тривають.",
            "Кілька груп ворога просунулися до крайніх будинків.",
            "uk",
            "Долинівку",
        ),
        (
            "Ситуація у Вербівці складна.",
            "Окупанти просунулися вздовж лісосмуги біля ферми.",
            "uk",
            "Вербівці",
        ),
        (
            "Противник штурмує Озерне щодня.",
            "Ворожа піхота просунулась від околиць до заводу.",
            "uk",
            "Озерне",
        ),
        (
            "Бои за Долиновку продолжаются.",
            "Наши штурмовики продвинулись до окраин у старого завода.",
            "ru",
            "Долиновку",
        ),
        (
            "Обстановка в Вербовке тяжелая.",
            "Подразделения продвинулись вдоль лесополосы у фермы.",
            "ru",
            "Вербовке",
        ),
        (
            "Противник штурмует Озерное каждый день.",
            "Штурмовые группы продвинулись на несколько улиц вглубь.",
            "ru",
            "Озерное",
        ),
    ],
)
def test_advance_to_local_ground_is_at_the_town_told_of(first, second, lang, town):
    advances = [
        c
        for c in kinds(f"{first} {second}", lang).get("advance", [])
        if c.quote in second
    ]
    assert advances, second
    assert [p.name for p in advances[0].places] == [town]


# -- a settlement named with its district, then the participle (uk/ru) -------


@pytest.mark.parametrize(
    ("text", "lang", "town", "gainer"),
    [
        (
            "Командування підтвердило, що Вербівка Ізюмського району звільнена.",
            "uk",
            "Вербівка",
            "UA",
        ),
        (
            "У Генштабі заявили, що Долинівка Бахмутського району повністю звільнена.",
            "uk",
            "Долинівка",
            "UA",
        ),
        (
            "Речник повідомив: Озерне Краматорського району звільнене від окупантів.",
            "uk",
            "Озерне",
            "UA",
        ),
        (
            "В Минобороны сообщили, что Вербовка Купянского района освобождена.",
            "ru",
            "Вербовка",
            "RU",
        ),
        (
            "Командование заявило, что Долиновка Запорожской области освобождена.",
            "ru",
            "Долиновка",
            "RU",
        ),
        (
            "По данным штаба, Озерное Волновахского района полностью освобождено.",
            "ru",
            "Озерное",
            "RU",
        ),
    ],
)
def test_settlement_with_its_district_before_the_participle(text, lang, town, gainer):
    [claim] = kinds(text, lang)["settlement_control"]
    assert claim.places[0].name == town
    assert claim.gainer == gainer


def test_district_after_a_settlement_is_a_region_of_its_own():
    from frontline.text.toponyms import find_places

    found = find_places("Бої тривають біля Вербівки Ізюмського району.", "uk")
    assert [(p.name, p.region) for p in found] == [
        ("Вербівки", False),
        ("Ізюмського району", True),
    ]


# -- the outskirts of a town taken: an advance, not the town ------------------


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "Russian troops captured the northern outskirts of Dolynivka.",
            "en",
            "Dolynivka",
        ),
        (
            "Ukraine says it retook Velykoborsk's southern outskirts on Monday.",
            "en",
            "Velykoborsk",
        ),
        (
            "The enemy has seized the eastern outskirts of Ozerne, officials said.",
            "en",
            "Ozerne",
        ),
        ("Окупанти захопили північні околиці Долинівки.", "uk", "Долинівки"),
        ("Сили оборони звільнили південну околицю Вербівки.", "uk", "Вербівки"),
        (
            "Ворог захопив східні околиці Озерного, повідомили в бригаді.",
            "uk",
            "Озерного",
        ),
        ("Российские войска заняли северную окраину Долиновки.", "ru", "Долиновки"),
        ("Штурмовики захватили восточные окраины Вербовки.", "ru", "Вербовки"),
        ("ВСУ освободили южную окраину Озерного, сообщил штаб.", "ru", "Озерного"),
    ],
)
def test_outskirts_taken_are_an_advance(text, lang, town):
    found = kinds(text, lang)
    assert "settlement_control" not in found
    [adv] = found["advance"]
    assert [p.name for p in adv.places] == [town]
    assert adv.extra.get("partial") is True


# -- the subject of a predicate participle is what was taken (uk/ru) ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Тепер майже вся Сумська область деокупована.", "uk"),
        ("Президент заявив, що вся Херсонська область звільнена.", "uk"),
        ("За словами командувача, вся Житомирська область повністю звільнена.", "uk"),
        ("Губернатор сообщил, что вся Курская область освобождена.", "ru"),
        ("По словам министра, почти вся Белгородская область освобождена.", "ru"),
        ("В штабе заявили: вся Брянская область полностью освобождена.", "ru"),
    ],
)
def test_a_whole_region_said_freed_is_an_area_claim(text, lang):
    found = kinds(text, lang)
    [area] = found["area_change"]
    assert area.area_km2 is None
    assert area.places and area.places[0].name.split()[-1].startswith("област")


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Командир підтвердив, що Вербівка вже звільнена.", "uk", "Вербівка"),
        ("У бригаді кажуть, що Долинівка фактично звільнена.", "uk", "Долинівка"),
        ("Речниця заявила: Озерне звільнене.", "uk", "Озерне"),
        ("Минобороны сообщило, что Вербовка полностью освобождена.", "ru", "Вербовка"),
        ("В штабе подтвердили, что Долиновка уже освобождена.", "ru", "Долиновка"),
        ("Командир сказал, что Озерное окончательно освобождено.", "ru", "Озерное"),
    ],
)
def test_a_town_said_freed_is_a_settlement_claim(text, lang, town):
    [claim] = kinds(text, lang)["settlement_control"]
    assert [p.name for p in claim.places] == [town]


# -- "this sector" with no sector named before: the place told of ------------


@pytest.mark.parametrize(
    ("first", "second", "lang", "town", "kind"),
    [
        (
            "Velykoborsk is under pressure.",
            "Russian troops advanced 500 metres in this sector.",
            "en",
            "Velykoborsk",
            "advance",
        ),
        (
            "Dolynivka has been shelled for weeks.",
            "Fierce fighting continues in this sector, the brigade said.",
            "en",
            "Dolynivka",
            "fighting",
        ),
        (
            "Ozerne is the key village here.",
            "The enemy failed to advance in this sector last week.",
            "en",
            "Ozerne",
            "advance",
        ),
        (
            "Ворог тисне на Вербівку.",
            "На цій ділянці окупанти просунулися на кількасот метрів.",
            "uk",
            "Вербівку",
            "advance",
        ),
        (
            "Долинівка залишається під вогнем.",
            "На цій ділянці тривають запеклі бої.",
            "uk",
            "Долинівка",
            "fighting",
        ),
        (
            "Ворог щодня обстрілює Озерне.",
            "Ворог на цій ділянці не зміг просунутися ні на метр.",
            "uk",
            "Озерне",
            "advance",
        ),
        (
            "Противник давит на Вербовку.",
            "На этом участке ВСУ продвинулись на несколько сотен метров.",
            "ru",
            "Вербовку",
            "advance",
        ),
        (
            "Долиновка остается под огнем.",
            "На этом участке идут ожесточенные бои.",
            "ru",
            "Долиновка",
            "fighting",
        ),
        (
            "Противник каждый день обстреливает Озерное.",
            "Противник на этом участке не смог продвинуться.",
            "ru",
            "Озерное",
            "advance",
        ),
    ],
)
def test_this_sector_without_a_sector_is_the_place_told_of(
    first, second, lang, town, kind
):
    claims = [
        c for c in kinds(f"{first} {second}", lang).get(kind, []) if c.quote in second
    ]
    assert claims, second
    assert [p.name for p in claims[0].places] == [town]


@pytest.mark.parametrize(
    ("first", "second", "lang", "town"),
    [
        (
            "Fighting goes on in Velykoborsk.",
            "On Sunday our unit retook a tree line.",
            "en",
            "Velykoborsk",
        ),
        (
            "Бої тривають у Вербівці.",
            "Наші бійці відбили дві лісосмуги.",
            "uk",
            "Вербівці",
        ),
        (
            "Бои идут в Долиновке.",
            "Наши бойцы заняли две лесополосы.",
            "ru",
            "Долиновке",
        ),
    ],
)
def test_positions_retaken_are_an_advance_at_the_town_told_of(
    first, second, lang, town
):
    advances = [
        c
        for c in kinds(f"{first} {second}", lang).get("advance", [])
        if c.quote in second
    ]
    assert [p.name for c in advances for p in c.places] == [town]


def test_ground_taken_nowhere_reports_why():
    why: list = []
    assert extract_claims("The army said it captured positions.", why=why) == []
    assert [d.reason for d in why] == ["settlement:ground-unplaced"]
