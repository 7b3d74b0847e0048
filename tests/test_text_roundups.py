"""Roundup wording: half-years, seasons without a year, weeks of a month,
Ukrainian/Russian recapture verbs with positions as the object (our own
sentences, not taken from any corpus)."""

from __future__ import annotations

from datetime import date

from frontline.text.claims import extract_claims
from frontline.text.periods import find_periods, resolve


def _one(text: str, lang: str, ref: date) -> tuple:
    ps = find_periods(text, lang)
    assert len(ps) == 1, ps
    return ps[0].kind, resolve(ps[0], ref)


def test_half_year_in_three_languages() -> None:
    ref = date(2023, 7, 20)
    h1 = (date(2023, 1, 1), date(2023, 6, 30))
    assert _one("They gained 90 sq km in the first half of the year", "en", ref) == (
        "half",
        h1,
    )
    assert _one("за перше півріччя 2023 року ворог", "uk", ref)[1] == h1
    assert _one("за первое полугодие армия", "ru", ref)[1] == h1
    # the second half asked for in spring is last year's
    k, r = _one("during the second half of the year", "en", date(2024, 3, 1))
    assert r == (date(2023, 7, 1), date(2023, 12, 31))


def test_half_year_told_after_it_ended_is_no_running_total() -> None:
    # session 36: a completed period reported after it ended is a bounded
    # increment (CONVENTIONS); this test said cumulative before
    text = "Russian troops seized 730 square kilometres in the first half of 2023."
    (c,) = extract_claims(text, published=date(2023, 7, 3), language="en")
    assert c.cumulative is False
    assert (c.period_start, c.period_end) == (date(2023, 1, 1), date(2023, 6, 30))
    (c,) = extract_claims(text, published=date(2023, 5, 3), language="en")
    assert c.cumulative is True


def test_season_without_year_is_the_latest_one() -> None:
    k, r = _one("During the winter the army lost ground", "en", date(2024, 4, 2))
    assert r == (date(2023, 12, 1), date(2024, 2, 29))
    k, r = _one("over the spring they pushed on", "en", date(2024, 7, 1))
    assert r == (date(2024, 3, 1), date(2024, 5, 31))
    # an offensive named after a season is not the season
    assert _one("in the summer offensive", "en", date(2024, 7, 1))[0] != "season"


def test_week_of_a_month() -> None:
    ref = date(2024, 3, 20)
    assert _one("in the second week of March", "en", ref)[1] == (
        date(2024, 3, 8),
        date(2024, 3, 14),
    )
    assert _one("during the last week of February", "en", ref)[1] == (
        date(2024, 2, 23),
        date(2024, 2, 29),
    )
    assert _one("last week", "en", ref)[0] == "last_week"


def test_recaptured_positions_are_a_ukrainian_advance() -> None:
    pub = date(2024, 5, 2)
    for text, lang in (
        ("Бійці бригади відбили кілька позицій поблизу Кринок.", "uk"),
        ("Штурмовики повернули втрачені позиції біля Роботиного.", "uk"),
        ("Подразделения ВСУ отбили часть позиций под Работино.", "ru"),
    ):
        cs = extract_claims(text, published=pub, language=lang)
        assert [c.kind for c in cs] == ["advance"], (text, cs)
        assert cs[0].gainer == "UA"
    # without an object "відбили" is still a repelled attack
    cs = extract_claims(
        "Захисники відбили три атаки біля Кринок.", published=pub, language="uk"
    )
    assert [c.kind for c in cs] == ["fighting"]


def test_regained_trenches_are_an_advance() -> None:
    cs = extract_claims(
        "Ukrainian marines regained two trenches east of Krynky on Sunday.",
        published=date(2024, 5, 2),
        language="en",
    )
    assert [(c.kind, c.gainer) for c in cs] == [("advance", "UA")]


def _areas(text: str, lang: str, pub: date) -> list[tuple]:
    return [
        (c.area_km2, c.period_start, c.period_end, c.gainer)
        for c in extract_claims(text, published=pub, language=lang)
        if c.kind == "area_change"
    ]


def test_comparison_figures_take_their_own_months() -> None:
    text = (
        "Ukrainian units recaptured 75 sq km in the south in July, the general "
        "staff said. That was down from 120 sq km in June and 98 in May."
    )
    got = _areas(text, "en", date(2023, 8, 3))
    assert got == [
        (75.0, date(2023, 7, 1), date(2023, 7, 31), "UA"),
        (120.0, date(2023, 6, 1), date(2023, 6, 30), "UA"),
        (98.0, date(2023, 5, 1), date(2023, 5, 31), "UA"),
    ]


