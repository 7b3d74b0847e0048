"""Session 38, English left-overs from the probing lanes: phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str, language: str = "en") -> list:
    """The claims of ``text`` (published 20 November 2024)."""
    return extract_claims(text, published="2024-11-20", language=language)


def _place_names(text: str) -> list[str]:
    """Every place name of every claim extracted from ``text``."""
    return [p.name for c in _claims(text) for p in c.places]


def test_a_spaced_hyphen_separates_two_places() -> None:
    """'Pishchane - Kyiv' is two names; 'Chasiv-Yar' (unspaced) is one."""
    for text, first in [
        (
            "Russian forces advanced on the Pishchane - Kyiv road, analysts said.",
            "Pishchane",
        ),
        (
            "Fighting continued near Bakhmut - Andriivka, the General Staff said.",
            "Bakhmut",
        ),
        (
            "Russian forces advanced along the Kostiantynivka - Druzhkivka "
            "highway, the army said.",
            "Kostiantynivka",
        ),
    ]:
        names = _place_names(text)
        assert first in names, (text, names)
        assert not any(" - " in n for n in names), (text, names)
    names = _place_names("Russian troops advanced near Chasiv-Yar, the army said.")
    assert "Chasiv-Yar" in names


def _speakers(text: str) -> list[tuple]:
    """The (claimant, claimant_role) pair of each claim extracted from ``text``."""
    return [(c.claimant, c.claimant_role) for c in _claims(text)]


def test_a_preposition_closing_the_role_goes_with_neither() -> None:
    """'the analysts at DeepState': role 'the analysts', name 'DeepState'."""
    for text, name, role in [
        (
            "Russian troops advanced 2 km near Avdiivka, the analysts at "
            "DeepState said.",
            "DeepState",
            "the analysts",
        ),
        (
            "Russian forces took Ocheretyne, analysts at DeepState said on Friday.",
            "DeepState",
            "analysts",
        ),
        (
            "Russian units captured Krasnohorivka, the experts from Frontmap reported.",
            "Frontmap",
            "the experts",
        ),
    ]:
        assert (name, role) in _speakers(text), _speakers(text)
