"""Session 34, uk/ru lane: Ukrainian and Russian detection, each kept rule in
three phrasings of our own per language, and near phrasings that stay as they
were.

* an advance denied by "not a metre" right after its verb ("не просунулися ні
  на метр", "не продвинулись ни на шаг") is a denied advance of its side even
  with no place named (rules/advance._not_a_metre; lang NOT_A_METRE).
"""

from __future__ import annotations

import pytest
from claim_rows import claim_rows


def advances(text: str, lang: str) -> list[tuple[str | None, bool]]:
    """(gainer, negated) of the advance rows of ``text``."""
    return [(r[1], r[2]) for r in claim_rows(text, lang) if r[0] == "advance"]


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Окупанти не просунулися ні на крок.", "RU"),
        ("uk", "Сили оборони не просунулися ні на метр, визнав речник.", "UA"),
        (
            "uk",
            "Російські війська за тиждень не змогли просунутися ні на метр.",
            "RU",
        ),
        ("ru", "ВСУ не продвинулись ни на метр, заявил Минобороны России.", "UA"),
        ("ru", "Российские войска за неделю не продвинулись ни на шаг.", "RU"),
        ("ru", "ВСУ за сутки так и не продвинулись ни на один метр.", "UA"),
    ],
)
def test_not_a_metre_is_a_denied_advance(lang: str, text: str, gainer: str) -> None:
    assert advances(text, lang) == [(gainer, True)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти за добу не просунулися."),
        ("ru", "Противник за сутки не продвинулся."),
    ],
)
def test_denied_advance_with_no_depth_and_no_place_stays_unclaimed(
    lang: str, text: str
) -> None:
    assert advances(text, lang) == []
