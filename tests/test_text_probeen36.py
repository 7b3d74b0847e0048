"""Session 36, English defects of the held-out kind: phrasings of our own."""

from frontline.text.claims import extract_claims


def _frames(text: str) -> list:
    """(kind, gainer, area, distance, places) of each claim of ``text``."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [
        (c.kind, c.gainer, c.area_km2, c.distance_km, [p.name for p in c.places])
        for c in claims
    ]


def test_square_written_after_the_unit_is_an_area() -> None:
    """'25 km sq', '8 kilometres squared', '12 km 2' (superscript lost)."""
    assert _frames("Russian forces now hold 25 km sq near Toretsk.") == [
        ("area_change", "RU", 25.0, None, ["Toretsk"])
    ]
    assert _frames(
        "Ukrainian troops retook 8 kilometres squared around Robotyne, the "
        "General Staff said."
    ) == [("area_change", "UA", 8.0, None, ["Robotyne"])]
    assert _frames("Russia said it had seized 12 km 2 near Kurakhove.") == [
        ("area_change", "RU", 12.0, None, ["Kurakhove"])
    ]


def test_a_figure_then_days_is_no_square() -> None:
    """'4 km 2 days later' is a distance and a time, not an area."""
    assert _frames("Russian forces advanced 4 km 2 days later near Pokrovsk.") == [
        ("advance", "RU", None, 4.0, ["Pokrovsk"])
    ]


def test_a_capitalised_unit_is_no_place() -> None:
    """'25 Sq Km' or '40 Sq Miles' in running text is no place."""
    assert _frames("Russian forces have captured 25 Sq Km near Toretsk.") == [
        ("area_change", "RU", 25.0, None, ["Toretsk"])
    ]
    assert _frames("Ukraine regained 40 Sq Miles in the Kharkiv region.") == [
        ("area_change", "UA", 40 * 2.589988, None, ["Kharkiv region"])
    ]
    assert _frames("Russia took another 3 Square Kilometres near Vuhledar.") == [
        ("area_change", "RU", 3.0, None, ["Vuhledar"])
    ]


def _speakers(text: str) -> list:
    """The claimant and its role of each claim extracted from ``text``."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [(c.claimant, c.claimant_role) for c in claims]


def test_passive_speech_verb_has_no_speaker_before_it() -> None:
    """'Clashes were reported near X, the General Staff said': the staff."""
    assert _speakers(
        "Clashes were reported near Chasiv Yar, the General Staff said."
    ) == [("General Staff", None)]
    assert _speakers(
        "Heavy fighting was reported around Kurakhove, Ukraine's military said."
    ) == [("Ukraine's military", None)]
    assert _speakers(
        "Russian attacks were reported near Toretsk, the ministry said."
    ) == [("the ministry", None)]


def test_hyphenated_rank_goes_with_the_role() -> None:
    """'Ukrainian Commander-in-Chief X Y': the rank is the role, not the name."""
    assert _speakers(
        "Russian forces have advanced near Pokrovsk, according to Ukrainian "
        "Commander-in-Chief Oleksandr Syrskyi."
    ) == [("Oleksandr Syrskyi", "Ukrainian Commander-in-Chief")]
    assert _speakers(
        "Russian troops entered Kurakhove, Vice-Admiral Oleksiy Neizhpapa said."
    ) == [("Oleksiy Neizhpapa", "Vice-Admiral")]
    assert _speakers(
        "Ukrainian forces retook Kopanky, said Lieutenant-General Ivan Koval."
    ) == [("Ivan Koval", "Lieutenant-General")]


