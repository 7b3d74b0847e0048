"""Rule families added after scoring a fresh held-out-style corpus (own sentences).

Each test states a pattern in several phrasings (other verbs, word orders,
languages), not the sentence that revealed it.
"""

from __future__ import annotations

from datetime import date

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2024, 9, 4)  # a Wednesday


def _claims(text: str, lang: str = "en", published: date | None = PUB) -> list[dict]:
    return [
        claim_to_record(c)
        for c in extract_claims(text, published=published, language=lang)
    ]


def _one(text: str, lang: str = "en", kind: str | None = None) -> dict:
    cs = [c for c in _claims(text, lang) if kind is None or c["kind"] == kind]
    assert len(cs) == 1, cs
    return cs[0]


def test_since_an_event_with_a_date_starts_a_running_total():
    cases = [
        (
            "Ukrainian units have recaptured 40 square kilometres since the "
            "counterattack began on July 28, the brigade said.",
            date(2024, 7, 28),
        ),
        (
            "Since crossing the river in early August, the marines have taken "
            "75 square kilometres, the commander said.",
            date(2024, 8, 1),
        ),
        (
            "The army has liberated 120 sq km since the start of August.",
            date(2024, 8, 1),
        ),
    ]
    for text, start in cases:
        c = _one(text, kind="area_change")
        assert c["cumulative"] is True, text
        assert c["period_start"] == start.isoformat(), text
        assert c["period_end"] == PUB.isoformat(), text


def test_the_event_inside_since_is_not_a_fighting_claim():
    text = (
        "Moscow said it had taken six villages in the Sumy region since "
        "launching an offensive there on August 12."
    )
    kinds = [c["kind"] for c in _claims(text)]
    assert kinds == ["settlement_control"]
    assert _claims(text)[0]["cumulative"] is True


def test_a_capture_inside_since_keeps_its_own_date():
    text = (
        "Russian forces have pushed on since seizing the town of Novohrodivka "
        "in August."
    )
    c = _one(text, kind="settlement_control")
    assert c["places"] == [{"name": "Novohrodivka"}]
    assert (c["period_start"], c["period_end"]) == ("2024-08-01", "2024-08-31")
    assert c["cumulative"] is False


def test_positions_as_the_object_make_an_advance_not_a_settlement():
    cases = [
        (
            "en",
            "The defenders pulled back from several exposed positions near "
            "Zorivka, the spokesman admitted.",
            "RU",
            "Zorivka",
        ),
        (
            "ru",
            "Российские подразделения заняли несколько выгодных позиций у Степановки.",
            "RU",
            "Степановки",
        ),
        (
            "uk",
            "Українські підрозділи відійшли з кількох позицій біля Пилипівки.",
            "RU",
            "Пилипівки",
        ),
    ]
    for lang, text, gainer, place in cases:
        c = _one(text, lang)
        assert c["kind"] == "advance", text
        assert c["gainer"] == gainer, text
        assert place in [p["name"] for p in c["places"]], text


def test_a_withdrawal_to_positions_keeps_its_context_place():
    text = (
        "Fighting is heavy around Zorivka. The battalion withdrew from two "
        "forward positions on the northern edge, its commander said."
    )
    adv = [c for c in _claims(text) if c["kind"] == "advance"]
    assert len(adv) == 1
    assert adv[0]["gainer"] == "RU"
    assert adv[0]["places"] == [{"name": "Zorivka"}]


def test_an_adverb_after_the_subject_keeps_the_verb():
    for text, gainer in [
        ("Ukrainian troops recently regained positions east of Zorivka.", "UA"),
        ("Moscow already captured Stepanivka, the ministry said.", "RU"),
    ]:
        c = _one(text)
        assert c["gainer"] == gainer, text
    # the participle after a determiner stays an adjective: no claim
    assert _claims("The recently liberated village of Zorivka was shelled.") == []


