"""Ukrainian families of the claim extractor on text nobody tuned for (issue 8).

Each family is written from its pattern and tried here in three phrasings of
our own (no corpus or article text, no ``../shared``). Place names are made up
or generic ("Колоски", "Марівка", "Петрівка").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 6, 14)  # a Saturday


def claims(text: str, lang: str = "uk", published: date = PUB) -> list[dict]:
    return [
        claim_to_record(c)
        for c in extract_claims(text, published=published, language=lang)
    ]


def names(rec: dict) -> list[str]:
    return [p["name"] for p in rec["places"]]


# ---- a counted fight of the day is located by the sentences before ---------
@pytest.mark.parametrize(
    "text",
    [
        "Ворог штурмує околиці Колосків. За добу відбито 12 атак.",
        "Біля Марівки тривають бої. Протягом доби наші воїни відбили дев'ять штурмів.",
        "Окупанти тиснуть на Петрівку. Минулої доби відбулося 14 бойових зіткнень.",
    ],
)
def test_a_counted_fight_takes_the_place_before(text: str) -> None:
    fights = [c for c in claims(text) if c["kind"] == "fighting"]
    assert len(fights) == 2, text
    assert fights[1]["places"], text
    assert fights[1]["period_start"] == "2025-06-13", text


@pytest.mark.parametrize(
    "text",
    [
        "За добу відбито 12 атак.",
        "Загалом на фронті відбулося 140 бойових зіткнень.",
        "Протягом доби сили оборони відбили 30 штурмів.",
    ],
)
def test_a_counted_fight_with_no_place_anywhere_is_no_claim(text: str) -> None:
    assert [c for c in claims(text) if c["kind"] == "fighting"] == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Бої тривають біля Колосків. На фронті за добу відбулося 140 зіткнень."),
        (
            "ru",
            "Бои идут у Колосков. На фронте за сутки произошло 140 боестолкновений.",
        ),
        (
            "en",
            "Fighting goes on near Kolosky. 140 clashes took place along the front.",
        ),
    ],
)
def test_a_count_of_the_whole_front_is_not_the_place_before(
    lang: str, text: str
) -> None:
    fights = [c for c in claims(text, lang) if c["kind"] == "fighting"]
    assert len([c for c in fights if c["places"]]) == 1, text
    # (session 30) an English count of the whole front is a fight of the
    # front, no place: not the place before
    assert len(fights) == (2 if lang == "en" else 1), text


# ---- a place-less fight yields to a later fight of the sentence with places --
@pytest.mark.parametrize(
    "text",
    [
        "Ворог постійно контратакує: у четвер бійці відбили три штурми біля Колосків.",
        "Противник атакує щодня: вчора наші воїни відбили п'ять атак поблизу Марівки.",
        "Окупанти не припиняють штурмів: у середу відбито дві атаки біля Петрівки.",
    ],
)
def test_the_fight_quote_is_the_clause_with_the_place(text: str) -> None:
    fights = [c for c in claims(text) if c["kind"] == "fighting"]
    assert len(fights) == 1, text
    assert any(w in fights[0]["quote"] for w in ("Колосків", "Марівки", "Петрівки"))


# ---- an offensive with no object, located by the sector or place -----------
@pytest.mark.parametrize(
    "text",
    [
        "На Лиманському напрямку противник наступає, але безуспішно.",
        "На Покровському та Курахівському напрямках ворог активно наступає.",
        "Біля Колосків окупанти продовжують наступати.",
    ],
)
def test_an_offensive_on_a_sector_is_fighting(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["fighting"], text
    assert cs[0]["gainer"] is None


@pytest.mark.parametrize(
    "text",
    ["Зима наступає.", "Нарешті наступає тиша.", "Час наступає, каже він."],
)
def test_an_offensive_nowhere_is_no_claim(text: str) -> None:
    assert claims(text) == [], text


# ---- first person: the speaker's side holds the town ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Бої за Колоски тривають. Але місто тримаємо.",
        "Ворог тисне на Марівку. Село ми тримаємо, хоч і важко.",
        "Штурми Петрівки тривають. Але основна частина селища — наша.",
        "Бої за Колоски тривають: окопи на околиці ми залишили, але місто тримаємо.",
    ],
)
def test_a_first_person_hold_is_the_speakers_side(text: str) -> None:
    holds = [c for c in claims(text) if c["kind"] == "settlement_control"]
    assert len(holds) == 1, text
    assert holds[0]["gainer"] == "UA"
    assert holds[0]["cumulative"] is False  # a named settlement held
    assert names(holds[0]) and names(holds[0])[0][:5] in text.split(".")[0]


# ---- a place put before the subject is the object ---------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Бої тривають. Красну Гору ми залишили ще минулого тижня.", "Красну Гору"),
        ("Бої тривають. З Марівки ми вийшли в середу.", "Марівки"),
        ("Бої тривають. З Петрівки наші бійці вийшли вчора.", "Петрівки"),
    ],
)
def test_a_place_put_first_is_the_object(text: str, place: str) -> None:
    cs = [c for c in claims(text) if c["kind"] == "settlement_control"]
    assert len(cs) == 1, text
    assert names(cs[0]) == [place]
    assert cs[0]["gainer"] == "RU"  # we (UA) left it


# ---- a place phrase put first does not hide the subject ---------------------
OTHER_SIDE = {
    "RU": "Сили оборони тримають оборону. ",
    "UA": "Міноборони РФ оголосило про «перегрупування» військ з районів Марівки. ",
}


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Біля Марівки окупанти просунулися.", "RU"),
        ("Під Колосками росіяни просунулися на два кілометри.", "RU"),
        ("Біля Петрівки захисники просунулися на 800 метрів.", "UA"),
        ("На півдні українські підрозділи просунулися біля Колосків.", "UA"),
    ],
)
def test_a_fronted_place_leaves_the_subject_its_side(text: str, gainer: str) -> None:
    # the sentence before names the other side: no carry-over of its actor
    cs = [
        c
        for c in claims(OTHER_SIDE[gainer] + text)
        if c["kind"] == "advance" and c["quote"] in text
    ]
    assert len(cs) == 1, text
    assert cs[0]["gainer"] == gainer


# ---- a withdrawal out of the town just named --------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Бої за Колоски тривали тиждень. Українські сили відійшли з міста."),
        ("uk", "Ворог місяць штурмував Марівку. Зрештою наші бійці вийшли з села."),
        ("ru", "Бои за Колоски шли неделю. ВСУ вышли из города."),
    ],
)
def test_a_withdrawal_from_the_town_just_named(lang: str, text: str) -> None:
    cs = [c for c in claims(text, lang) if c["kind"] == "settlement_control"]
    assert len(cs) == 1, text
    assert cs[0]["gainer"] == "RU"
    assert names(cs[0]) and names(cs[0])[0][:4] in ("Коло", "Марі")


# ---- a unit's exit from a place ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Командування дало дозвіл на вихід підрозділів з Колосків.",
        "Генштаб підтвердив вихід українських військ із Марівки.",
        "Ухвалено рішення про вихід наших бійців з Петрівки.",
    ],
)
def test_an_exit_from_a_place_is_a_withdrawal(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["settlement_control"], text
    assert cs[0]["gainer"] == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Бійці допомогли цивільним знайти вихід з оточення.",
        "Вихід з ситуації шукають політики.",
        "Вихід з підвалу завалило.",
    ],
)
def test_an_exit_from_no_place_is_no_claim(text: str) -> None:
    assert claims(text) == [], text


# ---- an advance by a distance without a figure -----------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "За тиждень росіяни просунулися хіба що на кількасот метрів."),
        ("uk", "Окупанти просунулися на кілька кілометрів."),
        ("ru", "ВСУ продвинулись на несколько сотен метров."),
        ("en", "Russian troops advanced a few hundred metres."),
    ],
)
def test_an_advance_by_a_vague_distance(lang: str, text: str) -> None:
    cs = claims(text, lang)
    assert [c["kind"] for c in cs] == ["advance"], text
    assert cs[0]["distance_km"] is None


# ---- the figure after a dash closing the advance clause ---------------------
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Росіяни просунулися біля Колосків — до 2 км.", 2.0),
        ("Аналітики бачать просування ворога біля Марівки — до 500 метрів.", 0.5),
        ("Наші бійці просунулися на південь від Петрівки — близько 1,5 км.", 1.5),
    ],
)
def test_a_distance_after_a_dash_belongs_to_the_advance(text: str, km: float) -> None:
    cs = [c for c in claims(text) if c["kind"] == "advance"]
    assert len(cs) == 1, text
    assert cs[0]["distance_km"] == pytest.approx(km)


# ---- another speaker ends the statement day --------------------------------
@pytest.mark.parametrize(
    "other",
    [
        "Ще раніше про звільнення Петрівки повідомили в Сухопутних військах.",
        "Аналітики DeepState фіксують просування росіян біля Петрівки.",
        "Про бої біля Петрівки повідомили в Національній гвардії.",
    ],
)
def test_another_speaker_ends_the_statement_day(other: str) -> None:
    text = (
        "Сили оборони звільнили Колоски, повідомив у четвер речник Іван Коваль. "
        f"{other} "
        "За словами Івана Коваля, за тиждень звільнено 5 кв. км."
    )
    area = [c for c in claims(text) if c["kind"] == "area_change"]
    assert len(area) == 1
    # from the publication day (Saturday), not from Thursday
    assert (area[0]["period_start"], area[0]["period_end"]) == (
        "2025-06-07",
        "2025-06-13",
    )


# ---- a withdrawal out of the area around places: an advance of the other side
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Міноборони РФ оголосило про «перегрупування» військ з районів "
            "Колосків та Марівки.",
        ),
        ("uk", "Російські війська вийшли з району Петрівки."),
        ("ru", "Российские войска отошли из районов Колосков и Марьевки."),
    ],
)
def test_a_withdrawal_from_the_area_around_is_an_advance(lang: str, text: str) -> None:
    cs = claims(text, lang)
    assert [c["kind"] for c in cs] == ["advance"], text
    assert cs[0]["gainer"] == "UA"


# ---- "з жовтня": a running total since the start of a month -----------------
@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "uk",
            "З жовтня російські війська захопили 400 км² біля Колосків.",
            "2024-10-01",
        ),
        (
            "uk",
            "Починаючи з середини березня, Сили оборони звільнили 30 км² біля Марівки.",
            "2025-03-01",
        ),
        (
            "ru",
            "С февраля российские войска захватили 200 км² у Петровки.",
            "2025-02-01",
        ),
    ],
)
def test_since_a_month_is_a_running_total(lang: str, text: str, start: str) -> None:
    cs = claims(text, lang)
    assert [c["kind"] for c in cs] == ["area_change"], text
    assert (cs[0]["period_start"], cs[0]["period_end"]) == (start, "2025-06-14")
    assert cs[0]["cumulative"] is True


def test_from_a_month_to_a_month_is_a_span() -> None:
    cs = claims("З березня по травень росіяни захопили 300 км² біля Колосків.")
    assert (cs[0]["period_start"], cs[0]["period_end"]) == ("2025-03-01", "2025-05-31")
    assert cs[0]["cumulative"] is False


# ---- a capture told again and again, in scare quotes: a denied claim -------
@pytest.mark.parametrize(
    "text",
    [
        "Російські пропагандисти вже тричі «брали» Колоски.",
        "Окупанти вкотре «звільнили» Марівку у своїх телеграм-каналах.",
        "Кремлівські канали неодноразово «захоплювали» Петрівку.",
    ],
)
def test_a_scare_quoted_repeated_capture_is_negated(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["settlement_control"], text
    assert cs[0]["negated"] is True
    assert cs[0]["gainer"] == "RU"


def test_a_scare_quoted_capture_alone_is_not_negated() -> None:
    cs = claims("Міноборони РФ заявило, що війська «звільнили» Колоски.")
    assert cs and cs[0]["negated"] is False


# ---- inflected trigger forms: imperfective and impersonal ------------------
@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        (
            "Сили оборони тиждень звільняли Колоски від окупантів.",
            "settlement_control",
            "UA",
        ),
        ("Окуповано село Марівка, повідомили аналітики.", "settlement_control", "RU"),
        ("Наші бійці відвойовують Петрівку.", "settlement_control", "UA"),
        ("Окупанти займають Колоски після тижня боїв.", "settlement_control", "RU"),
        ("Українські військові виходять з Марівки.", "settlement_control", "RU"),
        # (session 23: entering now holds a part, as "зайшли в X" does)
        ("Росіяни заходять у Петрівку з півночі.", "settlement_control", "RU"),
        ("Росіяни закріплюються біля Колосків.", "advance", "RU"),
        ("Наші воїни відбивають атаки біля Марівки.", "fighting", None),
    ],
)
def test_inflected_forms_trigger(text: str, kind: str, gainer: str | None) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == [kind], text
    assert cs[0]["gainer"] == gainer, text


@pytest.mark.parametrize(
    "lede",
    [
        "Українські війська звільнили Колоски, повідомив у четвер речник Іван Коваль.",
        "Наші сили звільнили Колоски, сказав у четвер командир Іван Коваль.",
        "Українські підрозділи звільнили Колоски, заявив у четвер Іван Коваль.",
    ],
)
def test_a_body_sharing_a_common_noun_is_another_speaker(lede: str) -> None:
    text = (
        f"{lede} Про звільнення Марівки повідомили в Сухопутних військах. "
        "За словами Івана Коваля, за тиждень звільнено 5 кв. км."
    )
    area = [c for c in claims(text) if c["kind"] == "area_change"]
    assert [(c["period_start"], c["period_end"]) for c in area] == [
        ("2025-06-07", "2025-06-13")
    ]


# ---- a side noun in an oblique case is the object, not the subject ---------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Окупантів вибили з Колосків.", "UA"),
        ("uk", "Росіян відкинули від Марівки на два кілометри.", "UA"),
        ("ru", "Оккупантов выбили из Колосков.", "UA"),
    ],
)
def test_an_object_put_first_is_not_the_subject(
    lang: str, text: str, gainer: str
) -> None:
    cs = claims(text, lang)
    assert len(cs) == 1, text
    assert cs[0]["gainer"] == gainer


# ---- "повернули X": took a named place back --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Внаслідок контратаки наші підрозділи повернули Марівку.",
        "Українські бійці повернули Колоски після тижня боїв.",
        "Сили оборони повернули Петрівку під Куп'янськом.",
    ],
)
def test_returned_a_named_place_is_a_capture(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["settlement_control"], text
    assert cs[0]["gainer"] == "UA"


def test_returned_to_the_country_is_no_capture() -> None:
    assert claims("Україна повернула додому 90 полонених.") == []


# ---- strongpoints taken near a place: ground, not the place ----------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Штурмовики вибили ворога з трьох опорних пунктів біля Колосків."),
        ("uk", "Бійці захопили два ворожі опорники поблизу Марівки."),
        ("ru", "Штурмовики выбили противника из двух опорных пунктов у Колосков."),
    ],
)
def test_strongpoints_near_a_place_are_an_advance(lang: str, text: str) -> None:
    cs = claims(text, lang)
    assert [c["kind"] for c in cs] == ["advance"], text


# ---- singular and plural of "came out to the outskirts" --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ворог вийшов на околиці Марівки.",
        "Штурмова група вийшла на підступи до Колосків.",
        "Окупанти вийшли до околиць Петрівки.",
    ],
)
def test_reaching_the_outskirts_is_an_advance(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["advance"], text


# ---- the enemy "became more active" at a place or sector: fighting ---------
@pytest.mark.parametrize(
    "text",
    [
        "Ворог активізувався на Куп'янському напрямку.",
        "Фіксуємо активізацію противника біля Колосків.",
        "Окупанти активізували штурми поблизу Марівки.",
    ],
)
def test_more_activity_at_a_place_is_fighting(text: str) -> None:
    assert [c["kind"] for c in claims(text)] == ["fighting"], text


def test_activity_elsewhere_is_no_fighting() -> None:
    assert claims("Волонтери активізували збір коштів.") == []


# ---- a question reports nothing ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворог захопив Колоски? У ЗСУ відповіли"),
        ("uk", "Чи захопили росіяни Марівку: відповідь Генштабу"),
        ("ru", "Неужели армия взяла Колоски? Что известно"),
    ],
)
def test_a_question_is_no_claim(lang: str, text: str) -> None:
    assert claims(text, lang) == [], text


# ---- an advance on a few unnamed sectors ----------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти просунулися на двох напрямках."),
        ("uk", "Ворог просунувся на кількох ділянках фронту."),
        ("ru", "ВСУ продвинулись на отдельных участках."),
    ],
)
def test_an_advance_on_a_few_sectors(lang: str, text: str) -> None:
    cs = claims(text, lang)
    assert [c["kind"] for c in cs] == ["advance"], text
    assert cs[0]["places"] == []


# ---- a place opening the sentence, its status after a dash ------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Покровськ — під контролем ЗСУ, бої тривають на околицях.", "UA"),
        ("Марівка досі під контролем Сил оборони.", "UA"),
        ("Колоски — наші, запевняють у бригаді.", "UA"),
    ],
)
def test_a_place_opening_a_status_line(text: str, gainer: str) -> None:
    holds = [c for c in claims(text) if c["kind"] == "settlement_control"]
    assert len(holds) == 1, text
    assert holds[0]["gainer"] == gainer
    assert names(holds[0]) == [text.split()[0]]


# ---- the enemy's offensive at a place: fighting ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Сили оборони зірвали наступ ворога біля Марівки.",
        "Наступ противника під Колосками захлинувся.",
        "Бригада відбила наступ окупантів поблизу Петрівки.",
    ],
)
def test_the_enemy_offensive_at_a_place_is_fighting(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["fighting"], text


# ---- ground near a place taken or lost: an advance, not the place ----------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ворог зайняв два будинки на околиці Колосків.", "RU"),
        ("Підрозділи бригади очистили від ворога лісосмугу біля Марівки.", "UA"),
        ("Противник втратив позиції біля Петрівки.", "UA"),
    ],
)
def test_ground_near_a_place_is_an_advance(text: str, gainer: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["advance"], text
    assert cs[0]["gainer"] == gainer


# ---- encircling a place is fighting; fire control is no hold ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Росіяни оточили Колоски з трьох боків.",
        "Окупанти оточують Марівку.",
        "Ворог оточив Петрівку, тривають бої.",
    ],
)
def test_encircling_a_place_is_fighting(text: str) -> None:
    assert {c["kind"] for c in claims(text)} == {"fighting"}, text


def test_fire_control_of_a_road_is_no_hold() -> None:
    assert claims("Окупанти тримають під вогневим контролем дорогу на Марівку.") == []


# ---- "the same day": the day of the statement dated before -----------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Міноборони РФ у четвер заявило про захоплення Колосків. "
            "«Це неправда», — сказав речник Іван Коваль. "
            "Аналітики DeepState того ж дня повідомили, що ворог просунувся біля "
            "Марівки.",
        ),
        (
            "ru",
            "Минобороны РФ в четверг заявило о взятии Колосков. "
            "«Это неправда», — сказал представитель ВСУ Иван Коваль. "
            "Аналитики в тот же день сообщили, что армия продвинулась у Марьевки.",
        ),
        (
            "en",
            "Russia's defence ministry said on Thursday it had captured Kolosky. "
            "'That is false,' Ukrainian spokesman Ivan Koval said. "
            "Analysts said the same day that Russian troops had advanced near "
            "Marivka.",
        ),
    ],
)
def test_the_same_day_is_the_day_dated_before(lang: str, text: str) -> None:
    adv = [c for c in claims(text, lang) if c["kind"] == "advance"]
    assert [c["period_end"] for c in adv] == ["2025-06-12"], text


# ---- a whole town and part of another: two claims ---------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Сили оборони повернули контроль над Колосками і частиною Марівки.",
        ),
        ("uk", "Окупанти захопили Петрівку та північну частину Колосків."),
        ("ru", "Российские войска заняли Колоски и часть Марьевки."),
    ],
)
def test_a_whole_town_and_part_of_another(lang: str, text: str) -> None:
    cs = [c for c in claims(text, lang) if c["kind"] == "settlement_control"]
    assert len(cs) == 2, text
    assert len(names(cs[0])) == 1 and len(names(cs[1])) == 1


# ---- the impersonal passive with its object before it -----------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Бої тривали тиждень. Село Колоски було звільнено Силами оборони.", "UA"),
        ("Бої тривали тиждень. Колоски втрачено, визнали в бригаді.", "RU"),
        ("Бої тривали тиждень. Контроль над Марівкою втрачено.", "RU"),
    ],
)
def test_an_impersonal_passive_takes_the_place_before(text: str, gainer: str) -> None:
    cs = [c for c in claims(text) if c["kind"] == "settlement_control"]
    assert len(cs) == 1, text
    assert cs[0]["gainer"] == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Під Колосками втрачено 30 танків.",
        "Біля Марівки звільнено 3 кв. км.",
        "Сили оборони повідомили, що Силами оборони звільнено 3 кв. км.",
    ],
)
def test_a_place_near_an_impersonal_form_is_not_its_object(text: str) -> None:
    assert [c for c in claims(text) if c["kind"] == "settlement_control"] == [], text


# ---- infiltrating into a place: an advance ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Російські ДРГ проникли в Колоски.",
        "Ворог інфільтрувався в Марівку малими групами.",
        "Окупанти інфільтруються до Петрівки через лісосмуги.",
    ],
)
def test_infiltration_into_a_place_is_an_advance(text: str) -> None:
    cs = claims(text)
    assert [c["kind"] for c in cs] == ["advance"], text
    assert cs[0]["gainer"] == "RU"


def test_cold_getting_into_houses_is_no_advance() -> None:
    assert claims("Холод проникає в будинки Колосків.") == []


# ---- "last Friday" said on a Friday is the Friday before --------------------
@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("uk", "Минулої суботи Сили оборони звільнили Колоски.", "2025-06-07"),
        ("uk", "Минулого четверга ворог захопив Марівку.", "2025-06-12"),
        ("ru", "В прошлую субботу армия взяла Колоски.", "2025-06-07"),
    ],
)
def test_last_weekday(lang: str, text: str, day: str) -> None:
    cs = claims(text, lang)  # published on a Saturday
    assert [(c["period_start"], c["period_end"]) for c in cs] == [(day, day)], text
