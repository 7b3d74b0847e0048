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


def test_rank_with_stop_before_a_label_is_read_past() -> None:
    """'Col. Voloshyn: …' is a speaker's label, as 'Voloshyn: …' is."""
    assert _claimants("Col. Voloshyn: Russian troops entered Toretsk.") == ["Voloshyn"]
    assert _claimants(
        "Lt. Gen. Kyrylo Budanov: Russian forces have advanced near Kupiansk."
    ) == ["Kyrylo Budanov"]
    assert _claimants(
        "Gov. Vadym Filashkin: Russian troops entered the outskirts of Pokrovsk."
    ) == ["Vadym Filashkin"]


def _places(text: str) -> list:
    """The place names of each claim extracted from ``text`` (English)."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [[p.name for p in c.places] for c in claims]


def test_possessive_before_the_event_noun_is_its_place() -> None:
    """ "Vuhledar's capture" takes the place Vuhledar, not "Vuhledar's"."""
    assert _places("Russia announced Vuhledar's capture.") == [["Vuhledar"]]
    assert _places(
        "Reports of Toretsk\u2019s fall are untrue, the General Staff said."
    ) == [["Toretsk"]]
    assert _places("Russian media hailed Kurakhove's fall on Sunday.") == [
        ["Kurakhove"]
    ]


def _speakers(text: str) -> list:
    """The claimant and its role of each claim extracted from ``text``."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [(c.claimant, c.claimant_role) for c in claims]


def test_role_between_speech_verb_and_name() -> None:
    """'…, said spokesman X Y' names X Y in the role of spokesman."""
    assert _speakers(
        "Russian troops have captured Toretsk, said spokesman Nazar Voloshyn."
    ) == [("Nazar Voloshyn", "spokesman")]
    assert _speakers(
        "Ukrainian forces repelled 12 attacks near Kupiansk, said the governor "
        "Oleh Syniehubov."
    ) == [("Oleh Syniehubov", "the governor")]
    assert _speakers(
        "Russian forces advanced near Pokrovsk, said analyst Pasi Paroinen."
    ) == [("Pasi Paroinen", "analyst")]


def test_a_tally_calculated_names_its_maker() -> None:
    """'…, Reuters calculated' names Reuters, as 'AFP estimated' does."""
    assert _claimants(
        "Russian forces captured some 2 500 square kilometres this year, "
        "Reuters calculated."
    ) == ["Reuters"]
    assert _claimants(
        "Russia took 610 sq km in October, AFP calculated based on ISW data."
    ) == ["AFP"]
    assert _claimants(
        "Ukraine has lost about 40 sq km near Kupiansk since Monday, "
        "analysts at DeepState calculated."
    ) == ["DeepState"]
