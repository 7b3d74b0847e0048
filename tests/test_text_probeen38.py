"""Session 38, English wire copy (attribution, denials, hedges): phrasings of
our own."""

from frontline.text.claims import extract_claims


def _claims(text: str) -> list:
    """The claims of ``text`` (English, published 14 November 2024)."""
    return extract_claims(text, published="2024-11-14", language="en")


def _denials(text: str) -> list:
    """(claimant, places) of each negated claim extracted from ``text``."""
    return [
        (c.claimant, [p.name for p in c.places]) for c in _claims(text) if c.negated
    ]


def test_a_dash_opens_the_clause_of_a_denial() -> None:
    """'Russia claims it took X — Ukraine denies it': the denier is Ukraine."""
    assert _denials("Russia claims it captured Kurakhove — Ukraine denies it.") == [
        ("Ukraine", ["Kurakhove"])
    ]
    assert _denials(
        "The Russian Defence Ministry said its forces had seized Pishchane – a "
        "claim Ukraine's military rejected."
    ) == [("Ukraine's military", ["Pishchane"])]
    assert _denials(
        "Russia claimed the capture of Stepove on Monday — Ukraine's General "
        "Staff denied it on Tuesday."
    ) == [("Ukraine's General Staff", ["Stepove"])]


def test_a_claim_judged_by_its_owner_s_name_speaks_for_the_judge() -> None:
    """'Ukrainian officials disputed Russia's claim to have captured X'."""
    assert _denials(
        "Ukrainian officials disputed Russia's claim to have captured Pishchane."
    ) == [("Ukrainian officials", ["Pishchane"])]
    assert _denials(
        "Ukraine's military dismissed Moscow's latest claims that its forces had "
        "taken Stepove."
    ) == [("Ukraine's military", ["Stepove"])]
    assert _denials(
        "Kyiv dismissed the Kremlin's claim that Russian troops had entered Kupiansk."
    ) == [("Kyiv", ["Kupiansk"])]


def _speakers(text: str) -> list:
    """The claimant of each claim extracted from ``text``."""
    return [c.claimant for c in _claims(text)]


def test_a_tally_label_is_no_speaker() -> None:
    """A line 'Total: 150 sq km' does not make 'Total' the claimant."""
    assert (
        _speakers(
            "Russian gains last week, according to DeepState:\n"
            "Pokrovsk direction: 95 sq km\nKurakhove direction: 55 sq km\n"
            "Total: 150 sq km"
        )
        == ["DeepState"] * 3
    )
    assert (
        _speakers(
            "Russian forces captured 95 sq km near Pokrovsk last week, DeepState "
            "said.\nOverall: 150 sq km"
        )
        == ["DeepState"] * 2
    )
    assert (
        _speakers(
            "Russian forces captured 40 sq km near Kurakhove in October, according "
            "to ISW.\nGrand total: 610 sq km"
        )
        == ["ISW"] * 2
    )


def _hedges(text: str) -> list:
    """(claimant, hedged) of each claim not negated extracted from ``text``."""
    return [(c.claimant, c.hedged) for c in _claims(text) if not c.negated]


def test_a_claim_no_one_saw_confirmed_is_hedged() -> None:
    """'…, but ISW has not observed confirmation of the claim': hedged."""
    assert _hedges(
        "Russian milbloggers claimed that Russian forces captured Pishchane, but "
        "ISW has not observed confirmation of the claim."
    ) == [("Russian milbloggers", True)]
    assert _hedges(
        "A Russian milblogger claimed that Russian forces advanced west of "
        "Stepove, but ISW has not seen visual confirmation of this claim."
    ) == [("A Russian milblogger", True)]
    assert _hedges(
        "Russian sources said Russian troops had entered Kupiansk, though there "
        "was no visual confirmation."
    ) == [("Russian sources", True)]


def test_a_next_sentence_leaving_the_claim_unverified_hedges_it() -> None:
    """'Russia said it took X. The claim could not be independently verified.'"""
    assert _hedges(
        "Russia said its forces had captured Pishchane. The claim could not be "
        "independently verified."
    ) == [("Russia", True)]
    assert _hedges(
        "Russia's defence ministry said its troops had taken Stepove. Reuters "
        "could not independently verify the report."
    ) == [("Russia's defence ministry", True)]
    assert _hedges(
        "A Russian milblogger claimed that Russian forces seized Kupiansk. There "
        "was no visual confirmation of the claim."
    ) == [("A Russian milblogger", True)]
    assert _hedges(
        "Russia said its forces had captured Pishchane. Ukraine's army said it "
        "still held Stepove."
    ) == [("Russia", False), ("Ukraine's army", False)]
