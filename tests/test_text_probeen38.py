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