def test_month_durations_and_the_past_day():
    from frontline.text.periods import find_periods, resolve

    pub = date(2025, 2, 3)
    for text, lang, want in [
        (
            "Впродовж грудня ворог захопив",
            "uk",
            (date(2024, 12, 1), date(2024, 12, 31)),
        ),
        ("протягом січня", "uk", (date(2025, 1, 1), date(2025, 1, 31))),
        ("в течение января", "ru", (date(2025, 1, 1), date(2025, 1, 31))),
        ("на протяжении декабря", "ru", (date(2024, 12, 1), date(2024, 12, 31))),
        ("over the past day", "en", (date(2025, 2, 2), date(2025, 2, 2))),
        ("за последние сутки", "ru", (date(2025, 2, 2), date(2025, 2, 2))),
        ("за останню добу", "uk", (date(2025, 2, 2), date(2025, 2, 2))),
    ]:
        (m,) = find_periods(text, lang)
        assert resolve(m, pub) == want, text
    # "past 24 hours" reads as "past day": the day before (issue 8, family 1)
    (m,) = find_periods("in the past 24 hours", "en")
    assert resolve(m, pub) == (date(2025, 2, 2), date(2025, 2, 2))


def test_a_complementiser_starts_a_new_subject_for_the_gainer():
    text = (
        "The general said Ukraine had lost ground in the north, and that Russian "
        "troops had captured 30 square kilometres near Zorivka."
    )
    c = _one(text, kind="area_change")
    assert c["gainer"] == "RU"
    text = (
        "Moscow admitted its units had fallen back, saying that Ukrainian forces "
        "had retaken 12 square kilometres around Stepanivka."
    )
    assert _one(text, kind="area_change")["gainer"] == "UA"


def test_a_relative_clause_keeps_its_own_time_expression():
    text = (
        "Moscow said its troops had retaken Stepanivka, the biggest village "
        "Ukraine had held in the region since its incursion last summer."
    )
    kinds = [c["kind"] for c in _claims(text)]
    assert kinds == ["settlement_control"]  # "incursion" here only dates
    c = _claims(text)[0]
    assert c["cumulative"] is False
    assert c["places"][0]["name"] == "Stepanivka"


def test_a_passive_capture_with_a_date_after_it():
    for text in [
        "The hamlet of Zorivka was seized on August 20, the bloggers said.",
        "Stepanivka had been captured on 3 August.",
    ]:
        c = _one(text)
        assert c["kind"] == "settlement_control", text
        assert c["period_start"] == c["period_end"], text
        assert c["period_end"] in ("2024-08-20", "2024-08-03"), text


def test_counted_settlements_after_control_of_or_entered():
    c = _one("The army regained control of 17 villages in the north this month.")
    assert c["settlements_count"] == 17 and c["gainer"] == "UA"
    c = _one("Russian units have entered at least six settlements in the area.")
    assert c["kind"] == "settlement_control"
    assert c["settlements_count"] == 6 and c["gainer"] == "RU"
    # "two of 17 villages" is not a count of captured settlements
    assert not any(
        c.get("settlements_count") == 17
        for c in _claims("Shelling hit two of 17 villages that Russia captured.")
    )


def test_a_pronoun_subject_keeps_the_verb_before_a_side_adjective():
    c = _one("Moscow says it seized Ukrainian village near Toretsk")
    assert c["kind"] == "settlement_control" and c["gainer"] == "RU"
    # prisoners stay look-alikes
    assert _claims("He said it captured Ukrainian soldiers near Pokrovsk.") == []


def test_pushing_the_enemy_back_is_the_subjects_advance():
    for text in [
        "Ukrainian marines pushed the Russian units back from Zorivka.",
        "Ukrainian marines pushed back Russian troops near Zorivka.",
        "The paratroopers held near Zorivka and then pushed the enemy back.",
    ]:
        c = _one(text, kind="advance")
        assert c["gainer"] == "UA", text
        assert c["places"] == [{"name": "Zorivka"}], text
    c = _one("Russian forces drove Ukrainian troops out of Stepanivka.")
    assert c["kind"] == "settlement_control" and c["gainer"] == "RU"


def test_vague_hundreds_are_no_figure():
    c = _one("Ukrainian troops advanced several hundred metres near Zorivka.")
    assert c["distance_km"] is None
    c = _one("Ukrainian troops advanced five hundred metres near Zorivka.")
    assert c["distance_km"] == 0.5


def test_an_agentless_passive_is_the_reporting_sides_gain():
    text = "Russian war bloggers said the hamlet of Zorivka had been taken."
    assert _one(text)["gainer"] == "RU"
    text = "Ukrainian officials said Stepanivka had been recaptured."
    assert _one(text)["gainer"] == "UA"


