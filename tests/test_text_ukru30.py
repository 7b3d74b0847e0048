"""Session 30, uk/ru lane: detection and frame rules for Ukrainian and
Russian (UKRU30), each in three phrasings of our own per language (never a
corpus sentence)."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

# --- a settlement's grey-zone status told beside the fight of its sentence:
# a fighting claim of its own (rules/fighting._grey_status) -----------------
GREY = [
    ("Біля Зорівки тривають бої, село фактично стало сірою зоною.", "uk", "Зорівки"),
    ("У Ломівці йдуть бої, населений пункт — у «сірій зоні».", "uk", "Ломівці"),
    (
        "Бої за Степанівку не вщухають, решта села — сіра зона.",
        "uk",
        "Степанівку",
    ),
    (
        "Бои за Ломовку продолжаются, населённый пункт — в «серой зоне».",
        "ru",
        "Ломовку",
    ),
    ("В Зоревке идут бои, поселок фактически стал серой зоной.", "ru", "Зоревке"),
    (
        "У Степановки идут тяжелые бои, село находится в серой зоне.",
        "ru",
        "Степановки",
    ),
]


@pytest.mark.parametrize("text, lang, place", GREY)
def test_grey_zone_status_is_a_fight_of_its_own(text: str, lang: str, place: str):
    rows = claim_rows(text, lang)
    fights = [r for r in rows if r[0] == "fighting"]
    assert len(fights) == 2, rows
    assert all(r[3] == [place] and r[1] is None for r in fights), rows


# a bare "grey zone" after a fight told already is that fight, not a second
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Біля Зорівки тривають бої: «Сіра зона, там ні нас, ні їх»", "uk"),
        ("Під Ломівкою точаться бої, там сіра зона.", "uk"),
        ("У Степанівці бої, сіра зона, заходити туди важко.", "uk"),
        ("У Ломовки идут бои: «Серая зона, там ни нас, ни их»", "ru"),
        ("Под Зоревкой идут бои, там серая зона.", "ru"),
        ("В Степановке бои, серая зона, заходить туда трудно.", "ru"),
    ],
)
def test_bare_grey_zone_after_a_fight_is_that_fight(text: str, lang: str):
    rows = claim_rows(text, lang)
    assert [r[0] for r in rows] == ["fighting"], rows


# --- uk: an entry onto a town's outskirts reaches its edge: an advance of the
# side entering, not partial control (rules/advance._ONTO_OUTSKIRTS) --------
@pytest.mark.parametrize(
    "text, gainer, place",
    [
        ("Окупанти зайшли на околиці Ломівки.", "RU", "Ломівки"),
        (
            "Російські штурмовики вже зайшли на південну околицю Зорівки.",
            "RU",
            "Зорівки",
        ),
        ("Наші підрозділи зайшли на північні околиці Степанівки.", "UA", "Степанівки"),
    ],
)
def test_uk_entry_onto_outskirts_is_an_advance(text: str, gainer: str, place: str):
    rows = claim_rows(text, "uk")
    assert [(r[0], r[1], r[3]) for r in rows] == [("advance", gainer, [place])], rows


# a part of the town entered stays partial control
@pytest.mark.parametrize(
    "text",
    [
        "Окупанти зайшли в північну частину Ломівки.",
        "Російські штурмовики зайшли у східні квартали Зорівки.",
        "Ворог зайшов у промзону Степанівки.",
    ],
)
def test_uk_entry_into_a_part_stays_partial_control(text: str):
    rows = claim_rows(text, "uk")
    assert [r[0] for r in rows] == ["settlement_control"], rows