def test_according_to_a_role_then_the_name_apposed() -> None:
    """'according to the regional governor, Vadym Filashkin.': the name."""
    assert _speakers(
        "Russian forces have advanced near Pokrovsk, according to the regional "
        "governor, Vadym Filashkin."
    ) == [("Vadym Filashkin", "the regional governor")]
    assert _speakers(
        "Russian troops captured Ivanivka, according to the army's top "
        "commander, Oleksandr Syrskyi."
    ) == [("Oleksandr Syrskyi", "the army's top commander")]
    assert _speakers(
        "Fighting continues in Toretsk, according to a spokesman for the "
        "Khortytsia group, Nazar Voloshyn."
    ) == [("Nazar Voloshyn", "a spokesman for the Khortytsia group")]


def _places(text: str) -> list:
    """The place names of each claim extracted from ``text`` (English)."""
    claims = extract_claims(text, published="2024-11-20", language="en")
    return [[p.name for p in c.places] for c in claims]


def test_the_village_never_points_back_to_a_river_bank() -> None:
    """'X on the Dnipro's left bank. … the village': X, not the river."""
    assert _places(
        "Ukrainian forces liberated Krynky on the Dnipro's left bank, the "
        "Southern Defence Forces said. Russian forces had occupied the village "
        "since 2022."
    ) == [["Krynky", "Dnipro"], ["Krynky"]]
    assert _places(
        "Russian troops took Kozatske on the right bank of the Dnipro, Moscow "
        "said. Ukraine said it still held the village on Monday."
    ) == [["Kozatske", "Dnipro"], ["Kozatske"]]
    assert _places(
        "Russian forces seized Pishchanyi on the Oskil's eastern bank. "
        "Ukrainian troops retook the village on Monday."
    )[-1] == ["Pishchanyi"]


def test_wire_slug_glued_to_the_headline_is_no_part_of_it() -> None:
    """'UPDATE 2-Russia says …': Russia speaks and gains, not 'UPDATE 2-Russia'."""
    assert _speakers("UPDATE 2-Russia says it captured Illinka") == [("Russia", None)]
    assert _frames("WRAPUP 1-Russia claims capture of Kurakhove as Ukraine fights on")[
        0
    ] == ("settlement_control", "RU", None, None, ["Kurakhove"])
    assert _speakers("EXCLUSIVE-Ukraine retakes Kopanky, Kyiv says") == [("Kyiv", None)]


def test_source_noun_stays_when_no_name_is_left() -> None:
    """'according to open-source maps' names no 'open-source'."""
    assert _speakers(
        "Russian forces have taken about 25 square kilometres in the Kursk "
        "region, according to open-source maps."
    ) == [("open-source maps", None)]
    assert _speakers(
        "Russian troops advanced 2 km near Pokrovsk, according to frontline maps."
    ) == [("frontline maps", None)]
    assert _speakers(
        "Russian troops advanced 2 km near Pokrovsk, according to DeepState maps."
    ) == [("DeepState", None)]


def test_name_of_a_group_of_forces_is_no_place() -> None:
    """'the Khortytsia Group of Forces', 'the Tavria group said': no place."""
    assert _places(
        "Ukraine's Khortytsia Group of Forces spokesperson Nazar Voloshyn said "
        "Russian forces attacked near Toretsk."
    ) == [["Toretsk"]]
    assert _places(
        "The Tavria group said Russian troops had advanced near Kurakhove."
    ) == [["Kurakhove"]]
    assert (
        _places(
            "Russian forces attacked in small groups, the Khortytsia "
            "operational-strategic group said."
        )
        == []
    )


def test_settlements_listed_after_a_colon() -> None:
    """'two more villages …: Dalne and Illinka' names both villages."""
    assert _places(
        "Moscow claimed the capture of two more villages on Wednesday: Dalne "
        "and Illinka."
    ) == [["Dalne", "Illinka"]]
    assert _places(
        "Russia said its troops had taken three settlements: Dalne, Illinka and "
        "Petrivka."
    ) == [["Dalne", "Illinka", "Petrivka"]]
    assert _places(
        "Ukraine said it had pulled out of two villages: Hostre and Illinka."
    ) == [["Hostre", "Illinka"]]
