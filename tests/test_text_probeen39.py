"""Session 39, probeen: English claims as the press relays them, on phrasings
of our own (wires, fact-checks, live blogs, analyst digests)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claims(text: str):
    return extract_claims(text, published="2024-06-10", language="en")


# a side's silence on the other side's claim ("made no immediate comment on
# Russia's claim to have taken X") neither denies the claim nor makes the
# silent side its gainer
@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Ukraine's army made no immediate comment on Russia's claim to "
            "have taken Hrodivka.",
            "Hrodivka",
        ),
        (
            "There was no immediate official comment from Kyiv on Moscow's "
            "claim to have seized Novoselydivka.",
            "Novoselydivka",
        ),
        (
            "Kyiv's general staff gave no public response to the Kremlin's "
            "claim to have captured Sokil on Sunday.",
            "Sokil",
        ),
    ],
)
def test_silence_on_a_claim_is_no_denial(text, town):
    claims = _claims(text)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert [p.name for p in claims[0].places] == [town]
    assert claims[0].gainer == "RU"
    assert not claims[0].negated


# a loss denied in the gerund ("Kyiv denied losing X"): the loss is told, and
# denied; the gainer is the other side of the denier
@pytest.mark.parametrize(
    "text, town, gainer",
    [
        ("Kyiv denied losing Toretsk.", "Toretsk", "RU"),
        (
            "Ukraine's army denies losing the village of Stepove, a spokesman said.",
            "Stepove",
            "RU",
        ),
        (
            "Russia's defence ministry on Monday denied losing Krynky to a "
            "Ukrainian counterattack.",
            "Krynky",
            "UA",
        ),
    ],
)
def test_loss_denied_in_the_gerund(text, town, gainer):
    claims = _claims(text)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert [p.name for p in claims[0].places] == [town]
    assert claims[0].gainer == gainer
    assert claims[0].negated


def test_loss_feared_is_no_claim():
    assert _claims("He has long feared losing Pokrovsk.") == []


# a claim judged in the passive ("… was rejected by Kyiv", "was disputed by
# the governor"): the judge speaks the negated claim, and is no place of it
@pytest.mark.parametrize(
    "text, town, judge",
    [
        (
            "The Russian claim that troops had taken Lozova was rejected by Kyiv.",
            "Lozova",
            "Kyiv",
        ),
        (
            "The report that Russian units had entered Hlyboke was disputed by "
            "the Kharkiv governor.",
            "Hlyboke",
            "governor",
        ),
        (
            "Claims that Ukrainian troops had retaken Vesele were refuted by "
            "Moscow on Tuesday.",
            "Vesele",
            "Moscow",
        ),
    ],
)
def test_claim_judged_in_the_passive(text, town, judge):
    claims = _claims(text)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert [p.name for p in claims[0].places] == [town]
    assert claims[0].negated
    assert claims[0].claimant is not None
    assert claims[0].claimant.split()[-1] == judge


def test_dismissed_from_a_post_is_no_judge():
    text = (
        "Valerii Zaluzhnyi, who was dismissed by Zelensky in February, said "
        "Russian forces had taken Avdiivka."
    )
    claims = _claims(text)
    assert [c.claimant for c in claims] == ["Valerii Zaluzhnyi"]
    assert not claims[0].negated


# "claims" before a clause of its own is a speech verb ("Moscow claims X has
# fallen"), not the capture sense ("Russia claims Kupiansk"): one claim, not
# a second copy quoted "Moscow claims X has"
@pytest.mark.parametrize(
    "text, town",
    [
        ("Moscow claims Sotnytskyi Kozachok has fallen.", "Sotnytskyi Kozachok"),
        ("The Kremlin claimed Hlushkivka was now in Russian hands.", "Hlushkivka"),
        (
            "Russian bloggers claimed Ostapivka had been taken by Wednesday morning.",
            "Ostapivka",
        ),
    ],
)
def test_claims_before_a_clause_is_speech(text, town):
    claims = _claims(text)
    assert [c.kind for c in claims] == ["settlement_control"]
    assert [p.name for p in claims[0].places] == [town]
    assert claims[0].gainer == "RU"


def test_claims_a_town_is_still_a_capture():
    claims = _claims("Russia claims Ternova.")
    assert [(c.kind, c.gainer) for c in claims] == [("settlement_control", "RU")]
