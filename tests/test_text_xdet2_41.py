"""Session 41, lane xdet2: missed and spurious claims the first detection
lane left, each rule tested on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# a region's edge ("межа") reached, then a second advance: two claims, as
# after "до кордону"
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Підрозділи вийшли до межі Луганської області і продовжують "
            "розвивати наступ на території Харківської області.",
            "Луганської області",
            "Харківської області",
        ),
        (
            "Наші бійці вийшли на межу Донецької області та розвивають наступ "
            "углиб Дніпропетровської області.",
            "Донецької області",
            "Дніпропетровської області",
        ),
        (
            "Сили оборони вийшли на межу Херсонської області й просуваються "
            "далі на південь до Каховки.",
            "Херсонської області",
            "Каховки",
        ),
    ],
)
def test_edge_of_region_reached_then_more_uk(
    text: str, first: str, second: str
) -> None:
    got = _claims(text, "uk")
    assert got == [("advance", "UA", [first]), ("advance", "UA", [second])]


# a road or route cleared is no town taken; the town itself cleared still is
@pytest.mark.parametrize(
    "text",
    [
        "The road to Zorivka is fully cleared.",
        "The highway between Zorivka and Lymanka was completely cleared.",
        "The supply route into Lymanka has been fully cleared, officials said.",
    ],
)
def test_road_cleared_is_no_capture_en(text: str) -> None:
    assert not [c for c in _claims(text, "en") if c[0] == "settlement_control"]


def test_town_cleared_still_taken_en() -> None:
    got = _claims("Lymanka was completely cleared on Monday.", "en")
    assert got == [("settlement_control", "UA", ["Lymanka"])]


# a town called ours: a sentence-opening name ending as village names do is
# a place before "наша"; a uk plural name called "наші"
@pytest.mark.parametrize(
    ("text", "lang", "side", "place"),
    [
        ("Марьинка наша.", "ru", "RU", "Марьинка"),
        ("«Кременная наша», — написал военкор.", "ru", "RU", "Кременная"),
        ("Андреевка уже наша, сообщил командир.", "ru", "RU", "Андреевка"),
        ("Новоселовка снова наша.", "ru", "RU", "Новоселовка"),
        ("Кремінна наша, заявив він.", "uk", "UA", "Кремінна"),
        ("Мар'їнка наша.", "uk", "UA", "Мар'їнка"),
        ("«Оріхівці наші», — написав військовий.", "uk", "UA", "Оріхівці"),
        ("Бердичі наші.", "uk", "UA", "Бердичі"),
        ("Липівці вже наші, повідомив командир.", "uk", "UA", "Липівці"),
        ("Кринки знову наші.", "uk", "UA", "Кринки"),
    ],
)
def test_town_called_ours(text: str, lang: str, side: str, place: str) -> None:
    assert _claims(text, lang) == [("settlement_control", side, [place])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Земля наша, и мы её не отдадим.", "ru"),
        ("Правда наша.", "ru"),
        ("Ініціатива наша.", "uk"),
        ("Позиції там наші.", "uk"),
        ("Хлопці наші.", "uk"),
    ],
)
def test_no_town_called_ours(text: str, lang: str) -> None:
    assert _claims(text, lang) == []
