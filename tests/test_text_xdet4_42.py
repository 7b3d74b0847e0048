"""Session 42, lane xdet4: stalls, each rule tested on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], bool(c.negated))
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# uk impersonal "зупинено" after an advance noun: the advancing side's
# advance, negated (as ru "остановлено"; xdet3's unmeasured row)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Під Зорівкою наступ ворога зупинено.", "Зорівкою"),
        ("Просування ворога до Липового зупинено, заявив Сирський.", "Липового"),
        ("Біля Дубрівки просування окупантів зупинено.", "Дубрівки"),
    ],
)
def test_uk_an_advance_stopped_impersonally_is_negated(text: str, place: str) -> None:
    got = [c for c in _claims(text, "uk") if c[0] == "advance"]
    assert got == [("advance", "RU", [place], True)]


@pytest.mark.parametrize(
    "text",
    [
        "Рух поїздів через Зорівку зупинено.",
        "Постачання води до Липового зупинено.",
        "Роботу шахти біля Дубрівки зупинено.",
    ],
)
def test_uk_something_else_stopped_is_no_claim(text: str) -> None:
    assert _claims(text, "uk") == []


# an active "halted / stopped the (side's) advance": the advance stopped is
# the object's side, or the subject's other side (was the subject, the stopper)
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Ukrainian troops halted the Russian advance near Zorivka.", "RU", "Zorivka"),
        ("Ukrainian troops halted the advance near Zorivka.", "RU", "Zorivka"),
        ("Russian forces halted the Ukrainian push outside Lypove.", "UA", "Lypove"),
    ],
)
def test_en_halting_a_sides_advance_is_that_sides_negated_advance(
    text: str, gainer: str, place: str
) -> None:
    assert _claims(text, "en") == [("advance", gainer, [place], True)]


# a halted side with no object is the side whose advance stopped (as before)
def test_en_troops_halted_with_no_object_are_the_stalled_side() -> None:
    assert _claims("Russian forces halted near Zorivka to regroup.", "en") == [
        ("advance", "RU", ["Zorivka"], True)
    ]


# a passive "halted" whose subject is no troops is no stall
@pytest.mark.parametrize(
    "text",
    [
        "Traffic was halted near Zorivka.",
        "Shipments were halted near Lypove.",
        "Rail service has been halted outside Dubrivka.",
    ],
)
def test_en_something_else_halted_is_no_claim(text: str) -> None:
    assert _claims(text, "en") == []


# a side's offensive halted in the passive is that side's stall; attacks
# counted and halted are fighting, no advance
def test_en_an_offensive_halted_is_its_sides_negated_advance() -> None:
    assert _claims("The Russian offensive was halted near Lypove.", "en") == [
        ("advance", "RU", ["Lypove"], True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the east, 36 attacks were stopped near Zorivka and Lypove.",
        "Eleven assaults were halted near Lypove.",
    ],
)
def test_en_attacks_halted_are_fighting(text: str) -> None:
    assert [c[0] for c in _claims(text, "en")] == ["fighting"]


# a side's offensive as the subject of its stall, with no place: that side's
# advance, negated, told of the front (was nothing: no place)
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Ukraine's counteroffensive in the south has stalled.", "en", "UA"),
        ("Russia's summer offensive has stalled, analysts say.", "en", "RU"),
        ("The Ukrainian push has been stalled for weeks.", "en", "UA"),
        ("З початку місяця наступ ворога фактично зупинився.", "uk", "RU"),
        ("Контрнаступ ЗСУ на півдні застопорився.", "uk", "UA"),
        ("Наступ російських військ на сході зупинився.", "uk", "RU"),
        ("Наступление ВСУ на юге остановлено, заявили в Минобороны.", "ru", "UA"),
        ("Контрнаступление украинских войск остановлено.", "ru", "UA"),
        ("Продвижение российских войск на севере остановлено.", "ru", "RU"),
    ],
)
def test_a_stalled_offensive_needs_no_place(text: str, lang: str, gainer: str) -> None:
    assert _claims(text, lang) == [("advance", gainer, [], True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peace talks have stalled.", "en"),
        ("The grain deal has stalled again.", "en"),
        ("Переговори застопорилися.", "uk"),
        ("Виробництво на заводі зупинилося.", "uk"),
        ("Производство на заводе остановлено.", "ru"),
        ("Движение поездов остановлено.", "ru"),
    ],
)
def test_something_else_stalled_is_no_claim(text: str, lang: str) -> None:
    assert _claims(text, lang) == []
