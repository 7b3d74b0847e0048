"""Session 37, English defects left open: phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str, language: str = "en") -> list:
    """The claims of ``text`` (published 20 November 2024)."""
    return extract_claims(text, published="2024-11-20", language=language)


def _area_values(text: str, language: str = "en") -> list:
    """The area figure of each area claim extracted from ``text``."""
    return [c.area_km2 for c in _claims(text, language) if c.kind == "area_change"]


def test_a_half_before_a_scale_word_multiplies_it() -> None:
    """'one and a half thousand' is 1,500, 'half a thousand' 500."""
    assert _area_values(
        "Russian forces have captured one and a half thousand square kilometres "
        "since August."
    ) == [1500.0]
    assert _area_values(
        "Russia took half a thousand square kilometres in October."
    ) == [500.0]
    assert _area_values(
        "Russian troops seized a thousand and a half square kilometres this year."
    ) == [1500.0]
    assert _area_values(
        "Moscow's forces have occupied two and a half thousand square kilometres "
        "since the summer."
    ) == [2500.0]
    assert _area_values(
        "Російські війська захопили два з половиною тисячі квадратних кілометрів "
        "з серпня.",
        "uk",
    ) == [2500.0]


def _places(text: str) -> list:
    """The places of each settlement claim extracted from ``text``."""
    return [
        [p.name for p in c.places]
        for c in _claims(text)
        if c.kind == "settlement_control"
    ]


def test_a_bracketed_location_phrase_is_no_place_of_the_claim() -> None:
    """'seized X (northeast of Y)': X alone."""
    assert _places(
        "Russian forces seized Novoselivka (northeast of Kurakhove), the Russian "
        "Defence Ministry said."
    ) == [["Novoselivka"]]
    assert _places(
        "Ukraine's army recaptured Pishchane (west of Pokrovsk), the General "
        "Staff said."
    ) == [["Pishchane"]]
    assert _places(
        "Russian troops took Zoria (near Kostiantynivka) and Dachne (about 5 km "
        "south of Kurakhove) on Tuesday."
    ) == [["Zoria", "Dachne"]]


def _sectored(text: str) -> list:
    """(area, places, sector) of each area claim extracted from ``text``."""
    return [
        (c.area_km2, [p.name for p in c.places], c.sector)
        for c in _claims(text)
        if c.kind == "area_change"
    ]


def test_a_list_heading_is_no_sector() -> None:
    """'By direction: X 95 sq km, Y 60 sq km': no sector, each its place."""
    assert _sectored(
        "Russian forces gained 210 sq km last week. By direction: Pokrovsk 95 "
        "sq km, Kurakhove 60 sq km."
    )[1:] == [(95.0, ["Pokrovsk"], None), (60.0, ["Kurakhove"], None)]
    assert _sectored(
        "Russian troops took 180 sq km in October. By sector: Pokrovsk 95 sq km; "
        "Kurakhove 60 sq km; Kupiansk 12 sq km."
    )[1:] == [
        (95.0, ["Pokrovsk"], None),
        (60.0, ["Kurakhove"], None),
        (12.0, ["Kupiansk"], None),
    ]
    assert [
        c.sector
        for c in _claims(
            "Each direction saw heavy fighting. In the Pokrovsk direction, "
            "Russian troops advanced 2 km."
        )
    ] == ["the Pokrovsk direction"]


def test_a_list_label_before_its_figure_is_its_place() -> None:
    """'- Zaporizhzhia: under 20 sq km': the figure's place is Zaporizhzhia."""
    assert _sectored(
        "Russian forces gained about 100 sq km last week, DeepState said:\n"
        "- Donetsk region: 70 sq km\n- Zaporizhzhia: under 20 sq km"
    )[1:] == [(70.0, ["Donetsk region"], None), (20.0, ["Zaporizhzhia"], None)]
    assert _sectored(
        "Russian troops gained 150 sq km in October. Zaporizhzhia: under 20 sq "
        "km; Kupiansk: 30 sq km."
    )[1:] == [(20.0, ["Zaporizhzhia"], None), (30.0, ["Kupiansk"], None)]
    assert _sectored(
        "Russian troops gained 150 sq km in October.\nKharkiv: about 30 sq km\n"
        "October: 150 sq km"
    )[1:] == [(30.0, ["Kharkiv"], None), (150.0, [], None)]


def _gains(text: str) -> list:
    """(gainer, area, cumulative) of each area claim extracted from ``text``."""
    return [
        (c.gainer, c.area_km2, c.cumulative)
        for c in _claims(text)
        if c.kind == "area_change"
    ]


def test_ground_retained_after_a_loss_is_the_loser_s_holding() -> None:
    """'lost 420 sq km, retaining 80 sq km': 80 is held by the loser."""
    assert _gains(
        "Ukrainian forces lost 420 sq km in the Kursk region since August, "
        "retaining about 80 sq km."
    ) == [("RU", 420.0, True), ("UA", 80.0, True)]
    assert _gains(
        "Ukraine has lost 420 square kilometres of its Kursk foothold, retaining "
        "80 square kilometres, the Russian Defence Ministry said."
    ) == [("RU", 420.0, False), ("UA", 80.0, True)]
    assert _gains(
        "Russian troops lost about 50 sq km near Kupiansk but kept 300 sq km on "
        "the east bank of the Oskil."
    ) == [("UA", 50.0, False), ("RU", 300.0, True)]


def test_positions_maintained_are_no_speech() -> None:
    """'Ukrainian forces maintained positions in X': no claimant."""
    assert [
        c.claimant
        for c in _claims("Ukrainian forces maintained positions in Vovchansk.")
    ] == [None]
    assert [
        c.claimant
        for c in _claims(
            "Ukrainian units maintained control of Chasiv Yar's western districts."
        )
    ] == [None]
    assert [
        c.claimant
        for c in _claims("Ukrainian troops maintain their positions near Kupiansk.")
    ] == [None]
    assert [
        c.claimant
        for c in _claims(
            "The General Staff maintained that Russian forces had not captured "
            "Kurakhove."
        )
    ] == ["The General Staff"]
