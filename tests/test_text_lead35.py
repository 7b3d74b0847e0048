"""Session 35, lead: "one more village" told in Ukrainian and Russian.

"ще одне село" / "ещё одно село" is a capture of one unnamed settlement, as
"one more village" already was in English: the singular "село" counts as the
plural did, and "одне" / "одну" read as one. Phrasings are our own; nothing
here reads ``../shared``.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims
from frontline.text.numbers import word_value


@pytest.mark.parametrize(
    ("text", "language", "gainer"),
    [
        ("Окупанти захопили ще одне село на Покровському напрямку.", "uk", "RU"),
        ("Сили оборони звільнили ще одне село на півдні.", "uk", "UA"),
        ("Ворог окупував ще одне село в Донецькій області, повідомив ISW.", "uk", "RU"),
        ("Российские войска заняли ещё одно село.", "ru", "RU"),
        ("ВСУ освободили ещё одно село под Купянском, заявил Генштаб.", "ru", "UA"),
        ("Армия России взяла под контроль еще одно село на юге.", "ru", "RU"),
    ],
)
def test_one_more_village_is_one_settlement(text: str, language: str, gainer: str):
    claims = extract_claims(text, published=PUB, language=language)
    counted = [c for c in claims if c.kind == "settlement_control"]
    assert len(counted) == 1, text
    assert counted[0].gainer == gainer
    assert counted[0].extra.get("settlements_count") == 1


@pytest.mark.parametrize("word", ["одне", "одну", "одно"])
def test_one_in_every_gender_reads_as_one(word: str):
    assert word_value(word) == (1, False)


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Ворог захопив село Кліщіївка.", "uk", "Кліщіївка"),
        ("Российские войска заняли село Невское.", "ru", "Невское"),
        ("ЗСУ звільнили село Роботине.", "uk", "Роботине"),
    ],
)
def test_a_named_village_stays_named_and_uncounted(text: str, language: str, place):
    claims = extract_claims(text, published=PUB, language=language)
    assert [[p.name for p in c.places] for c in claims] == [[place]]
    assert claims[0].extra.get("settlements_count") is None