def test_slavic_modal_could_is_not_a_conditional():
    c = _one(
        "Российские подразделения смогли продвинуться на 3 километра у Степановки.",
        "ru",
    )
    assert c["kind"] == "advance" and c["distance_km"] == 3.0
    c = _one("Підрозділи змогли просунутися на 2 кілометри біля Зорівки.", "uk")
    assert c["kind"] == "advance" and c["distance_km"] == 2.0
    # a real conditional still blocks
    assert _claims("Войска могли бы освободить Степановку.", "ru") == []


def test_reaching_the_outskirts_and_nominal_taking():
    c = _one("Штурмовые отряды вышли на подступы к Степановке.", "ru")
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    c = _one("Українські бійці вийшли на околиці Зорівки.", "uk")
    assert c["kind"] == "advance" and c["gainer"] == "UA"
    c = _one("Министерство обороны объявило о взятии Степановки.", "ru")
    assert c["kind"] == "settlement_control" and c["gainer"] == "RU"


def test_losing_a_share_of_territory():
    for text, lang in [
        ("Kyiv has lost about 40% of the land it seized in the region.", "en"),
        ("ВСУ потеряли более 50% захваченной территории.", "ru"),
        ("Окупанти втратили понад 30% території, яку захопили.", "uk"),
    ]:
        c = _one(text, lang)
        assert c["kind"] == "area_change", text
        assert c["share_pct"] is not None, text
    assert _one("Kyiv has lost about 40% of the land it seized.")["gainer"] == "RU"


def test_an_object_relative_clause_describes_and_claims_nothing():
    assert _claims("Shelling hit the territory Russia had occupied in 2022.") == []
    assert _claims("They returned to the land they once held.") == []


def test_idioms_and_troop_nouns_are_not_claims():
    assert _claims("Ситуация под контролем, противник несет потери.", "ru") == []
    assert _claims("The situation is under control, the governor said.") == []
    kinds = [c["kind"] for c in _claims("Штурмовики зашли в центр Степановки.", "ru")]
    assert kinds == ["advance"]


def test_a_time_after_another_verbs_claim_is_not_borrowed():
    text = (
        "The general said Kyiv had lost 20% of the land it took, and that Russian "
        "troops had retaken 300 square kilometres since the start of the year."
    )
    cs = _claims(text)
    share = next(c for c in cs if c.get("share_pct"))
    total = next(c for c in cs if c.get("area_km2"))
    # the share has no time of its own (a share of what was taken is a
    # running total in itself: CONVENTIONS, "two-thirds of the territory")
    assert share["period_text"] is None and share["period_start"] is None
    assert total["cumulative"] is True


def test_negated_first_person_taking_and_denials_after_the_claim():
    c = _one("We have not taken Stepanivka yet, the officer admitted.")
    assert c["kind"] == "settlement_control" and c["negated"] is True
    for text, lang in [
        ("Moscow's claim to have seized Zorivka is pure propaganda.", "en"),
        ("The report that Russia captured Zorivka was a fabrication.", "en"),
        ("Заяви про захоплення Зорівки в ЗСУ назвали брехнею.", "uk"),
        ("Сообщения о взятии Степановки в ВСУ назвали фейком.", "ru"),
    ]:
        c = _one(text, lang)
        assert c["negated"] is True, text


def test_a_capitalised_trigger_is_not_part_of_the_place():
    c = _one("Визволено Зорівку", "uk")
    assert c["places"] == [{"name": "Зорівку"}] and c["gainer"] == "UA"


def test_finished_clearing_a_town_is_control():
    c = _one("Командир повідомив, що завершено зачистку села Зорівка.", "uk")
    assert c["kind"] == "settlement_control"
    c = _one("Военные завершили зачистку поселка Степановка.", "ru")
    assert c["kind"] == "settlement_control"


def test_proposals_demining_evacuations_and_prisoners_are_no_claims():
    assert _claims("Генерал предложил отвести войска за реку Оскол.", "ru") == []
    assert _claims("Експерт запропонував відвести війська з Зорівки.", "uk") == []
    assert _claims("Fields near Zorivka were cleared of mines last week.") == []
    assert (
        _claims("About 300 residents were evacuated from Stepanivka on Monday.") == []
    )
    assert _claims("Two soldiers captured near Zorivka were exchanged.") == []
    # troops evacuated from a town is a withdrawal
    c = _one("Ukrainian troops were evacuated from Stepanivka, the army said.")
    assert c["gainer"] == "RU"


