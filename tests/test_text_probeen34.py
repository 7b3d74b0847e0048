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


def test_initialism_with_stops_ends_no_source() -> None:
    """'the U.K. Ministry of Defence' is one source, not 'U'."""
    assert _claimants(
        "Russian troops seized Velyka Novosilka on Sunday, according to the "
        "U.K. Ministry of Defence."
    ) == ["U.K. Ministry of Defence"]
    assert _claimants(
        "According to the U.S.-based ISW, Russian forces advanced west of Kurakhove."
    ) == ["U.S.-based ISW"]
    assert _claimants("U.S. officials said Russian forces had captured Toretsk.") == [
        "U.S. officials"
    ]


def test_hyphened_descriptor_is_no_name() -> None:
    """'the Washington-based think tank said' is no claimant 'Washington-based'."""
    assert _claimants(
        "Russian forces advanced near Pokrovsk, the Washington-based think tank said."
    ) == ["Washington-based think tank"]
    assert _claimants(
        "Russian forces advanced near Pokrovsk, the London-based monitor said."
    ) == ["London-based monitor"]
    assert _claimants(
        "Russian forces captured Toretsk, the Kremlin-installed official said."
    ) == ["Kremlin-installed official"]


def _places(text: str) -> list:
    """The place names of each claim extracted from ``text`` (English)."""
    claims = extract_claims(text, published="2024-12-03", language="en")
    return [[p.name for p in c.places] for c in claims]


def test_possessive_place_is_its_owner() -> None:
    """'Toretsk's eastern outskirts' names Toretsk, not "Toretsk's"."""
    assert _places(
        "Russian forces entered Toretsk's eastern outskirts, the ISW said."
    ) == [["Toretsk"]]
    assert _places(
        "Russian forces have advanced into Chasiv Yar's Kanal micro-district, "
        "the ISW said."
    ) == [["Chasiv Yar"]]
    assert _places(
        "Moscow\u2019s troops captured Pokrovsk\u2019s railway station."
    ) == [["Pokrovsk"]]


def test_single_quotes_close_a_quotation() -> None:
    """ "'Our units liberated X,' the Russian ministry said" is the ministry's."""
    claims = extract_claims(
        "\u2018Our units liberated Ivanivka,\u2019 the Russian Defence Ministry "
        "said in a statement.",
        published="2024-12-03",
        language="en",
    )
    assert [(c.claimant, c.gainer) for c in claims] == [
        ("Russian Defence Ministry", "RU")
    ]
    assert _claimants(
        "'Our units liberated Ivanivka,' Russia's Defence Ministry said."
    ) == ["Russia's Defence Ministry"]
    assert _claimants(
        "'Russian troops captured Kurakhove,' Ukrainian spokesman Viktor Tregubov said."
    ) == ["Viktor Tregubov"]
