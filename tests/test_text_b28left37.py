"""Missed and spurious claims left in blind28 after session 37's first lanes
(lane b28left): own phrasings only, three per language; nothing here reads
``../shared``."""

from __future__ import annotations

import pytest
from claim_rows import PUB

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=PUB, language=lang)


# --- an advance denied over a span of days needs no place ------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The General Staff said Russian forces had not advanced over the "
            "past 24 hours.",
            "en",
        ),
        ("Russian forces have made no advances over the past week, Kyiv said.", "en"),
        (
            "Russian troops failed to advance over the past week, the command said.",
            "en",
        ),
        ("Генштаб повідомив, що за минулу добу ворог не просунувся.", "uk"),
        ("За минулий тиждень окупанти не просунулися, заявили в ЗСУ.", "uk"),
        ("Командування повідомило, що за добу ворог не просунувся.", "uk"),
        (
            "Украинское командование заявило, что противник за прошедшие сутки "
            "не продвинулся.",
            "ru",
        ),
        (
            "По данным Генштаба, за минувшую неделю российские войска не продвинулись.",
            "ru",
        ),
        (
            "В течение суток российские войска не продвинулись, сообщил Генштаб ВСУ.",
            "ru",
        ),
    ],
)
def test_advance_denied_over_a_span_is_a_claim(text, lang):
    (c,) = _claims(text, lang)
    assert c.kind == "advance"
    assert c.negated is True
    assert c.gainer == "RU"
    assert c.places == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces advanced over the past week, Kyiv said.", "en"),
        ("За минулу добу ворог просунувся.", "uk"),
        ("За сутки противник продвинулся.", "ru"),
    ],
)
def test_unplaced_advance_over_a_span_stays_unclaimed(text, lang):
    assert not [c for c in _claims(text, lang) if c.kind == "advance"]


# --- reaching a border or line with a word before it is an advance ---------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Russian units reached the western border of Donetsk region.",
            "en",
            "Donetsk",
        ),
        (
            "Russian troops have reached the administrative border of "
            "Dnipropetrovsk region, the ministry said.",
            "en",
            "Dnipropetrovsk",
        ),
        (
            "Russian assault groups reached the northern border of "
            "Zaporizhzhia region.",
            "en",
            "Zaporizhzhia",
        ),
        (
            "Російські підрозділи вийшли до західного кордону Донецької області.",
            "uk",
            "Донецьк",
        ),
        (
            "Російські штурмові групи вийшли до північного кордону "
            "Запорізької області.",
            "uk",
            "Запорізьк",
        ),
        (
            "Ворог вийшов до адміністративного кордону Дніпропетровської області.",
            "uk",
            "Дніпропетровськ",
        ),
        (
            "Подразделения бригады вышли к западной границе Донецкой области.",
            "ru",
            "Донецк",
        ),
        (
            "Штурмовые группы вышли к северной границе Запорожской области, "
            "сообщило Минобороны.",
            "ru",
            "Запорожск",
        ),
        (
            "Российские войска вышли к административной границе "
            "Днепропетровской области.",
            "ru",
            "Днепропетровск",
        ),
    ],
)
def test_reaching_a_named_border_is_an_advance(text, lang, place):
    (c,) = _claims(text, lang)
    assert c.kind == "advance"
    assert c.gainer == "RU"
    assert any(place in p.name for p in c.places)
