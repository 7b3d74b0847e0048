"""Session 35, English defects found this session: phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str) -> list:
    """The claims extracted from ``text`` (English)."""
    return extract_claims(text, published="2024-11-20", language="en")


def _claimants(text: str) -> list:
    """The claimant of each claim extracted from ``text`` (English)."""
    return [c.claimant for c in _claims(text)]


def test_a_time_span_before_the_speaker_is_no_speaker() -> None:
    """'Hours later the ministry said …' names the ministry, not 'Hours'."""
    assert _claimants(
        "Hours later the ministry said Russian forces had captured Toretsk."
    ) == ["the ministry"]
    assert _claimants(
        "Two days later Zelensky said Russian troops had entered Kurakhove."
    ) == ["Zelensky"]
    assert _claimants(
        "Shortly afterwards the Russian defence ministry claimed the capture of Hostre."
    ) == ["Russian defence ministry"]


def test_a_label_in_capitals_names_its_speaker_not_a_dateline() -> None:
    """'BUDANOV: …' and 'TASS: …' name a speaker; 'MOSCOW: …' is a dateline."""
    assert _claimants("BUDANOV: Russian troops have entered Toretsk.") == ["Budanov"]
    assert _claimants("KYRYLO BUDANOV: Russian forces have not captured Pokrovsk.") == [
        "Kyrylo Budanov"
    ]
    assert _claimants(
        "TASS: Russian forces have liberated the village of Novoselivka."
    ) == ["TASS"]
    assert _claimants("KYIV: Russian troops have entered Toretsk.") == [None]


def test_claimed_before_a_possessive_event_is_one_claim() -> None:
    """'Moscow claimed X's capture' is one claim, not one per trigger."""
    for text, place in (
        ("Moscow claimed Selydove's capture.", "Selydove"),
        ("Russia claims Vuhledar\u2019s fall.", "Vuhledar"),
        (
            "The Russian defence ministry claimed Kurakhove's liberation on Friday.",
            "Kurakhove",
        ),
    ):
        assert [[p.name for p in c.places] for c in _claims(text)] == [[place]]


def _places(text: str) -> list:
    """The place names of each claim extracted from ``text`` (English)."""
    return [[p.name for p in c.places] for c in _claims(text)]


def test_a_place_after_since_is_no_claim() -> None:
    """'… captured since Avdiivka' names a past reference point, no claim."""
    assert _places(
        "Russian forces captured Selydove \u2014 the largest town captured since "
        "Avdiivka \u2014 the ministry said."
    ) == [["Selydove"]]
    assert _places(
        "Russian troops captured Toretsk, their biggest gain since Avdiivka, "
        "the ministry said."
    ) == [["Toretsk"]]
    assert ["Avdiivka"] not in _places(
        "Vuhledar, the largest settlement seized since Avdiivka in February, "
        "fell on Wednesday."
    )


def test_a_map_source_named_before_its_data_is_the_claimant() -> None:
    """'DeepState data showed …' names DeepState, as 'DeepState shows' does."""
    assert _claimants(
        "DeepState data showed Russian forces advanced 3 km near Pokrovsk."
    ) == ["DeepState"]
    assert _claimants(
        "DeepState's map indicates Russian troops have captured Selydove."
    ) == ["DeepState"]
    assert _claimants(
        "Frontmap figures show Russian forces advanced near Kurakhove."
    ) == ["Frontmap"]


def test_within_a_distance_is_no_depth_of_advance() -> None:
    """'advanced to within 5 km of X': an advance of no depth told."""
    for text in (
        "Russian forces advanced to within 5 km of Pokrovsk.",
        "Russian troops have advanced to within 5 kilometers of Pokrovsk, "
        "the ISW said.",
        "The Russian army advanced to within 2 miles of Toretsk.",
    ):
        assert [(c.kind, c.distance_km) for c in _claims(text)] == [("advance", None)]
