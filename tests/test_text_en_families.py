"""English rule families for text nobody tuned for (issue 8), in our own words.

Every sentence is invented for the test (no dev, blind or article text); each
family is tried in three phrasings. The text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)  # a Saturday
SC = "settlement_control"


def claims(text: str):
    return extract_claims(text, published=PUB, language="en")


# ---- a denial that points back at the claim before it ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Moscow said its troops had captured Kolosky on Tuesday. Kyiv called the"
        " claim false.",
        "Moscow said its troops had captured Kolosky on Tuesday. The General Staff"
        " said the reports were simply untrue.",
        "Moscow said its troops had captured Kolosky on Tuesday. Ukrainian officers"
        " called it a lie and said the brigade still held the centre.",
    ],
)
def test_a_denial_negates_the_claim_before(text: str) -> None:
    # (the centre still held is a holding claim of its own: not the denial)
    got = [c for c in claims(text) if c.kind == SC and not c.extra.get("holding")]
    assert [(c.gainer, c.negated) for c in got] == [("RU", False), ("RU", True)]
    assert [p.name for p in got[1].places] == ["Kolosky"]


def test_calling_a_dismissed_claim_names_makes_no_second_denial() -> None:
    text = (
        "Kyiv dismissed a Russian report that Moscow's troops controlled most of"
        " Kolosky, calling it propaganda."
    )
    assert [c.negated for c in claims(text) if c.kind == SC] == [True]


# ---- assaults without a gain: a negated advance at the same place ----------
@pytest.mark.parametrize(
    "text",
    [
        "Russian units kept up assaults near Kolosky on June 10 and 11 but did not"
        " make confirmed advances.",
        "Russian units kept up assaults near Kolosky on June 10 and 11 but made no"
        " confirmed gains.",
        "Russian units kept up assaults near Kolosky on June 10 and 11 but didn't"
        " make any significant progress.",
    ],
)
def test_assaults_without_a_gain(text: str) -> None:
    got = claims(text)
    assert [c.kind for c in got] == ["fighting", "advance"]
    adv = got[1]
    assert (adv.gainer, adv.negated) == ("RU", True)
    assert [p.name for p in adv.places] == ["Kolosky"]
    # the period of the clause it is coordinated with
    assert (adv.period_start, adv.period_end) == (date(2025, 6, 10), date(2025, 6, 11))


# ---- a distance between the movement verb and "closer" ----------------------
@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            "Russian forces have moved about six miles closer to Kolosky since the"
            " start of May.",
            9.656,
        ),
        ("Ukrainian marines edged some 3 km closer to Kolosky.", 3.0),
        ("The invaders crept roughly two kilometres nearer to Kolosky.", 2.0),
    ],
)
def test_distance_closer_to_a_place_is_an_advance(text: str, km: float) -> None:
    got = claims(text)
    assert [c.kind for c in got] == ["advance"]
    assert got[0].distance_km == pytest.approx(km, abs=0.01)
    assert [p.name for p in got[0].places] == ["Kolosky"]


def test_since_the_start_of_a_month_times_a_closer_advance() -> None:
    (c,) = claims(
        "Russian forces have moved about six miles closer to Kolosky since the"
        " start of May."
    )
    assert (c.period_start, c.period_end, c.cumulative) == (
        date(2025, 5, 1),
        PUB,
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army moved its headquarters closer to Kolosky.",
        "Russia moved 20 battalions closer to the border.",
        "Refugees moved some 30 km away from Kolosky.",
    ],
)
def test_moving_things_closer_is_no_advance(text: str) -> None:
    assert [c.kind for c in claims(text)] == []


# ---- "since the start of the offensive on Friday" --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Moscow says its troops have taken seven villages since the start of the"
        " offensive on Friday.",
        "Russian forces have captured seven villages since the launch of their"
        " northern offensive on Friday.",
        "Kyiv says its forces have liberated seven villages since the beginning of"
        " the counteroffensive last Friday.",
    ],
)
def test_since_the_start_of_an_offensive_on_a_weekday(text: str) -> None:
    (c,) = claims(text)
    assert c.kind == SC
    assert (c.period_start, c.period_end, c.cumulative) == (
        date(2025, 6, 13),
        PUB,
        True,
    )


# ---- "said X and that Y": two reported objects, two fights ------------------
@pytest.mark.parametrize(
    "text",
    [
        "The brigade said it had repelled 12 assaults near Kolosky over the past"
        " day and that fighting was continuing around Lypivka.",
        "Kyiv said its units had beaten off 12 attacks near Kolosky over the past"
        " day and that clashes were still going on near Lypivka.",
        "The command reported that 12 assaults near Kolosky had been repelled over"
        " the past day and that battles continued around Lypivka.",
    ],
)
def test_and_that_opens_a_second_reported_fight(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"]),
        ("fighting", ["Lypivka"]),
    ]
    assert got[0].period_text == "over the past day"
    assert got[1].period_text is None


# ---- "the hardest place": fighting named by its intensity ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kolosky is the hardest place on this front now.",
        "Kolosky remains the toughest spot for the brigade.",
        "The fiercest sector this week was around Kolosky.",
    ],
)
def test_the_hardest_place_is_fighting(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"])
    ]


def test_the_hardest_place_to_live_is_no_fight() -> None:
    assert claims("Kolosky is the hardest place to live in the region.") == []


# ---- a place name right after or before a straight quote mark -------------
@pytest.mark.parametrize(
    "text",
    [
        "The major was blunt: 'Kolosky is the hardest place.'",
        "He said: 'There is fighting in Kolosky'.",
        "'Kolosky is under heavy pressure,' the officer said.",
    ],
)
def test_a_place_inside_straight_quotes(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"])
    ]


# ---- look-alikes: no claim of their own -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it took Lypivka, part of a months-long push towards the"
        " town of Kolosky.",
        "Moscow said it took Lypivka, part of its slow drive toward Kolosky.",
        "Moscow said it took Lypivka, one of the steps in the push into Kolosky.",
    ],
)
def test_a_campaign_named_as_background_is_no_advance(text: str) -> None:
    assert [c.kind for c in claims(text)] == [SC]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin now claims about 18% of the country as its own.",
        "Moscow claims four regions as its own after the votes.",
        "Russia claims nearly a fifth of Ukraine's land as its own.",
    ],
)
def test_territory_claimed_as_its_own_is_no_gain(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian units have consolidated their positions in Kolosky.",
        "The marines were consolidating their positions near Kolosky.",
        "Russian forces consolidated the positions they hold in Kolosky.",
    ],
)
def test_consolidated_positions_are_no_advance(text: str) -> None:
    assert "advance" not in [c.kind for c in claims(text)]


# ---- "the first N months of the year" (a family in all three languages) ----
@pytest.mark.parametrize(
    ("lang", "text", "end"),
    [
        (
            "en",
            "Russia took 2,000 sq km in the first five months of the year.",
            date(2025, 5, 31),
        ),
        (
            "en",
            "Russian forces captured 900 square kilometres in the first 3 months"
            " of this year.",
            date(2025, 3, 31),
        ),
        (
            "en",
            "Ukraine lost 700 sq km over the first four months of 2025.",
            date(2025, 4, 30),
        ),
        (
            "uk",
            "За перші п’ять місяців року росіяни захопили 2000 кв. км.",
            date(2025, 5, 31),
        ),
        (
            "uk",
            "У перші три місяці 2025 року ворог окупував 900 кв. км.",
            date(2025, 3, 31),
        ),
        (
            "uk",
            "За перші чотири місяці поточного року противник захопив 700 кв. км.",
            date(2025, 4, 30),
        ),
        (
            "ru",
            "За первые пять месяцев года ВС РФ освободили 2000 кв. км.",
            date(2025, 5, 31),
        ),
        (
            "ru",
            "В первые три месяца 2025 года армия заняла 900 кв. км.",
            date(2025, 3, 31),
        ),
        (
            "ru",
            "За первые четыре месяца текущего года войска освободили 700 кв. км.",
            date(2025, 4, 30),
        ),
    ],
)
def test_the_first_months_of_the_year(lang: str, text: str, end: date) -> None:
    got = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.period_start, c.period_end) for c in got] == [
        ("area_change", date(2025, 1, 1), end)
    ]


# ---- fighting one's way in, penetrating defences: an advance ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have fought their way into Kolosky.",
        "Russian forces have penetrated the defences of Kolosky.",
        "Russian units penetrated deep into the lines near Kolosky.",
    ],
)
def test_fighting_ones_way_in_is_an_advance(text: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in got] == [
        ("advance", "RU", ["Kolosky"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams fought their way through the rubble in Kolosky.",
        "Drones penetrated the air defences of Kolosky.",
        "Two missiles penetrated into the air space over Kolosky.",
    ],
)
def test_rescuers_and_missiles_make_no_advance(text: str) -> None:
    assert claims(text) == []


# ---- an advance with an area taken on the way ("…, taking 200 sq km") -------
@pytest.mark.parametrize(
    "text",
    [
        "Since June 1, Russian troops advanced up to 6 km, taking some 200 sq km.",
        "Since June 1, Russian troops advanced up to 6 km, taking 200 square"
        " kilometres.",
        "Since June 1, Russian troops have advanced up to 6 km, taking about 200"
        " sq km of land.",
    ],
)
def test_an_advance_and_the_area_taken_on_the_way(text: str) -> None:
    got = sorted(claims(text), key=lambda c: c.kind)
    assert [(c.kind, c.cumulative, c.period_start) for c in got] == [
        ("advance", True, date(2025, 6, 1)),
        ("area_change", True, date(2025, 6, 1)),
    ]
    assert got[0].distance_km == 6.0
    assert got[1].area_km2 == 200.0


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops attacked near Kolosky but did not advance.",
        "Russian troops attacked near Kolosky but didn't advance, the brigade said.",
        "Russian units kept storming Kolosky but did not advance.",
    ],
)
def test_attacks_that_did_not_advance(text: str) -> None:
    got = claims(text)
    assert [(c.kind, c.negated) for c in got] == [
        ("fighting", False),
        ("advance", True),
    ]
    # no time of its own: only the statement day
    assert (got[1].period_start, got[1].period_end) == (None, PUB)


# ---- "over the past three months" (a family in all three languages) ---------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia gained 3,000 square kilometres in the last three months."),
        ("en", "Over the past 3 months Russian forces seized 3,000 sq km."),
        ("en", "Russian troops took 3,000 sq km during the previous three months."),
        ("uk", "За останні три місяці ворог захопив 3000 кв. км."),
        ("uk", "Росіяни окупували 3000 кв. км за минулі 3 місяці."),
        ("uk", "За останні три місяці окупанти захопили 3000 км²."),
        ("ru", "За последние три месяца ВС РФ освободили 3000 кв. км."),
        ("ru", "Армия заняла 3000 кв. км за прошедшие 3 месяца."),
        ("ru", "За последние три месяца войска освободили 3000 км²."),
    ],
)
def test_the_past_months(lang: str, text: str) -> None:
    got = extract_claims(text, published=PUB, language=lang)
    assert [(c.kind, c.period_start, c.period_end, c.cumulative) for c in got] == [
        ("area_change", date(2025, 3, 14), date(2025, 6, 13), False)
    ]


# ---- "incursion" names an operation, it reports no movement -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's forces held 1,300 sq km of the Kursk region at the peak of the"
        " incursion.",
        "Ukraine still holds about 600 sq km of Kursk after its August incursion.",
        "Kolosky was the largest town held since the incursion last summer.",
    ],
)
def test_an_incursion_named_is_no_advance(text: str) -> None:
    assert "advance" not in [c.kind for c in claims(text)]


# ---- "the advance of Russian troops": the side after "of" advances ----------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The advance of Russian troops toward Kolosky has slowed, ISW said.", "RU"),
        ("The advance of the Ukrainian forces near Kolosky went on all week.", "UA"),
        ("Analysts noted the advances of Russian units west of Kolosky.", "RU"),
    ],
)
def test_the_advance_of_a_side(text: str, side: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer) for c in got] == [("advance", side)]


# ---- a directional region with no name is a sector --------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("'We are making progress in the southern region,' she said.", "advance"),
        (
            "Russian forces are attacking in the eastern region, the ministry said.",
            "fighting",
        ),
        ("Our troops gained ground in the northern region this week.", "advance"),
    ],
)
def test_an_unnamed_directional_region_is_a_sector(text: str, kind: str) -> None:
    got = claims(text)
    assert [c.kind for c in got] == [kind]
    assert got[0].sector is not None and got[0].sector.endswith("region")


# ---- unnamed settlements without a count, in a region -----------------------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian forces captured several villages in the Donetsk region.", "RU"),
        ("Moscow's troops have taken dozens of villages in the Kharkiv region.", "RU"),
        ("Ukrainian units retook villages in the southern Kherson region.", "UA"),
    ],
)
def test_unnamed_settlements_without_a_count(text: str, side: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer) for c in got] == [(SC, side)]
    assert got[0].places and got[0].places[0].name.endswith("region")


def test_villages_struck_are_no_capture() -> None:
    assert claims("Russian drones struck several villages in the Sumy region.") == []


# ---- an offensive kept up or fought off, pressure kept on a place -----------
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have intensified their offensive near Kolosky.",
        "Ukrainian units thwarted an enemy offensive near Kolosky.",
        "Russian troops kept up the pressure on Kolosky all week.",
        "Pressure on Kolosky is mounting, the spokesman said.",
        "The enemy is exerting heavy pressure on Kolosky.",
        "Russia stepped up an offensive around Kolosky in March.",
    ],
)
def test_offensive_and_pressure_phrasings_are_fighting(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has intensified its diplomatic offensive in Africa.",
        "The US kept up the pressure on Moscow to negotiate.",
        "Washington increased pressure on Kyiv to accept the deal.",
    ],
)
def test_political_offensives_and_pressure_are_no_fighting(text: str) -> None:
    assert claims(text) == []


# ---- "took more advantageous lines and positions" (MoD style): an advance ---
@pytest.mark.parametrize(
    "text",
    [
        "Russian units took more advantageous lines and positions near Kolosky.",
        "Russian troops occupied more advantageous positions near Kolosky.",
        "Russian assault groups have taken more favourable lines near Kolosky.",
    ],
)
def test_more_advantageous_lines_taken_are_an_advance(text: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in got] == [
        ("advance", "RU", ["Kolosky"])
    ]


def test_a_withdrawal_to_better_positions_stays_the_other_sides_advance() -> None:
    got = claims(
        "Ukrainian units withdrew to more advantageous positions near Kolosky."
    )
    assert [(c.kind, c.gainer) for c in got] == [("advance", "RU")]


# ---- "regained lost positions": "lost" is an adjective there ----------------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian forces regained lost positions near Kolosky.", "UA"),
        (
            "Russian forces recaptured some previously lost positions near Kolosky.",
            "RU",
        ),
        ("Ukrainian marines took back several lost positions near Kolosky.", "UA"),
    ],
)
def test_lost_positions_taken_back(text: str, side: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in got] == [
        ("advance", side, ["Kolosky"])
    ]


# ---- "so far this month": a month-to-date running total ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have gained about 120 square kilometres so far this month.",
        "Russia has taken 120 sq km this month so far, DeepState said.",
        "So far this month, Russian troops have seized 120 square kilometres.",
    ],
)
def test_so_far_this_month_is_a_running_total(text: str) -> None:
    (c,) = claims(text)
    assert (c.kind, c.cumulative, c.period_start, c.period_end) == (
        "area_change",
        True,
        date(2025, 6, 1),
        PUB,
    )


# ---- an order or permission to withdraw is the withdrawal reported ----------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's military said it had ordered its troops to withdraw from Kolosky.",
        "The Ukrainian command ordered a withdrawal from Kolosky on Tuesday.",
        "The command allowed its units to withdraw from Kolosky to avoid encirclement.",
    ],
)
def test_an_order_to_withdraw_is_a_withdrawal(text: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in got] == [
        (SC, "RU", ["Kolosky"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia demanded that Ukraine withdraw from Kolosky.",
        "Moscow wants Kyiv to withdraw from Kolosky.",
        "Washington urged Russia to withdraw from Kolosky.",
    ],
)
def test_a_demand_to_withdraw_is_no_withdrawal(text: str) -> None:
    assert claims(text) == []


# ---- a fight located by its own sector borrows no place from before ---------
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces advanced north of Kolosky. Russian forces continued"
        " offensive operations in the Lyman direction on June 12 but did not"
        " advance.",
        "Russian forces advanced north of Kolosky. Russian troops continued"
        " assaults in the Lyman direction on June 12 but made no confirmed gains.",
        "Russian forces advanced north of Kolosky. Russian units continued attacks"
        " in the Lyman direction on June 12 but didn't advance.",
    ],
)
def test_a_sector_fight_and_its_stall_stay_in_the_sector(text: str) -> None:
    got = claims(text)[1:]
    assert [(c.kind, c.negated, [p.name for p in c.places]) for c in got] == [
        ("fighting", False, []),
        ("advance", True, []),
    ]
    assert all(c.sector and "Lyman" in c.sector for c in got)


# ---- the scene of the fighting: a place, not an aftermath -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kolosky has been the scene of intense fighting for months.",
        "Kolosky is now the epicentre of the battles in the east.",
        "Most of the clashes took place near Kolosky.",
    ],
)
def test_the_scene_of_the_fighting(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kolosky fled because of the fighting.",
        "Victims of the fighting near Kolosky were buried on Sunday.",
        "The end of the fighting in Kolosky is not in sight.",
    ],
)
def test_the_aftermath_of_fighting_is_no_fight(text: str) -> None:
    assert claims(text) == []


# ---- distances written without digits, and "a 3-km advance" ----------------
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("The Russians have advanced another kilometre towards Kolosky.", 1.0),
        ("Ukrainian troops advanced half a kilometre near Kolosky.", 0.5),
        ("Russian forces pushed about a mile into Kolosky.", 1.609),
        ("Russian units made a 3-km advance near Kolosky.", 3.0),
        ("Ukrainian marines made a 2-kilometre push towards Kolosky.", 2.0),
    ],
)
def test_distances_without_digits_and_hyphenated(text: str, km: float) -> None:
    got = claims(text)
    assert [c.kind for c in got] == ["advance"]
    assert got[0].distance_km == pytest.approx(km, abs=0.01)


def test_a_hyphenated_front_width_is_no_depth() -> None:
    got = claims("Russian forces advanced near Kolosky along a 10-km front.")
    assert [(c.kind, c.distance_km) for c in got] == [("advance", None)]


# ---- "de-occupied": Ukrainian usage in English ------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Over the past week, Ukrainian soldiers have de-occupied 16 square"
            " kilometres in the Kolosky sector.",
            "area_change",
        ),
        ("Ukrainian troops managed to de-occupy the village of Kolosky.", SC),
        ("Ukraine's marines deoccupied Kolosky on Tuesday.", SC),
    ],
)
def test_de_occupied_is_a_ukrainian_gain(text: str, kind: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer) for c in got] == [(kind, "UA")]


def test_de_occupied_land_cleared_of_mines_is_no_gain() -> None:
    text = (
        "Some 37,000 km2 of de-occupied territories have been declared safe"
        " after a non-technical survey."
    )
    assert claims(text) == []


# ---- a fraction of one town held is a partial hold, of a country no claim ---
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian troops control roughly two-thirds of Kolosky.", "RU"),
        ("The Russians now occupy about a third of Kolosky.", "RU"),
        ("Ukrainian forces control about a third of the town of Kolosky.", "UA"),
    ],
)
def test_a_fraction_of_a_town_held(text: str, side: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, [p.name for p in c.places]) for c in got] == [
        (SC, side, ["Kolosky"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia occupies about a fifth of Ukraine.",
        "Russia controls two-thirds of Donetsk region.",
        "Moscow, which occupies roughly a quarter of the land, wants more.",
    ],
)
def test_a_fraction_of_a_country_or_region_held_is_no_claim(text: str) -> None:
    assert claims(text) == []


# ---- no comment is no denial; the side whose claim it is acts ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Kyiv did not immediately comment on Russia's claim to have captured Kolosky.",
        "Ukraine has not responded to Moscow's claim that its troops took Kolosky.",
        "Reuters could not independently verify Russia's claim that it had taken"
        " Kolosky.",
    ],
)
def test_no_comment_is_no_denial(text: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer, c.negated) for c in got] == [(SC, "RU", False)]


def test_a_denied_claim_stays_negated() -> None:
    got = claims("Kyiv rejected Russia's claim that it had taken Kolosky.")
    assert [(c.gainer, c.negated) for c in got] == [("RU", True)]


# ---- "in the week to June 8": the seven days ending that day ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured 450 sq km in the week to June 8.",
        "Russia took 120 sq km in the seven days to Sunday.",
        "Russian troops seized 90 sq km in the week ending June 8, 2025.",
    ],
)
def test_the_week_to_a_day(text: str) -> None:
    (c,) = claims(text)
    assert (c.period_start, c.period_end, c.cumulative) == (
        date(2025, 6, 2),
        date(2025, 6, 8),
        False,
    )


# ---- a quoted sentence starts after its quote mark --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "'Street fighting is going on in Kolosky,' he told television.",
        '"Street fighting is going on in Kolosky," he told television.',
        "‘Street fighting is going on in Kolosky,’ he told television.",
    ],
)
def test_a_common_noun_opening_a_quote_is_no_place(text: str) -> None:
    got = claims(text)
    assert [(c.kind, [p.name for p in c.places]) for c in got] == [
        ("fighting", ["Kolosky"])
    ]


# ---- crossing into a region, seizing a bridgehead: advances -----------------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Russian forces crossed into the Dnipropetrovsk region for the first time.",
            "RU",
        ),
        ("Ukrainian forces crossed the border into Russia's Kursk region.", "UA"),
        ("Russian forces seized a bridgehead on the west bank near Kolosky.", "RU"),
        ("Ukrainian marines seized a foothold on the left bank near Kolosky.", "UA"),
    ],
)
def test_crossing_into_a_region_and_seizing_a_bridgehead(text: str, side: str) -> None:
    got = claims(text)
    assert [(c.kind, c.gainer) for c in got] == [("advance", side)]


def test_a_unit_that_crossed_into_a_country_is_background() -> None:
    assert claims("He leads a battalion that crossed into Russia a week ago.") == []


# ---- a time inside an appositive about the place stays there ---------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ukrainian forces have recaptured Kolosky, a village they lost in the"
            " spring.",
            None,
            PUB,
        ),
        (
            "Ukraine retook Kolosky, a small town Russian troops seized in 2022, on"
            " Friday.",
            date(2025, 6, 13),
            date(2025, 6, 13),
        ),
        (
            "Russia captured Kolosky, a village in the east, on Tuesday.",
            date(2025, 6, 10),
            date(2025, 6, 10),
        ),
    ],
)
def test_a_time_in_an_appositive_is_not_the_claims(
    text: str, start: date | None, end: date
) -> None:
    got = [c for c in claims(text) if c.char_start < 20]
    assert [(c.period_start, c.period_end) for c in got] == [(start, end)]