def test_a_coordinated_verb_keeps_the_first_subject_not_the_object():
    text = (
        "Ukrainian units drove Russian troops out of Zorivka and retook "
        "5 square kilometres nearby."
    )
    area = _one(text, kind="area_change")
    assert area["gainer"] == "UA"
    text = "Российские войска выбили ВСУ из Степановки и заняли Зорівку."
    assert {c["gainer"] for c in _claims(text, "ru")} == {"RU"}


def test_ukrainsk_is_a_town_and_operational_groups_are_ukrainian():
    text = "Российские войска заняли Украинск и вышли к окраинам Степановки."
    assert {c["gainer"] for c in _claims(text, "ru")} == {"RU"}
    text = "В ОТГ «Луганск» заявления о взятии Степановки назвали ложью."
    c = _one(text, "ru")
    assert c["negated"] is True and c["gainer"] == "RU"


def test_a_follow_up_figure_repeats_the_side_for_its_own_period():
    text = (
        "Russian troops seized 200 square kilometres in August, analysts said. "
        "July was slower, at about 150 square kilometres. "
        "The weather was warm."
    )
    cs = _claims(text)
    assert [c["area_km2"] for c in cs] == [200.0, 150.0]
    july = cs[1]
    assert july["gainer"] == "RU"
    assert (july["period_start"], july["period_end"]) == ("2024-07-01", "2024-07-31")
    text = (
        "Ukrainian forces regained 40 square kilometres in June. "
        "In May, the figure stood at 25 square kilometres."
    )
    may = _claims(text)[1]
    assert may["area_km2"] == 25.0 and may["gainer"] == "UA"
    assert may["period_start"] == "2024-05-01"
    # a figure about something else is no follow-up
    text = (
        "Russian troops seized 200 square kilometres in August. "
        "The lake was larger, at about 300 square kilometres of water."
    )
    assert len(_claims(text)) == 1


def test_reported_control_in_the_past_tense_and_a_dismissed_statement():
    text = (
        "Kyiv dismissed a claim by the Russian army that its troops controlled "
        "most of Stepanivka."
    )
    c = _one(text)
    assert c["kind"] == "settlement_control"
    assert c["gainer"] == "RU" and c["negated"] is True
    c = _one("The ministry said Ukrainian forces controlled the centre of Zorivka.")
    assert c["gainer"] == "UA" and c["negated"] is False
    # a past description is still no claim
    assert (
        _claims("Zorivka, which Russian forces controlled until 2022, was hit.") == []
    )


def test_and_said_starts_a_new_clause_for_fighting():
    text = (
        "The General Staff recorded 30 clashes on the Pokrovsk axis and said its "
        "units had repelled attacks near Zorivka."
    )
    cs = _claims(text)
    assert [c["kind"] for c in cs] == ["fighting", "fighting"]
    assert cs[0]["places"] == [] and cs[1]["places"] == [{"name": "Zorivka"}]


def test_pulling_back_near_a_place_and_euphemistic_redeployments():
    c = _one("Ukrainian troops pull back near Zorivka", "en")
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    text = (
        "Near Zorivka and Stepanivka its units had redeployed to more "
        "advantageous positions, the Ukrainian command said."
    )
    c = _one(text)
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    assert [p["name"] for p in c["places"]] == ["Zorivka", "Stepanivka"]
    # leaving a town is still a settlement claim
    c = _one("Ukrainian troops pulled out of Zorivka.")
    assert c["kind"] == "settlement_control"


def test_more_speech_verbs_and_known_speakers():
    from frontline.text.claimants import find_claimant

    c = find_claimant("Генерал Олег Петров говорит, что ВСУ продвигаются.", "ru")
    assert c is not None and "Петров" in c.name
    c = find_claimant("Командир каже, що ворог тисне.", "uk")
    assert c is not None and c.name == "Командир"
    # a section label before a colon is no speaker
    c = find_claimant("Онлайн: Кадыров заявил о взятии Степановки", "ru")
    assert c is not None and c.name == "Кадыров"
    c = _one("Онлайн: Пригожин заявил о взятии Степановки", "ru")
    assert c["gainer"] == "RU"


