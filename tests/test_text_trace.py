"""The "why not" trace: every trigger word that made no claim says why."""

from __future__ import annotations

from datetime import date

from frontline.text.claims import claim_to_record, extract_claims
from frontline.text.trace import Drop

DAY = date(2025, 3, 12)


def traced(text: str, lang: str = "en") -> tuple[list, list[Drop]]:
    why: list[Drop] = []
    claims = extract_claims(text, published=DAY, language=lang, why=why)
    return claims, why


def reason_for(drops: list[Drop], word: str) -> str:
    hits = [d for d in drops if d.trigger.lower() == word.lower()]
    assert hits, [d.trigger for d in drops]
    return hits[0].reason


def test_question_trigger_reports_question():
    text = "Could the brigade capture the hamlet of Velykoborsk before spring?"
    claims, drops = traced(text)
    assert claims == []
    assert reason_for(drops, "capture") == "settlement:question"


def test_fight_without_any_place_reports_no_place():
    text = "Heavy fighting went on all night, a spokeswoman told reporters."
    claims, drops = traced(text)
    assert claims == []
    assert reason_for(drops, "fighting") == "fighting:no-place"


def test_prospective_fight_reports_prospective():
    text = "Moscow is expected to attack near Sosnivka in the coming weeks."
    _, drops = traced(text)
    assert reason_for(drops, "attack") == "fighting:prospective"


def test_slavic_question_reports_question():
    _, drops = traced("Чи зможуть сили оборони звільнити Вербівку?", "uk")
    assert reason_for(drops, "звільнити").endswith(":question")


def test_trigger_that_made_a_claim_is_no_drop():
    text = "Ukrainian troops recaptured the village of Velykoborsk on Monday."
    claims, drops = traced(text)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert all(d.trigger != "recaptured" for d in drops)


def test_drops_index_the_document_text():
    text = (
        "The army spoke in the morning.\n\nWill the enemy seize Ozerne?\n"
        "Battles raged somewhere, officers said."
    )
    _, drops = traced(text)
    assert drops
    for d in drops:
        assert text[d.start : d.end] == d.trigger
        assert d.sentence <= d.start
        assert d.reason


def test_tracing_changes_no_claim():
    text = (
        "Russian forces advanced two kilometres near Pishchanivka over the past "
        "week, while fighting went on near Ravnopole. Will they capture Ozerne?"
    )
    plain = [claim_to_record(c) for c in extract_claims(text, published=DAY)]
    claims, drops = traced(text)
    assert [claim_to_record(c) for c in claims] == plain
    assert reason_for(drops, "capture") == "settlement:question"


def test_word_guard_is_named_after_its_pattern():
    text = "Army footage captured near Velykoborsk shows a burning tank column."
    claims, drops = traced(text)
    assert claims == []
    assert reason_for(drops, "captured") == "word-guard:footage-end"


def test_grain_talk_is_non_military():
    text = "Kyiv advanced talks on grain exports through the Black Sea ports."
    _, drops = traced(text)
    assert reason_for(drops, "advanced") == "word-guard:non-military"


def test_a_claim_removed_later_names_the_stage():
    text = "Soviet troops liberated the town of Velykoborsk in September 1943."
    claims, drops = traced(text)
    assert claims == []
    assert reason_for(drops, "liberated") == "history"
