# ruff: noqa: E501  (one test sentence a line reads best)
"""Places named by pointing back (session 28, lane ``anaphora``), in three
phrasings of our own per language. No ../shared data is read."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 6, 6)


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    claims = extract_claims(text, language=lang, published=DAY)
    return [(c.kind, c.gainer, [p.name for p in c.places]) for c in claims]


# --- an interview: "— А X?" asked, "— Там …" answered -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "— Як справи в Костянтинівці?\n\n— А Торецьк?\n\n— Там тривають важкі бої, ворог штурмує щодня.",
            "uk",
            "Торецьк",
        ),
        ("— А Курахове?\n\n— Тут ідуть бої за кожну вулицю.", "uk", "Курахове"),
        (
            "— І Вугледар?\n\n— Місто ми досі тримаємо, бої тривають на околицях.",
            "uk",
            "Вугледар",
        ),
        (
            "— Что с Покровском?\n\n— А Мирноград?\n\n— Там идут тяжелые бои, противник атакует каждый день.",
            "ru",
            "Мирноград",
        ),
        ("— А Торское?\n\n— Здесь идут бои за каждый дом.", "ru", "Торское"),
        (
            "— А Невское?\n\n— Деревню держим третий месяц, бои идут на окраинах.",
            "ru",
            "Невское",
        ),
        (
            "— And Chasiv Yar?\n\n— There, fighting continues every day.",
            "en",
            "Chasiv Yar",
        ),
    ],
)
def test_a_dialogue_answer_points_back_to_the_place_asked_about(
    text: str, lang: str, place: str
) -> None:
    claims = _claims(text, lang)
    fights = [c for c in claims if c[0] == "fighting"]
    assert fights, claims
    assert all(c[2] == [place] for c in claims), claims
