"""Advance families of session 21, each in three phrasings of our own per
language.

Ground not given up ("not a single metre", "ні метра не віддали", "ни шагу
не отдали"): a denied advance of the side that would have gained, located
where the sentence tells of, never a settlement the defender kept.

An entry into the centre of a town (English) is partial control of the town,
as an entry into its districts or a part of it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)


def claims(text: str, lang: str) -> list[tuple[str, str | None, bool, list[str]]]:
    return [
        (c.kind, c.gainer, c.negated, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        (
            "Ukrainian defenders have not given up a single metre near Siversk.",
            "en",
            "RU",
            "Siversk",
        ),
        (
            "Near Lyman, our brigade didn't cede an inch to the enemy, he said.",
            "en",
            "RU",
            "Lyman",
        ),
        (
            "Russian paratroopers never yielded one step near Krynky, Moscow said.",
            "en",
            "UA",
            "Krynky",
        ),
        ("Під Сіверськом наші бійці ні метра не віддали.", "uk", "RU", "Сіверськом"),
        ("Оборонці не віддали ворогу жодного метра біля Лимана.", "uk", "RU", "Лимана"),
        (
            "Біля Кринок росіяни не відступили ні на крок, визнав речник.",
            "uk",
            "UA",
            "Кринок",
        ),
        ("Российские десантники ни шагу не отдали у Кринок.", "ru", "UA", "Кринок"),
        (
            "ВСУ не сдали противнику ни одного метра у Лимана, утверждает Киев.",
            "ru",
            "RU",
            "Лимана",
        ),
        ("Наши бойцы не отдали врагу ни пяди у Сиверска.", "ru", "UA", "Сиверска"),
    ],
)
def test_ground_not_given_up_is_a_denied_advance_of_the_other_side(
    text, lang, gainer, place
):
    made = claims(text, lang)
    assert [c for c in made if c[0] == "advance"] == [
        ("advance", gainer, True, [place])
    ]
    assert not [c for c in made if c[0] == "settlement_control"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Enemy assault groups attacked near Siversk all week. We have not given "
            "up a single metre.",
            "en",
        ),
        ("Ворог штурмує позиції біля Сіверська, але ні метра не віддали.", "uk"),
        ("Противник контратакует у Сиверска, но без успеха: ни метра не отдали.", "ru"),
    ],
)
def test_ground_not_given_up_takes_the_place_told_just_before(text, lang):
    made = [c for c in claims(text, lang) if c[0] == "advance"]
    assert len(made) == 1 and made[0][2] is True
    assert made[0][3] and made[0][3][0].startswith(("Siversk", "Сіверськ", "Сиверск"))


@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Russian assault groups have entered the centre of Toretsk.", "RU", "Toretsk"),
        ("Ukrainian units pushed into the center of Sudzha on Friday.", "UA", "Sudzha"),
        ("Russian troops broke into the city centre of Kurakhove.", "RU", "Kurakhove"),
    ],
)
def test_an_entry_into_the_centre_of_a_town_is_partial_control(text, gainer, place):
    (claim,) = extract_claims(text, published=PUB, language="en")
    assert (claim.kind, claim.gainer, [p.name for p in claim.places]) == (
        "settlement_control",
        gainer,
        [place],
    )
    assert claim.extra.get("partial") is True