def test_roundup_lines_without_a_verb() -> None:
    text = (
        "Russian forces occupied 310 square kilometres in March, analysts said.\n"
        "February: 270 sq km.\n"
        "January alone accounted for 190 sq km."
    )
    got = _areas(text, "en", date(2024, 4, 2))
    assert got == [
        (310.0, date(2024, 3, 1), date(2024, 3, 31), "RU"),
        (270.0, date(2024, 2, 1), date(2024, 2, 29), "RU"),
        (190.0, date(2024, 1, 1), date(2024, 1, 31), "RU"),
    ]


def test_previous_year_figures_with_a_settlement_count() -> None:
    text = (
        "The army seized 900 sq km in 2023 and took 40 villages, the group said. "
        "In 2022 the numbers were 1,200 sq km and 75 settlements."
    )
    cs = extract_claims(text, published=date(2024, 1, 5), language="en")
    last = [c for c in cs if c.period_start == date(2022, 1, 1)]
    assert sorted(c.kind for c in last) == ["area_change", "settlement_control"]
    count = next(c for c in last if c.kind == "settlement_control")
    assert count.extra["settlements_count"] == 75
    # a completed year told after it ended is a bounded increment (the
    # CONVENTIONS clarification), not a running total
    assert not any(c.cumulative for c in last)


def test_a_bare_figure_needs_an_area_claim_before_it() -> None:
    text = "February: 270 sq km of farmland was sown, the ministry said."
    assert _areas(text, "en", date(2024, 4, 2)) == []


def _kinds(text: str, lang: str) -> list[str]:
    return [
        c.kind for c in extract_claims(text, published=date(2024, 5, 2), language=lang)
    ]


def test_fighting_without_a_fight_noun() -> None:
    assert _kinds("The village of Krynky is still contested, marines say.", "en") == [
        "fighting"
    ]
    assert _kinds(
        "Russian units attempted five times to storm Robotyne on Tuesday.", "en"
    ) == ["fighting"]
    assert _kinds("Оборона Кринок досі триває, кажуть морпіхи.", "uk") == ["fighting"]
    assert _kinds("Українські бійці контратакують біля Роботиного.", "uk") == [
        "fighting"
    ]
    assert _kinds("За неделю отражены 9 атак у Работино.", "ru") == ["fighting"]
    assert _kinds("Оборона Работино продолжается.", "ru") == ["fighting"]
    # a contested election is no front line
    assert _kinds("The result of the vote was contested in court.", "en") == []


def test_next_claim_sentence_inherits_an_explicit_span() -> None:
    pub = date(2024, 6, 3)
    text = (
        "In May alone, Russian troops seized 320 square kilometres near Kharkiv, "
        "analysts estimate. They also entered the outskirts of Vovchansk."
    )
    cs = extract_claims(text, published=pub, language="en")
    assert len(cs) == 2
    assert {(c.period_start, c.period_end) for c in cs} == {
        (date(2024, 5, 1), date(2024, 5, 31))
    }
    ru = (
        "С 20 по 26 мая войска освободили Старицу, сообщили в ведомстве. "
        "Штурмовые группы также продвинулись на 2 км у Волчанска."
    )
    cs = extract_claims(ru, published=pub, language="ru")
    assert {(c.period_start, c.period_end) for c in cs} == {
        (date(2024, 5, 20), date(2024, 5, 26))
    }


def test_no_inherited_span_across_a_new_statement() -> None:
    text = (
        "In May alone, Russian troops seized 320 square kilometres near Kharkiv, "
        "analysts estimate. The general staff said Ukrainian units retook Starytsia."
    )
    cs = extract_claims(text, published=date(2024, 6, 3), language="en")
    assert cs[-1].kind == "settlement_control"
    assert cs[-1].period_start is None


