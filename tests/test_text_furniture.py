"""Page furniture on plain text: ads, teasers, captions, footers are skipped."""

from __future__ import annotations

from frontline.text.claims import extract_claims
from frontline.text.clean import furniture_lines, sentences

PAGE = """Ukrainian troops retook 6 square kilometres near Zorivka, officials said.

Photo: Ukrainian soldiers near Zorivka
Soldiers rest in a trench outside Zorivka, spring 2024
Soldiers rest in a trench outside Zorivka, spring 2024

Advertisement

Other Topics of Interest
Russia captures Stepanivka in surprise push
Analysts say the village had been shelled for weeks.

Heavy fighting continues near Pylypivka, the general staff said.

Read also: Russian forces seize Kamianka after long siege

To suggest a correction or clarification, write to us here
"""


def test_furniture_lines_are_found():
    lines = PAGE.split("\n")
    furn = {lines[i] for i in furniture_lines(lines)}
    assert "Advertisement" in furn
    assert "Soldiers rest in a trench outside Zorivka, spring 2024" in furn
    assert "Russia captures Stepanivka in surprise push" in furn
    assert not any(line.startswith("Ukrainian troops retook") for line in furn)


def test_claims_in_furniture_are_not_claims_of_the_article():
    claims = extract_claims(PAGE, language="en")
    assert [(c.kind, c.places[0].name) for c in claims] == [
        ("area_change", "Zorivka"),
        ("fighting", "Pylypivka"),
    ]
    assert all(PAGE[c.char_start : c.char_end] == c.quote for c in claims)


def test_sentences_keep_exact_offsets():
    text = "Kyiv said on Sept. 5 that troops held. Moscow disagreed!\nNew line here."
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in sentences(text)] == [
        "Kyiv said on Sept. 5 that troops held.",
        "Moscow disagreed!",
        "New line here.",
    ]


def test_ukrainian_related_links_are_skipped():
    text = (
        "Сили оборони звільнили село Зорівка.\n\nЧитайте також:\n"
        "Окупанти захопили Степанівку\n"
    )
    claims = extract_claims(text, language="uk")
    assert [c.places[0].name for c in claims] == ["Зорівка"]


def test_photo_captions_with_agency_credits_are_skipped():
    text = (
        "Ukrainian troops recaptured the village of Zorivka, the army said.\n\n"
        "Soldiers fire a mortar towards Russian positions near Stepanivka, "
        "July 4, 2024. REUTERS/Jane Doe\n\n"
        "Russian forces captured Pylypivka on Monday."
    )
    claims = extract_claims(text, language="en")
    assert [c.places[0].name for c in claims] == ["Zorivka", "Pylypivka"]


def test_more_teaser_block_markers_and_longer_headline_lists():
    from datetime import date as _date

    from frontline.text.claims import extract_claims as _extract

    page = (
        "Russia's army said on Monday it had taken the village of Zorivka.\n\n"
        "RELATED COVERAGE\n"
        "Ukraine says it repelled attacks near Stepanivka\n"
        "Russia claims gains near Pylypivka\n"
        "Kyiv retakes village of Novenke, officials say\n\n"
        "You may also like:\n"
        "Ukrainian troops liberate Robotyne\n\n"
        "Популярне\n"
        "ЗСУ звільнили Кліщіївку\n"
    )
    claims = _extract(page, published=_date(2024, 6, 12), language="en")
    assert [c.places[0].name for c in claims] == ["Zorivka"]
