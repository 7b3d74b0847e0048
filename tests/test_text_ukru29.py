"""Session 29, uk/ru lane: an advance left unconfirmed by the other side
("Украинская сторона эти данные не подтверждает") makes no negated advance
(``pointing_back._pointed_claim``): not confirming a movement denies no place,
while a settlement left unconfirmed still is a denial of it; an answer or
discourse word opening a sentence ("Ні, …", "Нет, …", "Звісно, …") is no
place (``lang.{uk,ru}.DISCOURSE_WORDS``). Three phrasings of our own per
language (never a corpus sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 10, 1)


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Як заявив речник угруповання, найбільше ворог просунувся біля "
            "Лозової. Українська сторона ці дані не підтверджує.",
            "uk",
        ),
        (
            "Російські війська просунулися на два кілометри поблизу Кам'янки. "
            "Генштаб ЗСУ цього не підтвердив.",
            "uk",
        ),
        (
            "Російські підрозділи, за словами окупантів, просунулися біля "
            "Лозової. У Силах оборони не підтвердили цю інформацію.",
            "uk",
        ),
        (
            "По словам генерала, наибольшее продвижение достигнуто у Лозовой. "
            "Украинская сторона эти данные не подтверждает.",
            "ru",
        ),
        (
            "Российские войска продвинулись на два километра у Каменки. "
            "В ВСУ этого не подтвердили.",
            "ru",
        ),
        (
            "Как заявили в Минобороны, подразделения продвинулись у Лозовой. "
            "Киев не подтверждает эту информацию.",
            "ru",
        ),
    ],
)
def test_an_unconfirmed_advance_makes_no_claim(text: str, lang: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [c.kind for c in claims] == ["advance"]
    (advance,) = claims
    assert advance.gainer == "RU" and not advance.negated
    assert not advance.extra.get("anaphora")
    second = text.index(". ") + 2
    assert all(c.char_start < second for c in claims)


@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Міноборони РФ заявило, що його війська захопили Лозову. "
            "Українська сторона ці дані не підтверджує.",
            "uk",
            "Лозову",
        ),
        (
            "Минобороны РФ заявило, что войска освободили Каменку. "
            "Украинская сторона эти данные не подтверждает.",
            "ru",
            "Каменку",
        ),
    ],
)
def test_an_unconfirmed_capture_is_still_denied(
    text: str, lang: str, place: str
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    denied = [c for c in claims if c.extra.get("anaphora")]
    assert [c.kind for c in denied] == ["settlement_control"]
    assert denied[0].negated and denied[0].gainer == "RU"
    assert [p.name for p in denied[0].places] == [place]


# --- an answer or discourse word opening a sentence is no place ("Ні, …",
# "Так, …", "Нет, …", "Конечно, …"; lang: DISCOURSE_WORDS) --------------------
@pytest.mark.parametrize(
    "text, lang, kind, places",
    [
        (
            "Ні, Кам'янка не під контролем росіян.",
            "uk",
            "settlement_control",
            ["Кам'янка"],
        ),
        ("Звісно, біля Лозової тривають бої.", "uk", "fighting", ["Лозової"]),
        (
            "Можливо, ворог утримує частину Кам'янки.",
            "uk",
            "settlement_control",
            ["Кам'янки"],
        ),
        ("Нет, Каменка не под контролем ВСУ.", "ru", "settlement_control", ["Каменка"]),
        ("Конечно, у Лозовой идут бои.", "ru", "fighting", ["Лозовой"]),
        (
            "Возможно, противник удерживает часть Каменки.",
            "ru",
            "settlement_control",
            ["Каменки"],
        ),
    ],
)
def test_a_discourse_word_is_no_place(
    text: str, lang: str, kind: str, places: list[str]
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert [c.kind for c in claims] == [kind]
    assert [p.name for p in claims[0].places] == places
