"""Session 35 probe: defects of text structure and formatting (probefmt).

Phrasings of our own; see "Session 35: probefmt" in docs/claims-engine.md.
"""

from __future__ import annotations

from datetime import date

from frontline.text.claims import extract_claims

DAY = date(2024, 10, 3)


def _one(text: str, lang: str):
    claims = extract_claims(text, published=DAY, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


def test_html_entity_reads_as_its_character() -> None:
    c = _one("Russian troops took the village of Hostre,&nbsp;the ministry said.", "en")
    assert [p.name for p in c.places] == ["Hostre"]
    assert c.claimant == "the ministry"
    assert "&nbsp" not in c.quote
    c = _one(
        "Окупанти захопили село Острe,&#160;повідомили в ISW.".replace("e,", "е,"), "uk"
    )
    assert c.claimant == "ISW" and c.gainer == "RU"
    text = "ВС РФ освободили &laquo;Острое&raquo;,&nbsp;сообщили в&nbsp;Минобороны."
    c = _one(text, "ru")
    assert c.claimant and c.claimant.startswith("Минобороны")
    assert c.quote == text[c.char_start : c.char_end]


def test_sentence_split_across_paragraphs_is_one_sentence() -> None:
    text = "Ukrainian troops have recaptured\n\nthe village of Robotyne, Kyiv said."
    c = _one(text, "en")
    assert [p.name for p in c.places] == ["Robotyne"] and c.gainer == "UA"
    assert c.quote == text[c.char_start : c.char_end]
    c = _one("Російські війська захопили\n\nселище Нью-Йорк, повідомили в ISW.", "uk")
    assert [p.name for p in c.places] == ["Нью-Йорк"] and c.gainer == "RU"
    c = _one(
        "Российские войска освободили,\n\nпо данным Минобороны, село Острое.", "ru"
    )
    assert [p.name for p in c.places] == ["Острое"] and c.gainer == "RU"


def test_nominative_sector_label_is_the_sector() -> None:
    c = _one("• Покровський напрямок: ворог просунувся біля Мирнограда.", "uk")
    assert c.sector == "Покровський напрямок" and c.gainer == "RU"
    c = _one("Лиманское направление: ВС РФ продвинулись у Торского.", "ru")
    assert c.sector == "Лиманское направление"
    c = _one("2) Курахівський напрямок: окупанти просунулися біля Гірника.", "uk")
    assert c.sector == "Курахівський напрямок"
    assert [p.name for p in c.places] == ["Гірника"]
