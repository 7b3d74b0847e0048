"""Settlement control and holding families of session 20 (issue 8).

Positions held INSIDE a named town are the town held in part ("still holding
their positions in and around X"); positions near it stay unclaimed as
control. A town kept is told with "retain" ("Ukrainian forces retain X"). A
Ukrainian "вибили ворога зі X" is the town taken back (the euphonic "зі" beside
"з" and "із"). The side name "Сили оборони" before "тримають" is an actor, not
the fighting word "оборона". Every sentence is invented for the test (no dev,
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


def names(claim) -> list[str]:
    return [p.name for p in claim.places]


# ---- positions held inside a town (English) ---------------------------------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        (
            "Ukrainian marines are still holding their positions in and around "
            "Zorivka, the brigade said.",
            "Zorivka",
            "UA",
        ),
        (
            "Our troops are holding positions inside Marivka, a platoon commander "
            "told reporters.",
            "Marivka",
            "UA",
        ),
        (
            "Russian units hold positions in the northern part of Kolosky, the "
            "governor said.",
            "Kolosky",
            "RU",
        ),
    ],
)
def test_positions_inside_a_town_are_the_town_held(text, place, gainer):
    got = towns(text)
    assert len(got) == 1, got
    town = got[0]
    assert place in names(town)
    assert town.gainer == gainer
    assert town.extra.get("holding") is True
    assert town.extra.get("partial") is True
    # a held named town is no running total (the real gold's convention)
    assert town.cumulative is False
    assert not [c for c in claims(text) if c.kind == "fighting"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces are holding their positions near Zorivka.",
        "Our troops held their positions west of Marivka overnight.",
        "Ukrainian units are holding their positions around Kolosky.",
    ],
)
def test_positions_near_a_town_are_no_control(text):
    assert towns(text) == []


# ---- a town retained ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("Ukrainian forces retain Zorivka, the General Staff said.", "Zorivka", "UA"),
        (
            "Despite weeks of assaults, Kyiv's troops retained the town of Marivka.",
            "Marivka",
            "UA",
        ),
        (
            "Russian forces are retaining Kolosky after a Ukrainian counterattack, "
            "analysts said.",
            "Kolosky",
            "RU",
        ),
    ],
)
def test_a_town_retained_is_held(text, place, gainer):
    got = towns(text)
    assert len(got) == 1, got
    assert names(got[0])[0] == place
    assert got[0].gainer == gainer
    assert got[0].extra.get("holding") is True


def test_retaining_no_town_is_no_claim():
    assert claims("Ukraine retains the right to respond, the minister said.") == []


# ---- "вибили ворога зі X" (Ukrainian) -----------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сили оборони вибили окупантів зі Степового.", "Степового"),
        ("Десантники вибили росіян зі Світлого, повідомили в бригаді.", "Світлого"),
        ("Наша бригада вибила ворога зі Сторожового.", "Сторожового"),
    ],
)
def test_knocked_out_of_a_town_with_zi(text, place):
    got = towns(text, "uk")
    assert len(got) == 1, got
    assert names(got[0])[0] == place
    assert got[0].gainer == "UA"


# ---- "Сили оборони" is an actor, not the fighting word "оборона" -------------
@pytest.mark.parametrize(
    "text",
    [
        "Сили оборони тримають позиції на південних околицях Покровська.",
        "Сили оборони тримають рубежі в Сіверську.",
        "Сил оборони тримається на лінії біля Торського.",
    ],
)
def test_defence_forces_name_is_no_fight_word(text):
    fights = [
        c
        for c in claims(text, "uk")
        if c.kind == "fighting" and (c.extra.get("trigger") or "").startswith("оборон")
    ]
    assert fights == []


@pytest.mark.parametrize(
    "text",
    [
        "Оборона Торського триває.",
        "Оборона міста Сіверськ тримається.",
        "Оборона Покровська досі триває, кажуть військові.",
    ],
)
def test_a_defence_going_on_is_still_fighting(text):
    assert [c for c in claims(text, "uk") if c.kind == "fighting"]


# ---- a holder with no side word: troops, the garrison, "хлопці" ---------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Troops still hold Zorivka, the Ukrainian General Staff said.",
            "en",
            "Zorivka",
        ),
        (
            "The garrison still holds Marivka, Ukraine's General Staff said.",
            "en",
            "Marivka",
        ),
        (
            "Soldiers still control most of Kolosky, the Ukrainian commander said.",
            "en",
            "Kolosky",
        ),
        ("Хлопці досі тримають Зорівку, каже командир ЗСУ.", "uk", "Зорівку"),
        ("Ребята держат Марьевку, сообщили в Генштабе ВСУ.", "ru", "Марьевку"),
    ],
)
def test_a_sideless_holder_is_the_speakers_side(text, lang, place):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert place in names(got[0])
    assert got[0].gainer == "UA"
    assert got[0].extra.get("holding") is True


# ---- "X remains under control": no owner named -------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        (
            "Zorivka remains under control, the Ukrainian General Staff said.",
            "en",
            "Zorivka",
            "UA",
        ),
        (
            "Зорівка досі під контролем, повідомили в Генштабі ЗСУ.",
            "uk",
            "Зорівка",
            "UA",
        ),
        (
            "Марьевка полностью под контролем, заявили в Минобороны России.",
            "ru",
            "Марьевка",
            "RU",
        ),
    ],
)
def test_control_with_no_owner_is_the_speakers(text, lang, place, gainer):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert names(got[0])[0] == place
    assert got[0].gainer == gainer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The situation in Zorivka is under control, the governor said.", "en"),
        ("Ситуація в Зорівці під контролем, повідомили в ОВА.", "uk"),
        ("Обстановка в Марьевке под контролем, сообщил губернатор.", "ru"),
    ],
)
def test_a_situation_under_control_is_no_claim(text, lang):
    assert towns(text, lang) == []


# ---- a part held of the town told before: "the centre", "the western half" ---
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        (
            "Russian troops stormed Zorivka last week. Ukrainian forces still hold "
            "the western half.",
            "en",
            "Zorivka",
            "UA",
        ),
        (
            "Fighting for Marivka goes on. Russian units now control the centre, "
            "the governor said.",
            "en",
            "Marivka",
            "RU",
        ),
        (
            "Kolosky has been shelled for weeks. Ukraine's troops still hold most "
            "of it.",
            "en",
            "Kolosky",
            "UA",
        ),
        ("Ворог штурмує Зорівку. Окупанти контролюють центр.", "uk", "Зорівку", "RU"),
        (
            "Бои за Марьевку продолжаются. Российские войска контролируют центр.",
            "ru",
            "Марьевку",
            "RU",
        ),
    ],
)
def test_a_part_held_of_the_town_told_before(text, lang, place, gainer):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert names(got[0]) == [place]
    assert got[0].gainer == gainer
    assert got[0].extra.get("partial") is True


# ---- a pronoun for the settlement told just before ---------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        (
            "Russian forces attacked Zorivka for weeks. Moscow claimed its capture "
            "on Monday.",
            "en",
            "Zorivka",
            "RU",
        ),
        (
            "Ворог тижнями штурмував Зорівку. У понеділок окупанти захопили її.",
            "uk",
            "Зорівку",
            "RU",
        ),
        (
            "Ворог тижнями штурмував Марівку. Росіяни заявили про її захоплення.",
            "uk",
            "Марівку",
            "RU",
        ),
        (
            "Российские войска неделями штурмовали Колоски. В понедельник они "
            "освободили их.",
            "ru",
            None,
            None,
        ),
        (
            "Враг неделями штурмовал Марьевку. Минобороны России сообщило о ее "
            "освобождении.",
            "ru",
            "Марьевку",
            "RU",
        ),
    ],
)
def test_a_pronoun_for_the_town_told_before(text, lang, place, gainer):
    got = towns(text, lang)
    if place is None:  # "их": a plural pronoun is no town of its own
        assert got == []
        return
    assert len(got) == 1, got
    assert names(got[0]) == [place]
    assert got[0].gainer == gainer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ворог штурмував Зорівку. Бійця взяли в полон, потім звільнили його.",
            "uk",
        ),
        ("Враг штурмовал Марьевку. Солдата взяли в плен, позже освободили его.", "ru"),
        (
            "Russian forces attacked Zorivka. A medic was captured; Kyiv freed him.",
            "en",
        ),
    ],
)
def test_a_pronoun_for_a_captive_is_no_town(text, lang):
    assert [c for c in towns(text, lang) if c.extra.get("anaphora")] == []


# ---- counts: "a total of", instrumental numbers, vague counts in a region ----
@pytest.mark.parametrize(
    ("text", "lang", "count", "gainer"),
    [
        ("Russia's army captured a total of 34 villages in March.", "en", 34, "RU"),
        (
            "Ukrainian troops seized a total of 12 settlements last month.",
            "en",
            12,
            "UA",
        ),
        ("ЗСУ відновили контроль над трьома селами.", "uk", 3, "UA"),
        ("Ворог втратив контроль над двома населеними пунктами.", "uk", 2, "UA"),
        ("Под контроль ВСУ перешли еще два села.", "ru", 2, "UA"),
        ("Российская армия за месяц взяла 30 населенных пунктов.", "ru", 30, "RU"),
        ("Противник потерял контроль над тремя селами.", "ru", 3, "RU"),
        (
            "Під контроль ЗСУ повернулися понад десять населених пунктів.",
            "uk",
            10,
            "UA",
        ),
    ],
)
def test_counted_settlements(text, lang, count, gainer):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert got[0].extra.get("settlements_count") == count
    assert got[0].gainer == gainer


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Росіяни окупували кілька сіл у Донецькій області.",
            "uk",
            "Донецькій області",
        ),
        ("Сили оборони звільнили низку сіл на Харківщині.", "uk", "Харківщині"),
        ("ВС РФ освободили ряд населенных пунктов в ДНР.", "ru", "ДНР"),
        (
            "Российские войска заняли несколько сел в Запорожской области.",
            "ru",
            "Запорожской области",
        ),
    ],
)
def test_several_settlements_in_a_region(text, lang, region):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert region in names(got[0])
    assert got[0].extra.get("settlements_count") is None


# ---- a headline's town claimed, told again by a pointer ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine pulls troops out of Zorivka as Russia claims the town",
        "Kyiv admits withdrawal from Zorivka while Moscow claims the city",
        "Ukrainian units leave Zorivka; Russia claims the village",
    ],
)
def test_a_town_claimed_by_a_pointer(text):
    got = [c for c in towns(text) if c.extra.get("trigger") == "claims"]
    assert len(got) == 1, got
    assert names(got[0]) == ["Zorivka"]
    assert got[0].gainer == "RU"


def test_claims_the_town_of_names_its_own_place():
    # "the town of X" names its own place
    got = towns("Russia claims the town of Marivka.")
    assert [names(c) for c in got] == [["Marivka"]]


# ---- a withdrawal TO a town: the line moved back, the town not lost ----------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Ukrainian forces fell back to Marivka, the army said.", "en", "Marivka"),
        ("Ukrainian troops withdrew to the town of Zorivka.", "en", "Zorivka"),
        ("Українські підрозділи відійшли до Марівки.", "uk", "Марівки"),
        ("Наші війська відступили до Зорівки, повідомили в бригаді.", "uk", "Зорівки"),
        ("ВСУ отошли к Марьевке.", "ru", "Марьевке"),
        ("Украинские подразделения отступили к Зорьке.", "ru", "Зорьке"),
    ],
)
def test_a_withdrawal_to_a_town_is_an_advance(text, lang, place):
    got = claims(text, lang)
    assert [c.kind for c in got] == ["advance"], got
    assert names(got[0]) == [place]
    assert got[0].gainer == "RU"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Ukrainian troops withdrew from Zorivka to Marivka.", "en", "Zorivka"),
        ("ЗСУ відійшли із Зорівки до Марівки.", "uk", "Зорівки"),
        ("ВСУ отступили из Зорьки к Марьевке.", "ru", "Зорьки"),
    ],
)
def test_a_withdrawal_from_one_town_to_another_loses_the_first(text, lang, place):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert names(got[0])[0] == place
    assert got[0].gainer == "RU"


# ---- a headline's bare "taken", told by a side --------------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Zorivka taken, Russia says", "RU"),
        ("Marivka taken, Ukrainian army claims", "UA"),
        ("Kolosky taken, Moscow says as fighting goes on", "RU"),
    ],
)
def test_a_headline_taken_by_a_side(text, gainer):
    got = towns(text)
    assert len(got) == 1, got
    assert got[0].gainer == gainer


def test_a_measure_taken_is_no_town():
    assert towns("Measures taken, officials say, after the storm in Zorivka") == []


# ---- the held part in quotes, where uk/ru clauses are cut --------------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Речниця стверджує, що ЗСУ контролюють «промислові об’єкти» у Зорівці.",
            "uk",
            "Зорівці",
        ),
        (
            "Командир каже, що наші тримають «кілька кварталів» у Марівці.",
            "uk",
            "Марівці",
        ),
        (
            "Представитель ВСУ утверждает, что ВСУ контролируют «промышленные "
            "объекты» в Зорьке.",
            "ru",
            "Зорьке",
        ),
        (
            "Генштаб ВСУ сообщил, что ВСУ удерживают «несколько кварталов» в Марьевке.",
            "ru",
            "Марьевке",
        ),
        (
            'Ukrainian officials said troops still control "key industrial '
            'facilities" in Zorivka.',
            "en",
            "Zorivka",
        ),
    ],
)
def test_a_quoted_part_held(text, lang, place):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert place in names(got[0])
    assert got[0].gainer == "UA"
    assert got[0].extra.get("holding") is True
    assert got[0].extra.get("partial") is True


# ---- a town still occupied, the occupier unnamed -----------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Zorivka remains occupied, the governor said.", "en", "Zorivka"),
        ("The regional head said Marivka is still occupied.", "en", "Marivka"),
        (
            "Residents say Kolosky stays occupied after the failed assault.",
            "en",
            "Kolosky",
        ),
        ("Голова ОВА каже, що Удачне залишається окупованим.", "uk", "Удачне"),
        ("За словами старости, Марівка досі окупована.", "uk", "Марівка"),
        ("Бої йшли за Колоски. Село і далі окуповане.", "uk", "Колоски"),
        ("Глава района сообщил, что Зорька до сих пор оккупирована.", "ru", "Зорька"),
        ("По словам жителей, Марьевка по-прежнему оккупирована.", "ru", "Марьевка"),
    ],
)
def test_a_town_still_occupied_is_held_by_the_occupier(text, lang, place):
    got = towns(text, lang)
    assert len(got) == 1, got
    assert names(got[0]) == [place]
    assert got[0].gainer == "RU"
    assert got[0].extra.get("holding") is True


def test_still_occupied_by_a_named_side_keeps_that_side():
    got = towns("Sudzha remains occupied by Ukrainian forces, Moscow admits.")
    assert [c.gainer for c in got] == ["UA"]


def test_a_building_still_occupied_is_no_town():
    assert towns("The school remains occupied by protesters, police said.") == []
