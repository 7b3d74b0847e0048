"""Session 37, Ukrainian and Russian tallies and official reports: phrasings
of our own.

* a hedge between the speaker and the verb ("Міноборони РФ нібито заявило",
  "Минобороны России якобы заявило", "the ministry, apparently, said") is no
  part of the speaker's name (claimants._TRAIL; lang SPEAKER_HEDGES).
* a dozen and a hundred told as counting nouns ("дюжину сіл", "сотню
  гектарів", "півтори сотні гектарів", "полторы сотни квадратных
  километров", "более дюжины населённых пунктов") are figures; their plurals
  alone stay vague ("сотні гектарів"); ru losses counted before "сёл" and
  after "полтора" are read (numbers.group_noun, lang ru/uk _COUNT).
* a denial's speaker after a conjunction and a preposition ("проте у ЗСУ це
  спростували", "однако в ВСУ это опровергли") is the body, without "у"/"в"
  (pointing_back._OPENING_WORD).
* "зможе/зможуть", "сможет/смогут" before an attack verb are prospective: no
  fight (rules/fighting._PROSPECTIVE_BEFORE).
* an advance verb joined by "та/і/и/and" to a capture before it ("захопив X
  та просунувся біля Y") takes only its own place, not the captured one
  (rules/advance._JOINED_VERB).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2024-10-15"


def _only(text: str, lang: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Міноборони РФ нібито заявило про захоплення Новогродівки.",
            "Міноборони РФ",
        ),
        ("uk", "Генштаб ЗСУ ймовірно підтвердив відхід з Вугледара.", "Генштаб ЗСУ"),
        (
            "ru",
            "Минобороны России якобы заявило об освобождении Новогродовки.",
            "Минобороны России",
        ),
        ("ru", "Пушилин предположительно сообщил о взятии Курахово.", "Пушилин"),
        (
            "en",
            "The Russian ministry, apparently, said its forces captured Avdiivka.",
            "The Russian ministry",
        ),
    ],
)
def test_hedge_after_speaker_is_no_part_of_name(lang, text, claimant):
    claim = _only(text, lang)
    assert claim.claimant == claimant
    assert claim.hedged or lang == "en"


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("uk", "Ворог за тиждень захопив дюжину сіл.", 12),
        ("ru", "Российские войска заняли дюжину сёл за неделю.", 12),
        ("ru", "ВСУ потеряли более дюжины населённых пунктов.", 12),
        ("ru", "ВСУ потеряли полтора десятка сёл.", 15),
        ("uk", "ЗСУ втратили дюжину сіл.", 12),
    ],
)
def test_dozen_counts_settlements(lang, text, count):
    claim = _only(text, lang)
    assert claim.kind == "settlement_control"
    assert claim.extra.get("settlements_count") == count


@pytest.mark.parametrize(
    ("lang", "text", "area"),
    [
        ("uk", "ЗСУ звільнили сотню гектарів поблизу Роботиного.", 1.0),
        ("uk", "ЗСУ звільнили півтори сотні гектарів поблизу Роботиного.", 1.5),
        ("ru", "ВС РФ освободили полторы сотни квадратных километров.", 150.0),
    ],
)
def test_hundred_as_group_is_an_area(lang, text, area):
    claim = _only(text, lang)
    assert claim.kind == "area_change"
    assert claim.area_km2 == pytest.approx(area)


def test_hundreds_alone_stay_vague():
    claims = extract_claims(
        "Ворог захопив сотні гектарів.", published=PUB, language="uk"
    )
    assert all(c.area_km2 is None for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Ворог нібито захопив Новогродівку, проте у ЗСУ це спростували.",
            "ЗСУ",
        ),
        (
            "uk",
            "Ворог нібито захопив Новогродівку, однак у Генштабі це спростували.",
            "Генштабі",
        ),
        (
            "ru",
            "Российские войска якобы заняли Новогродовку, однако в ВСУ это опровергли.",
            "ВСУ",
        ),
    ],
)
def test_denier_after_conjunction_and_preposition(lang, text, claimant):
    claims = extract_claims(text, published=PUB, language=lang)
    denied = [c for c in claims if c.negated]
    assert denied and denied[0].claimant == claimant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Якщо ворог захопить Покровськ, він зможе наступати на Дніпро."),
        ("uk", "Окупанти зможуть наступати на Костянтинівку."),
        ("ru", "Противник сможет наступать на Днепропетровскую область."),
        ("ru", "Российские войска смогут атаковать Константиновку."),
    ],
)
def test_able_to_attack_is_prospective(lang, text):
    assert extract_claims(text, published=PUB, language=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("uk", "Ворог захопив Кругляківку та просунувся біля Торецька.", ["Торецька"]),
        (
            "uk",
            "Окупанти окупували Новоселівку та просунулися біля Сухої Балки.",
            ["Сухої Балки"],
        ),
        (
            "ru",
            "Российские войска заняли Новоселовку Первую и продвинулись у Торецка.",
            ["Торецка"],
        ),
    ],
)
def test_advance_after_capture_keeps_its_own_place(lang, text, places):
    claims = extract_claims(text, published=PUB, language=lang)
    advances = [c for c in claims if c.kind == "advance"]
    assert len(advances) == 1
    assert [p.name for p in advances[0].places] == places
