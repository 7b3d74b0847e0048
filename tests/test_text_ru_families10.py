"""Russian families of the claim extractor, tenth round (issue 8).

Written from the language of a Russian war report, not from any corpus text:
Ministry of Defence formulas, war-correspondent and channel posts, Ukrainian
sources writing in Russian, wire relays, gerunds and passives, the place put
first, denials. Each family is tried in three phrasings of our own, with
look-alikes that must make no claim. Place names are made up or generic
("Колоски", "Марьевка", "Петровка"); nothing here reads ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 3, 12)


def claims(text: str) -> list[dict]:
    return [
        claim_to_record(c) for c in extract_claims(text, published=PUB, language="ru")
    ]


def kinds(text: str, kind: str) -> list[dict]:
    return [c for c in claims(text) if c["kind"] == kind]


def names(rec: dict) -> list[str]:
    return [p["name"] for p in rec["places"]]


# ---- the enemy pushed back: "потеснили", "теснит" ----------------------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Украинские бойцы потеснили противника у Колосков.", "UA"),
        ("Силы обороны потеснили оккупантов возле Марьевки.", "UA"),
        ("Армия России теснит ВСУ у Петровки.", "RU"),
    ],
)
def test_enemy_pushed_back_is_an_advance(text: str, gainer: str) -> None:
    got = kinds(text, "advance")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer


# ---- a battle for a place; attacks beaten off with "отбить"/"отражать" ------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сражение за Марьевку продолжается.", "Марьевку"),
        ("Украинские защитники отбили 14 штурмов у Колосков.", "Колосков"),
        ("Наши бойцы отражают натиск врага у Петровки.", "Петровки"),
        ("Битва за Петровку идет третью неделю.", "Петровку"),
        ("Противник продолжает рваться к Марьевке.", "Марьевке"),
        ("Противник наступает на Колоски с трех сторон.", "Колоски"),
        ("ВСУ продолжают оборонять Петровку.", "Петровку"),
    ],
)
def test_fight_for_a_place(text: str, place: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert got[0]["gainer"] is None
    assert place in names(got[0])


# ---- channel words for assault waves, activity, a hard situation ------------
@pytest.mark.parametrize(
    "text",
    [
        "Враг прет на Марьевку, не считаясь с потерями.",
        "Противник лезет на наши позиции у Колосков волнами.",
        "Под Петровкой накаты не прекращаются.",
        "Наибольшая активность противника фиксируется у Марьевки.",
        "Самая сложная ситуация сейчас под Колосками.",
        "Под Петровкой идет мощное наступление российских войск.",
        "Враг совершил 12 нападений на позиции у Марьевки.",
    ],
)
def test_fight_told_in_channel_words(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert got[0]["places"]


@pytest.mark.parametrize(
    "text",
    [
        "Бородинское сражение стало символом стойкости.",
        "Фильм о битве за Колоски покажут в Петровке.",
        "Эти решения отражают интересы жителей Марьевки.",
        "Сложная ситуация с электроснабжением в Петровке сохраняется.",
        "Идет наступление весны, в Марьевке тепло.",
        "После нападения России на Украину жители Колосков уехали.",
        "Жители прут мешки на рынок в Марьевке.",
    ],
)
def test_fight_look_alikes_make_no_claim(text: str) -> None:
    assert claims(text) == []


# ---- an attempt in the genitive: "не оставляет попыток" ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Противник не оставляет попыток прорваться к Колоскам.",
        "ВСУ не прекращают попыток вернуть позиции у Марьевки.",
        "Враг не оставляет попыток продвинуться у Петровки.",
    ],
)
def test_attempts_not_given_up_are_fighting(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["fighting"]


# ---- a retreat told with the infinitive or a noun; a town lost ---------------
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "ВСУ были вынуждены отойти на новые рубежи западнее Колосков.",
            "advance",
            "Колосков",
        ),
        (
            "Уход ВСУ из Марьевки подтвердил командир бригады.",
            "settlement_control",
            "Марьевки",
        ),
        (
            "Командование приняло решение об отводе украинских подразделений"
            " из Петровки.",
            "settlement_control",
            "Петровки",
        ),
        ("ВСУ потеряли Колоски.", "settlement_control", "Колоски"),
        ("Украина потеряла Марьевку.", "settlement_control", "Марьевку"),
        ("Фактически ВСУ потеряли уже Петровку.", "settlement_control", "Петровку"),
    ],
)
def test_ground_given_up_is_the_other_sides_gain(
    text: str, kind: str, place: str
) -> None:
    got = kinds(text, kind)
    assert len(got) == 1
    assert got[0]["gainer"] == "RU"
    assert names(got[0]) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ потеряли много техники под Колосками.",
        "Уход за ранеными в госпитале Петровки налажен.",
        "ВСУ должны отойти на новые рубежи у Марьевки.",
    ],
)
def test_loss_look_alikes_make_no_claim(text: str) -> None:
    assert kinds(text, "settlement_control") == []
    assert kinds(text, "advance") == []


# ---- a flag raised in the passive; a gerund whose subject follows -----------
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("Российский флаг водружен над Марьевкой.", "RU", "Марьевкой"),
        ("Отбив Петровку, ВСУ закрепились на новых позициях.", "UA", "Петровку"),
        ("Освободив Колоски, украинские войска двинулись дальше.", "UA", "Колоски"),
        ("Взяв Марьевку, российские войска продолжили продвижение.", "RU", "Марьевку"),
    ],
)
def test_flag_passive_and_gerund_captures(text: str, gainer: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer
    assert names(got[0]) == [place]


# ---- the manner of a capture is not a fight ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "В ходе наступательных действий освобожден населенный пункт Колоски.",
        "Наши войска взяли Марьевку штурмом.",
        "В результате активных наступательных действий занята Петровка.",
    ],
)
def test_manner_of_a_capture_is_no_fight(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["settlement_control"]
    assert got[0]["gainer"] == "RU"


# ---- a denial of "information that ...", and of a gain the noun names -------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Пушилин опроверг информацию о том, что ВСУ вернули Петровку.", "UA"),
        ("В штабе опровергли слухи о том, что россияне заняли Колоски.", "RU"),
        (
            "В Минобороны России опровергли сообщения об освобождении ВСУ Марьевки.",
            "UA",
        ),
    ],
)
def test_denied_report_is_negated(text: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["negated"] is True
    assert got[0]["gainer"] == gainer


# ---- "противник" with no side named: the story decides ----------------------
@pytest.mark.parametrize(
    ("text", "kind", "gainer"),
    [
        # the side that gained keeps gaining
        (
            "Оккупанты захватили село Колоски. Противник продвинулся у Марьевки.",
            "advance",
            "RU",
        ),
        (
            "Российские войска взяли Петровку. Противник также продвинулся у Марьевки.",
            "advance",
            "RU",
        ),
        (
            "ВСУ освободили Колоски. Противник отступил из Марьевки.",
            "settlement_control",
            "UA",
        ),
        (
            "ВСУ отошли из Колосков. Враг продвинулся на 2 км у Петровки.",
            "advance",
            "RU",
        ),
    ],
)
def test_enemy_read_from_the_story(text: str, kind: str, gainer: str) -> None:
    got = kinds(text, kind)
    assert got
    assert got[-1]["gainer"] == gainer


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        # a first person names the speaker: the language's default stands
        (
            "Российские войска взяли Петровку. Противник заявляет, что продвинулся "
            "у Марьевки и выбил наши группы.",
            "UA",
        ),
        # no gain told before
        ("Противник продвинулся у Марьевки.", "UA"),
        # a speaker of a side settles it
        (
            "Российские войска взяли Петровку. Противник продвинулся у Марьевки, "
            "признали в Минобороны России.",
            "UA",
        ),
    ],
)
def test_enemy_story_gives_way_to_a_named_side(text: str, gainer: str) -> None:
    got = [c for c in kinds(text, "advance") if "Марьевки" in names(c)]
    assert got
    assert got[0]["gainer"] == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Бойцы штурмового отряда сражаются у Колосков.",
        "Украинские военные сражаются за каждый метр у Марьевки.",
        "Сражения идут в Петровке.",
    ],
)
def test_fighting_told_with_to_battle(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert got[0]["places"]


# ---- an enemy that "occupied" is Russia's army -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Противник оккупировал еще три села.",
        "Враг оккупировал Колоски.",
        "Противник оккупировал село Марьевка на этой неделе.",
    ],
)
def test_enemy_that_occupied_is_russia(text: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["gainer"] == "RU"


def test_ukrainian_voice_in_russian_places_the_document() -> None:
    from frontline.text.sides import side_of_document

    text = (
        "Силы обороны отбили атаки захватчиков. Страна-агрессор продолжает "
        "наступление на временно оккупированных территориях."
    )
    assert side_of_document(text) == "UA"
    assert side_of_document("Силы обороны отбили атаку.") is None


# ---- leaving told in the present or as a noun; control won back (singular) --
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("ВСУ покидают Колоски, сообщил военный эксперт.", "RU", "Колоски"),
        ("ВСУ начали отступление из Марьевки.", "RU", "Марьевки"),
        ("Россия вернула контроль над Петровкой.", "RU", "Петровкой"),
        ("Украинская армия восстановила контроль над Колосками.", "UA", "Колосками"),
    ],
)
def test_leaving_and_control_won_back(text: str, gainer: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer
    assert names(got[0]) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Мирные жители покидают Колоски из-за обстрелов.",
        "Семьи с детьми покинули Марьевку.",
        "Люди бежали из Петровки в соседнюю область.",
        # foreseen, not done
        "Освобождение Колосков — вопрос нескольких дней.",
        "Взятие Марьевки — лишь вопрос времени, считает военкор.",
        "Российские войска близки к освобождению Петровки.",
        "Армия на пороге взятия Колосков.",
        "Войска находятся в шаге от освобождения Марьевки.",
    ],
)
def test_civilians_leaving_and_foreseen_captures_make_no_claim(text: str) -> None:
    assert kinds(text, "settlement_control") == []


# ---- the place told first: activity, a situation settled, an offensive ------
@pytest.mark.parametrize(
    "text",
    [
        "В районе Колосков противник активизировался.",
        "У Марьевки ситуация стабилизирована.",
        "Российские войска продолжают наступление в районе Петровки.",
    ],
)
def test_fight_with_the_place_first(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert got[0]["places"]


# ---- control kept in the infinitive, a place left to one side ---------------
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        ("ВСУ продолжают контролировать Колоски.", "UA", "Колоски"),
        ("Северная часть Марьевки остается за ВСУ.", "UA", "Марьевки"),
        ("Большая часть Петровки остается за российскими войсками.", "RU", "Петровки"),
    ],
)
def test_control_kept(text: str, gainer: str, place: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["holding"] is True
    assert got[0]["gainer"] == gainer
    assert names(got[0]) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Власти намерены контролировать цены в Колосках.",
        "Решение остается за командованием в Марьевке.",
        "Последнее слово остается за жителями Петровки.",
    ],
)
def test_control_look_alikes_make_no_claim(text: str) -> None:
    assert kinds(text, "settlement_control") == []


# ---- defending, fighting for a place, striking back, half surrounded --------
@pytest.mark.parametrize(
    "text",
    [
        "ВСУ обороняются у Колосков.",
        "Бойцы бьются за каждый дом в Марьевке.",
        "ВСУ нанесли контрудар у Петровки.",
        "Петровка находится в полуокружении.",
    ],
)
def test_defence_and_counterstrokes_are_fighting(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert got[0]["places"]


# ---- the channel word "забрали"; Moscow, Kyiv's forces, "русские войска" -----
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Наши забрали Колоски!", "RU"),
        ("Российские штурмовики забрали село Марьевка.", "RU"),
        ("Колоски остаются под контролем Москвы.", "RU"),
        ("Киевские войска отступили из Петровки.", "RU"),
        ("Русские войска заняли Марьевку.", "RU"),
    ],
)
def test_channel_capture_and_side_words(text: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["gainer"] == gainer


@pytest.mark.parametrize(
    "text",
    [
        "Партия забрала Петровку на выборах.",
        "Мы забрали детей из школы в Колосках.",
    ],
)
def test_taking_look_alikes_make_no_claim(text: str) -> None:
    assert kinds(text, "settlement_control") == []


def test_past_day_told_as_elapsed() -> None:
    got = kinds(
        "За истекшие сутки российские войска освободили Колоски.", "settlement_control"
    )
    assert len(got) == 1
    assert (got[0]["period_start"], got[0]["period_end"]) == (
        "2025-03-11",
        "2025-03-11",
    )


# ---- a fight inside the town just named, told before a dash -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Российские войска заняли северные кварталы Колосков. В центре города — бои.",
        "ВСУ отошли с окраины Марьевки. В черте города — бои.",
        "Штурмовики зашли в промзону Петровки. В южной части города — бои.",
    ],
)
def test_fight_in_the_town_before_a_dash(text: str) -> None:
    got = kinds(text, "fighting")
    assert len(got) == 1
    assert names(got[0]) == names(claims(text)[0])


# ---- mop-up after a capture, a fight named as a topic -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Колоски освобождены, идет зачистка окраин.",
        "Марьевка взята, продолжается зачистка промзоны.",
        "Петровка занята, штурмовики зачищают подвалы.",
    ],
)
def test_mop_up_after_a_capture_is_no_fight(text: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["settlement_control"]


@pytest.mark.parametrize(
    "text",
    [
        "Комбат рассказал корреспонденту, как продвигаются бои у Колосков.",
        "Офицер объяснил, как идут бои под Марьевкой.",
        "Военкор описал, как шли бои за Петровку.",
    ],
)
def test_how_the_fighting_goes_is_a_topic(text: str) -> None:
    assert kinds(text, "fighting") == []


# ---- a capture "not yet confirmed" is the attacker's, whoever speaks --------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Наши штурмовики зашли в Петровку с юга. Информация о взятии Колосков "
            "пока не подтверждается.",
            "RU",
        ),
        (
            "Оккупанты захватили Петровку. Сообщения о захвате Колосков не "
            "подтверждаются.",
            "RU",
        ),
        ("ВСУ отбили Петровку. Данные о взятии Колосков еще не подтверждены.", "UA"),
    ],
)
def test_unconfirmed_capture_is_the_attackers(text: str, gainer: str) -> None:
    got = [c for c in kinds(text, "settlement_control") if "Колосков" in names(c)]
    assert len(got) == 1
    assert got[0]["gainer"] == gainer
    assert got[0]["negated"] is True


# ---- a town given up, the short passive; lost to the side gaining ----------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Колоски сданы, признал источник в ВСУ.", "RU"),
        ("Российские войска заняли Петровку. Марьевка оставлена.", "RU"),
        ("ВСУ освободили Петровку. Контроль над Колосками утрачен.", "UA"),
    ],
)
def test_town_given_up_in_the_passive(text: str, gainer: str) -> None:
    got = kinds(text, "settlement_control")
    assert got
    assert got[-1]["gainer"] == gainer


def test_building_handed_over_is_no_loss() -> None:
    assert claims("Новый жилой дом в Марьевке сдан в эксплуатацию.") == []


# ---- cleared, deeper in, the line moved, a height, a defence pushed through --
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Российские войска очистили Колоски от боевиков ВСУ.", "settlement_control"),
        ("Наши бойцы углубились в оборону противника у Петровки на 2 км.", "advance"),
        (
            "Российские войска сдвинули линию фронта на 5 км западнее Марьевки.",
            "advance",
        ),
        ("Выход к окраинам Колосков позволил наладить логистику.", "advance"),
        ("Штурмовики взяли господствующую высоту у Петровки.", "advance"),
        ("Российские войска продавили оборону ВСУ у Марьевки.", "advance"),
    ],
)
def test_ground_won_in_other_words(text: str, kind: str) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == [kind]
    assert got[0]["gainer"] == "RU"
    assert got[0]["places"]


# ---- a subject or a total opening the sentence is no town -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Армия освободила полтора десятка населенных пунктов.",
        "Число освобожденных населенных пунктов выросло.",
        "Подразделения освободили несколько населенных пунктов.",
    ],
)
def test_subject_opening_the_sentence_is_no_town(text: str) -> None:
    assert all(
        n not in ("Армия", "Число", "Подразделения")
        for c in claims(text)
        for n in names(c)
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ВСУ потеряли за неделю 5 населенных пунктов.", 5),
        ("Украина потеряла за месяц более 20 сел.", 20),
        ("ВСУ потеряли в январе 12 населенных пунктов.", 12),
    ],
)
def test_settlements_lost_with_their_count(text: str, count: int) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["settlements_count"] == count
    assert got[0]["gainer"] == "RU"


# ---- a retreat by a distance, the town only locating it ---------------------
@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("ВСУ отошли на 2 км западнее Колосков.", 2.0),
        ("Украинские подразделения отступили на 3 километра восточнее Марьевки.", 3.0),
        ("ВСУ отошли на 500 метров южнее Петровки.", 0.5),
    ],
)
def test_retreat_by_a_distance_is_an_advance(text: str, km: float) -> None:
    got = claims(text)
    assert [c["kind"] for c in got] == ["advance"]
    assert got[0]["gainer"] == "RU"
    assert got[0]["distance_km"] == km


def test_reaching_a_border_is_an_advance() -> None:
    got = kinds(
        "Российские войска вышли к границе Днепропетровской области.", "advance"
    )
    assert len(got) == 1
    assert got[0]["gainer"] == "RU"


# ---- a claim called a plant, propaganda or false ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Заявления о взятии Колосков — вброс, заявили в ВСУ.",
        "Сообщения о захвате Марьевки — дезинформация, сообщил Генштаб ВСУ.",
        "Заявления Москвы о взятии Петровки являются пропагандой.",
        "Информацию о захвате Колосков в штабе назвали ложной.",
    ],
)
def test_claim_called_a_plant_is_negated(text: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["negated"] is True


def test_propaganda_elsewhere_negates_nothing() -> None:
    got = kinds(
        "Российские войска взяли Колоски, а затем начали пропаганду.",
        "settlement_control",
    )
    assert len(got) == 1
    assert got[0]["negated"] is False


# ---- soldiers or a garrison with no side word hold for the text's side ------
@pytest.mark.parametrize(
    "text",
    [
        "Бойцы по-прежнему удерживают Колоски, заявил Сырский.",
        "Военные контролируют северную часть Марьевки, заявил Сырский.",
        "Марьевку по-прежнему удерживают бойцы, заявил Сырский.",
    ],
)
def test_soldiers_hold_for_the_speakers_side(text: str) -> None:
    got = kinds(text, "settlement_control")
    assert len(got) == 1
    assert got[0]["holding"] is True
    assert got[0]["gainer"] == "UA"
