"""Session 32, uk/ru lane: Ukrainian and Russian claims missed or with wrong
fields, each rule in three phrasings of our own per language.

* an advance told in a relative clause opened by "де"/"где" after a comma is
  at the place named right before it ("біля X, де ворог мав успіх"):
  rules/advance.py (``_POINTER``), anaphora.WHERE; digging in there after
  a move to the place ("відійшли до X, де закріпилися") is no advance of
  its own.
"""

from __future__ import annotations

import re

import pytest
from claim_rows import PUB, Row, claim_rows

from frontline.text.claims import extract_claims


def kinds(text: str, lang: str, kind: str) -> list[Row]:
    """The rows of ``kind`` that ``text`` gives."""
    return [r for r in claim_rows(text, lang) if r[0] == kind]


@pytest.mark.parametrize(
    ("lang", "text", "gainer", "place"),
    [
        (
            "uk",
            "Ворог штурмує позиції біля Торецька, де мав частковий успіх.",
            "RU",
            "Торецька",
        ),
        (
            "uk",
            "Сили оборони контратакували під Вовчанськом, де просунулися вперед.",
            "UA",
            "Вовчанськом",
        ),
        (
            "uk",
            "Окупанти знову наступали поблизу Курахового, де мали певний успіх.",
            "RU",
            "Курахового",
        ),
        (
            "ru",
            "Противник атаковал у Торецка, где имел частичный успех.",
            "UA",
            "Торецка",
        ),
        (
            "ru",
            "ВСУ контратаковали под Волчанском, где немного продвинулись.",
            "UA",
            "Волчанском",
        ),
        (
            "ru",
            "Российские войска штурмовали окраины Курахово, где добились успеха.",
            "RU",
            "Курахово",
        ),
    ],
)
def test_an_advance_in_a_where_clause_is_at_the_place_before(
    lang: str, text: str, gainer: str, place: str
) -> None:
    rows = kinds(text, lang, "advance")
    assert [(g, pl) for _, g, _, pl, _ in rows] == [(gainer, [place])], rows


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Де ворог мав успіх, поки що невідомо."),
        ("ru", "Где противник имел успех, пока неизвестно."),
    ],
)
def test_where_with_no_place_before_stays_unplaced(lang: str, text: str) -> None:
    assert kinds(text, lang, "advance") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Наші підрозділи відійшли до Торецька, де закріпилися."),
        ("uk", "Ворог просунувся до околиць Торецька, де закріпився."),
        ("uk", "Сили оборони відступили до Вовчанська, де закріпилися на рубежі."),
        ("ru", "ВСУ отошли к Торецку, где закрепились."),
        ("ru", "Противник продвинулся к окраинам Торецка, где закрепился."),
        ("ru", "Российские войска отступили к Волчанску, где закрепились."),
    ],
)
def test_digging_in_where_is_no_advance_of_its_own(lang: str, text: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    # one claim, the move to the place; none from the digging in after "де"
    assert len(claims) == 1, claims
    assert not re.search(r"(?:де|где)\s", claims[0].quote)
