"""Session 38, lane b29left: blind29's left-overs (three phrasings of our own
per language for each rule; nothing here reads ``../shared``)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model import Claim, Place
from frontline.text.claims import extract_claims
from frontline.text.merges import _merge_coordinated_advances


def _advance(t: str, part: str, gainer: str, place: str | None) -> Claim:
    """An advance claim whose quote is ``part`` of ``t``."""
    a = t.index(part)
    return Claim(
        doc_id="",
        kind="advance",
        quote=part,
        char_start=a,
        char_end=a + len(part),
        gainer=gainer,
        places=[Place(name=place)] if place else [],
    )


# (text, the placed advance, the placeless advance after it, gainer)
_LATER_PLACELESS = [
    (
        "Russian troops advanced near Avdiivka, and moved forward again.",
        "Russian troops advanced near Avdiivka",
        "and moved forward again.",
        "RU",
    ),
    (
        "Ukrainian units gained ground at Robotyne and pushed on further.",
        "Ukrainian units gained ground at Robotyne",
        "and pushed on further.",
        "UA",
    ),
    (
        "The Russians advanced outside Toretsk, and advanced once more.",
        "The Russians advanced outside Toretsk",
        "and advanced once more.",
        "RU",
    ),
    (
        "Ворог просунувся біля Торецька, і просунувся ще далі.",
        "Ворог просунувся біля Торецька",
        "і просунувся ще далі.",
        "RU",
    ),
    (
        "Сили оборони просунулися під Роботиним та пішли вперед.",
        "Сили оборони просунулися під Роботиним",
        "та пішли вперед.",
        "UA",
    ),
    (
        "Окупанти просунулися в районі Курахового, й знову просунулися.",
        "Окупанти просунулися в районі Курахового",
        "й знову просунулися.",
        "RU",
    ),
    (
        "Российские войска продвинулись у Часов Яра, и продвинулись снова.",
        "Российские войска продвинулись у Часов Яра",
        "и продвинулись снова.",
        "RU",
    ),
    (
        "ВСУ продвинулись у Работино и пошли дальше.",
        "ВСУ продвинулись у Работино",
        "и пошли дальше.",
        "UA",
    ),
    (
        "Армия России продвинулась возле Курахово, а затем продвинулась ещё.",
        "Армия России продвинулась возле Курахово",
        "а затем продвинулась ещё.",
        "RU",
    ),
]


@pytest.mark.parametrize(("t", "placed", "placeless", "gainer"), _LATER_PLACELESS)
def test_later_placeless_advance_joins_with_a_whole_quote(
    t: str, placed: str, placeless: str, gainer: str
) -> None:
    """A placeless advance joined by "and" after a placed one is one claim
    with it, quoted from the first's start to the second's end (it was an
    empty quote: the later claim's start and the earlier one's end)."""
    later = _advance(t, placeless, gainer, None)
    first = _advance(t, placed, gainer, "X")
    out = _merge_coordinated_advances([later, first], t, 0)
    assert len(out) == 1
    c = out[0]
    assert c.quote == t[c.char_start : c.char_end]
    assert c.quote.startswith(placed) and c.quote.endswith(placeless)


@pytest.mark.parametrize(("t", "placed", "placeless", "gainer"), _LATER_PLACELESS)
def test_earlier_placeless_advance_still_joins(
    t: str, placed: str, placeless: str, gainer: str
) -> None:
    """The order of the list does not matter: the span is the same."""
    later = _advance(t, placeless, gainer, None)
    first = _advance(t, placed, gainer, "X")
    out = _merge_coordinated_advances([first, later], t, 0)
    assert [(c.char_start, c.char_end) for c in out] == [(0, len(t))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Российские войска продвинулись у Часов Яра, и ВСУ отступили.", "ru"),
        ("Российские войска продвинулись у Торецка, и ВСУ отошли назад.", "ru"),
        ("Российские части продвинулись у Курахово, и ВСУ отступили.", "ru"),
    ],
)
def test_no_claim_has_an_empty_quote(text: str, language: str) -> None:
    """Every claim quotes some of its text, in the text's own span."""
    claims = extract_claims(text, published=date(2024, 3, 1), language=language)
    assert claims
    for c in claims:
        assert c.quote.strip()
        assert c.char_start < c.char_end
        assert text[c.char_start : c.char_end] == c.quote


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "At one point, Ukraine said it controlled about 900 square kilometres "
            "of Russian territory, a figure that has since shrunk, according to "
            "open-source analysts.",
            "en",
            "Ukraine",
        ),
        (
            "Kyiv said it had liberated 40 square kilometres near Bakhmut, "
            "according to Reuters.",
            "en",
            "Kyiv",
        ),
        (
            "Moscow said its troops captured Avdiivka, according to local media.",
            "en",
            "Moscow",
        ),
        (
            "Генштаб заявив, що ворог захопив Авдіївку, за даними DeepState.",
            "uk",
            "Генштаб",
        ),
        (
            "Міноборони Росії заявило, що окупанти захопили Очеретине, за даними "
            "агентства Укрінформ.",
            "uk",
            "Міноборони Росії",
        ),
        (
            "Сирський повідомив, що ЗСУ звільнили Роботине, за словами журналістів.",
            "uk",
            "Сирський",
        ),
        (
            "Минобороны России заявило, что войска заняли Очеретино, по данным "
            "агентства ТАСС.",
            "ru",
            "Минобороны России",
        ),
        (
            "Генштаб ВСУ сообщил, что противник захватил Авдеевку, согласно данным "
            "DeepState.",
            "ru",
            "Генштаб ВСУ",
        ),
        (
            "Сырский заявил, что ВСУ освободили Работино, по словам журналистов.",
            "ru",
            "Сырский",
        ),
    ],
)
def test_own_speaker_before_a_later_source(
    text: str, language: str, speaker: str
) -> None:
    """ "X said …, according to Y": the nearer speaker X owns the clause."""
    claims = extract_claims(text, published=date(2024, 3, 1), language=language)
    assert [c.claimant for c in claims] == [speaker]
