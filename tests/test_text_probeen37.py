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


def _areas(text: str) -> list:
    """(area, places, sector) of each area claim extracted from ``text``."""
    return [
        (c.area_km2, [p.name for p in c.places], c.sector)
        for c in _claims(text)
        if c.kind == "area_change"
    ]


def test_a_figure_after_its_place_in_a_list_is_that_place_s() -> None:
    """'near X (95 sq km), Y (60 sq km)', 'X direction: 95 sq km; Y: 12'."""
    assert _areas(
        "Russian troops advanced in several areas last week: near Pokrovsk (95 "
        "sq km), Kurakhove (60 sq km) and Kupiansk (12 sq km)."
    ) == [
        (95.0, ["Pokrovsk"], None),
        (60.0, ["Kurakhove"], None),
        (12.0, ["Kupiansk"], None),
    ]
    assert _areas(
        "Russian forces gained 210 sq km last week, DeepState said. The biggest "
        "gains came in the Pokrovsk direction (95 sq km), followed by Kurakhove "
        "(60 sq km) and Kupiansk (12 sq km)."
    ) == [
        (210.0, [], None),
        (95.0, [], "the Pokrovsk direction"),
        (60.0, ["Kurakhove"], None),
        (12.0, ["Kupiansk"], None),
    ]
    assert _areas(
        "Russian forces gained 210 sq km last week. Pokrovsk direction: 95 sq km; "
        "Kurakhove direction: 60 sq km; Kupiansk: 12 sq km."
    ) == [
        (210.0, [], None),
        (95.0, [], "Pokrovsk direction"),
        (60.0, [], "Kurakhove direction"),
        (12.0, ["Kupiansk"], None),
    ]


def test_a_colon_with_no_place_before_it_leaves_the_places_after() -> None:
    """'gained the following last week: 95 sq km near X' keeps X."""
    assert _areas(
        "Russian forces gained the following last week: 95 sq km near Pokrovsk "
        "and 12 sq km near Kupiansk."
    ) == [(95.0, ["Pokrovsk"], None), (12.0, ["Kupiansk"], None)]


def _periods(text: str) -> list:
    """(period_text, start, end) of each claim extracted from ``text``."""
    return [
        (
            c.period_text,
            c.period_start.isoformat() if c.period_start else None,
            c.period_end.isoformat() if c.period_end else None,
        )
        for c in _claims(text)
    ]


def test_a_thousands_comma_opens_no_next_item() -> None:
    """'seized 4,168 sq km in 2024 — about 0.7 percent of …' keeps 'in 2024'."""
    assert _periods(
        "Russia seized 4,168 sq km in 2024 — about 0.7 percent of Ukraine's territory."
    ) == [("in 2024", "2024-01-01", "2024-11-20")]
    assert _periods(
        "Russian forces captured 2,356 sq km in October – roughly 0.4% of the country."
    ) == [("in October", "2024-10-01", "2024-10-31")]
    assert _periods(
        "Ukraine lost 1,000 square kilometres last week: about 0.2 per cent of "
        "its territory, DeepState said."
    ) == [("last week", "2024-11-11", "2024-11-17")]


def _fights(text: str) -> list:
    """The places of each fighting claim extracted from ``text``."""
    return [[p.name for p in c.places] for c in _claims(text) if c.kind == "fighting"]


def test_a_serial_list_of_compass_points_is_one_clause() -> None:
    """'Fighting continued northeast, east, and southeast of X': a fight at X;
    'engagements continued east of X' is a fight too."""
    assert _fights(
        "Fighting continued northeast, east, and southeast of Pokrovsk near "
        "Myrolubivka, Promin, and Lysivka."
    ) == [["Pokrovsk", "Myrolubivka", "Promin", "Lysivka"]]
    assert _fights(
        "Fighting continued west, southwest, and south of Kurakhove near Dalne."
    ) == [["Kurakhove", "Dalne"]]
    assert _fights("Combat continued north, northwest, and west of Toretsk.") == [
        ["Toretsk"]
    ]
    assert _fights(
        "Positional engagements continued northeast, east, and southeast of Chasiv Yar."
    ) == [["Chasiv Yar"]]
    assert _fights("Positional engagements continued east of Chasiv Yar.") == [
        ["Chasiv Yar"]
    ]


def test_the_next_month_s_figure_after_and_keeps_the_unit() -> None:
    """'356 sq km in October and 517 in September': two area claims."""
    assert [
        (c.area_km2, c.period_text)
        for c in _claims("Russia took 356 sq km in October and 517 in September.")
    ] == [(356.0, "in October"), (517.0, "in September")]
    assert [
        (c.area_km2, c.period_text)
        for c in _claims(
            "Russian troops captured 2,356 square kilometres in 2024, and 1,517 "
            "in 2023, DeepState said."
        )
    ] == [(2356.0, "in 2024"), (1517.0, "in 2023")]
    assert [
        (round(c.area_km2, 3), c.period_text)
        for c in _claims("Ukraine lost 40 square miles in May and 25 in June.")
    ] == [(103.6, "in May"), (64.75, "in June")]
