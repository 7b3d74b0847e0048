"""Settlement control families of session 21 (issue 8).

Positions held INSIDE a part of a named town are that part held, in uk/ru too
("утримують позиції в північній частині X"); positions near it stay unclaimed
as control. Control "under its control" belongs to the side that is the
subject. A total told as "the number of settlements taken reached N" is a
running count. Digging in inside a part of a town (its quarters, houses, "на
сході X") is that part held; digging in on its outskirts, or an English one
in a whole town, stays an advance (uk/ru digging in inside a whole
town is partial control: ``test_text_entry_partial21.py``). Troops present
in a part of a town ("находятся в северной
части X") hold that part. Every sentence is invented for the test (no dev,
corpus or article text, no ``../shared``); each family is tried in three
phrasings of our own per language where it applies. Places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def towns(text: str, lang: str = "en"):
    return [c for c in claims(text, lang) if c.kind == "settlement_control"]


# ---- positions held inside a part of a town (uk/ru) --------------------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Сили оборони утримують позиції в північній частині Колосків.", "uk", "UA"),
        ("Наші воїни тримають позиції в центрі Зорівки, заявив речник.", "uk", "UA"),
        ("Окупанти утримують позиції на околицях Марівки.", "uk", "RU"),
        ("ВСУ все еще удерживают позиции в северной части Колосков.", "ru", "UA"),
        ("Украинские подразделения удерживают позиции в центре Зоровки.", "ru", "UA"),
        ("Российские войска удерживают позиции на окраинах Марьевки.", "ru", "RU"),
    ],
)
def test_positions_in_a_part_of_a_town_are_that_part_held(text, lang, gainer):
    held = towns(text, lang)
    assert len(held) == 1
    assert held[0].gainer == gainer
    assert held[0].extra.get("holding") is True
    assert held[0].extra.get("partial") is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ЗСУ утримують позиції біля Марівки.", "uk"),
        ("ВСУ удерживают позиции у Марьевки.", "ru"),
        ("Наші бійці тримають позиції поблизу Зорівки.", "uk"),
    ],
)
def test_positions_near_a_town_are_not_control(text, lang):
    assert towns(text, lang) == []


# ---- control "under its control": the subject's side ------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Ukraine's military rejected the claim, saying Zorivka remained under "
            "its control.",
            "UA",
        ),
        ("Russia's army says Marivka is under its full control.", "RU"),
        (
            "The Ukrainian General Staff said Kolosky was still under its control "
            "on Sunday.",
            "UA",
        ),
    ],
)
def test_under_its_control_is_the_subjects_hold(text, gainer):
    held = towns(text)
    assert len(held) == 1
    assert held[0].gainer == gainer
    assert held[0].negated is False


# ---- "the number of settlements taken reached N": a running count -----------
@pytest.mark.parametrize(
    ("text", "lang", "count", "gainer"),
    [
        (
            "The number of villages captured by Russia this year reached 150.",
            "en",
            150,
            "RU",
        ),
        (
            "The total number of settlements liberated since August stands at 100, "
            "Syrskyi said.",
            "en",
            100,
            "UA",
        ),
        (
            "Moscow said the number of localities seized in the region had climbed "
            "to 62.",
            "en",
            62,
            "RU",
        ),
        (
            "Загальна кількість звільнених населених пунктів досягла 40, повідомив "
            "Генштаб.",
            "uk",
            40,
            "UA",
        ),
        (
            "Кількість захоплених населених пунктів з початку року перевищила 150.",
            "uk",
            150,
            "RU",
        ),
        (
            "Кількість звільнених населених пунктів з початку року сягнула 150.",
            "uk",
            150,
            "UA",
        ),
        ("Число освобожденных населенных пунктов составило 200.", "ru", 200, "RU"),
        (
            "Общее количество освобожденных сел достигло 45, сообщили в Минобороны.",
            "ru",
            45,
            "RU",
        ),
        ("Количество занятых населенных пунктов превысило 30.", "ru", 30, "RU"),
    ],
)
def test_number_of_settlements_taken_is_a_running_count(text, lang, count, gainer):
    held = towns(text, lang)
    assert len(held) == 1
    assert held[0].extra.get("settlements_count") == count
    assert held[0].gainer == gainer
    assert held[0].cumulative is True


# ---- digging in inside a part of a town --------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Russian troops dug in in the northern part of Zorivka.", "en", "RU"),
        (
            "Russian assault groups have entrenched themselves in the eastern "
            "districts of Marivka.",
            "en",
            "RU",
        ),
        (
            "Ukrainian units dug in in several blocks of Kolosky, the brigade said.",
            "en",
            "UA",
        ),
        ("Окупанти закріпилися в північній частині Зорівки.", "uk", "RU"),
        ("Ворог закріпився у кількох будинках на сході Марівки.", "uk", "RU"),
        (
            "Російські штурмовики закріпилися в південних кварталах Колосків.",
            "uk",
            "RU",
        ),
        ("Российские штурмовики закрепились в восточной части Зоровки.", "ru", "RU"),
        (
            "Штурмовики ВС РФ закрепились в нескольких домах на западе Марьевки.",
            "ru",
            "RU",
        ),
        (
            "Российские подразделения закрепились в северных кварталах Колосков.",
            "ru",
            "RU",
        ),
    ],
)
def test_dug_in_inside_a_part_of_a_town_is_that_part_held(text, lang, gainer):
    out = claims(text, lang)
    assert [c.kind for c in out] == ["settlement_control"]
    assert out[0].gainer == gainer
    assert out[0].extra.get("partial") is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # (session 33: ON a named town's outskirts is partial control)
        ("Ворог закріпився біля Зорівки.", "uk"),
        ("Russian troops dug in near Zorivka.", "en"),
        ("Russian troops dug in in Zorivka.", "en"),
        ("Противник закрепился южнее Марьевки.", "ru"),
    ],
)
def test_dug_in_at_the_edge_or_english_whole_town_stays_an_advance(text, lang):
    # uk/ru digging in inside a whole town is partial control
    # (tests/test_text_entry_partial21.py)
    assert [c.kind for c in claims(text, lang)] == ["advance"]


# ---- troops present in a part of a town (ru) ---------------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Российские подразделения находятся в северной части Зоровки.", "RU"),
        ("ВСУ по-прежнему остаются в центре Марьевки.", "UA"),
        ("Украинские военные до сих пор находятся на окраинах Колосков.", "UA"),
    ],
)
def test_troops_present_in_a_part_of_a_town_hold_it_ru(text, gainer):
    held = towns(text, "ru")
    assert len(held) == 1
    assert held[0].gainer == gainer
    assert held[0].extra.get("holding") is True


# ---- holdings kept: past, after "managed to", left to one side ---------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Ukrainian troops held on to Marivka despite heavy shelling.", "en", "UA"),
        ("The marines held onto Kolosky for a month.", "en", "UA"),
        ("Russian units held on to Zorivka through the winter.", "en", "RU"),
        ("Захисникам вдалося втримати Зорівку.", "uk", "UA"),
        ("Західна частина Зорівки залишається за ЗСУ.", "uk", "UA"),
        ("Північна частина Марівки залишається за окупантами.", "uk", "RU"),
        ("ВСУ удержали Зоровку.", "ru", "UA"),
        ("Российские войска удержали Марьевку, несмотря на контратаки.", "ru", "RU"),
        ("Нашим бойцам удалось удержать Зоровку, заявил командир.", "ru", "RU"),
    ],
)
def test_a_town_kept_is_held(text, lang, gainer):
    held = towns(text, lang)
    assert len(held) == 1
    assert held[0].gainer == gainer
    assert held[0].extra.get("holding") is True
    assert held[0].negated is False


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Враг занимает восточную часть Зоровки.", "UA"),  # a Russian "враг"
        ("Российские подразделения занимают южные кварталы Марьевки.", "RU"),
        ("ВСУ занимают северную окраину Колосков.", "UA"),
    ],
)
def test_a_part_occupied_is_held_ru(text, gainer):
    held = towns(text, "ru")
    assert len(held) == 1
    assert held[0].gainer == gainer


# ---- a Russian unit named with no side word takes the place for Russia -------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 20th Motor Rifle Division captured Zorivka.", "en"),
        (
            "Paratroopers of the 76th Guards Air Assault Division captured Marivka.",
            "en",
        ),
        ("Units of the Southern group of forces took Kolosky.", "en"),
        ("Підрозділи 20-ї мотострілецької дивізії зайняли Зорівку.", "uk"),
        ("Кадирівці зайняли Марівку.", "uk"),
        ("Військові угруповання «Схід» взяли Колоски під контроль.", "uk"),
        ("Бойцы 1-й гвардейской танковой армии освободили Зоровку.", "ru"),
        ("Кадыровцы заняли Марьевку.", "ru"),
        ("Подразделения группировки «Днепр» освободили Колоски.", "ru"),
        # the Russian-run "republics" as actors
        ("DPR forces captured Zorivka.", "en"),
        ("Бойовики ДНР захопили Зорівку.", "uk"),
        ("Подразделения Народной милиции ЛНР освободили Зоровку.", "ru"),
    ],
)
def test_a_russian_unit_is_russias_gain(text, lang):
    held = towns(text, lang)
    assert len(held) == 1
    assert held[0].gainer == "RU"


# ---- a capture denied outright -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ніякого захоплення Зорівки не було, заявив речник.", "uk"),
        ("Про захоплення Марівки не йдеться, сказав командир батальйону.", "uk"),
        ("Жодного захоплення Колосків не було, наголосили в бригаді.", "uk"),
        ("Никакого взятия Зоровки не было, заявили в ВСУ.", "ru"),
        ("О захвате Марьевки речи не идет, сказал командир.", "ru"),
        ("Никакого освобождения Колосков не было, заявил представитель бригады.", "ru"),
    ],
)
def test_a_capture_noun_denied_by_its_predicate(text, lang):
    held = towns(text, lang)
    assert len(held) == 1
    assert held[0].negated is True
    assert held[0].gainer == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни рапортують про штурм Марівки. Село не захоплене, наголосив "
        "речник бригади.",
        "Окупанти заявили про захоплення Колосків. Населений пункт не захоплено, "
        "заявили в ЗСУ.",
        "Ворог тисне на Зорівку. Селище не захоплене, бої тривають.",
    ],
)
def test_a_ukrainian_denial_with_no_taker_denies_russias_gain(text):
    denied = [c for c in towns(text, "uk") if c.negated]
    assert len(denied) == 1
    assert denied[0].gainer == "RU"


def test_a_republic_named_as_the_place_is_no_actor():
    held = towns("ВСУ освободили Зоровку в ДНР.", "ru")
    assert len(held) == 1
    assert held[0].gainer == "UA"


# ---- a count of settlements written with "ё" ------------------------------------
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ВС РФ взяли под контроль два посёлка.", 2),
        ("Армия за неделю освободила три посёлка в Донецкой области.", 3),
        ("Российские войска заняли ещё четыре посёлка, сообщили в Минобороны.", 4),
    ],
)
def test_a_count_of_settlements_written_with_yo(text, count):
    held = towns(text, "ru")
    assert len(held) == 1
    assert held[0].extra.get("settlements_count") == count
    assert held[0].gainer == "RU"


# ---- the capture noun after the town's possessive (English) -------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("The Russian defence ministry announced Zorivka's liberation.", "RU"),
        ("Moscow reported Marivka's fall on Tuesday.", "RU"),
        ("Ukraine's General Staff confirmed Kolosky's recapture on Sunday.", "UA"),
    ],
)
def test_a_towns_possessive_capture_noun(text, gainer):
    held = towns(text)
    assert len(held) == 1
    assert held[0].gainer == gainer
