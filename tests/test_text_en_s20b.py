"""English families of session 20 (second round), each in three phrasings of
our own, with a look-alike that must stay silent.

Family 1: a claim told before, denied by a verdict on it that opens a
quotation ("the Wagner claim “is not true") or that names the claim's side
and calls it an invention ("calling the Russian statement 'a fantasy'"):
the capture told before, negated.

Family 2: which claim a denial is of (the side it names; past the denier's
own hold told beside it). Family 3: "denied that" before a clause of its own
denies nothing told before. Family 4: a count of settlements is taken by the
verb of its own clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2024, 9, 12)
SC = "settlement_control"


def claims(text: str):
    return extract_claims(text, published=PUB, language="en")


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Wagner said it had taken Soledar. A Ukrainian spokesman said the "
            'Wagner claim “is not true. We hold the line."',
            "RU",
        ),
        (
            "Moscow says its troops captured Kolosky. Kyiv's spokesman said "
            "Moscow's report “was false,\" adding that fighting goes on.",
            "RU",
        ),
        (
            "The ministry said it liberated Marivka. A Russian blogger said "
            "these claims ‘are untrue’.",
            "UA",
        ),
    ],
)
def test_a_quoted_verdict_denies_the_claim_before(text: str, gainer: str) -> None:
    got = [c for c in claims(text) if c.kind == SC]
    assert [(c.negated, c.gainer) for c in got] == [
        (False, gainer),
        (True, gainer),
    ], [(c.quote, c.negated) for c in got]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said on Monday its troops had captured Kurakhove. A Ukrainian "
        'commander dismissed the report, calling the Russian statement "a '
        'fantasy".',
        "Russian bloggers said troops had taken Kalynove. The army spokesman "
        "called the claim 'pure fiction'.",
        "Moscow said its forces seized Kolosky on Friday. Kyiv called the "
        "Russian report a fairy tale.",
    ],
)
def test_calling_the_claim_an_invention_denies_it(text: str) -> None:
    got = [c for c in claims(text) if c.kind == SC]
    assert [c.negated for c in got] == [False, True], [c.quote for c in got]
    assert got[1].gainer == "RU"


@pytest.mark.parametrize(
    "text",
    [
        # a verdict on the capture's weight, not on its truth
        "Russian troops took Marivka, the ministry said. Analysts called the "
        "capture a turning point.",
        # a claim quoted as true
        "Russia said it had taken Kolosky. Kyiv said the Russian claim “is "
        'accurate, sadly."',
        # an invention word with no claim named
        "Russian troops took Marivka. The commander called the weather a "
        "fantasy of autumn.",
    ],
)
def test_a_verdict_that_is_no_denial_stays_silent(text: str) -> None:
    got = [c for c in claims(text) if c.kind == SC]
    assert [c.negated for c in got] == [False], [c.quote for c in got]


# Family 2: which claim a denial is of. A denial naming a side is of that
# side's claim, and a denier's own hold told beside it is not what it denies.
@pytest.mark.parametrize(
    "text",
    [
        'General Gerasimov said Russian forces had liberated Kupiansk. "Our '
        'units control the city," said a Ukrainian spokesman, calling the '
        'Russian statement "a fantasy".',
        "Moscow said its troops had taken Vovchansk. Ukrainian units still "
        "hold Vovchansk. Kyiv called the Russian claim a lie.",
        "Wagner said it had seized Soledar. Ukraine's forces control "
        'Soledar. The army said the Russian claim “is false".',
    ],
)
def test_a_denial_is_of_the_other_sides_claim(text: str) -> None:
    got = [c for c in claims(text) if c.kind == SC and c.negated]
    assert [c.gainer for c in got] == ["RU"], [(c.quote, c.gainer) for c in got]


# Family 3: "denied that" opening a clause of its own is no denial of the
# claim before ("It denied that troops were encircled"); the bare pronoun is.
@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Russia said it had recaptured Sudzha. Kyiv denied that.", True),
        (
            "Russia said it had recaptured Sudzha. Kyiv denied that on Friday, "
            "saying fighting goes on.",
            True,
        ),
        (
            "Moscow said its forces took Marivka. The army rejected that claim "
            "outright.",
            True,
        ),
        (
            "Russia said it had recaptured Sudzha. It denied that troops were "
            "encircled.",
            False,
        ),
        (
            "Moscow said its forces took Marivka. Kyiv denied that its units "
            "had run out of ammunition.",
            False,
        ),
    ],
)
def test_denied_that_before_a_clause_denies_nothing(text: str, denied: bool) -> None:
    got = [c for c in claims(text) if c.kind == SC and c.negated]
    assert bool(got) is denied, [c.quote for c in got]


def test_a_denial_beside_a_hold_reaches_back_past_the_hold() -> None:
    text = (
        "The Wagner chief said on Saturday his men had taken full control of "
        "Soledar after months of assaults. He posted a video of fighters "
        "waving flags on a rooftop, and he thanked his commanders by name. "
        "Explosions could be heard in the background of the recording, which "
        "ran for about two minutes and was shared widely on Russian channels "
        "within the hour. Kyiv's officials answered later in the evening. "
        '"Our defenders still control several blocks in this area," the '
        "deputy minister said. A spokesman for the eastern command said the "
        "Wagner chief's claim “is not true.\""
    )
    got = [c for c in claims(text) if c.kind == SC and c.negated]
    assert [c.gainer for c in got] == ["RU"], [(c.quote, c.gainer) for c in got]


# Family 4: a count of settlements is taken by the verb of its own clause,
# not by a capture of named places told before it in the same sentence.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The general said troops had taken back Kolosky and Marivka in the "
            "past day, and that since the start of the offensive 40 settlements "
            "had been freed.",
            40,
        ),
        (
            "The ministry said its units seized Zorivka on Tuesday, and that 25 "
            "villages had been liberated since the spring.",
            25,
        ),
        (
            "Kyiv said its forces retook Lypky overnight; since August 14 "
            "settlements have been recaptured in the region.",
            14,
        ),
    ],
)
def test_a_count_takes_the_verb_of_its_own_clause(text: str, count: int) -> None:
    got = [c for c in claims(text) if c.kind == SC]
    named = [c for c in got if c.places and not c.extra.get("settlements_count")]
    counted = [c for c in got if c.extra.get("settlements_count") == count]
    assert named and counted, [(c.quote, c.extra) for c in got]
    assert counted[0].char_start > named[0].char_end


def test_a_count_after_its_verb_in_one_clause_keeps_that_verb() -> None:
    # look-alike: one clause, the verb before the count governs it
    (c,) = claims("Russian forces retook three villages seized by Ukraine in August.")
    assert c.extra.get("settlements_count") == 3 and c.extra["trigger"] == "retook"


# Family 5: a capture noun in scare quotes, its place after the closing mark.
@pytest.mark.parametrize(
    "text",
    [
        "Russian units were 'completing the liberation' of Kurakhove, the "
        "ministry said.",
        "The ministry announced the “liberation” of Marivka on Tuesday.",
        'Kyiv mocked Moscow\'s "takeover" of Kolosky on Friday.',
    ],
)
def test_a_quoted_capture_noun_takes_the_place_after(text: str) -> None:
    got = [c for c in claims(text) if c.kind == SC]
    assert [(c.gainer, [p.name for p in c.places]) for c in got] == [
        ("RU", [text.split(" of ")[1].split()[0].strip(",.")])
    ], [c.quote for c in got]


@pytest.mark.parametrize(
    "text",
    [
        'The ministry praised the "liberation" army of the region.',
        'Residents recalled the "occupation" years in Kherson.',
        "Veterans marked the day of 'liberation' with a parade in Kharkiv.",
    ],
)
def test_a_quoted_noun_without_its_place_stays_silent(text: str) -> None:
    assert [c for c in claims(text) if c.kind == SC] == []
