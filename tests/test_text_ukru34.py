"""Session 34, uk/ru lane: Ukrainian and Russian detection, each kept rule in
three phrasings of our own per language, and near phrasings that stay as they
were.

* an advance denied by "not a metre" right after its verb ("не просунулися ні
  на метр", "не продвинулись ни на шаг") is a denied advance of its side even
  with no place named (rules/advance._not_a_metre; lang NOT_A_METRE).
* encircled units being destroyed, told by a noun ("уничтожение окружённых
  подразделений", "знищення оточених підрозділів") is a fight, as the verb
  already was (lang ru/uk fight rows).
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
        # (session 37 b28left: a denial over a span of days, "за добу не
        # просунулися", is a claim of the whole front; a bare denial stays none)
        ("uk", "Окупанти так і не просунулися."),
        ("ru", "Противник так и не продвинулся."),
    ],
)
def test_denied_advance_with_no_depth_and_no_place_stays_unclaimed(
    lang: str, text: str
) -> None:
    assert advances(text, lang) == []


def fights(text: str, lang: str) -> list[list[str]]:
    """The places of the fighting rows of ``text``."""
    return [r[3] for r in claim_rows(text, lang) if r[0] == "fighting"]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "ru",
            "В Димитрове продолжается уничтожение окружённых подразделений.",
            "Димитрове",
        ),
        (
            "ru",
            "У Покровска идет ликвидация блокированных групп противника.",
            "Покровска",
        ),
        (
            "ru",
            "Под Курахово продолжается добивание окруженных формирований.",
            "Курахово",
        ),
        (
            "uk",
            "У Покровську триває знищення оточених підрозділів ворога.",
            "Покровську",
        ),
        (
            "uk",
            "Біля Вовчанська Сили оборони добивають заблоковані групи.",
            "Вовчанська",
        ),
        (
            "uk",
            "У районі Часового Яру триває ліквідація оточених штурмовиків.",
            "Часового Яру",
        ),
    ],
)
def test_destroying_encircled_units_is_a_fight(
    lang: str, text: str, place: str
) -> None:
    assert fights(text, lang) == [[place]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Димитрове продолжается уничтожение складов противника."),
        ("uk", "У Покровську триває знищення ворожих складів."),
    ],
)
def test_destroying_what_is_not_encircled_stays_no_fight(lang: str, text: str) -> None:
    assert fights(text, lang) == []
