"""Who gains: verbs, actors, passives, withdrawals, "our forces"/"the enemy"."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _gainers(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(c.kind, c.gainer) for c in extract_claims(text, language=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russian troops captured the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian forces recaptured the village of Zorivka.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "The village of Zorivka was retaken by Ukrainian units.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Zorivka fell to Russian forces on Sunday.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian troops withdrew from the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Russian units pulled out of Zorivka overnight.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Kyiv's troops fell back to new defensive positions west of Zorivka.",
            "en",
            [("advance", "RU")],
        ),
        ("Moscow's forces advanced 3 km toward Zorivka.", "en", [("advance", "RU")]),
        ("Сили оборони звільнили село Зорівка.", "uk", [("settlement_control", "UA")]),
        ("Окупанти захопили Зорівку.", "uk", [("settlement_control", "RU")]),
        (
            "Українські підрозділи відійшли з Зорівки.",
            "uk",
            [("settlement_control", "RU")],
        ),
        (
            "Российские войска освободили населенный пункт Зоревка.",
            "ru",
            [("settlement_control", "RU")],
        ),
        ("ВСУ оставили Зоревку.", "ru", [("settlement_control", "RU")]),
    ],
)
def test_gainer_from_verb_and_actor(text, lang, expected):
    assert _gainers(text, lang) == expected


def test_our_forces_take_the_claimants_side():
    ua = (
        "“Our soldiers liberated the village of Zorivka,” Ukraine's defence "
        "minister said."
    )
    assert _gainers(ua) == [("settlement_control", "UA")]
    ru = "“Our units took control of Zorivka,” the Russian defence ministry said."
    assert _gainers(ru) == [("settlement_control", "RU")]


def test_the_enemy_is_the_other_side_of_the_claimant():
    text = "The enemy advanced 2 km near Zorivka, a Ukrainian army spokesman said."
    assert _gainers(text) == [("advance", "RU")]
    text = "Ворог просунувся біля Зорівки, повідомили в Генштабі ЗСУ."
    assert _gainers(text, "uk") == [("advance", "RU")]
    text = "Противник отступил от Зоревки, заявили в Минобороны России."
    assert [g for _, g in _gainers(text, "ru")] == ["RU"]


def test_a_country_named_as_a_place_is_not_the_actor():
    text = "Russian troops advancing towards Ukraine's capital Kyiv have stalled."
    (c,) = extract_claims(text, language="en")
    assert (c.kind, c.gainer, c.negated) == ("advance", "RU", True)


def test_counts_held_by_the_enemy():
    text = "Governor Smirnov: 12 settlements are under enemy control."
    (c,) = extract_claims(text, language="en")
    assert (c.kind, c.gainer, c.extra["settlements_count"]) == (
        "settlement_control",
        "UA",
        12,
    )


@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Zorivka remains under Ukrainian control, the army said.", "en", "UA"),
        ("The town of Zorivka is still in Russian hands.", "en", "RU"),
        ("Зорівка залишається під контролем Сил оборони.", "uk", "UA"),
        ("Зоревка находится под контролем ВСУ.", "ru", "UA"),
    ],
)
def test_control_held_over_a_named_settlement(text, lang, gainer):
    (c,) = extract_claims(text, language=lang)
    assert (c.kind, c.gainer, c.extra.get("holding")) == (
        "settlement_control",
        gainer,
        True,
    )


def test_share_of_territory_lines_are_not_holdings():
    assert (
        extract_claims(
            "Россия контролирует около 20% территории Украины.", language="ru"
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Russian troops overran the village of Zorivka.",
            "en",
            [("settlement_control", "RU")],
        ),
        (
            "Ukrainian marines secured the village of Zorivka.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Ukrainian forces cleared Zorivka of Russian troops.",
            "en",
            [("settlement_control", "UA")],
        ),
        (
            "Russian forces made significant inroads near Zorivka.",
            "en",
            [("advance", "RU")],
        ),
        (
            "Российские войска овладели населенным пунктом Зоревка.",
            "ru",
            [("settlement_control", "RU")],
        ),
        (
            "Сили оборони зачистили Зорівку від окупантів.",
            "uk",
            [("settlement_control", "UA")],
        ),
    ],
)
def test_more_verbs(text, lang, expected):
    assert _gainers(text, lang) == expected


# first person: the speaker's side, then the person named before "за його
# словами", then the document's own war vocabulary
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "claimant"),
    [
        (
            "Командир бригади Петро Гнатюк приїхав на позиції. За його словами, "
            "наші підрозділи просунулися на два кілометри біля Мирного.",
            "uk",
            "UA",
            "Петро Гнатюк",
        ),
        (
            "Ми відвоювали село Вільне, сказав речник Сил оборони півдня Іван Дуб.",
            "uk",
            "UA",
            "Іван Дуб",
        ),
        (
            "Площа відвойованої території біля Ясного сягає "
            "12 км², повідомив командувач Тарас Лисенко.",
            "uk",
            "UA",
            "Тарас Лисенко",
        ),
        (
            "Министр обороны РФ Олег Лапин провел совещание. По его словам, наши "
            "войска освободили населенный пункт Луговое.",
            "ru",
            "RU",
            "Олег Лапин",
        ),
        (
            "Мы освободили Зеленое, сообщили в группировке войск «Восток».",
            "ru",
            "RU",
            "группировке войск «Восток»",
        ),
        (
            '"Our troops pushed the enemy back 2 km near Sonyachne," Colonel '
            "Petro Shevchuk of the 3rd Assault Brigade said.",
            "en",
            "UA",
            "Petro Shevchuk",
        ),
        (
            "The special military operation goes on, and the Kiev regime keeps "
            "losing Artemovsk's suburbs. Our units liberated the village of "
            "Lisove, the Vostok group said.",
            "en",
            "RU",
            None,
        ),
    ],
)
def test_first_person_takes_the_speakers_or_the_documents_side(
    text, lang, gainer, claimant
):
    claims = [c for c in extract_claims(text, language=lang) if c.gainer]
    assert claims and all(c.gainer == gainer for c in claims)
    if claimant:
        assert claims[0].claimant is not None
        assert claims[0].claimant.split()[-1] == claimant.split()[-1]


def test_the_documents_own_war_vocabulary_decides_an_unattributed_we():
    from frontline.text.sides import side_of_document

    assert side_of_document("СВО продолжается, киевский режим теряет позиции.") == "RU"
    assert side_of_document("Окупанти відступають, рашисти тікають з позицій.") == "UA"
    assert side_of_document("The army advanced near the village.") is None
    ru_voice = (
        "The special military operation continues and the Kiev regime lost "
        "more ground. Our forces liberated Dolynka."
    )
    ua_voice = (
        "The occupiers are retreating and the occupying forces lost more ground. "
        "Our forces liberated Dolynka."
    )
    assert [c.gainer for c in extract_claims(ru_voice, language="en")] == ["RU"]
    assert [c.gainer for c in extract_claims(ua_voice, language="en")] == ["UA"]


# retreats and returns: the side that leaves loses, the other side gains
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Russian troops retreated from the area, leaving Dibrova back in "
            "the hands of Ukraine.",
            "en",
            "UA",
        ),
        ("Russian forces pulled out of Sonyachne on Friday.", "en", "UA"),
        ("Ukrainian units withdrew from Lisove to avoid encirclement.", "en", "RU"),
        ("Окупанти відступили з Вербівки.", "uk", "UA"),
        ("Російські війська вийшли з Тернів.", "uk", "UA"),
        ("Українські підрозділи відійшли з Лугового на нові рубежі.", "uk", "RU"),
        ("Российские войска покинули Зеленый Гай.", "ru", "UA"),
        ("Подразделения ВСУ оставили Луговое.", "ru", "RU"),
        ("ВСУ отошли из Березовки.", "ru", "RU"),
    ],
)
def test_who_leaves_loses(text, lang, gainer):
    claims = extract_claims(text, language=lang)
    assert claims and all(c.gainer == gainer for c in claims)


# returns: the side a place returns to gains it, named at "control"
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Sonyachne has returned to Ukrainian control, the army said.", "en", "UA"),
        ("Kupiansk was handed back to Ukraine.", "en", "UA"),
        ("Ukrainian forces returned Dibrova to Ukrainian control.", "en", "UA"),
        ("Діброва повернулася під контроль України.", "uk", "UA"),
        ("Село Лісове знову повернулося під контроль Сил оборони.", "uk", "UA"),
        ("ЗСУ повернули під контроль село Терни.", "uk", "UA"),
        ("Дубрава вернулась под контроль Украины.", "ru", "UA"),
        ("ВСУ вернули под свой контроль село Терны.", "ru", "UA"),
        ("Российские войска вернули контроль над Лесным.", "ru", "RU"),
    ],
)
def test_a_place_returned_goes_to_the_side_named(text, lang, gainer):
    claims = extract_claims(text, language=lang)
    assert claims and all(c.gainer == gainer for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "gainer"),
    [
        # who withdraws follows "the withdrawal of", "после отхода"
        (
            "The withdrawal of Russian troops from Dibrova was confirmed by Kyiv.",
            "en",
            "settlement_control",
            "UA",
        ),
        (
            "Kyiv confirmed the withdrawal of Ukrainian units from Lisove.",
            "en",
            "settlement_control",
            "RU",
        ),
        (
            "После отхода ВСУ из Дубравы туда вошли штурмовики.",
            "ru",
            "settlement_control",
            "RU",
        ),
        # "після виходу росіян": a noun after a preposition, not the subject
        (
            "Після виходу росіян із Дібрової туди зайшли наші підрозділи.",
            "uk",
            "advance",
            "UA",
        ),
        (
            "Після відступу окупантів з Лісового туди зайшли ЗСУ.",
            "uk",
            "advance",
            "UA",
        ),
        (
            "После отступления россиян из Дубравы туда вошли ВСУ.",
            "ru",
            "advance",
            "UA",
        ),
    ],
)
def test_actor_of_a_withdrawal_noun(text, lang, kind, gainer):
    claims = [c for c in extract_claims(text, language=lang) if c.kind == kind]
    assert claims and all(c.gainer == gainer for c in claims)


# a speaker nobody knows by name still has a side by the body or unit named
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Наші підрозділи зайшли в Лісове, розповів командир роти 47-ї окремої "
            "механізованої бригади.",
            "uk",
            "UA",
        ),
        (
            "Ми звільнили Терни, заявив голова ОВА.",
            "uk",
            "UA",
        ),
        (
            "Наши бойцы зашли в Лесное, рассказал командир мотострелкового полка.",
            "ru",
            "RU",
        ),
        (
            "Мы освободили Терны, сообщил командир подразделения «Ахмат».",
            "ru",
            "RU",
        ),
        (
            '"Our units entered Lisove," a National Guard officer said.',
            "en",
            "UA",
        ),
        (
            '"We liberated Terny," a Russian military blogger said.',
            "en",
            "RU",
        ),
    ],
)
def test_first_person_of_a_speaker_known_by_unit(text, lang, gainer):
    claims = [c for c in extract_claims(text, language=lang) if c.gainer]
    assert claims and all(c.gainer == gainer for c in claims)


# pushed out of a place: the side that pushes gains it; after a transitive verb
# the side named is the object, not the subject
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Окупанти витіснили ЗСУ з Лісового.", "uk", "RU"),
        ("Сили оборони витіснили окупантів із села Терни.", "uk", "UA"),
        ("Ворогу вдалося витіснити наші підрозділи з Дібрової.", "uk", "RU"),
        ("Российские войска вытеснили ВСУ из Лесного.", "ru", "RU"),
        ("ВСУ вытеснили противника из Лесного.", "ru", "UA"),
        ("Штурмовики вытеснили украинские подразделения из Терн.", "ru", "RU"),
    ],
)
def test_pushed_out_of_a_place(text, lang, gainer):
    claims = extract_claims(text, language=lang)
    assert claims and all(c.gainer == gainer for c in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "According to Pushilin, assault units advanced near Krasnoarmeisk "
            "(Ukrainian name: Pokrovsk) and reached the outskirts of Stepky.",
            "en",
        ),
        (
            "Gerasimov said the troops moved forward near Artemovsk (the Ukrainian "
            "name is Bakhmut) and reached the edge of Stepky.",
            "en",
        ),
        (
            "According to the Russian ministry, units advanced near Dzerzhinsk "
            "(Ukrainian name Toretsk) and reached the outskirts of Stepky.",
            "en",
        ),
        (
            "За словами Пушиліна, штурмовики просунулися біля Красноармійська "
            "(українська назва — Покровськ) і вийшли до околиць Степків.",
            "uk",
        ),
        (
            "Герасимов заявив, що війська просунулися біля Артемівська (українська "
            "назва — Бахмут) та вийшли на околиці Степків.",
            "uk",
        ),
        (
            "За даними Міноборони РФ, підрозділи просунулися біля Дзержинська "
            "(українська назва Торецьк) і вийшли до околиць Степків.",
            "uk",
        ),
        (
            "По словам Пушилина, штурмовые подразделения продвинулись у "
            "Красноармейска (украинское название — Покровск) и вышли к окраинам "
            "Степков.",
            "ru",
        ),
        (
            "Герасимов заявил, что войска продвинулись у Артемовска (украинское "
            "название Бахмут) и вышли к окраинам Степков.",
            "ru",
        ),
        (
            "По данным Минобороны России, подразделения продвинулись у Дзержинска "
            "(украинское наименование — Торецк) и вышли к окраинам Степков.",
            "ru",
        ),
    ],
)
def test_a_side_word_naming_a_place_is_no_actor(text, lang):
    """ "(Ukrainian name: Pokrovsk)" gives a spelling, not an actor: the gains
    after it stay the speaker's side's."""
    claims = extract_claims(text, language=lang)
    assert len(claims) == 2
    assert [c.gainer for c in claims] == ["RU", "RU"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kremlin channels posted a video from Zorivka. Its authors claim the "
            "village is “fully liberated”.",
            "en",
        ),
        (
            "Pro-Russian bloggers shared footage from Zorivka. They say the village "
            "has been “liberated”.",
            "en",
        ),
        (
            "A video from Zorivka spread online. "
            'The posts say the village was "liberated".',
            "en",
        ),
        (
            "У російських каналах поширюють відео із Зорівки. Автори дописів "
            "стверджують, що село «повністю звільнене».",
            "uk",
        ),
        (
            "Пропагандисти показали відео із Зорівки. Вони пишуть, що село "
            "«звільнили».",
            "uk",
        ),
        (
            "У мережі поширюють ролик із Зорівки. Блогери стверджують, що село нібито "
            "«звільнене».",
            "uk",
        ),
        (
            "В телеграм-каналах распространяют видео из Зоревки. Авторы постов "
            "утверждают, что село «полностью освобождено».",
            "ru",
        ),
        (
            "Пропагандисты показали ролик из Зоревки. Они пишут, что село "
            "«освободили».",
            "ru",
        ),
        (
            "В сети распространяют видео из Зоревки. Блогеры утверждают, что село "
            "якобы «освобождено».",
            "ru",
        ),
    ],
)
def test_a_liberation_in_scare_quotes_with_no_actor_is_moscows_word(text, lang):
    """ "the village is «fully liberated»", said by nobody of a side: the
    quoted word of Russian reports, a Russian gain."""
    (c,) = extract_claims(text, language=lang)
    assert (c.kind, c.gainer) == ("settlement_control", "RU")
