"""Look-alikes of session 26 (rules/skips.py, the ``EN26P/UK26P/RU26P`` block): three
phrasings of our own per language, each beside a look-alike that keeps its
claim. No corpus text is read here.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 4)


def _kinds(text: str, lang: str) -> list[str]:
    return [c.kind for c in extract_claims(text, published=DAY, language=lang)]


# ---- reflexive "залишитися" is "to remain", not "to leave" ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Від Кліщіївки залишилися самі руїни.",
        "У Тоненькому залишилася лише одна вулиця.",
        "У Кліщіївці залишилися лише руїни.",
    ],
)
def test_uk_what_remained_of_a_place_is_no_withdrawal(text: str) -> None:
    assert _kinds(text, "uk") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Українські війська залишили Кліщіївку.",
        "Наші підрозділи залишили Тоненьке в середу.",
        "Ворог залишив Андріївку під тиском.",
    ],
)
def test_uk_troops_leaving_a_place_still_withdraw(text: str) -> None:
    assert "settlement_control" in _kinds(text, "uk"), text


# ---- civilians told to leave a town are evacuated -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officials ordered families to leave the town of Lyman and nearby villages.",
        "Families were ordered to leave the town of Vovchansk and nearby villages.",
        "Police ordered families to leave the town of Siversk and nearby villages.",
    ],
)
def test_en_civilians_told_to_leave_is_no_withdrawal(text: str) -> None:
    assert _kinds(text, "en") == [], text


def test_en_troops_that_leave_a_town_still_withdraw() -> None:
    claims = extract_claims(
        "Ukrainian troops decided to leave the town of Lyman on Friday.",
        published=DAY,
        language="en",
    )
    assert [(c.kind, c.gainer) for c in claims] == [("settlement_control", "RU")]


# ---- "since the area was liberated" dates something else -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Farmers have sown the fields near Izium again since the district was "
        "liberated.",
        "Ten schools have reopened since the town of Balakliia was liberated last "
        "year.",
        "Volunteers have run the bakery since the city of Kherson was liberated in "
        "November.",
    ],
)
def test_en_since_a_place_was_liberated_is_background(text: str) -> None:
    assert "settlement_control" not in _kinds(text, "en"), text


def test_en_a_liberation_told_as_news_is_kept() -> None:
    claims = extract_claims(
        "Ukrainian forces liberated the town of Balakliia on Friday.",
        published=DAY,
        language="en",
    )
    assert [(c.kind, c.gainer) for c in claims] == [("settlement_control", "UA")]


# ---- an attack ranked against history ("largest since World War Two") -------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "It was the biggest foreign attack on Russian soil since World War Two,"
            " in the Kursk region.",
            "en",
        ),
        (
            "Kyiv called the raid into Belgorod region the largest cross-border "
            "assault since 1945.",
            "en",
        ),
        (
            "Observers called the push into Kursk region the fiercest attack on "
            "Russia of the century.",
            "en",
        ),
        (
            "Це був наймасштабніший наступ на Курщині з часів Другої світової війни.",
            "uk",
        ),
        (
            "Вторгнення в Курську область стало найбільшою атакою на Росію з часів "
            "Другої світової.",
            "uk",
        ),
        (
            "Аналітики назвали рейд на Бєлгородщину найбільшим штурмом з часів "
            "Другої світової.",
            "uk",
        ),
        (
            "Это крупнейшее наступление на Курскую область со времен Второй мировой "
            "войны.",
            "ru",
        ),
        (
            "Вторжение в Курскую область стало самой масштабной атакой на Россию со "
            "времен Второй мировой.",
            "ru",
        ),
        (
            "Аналитики назвали рейд на Белгородскую область крупнейшим штурмом со "
            "времен Великой Отечественной.",
            "ru",
        ),
    ],
)
def test_an_attack_ranked_against_history_is_no_fighting(text: str, lang: str) -> None:
    assert "fighting" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops launched the largest attack on Pokrovsk this week.", "en"),
        ("Ворог здійснив наймасштабніший штурм Покровська за тиждень.", "uk"),
        ("Противник предпринял крупнейший штурм Покровска за неделю.", "ru"),
    ],
)
def test_a_largest_attack_of_the_week_is_fighting(text: str, lang: str) -> None:
    assert "fighting" in _kinds(text, lang), text


# ---- a capture a Ukrainian side disputes or calls untrue is Russia's claim ---
@pytest.mark.parametrize(
    "text",
    [
        "Russia claimed Kurakhove on Monday; Ukraine's army disputed that the town "
        "had fallen.",
        "Ukraine's army said there was no truth to reports of the capture of Toretsk.",
        "Ukrainian commanders said there was no truth to the capture of Pokrovsk.",
        'A Ukrainian spokesman said there was "no truth" to the reported capture '
        "of Kurakhove.",
        "Ukraine's southern command said reports of the capture of Robotyne were "
        "not true.",
        "Kyiv disputes reports of the capture of Kurakhove.",
    ],
)
def test_en_a_disputed_capture_is_the_other_sides(text: str) -> None:
    claims = extract_claims(text, published=DAY, language="en")
    denied = [c for c in claims if c.kind == "settlement_control" and c.negated]
    assert [c.gainer for c in denied] == ["RU"], text


# ---- Russian "будет" is the future, as "будут" and Ukrainian "буде" are ------
@pytest.mark.parametrize(
    "text",
    [
        "Похоже, к утру Торецк будет полностью наш.",
        "Командир уверен: через неделю Часов Яр будет под нашим контролем.",
        "По его словам, скоро Купянск будет освобожден.",
    ],
)
def test_ru_a_capture_that_will_be_is_prospective(text: str) -> None:
    assert _kinds(text, "ru") == [], text


def test_ru_a_capture_told_in_the_past_is_kept() -> None:
    claims = extract_claims(
        "Российские войска освободили Торецк, сообщило Минобороны.",
        published=DAY,
        language="ru",
    )
    assert [(c.kind, c.gainer) for c in claims] == [("settlement_control", "RU")]


# ---- ground seized in 2014 or before the full-scale invasion is history -----
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kyiv wants back the parts of Donbas seized before the 2022 invasion.", "en"),
        ("Russia took Donetsk back in 2014, the analyst recalled.", "en"),
        ("Russian-backed forces captured Horlivka in 2014.", "en"),
        ("Росіяни захопили Донецьк ще у 2014 році, нагадав аналітик.", "uk"),
        ("Окупанти захопили Горлівку у 2014 році.", "uk"),
        ("Бойовики захопили Іловайськ у 2014 році.", "uk"),
        ("Россия взяла под контроль Донецк еще в 2014 году, напомнил аналитик.", "ru"),
        ("Ополченцы заняли Горловку в 2014 году.", "ru"),
        ("Боевики заняли Иловайск в 2014 году.", "ru"),
    ],
)
def test_a_capture_of_2014_is_history(text: str, lang: str) -> None:
    assert "settlement_control" not in _kinds(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces seized the village of Stepove in 2024.", "en"),
        ("Окупанти захопили Степове у 2024 році.", "uk"),
        ("Российские войска заняли Степовое в 2024 году.", "ru"),
    ],
)
def test_a_capture_of_this_war_is_kept(text: str, lang: str) -> None:
    assert "settlement_control" in _kinds(text, lang), text


# ---- a pressure verb in a headline names the push the story tells ----------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian troops pressing on Pokrovsk, officials say\n\nRussian forces "
            "attacked near Pokrovsk on Monday, the General Staff said.",
            "en",
        ),
        (
            "Russia presses on Kurakhove as winter nears\n\nRussian troops attacked "
            "Kurakhove from three sides, Ukrainian officials said on Tuesday.",
            "en",
        ),
        (
            "Moscow's forces press on Toretsk\n\nThe enemy stormed Toretsk six times "
            "overnight, the brigade said.",
            "en",
        ),
        (
            "Окупанти тиснуть на Куп'янськ\n\nЗа добу росіяни шість разів штурмували "
            "позиції біля Куп'янська.",
            "uk",
        ),
        (
            "Росіяни натискають на Торецьк з півночі\n\nВорог атакував біля Торецька,"
            " кажуть у бригаді.",
            "uk",
        ),
        (
            "Ворог тисне на Гуляйполе\n\nПротягом доби ворог 12 разів атакував біля "
            "Гуляйполя, повідомили у Генштабі.",
            "uk",
        ),
        (
            "Российские войска давят на Курахово\n\nШтурмовые группы атаковали у "
            "Курахово, рассказали в бригаде.",
            "ru",
        ),
        (
            "Враг давит на Покровск\n\nЗа сутки противник 12 раз атаковал у "
            "Покровска, сообщили в штабе.",
            "ru",
        ),
        (
            "Противник теснит на Торецк\n\nШтурмовые группы атаковали у Торецка, "
            "рассказали в бригаде.",
            "ru",
        ),
    ],
)
def test_a_pressure_verb_in_a_headline_is_no_fight(text: str, lang: str) -> None:
    claims = extract_claims(text, published=DAY, language=lang)
    assert [c.kind for c in claims if c.char_start == 0] == [], text
    assert [c.kind for c in claims if c.char_start > 0] == ["fighting"], text


def test_pressure_in_the_body_is_still_read() -> None:
    claims = extract_claims(
        "Front update\n\nRussian troops were pressing on the northern outskirts of "
        "Vovchansk and street fighting had broken out.",
        published=DAY,
        language="en",
    )
    assert "fighting" in [c.kind for c in claims]
