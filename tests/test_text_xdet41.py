"""Session 41, lane xdet: missed and spurious claims shared across the read
sets, each rule tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-06-09"


def _advances(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    return [
        (c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "advance"
    ]


# XDET41 (a): an offensive developed into or inside a region ("развивают
# наступление на территории X области", "розвинули наступ углиб X") is an
# advance there (lang RU41 / UK41; uk's imperfective row was there already)
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Российские штурмовые части развивают наступление в Харьковской "
            "области, сообщили в Минобороны.",
            "ru",
            "Харьковской области",
        ),
        (
            "ВС РФ развили наступление вглубь Сумской области.",
            "ru",
            "Сумской области",
        ),
        (
            "Танкисты продолжают развивать наступление на территории "
            "Запорожской области, заявили в ведомстве.",
            "ru",
            "Запорожской области",
        ),
        (
            "Окупанти розвинули наступ углиб Сумської області.",
            "uk",
            "Сумської області",
        ),
        (
            "Російські війська розвинули наступ у Харківській області, "
            "визнали в угрупованні.",
            "uk",
            "Харківській області",
        ),
        (
            "Ворог продовжує розвивати наступ на території Запорізької області.",
            "uk",
            "Запорізької області",
        ),
    ],
)
def test_offensive_developed_in_a_region_is_an_advance(
    text: str, lang: str, place: str
) -> None:
    got = _advances(text, lang)
    assert len(got) == 1
    assert got[0][0] == "RU"
    assert place in got[0][1]


# XDET41 (b): a line reached, then an offensive pressed on beyond it, joined by
# "and": two advances, each with its own place (rules/advance._entry_then_more
# takes a line reached as it takes an entry; the second verb may open a quote)
@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (
            "Части дивизии вышли к административной границе Луганской области "
            "и продолжают развивать наступление на территории Харьковской "
            "области.",
            "ru",
            "Луганской области",
            "Харьковской области",
        ),
        (
            "Российские войска вышли к границе Донецкой области и развивают "
            "наступление в Запорожской области, сообщило Минобороны.",
            "ru",
            "Донецкой области",
            "Запорожской области",
        ),
        (
            "Штурмовики вышли к окраинам Зоровки и продвигаются к Липовке.",
            "ru",
            "Зоровки",
            "Липовке",
        ),
        (
            "Російські підрозділи вийшли до кордону Луганської області і "
            "продовжують розвивати наступ на території Харківської області.",
            "uk",
            "Луганської області",
            "Харківської області",
        ),
        (
            "Окупанти вийшли до кордону Донецької області та розвинули наступ "
            "у Запорізькій області.",
            "uk",
            "Донецької області",
            "Запорізькій області",
        ),
        (
            "Ворожі війська вийшли на околиці Зорівки і просуваються до Липівки.",
            "uk",
            "Зорівки",
            "Липівки",
        ),
        (
            "Russian tank units had reached the border of the Luhansk region "
            "and were continuing the offensive into the Kharkiv region.",
            "en",
            "Luhansk region",
            "Kharkiv region",
        ),
        (
            "Russian troops reached the outskirts of Zorivka and were "
            '"pushing on" towards Lypivka, the ministry said.',
            "en",
            "Zorivka",
            "Lypivka",
        ),
        (
            "Russian units reached the edge of Zorivka and are advancing "
            "towards Lypivka.",
            "en",
            "Zorivka",
            "Lypivka",
        ),
    ],
)
def test_line_reached_then_more_is_two_advances(
    text: str, lang: str, first: str, second: str
) -> None:
    got = _advances(text, lang)
    assert len(got) == 2
    assert all(g == "RU" for g, _ in got)
    assert first in got[0][1]
    assert second in got[1][1]
    assert first not in got[1][1]


def _captures(text: str, lang: str) -> list[tuple[str | None, list[str]]]:
    return [
        (c.gainer, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]


# XDET41 (c): a town "fully cleared" after a copula or bare in a headline ("X
# is fully cleared", "X fully cleared, says Kyiv", "was \"completely
# cleared\"") is taken, as after "been"; a commandant's office set up there is
# no non-military clause (lang EN22 capture row, lexicon.NON_MILITARY). uk/ru
# read their short forms already ("Село повністю зачищено", "полностью
# зачищена")
@pytest.mark.parametrize(
    "text",
    [
        "Zorivka fully cleared, says Kyiv",
        "As of noon, Zorivka is fully cleared, the brigade commander said.",
        'Ukrainian officers said Zorivka was "completely cleared" on Monday.',
        "The commander said the village of Zorivka is now completely cleared.",
        "The president said Zorivka had been fully cleared of Russian troops "
        "and that a military commandant's office had been set up there.",
    ],
)
def test_town_fully_cleared_is_taken(text: str) -> None:
    assert _captures(text, "en") == [("UA", ["Zorivka"])]


def test_fields_cleared_of_mines_stay_silent() -> None:
    text = "The fields near Zorivka were fully cleared of mines last year."
    assert _captures(text, "en") == []
