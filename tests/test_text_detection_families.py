"""Detection families for text nobody tuned for (issue 8): which sentence yields
which claim kind.

Every sentence is invented for the test (no dev or article text, no
``../shared``); each family is tried in three phrasings of our own per language
where it applies. Place names are made up ("Kolosky", "Marivka").
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)
SC = "settlement_control"


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def kinds(text: str, lang: str = "en") -> list[str]:
    return [c.kind for c in claims(text, lang)]


# ---- family 1: advance verbs without a figure ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a movement verb with a direction word and a place
        "Armoured columns were bearing down on Kolosky from two sides.",
        "A Russian battalion bore down on Marivka overnight.",
        "Kyiv's brigades surged into Kolosky after the bridge fell.",
        "The assault units surged past Marivka toward the river.",
        "The brigade continued toward Kolosky despite the losses.",
        "Moscow pressed its offensive toward Marivka this week.",
        "Infantry drove deeper into Kolosky on Tuesday.",
        "Ukrainian troops swept into Marivka at dawn.",
        "Russian marines marched on toward Kolosky.",
    ],
)
def test_a_movement_verb_toward_a_place_is_an_advance(text: str) -> None:
    cs = claims(text)
    assert [c.kind for c in cs] == ["advance"], text
    assert cs[0].places, text


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Ukrainian forces mounted a successful counterattack near Kolosky.", "UA"),
        ("Russian units counterattacked successfully outside Marivka.", "RU"),
        (
            "Ukrainian troops have carried out a rapid counteroffensive near Kolosky.",
            "UA",
        ),
    ],
)
def test_a_counterattack_that_succeeded_is_an_advance_of_the_attacker(
    text: str, gainer: str
) -> None:
    cs = claims(text)
    assert [(c.kind, c.gainer) for c in cs] == [("advance", gainer)], text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces mounted a counterattack near Kolosky.",
        "Russian units counterattacked outside Marivka twice.",
        "The brigade repelled a counterattack near Kolosky.",
    ],
)
def test_a_plain_counterattack_stays_fighting(text: str) -> None:
    assert kinds(text) == ["fighting"], text


# ---- family 2: fighting without a fight verb --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "There are ongoing conflicts near Kolosky, the governor said.",
        "Local conflicts around Marivka flared again on Sunday.",
        "Clean-up operations around Kolosky continue.",
        "Mop-up operations in Marivka were still going on.",
        "Russian ground operations near Kolosky have intensified.",
        "Assault operations outside Marivka resumed after the rain.",
        "Moscow continued its offensive in the Kolosky sector.",
        "Russia has resumed its summer offensive near Marivka.",
        "The army pursued its offensive around Kolosky all week.",
    ],
)
def test_a_local_conflict_or_operation_is_fighting(text: str) -> None:
    assert kinds(text) == ["fighting"], text


@pytest.mark.parametrize(
    "text",
    [
        "The conflict in Ukraine has lasted more than three years.",
        "Engineers carry out clearing operations in Kolosky after the floods.",
        "Sappers ran demining operations near Marivka all spring.",
    ],
)
def test_the_war_itself_or_demining_is_no_fighting(text: str) -> None:
    assert kinds(text) == [], text


# ---- family 4: look-alikes that make no claim -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a capture named as the subject of a modal is a prospect
        "Capturing the city would be a major prize for Moscow.",
        "Retaking Kolosky could open the road south, analysts said.",
        "Analysts say that seizing Marivka might cut the supply line.",
        # fighting nowhere named
        "The commander vowed to continue fighting.",
        "Soldiers said they were tired of the endless fighting.",
        "Both sides keep up the fighting, the envoy said.",
        # a fight dated to an earlier year is background
        "Kolosky, where the battle for it raged in September 2022, is rebuilt.",
        "Heavy fighting near Marivka in 2023 left the town in ruins.",
        "Fierce battles around Kolosky during 2022 destroyed the bridge.",
    ],
)
def test_prospects_means_and_background_make_no_claim(text: str) -> None:
    assert kinds(text) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Бої за Колоски у вересні 2022 року були запеклими."),
        ("uk", "Запеклі бої біля Маріївки у 2023 році зруйнували міст."),
        ("ru", "Бои за Колоски в сентябре 2022 года были тяжёлыми."),
        ("ru", "Ожесточённые бои у Марьевки в 2023 году разрушили мост."),
    ],
)
def test_a_fight_dated_to_an_earlier_year_is_background(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Russia encircled Kolosky by capturing Marivka.",
        "Fierce battles near Kolosky raged in May 2025.",
        "Ukrainian forces are capturing ground near Marivka, Kyiv said.",
    ],
)
def test_a_real_claim_beside_those_look_alikes_survives(text: str) -> None:
    assert kinds(text), text


# ---- family 3: denials with an embedded claim --------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We have not lost a single settlement, the commander said."),
        ("en", "Ukraine has not lost any village in the east this month."),
        ("en", "Russian forces captured not one town in the whole spring."),
        ("uk", "Ми не втратили жодного населеного пункту, заявив командир."),
        ("uk", "Окупанти не захопили жодного села за тиждень."),
        ("uk", "Сили оборони не втратили жодного міста на цьому напрямку."),
        ("ru", "Мы не потеряли ни одного населенного пункта, сказал командир."),
        ("ru", "ВСУ не взяли ни одного села за весь месяц."),
        ("ru", "Армия не потеряла ни одного поселка на этом участке."),
    ],
)
def test_not_a_single_settlement_is_a_denied_settlement_claim(
    lang: str, text: str
) -> None:
    cs = claims(text, lang)
    assert [(c.kind, c.negated) for c in cs] == [(SC, True)], text
    assert cs[0].extra.get("settlements_count") is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it took Kolosky and Marivka. Kyiv made no acknowledgement "
        "that either place has fallen.",
        "Russia claims Kolosky and Marivka. Ukraine denies that both towns have "
        "fallen.",
        "Russian bloggers said Kolosky and Marivka were taken. The general staff "
        "did not confirm that either of them had fallen.",
    ],
)
def test_either_place_has_fallen_points_back_at_both(text: str) -> None:
    cs = claims(text)
    last = cs[-1]
    assert (last.kind, last.negated) == (SC, True), text
    assert [p.name for p in last.places] == ["Kolosky", "Marivka"], text


@pytest.mark.parametrize(
    "text",
    [
        "Claims of capturing Kolosky do not correspond to reality, Kyiv said.",
        "Reports that Russia seized Marivka have not been verified.",
        "Moscow says it captured Kolosky; the report is not accurate, Kyiv says.",
    ],
)
def test_a_reported_capture_denied_after_it_is_negated(text: str) -> None:
    cs = claims(text)
    assert [(c.kind, c.negated) for c in cs] == [(SC, True)], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian forces control about 70% of the town of Kolosky."),
        ("en", "Ukrainian troops still hold roughly 40 percent of Marivka."),
        ("en", "Russian units now control some 60% of Kolosky, the governor said."),
        ("uk", "Росіяни контролюють близько 70% Колосків."),
        ("uk", "Окупанти вже контролюють понад 60% Маріївки."),
        ("uk", "Ворог контролює майже 80% Колосків, заявив речник."),
        ("ru", "Российские войска контролируют около 70% Колосков."),
        ("ru", "ВСУ контролируют более 30% Марьевки."),
        ("ru", "Армия России контролирует почти 80% Колосков."),
    ],
)
def test_a_share_of_one_settlement_held_is_a_partial_settlement_claim(
    lang: str, text: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == [SC], text
    assert cs[0].extra.get("partial") is True, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Moscow controls about 18% of Ukraine."),
        ("uk", "Росія контролює близько 20% території України."),
        ("ru", "Россия контролирует около 20% территории Украины."),
    ],
)
def test_a_share_of_the_country_stays_a_status_line(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's forces liberated 3 sq km near Kolosky and continue the offensive "
        "in the Marivka direction.",
        "Russian troops took Kolosky and resumed their offensive near Marivka.",
        "The brigade advanced 2 km near Kolosky and continued its offensive "
        "toward Marivka.",
    ],
)
def test_continuing_the_offensive_after_a_gain_is_no_fight_of_its_own(
    text: str,
) -> None:
    assert "fighting" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Marines have liberated the village of Kolosky. General Petrenko "
        "announced this on Telegram.",
        "Russian troops captured Marivka, the ministry said. The army reported "
        "it in a video statement.",
        "Ukrainian units retook Kolosky. Kyiv's spokesman dismissed these claims "
        "of a Russian breakthrough.",
    ],
)
def test_an_announcement_or_dismissal_without_news_adds_no_claim(text: str) -> None:
    assert len(claims(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Russia says it has retaken Kolosky. Moscow announced it on Thursday.",
        "Russian troops captured Marivka. The ministry reported it yesterday.",
        "Russian forces took Kolosky. The army claimed it on 12 June.",
    ],
)
def test_an_announcement_with_its_own_date_restates_the_claim(text: str) -> None:
    assert [c.kind for c in claims(text)] == [SC, SC], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian troops attacked the village of Kolosky, damaging ten houses."),
        ("en", "Russian forces attacked Marivka overnight, injuring two civilians."),
        ("en", "The enemy attacked Kolosky again; residents hid in basements."),
        ("uk", "Ворог атакував Колоски, поранено двох цивільних."),
        ("uk", "Окупанти атакували Маріївку, пошкоджено три будинки."),
        ("uk", "Росіяни знову атакували Колоски, постраждали мирні жителі."),
        ("ru", "Противник атаковал Колоски, ранены двое мирных жителей."),
        ("ru", "ВСУ атаковали Марьевку, повреждены жилые дома."),
        ("ru", "Враг атаковал Колоски, повреждено несколько домов."),
    ],
)
def test_an_attack_that_harms_homes_or_civilians_is_a_strike(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian infantry attacked Ukrainian positions near Kolosky."),
        ("uk", "Ворог атакував позиції ЗСУ біля Колосків."),
        ("ru", "Противник атаковал позиции ВСУ у Колосков."),
    ],
)
def test_a_ground_attack_stays_fighting(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    "text",
    [
        "Holding Kolosky is a success we have long waited for.",
        "We have long waited for this success of our brigade near Kolosky.",
        "Veterans said they were proud of the success, which everyone in Marivka "
        "celebrated.",
    ],
)
def test_a_success_praised_or_awaited_is_commentary(text: str) -> None:
    assert kinds(text) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian infantry broke through to the outskirts of Kolosky but was "
            "destroyed.",
        ),
        ("en", "Russian troops advanced toward Marivka but were repelled by drones."),
        ("en", "An enemy group pushed into Kolosky but was driven out by noon."),
        ("uk", "Росіяни прорвалися на околиці Колосків, але були знищені."),
        ("uk", "Ворог просунувся до Маріївки, проте його відкинули."),
        ("uk", "Окупанти увірвалися в Колоски, однак були ліквідовані."),
        ("ru", "Штурмовики прорвались к окраинам Колосков, но были уничтожены."),
        ("ru", "Противник продвинулся к Марьевке, однако был отброшен."),
        ("ru", "Группа ворвалась в Колоски, но была выбита."),
    ],
)
def test_an_advance_undone_in_the_same_sentence_is_fighting(
    lang: str, text: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == ["fighting"], text
    assert cs[0].extra["rule"] == "advance-undone:advance"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian troops advanced 2 km near Kolosky but were then stopped."),
        ("uk", "Ворог просунувся на 2 км біля Колосків, але його зупинили."),
        ("ru", "Противник продвинулся на 2–3 километра у Колосков, но его остановили."),
    ],
)
def test_an_advance_stopped_after_a_measured_gain_stays_an_advance(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["advance"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The village of Kolosky now lies in the grey zone."),
        ("en", "Kolosky remains in the gray zone, the spokesman said."),
        ("en", "Marivka is effectively in the grey zone after a week of raids."),
        ("uk", 'Село Колоски зараз переважно залишається у "сірій зоні".'),
        ("uk", "Село Колоски фактично перебуває в сірій зоні, каже речник."),
        ("uk", "Після боїв село Колоски опинилося у сірій зоні."),
        ("ru", 'Село Колоски сейчас находится в "серой зоне".'),
        ("ru", "По данным штаба, Марьевка по-прежнему остается в серой зоне."),
        ("ru", "После боев село Колоски оказалось в серой зоне."),
    ],
)
def test_a_settlement_in_the_grey_zone_is_contested_fighting(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Росіяни встановили частковий контроль над селом Колоски."),
        ("uk", "Сили оборони встановили повний контроль над Маріївкою."),
        ("uk", "Ворог встановив частковий контроль над Колосками."),
        ("ru", "Российские войска установили частичный контроль над Колосками."),
        ("ru", "ВСУ установили полный контроль над Марьевкой."),
        ("ru", "Армия установила частичный контроль над селом Колоски."),
    ],
)
def test_partial_or_full_control_established_is_a_settlement_claim(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == [SC], text


@pytest.mark.parametrize(
    "text",
    [
        "Аналитики сообщили об оккупации двух сел в Донецкой области.",
        "Источник рассказал об оккупации трех поселков на севере.",
        "В штабе сообщили об оккупации пяти сел за месяц.",
    ],
)
def test_a_report_about_an_occupation_counts_the_settlements(text: str) -> None:
    assert kinds(text, "ru") == [SC], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Medics treated soldiers wounded, mostly, in battles near Kolosky."),
        (
            "uk",
            "Медики допомагали військовим, пораненим, зокрема, в боях біля Колосків.",
        ),
        ("ru", "Врачи лечили бойцов, раненых, в том числе, в боях у Колосков."),
    ],
)
def test_the_wounded_of_battles_with_an_aside_tell_no_fighting(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian brigades are drawing closer to Kolosky."),
        ("en", "Russian forces are approaching Kolosky from the east."),
        ("en", "Russian forces are nearing the outskirts of Marivka, Kyiv said."),
        ("en", "Russian forces are making headway toward Kolosky."),
        ("en", "Russian troops are heading toward Marivka after taking the ridge."),
        ("en", "The brigade got even closer to Kolosky overnight."),
        ("uk", "Російські війська наближаються до Колосків."),
        ("uk", "Окупанти підходять до Колосків з півночі."),
        ("uk", "Штурмовики вже впритул підходять до околиць Колосків."),
        ("ru", "Российские войска приближаются к Колоскам."),
        ("ru", "ВСУ подходят к Колоскам с севера."),
        ("ru", "Штурмовые группы вплотную подходят к окраинам Колосков."),
    ],
)
def test_coming_close_to_a_place_is_an_advance(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["advance"], text


@pytest.mark.parametrize(
    "text",
    [
        "As winter approaches, Kyiv fears new strikes on Kolosky.",
        "The approach to Kolosky is mined, the sappers said.",
        "Shelling near Kolosky damaged a school.",
    ],
)
def test_approach_words_without_movement_make_no_advance(text: str) -> None:
    assert "advance" not in kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни продовжують наступати на Колоски.",
        "Ворог наступає на Маріївку з двох боків.",
        "Окупанти наступали на Колоски весь тиждень.",
    ],
)
def test_an_offensive_on_a_town_is_fighting_uk(text: str) -> None:
    assert kinds(text, "uk") == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ukrainian defenders are holding their ground in Kolosky."),
        ("en", "Ukrainian troops are holding back Russian forces near Kolosky."),
        ("en", "Marines held back the enemy offensive outside Marivka."),
        ("en", "Russian troops are attempting to surround Kolosky."),
        ("en", "Russian troops are trying to outflank Marivka from the north."),
        ("en", "Russian units sought to cut off Kolosky from the south."),
        ("uk", "ЗСУ стримують ворога біля Колосків."),
        ("uk", "Окупанти посилили тиск на Колоски."),
        ("uk", "Бригада стримує наступ росіян біля Колосків."),
        ("ru", "ВСУ сдерживают противника у Колосков."),
        ("ru", "Противник усилил давление на Колоски."),
        ("ru", "Бригада сдерживает наступление врага у Колосков."),
    ],
)
def test_holding_the_enemy_back_or_trying_to_surround_is_fighting(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The humanitarian situation in Kolosky remains tense."),
        ("uk", "Гуманітарна ситуація в Колосках залишається напруженою."),
        ("ru", "Энергетическая ситуация в Колосках остается напряженной."),
    ],
)
def test_a_humanitarian_or_energy_situation_is_no_fighting(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Russian sabotage groups infiltrated Kolosky overnight.",
        "Small Ukrainian teams infiltrated Marivka from the river.",
        "Enemy scouts infiltrated Kolosky, the brigade said.",
    ],
)
def test_infiltrating_a_place_is_an_advance(text: str) -> None:
    assert kinds(text) == ["advance"], text


@pytest.mark.parametrize(
    "text",
    [
        "Russian units are trying to cut off Kolosky by capturing Marivka.",
        "Kyiv aims to relieve the garrison by retaking the ridge near Kolosky.",
        "The plan is to isolate Marivka by seizing the heights.",
    ],
)
def test_a_capture_as_the_means_of_a_goal_is_no_capture(text: str) -> None:
    assert SC not in kinds(text), text


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("en", "Russian forces hoisted their flag over Kolosky.", "RU"),
        ("en", "Ukrainian soldiers raised the national flag in Kolosky.", "UA"),
        ("en", "Ukrainian marines planted the blue-and-yellow flag in Kolosky.", "UA"),
        ("uk", "Над Колосками знову майорить український прапор.", "UA"),
        ("uk", "ЗСУ підняли прапор над Колосками.", "UA"),
        ("uk", "Десантники встановили український прапор над Колосками.", "UA"),
        ("ru", "Над Колосками поднят российский флаг.", "RU"),
        ("ru", "Российские военные водрузили флаг над Колосками.", "RU"),
        ("ru", "Российские штурмовики установили флаг над Колосками.", "RU"),
    ],
)
def test_a_flag_raised_over_a_place_is_its_capture(
    lang: str, text: str, gainer: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == [SC], text
    assert cs[0].gainer == gainer, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Flag Day, officials raised the national flag in Kolosky."),
        ("uk", "До Дня прапора у Колосках підняли прапор над школою."),
        ("ru", "В День флага над Колосками подняли флаг на церемонии."),
    ],
)
def test_a_flag_raised_on_a_holiday_is_no_capture(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Генштаб підтвердив втрату Колосків."),
        ("uk", "Командування визнало втрату контролю над Колосками."),
        (
            "uk",
            "У штабі заперечують втрату Колосків.",
        ),
        ("ru", "ВСУ признали потерю Колосков."),
        ("ru", "Командование подтвердило потерю контроля над Колосками."),
        ("ru", "В штабе отрицают потерю Колосков."),
    ],
)
def test_the_loss_of_a_named_place_is_a_withdrawal(lang: str, text: str) -> None:
    assert kinds(text, lang) == [SC], text


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv fears the fall of Kolosky before the winter.",
        "Commanders warned of the loss of Marivka if no shells arrive.",
        "The brigade fought to prevent the capture of Kolosky.",
        "Russia continues to attack energy facilities near Kolosky.",
        "Drones kept attacking the power plant outside Marivka.",
        "Moscow is attacking Ukraine's railways near Kolosky.",
        "Refugees fled the fighting in Kolosky last year.",
        "Veterans recalled the battles near Marivka two years ago.",
        "The clashes around Kolosky a year ago destroyed the school.",
    ],
)
def test_feared_captures_strikes_and_last_years_fights_make_no_claim(
    text: str,
) -> None:
    assert kinds(text) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Бої за Колоски минулого року зруйнували школу."),
        ("uk", "Запеклі бої біля Маріївки торік забрали багато життів."),
        ("ru", "Бои за Колоски в прошлом году разрушили школу."),
        ("ru", "Ожесточенные бои у Колосков год назад разрушили мост."),
    ],
)
def test_last_years_fights_are_background_uk_ru(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Росія хоче захопити Колоски до зими."),
        ("uk", "Окупанти прагнуть захопити Маріївку будь-якою ціною."),
        ("uk", "Командування збирається звільнити Колоски навесні."),
        ("uk", "Звільнення Колосків стало б важливою перемогою."),
        ("uk", "Падіння Колосків могло б відкрити шлях на Маріївку."),
        ("uk", "Ворог атакував енергетичну інфраструктуру біля Колосків."),
        ("ru", "Россия хочет захватить Колоски до зимы."),
        ("ru", "Противник стремится захватить Марьевку любой ценой."),
        ("ru", "Командование собирается освободить Колоски весной."),
        ("ru", "Освобождение Колосков стало бы важной победой."),
        ("ru", "Взятие Колосков позволит выйти к Марьевке."),
        ("ru", "ВСУ атаковали энергетическую инфраструктуру у Колосков."),
    ],
)
def test_wishes_modal_subjects_and_strikes_make_no_claim_uk_ru(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворогу вдалося захопити Колоски."),
        ("uk", "Звільнення Колосків стало важливою перемогою."),
        ("ru", "Противнику удалось захватить Колоски."),
    ],
)
def test_a_done_capture_beside_those_survives_uk_ru(lang: str, text: str) -> None:
    assert kinds(text, lang) == [SC], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The enemy is trying to gain a foothold in Kolosky."),
        ("en", "Ukrainian forces continue to defend Kolosky."),
        ("en", "Russian units are trying to consolidate in Marivka."),
        ("uk", "ЗСУ обороняють Колоски."),
        ("uk", "Триває зачистка Колосків."),
        ("uk", "Десантники обороняли Колоски третій тиждень."),
        ("ru", "ВСУ обороняют Колоски."),
        ("ru", "Продолжается зачистка Колосков."),
        ("ru", "Бригада обороняет Колоски уже месяц."),
    ],
)
def test_defending_a_town_or_clearing_it_still_is_fighting(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kolosky remains in the grey zone, where fierce fighting continues."),
        ("uk", "Село Колоски перебуває в сірій зоні, де ведуться активні бойові дії."),
        ("ru", "Село Колоски находится в серой зоне, где идут ожесточенные бои."),
    ],
)
def test_a_fight_and_its_placeless_relative_clause_are_one_claim(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The general said at a meeting with the president that Russian forces "
            "had captured Kolosky.",
        ),
        (
            "en",
            "He told a press conference that Ukrainian troops advanced near Marivka.",
        ),
        ("en", "The minister said after the talks that Russian units took Kolosky."),
        ("uk", "Міністр заявив після переговорів, що ЗСУ звільнили Колоски."),
        ("uk", "На зустрічі з журналістами командир сказав, що ЗСУ звільнили Колоски."),
        ("uk", "Речник після засідання повідомив, що окупанти захопили Колоски."),
        ("ru", "Министр заявил после переговоров, что ВСУ освободили Колоски."),
        (
            "ru",
            "На встрече с журналистами командир сказал, что ВСУ освободили Колоски.",
        ),
        ("ru", "Представитель после заседания сообщил, что войска взяли Колоски."),
    ],
)
def test_a_meeting_or_talks_in_the_speech_frame_do_not_hide_the_claim(
    lang: str, text: str
) -> None:
    assert kinds(text, lang), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У деокупованих населених пунктах відновлює роботу поліція."),
        ("uk", "В звільнених селах Харківщини відкрили пункти незламності."),
        ("uk", "До окупованих міст не доїжджають гуманітарні конвої."),
        ("ru", "В освобожденных населенных пунктах восстанавливают электроснабжение."),
        ("ru", "Во всех освобожденных селах открылись школы."),
        ("ru", "В оккупированных городах не хватает лекарств."),
    ],
)
def test_in_the_liberated_villages_describes_no_capture(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian tactical gains on the flanks of the ruined city of Kolosky.",
        "Kyiv confirmed small gains near Marivka on Friday.",
        "Ukraine's gains on the southern flank of Kolosky were confirmed.",
    ],
)
def test_gains_at_a_place_are_an_advance(text: str) -> None:
    assert kinds(text) == ["advance"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Окупанти продовжують тиснути в напрямку Колосків."),
        ("uk", "Противник рветься до Колосків."),
        ("uk", "Російські штурмовики рвуться до Маріївки з півдня."),
        ("ru", "Противник рвется к Колоскам."),
        ("ru", "Штурмовики рвутся к Колоскам с юга."),
        ("ru", "Противник давит на Колоски с двух сторон."),
    ],
)
def test_pushing_or_rushing_at_a_town_is_fighting(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian troops shelled Kolosky for weeks and finally entered it on "
            "Monday.",
            "Kolosky",
        ),
        (
            "The army announced an attack in the Kharkiv region and entered it for "
            "the first time.",
            "Kharkiv region",
        ),
        ("Ukrainian forces reached Marivka and entered it at dawn.", "Marivka"),
    ],
)
def test_entering_it_is_an_advance_into_the_place_named_before(
    text: str, place: str
) -> None:
    adv = [c for c in claims(text) if c.kind == "advance"]
    assert len(adv) == 1, text
    assert [p.name for p in adv[0].places] == [place], text


@pytest.mark.parametrize(
    "text",
    [
        "A Russian attack on Kolosky killed five people.",
        "Russian forces attacked Kolosky, killing two people.",
        "The overnight attack on Marivka killed a woman and injured her son.",
    ],
)
def test_an_attack_that_kills_people_is_a_strike(text: str) -> None:
    assert kinds(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Refugees continued toward Kolosky by bus.",
        "Aid convoys pressed on toward Marivka despite the shelling.",
        "Evacuation buses are heading toward Kolosky.",
        "Ukraine received advanced weapons in Kolosky.",
        "Kyiv reported progress in reconstruction work in Marivka.",
        "The school in Kolosky reached its capacity.",
        "Russia made advances in drone technology near Kolosky.",
        "Volunteers are drawing closer to Marivka with food.",
        "Water reached the first floors in Kolosky after the dam burst.",
    ],
)
def test_civilians_on_the_move_and_non_military_progress_are_no_advance(
    text: str,
) -> None:
    assert "advance" not in kinds(text), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Біженці просуваються до Колосків автобусами."),
        ("uk", "Гуманітарна колона наближається до Колосків."),
        ("uk", "У Колосках є прорив у відновленні енергетики."),
        ("ru", "Беженцы продвигаются к Колоскам на автобусах."),
        ("ru", "Гуманитарная колонна приближается к Колоскам."),
        ("ru", "В Колосках наметился прорыв в восстановлении энергетики."),
    ],
)
def test_civilians_on_the_move_and_civil_breakthroughs_are_no_advance_uk_ru(
    lang: str, text: str
) -> None:
    assert "advance" not in kinds(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian positions near Kolosky are under heavy pressure.",
        "Kolosky is under siege, the mayor said.",
        "Marivka remains the hottest spot on the front.",
    ],
)
def test_under_pressure_siege_or_the_hottest_spot_is_fighting(text: str) -> None:
    assert kinds(text) == ["fighting"], text


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv is under pressure to negotiate over Kolosky.",
        "Prices in Kolosky are under pressure.",
        "Hospitals in Marivka are under enormous pressure.",
    ],
)
def test_political_or_economic_pressure_is_no_fighting(text: str) -> None:
    assert kinds(text) == [], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Місто Колоски фактично в облозі."),
        ("uk", "Село Колоски залишається найгарячішою точкою фронту."),
        ("uk", "За словами речника, Маріївка у повній облозі, село Колоски теж."),
        ("ru", "Город Колоски находится в осаде."),
        ("ru", "Село Колоски остается самой горячей точкой фронта."),
        ("ru", "По данным штаба, село Колоски в плотной осаде."),
    ],
)
def test_a_town_under_siege_or_the_hottest_spot_is_fighting_uk_ru(
    lang: str, text: str
) -> None:
    assert kinds(text, lang) == ["fighting"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The enemy was most active in the Kolosky direction."),
        ("en", "Russian forces were particularly active near Kolosky."),
        ("en", "Ukrainian units were especially active around Marivka."),
        ("uk", "Найактивніше ворог діяв на Покровському напрямку."),
        ("uk", "Противник був найбільш активним біля Колосків."),
        ("uk", "Окупанти найактивніше штурмують поблизу Колосків."),
        ("ru", "Наиболее активно противник действовал на Покровском направлении."),
        ("ru", "Активнее всего враг действует у Колосков."),
        ("ru", "Противник был наиболее активен у Колосков."),
    ],
)
def test_where_the_enemy_was_most_active_is_fighting(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["fighting"], text


def test_most_active_volunteers_are_no_fighting() -> None:
    assert kinds("Volunteers were most active in Kolosky.") == []
    assert kinds("The volunteer group is very active in Marivka.") == []
    assert kinds("Local charities are particularly active near Kolosky.") == []
