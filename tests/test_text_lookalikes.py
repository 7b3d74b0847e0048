"""Look-alike negatives and what CONVENTIONS.md leaves unannotated."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sappers have demined 1,200 hectares of liberated farmland this year.", "en"),
        ("About 60 square kilometres were flooded after the dam burst.", "en"),
        ("Russia has lost 3,000 soldiers since the beginning of the year.", "en"),
        ("Ukraine freed 95 prisoners in an exchange on Tuesday.", "en"),
        ("Washington announced a new $1 billion aid package for Ukraine.", "en"),
        ("Moscow controls about 18% of Ukraine's territory.", "en"),
        ("The Kremlin annexed four regions after staged referendums.", "en"),
        ("The village is located 30 kilometres south of Zorivka.", "en"),
        ("Russian artillery shelled the area of Zorivka overnight.", "en"),
        ("Ukraine is close to liberating Zorivka.", "en"),
        ("З початку року обстежено понад 10 тисяч гектарів сільгоспземель.", "uk"),
        ("Окупанти обстріляли Зорівку з артилерії.", "uk"),
        ("С начала года разминировано 300 гектаров сельхозугодий.", "ru"),
    ],
)
def test_no_territorial_claim(text, lang):
    assert extract_claims(text, language=lang) == []


def test_a_real_claim_next_to_a_look_alike_survives():
    text = (
        "Ukrainian forces liberated 12 square kilometres near Zorivka. "
        "Deminers then cleared 40 hectares of farmland."
    )
    claims = extract_claims(text, language="en")
    assert [(c.kind, c.area_km2) for c in claims] == [("area_change", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces captured a Russian tank near Zorivka.",
        "Two soldiers were taken prisoner near Zorivka.",
        "Special forces liberated 20 prisoners of war near Zorivka.",
        "Ukraine made progress in talks with the EU in Brussels.",
        "Kyiv reached an agreement with Warsaw on grain exports.",
        "A drone attacked an oil depot in the Bryansk region.",
        "Police recovered the bodies of three civilians in Zorivka.",
    ],
)
def test_non_territorial_uses_of_war_verbs(text):
    assert extract_claims(text, language="en") == []
