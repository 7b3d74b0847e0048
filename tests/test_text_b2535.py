"""Claimants from blind25's error classes, session 35 (lane b25): own
phrasings only, three per language; nothing here reads ``../shared``.

A body named in the locative and in lower case before its verb, after a
linking adverb ("Тим часом в окупаційній адміністрації стверджують, що …",
"При этом в российском военном ведомстве заявили, что …") is the speaker of
its sentence: the body, without the preposition."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows, claimants

from frontline.text.claimants import find_claimant


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Тим часом в окупаційній адміністрації стверджують, що російські "
            "війська захопили Роботине.",
            "окупаційній адміністрації",
        ),
        (
            "Водночас у російському військовому відомстві заявили, що їхні "
            "підрозділи зайняли Кліщіївку.",
            "російському військовому відомстві",
        ),
        (
            "Раніше у командуванні угруповання повідомили, що росіяни "
            "захопили Новоселівку.",
            "командуванні угруповання",
        ),
    ],
)
def test_uk_lower_case_body_in_the_locative_speaks(text: str, body: str) -> None:
    """uk: the body after "в/у" in lower case is the claim's speaker."""
    assert claim_rows(text, "uk")[0][0] == "settlement_control"
    assert claimants(text, "uk") == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Тем временем в оккупационной администрации утверждают, что "
            "российские войска заняли Работино.",
            "оккупационной администрации",
        ),
        (
            "При этом в российском военном ведомстве заявили, что войска "
            "освободили Клещеевку.",
            "российском военном ведомстве",
        ),
        (
            "Ранее в пресс-службе группировки сообщили, что подразделения "
            "заняли Новоселовку.",
            "пресс-службе группировки",
        ),
    ],
)
def test_ru_lower_case_body_in_the_locative_speaks(text: str, body: str) -> None:
    """ru: the body after "в/во" in lower case is the claim's speaker."""
    assert claim_rows(text, "ru")[0][0] == "settlement_control"
    assert claimants(text, "ru") == [body]


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "На фронті ворог просунувся біля Роботиного, повідомили у бригаді.",
            "uk",
            "бригаді",
        ),
        (
            "В результате противник продвинулся у Работино, сообщили в штабе.",
            "ru",
            "штабе",
        ),
        ("У нас на напрямку спокійно, заявив речник.", "uk", "речник"),
    ],
)
def test_a_place_or_circumstance_is_no_body(
    sentence: str, lang: str, name: str
) -> None:
    """A place ("на фронті") or a circumstance before the verb is no body:
    the speaker named after the verb is."""
    c = find_claimant(sentence, lang)
    assert c is not None and c.name == name
