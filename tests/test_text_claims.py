"""The orchestrator: kinds, offsets, restatements, records, robustness."""

from __future__ import annotations

import json
from datetime import UTC, date

import pytest

from frontline.model import Claim
from frontline.text.claims import claim_to_record, detect_language, extract_claims

STORY = """Ukraine retakes 9 sq km near Zorivka, general says

Ukrainian troops retook 9 square kilometres near Zorivka last week and 3 square \
kilometres on the southern front, General Petro Savchuk said on Monday.

"In total, 41 square kilometres have been liberated in this area," he added.

Russian forces captured the village of Stepanivka, which Ukraine had retaken in \
May, the Russian defence ministry said.

Heavy fighting continues near Pylypivka."""


def test_kinds_offsets_and_frames():
    claims = extract_claims(
        STORY, doc_id="s1", published=date(2024, 3, 4), language="en"
    )
    for c in claims:
        assert isinstance(c, Claim) and c.doc_id == "s1"
        assert STORY[c.char_start : c.char_end] == c.quote
    frames = [(c.kind, c.gainer, c.area_km2) for c in claims]
    assert frames == [
        ("area_change", "UA", 9.0),
        ("area_change", "UA", 9.0),
        ("area_change", "UA", 3.0),
        ("area_change", "UA", 41.0),
        ("settlement_control", "RU", None),
        ("settlement_control", "UA", None),
        ("fighting", None, None),
    ]
    headline, body = claims[0], claims[1]
    assert body.restates == 0 and headline.extra.get("headline")
    assert (body.period_start, body.period_end) == (date(2024, 2, 26), date(2024, 3, 3))
    total = claims[3]
    assert total.cumulative and total.claimant == "Petro Savchuk"
    retaken = claims[5]
    assert retaken.places[0].name == "Stepanivka"
    assert (retaken.period_start, retaken.period_end) == (
        date(2023, 5, 1),
        date(2023, 5, 31),
    )
    assert retaken.extra.get("background")


def test_one_quote_two_claims_area_and_settlement_count():
    text = (
        "This week our forces liberated 120 square kilometres and 7 "
        "settlements in the Zorivka direction, the Ukrainian commander said."
    )
    claims = extract_claims(text, published=date(2024, 3, 6), language="en")
    kinds = sorted(
        (c.kind, c.area_km2, c.extra.get("settlements_count")) for c in claims
    )
    assert kinds == [("area_change", 120.0, None), ("settlement_control", None, 7)]


def test_record_has_the_convention_fields():
    (c,) = extract_claims(
        "Russian troops captured the village of Zorivka.",
        doc_id="x",
        published=date(2024, 3, 6),
        language="en",
    )
    rec = claim_to_record(c)
    for key in (
        "doc_id",
        "kind",
        "quote",
        "char_start",
        "char_end",
        "gainer",
        "area_km2",
        "distance_km",
        "places",
        "sector",
        "period_text",
        "period_start",
        "period_end",
        "cumulative",
        "claimant",
        "claimant_role",
        "negated",
        "hedged",
        "approx",
        "restates",
    ):
        assert key in rec
    assert rec["places"] == [{"name": "Zorivka"}]
    assert rec["period_end"] == "2024-03-06"
    json.dumps(rec)  # plain JSON


def test_language_detection():
    assert detect_language("Сили оборони звільнили село") == "uk"
    assert detect_language("Войска освободили село") == "ru"
    assert detect_language("Troops liberated a village") == "en"
    claims = extract_claims("Окупанти захопили село Зорівка.")
    assert claims and claims[0].gainer == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "ÿ" * 1000,
        "?!.,;" * 500,
        "1 2 3 km² ha",
        "liberated" * 2000,
        "(((((" * 3000,
        "Captured.\n" * 500,
    ],
)
def test_never_raises(text):
    out = extract_claims(text)
    assert isinstance(out, list)
    for c in out:
        assert text[c.char_start : c.char_end] == c.quote


def test_large_page_finds_its_one_claim():
    # ~9 MB; its time against page size is benchmarks/bench_long_sentence.py
    # --page (no clock in a test)
    filler = "The weather was mild and the markets were calm that day. " * 80_000
    text = filler + "Russian troops captured the village of Zorivka. " + filler
    claims = extract_claims(text, language="en")
    assert [c.places[0].name for c in claims] == ["Zorivka"]


def test_title_case_headline_places():
    (c,) = extract_claims(
        "Ukraine Retakes Zorivka In Zaporizhzhia Region", language="en"
    )
    assert (c.kind, c.gainer) == ("settlement_control", "UA")
    assert [p.name for p in c.places] == ["Zorivka", "Zaporizhzhia Region"]


def test_publication_date_may_be_a_string_or_datetime():
    from datetime import datetime

    text = "Russian troops captured the village of Zorivka last week."
    for pub in (
        "2024-03-06",
        datetime(2024, 3, 6, 12, tzinfo=UTC),
        date(2024, 3, 6),
    ):
        (c,) = extract_claims(text, published=pub, language="en")
        assert c.period_start == date(2024, 2, 26)
    (c,) = extract_claims(text, published="not a date", language="en")
    assert c.period_start is None


def test_region_level_withdrawal_and_completed_capture():
    text = "Russia completed the capture of the whole Luhansk region, Moscow said."
    (c,) = extract_claims(text, language="en")
    assert (c.kind, c.gainer, c.area_km2) == ("area_change", "RU", None)
    assert c.extra.get("region_level")


def test_map_comparison_gives_the_claim_period():
    text = (
        "Analysts say Russian forces have advanced near the village of Zorivka.\n"
        "Source: the analysts\n"
        "Details: As of 12 May, the area near Zorivka is marked as occupied.\n"
        "As of 11 May, it was still grey."
    )
    (c,) = extract_claims(text, published=date(2025, 5, 13), language="en")
    assert (c.kind, c.period_start, c.period_end) == (
        "advance",
        date(2025, 5, 11),
        date(2025, 5, 12),
    )


def test_nominal_subject_without_a_report_is_not_a_claim():
    assert (
        extract_claims(
            "The liberation of the village marks a turning point.", language="en"
        )
        == []
    )
    (c,) = extract_claims(
        "The capture of Zorivka was announced on Saturday.", language="en"
    )
    assert c.kind == "settlement_control" and c.claimant is None
