"""Session 40, lane xstmt: the end day of undated claims (statement day,
publication day, carried day), tested on phrasings of our own (three per
language)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 13)  # a Friday
WEDNESDAY = date(2024, 9, 11)


# XSTMT40 (a): the other side's denial ("… це спростували", "… это
# опровергли", "… denied it") of a claim only said on a day ("said on
# Wednesday that its troops had captured X") is made on its own statement
# day, not on the day the claim was said
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia's defence ministry said on Wednesday that its troops had "
            "fully captured Novohrodivka. Ukraine's General Staff denied it.",
            "en",
        ),
        (
            "The Kremlin said on Wednesday that its forces had seized Hirnyk. "
            "Oleksandr Syrskyi denied this.",
            "en",
        ),
        (
            "A Russian spokesman said on Wednesday that Moscow's units had taken "
            "Selydove. Ukraine's General Staff rejected this.",
            "en",
        ),
        (
            "Міноборони Росії в середу заявило, що нібито повністю захопило "
            "Новогродівку. У Генштабі ЗСУ це спростували.",
            "uk",
        ),
        (
            "Російські військові в середу повідомили, що їхні війська закріпилися "
            "в Українську. Командування ЗСУ це заперечило.",
            "uk",
        ),
        (
            "Речник російського угруповання в середу сказав, що їхні підрозділи "
            "взяли Красногорівку. Сили оборони спростували цю заяву.",
            "uk",
        ),
        (
            "Минобороны РФ в среду заявило, что войска полностью взяли "
            "Новогродовку. ВСУ это опровергли.",
            "ru",
        ),
        (
            "Представитель группировки в среду сказал, что войска заняли "
            "Красногоровку. Генштаб ВСУ опроверг это заявление.",
            "ru",
        ),
        (
            "Российские военные в среду объявили о полном взятии Селидово. "
            "Генштаб ВСУ это опроверг.",
            "ru",
        ),
    ],
)
def test_a_denial_of_a_claim_said_on_a_day_is_of_its_own_day(
    text: str, lang: str
) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    said = [c for c in claims if not c.negated]
    denied = [c for c in claims if c.negated]
    assert said and denied, [(c.kind, c.negated, c.quote) for c in claims]
    assert said[0].period_end == WEDNESDAY
    assert said[0].period_start is None
    assert denied[0].period_end == PUB
    assert denied[0].period_start is None
    assert denied[0].period_text is None


def test_a_denial_of_a_dated_event_keeps_its_day() -> None:
    # control: an event of its own day ("dug in on Monday") is what is
    # denied: the denial keeps that day (as before)
    text = "Russian troops dug in near Krynky on Monday. Kyiv's army denied this."
    claims = extract_claims(text, published=PUB, language="en")
    denied = [c for c in claims if c.negated]
    assert denied and denied[0].period_end == date(2024, 9, 9)