def test_a_liberation_without_actor_is_the_named_speakers_side():
    text = (
        "Русские войска атаковали Зорівку. Генерал Сырский говорит: по его "
        "словам, за неделю освобождено 12 квадратных километров."
    )
    c = _one(text, "ru", kind="area_change")
    assert c["gainer"] == "UA"


def test_a_live_blog_timestamp_drops_the_carried_speaker():
    text = (
        "09:20\nUkraine's army chief said his troops had retaken Zorivka.\n\n"
        "10:02\nRussian forces captured Stepanivka."
    )
    cs = _claims(text)
    assert cs[0]["claimant"] is not None
    assert cs[1]["claimant"] is None


def test_acknowledging_is_speaking_and_ukrainian_liberations_default_to_ua():
    c = _one("Російські окупанти захопили Зорівку, визнали в ЗСУ.", "uk")
    assert c["claimant"] and "ЗСУ" in c["claimant"]
    text = (
        "Зорівку повністю звільнено\n\n"
        "Міністерство оборони Росії визнало, що його війська відступили."
    )
    head = _claims(text, "uk")[0]
    assert head["gainer"] == "UA"


def test_more_english_newsroom_phrasings():
    c = _one("Stepanivka has fallen to Russian forces, Kyiv officials conceded.")
    assert c["gainer"] == "RU" and c["claimant"] == "Kyiv officials"
    c = _one("Ukrainian forces clawed back ground near Zorivka this week.")
    assert c["kind"] == "advance" and c["gainer"] == "UA"
    c = _one("Ukrainian troops had to withdraw from three villages near Zorivka.")
    assert c["kind"] == "settlement_control" and c["settlements_count"] == 3
    assert c["gainer"] == "RU"


def test_a_place_that_passes_under_control_is_the_subject():
    c = _one("Селище Зорівка повністю перейшло під контроль ЗСУ.", "uk")
    assert c["places"] == [{"name": "Зорівка"}] and c["gainer"] == "UA"
    c = _one("Поселок Степановка перешел под контроль ВС РФ.", "ru")
    assert c["places"] == [{"name": "Степановка"}] and c["gainer"] == "RU"


def test_thrown_back_from_a_place_is_an_advance_driven_out_of_it_is_control():
    c = _one("Противник был отброшен от Степановки.", "ru")
    assert c["kind"] == "advance"
    c = _one("Russian units were beaten back from Zorivka.")
    assert c["kind"] == "advance" and c["gainer"] == "UA"
    c = _one("Russian units were driven out of Zorivka.")
    assert c["kind"] == "settlement_control" and c["gainer"] == "UA"


def test_depth_with_a_plain_motion_verb():
    c = _one("Our company went in some 4 kilometres deep near Zorivka.")
    assert c["kind"] == "advance" and c["distance_km"] == 4.0
    c = _one("Russian units penetrated 3 km into the defences near Stepanivka.")
    assert c["kind"] == "advance" and c["gainer"] == "RU" and c["distance_km"] == 3.0
    # going in somewhere without a depth is no advance
    assert _claims("The delegation went in 2 cars to Zorivka.") == []


def test_clearing_the_last_houses_and_a_pronoun_subject_after_and():
    c = _one("Ukrainian marines said they cleared the last streets of Zorivka.")
    assert c["kind"] == "settlement_control" and c["gainer"] == "UA"
    text = (
        "Ukraine's commander said: the Russians attack near Zorivka every night, "
        "and we have not taken Zorivka."
    )
    c = _one(text, kind="settlement_control")
    assert c["negated"] is True and c["gainer"] == "UA"


def test_an_unnamed_settlement_in_a_region():
    c = _one("Russian troops seize village in Kharkiv region, Moscow says")
    assert c["kind"] == "settlement_control" and c["gainer"] == "RU"
    assert c["places"] == [{"name": "Kharkiv region"}]
    c = _one("Російські війська захопили ще одне село на Донеччині.", "uk")
    assert c["kind"] == "settlement_control"
    # a village mentioned after another object is no capture of it
    assert (
        _claims("Russian troops captured 20 soldiers in a village in Sumy region.")
        == []
    )