def test_over_the_course_of_a_year_beats_a_compared_year() -> None:
    text = (
        "Over the course of 2023 Ukrainian forces regained about 370 sq km, "
        "far less than they had retaken in 2022, the ministry said."
    )
    (c,) = [
        c
        for c in extract_claims(text, published=date(2024, 1, 4), language="en")
        if c.area_km2
    ]
    assert (c.period_start, c.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_month_after_and_opens_the_next_list_item() -> None:
    text = (
        "Ворог окупував 300 км² у березні, менше, ніж у лютому, коли росіяни "
        "захопили 410 км², та в січні (380 км²)."
    )
    got = sorted(_areas(text, "uk", date(2024, 4, 2)))
    assert (410.0, date(2024, 2, 1), date(2024, 2, 29), "RU") in got


def test_denials_and_announcements_pointing_back() -> None:
    pub = date(2024, 8, 9)
    cs = extract_claims(
        "Russia said its forces had captured Krynky on Wednesday, but the Ukrainian "
        "navy denied it.",
        published=pub,
        language="en",
    )
    denial = [c for c in cs if c.negated]
    assert len(denial) == 1
    assert denial[0].kind == "settlement_control"
    assert [p.name for p in denial[0].places] == ["Krynky"]
    assert "denied it" in denial[0].quote
    uk = "Окупанти заявили про захоплення Кринок. Речник ВМС це заперечив."
    cs = extract_claims(uk, published=pub, language="uk")
    assert [(c.kind, c.negated) for c in cs] == [
        ("settlement_control", False),
        ("settlement_control", True),
    ]
    ru = "Минобороны сообщило о взятии Кринок. В ВСУ эту информацию опровергли."
    cs = extract_claims(ru, published=pub, language="ru")
    assert cs[-1].negated and [p.name for p in cs[-1].places] == ["Кринок"]
    en = (
        "Russian troops are said to have taken Krynky. Moscow reported it on "
        "Tuesday. Kyiv has not reported it."
    )
    cs = extract_claims(en, published=pub, language="en")
    back = [c for c in cs if c.quote.startswith("Moscow")]
    assert len(back) == 1 and not back[0].negated
    assert back[0].period_end == date(2024, 8, 6)
    assert not any(c.quote.startswith("Kyiv") for c in cs)


def test_no_denial_claim_without_a_claim_before() -> None:
    cs = extract_claims(
        "The ministry denied it had any plans for a new mobilisation wave.",
        published=date(2024, 8, 9),
        language="en",
    )
    assert cs == []


def test_explainer_headlines_and_questions_are_no_claims() -> None:
    pub = date(2024, 8, 9)
    for text, lang in (
        ("Why Russia keeps attacking Krynky\n\nAn explainer.", "en"),
        ("How Ukraine's marines advanced on the left bank\n\nAnalysis.", "en"),
        ("Чому росіяни штурмують Кринки\n\nПояснюємо.", "uk"),
        ("Почему ВСУ атакуют под Работино\n\nРазбор.", "ru"),
    ):
        assert extract_claims(text, published=pub, language=lang) == [], text
    assert (
        extract_claims(
            "Is Russia attacking Krynky again?", published=pub, language="en"
        )
        == []
    )


def test_depth_and_width_without_an_advance_verb() -> None:
    pub = date(2024, 8, 9)
    for text in (
        "Ukrainian troops have carved out a salient about 12 kilometres deep "
        "and 25 kilometres wide inside Kursk region.",
        "By August the breach near Robotyne had become a wedge some 7 miles deep.",
        "Near Synkivka the Russians went 3 to 4 kilometres deep, a local "
        "commander said.",
    ):
        (c,) = extract_claims(text, published=pub, language="en")
        assert c.kind == "advance" and c.distance_km, text
    (c,) = extract_claims(
        "Ukrainian troops have carved out a salient about 12 kilometres deep "
        "and 25 kilometres wide inside Kursk region.",
        published=pub,
        language="en",
    )
    assert (c.gainer, c.distance_km) == ("UA", 12.0)
    assert c.extra.get("front_width_km") == 25.0


def test_pushed_roughly_n_miles_is_an_advance() -> None:
    (c,) = extract_claims(
        "Russian units pushed roughly 3 miles (4.8 km) north of Synkivka last week.",
        published=date(2024, 8, 9),
        language="en",
    )
    assert c.kind == "advance" and round(c.distance_km, 2) == 4.83


def test_since_it_began_its_offensive_is_a_running_total() -> None:
    ps = find_periods(
        "since Moscow launched its offensive in the Kharkiv region in May", "en"
    )
    assert ps and ps[0].kind == "since_start"


def test_over_the_month_is_the_roundups_month() -> None:
    uk = (
        "Підсумки березня: окупанти захопили 300 км²\n\n"
        "За місяць ворог захопив 12 населених пунктів на сході."
    )
    cs = extract_claims(uk, published=date(2024, 4, 2), language="uk")
    assert cs and all(
        (c.period_start, c.period_end) == (date(2024, 3, 1), date(2024, 3, 31))
        for c in cs
    ), [(c.quote, c.period_start, c.period_end) for c in cs]
    en = (
        "Russian forces seized 300 sq km in March, analysts said. Over the month "
        "they also took 12 villages, according to the same count."
    )
    cs = extract_claims(en, published=date(2024, 4, 3), language="en")
    assert cs[-1].extra.get("settlements_count") == 12
    assert (cs[-1].period_start, cs[-1].period_end) == (
        date(2024, 3, 1),
        date(2024, 3, 31),
    )


def test_a_participle_adds_depth_to_the_advance_before_it() -> None:
    text = (
        "Marines regained a trench line near Krynky on Sunday, the navy said, "
        "driving the Russians back by about 800 metres."
    )
    cs = extract_claims(text, published=date(2024, 8, 9), language="en")
    assert len(cs) == 1
    assert cs[0].kind == "advance" and cs[0].distance_km == 0.8
    assert [p.name for p in cs[0].places] == ["Krynky"]


def test_its_after_a_sentence_opened_by_a_side() -> None:
    text = (
        "Russia keeps up the pressure in the south. Its marines retook "
        "positions near Krynky last week."
    )
    cs = extract_claims(text, published=date(2024, 8, 9), language="en")
    assert [(c.kind, c.gainer) for c in cs] == [("advance", "RU")]


def test_dated_starts_of_running_totals() -> None:
    ref = date(2024, 9, 1)
    k, r = _one("since the incursion began on August 6", "en", ref)
    assert r == (date(2024, 8, 6), ref)
    k, r = _one("crossed the border on August 6 and have since taken", "en", ref)
    assert (k, r) == ("since_date", (date(2024, 8, 6), ref))
    cs = extract_claims(
        "Ukrainian troops crossed into Kursk region on August 6 and have since "
        "advanced up to 30 km, the commander said.",
        published=ref,
        language="en",
    )
    assert cs[-1].cumulative is True
    assert (cs[-1].period_start, cs[-1].period_end) == (date(2024, 8, 6), ref)


def test_a_size_that_shrank_or_grew_is_a_holding_total() -> None:
    for text, lang in (
        (
            "The Russian-held pocket near Kupiansk grew from about 40 sq km in "
            "March to 95 sq km by the end of May, analysts said.",
            "en",
        ),
        (
            "За даними аналітиків, плацдарм ЗСУ на лівому березі скоротився з 30 "
            "км² у квітні до 12 км² наприкінці травня.",
            "uk",
        ),
    ):
        cs = [
            c
            for c in extract_claims(text, published=date(2024, 6, 3), language=lang)
            if c.kind == "area_change"
        ]
        assert len(cs) == 2, (text, cs)
        assert all(c.cumulative and c.extra.get("holding") for c in cs)
        assert all(c.period_start is None for c in cs)


def test_a_town_as_headline_label_stays_a_place() -> None:
    from frontline.text.claimants import find_claimant

    # the label is no speaker; the one who claims after it is
    c = find_claimant("Pokrovsk: Russia claims a breakthrough", "en")
    assert c is not None and c.name == "Russia"
    c = find_claimant("Сирський: ворог зайшов у Вовчанськ", "uk")
    assert c is not None and c.name == "Сирський"
    text = (
        "Вовчанськ: росіяни заявили про захоплення міста\n\n"
        "Армія РФ заявила, що її війська повністю захопили Вовчанськ."
    )
    cs = extract_claims(text, published=date(2024, 6, 3), language="uk")
    assert any(
        c.kind == "settlement_control" and [p.name for p in c.places] == ["Вовчанськ"]
        for c in cs
    )


def test_participle_captures_and_dash_area_lines() -> None:
    pub = date(2024, 6, 3)
    cs = extract_claims(
        "Ворог просунувся на 4 км, зайнявши Роботине та Вербове.",
        published=pub,
        language="uk",
    )
    sc = [c for c in cs if c.kind == "settlement_control"]
    assert [p.name for p in sc[0].places] == ["Роботине", "Вербове"]
    cs = extract_claims(
        "Подразделения продвинулись на 3 км, заняв Работино.",
        published=pub,
        language="ru",
    )
    assert any(c.kind == "settlement_control" for c in cs)
    for text, lang, km2 in (
        ("Площа відвойованої ЗСУ території — понад 20 км².", "uk", 20.0),
        ("Площадь освобожденной территории — около 300 гектаров.", "ru", 3.0),
    ):
        (c,) = extract_claims(text, published=pub, language=lang)
        assert (c.kind, c.area_km2) == ("area_change", km2)


def test_no_movement_at_the_place_just_reported() -> None:
    pub = date(2024, 6, 3)
    en = (
        "Ukraine says its marines pushed forward near Krynky. The Russian "
        "ministry says the marines gained no ground."
    )
    cs = extract_claims(en, published=pub, language="en")
    assert [(c.kind, c.gainer, c.negated) for c in cs] == [
        ("advance", "UA", False),
        ("advance", "UA", True),
    ]
    assert [p.name for p in cs[1].places] == ["Krynky"]
    uk = (
        "Окупанти просунулися біля Роботиного. За словами речника, надалі "
        "просування ворога вдалося зупинити."
    )
    cs = extract_claims(uk, published=pub, language="uk")
    assert (cs[-1].kind, cs[-1].gainer, cs[-1].negated) == ("advance", "RU", True)
    # nothing reported before: no claim
    assert extract_claims("Ни шагу назад они не сделали.", published=pub) == []


def test_prisoners_and_farmers_are_look_alikes() -> None:
    pub = date(2024, 6, 3)
    for text in (
        "Forty marines returned home on Friday, many of them captured near "
        "Krynky last year, the prisoner office said.",
        "Growers near Kupiansk, which was liberated in 2022, have sown wheat "
        "on the recovered fields.",
    ):
        assert extract_claims(text, published=pub, language="en") == [], text


def test_singular_entries_and_claimed_gains() -> None:
    pub = date(2024, 6, 3)
    for text, lang, kind, gainer in (
        (
            "Russian bloggers reported gains near Krynky on Sunday.",
            "en",
            "advance",
            "RU",
        ),
        ("Штурмова група морпіхів увійшла в Кринки.", "uk", "settlement_control", "UA"),
        (
            "По данным блогеров, армия России вошла в Работино.",
            "ru",
            "settlement_control",
            "RU",
        ),
    ):
        (c,) = extract_claims(text, published=pub, language=lang)
        assert (c.kind, c.gainer) == (kind, gainer), text


def test_held_at_the_end_of_a_month_is_a_running_total() -> None:
    for text, lang in (
        ("К концу мая под их контролем оставалось около 15 кв. км.", "ru"),
        ("Наприкінці травня під їхнім контролем залишалося 15 км².", "uk"),
    ):
        (c,) = extract_claims(text, published=date(2024, 6, 3), language=lang)
        assert c.kind == "area_change" and c.area_km2 == 15.0, text
        assert c.extra.get("holding") and c.cumulative
        assert (c.period_start, c.period_end) == (None, date(2024, 5, 31))


def test_a_time_after_but_belongs_to_that_clause() -> None:
    (c, *_) = extract_claims(
        "Near Krynky the marines pushed 3 km into the Russian lines, but they "
        "lost the bridgehead by late November.",
        published=date(2024, 1, 10),
        language="en",
    )
    assert c.kind == "advance" and c.distance_km == 3.0
    assert c.period_text is None


def test_appositive_clauses_name_the_settlement() -> None:
    pub = date(2024, 12, 30)
    text = (
        "Among the losses were Krynky, abandoned by the marines in July, and "
        "Robotyne, which Ukrainian forces left in November."
    )
    cs = extract_claims(text, published=pub, language="en")
    assert [(c.kind, [p.name for p in c.places], c.gainer) for c in cs] == [
        ("settlement_control", ["Krynky"], "RU"),
        ("settlement_control", ["Robotyne"], "RU"),
    ]
    assert cs[1].period_start == date(2024, 11, 1)
    # a person who left: no place, no claim
    assert (
        extract_claims("The envoy, whom Kyiv left in charge, spoke.", published=pub)
        == []
    )


def test_where_a_reported_total_fell_is_no_new_claim() -> None:
    text = (
        "Ukrainian forces recaptured 120 square kilometres in June, the ministry "
        "said. Most of the territory was regained in Zaporizhzhia Oblast."
    )
    cs = extract_claims(text, published=date(2023, 7, 3), language="en")
    assert [c.kind for c in cs] == ["area_change"]


def test_answer_figures_after_a_how_much_question() -> None:
    text = (
        "How much ground does Russia now hold around Vovchansk?\n\n"
        "Roughly 180 sq km, up from 40 in May, a local official estimates."
    )
    cs = extract_claims(text, published=date(2024, 8, 1), language="en")
    assert [(c.area_km2, c.gainer, c.cumulative) for c in cs] == [
        (180.0, "RU", True),
        (40.0, "RU", True),
    ]
    uk = "Скільки території контролюють росіяни біля Вовчанська?\n\nБлизько 180 км²."
    (c,) = extract_claims(uk, published=date(2024, 8, 1), language="uk")
    assert (c.area_km2, c.gainer) == (180.0, "RU")
    # a question with no side named: nothing to attach the answer to
    assert (
        extract_claims(
            "How much land was flooded?\n\nAbout 600 sq km.",
            published=date(2024, 8, 1),
            language="en",
        )
        == []
    )


def test_how_far_a_line_moved_back_to_new_positions() -> None:
    (c,) = extract_claims(
        "The brigade said its retreat had been to prepared positions two to "
        "three kilometres east of the village.",
        published=date(2024, 2, 20),
        language="en",
    )
    assert c.kind == "advance" and c.distance_km == 3.0


def test_sentence_initial_verbs_are_no_places() -> None:
    from frontline.text.toponyms import find_places

    names = [p.name for p in find_places("— Наступают, но без успеха у Кринок.", "ru")]
    assert names == ["Кринок"]
    names = [p.name for p in find_places("Кажуть, ворог зайшов у Кринки.", "uk")]
    assert names == ["Кринки"]
    names = [p.name for p in find_places("Кринки, кажуть, зруйновані.", "uk")]
    assert names == ["Кринки"]


def test_two_russian_sectors_in_one_phrase() -> None:
    (c,) = extract_claims(
        "Основное продвижение достигнуто на Купянском и Лиманском направлениях.",
        published=date(2024, 6, 3),
        language="ru",
    )
    assert c.kind == "advance"
    assert c.sector == "Купянском и Лиманском направлениях"


def test_not_yet_cleared_is_fighting_at_the_village_just_named() -> None:
    ru = (
        "Штурмовики зашли в Работино с юга. Село пока не зачищено, ВСУ держатся "
        "на окраине."
    )
    cs = extract_claims(ru, published=date(2023, 8, 20), language="ru")
    assert [(c.kind, [p.name for p in c.places]) for c in cs][-1] == (
        "fighting",
        ["Работино"],
    )
    uk = "Росіяни зайшли в Кринки. Село ще не зачищене, морпіхи тримаються на півночі."
    cs = extract_claims(uk, published=date(2023, 8, 20), language="uk")
    assert cs[-1].kind == "fighting" and not cs[-1].negated


def test_the_area_a_sides_troops_had_taken_is_an_object() -> None:
    cs = extract_claims(
        "Ukrainian units have won back roughly 30% of the land Russia's forces "
        "had seized near Kharkiv, the governor said.",
        published=date(2024, 9, 1),
        language="en",
    )
    assert [c.kind for c in cs] == ["area_change"]
    assert cs[0].gainer == "UA"


def test_prospective_fighting_is_no_claim() -> None:
    pub = date(2024, 6, 3)
    for text in (
        "Russian forces are expected to attack Krynky again this week.",
        "Moscow is 'very likely' to storm Robotyne next, analysts say.",
    ):
        assert extract_claims(text, published=pub, language="en") == [], text
    (c,) = extract_claims(
        "Russian forces attacked Krynky again.", published=pub, language="en"
    )
    assert c.kind == "fighting"


def test_a_counterattack_that_won_ground_is_one_advance() -> None:
    for text, lang in (
        ("Marines counterattacked near Krynky and retook two trenches.", "en"),
        ("Морпіхи контратакували біля Кринок і повернули позиції.", "uk"),
    ):
        cs = extract_claims(text, published=date(2024, 6, 3), language=lang)
        assert [(c.kind, [p.name for p in c.places]) for c in cs] == [
            ("advance", [cs[0].places[0].name])
        ], (text, cs)
        assert cs[0].quote.startswith("Marines") or cs[0].quote.startswith("Морпіхи")
