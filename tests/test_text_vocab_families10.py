"""Forms no trigger caught, English and Ukrainian (issue 8, families 3-5).

Fighting told without a fight verb ("the enemy keeps pushing near X",
"infiltration near X continues", "neither side controls X", "ворог пре на X",
"натиск ворога біля X", "біля X дуже напружено"), a capture told through a
modal ("managed to take X"), a place declared lost ("X is lost."), and troops
present in a part of a place ("Russian forces are in the northern part of X",
"ворог перебуває в північній частині X"). Every sentence is invented for the
test (no dev, blind or article text); each word group is tried in three
phrasings, and the look-alikes beside it (politics, prices, sport, spies)
give nothing. The text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def kinds(text: str, lang: str) -> list[str]:
    return [c.kind for c in extract_claims(text, published=PUB, language=lang)]


def one(text: str, lang: str, kind: str):
    """The single claim of ``kind`` in ``text`` (and no claim of another kind)."""
    got = extract_claims(text, published=PUB, language=lang)
    assert [c.kind for c in got] == [kind], (text, [c.kind for c in got])
    return got[0]


# fighting at a named place, no fight verb: (word group, three phrasings)
EN_FIGHT = {
    "pushing": [
        "The enemy keeps pushing at our positions near Kolosky, the brigade said.",
        "Russians are pushing hard near Kolosky, a commander told reporters.",
        "Russian units were pushing again around Kolosky on Tuesday.",
    ],
    "infiltration": [
        "Russian infiltration attempts near Kolosky continue, the army said.",
        "Infiltration near Kolosky has become the main Russian tactic.",
        "The brigade reported infiltration into Kolosky by small groups.",
    ],
    "grey zone as subject": [
        "The grey zone near Kolosky is widening, the spokesman said.",
        "The gray zone around Kolosky keeps growing, analysts said.",
        "A grey zone north of Kolosky now stretches for kilometres.",
    ],
    "engaged, in contact": [
        "Ukrainian forces engaged Russian troops near Kolosky on Monday.",
        "Our units are engaging the enemy near Kolosky, the brigade said.",
        "Ukrainian troops are in contact with the enemy near Kolosky.",
    ],
    "contested": [
        "Kolosky is being fought over, the spokesman said.",
        "Neither side fully controls Kolosky, analysts said.",
        "Control of Kolosky is contested, the general staff said.",
    ],
    "a push stopped": [
        "Ukrainian troops stopped the Russian advance near Kolosky.",
        "Ukrainian troops blunted a Russian push near Kolosky on Sunday.",
        "The brigade checked an enemy assault near Kolosky overnight.",
    ],
    "holding on": [
        "Ukrainian defenders are pinned down near Kolosky, the commander said.",
        "Ukrainian forces still hold out in Kolosky, the brigade said.",
        "Ukrainian marines are standing firm near Kolosky.",
    ],
    "active near": [
        "The enemy is active near Kolosky, the spokesman said.",
        "Russian sabotage groups were active on the outskirts of Kolosky.",
        "Russian troops remain active around Kolosky, the brigade said.",
    ],
    "pressure as subject": [
        "The pressure near Kolosky is growing, the spokesman said.",
        "Kolosky is under Russian pressure, the governor said.",
        "The enemy's pressure is mounting around Kolosky, officers said.",
    ],
    "a siege, a struggle, a counteroffensive going on": [
        "The siege of Kolosky continues, the governor said.",
        "The struggle for Kolosky has lasted three months.",
        "A Ukrainian counteroffensive is under way near Kolosky.",
    ],
    "a grey zone over a place": [
        "Analysts see a grey zone along the eastern edge of Kolosky.",
        "The map shows a grey zone across the southern districts of Kolosky.",
        "Analysts now draw a gray zone over most of Kolosky.",
    ],
    "waves thrown": [
        "Russia has been throwing wave after wave of infantry at Kolosky.",
        "Russian forces keep throwing everything at Kolosky.",
        "Russia keeps sending small assault groups into Kolosky.",
    ],
    "hard near": [
        "It is very hard near Kolosky now, a soldier said.",
        "Things are very difficult near Kolosky, the commander said.",
        "The situation around Kolosky is dire, the governor said.",
    ],
    "the hardest place": [
        "The most difficult situation is near Kolosky, the commander said.",
        "The toughest situation remains around Kolosky.",
        "The worst situation is still at Kolosky, officers said.",
    ],
    "waves and the grinder": [
        "The Russians keep coming near Kolosky, a soldier said.",
        "Near Kolosky they come in waves, the platoon leader said.",
        "The meat grinder near Kolosky goes on, soldiers said.",
    ],
    "held back": [
        "Ukraine is holding Russian forces back at Kolosky.",
        "The enemy is being held back near Kolosky, the brigade said.",
        "Near Kolosky it is hell, a medic said.",
    ],
    "a push launched, a bid": [
        "Russian troops launched a fresh push near Kolosky on Monday.",
        "Moscow's bid to capture Kolosky continued on Friday.",
        "Russian troops have been trying to cut supply lines to Kolosky.",
    ],
}


@pytest.mark.parametrize(
    "text", [t for group in EN_FIGHT.values() for t in group], ids=lambda t: t[:40]
)
def test_en_fighting_without_a_fight_verb(text: str) -> None:
    c = one(text, "en", "fighting")
    assert c.gainer is None
    assert [p.name for p in c.places] == ["Kolosky"]


EN_LOOKALIKES = [
    # politics, prices, spies, talks, elections, sport
    "The president kept pushing at the summit for a ceasefire.",
    "Pressure on prices is growing in Kyiv, the central bank said.",
    "The infiltration of the government by spies worried Kyiv.",
    "Ukrainian diplomats engaged Russian officials in talks in Istanbul.",
    "The minister is in contact with Russian officials in Istanbul.",
    "Pennsylvania is a battleground state in the election.",
    "The struggle for independence shaped Ukraine.",
    "Prices fell.",
    "The game is lost, the coach said.",
    "Russian forces in the northern part of Kolosky shot down a drone.",
    # markets and weather move, protesters clash, a fight only expected
    "Stocks advanced in Kolosky on Monday.",
    "A cold front advanced toward Kolosky overnight.",
    "Clashes between protesters and police erupted in Kolosky.",
    "Police clashed with protesters in Kolosky on Sunday.",
    "Russian forces may attack Kolosky soon, analysts warn.",
    "Russia is massing troops for an assault on Kolosky.",
    "Analysts expect an assault on Kolosky in the spring.",
]


@pytest.mark.parametrize("text", EN_LOOKALIKES)
def test_en_lookalikes_give_nothing(text: str) -> None:
    assert kinds(text, "en") == []


# a capture told through a modal, and a place declared lost or fallen
EN_SETTLEMENT = [
    ("Russian troops managed to take Kolosky after weeks of assaults.", "RU", False),
    ("Ukrainian troops were able to take Kolosky back on Monday.", "UA", False),
    ("Russian troops succeeded in taking Kolosky, the ministry said.", "RU", False),
    ("Russian troops failed to take Kolosky, the general staff said.", "RU", True),
    ("Kolosky is lost, a Ukrainian officer admitted.", "RU", False),
    ("After a long siege, Kolosky fell.", "RU", False),
]


@pytest.mark.parametrize(("text", "gainer", "negated"), EN_SETTLEMENT)
def test_en_modal_capture_and_loss(text: str, gainer: str, negated: bool) -> None:
    c = one(text, "en", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, negated)
    assert [p.name for p in c.places] == ["Kolosky"]


# troops present in a part of a place: partial control held
EN_PRESENT = [
    ("Russian forces are in the northern part of Kolosky, analysts said.", "RU"),
    ("Ukrainian troops are still in a few streets of Kolosky.", "UA"),
    ("Ukrainian units remain in the eastern districts of Kolosky.", "UA"),
]


@pytest.mark.parametrize(("text", "gainer"), EN_PRESENT)
def test_en_troops_present_in_a_part(text: str, gainer: str) -> None:
    c = one(text, "en", "settlement_control")
    assert c.gainer == gainer
    assert [p.name for p in c.places] == ["Kolosky"]


UK_FIGHT = {
    "colloquial pushing": [
        "Ворог пре на Колоски, кажуть бійці.",
        "Росіяни лізуть біля Колоски щодня.",
        "Окупанти пруть на Колоски малими групами.",
    ],
    "onslaught and pressure": [
        "Натиск ворога біля Колоски посилюється.",
        "Тиск на Колоски не послаблюється, повідомив речник.",
        "Противник не послаблює тиску біля Колоски.",
    ],
    "infiltration": [
        "Біля Колоски фіксується інфільтрація ворожих груп.",
        "Ворог вдається до інфільтрації поблизу Колоски.",
        "Окупанти здійснюють інфільтрацію в Колоски.",
    ],
    "clearing and assault groups": [
        "Наші підрозділи проводять зачистку Колоски.",
        "Сили оборони проводять пошуково-ударні дії в Колосках.",
        "Біля Колоски захисники знищили штурмову групу ворога.",
    ],
    "a standoff": [
        "Біля Колоски триває протистояння.",
        "Поблизу Колоски точиться протистояння, кажуть військові.",
        "На околицях Колоски йде протистояння.",
    ],
    "waves, the grinder, probing": [
        "Біля Колоски окупанти лізуть хвилями.",
        "Біля Колоски триває м'ясорубка, кажуть бійці.",
        "Ворог кидає піхоту на Колоски щодня.",
        "Ворог прощупує оборону біля Колоски.",
        "Противник шукає слабкі місця в обороні біля Колоски.",
        "Біля Колоски наші тримаються, каже командир.",
    ],
    "hard at a place": [
        "Біля Колоски дуже напружено.",
        "Поблизу Колоски зараз дуже складно.",
        "Найважча ситуація зараз біля Колоски.",
    ],
}


@pytest.mark.parametrize(
    "text", [t for group in UK_FIGHT.values() for t in group], ids=lambda t: t[:30]
)
def test_uk_fighting_without_a_fight_verb(text: str) -> None:
    c = one(text, "uk", "fighting")
    assert c.gainer is None
    assert [p.name for p in c.places] in (["Колоски"], ["Колосках"])


UK_LOOKALIKES = [
    # politics, prices, spies, a standoff of governments, weather
    "Захід посилює тиск на Росію через санкції.",
    "Тиск на ціни у Києві зростає, кажуть економісти.",
    "Інфільтрація агентів у владу турбує експертів.",
    "Триває протистояння між Києвом і Москвою в ООН.",
    "Президент перебуває у Брюсселі з візитом.",
    "Ціни на газ пруть угору.",
    "Ціни тиснуть на бюджет у Колосках.",
    "Команда Колосків просунулася у фінал.",
    "Зіткнення між протестувальниками і поліцією сталися в Колосках.",
    "Ворог готує наступ на Колоски.",
    "Ворог накопичує сили для штурму Колоски.",
    "Ворог може атакувати Колоски найближчим часом.",
]


@pytest.mark.parametrize("text", UK_LOOKALIKES)
def test_uk_lookalikes_give_nothing(text: str) -> None:
    assert kinds(text, "uk") == []


UK_PRESENT = [
    ("Ворог перебуває в північній частині Колоски.", "RU"),
    ("Наші підрозділи досі перебувають у Колосках.", "UA"),
    ("Окупанти перебувають на околицях Колоски, кажуть військові.", "RU"),
]


@pytest.mark.parametrize(("text", "gainer"), UK_PRESENT)
def test_uk_troops_present_in_a_part(text: str, gainer: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert c.gainer == gainer


UK_OCCUPIED = [
    "Село Колоски окуповані.",
    "Росіяни кажуть, що Колоски окуповані.",
    "Частина Колоски окупована.",
]


@pytest.mark.parametrize("text", UK_OCCUPIED)
def test_uk_occupied_as_a_state(text: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert (c.gainer, c.negated) == ("RU", False)


def settlements(text: str, lang: str) -> list[tuple[str | None, bool, list[str]]]:
    """(gainer, negated, places) of the settlement claims of ``text``."""
    return [
        (c.gainer, c.negated, [p.name for p in c.places])
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == "settlement_control"
    ]


# a place declared gone
@pytest.mark.parametrize(
    "text",
    [
        "By Monday evening Kolosky was gone, the brigade said.",
        "Kolosky is gone, a Ukrainian officer admitted.",
        "Kolosky is now gone, the soldiers said.",
    ],
)
def test_en_a_place_gone(text: str) -> None:
    got = settlements(text, "en")
    assert got and got[0][0] == "RU" and got[0][2] == ["Kolosky"]


EN_CLEARED_PART = [
    "Ukrainian units have cleared several blocks in the north of Kolosky.",
    "Russian troops cleared the eastern outskirts of Kolosky on Monday.",
    "Ukrainian marines cleared a few streets in Kolosky overnight.",
]


@pytest.mark.parametrize("text", EN_CLEARED_PART)
def test_en_a_part_cleared_is_an_advance(text: str) -> None:
    c = one(text, "en", "advance")
    assert c.gainer == ("RU" if text.startswith("Russian") else "UA")


@pytest.mark.parametrize(
    "text",
    [
        "Окупанти мають частковий контроль над селом Колоски.",
        "Росіяни встановили частковий контроль над Колосками.",
        "Ворог має частковий контроль над Колосками.",
    ],
)
def test_uk_partial_control_as_a_noun(text: str) -> None:
    got = settlements(text, "uk")
    assert got and got[0][0] == "RU"


# ground, not a settlement: a side's positions taken, positions left, the
# line moved (an advance of the side that gains)
ADVANCES = [
    ("en", "Russian troops captured Ukrainian positions near Kolosky.", "RU"),
    ("en", "Ukrainian forces captured Russian trenches near Kolosky.", "UA"),
    ("en", "Russian units seized two Ukrainian strongholds near Kolosky.", "RU"),
    ("en", "Ukrainian troops had to fall back near Kolosky, the army said.", "RU"),
    ("en", "Ukrainian troops were forced to fall back west of Kolosky.", "RU"),
    ("en", "Ukrainian troops left their positions near Kolosky.", "RU"),
    ("en", "Ukrainian forces moved the front line forward near Kolosky.", "UA"),
    ("en", "Russian troops moved the frontline further west near Kolosky.", "RU"),
    ("en", "Ukrainian units moved the front line north near Kolosky.", "UA"),
    ("uk", "ЗСУ відігнали окупантів від Колоски.", "UA"),
    ("uk", "Наші воїни відігнали ворога від Колоски на кілометр.", "UA"),
    ("uk", "Сили оборони відігнали росіян з позицій біля Колоски.", "UA"),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), ADVANCES)
def test_ground_not_a_settlement(lang: str, text: str, gainer: str) -> None:
    c = one(text, lang, "advance")
    assert c.gainer == gainer


# a place's fall told by a side: the teller is no agent of it
TOLD_FALLS = [
    "Moscow says Kolosky fell on Monday.",
    "Moscow insists Kolosky is gone, but Kyiv disagrees.",
    "Kyiv admits Kolosky is lost.",
]


@pytest.mark.parametrize("text", TOLD_FALLS)
def test_the_teller_of_a_fall_is_no_agent(text: str) -> None:
    got = settlements(text, "en")
    assert got and got[0][:2] == ("RU", False) and got[0][2] == ["Kolosky"]


# denials and the object put first: (lang, text, kind, gainer, negated)
S, A = "settlement_control", "advance"
DENIED_AND_OBJECT_FIRST = [
    ("uk", "Зорівку ворог так і не взяв.", S, "RU", True),
    ("uk", "Зорівку окупанти не взяли, кажуть бійці.", S, "RU", True),
    ("uk", "Зорівку ворог взяв.", S, "RU", False),
    ("uk", "Зорівку не здали.", S, "RU", True),
    ("uk", "Зорівка не втрачена, каже командир.", S, "RU", True),
    ("uk", "Зорівка втрачена.", S, "RU", False),
    ("uk", "Ворог не зміг зайти в Зорівку.", S, "RU", True),
    ("uk", "Окупанти так і не дійшли до Зорівки.", A, "RU", True),
    ("uk", "ЗСУ змогли зайти в Зорівку.", S, "UA", False),
    ("en", "Zorivka did not fall, the mayor said.", S, "RU", True),
    ("en", "Zorivka never fell.", S, "RU", True),
    ("en", "Zorivka didn't fall despite the assaults.", S, "RU", True),
    ("en", "Russian troops did not reach Zorivka.", A, "RU", True),
    ("en", "Russian troops failed to reach the outskirts of Zorivka.", A, "RU", True),
    ("en", "Russian units couldn't reach Zorivka this week.", A, "RU", True),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "gainer", "negated"), DENIED_AND_OBJECT_FIRST
)
def test_denials_and_the_object_put_first(
    lang: str, text: str, kind: str, gainer: str, negated: bool
) -> None:
    c = one(text, lang, kind)
    assert (c.gainer, c.negated) == (gainer, negated)


@pytest.mark.parametrize(
    "text", ["Вони здали кров.", "Студенти здали іспити.", "Сторони дійшли до згоди."]
)
def test_uk_object_first_lookalikes(text: str) -> None:
    assert kinds(text, "uk") == []


# troops still in a place, a presence or positions kept: control held
HELD_PRESENCE = [
    ("uk", "Наші бійці досі в Зорівці, каже командир.", "UA"),
    ("uk", "У Зорівці залишаються наші підрозділи.", "UA"),
    ("uk", "Росіяни займають північну частину Зорівки.", "RU"),
    ("en", "Russian forces have a presence in the northern part of Zorivka.", "RU"),
    ("en", "Ukrainian forces still have positions in Zorivka.", "UA"),
    ("en", "Russia has a presence in Zorivka, analysts said.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), HELD_PRESENCE)
def test_presence_held(lang: str, text: str, gainer: str) -> None:
    c = one(text, lang, "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Діти досі в лікарні у Харкові."),
        ("uk", "У Харкові залишаються наші волонтери."),
        ("uk", "Студенти займають центр Києва."),
        ("en", "The company has a presence in Kyiv."),
    ],
)
def test_presence_lookalikes(lang: str, text: str) -> None:
    assert kinds(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "ЗСУ відбили частину Зорівки.",
        "Сили оборони відбили кілька кварталів Зорівки.",
        "Українські воїни відбили центр Зорівки.",
    ],
)
def test_uk_a_part_won_back(text: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert (c.gainer, c.negated) == ("UA", False)