def test_infiltration_is_an_advance_and_demined_land_is_not():
    c = _one("Russian sabotage groups infiltrated into the outskirts of Zorivka.")
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    c = _one("Диверсійні групи ворога просочилися в Зорівку.", "uk")
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    c = _one("Украинские ДРГ просочились к Степановке.", "ru")
    assert c["kind"] == "advance" and c["gainer"] == "UA"
    assert (
        _claims("Demining teams have reached 900 hectares of farmland near Zorivka.")
        == []
    )


def test_an_empty_advance_joins_the_next_coordinated_advance():
    text = (
        "On the southern axis Ukrainian units pushed the enemy back in places "
        "and restored lost positions near Zorivka."
    )
    cs = _claims(text)
    assert len(cs) == 1
    assert cs[0]["places"] == [{"name": "Zorivka"}]
    assert text[cs[0]["char_start"] : cs[0]["char_end"]] == cs[0]["quote"]


def test_an_advance_into_the_defences_takes_the_place_of_the_next_clause():
    text = (
        "Штурмовые отряды продвинулись в глубину обороны противника и "
        "закрепились у Степановки."
    )
    adv = [c for c in _claims(text, "ru") if c["kind"] == "advance"]
    assert adv and adv[0]["places"] == [{"name": "Степановки"}]
    text = "Russian units pushed deeper into Ukrainian defences and shelled Zorivka."
    adv = [c for c in _claims(text) if c["kind"] == "advance"]
    assert adv and adv[0]["gainer"] == "RU"


def test_a_hyphenated_width_is_no_depth():
    c = _one("Russian troops advanced 2 km on a 6km-wide front near Zorivka.")
    assert c["distance_km"] == 2.0
    assert c.get("front_width_km") == 6.0


def test_the_area_taken_stands_at_a_figure():
    c = _one(
        "The monitors, a Ukrainian group, put the total area occupied at 90 sq km."
    )
    assert c["kind"] == "area_change" and c["gainer"] == "RU"
    assert c["area_km2"] == 90.0 and c["cumulative"] is True
    c = _one(
        "Площадь освобожденной территории составила 150 кв. км, сообщил генерал.", "ru"
    )
    assert c["area_km2"] == 150.0
    c = _one("Площа звільненої території сягнула 70 кв. км, заявив Сирський.", "uk")
    assert c["area_km2"] == 70.0 and c["gainer"] == "UA"


def test_a_time_phrase_before_the_subject_is_no_preposition_for_it():
    c = _one("У вересні ворог захопив 300 км² на Покровському напрямку.", "uk")
    assert c["gainer"] == "RU"
    c = _one("In August Ukrainian forces retook 15 square kilometres near Zorivka.")
    assert c["gainer"] == "UA"


def test_a_perfect_modal_is_a_hedged_past_claim_not_a_prospect():
    c = _one("Russian troops may have taken Zorivka, analysts said.")
    assert c["kind"] == "settlement_control" and c["hedged"] is True
    c = _one("Ukrainian forces could have advanced 3 km near Zorivka.")
    assert c["distance_km"] == 3.0 and c["hedged"] is True
    assert _claims("Russian troops could take Zorivka within days.") == []
    assert _claims("Russian troops would have taken Zorivka without the river.") == []


def test_a_denied_breakthrough_without_actor_is_the_other_sides():
    c = _one(
        "Сообщения о прорыве обороны у Степановки не соответствуют действительности.",
        "ru",
    )
    assert c["negated"] is True and c["gainer"] == "UA"
    c = _one("Повідомлення про прорив біля Зорівки не відповідають дійсності.", "uk")
    assert c["negated"] is True and c["gainer"] == "RU"


def test_losing_an_area_written_in_words():
    c = _one("ВСУ потеряли около полутора тысяч квадратных километров.", "ru")
    assert c["area_km2"] == 1500.0 and c["gainer"] == "RU"
    assert _claims("ВСУ потеряли двух командиров.", "ru") == []


def test_reduced_relatives_prospective_footholds_and_the_agent_of_another_verb():
    assert _claims("He gave no figure for the area retaken there.") == []
    assert _claims("The marines held positions captured earlier near Zorivka.") == []
    text = "Taking Zorivka gives Russian troops a foothold to advance on Stepanivka."
    assert [c for c in _claims(text) if c["kind"] == "advance"] == []
    c = _one("Ukrainian troops retook positions captured by Russia near Zorivka.")
    assert c["gainer"] == "UA"
    c = _one("Stepanivka was captured by Russian troops on Monday.")
    assert c["gainer"] == "RU"


