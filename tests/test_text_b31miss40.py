"""Session 40, lane b31miss: detection rules from blind31's missed and
spurious claims (claims that travel: denials, corrections, retold claims),
each tested on phrasings of our own (three per language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list[tuple[str, str | None, bool, str]]:
    claims = extract_claims(text, published=date(2025, 5, 14), language=lang)
    return [
        (c.kind, c.gainer, bool(c.negated), c.places[0].name if c.places else "")
        for c in claims
    ]


# B31MISS40 (a): the claim just made called untrue by name ("назвав це
# фейком", "назвали эти данные «фантазиями»", "called these reports
# 'fantasies'"): a negated copy of it, in either order, the verdict quoted
# or not
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Окупанти заявили про захоплення Степового. "
            "Речник бригади назвав це фейком.",
            "uk",
            "RU",
            "Степового",
        ),
        (
            "Міноборони РФ повідомило, що взяло Лісове. "
            "Командир батальйону назвав ці заяви «вигадкою».",
            "uk",
            "RU",
            "Лісове",
        ),
        (
            "Росіяни заявили, що окупували Зелене. "
            "У штабі угруповання це назвали «брехнею».",
            "uk",
            "RU",
            "Зелене",
        ),
        (
            "Украинские военные заявили об освобождении Нового. "
            "В Минобороны РФ назвали это фейком.",
            "ru",
            "UA",
            "Нового",
        ),
        (
            "ВСУ сообщили о взятии Ровного. "
            "Российский генерал назвал эти данные «фантазиями».",
            "ru",
            "UA",
            "Ровного",
        ),
        (
            "Киев заявил, что освободил Садовое. "
            "Российские военкоры это назвали «выдумкой».",
            "ru",
            "UA",
            "Садовое",
        ),
        (
            "Moscow said its troops had captured Zelene. "
            "A Ukrainian spokesman called it fake.",
            "en",
            "RU",
            "Zelene",
        ),
        (
            "Kyiv said it had retaken Lisove. "
            "The Russian ministry called these reports 'fantasies'.",
            "en",
            "UA",
            "Lisove",
        ),
        (
            "Russia announced the capture of Sadove. "
            "Ukraine's army called such claims propaganda.",
            "en",
            "RU",
            "Sadove",
        ),
    ],
)
def test_named_untrue_is_a_denial(
    text: str, lang: str, gainer: str, place: str
) -> None:
    claims = _claims(text, lang)
    assert ("settlement_control", gainer, False, place) in claims
    assert ("settlement_control", gainer, True, place) in claims


# the verb naming something else stays silent ("назвав це місто рідним")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Окупанти заявили про захоплення Степового. Мер назвав це місто рідним.",
            "uk",
        ),
        ("ВСУ сообщили о взятии Ровного. Генерал назвал это событие важным.", "ru"),
    ],
)
def test_naming_no_verdict_denies_nothing(text: str, lang: str) -> None:
    assert all(not negated for _, _, negated, _ in _claims(text, lang))


# B31MISS40 (b): a denial pointing back at a count of settlements with no
# name ("захопила 5 населених пунктів … це заперечує"): a negated copy of the
# count's side, as for a named one
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Міноборони РФ заявило, що за тиждень армія захопила 5 населених "
            "пунктів. Генштаб ЗСУ це заперечує.",
            "uk",
        ),
        (
            "Окупанти стверджують, що з початку місяця окупували сім сіл. "
            "Речник угруповання назвав ці дані брехнею.",
            "uk",
        ),
        (
            "За даними ворога, росіяни захопили чотири населені пункти. "
            "У ЗСУ це спростовують.",
            "uk",
        ),
        (
            "Минобороны РФ заявило, что за неделю армия освободила 5 населенных "
            "пунктов. Киев это отрицает.",
            "ru",
        ),
        (
            "Российские военные сообщили о взятии шести сел с начала месяца. "
            "В ВСУ эти данные опровергают.",
            "ru",
        ),
        (
            "Москва заявила, что ее войска заняли три населенных пункта. "
            "Украинский генерал назвал это фейком.",
            "ru",
        ),
        (
            "Russia's defence ministry said its troops had captured five villages "
            "this week. Kyiv denied it.",
            "en",
        ),
        (
            "Moscow claimed its forces had taken seven settlements since Monday. "
            "Ukraine's general staff called the claim false.",
            "en",
        ),
        (
            "The Russian army said it had seized three villages in the region. "
            "Ukrainian officials rejected these claims.",
            "en",
        ),
    ],
)
def test_denied_count_is_negated(text: str, lang: str) -> None:
    claims = _claims(text, lang)
    assert ("settlement_control", "RU", False, "") in claims
    assert ("settlement_control", "RU", True, "") in claims


# a count left unconfirmed is no claim of its own (own corpus 3)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Міноборони РФ заявило, що за тиждень армія захопила 5 населених "
            "пунктів. Українська сторона цих даних не підтверджує.",
            "uk",
        ),
        (
            "Минобороны РФ заявило, что за неделю армия освободила 5 населенных "
            "пунктов. Киев эти данные не подтверждает.",
            "ru",
        ),
        (
            "Russia's defence ministry said its troops had captured five villages "
            "this week. Kyiv did not confirm it.",
            "en",
        ),
    ],
)
def test_unconfirmed_count_is_silent(text: str, lang: str) -> None:
    assert all(not negated for _, _, negated, _ in _claims(text, lang))


def _depths(text: str, lang: str) -> list[tuple[float | None, float | None]]:
    claims = extract_claims(text, published=date(2025, 5, 14), language=lang)
    return [
        (c.distance_km, c.extra.get("distance_to_place_km"))
        for c in claims
        if c.kind == "advance"
    ]


# B31MISS40 (c): a depth measured from a place, the figure right after the
# advance word ("advanced up to 6 km from X"), is the advance's depth, as in
# uk/ru ("просунулися на 4 км від X"); "advanced to 5 km from X" and "within
# 8 km of X" stay a distance still to go
@pytest.mark.parametrize(
    ("text", "lang", "depth"),
    [
        ("Russian forces have advanced up to 6 km from Kurakhove.", "en", 6),
        (
            "Ukrainian troops advanced about 4 kilometres from Robotyne over the week.",
            "en",
            4,
        ),
        (
            "The enemy has pushed some 2 km from the outskirts of Toretsk, the "
            "brigade said.",
            "en",
            2,
        ),
        ("Окупанти просунулися до 6 км від Курахового з серпня.", "uk", 6),
        ("Сили оборони просунулися приблизно на 4 км від Роботиного.", "uk", 4),
        ("Ворог просунувся на 2 км від околиць Торецька.", "uk", 2),
        ("Российские войска продвинулись до 6 км от Курахово с августа.", "ru", 6),
        ("ВСУ продвинулись примерно на 4 км от Работино за неделю.", "ru", 4),
        ("Российские штурмовики продвинулись на 2 км от окраин Торецка.", "ru", 2),
    ],
)
def test_depth_from_a_place(text: str, lang: str, depth: float) -> None:
    assert (depth, None) in _depths(text, lang)


@pytest.mark.parametrize(
    ("text", "to_go"),
    [
        ("Russian troops advanced to 5 km from Pokrovsk.", 5),
        ("Russian forces pushed to within 8 km of Pokrovsk.", 8),
        ("Russian units have advanced to about 3 km from Kostiantynivka.", 3),
    ],
)
def test_position_short_of_a_place(text: str, to_go: float) -> None:
    assert (None, to_go) in _depths(text, "en")
