"""Claimants, session 33 (CLAIMANT33): own phrasings only, three per rule
and language where the form exists; nothing here reads ``../shared``."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claims_after

from frontline.text.claims import extract_claims

PUB = date(2025, 5, 3)


def _claims_after(text: str, marker: str, lang: str) -> list:
    """The claims of ``text`` (in ``lang``) that start at or after ``marker``."""
    return claims_after(text, marker, lang, PUB)


# a source's proper name holding a capitalised trigger word ("Lines of
# Control", "Front Advance Watch") is still a speaker: the claim is its, not
# a voice named later in the text
@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        (
            "Russian forces took 210 square kilometres in March, according to "
            "the mapping project Lines of Control. Further south, the front "
            "did not move, analysts said.",
            "Russian forces",
            "Lines of Control",
        ),
        (
            "Ukrainian troops regained 12 square kilometres near Robotyne last "
            "week, the monitoring group Zone of Control said on Monday. The "
            "pace was slower than in April, officials said.",
            "Ukrainian troops",
            "Zone of Control",
        ),
        (
            "According to the tracker Front Advance Watch, Russian forces "
            "captured 95 square kilometres in the Kharkiv region in May. "
            "Moscow gave a larger figure, experts noted.",
            "According",
            "Front Advance Watch",
        ),
    ],
)
def test_trigger_word_in_a_proper_name(text: str, marker: str, name: str) -> None:
    first = _claims_after(text, marker, "en")[0]
    assert first.kind == "area_change"
    assert first.claimant is not None and first.claimant.endswith(name)


# a subject judging the claim just told ("X called the report a fake", "X
# disputed that …", "X dismissed the claims") speaks its own sentence, not
# the voice that made the claim before it
@pytest.mark.parametrize(
    ("text", "marker", "name"),
    [
        (
            "Russia's defence ministry said its troops had captured Ivanivka. "
            "The Ukrainian Khortytsia group called the claim a lie, saying "
            "fighting continued near Ivanivka.",
            "The Ukrainian",
            "Khortytsia group",
        ),
        (
            "Moscow said on Monday its forces had taken Petrivka. Ukraine's "
            "southern command disputed that, saying fighting was going on in "
            "Petrivka.",
            "Ukraine's southern",
            "southern command",
        ),
        (
            "The Russian army claimed the capture of Novoselivka. The 47th "
            "Brigade called the report false, saying heavy fighting was still "
            "going on in Novoselivka.",
            "The 47th",
            "Brigade",
        ),
    ],
)
def test_judging_the_claim_speaks(text: str, marker: str, name: str) -> None:
    fights = [c for c in _claims_after(text, marker, "en") if c.kind == "fighting"]
    assert fights, text
    assert fights[0].claimant is not None and fights[0].claimant.endswith(name)


# a body carried under a short name into a sentence that names nobody is the
# body as the text writes it in full; a sentence naming it short keeps it so
@pytest.mark.parametrize(
    ("text", "short", "marker", "full"),
    [
        (
            "The Operational Command of the Southern Forces said its troops "
            "repelled 12 attacks near Ivanivka. The Operational Command said "
            "fighting went on near Petrivka. Russian troops also attacked near "
            "Lypove.",
            "The Operational Command said",
            "Russian troops",
            "Operational Command of the Southern Forces",
        ),
        (
            "The Press Service of the Southern Defence Forces reported that "
            "Russian forces shelled Kherson. The Press Service said Ukrainian "
            "units advanced 2 km near Krynky. Fighting continued near Krynky.",
            "The Press Service said",
            "Fighting continued",
            "Press Service of the Southern Defence Forces",
        ),
        (
            "The Defence Ministry of the Russian Federation said its troops "
            "took Novoselivka. The Defence Ministry said fighting went on near "
            "Kurdiumivka. Russian units attacked near Kurdiumivka again.",
            "The Defence Ministry said",
            "Russian units",
            "Defence Ministry of the Russian Federation",
        ),
    ],
)
def test_short_body_carried_is_the_full_name(
    text: str, short: str, marker: str, full: str
) -> None:
    carried = _claims_after(text, marker, "en")[0]
    assert carried.claimant is not None and carried.claimant.endswith(full)
    named = _claims_after(text, short, "en")[0]
    assert named.claimant is not None and not named.claimant.endswith(full)


# ... and so is the page's issuer named short by its header
@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "🔥 Southern Wind 🔥\nThe enemy attacked near Petrivka three times "
            "and was repelled.\nSouthern Wind of the Dnipro Group thanks its "
            "readers.",
            "Southern Wind of the Dnipro Group",
        ),
        (
            "Forwarded from North Front\nRussian troops entered Lypove from the "
            "east.\nNorth Front of the Kharkiv Volunteers posts daily.",
            "North Front of the Kharkiv Volunteers",
        ),
        (
            "Forwarded from Eastern Shield\nOur fighters pushed the enemy back "
            "500 metres near Kurdiumivka.\nEastern Shield of the Luhansk Guard "
            "posts at noon.",
            "Eastern Shield of the Luhansk Guard",
        ),
    ],
)
def test_issuer_named_short_is_the_full_name(text: str, full: str) -> None:
    claims = extract_claims(text, published=PUB, language="en")
    assert claims and claims[0].claimant == full