def test_a_day_earlier_is_the_day_before():
    c = _one("A day earlier, Kyiv said its troops had retaken Zorivka.")
    assert c["period_end"] == "2024-09-03"
    c = _one("The previous day Russia claimed the capture of Stepanivka.")
    assert c["period_end"] == "2024-09-03"


def test_history_before_2014_is_no_claim():
    assert (
        _claims("Zorivka was liberated from Nazi occupation in September 1943.") == []
    )
    assert _claims("Зорівку звільнили від нацистів у вересні 1943 року.", "uk") == []


def test_quoted_speech_with_a_role_speaker_and_side_words_as_places():
    c = _one('"We have retaken Zorivka," battalion commander Petro Ivanenko said.')
    assert c["claimant"] == "Petro Ivanenko"
    c = _one("«Наші хлопці зайшли в Зорівку», — розповів речник.", "uk")
    assert c["places"] == [{"name": "Зорівку"}] and c["claimant"] == "речник"


def test_offensives_toward_a_place_and_in_a_sector():
    c = _one("Сили оборони продовжують наступ у напрямку Зорівки.", "uk")
    assert c["kind"] == "advance" and c["gainer"] == "UA"
    c = _one("Российские войска наступают в направлении Степановки.", "ru")
    assert c["kind"] == "advance" and c["gainer"] == "RU"
    c = _one("Ворог наступає на Покровському напрямку.", "uk")
    assert c["kind"] == "fighting"


def test_an_opening_participle_takes_the_following_subject():
    c = _one("After seizing Zorivka, Russian units turned north.")
    assert c["gainer"] == "RU"
    c = _one("Захопивши Зорівку, російські війська рушили далі.", "uk")
    assert c["gainer"] == "RU"


def test_losing_a_named_place():
    c = _one("Ukraine lost Zorivka last week, the general admitted.")
    assert c["kind"] == "settlement_control" and c["gainer"] == "RU"
    assert _claims("Russia lost Western support after the offensive.") == []


def test_a_year_in_review_with_several_figures_per_paragraph():
    text = (
        "Russian forces took about 3,000 square kilometres in 2024, analysts "
        "said. In January they took 60 sq km; in February, 90 sq km. The pace "
        "peaked in October, when 500 sq km changed hands, before slowing to "
        "400 sq km in November.\n\n"
        "Ukraine said it had retaken 900 sq km in Kursk in August, though by "
        "December it held only about 500 sq km there."
    )
    cs = _claims(text, published=date(2025, 1, 2))
    got = {c["area_km2"]: c for c in cs}
    assert set(got) == {3000.0, 60.0, 90.0, 500.0, 400.0, 900.0}
    assert got[60.0]["period_start"] == "2024-01-01"  # last year's January
    assert got[400.0]["period_end"] == "2024-11-30"
    assert got[900.0]["cumulative"] is False
    held = [c for c in cs if c["gainer"] == "UA" and c["area_km2"] == 500.0]
    assert held and held[0]["period_end"] == "2024-12-31"
    assert held[0]["cumulative"] is True
    # ground "changing hands" without a figure is no claim
    assert _claims("A lot of ground changed hands in the first days.") == []


def test_losing_counted_villages_is_not_holding():
    text = "We lost two villages this week, but we hold the line near Zorivka."
    c = _one(text, kind="settlement_control")
    assert c["settlements_count"] == 2 and c["gainer"] == "RU"


def test_more_fighting_verbs_and_holding_off():
    c = _one("Ukrainian defenders are holding off Russian assaults on Zorivka.")
    assert c["kind"] == "fighting"
    c = _one("Russian forces launched a new offensive in the Kharkiv region.")
    assert c["kind"] == "fighting"
    c = _one("The enemy keeps pressing near Zorivka.")
    assert c["kind"] == "fighting"
    c = _one("Ворог тисне на Зорівку з півночі.", "uk")
    assert c["kind"] == "fighting"
    assert _claims("Russia launched a massive missile attack on Kyiv.") == []
