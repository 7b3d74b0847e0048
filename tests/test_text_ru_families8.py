"""Russian families of the claim extractor, eighth round (issue 8).

Each family is written from its linguistic pattern (MoD summaries, wire
relays, channels, officials quoted in Russian) and tried here in three
phrasings of our own: no corpus or article text, no ``../shared``. Place
names are made up or generic ("Колоски", "Марьевка", "Петровка").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 6, 14)  # a Saturday


def claims(text: str, lang: str = "ru", published: date = PUB) -> list[dict]:
    return [
        claim_to_record(c)
        for c in extract_claims(text, published=published, language=lang)
    ]


def names(rec: dict) -> list[str]:
    return [p["name"] for p in rec["places"]]


def kinds(text: str, kind: str, lang: str = "ru") -> list[dict]:
    return [c for c in claims(text, lang) if c["kind"] == kind]


# ---- a short passive participle after the place: the place was taken --------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("Город Марьевка полностью освобожден.", "Марьевка", "RU"),
        ("По данным штаба, Петровка была взята еще в среду.", "Петровка", "RU"),
        ("Поселок Колоски захвачен противником.", "Колоски", "RU"),
    ],
)
def test_short_passive_participle_after_the_place(
    text: str, place: str, gainer: str
) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == gainer
    assert got[0]["negated"] is False


def test_common_noun_before_a_participle_is_no_place() -> None:
    text = "Бои шли за Марьевку. Город полностью освобожден."
    got = kinds(text, "settlement_control")
    assert got and all("Город" not in names(c) for c in got)


# ---- "the city" after a reported capture points to the town just named ------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Главная новость недели — Марьевка. Министр доложил о полном "
            "освобождении города.",
            "Марьевка",
        ),
        (
            "Все говорят о Петровке. Командование объявило о взятии поселка.",
            "Петровке",
        ),
        (
            "Бои у Колосков шли весь месяц. Вчера штаб сообщил о захвате города.",
            "Колосков",
        ),
    ],
)
def test_genitive_town_noun_after_a_capture_noun(text: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert [names(c) for c in got] == [[place]]
    assert got[0]["gainer"] == "RU"


# ---- leaving a town: "ушли из", "сдали", "оставлена" --------------------------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("ВСУ ушли из Колосков ночью.", "Колосков", "RU"),
        ("Украинские подразделения сдали Марьевку без боя.", "Марьевку", "RU"),
        ("Петровка оставлена украинскими войсками.", "Петровка", "RU"),
    ],
)
def test_leaving_a_town(text: str, place: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Многие ушли в отпуск после ротации.",
        "Пленные сдали оружие и документы.",
        "Бойцы ушли на отдых, их сменили другие.",
    ],
)
def test_leaving_look_alikes_make_no_claim(text: str) -> None:
    assert claims(text) == []


# ---- troops moved across a river: ground given up, no figure -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Минобороны сообщило о завершении перевода подразделений на левый берег "
        "Днепра.",
        "Командование объявило о перегруппировке войск на левый берег реки.",
        "Штаб доложил, что отвод частей на восточный берег Оскола завершен.",
    ],
)
def test_moved_across_a_river_is_ground_given_up(text: str) -> None:
    got = [c for c in claims(text) if c["kind"] in ("area_change", "advance")]
    assert len(got) == 1
    assert got[0]["kind"] == "area_change"
    assert got[0]["gainer"] == "UA"  # Russian troops leave the bank


# ---- a town called ours --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "negated"),
    [
        ("Петровка — наша, флаг стоит над администрацией.", "Петровка", False),
        ("По словам комбата, Марьевка наша.", "Марьевка", False),
        ("Кто пишет, что Колоски наши, — не торопитесь.", "Колоски", True),
    ],
)
def test_town_called_ours(text: str, place: str, negated: bool) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == "RU"
    assert got[0]["negated"] is negated


@pytest.mark.parametrize(
    "text",
    [
        "Наш командир вернулся из Петровки.",
        "Слава героям! Петровка — наша!",  # a cheer, no report
        "Бойцы из Колосков — наши земляки.",
    ],
)
def test_ours_look_alikes_make_no_claim(text: str) -> None:
    assert kinds(text, "settlement_control") == []


# ---- an offensive that has stopped: a negated advance -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Противник у Колосков уже не наступает, а обороняется.",
        "Под Петровкой ВСУ больше не наступают.",
        "У Марьевки враг не наступал, а закапывался.",
    ],
)
def test_offensive_that_stopped(text: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert got[0]["negated"] is True


# ---- fighting told without a fight noun, at the place named before -----------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Противник вклинился у Колосков. Идет встречный бой, туда идут резервы.",
            "Колосков",
        ),
        (
            "Бои идут за Петровку. Противник дважды заходил на южную окраину, но "
            "был выбит.",
            "Петровку",
        ),
        (
            "Штурмовики зашли в Марьевку с востока. Там ещё работаем по северной "
            "окраине.",
            "Марьевку",
        ),
    ],
)
def test_fight_without_a_fight_noun(text: str, place: str) -> None:
    got = kinds(text, "fighting")
    assert got
    assert names(got[-1]) == [place]
    assert got[-1]["gainer"] is None


# ---- ground won back or lost, with a figure ------------------------------------
@pytest.mark.parametrize(
    ("text", "area", "gainer"),
    [
        ("За неделю российские войска отвоевали 120 кв. км.", 120.0, "RU"),
        ("В мае армия увеличила зону контроля на 85 кв. км.", 85.0, "RU"),
        ("За сутки ВСУ утратили контроль над 14 кв. км.", 14.0, "RU"),
    ],
)
def test_ground_won_or_lost_with_a_figure(text: str, area: float, gainer: str) -> None:
    got = kinds(text, "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] == area
    assert got[0]["gainer"] == gainer
    assert got[0]["cumulative"] is False


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Зона контроля ВСУ в области сократилась до 200 кв. км.", 200.0),
        ("Плацдарм противника сжался до 40 квадратных километров.", 40.0),
        ("Подконтрольная им зона уменьшилась до 75 кв. км.", 75.0),
    ],
)
def test_zone_shrunk_to_a_figure_is_held(text: str, area: float) -> None:
    got = kinds(text, "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] == area
    assert got[0]["cumulative"] is True


@pytest.mark.parametrize(
    ("text", "area", "distance"),
    [
        ("За месяц российская армия прошла около 500 кв. км.", 500.0, None),
        ("За сутки штурмовые группы прошли еще 3 км вдоль трассы.", None, 3.0),
        ("Подразделения прошли до 2 километров в глубину обороны.", None, 2.0),
    ],
)
def test_ground_covered_with_a_figure(
    text: str, area: float | None, distance: float | None
) -> None:
    got = [c for c in claims(text) if c["kind"] in ("area_change", "advance")]
    assert len(got) == 1
    assert got[0]["area_km2"] == area
    assert got[0]["distance_km"] == distance


@pytest.mark.parametrize(
    "text",
    [
        "Войска вернули под контроль большую часть территории, занятой противником.",
        "За год армия освободила половину территории области.",
        "Противник оставил значительную часть территории района.",
    ],
)
def test_share_of_the_ground_without_a_figure(text: str) -> None:
    got = kinds(text, "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] is None


def test_past_hold_with_a_figure() -> None:
    got = kinds("На пике, в марте, ВСУ контролировали около 900 кв. км.", "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] == 900.0
    assert got[0]["gainer"] == "UA"


# ---- an actorless gain after a withdrawal is the side that gained -------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Противник оставил позиции у Колосков. Продвижение на этом участке "
            "составило до 2 км.",
            "RU",
        ),
        ("ВСУ отступили из Марьевки. Продвижение за сутки составило 3 км.", "RU"),
        (
            "Российские войска покинули Петровку. Продвижение составило до 1,5 км.",
            "UA",
        ),
    ],
)
def test_actorless_advance_after_a_withdrawal(text: str, gainer: str) -> None:
    got = claims(text)
    assert len(got) == 2
    assert got[1]["kind"] == "advance"
    assert got[0]["gainer"] == got[1]["gainer"] == gainer


# ---- an analyst records a capture; a town called lost --------------------------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("DeepState зафиксировал оккупацию Колосков.", "Колосков", "RU"),
        ("Аналитики признали оккупацию Марьевки.", "Марьевки", "RU"),
        ("По его словам, Петровка фактически потеряна.", "Петровка", "UA"),
    ],
)
def test_capture_recorded_or_town_lost(text: str, place: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == gainer


# ---- an offensive launched at a place is fighting -------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Противник перешел в наступление у Колосков.", "Колосков"),
        ("ВСУ перешли в контрнаступление под Марьевкой.", "Марьевкой"),
        ("Утром враг перешёл в наступление на Петровку.", "Петровку"),
    ],
)
def test_offensive_launched_is_fighting(text: str, place: str) -> None:
    got = kinds(text, "fighting")
    assert [names(c) for c in got] == [[place]]


# ---- a river crossed, the outskirts reached: an advance ---------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Российские подразделения форсировали реку у Колосков.", "RU"),
        ("Противник вышел на окраины Марьевки.", "UA"),
        ("ВСУ форсировали канал севернее Петровки.", "UA"),
    ],
)
def test_river_crossed_or_outskirts_reached(text: str, gainer: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer


def test_leaving_an_encirclement_is_no_withdrawal() -> None:
    assert claims("Бойцы вышли из окружения под Колосками.") == []


# ---- "left the territory" right after a town taken: that town ------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Армия освободила Колоски. ВСУ покинули территорию.", "Колоски"),
        ("Войска освободили село Марьевка – противник оставил территорию.", "Марьевка"),
        (
            "Российские войска заняли Петровку. Украинские части покинули территорию.",
            "Петровку",
        ),
    ],
)
def test_territory_left_after_a_town_taken(text: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 2
    assert names(got[1]) == [place]
    assert got[1]["gainer"] == got[0]["gainer"] == "RU"


def test_territory_left_with_no_town_before_makes_no_settlement() -> None:
    assert kinds("ВСУ покинули территорию.", "settlement_control") == []


def test_participle_of_another_subject_takes_no_place() -> None:
    text = "Если войска вошли в Колоски ночью, мост уже потерян."
    assert kinds(text, "settlement_control") == []


# ---- positions won back or lost: an advance of the side that gained ---------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Силы обороны отбили у врага позиции возле Колосков.", "UA"),
        ("Бойцы выбили ВСУ с позиций у Марьевки.", "RU"),
        ("Противник потерял позиции у Петровки.", "RU"),
    ],
)
def test_positions_won_back_or_lost(text: str, gainer: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["advance"]
    assert got[0]["gainer"] == gainer


# ---- fighting without a fight noun: operations, pressure, a counteroffensive -----
@pytest.mark.parametrize(
    "text",
    [
        "Противник продолжает наступательные операции на Покровском направлении.",
        "ВСУ проводят контрнаступательные действия у Колосков.",
        "Враг усилил натиск на Марьевку и активизировался у Петровки.",
    ],
)
def test_fighting_without_a_fight_noun(text: str) -> None:
    got = claims(text)
    assert got and all(c["kind"] == "fighting" for c in got)
    assert all(c["gainer"] is None for c in got)


# ---- the outskirts or approaches of no place named: the place just told ----------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Бои идут за Колоски. Наши подразделения продвинулись от окраин до "
            "района завода.",
            "Колоски",
        ),
        ("Под Марьевкой жарко. Штурмовики вышли на подступы.", "Марьевкой"),
        ("Бої тривають за Петрівку. Наші просунулися до околиць.", "Петрівку"),
    ],
)
def test_outskirts_of_the_place_just_told(text: str, place: str) -> None:
    lang = "uk" if "Бої" in text else "ru"
    got = kinds(text, "advance", lang)
    assert len(got) == 1
    assert names(got[0]) == [place]


# ---- ground as a noun with its figure: a gain, a loss, a return -------------------
@pytest.mark.parametrize(
    ("text", "area", "gainer"),
    [
        ("Прирост территории за неделю составил 120 кв. км.", 120.0, "RU"),
        (
            "Россия за год увеличила подконтрольную территорию на 4000 кв. км.",
            4000.0,
            "RU",
        ),
        ("ВСУ удалось вернуть около 5 кв. км.", 5.0, "UA"),
        ("Потери ВСУ за месяц — около 500 кв. км территории.", 500.0, "RU"),
    ],
)
def test_ground_as_a_noun_with_its_figure(text: str, area: float, gainer: str) -> None:
    got = kinds(text, "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] == area
    assert got[0]["gainer"] == gainer


def test_losses_of_men_are_no_ground() -> None:
    assert claims("Потери ВСУ за сутки — до 500 военнослужащих.") == []


# ---- control kept or held, the holder after a reflexive passive ------------------
@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        (
            "По данным аналитиков, ВСУ сохраняют контроль над Колосками.",
            "Колосками",
            "UA",
        ),
        ("Генштаб заявил, что Марьевка удерживается ВСУ.", "Марьевка", "UA"),
        (
            "По его словам, Петровка пока контролируется российской армией.",
            "Петровка",
            "RU",
        ),
    ],
)
def test_control_kept_or_held(text: str, place: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == gainer
    assert got[0]["negated"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Он отметил, что украинские силы держат оборону в Колосках.",
        "По его словам, бойцы держат оборону в Марьевке.",
        "Наши держат оборону во Петровке уже месяц.",
    ],
)
def test_defence_held_in_a_town_is_fighting(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["fighting"]


# ---- control established, a clearing completed ----------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В Марьевке установлен контроль российских войск.", "Марьевке"),
        ("По данным штаба, зачистка Колосков полностью завершена.", "Колосков"),
        ("Сообщается, что установлен полный контроль над Петровкой.", "Петровкой"),
    ],
)
def test_control_established_or_clearing_completed(text: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == "RU"


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("За неделю ВСУ лишились 40 кв. км.", 40.0),
        ("С начала месяца они сдали еще 12 кв. км.", 12.0),
        ("Украинская армия лишилась около 90 квадратных километров.", 90.0),
    ],
)
def test_ground_lost_with_its_figure(text: str, area: float) -> None:
    got = kinds(text, "area_change")
    assert len(got) == 1
    assert got[0]["area_km2"] == area


# ---- pushed through, got close ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Наши пробились к центру Марьевки.", "Марьевки"),
        ("Штурмовики подобрались к окраинам Колосков.", "Колосков"),
        ("Передовые группы дошли до Петровки.", "Петровки"),
    ],
)
def test_pushed_through_or_got_close(text: str, place: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert names(got[0]) == [place]
    assert got[0]["gainer"] == "RU"


# ---- a channel's words for a fight ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Под Марьевкой по-прежнему жарко.", "Марьевкой"),
        ("У Колосков стрелкотня не прекращается, противник наседает.", "Колосков"),
        ("Линия фронта проходит по центру Петровки.", "Петровки"),
    ],
)
def test_channel_words_for_a_fight(text: str, place: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["fighting"]
    assert names(got[0]) == [place]


# ---- a stand-off, pressure on a town ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Продолжается противостояние за Марьевку.",
        "Противник продолжает давление на Колоски.",
        "Под Петровкой идет противостояние у трассы, давление на Петровку растет.",
    ],
)
def test_stand_off_or_pressure(text: str) -> None:
    got = claims(text)
    assert got and all(c["kind"] == "fighting" for c in got)


@pytest.mark.parametrize(
    "text",
    [
        "Давление на переговорах растет.",
        "Основные усилия сосредоточены на Покровском направлении.",
        "Основные усилия противник сосредотачивает на Покровском направлении.",
    ],
)
def test_pressure_in_talks_or_main_effort_is_no_fight(text: str) -> None:
    assert claims(text) == []


# ---- units pulled out of a town; a town entered group by group ---------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ВСУ сообщили, что их подразделения отведены из Марьевки.", "Марьевки"),
        ("Украинские части были отведены с позиций в Колосках.", "Колосках"),
        ("По приказу командования войска отведены из Петровки.", "Петровки"),
    ],
)
def test_units_pulled_out(text: str, place: str) -> None:
    got = [c for c in claims(text) if c["kind"] in ("settlement_control", "advance")]
    assert len(got) == 1
    assert names(got[0]) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Противник заходит в Марьевку малыми группами.", "Марьевку"),
        ("Оккупанты заходят в Колоски по ночам.", "Колоски"),
        ("Враг каждый день заходит в Петровку с севера.", "Петровку"),
    ],
)
def test_entering_now_is_fighting(text: str, place: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["fighting"]
    assert names(got[0]) == [place]


# ---- encircled units destroyed: a fight; the outskirts reached: an advance -------
@pytest.mark.parametrize(
    "text",
    [
        "Войска продолжают уничтожать окруженные подразделения ВСУ в районе Колосков.",
        "Штурмовики добивают блокированные группы противника у Марьевки.",
        "Подразделения ликвидируют окруженную группировку в Петровке.",
    ],
)
def test_encircled_units_destroyed_is_fighting(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["fighting"]


@pytest.mark.parametrize(
    "text",
    [
        "Штурмовые подразделения вышли на южную окраину Марьевки.",
        "Наши вышли к западным окраинам Колосков.",
        "Передовые группы вышли на ближние подступы к Петровке.",
    ],
)
def test_outskirts_reached(text: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert got[0]["gainer"] == "RU"


# ---- entered and dug in: one capture in part, no advance of its own ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Наши штурмовики зашли в Колоски с юга и закрепились в южной части поселка.",
        "Бойцы вошли в Марьевку и закрепились на нескольких улицах.",
        "Группа зашла в Петровку с востока и закрепилась у школы.",
    ],
)
def test_entered_and_dug_in_is_one_claim(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["settlement_control"]


# ---- a purpose is no event ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Это позволяет создать условия для дальнейшего продвижения у Колосков.",
        "Взятие высоты позволит продвинуться к Марьевке.",
        "Командование готовит условия для наступления на Петровку.",
    ],
)
def test_purpose_is_no_advance(text: str) -> None:
    assert kinds(text, "advance") == []


# ---- positions abandoned; trying to get out is no fight -----------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Бои у Колосков. Часть украинских подразделений бросила позиции.", "RU"),
        ("Российские солдаты бросили свои окопы у Марьевки.", "UA"),
        ("Противник бросает позиции у Петровки.", "RU"),
    ],
)
def test_positions_abandoned(text: str, gainer: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Остатки гарнизона пытались выйти через поля к Колоскам.",
        "Окруженные пытаются вырваться из Марьевки.",
        "Солдаты пытались уйти из Петровки ночью.",
    ],
)
def test_trying_to_get_out_is_no_fight(text: str) -> None:
    assert kinds(text, "fighting") == []


# ---- a failed attempt right after a claim: at the place of that claim -------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Мы держим Марьевку с весны. Они пытались заходить — бесполезно.", "Марьевку"),
        (
            "Бои у Колосков. Противник пытался контратаковать, но без успеха.",
            "Колосков",
        ),
        ("Армия освободила Петровку. Враг пытался отбить ее ночью.", "Петровку"),
    ],
)
def test_failed_attempt_at_the_place_just_claimed(text: str, place: str) -> None:
    got = kinds(text, "fighting")
    assert got
    assert names(got[-1]) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Мы держим Марьевку. Они пытаются накопить силы и переждать.",
        "Бои у Колосков. Противник пытается контролировать дороги дронами.",
        "Армия освободила Петровку. Киев пытается создать информационный повод.",
    ],
)
def test_attempt_at_no_ground_takes_no_place(text: str) -> None:
    got = kinds(text, "fighting")
    assert [c for c in got if "пыта" in c["quote"]] == []
