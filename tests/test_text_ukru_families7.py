"""Ukrainian and Russian families of the claim extractor, seventh round (issue 8).

Each family is written from its linguistic pattern (read on a development
corpus of summaries, channels and interviews) and tried here in three
phrasings of our own per language: no corpus or article text, no
``../shared``. Place names are made up or generic ("Колоски", "Марівка").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 6, 14)  # a Saturday


def claims(text: str, lang: str, published: date = PUB) -> list[dict]:
    return [
        claim_to_record(c)
        for c in extract_claims(text, published=published, language=lang)
    ]


def names(rec: dict) -> list[str]:
    return [p["name"] for p in rec["places"]]


def kinds(text: str, lang: str, kind: str) -> list[dict]:
    return [c for c in claims(text, lang) if c["kind"] == kind]


# ---- a counted fight with a qualifier between the number and the noun -------
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Бої тривають біля Колосків. Вчора відбили три їхні атаки.", "Колосків"),
        (
            "uk",
            "Біля Марівки точаться бої. За ніч наші відбили п'ять ворожих штурмів.",
            "Марівки",
        ),
        (
            "uk",
            "Ворог тисне на Петрівку. Вранці зупинили дві потужні контратаки.",
            "Петрівку",
        ),
        ("ru", "Бои идут у Колосков. Вчера отбили три их атаки.", "Колосков"),
        (
            "ru",
            "У Марьевки идут бои. За ночь наши отразили пять вражеских штурмов.",
            "Марьевки",
        ),
        (
            "ru",
            "Противник давит на Петровку. Утром отбиты две новые контратаки.",
            "Петровку",
        ),
    ],
)
def test_a_qualified_counted_fight_takes_the_place_before(
    lang: str, text: str, place: str
) -> None:
    fights = kinds(text, lang, "fighting")
    assert len(fights) == 2, text
    assert names(fights[1]) == [place], text


# ---- ground or places returned, counted --------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "kind", "gainer"),
    [
        (
            "uk",
            "З 6 по 11 травня під контроль України повернуто 38 населених пунктів.",
            "settlement_control",
            "UA",
        ),
        (
            "uk",
            "Біля Колосків наші бійці забрали назад приблизно 3 квадратні кілометри.",
            "area_change",
            "UA",
        ),
        (
            "uk",
            "За тиждень Сили оборони повернули ще 12 сіл.",
            "settlement_control",
            "UA",
        ),
        (
            "ru",
            "С начала месяца российские войска вернули 24 населенных пункта.",
            "settlement_control",
            "RU",
        ),
        (
            "ru",
            "Российские штурмовики забрали обратно 3 квадратных километра у Колосков.",
            "area_change",
            "RU",
        ),
        (
            "ru",
            "За неделю под контроль России возвращено 40 кв. км.",
            "area_change",
            "RU",
        ),
    ],
)
def test_returned_ground_counted_is_a_gain(
    lang: str, text: str, kind: str, gainer: str
) -> None:
    got = kinds(text, lang, kind)
    assert len(got) == 1, text
    assert got[0]["gainer"] == gainer, text


# ---- skirmishes, a place nobody holds, clinging to every treeline -----------
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "А от Колоски, за словами бійця, — «ні наша, ні їхня».", "Колоски"),
        ("uk", "Біля Петрівки ворог чіпляється за кожну посадку.", "Петрівки"),
        ("uk", "Поблизу Колосків тривають сутички з ДРГ ворога.", "Колосків"),
        ("uk", "Село Марівка стало нічийною землею.", "Марівка"),
        ("ru", "А Колоски, по словам бойца, — «ни наша, ни их».", "Колоски"),
        (
            "ru",
            "В районе Марьевки противник цепляется за каждую лесополосу.",
            "Марьевки",
        ),
        (
            "ru",
            "На подступах к Петровке днем шли стычки с передовыми группами.",
            "Петровке",
        ),
        ("ru", "Село Марьевка превратилось в ничейную землю.", "Марьевка"),
    ],
)
def test_a_place_nobody_holds_is_fighting(lang: str, text: str, place: str) -> None:
    fights = kinds(text, lang, "fighting")
    assert [names(c) for c in fights] == [[place]], text
    assert fights[0]["gainer"] is None, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ця земля ні наша, ні їхня, казав дід про город."),
        ("ru", "Партия сыграла вничью, и ни наши, ни их болельщики не рады."),
    ],
)
def test_nobody_holds_with_no_place_is_no_claim(lang: str, text: str) -> None:
    assert kinds(text, lang, "fighting") == [], text


# ---- nominal forms: a foothold, an entry, a counted loss, a deoccupied area --
@pytest.mark.parametrize(
    ("lang", "text", "kind", "gainer"),
    [
        (
            "uk",
            "Речник заявив про закріплення ЗСУ на лівому березі біля Колосків.",
            "advance",
            "UA",
        ),
        (
            "uk",
            "Штаб повідомив про входження українських підрозділів у Марівку.",
            "settlement_control",  # (s22: a town entered, as the verb)
            "UA",
        ),
        (
            "uk",
            "Українські аналітики визнали втрату 120 км² за березень.",
            "area_change",
            "RU",
        ),
        (
            "uk",
            "Площа деокупованої території становить 45 кв. км.",
            "area_change",
            "UA",
        ),
        (
            "ru",
            "Пресс-секретарь заявил о закреплении ВСУ на окраине Колосков.",
            "advance",
            "UA",
        ),
        (
            "ru",
            "Киев сообщил о вхождении украинских подразделений в Марьевку.",
            "settlement_control",  # (s22: a town entered, as the verb)
            "UA",
        ),
        (
            "ru",
            "Украинские аналитики признали потерю 120 кв. км за март.",
            "area_change",
            "RU",
        ),
        (
            "ru",
            "Российские аналитики признали потерю 15 кв. км у Колосков.",
            "area_change",
            "UA",
        ),
    ],
)
def test_nominal_gains_and_losses(lang: str, text: str, kind: str, gainer: str) -> None:
    got = kinds(text, lang, kind)
    assert len(got) == 1, text
    assert got[0]["gainer"] == gainer, text


# ---- "knocked out of": every gender and number of the verb fires -------------
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("uk", "Учора група вибила окупантів з двох позицій біля Колосків.", "advance"),
        ("uk", "Вчора батальйон вибив окупантів з опорника біля Марівки.", "advance"),
        ("uk", "Наші штурмовики вибили окупантів з Петрівки.", "settlement_control"),
        ("ru", "Рота выбила противника из двух опорников у Колосков.", "advance"),
        ("ru", "Взвод выбил противника из посадки у Колосков.", "advance"),
        ("ru", "Российские штурмовики выбили ВСУ из Петровки.", "settlement_control"),
    ],
)
def test_knocked_out_in_every_form(lang: str, text: str, kind: str) -> None:
    got = claims(text, lang)
    assert [c["kind"] for c in got] == [kind], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Вибух вибив шибки у сусідніх будинках."),
        ("ru", "Взрывной волной выбило стекла в домах."),
    ],
)
def test_knocked_out_windows_are_no_claim(lang: str, text: str) -> None:
    assert claims(text, lang) == [], text


# ---- "держим/держат X": holding a named place (Russian; Ukrainian "тримаємо") --
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("Наши бойцы держат Марьевку.", "Марьевку", "RU"),
        ("ВСУ держат район вокзала в Колосках.", "Колосках", "UA"),
        ("Российские десантники крепко держат Петровку.", "Петровку", "RU"),
    ],
)
def test_russian_holding_a_named_place(text: str, place: str, gainer: str) -> None:
    got = kinds(text, "ru", "settlement_control")
    assert [names(c) for c in got] == [[place]], text
    assert got[0]["gainer"] == gainer and got[0]["cumulative"] is False, text


@pytest.mark.parametrize(
    "text",
    [
        "Пленных держат в подвале в Марьевке.",
        "Наши держат оборону у Колосков.",
        "Штаб держит связь с Петровкой.",
    ],
)
def test_russian_holding_captives_or_a_defence_is_no_settlement(text: str) -> None:
    assert kinds(text, "ru", "settlement_control") == [], text


# ---- a flank is a sector: "на північному фланзі — важкі бої" -----------------
@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        ("uk", "На північному фланзі — важкі бої.", "північному фланзі"),
        ("uk", "На південному фланзі ворог штурмує наші позиції.", "південному фланзі"),
        ("uk", "На лівому фланзі тривають зустрічні бої.", "лівому фланзі"),
        ("ru", "На северном фланге — тяжелые бои.", "северном фланге"),
        ("ru", "На южном фланге противник штурмует наши позиции.", "южном фланге"),
        ("ru", "На правом фланге идут встречные бои.", "правом фланге"),
    ],
)
def test_a_flank_locates_a_fight(lang: str, text: str, sector: str) -> None:
    fights = kinds(text, lang, "fighting")
    assert [c["sector"] for c in fights] == [sector], text


# ---- the enemy pushed back, the front moved forward (a distance) -------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer", "km"),
    [
        ("uk", "Біля Колосків наші воїни відсунули ворога на 800 метрів.", "UA", 0.8),
        (
            "uk",
            "За тиждень ЗСУ відсунули окупантів від Марівки на два кілометри.",
            "UA",
            2.0,
        ),
        (
            "uk",
            "Біля Петрівки українські позиції посунулися вперед на кілометр.",
            "UA",
            1.0,
        ),
        ("ru", "У Колосков наши отодвинули противника на два километра.", "RU", 2.0),
        (
            "ru",
            "За неделю российские войска отодвинули ВСУ от Марьевки на 3 км.",
            "RU",
            3.0,
        ),
        ("ru", "У Петровки позиции ВСУ сдвинулись вперед на километр.", "UA", 1.0),
    ],
)
def test_pushed_back_or_moved_forward_is_an_advance(
    lang: str, text: str, gainer: str, km: float
) -> None:
    got = kinds(text, lang, "advance")
    assert len(got) == 1, text
    assert (got[0]["gainer"], got[0]["distance_km"]) == (gainer, km), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Нараду відсунули на тиждень."),
        ("ru", "Это позволит отодвинуть линию фронта от Донецка."),
        ("ru", "Переговоры отодвинули на осень."),
    ],
)
def test_postponed_or_prospective_push_is_no_advance(lang: str, text: str) -> None:
    assert kinds(text, lang, "advance") == [], text


# ---- a relayed claim denied by the next words --------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Росіяни в своїх каналах пишуть, що «зайшли в Колоски». Ні."),
        (
            "uk",
            "Окупанти вже тиждень запевняють, що захопили Марівку. Ми "
            "зателефонували командиру роти. — Це неправда.",
        ),
        ("uk", "Ворог заявив, що взяв Петрівку. Насправді це не так: бої тривають."),
        (
            "ru",
            "Противник заявляет, что «зачистил» Колоски. Судя по объективному "
            "контролю, это не так.",
        ),
        ("ru", "Украинские каналы пишут, что ВСУ заняли Марьевку. Нет."),
        (
            "ru",
            "Киев утверждает, что вернул Петровку. Это не соответствует "
            "действительности.",
        ),
    ],
)
def test_a_relayed_claim_denied_next_is_negated(lang: str, text: str) -> None:
    told = [c for c in claims(text, lang) if c["kind"] != "fighting"]
    assert told and all(c["negated"] for c in told), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Росіяни пишуть, що захопили Колоски. Бійці підтвердили втрату."),
        ("ru", "Противник заявляет, что занял Марьевку. Это правда, село оставлено."),
    ],
)
def test_a_relayed_claim_not_denied_stays_a_claim(lang: str, text: str) -> None:
    told = [c for c in claims(text, lang) if c["kind"] == "settlement_control"]
    assert told and not told[0]["negated"], text


def test_a_fact_check_keeps_the_claim_under_check() -> None:
    # the denial is told as a claim of its own: the relayed one is not negated
    text = (
        "У ЗСУ спростували заяву росіян про захоплення Колосків.\n\n"
        "Автори дописів стверджують, що росіяни повністю захопили Колоски.\n\n"
        "Це неправда. Відео зняли в іншому місці."
    )
    got = [c for c in claims(text, "uk") if c["kind"] == "settlement_control"]
    assert [c["negated"] for c in got] == [True, False]


# ---- "took" and "returned" with a named place, in every form -----------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Батальйон взяв Петрівку після тижня боїв.", "UA"),
        ("uk", "Бригада взяла Колоски.", "UA"),
        ("uk", "Штурмовики взяли Марівку.", "UA"),
        ("ru", "ВСУ вернули Петровку.", "UA"),
        ("ru", "Российский батальон вернул Колоски.", "RU"),
        ("ru", "Российская бригада вернула Марьевку.", "RU"),
    ],
)
def test_took_or_returned_a_named_place(lang: str, text: str, gainer: str) -> None:
    got = kinds(text, lang, "settlement_control")
    assert [c["gainer"] for c in got] == [gainer], text


# ---- a quotation opened right after a place is about that place --------------
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Біля Колосків тривають бої, а біля Марівки: «ворог штурмує щодня».",
            "Марівки",
        ),
        (
            "uk",
            "На околицях Петрівки точаться бої, а під Колосками — «ворог тисне "
            "з усіх боків».",
            "Колосками",
        ),
        (
            "uk",
            "Біля Марівки йдуть бої, а в районі Петрівки «противник атакує "
            "малими групами».",
            "Петрівки",
        ),
        (
            "ru",
            "На окраинах Колосков идут бои, а в районе Марьевки «противник "
            "штурмует позиции».",
            "Марьевки",
        ),
        (
            "ru",
            "У Петровки идут бои, а под Колосками — «враг штурмует со всех сторон».",
            "Колосками",
        ),
        (
            "ru",
            "Возле Марьевки идут бои, а у Петровки: «противник атакует "
            "малыми группами».",
            "Петровки",
        ),
    ],
)
def test_a_quoted_fight_after_a_place_is_at_that_place(
    lang: str, text: str, place: str
) -> None:
    fights = kinds(text, lang, "fighting")
    assert len(fights) == 2, text
    assert names(fights[1]) == [place], text


# ---- a buffer zone made, with its depth ----------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "km"),
    [
        (
            "uk",
            "На Сумщині росіяни, за їхніми словами, створили смугу безпеки "
            "глибиною до 8 км.",
            8.0,
        ),
        (
            "uk",
            "Біля кордону російські війська створили буферну зону глибиною 5 км.",
            5.0,
        ),
        (
            "uk",
            "За словами Кремля, на Харківщині створено санітарну зону глибиною "
            "до 12 кілометрів.",
            12.0,
        ),
        (
            "ru",
            "На Сумском направлении создана полоса безопасности глубиной до 10 км.",
            10.0,
        ),
        (
            "ru",
            "В Харьковской области российские войска создали буферную зону "
            "глубиной 5 км.",
            5.0,
        ),
        ("ru", "У границы создана санитарная зона глубиной до 12 километров.", 12.0),
    ],
)
def test_a_buffer_zone_made_is_an_advance(lang: str, text: str, km: float) -> None:
    got = kinds(text, lang, "advance")
    assert [(c["gainer"], c["distance_km"]) for c in got] == [("RU", km)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Путін доручив створити буферну зону."),
        ("ru", "Путин поручил создать буферную зону у границы."),
        ("ru", "Нужно создать полосу безопасности глубиной 20 км."),
    ],
)
def test_a_buffer_zone_planned_is_no_advance(lang: str, text: str) -> None:
    assert kinds(text, lang, "advance") == [], text


# ---- an entry into a named place, dug in there: a capture in part -----------
@pytest.mark.parametrize(
    ("lang", "text", "kind", "gainer"),
    [
        (
            "uk",
            "Окупанти зайшли в Колоски з півдня і закріпилися в кількох будинках.",
            "settlement_control",
            "RU",
        ),
        (
            "uk",
            "ЗСУ увійшли у Марівку та закріплюються на її околицях.",
            "settlement_control",
            "UA",
        ),
        (
            "uk",
            "Російська група зайшла в Петрівку зі сходу й закріпилася там.",
            "settlement_control",
            "RU",
        ),
        ("uk", "Ворог зайшов у Колоски з півночі.", "settlement_control", "RU"),
        (
            "ru",
            "Российские штурмовики зашли в Колоски с юга и закрепились в южной "
            "части поселка.",
            "settlement_control",
            "RU",
        ),
        (
            "ru",
            "ВСУ вошли в Марьевку и закрепляются в центре.",
            "settlement_control",
            "UA",
        ),
        (
            "ru",
            "Российский отряд зашел в Петровку ночью и закрепился у школы.",
            "settlement_control",
            "RU",
        ),
        (
            "ru",
            "Российские штурмовики зашли в Колоски с севера.",
            "settlement_control",
            "RU",
        ),
    ],
)
def test_an_entry_into_a_named_place(
    lang: str, text: str, kind: str, gainer: str
) -> None:
    got = [c for c in claims(text, lang) if c["kind"] != "fighting"]
    assert [(c["kind"], c["gainer"]) for c in got][:1] == [(kind, gainer)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "ЗСУ зайшли в Курську область."),
        ("ru", "ВСУ вошли в Курскую область."),
    ],
)
def test_an_entry_into_a_region_is_no_settlement(lang: str, text: str) -> None:
    assert kinds(text, lang, "settlement_control") == [], text


# ---- "the situation is difficult" at a place or on a sector ------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ситуація в Колосках залишається складною."),
        ("uk", "На Покровському напрямку ситуація залишається найскладнішою."),
        ("uk", "Ситуація біля Марівки складна, але контрольована."),
        ("ru", "Ситуация в Колосках остается сложной."),
        ("ru", "Обстановка на Покровском направлении тяжелая."),
        ("ru", "Ситуация у Марьевки сложная, но контролируемая."),
    ],
)
def test_a_difficult_situation_is_fighting(lang: str, text: str) -> None:
    fights = kinds(text, lang, "fighting")
    assert len(fights) == 1 and (fights[0]["places"] or fights[0]["sector"]), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ситуація з електропостачанням у Марівці складна."),
        ("ru", "Ситуация с электроснабжением в Колосках сложная."),
    ],
)
def test_a_difficult_situation_with_something_is_no_fight(lang: str, text: str) -> None:
    assert kinds(text, lang, "fighting") == [], text


# ---- ground given up, mostly denied: "не віддали жодної позиції" --------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer", "negated"),
    [
        ("uk", "Ми не віддали жодної позиції біля Марівки.", "RU", True),
        ("uk", "ЗСУ віддали дві позиції біля Колосків.", "RU", False),
        ("uk", "Окупанти віддали ще одну посадку біля Петрівки.", "UA", False),
        ("ru", "Мы не отдали ни одной позиции у Колосков.", "UA", True),
        ("ru", "ВСУ отдали две позиции у Марьевки.", "RU", False),
        ("ru", "Российские войска отдали лесополосу у Петровки.", "UA", False),
    ],
)
def test_ground_given_up(lang: str, text: str, gainer: str, negated: bool) -> None:
    got = kinds(text, lang, "advance")
    assert [(c["gainer"], c["negated"]) for c in got] == [(gainer, negated)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Хлопці віддали життя за Марівку."),
        ("ru", "Командир отдал приказ наступать у Колосков."),
    ],
)
def test_given_lives_or_orders_are_no_ground(lang: str, text: str) -> None:
    assert kinds(text, lang, "advance") == [], text


# ---- a headline naming an interview's topic; assault units are no fight ------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Командир роти — про бої під Колосками\n\nВін воює з весни."),
        (
            "uk",
            "«Кожен метр важкий»: боєць 5-ї штурмової про бої за Марівку\n\n"
            "Ми поговорили з ним у тилу.",
        ),
        ("uk", "Наші штурмовики відпочивають у Петрівці після ротації."),
        ("ru", "Командир роты - о боях под Колосками\n\nОн воюет с весны."),
        (
            "ru",
            "«Каждый метр тяжелый»: боец штурмовой бригады о боях за Марьевку\n\n"
            "Мы поговорили с ним в тылу.",
        ),
        ("ru", "Наши штурмовики отдыхают в Петровке после ротации."),
    ],
)
def test_a_topic_headline_or_an_assault_unit_is_no_fight(lang: str, text: str) -> None:
    assert kinds(text, lang, "fighting") == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворог веде штурмові дії біля Колосків."),
        ("uk", "Окупанти штурмують Марівку."),
        ("uk", "Біля Петрівки відбито два штурми."),
        ("ru", "Противник ведет штурмовые действия у Колосков."),
        ("ru", "ВСУ штурмуют Марьевку."),
        ("ru", "У Петровки отбиты два штурма."),
    ],
)
def test_assault_actions_are_fighting(lang: str, text: str) -> None:
    assert len(kinds(text, lang, "fighting")) == 1, text


# ---- "блокированы и уничтожаются": the official formula of a fight -----------
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Групи ворога в районі Колосків блоковані та знищуються.", "Колосків"),
        (
            "uk",
            "ДРГ противника біля Марівки заблоковані й знищуються артилерією.",
            "Марівки",
        ),
        ("uk", "Залишки гарнізону в Петрівці блоковані і добиваються.", "Петрівці"),
        (
            "ru",
            "Группы противника в районе Колосков блокированы и уничтожаются.",
            "Колосков",
        ),
        (
            "ru",
            "ДРГ ВСУ у Марьевки блокированы и уничтожаются артиллерией.",
            "Марьевки",
        ),
        ("ru", "Остатки гарнизона в Петровке блокированы и добиваются.", "Петровке"),
    ],
)
def test_blockaded_and_destroyed_is_fighting(lang: str, text: str, place: str) -> None:
    assert [names(c) for c in kinds(text, lang, "fighting")] == [[place]], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Телеграм-канал заблоковано в Колосках."),
        ("ru", "Дорога на Марьевку заблокирована снегом."),
    ],
)
def test_a_blocked_channel_or_road_is_no_fight(lang: str, text: str) -> None:
    assert kinds(text, lang, "fighting") == [], text


# ---- an assault that did not get through; infiltration in the present -------
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("uk", "Біля Марівки ворог не пройшов.", "Марівки"),
        ("uk", "Під Колосками окупанти знову не пройшли.", "Колосками"),
        ("uk", "На Петрівку ворожа колона не пройшла.", "Петрівку"),
        ("ru", "У Марьевки враг не прошел.", "Марьевки"),
        ("ru", "Под Колосками ВСУ снова не прошли.", "Колосками"),
        ("ru", "На Петровку колонна противника не прошла.", "Петровку"),
    ],
)
def test_an_assault_that_did_not_get_through_is_fighting(
    lang: str, text: str, place: str
) -> None:
    assert [names(c) for c in kinds(text, lang, "fighting")] == [[place]], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Окремі групи просочуються на східні околиці Петрівки.", "Петрівки"),
        ("Ворожі ДРГ просочуються в Колоски через посадки.", "Колоски"),
        ("Російська піхота просочувалася до Марівки вночі.", "Марівки"),
    ],
)
def test_infiltration_in_every_tense_is_an_advance(text: str, place: str) -> None:
    got = kinds(text, "uk", "advance")
    assert [names(c) for c in got] == [[place]], text


def test_news_leaking_is_no_infiltration() -> None:
    assert claims("Інформація про це просочується в медіа з Колосків.", "uk") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У бригаді заявили, що ситуація складна, але підрозділи тримаються."),
        ("ru", "В штабе признали, что обстановка тяжелая."),
    ],
)
def test_a_difficult_situation_placed_nowhere_is_no_fight(lang: str, text: str) -> None:
    assert kinds(text, lang, "fighting") == [], text


# ---- the trigger search keeps its case-folded twin (speed, not timed) --------
@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_the_trigger_search_keeps_its_folded_twin(lang: str) -> None:
    # a case-sensitive group "(?-i:...)" under a negative lookaround makes
    # fastre.folded give up and the whole trigger search ten times slower
    from frontline.text import claims as engine
    from frontline.text.fastre import FoldedPattern

    assert isinstance(engine._TRIGGER_RE[lang], FoldedPattern)
