"""Session 37, English tallies, reviews and analyst notes: phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str) -> list:
    """The claims of ``text`` (English, published 20 November 2024)."""
    return extract_claims(text, published="2024-11-20", language="en")


def _speakers(text: str) -> list:
    """The claimant and its role of each claim extracted from ``text``."""
    return [(c.claimant, c.claimant_role) for c in _claims(text)]


def test_a_thousands_comma_opens_no_apposition() -> None:
    """'Russia has taken 18,000 sq km in 2024, said DeepState': DeepState."""
    assert _speakers("Russia has taken over 18,000 sq km in 2024, said DeepState.") == [
        ("DeepState", None)
    ]
    assert _speakers(
        "Ukraine's army has lost 1,200 square kilometres since June, said the "
        "Institute for the Study of War."
    ) == [("Institute for the Study of War", None)]
    assert _speakers(
        "Russian forces captured 2,356 sq km in the third quarter, said Pasi Paroinen."
    ) == [("Pasi Paroinen", None)]
