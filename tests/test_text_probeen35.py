"""Session 35, English defects: phrasings of our own."""

from frontline.text.claims import extract_claims


def _claimants(text: str) -> list:
    """The claimant of each claim extracted from ``text`` (English)."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [c.claimant for c in claims]


def test_dash_aside_before_the_speaker_is_no_speaker() -> None:
    """'X — a key hub — Moscow said' names Moscow, not the subject of X."""
    assert _claimants(
        "Russian forces have taken control of Krasnohorivka \u2014 a key "
        "logistics hub \u2014 Moscow said."
    ) == ["Moscow"]
    assert _claimants(
        "Ukrainian troops recaptured Robotyne \u2013 a village on the southern "
        "front \u2013 the General Staff said."
    ) == ["General Staff"]
    assert _claimants(
        "Zelensky \u2014 speaking in Kyiv on Monday \u2014 said Russian forces "
        "had advanced near Pokrovsk."
    ) == ["Zelensky"]
