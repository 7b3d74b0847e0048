"""Session 34, English speakers: defects on phrasings of our own."""

from frontline.text.claims import extract_claims


def _claimants(text: str) -> list:
    """The claimant of each claim extracted from ``text`` (English)."""
    claims = extract_claims(text, published="2024-12-01", language="en")
    return [c.claimant for c in claims]


def test_title_stop_after_speech_verb_is_read_past() -> None:
    """'said Gov. X Y' names X Y, not the title 'Gov'."""
    assert _claimants(
        "\u201cOur forces have taken control of Chasiv Yar,\u201d said Gov. "
        "Vadym Filashkin."
    ) == ["Vadym Filashkin"]
    assert _claimants(
        '"We repelled 14 assaults near Pokrovsk," said Lt. Col. Nazar Voloshyn.'
    ) == ["Nazar Voloshyn"]
    assert _claimants(
        "Ukrainian troops pushed the enemy back near Toretsk, said Capt. "
        "Ivan Petrenko, a battalion commander."
    ) == ["Ivan Petrenko"]
