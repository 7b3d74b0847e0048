"""Fighting told without the usual fight word, and its boundaries (session 20).

Families: troops thrown at a place ("threw three assault groups at our
positions", "ворог кидає штурмові групи на X", "бросил в атаку два
батальона"), a grey zone or a contest told through a map or a quote ("marked
X as a grey zone", "X is now a 'grey zone'"), a place contested or a
flashpoint, efforts concentrated on a sector, activity stepped up, ambushes,
ground raids and a siege going on, a defence going on ("триває оборона X",
"продолжается оборона X"), hell or hardship at a place ("під X зараз пекло",
"под X очень тяжело"); and the context rules: the enemy acting on "our
positions" at the settlement the sentence before named, "all the attacks were
repelled" after an attempt (the same fight), a placeless fight whose sentence
places a later fight ("X attacks daily: ... near Y"), an attack folded into
the gain it made ("announced an attack in X and entered it"). Look-alikes
give no fighting: a speaker described by his unit ("a commander defending X
said"), an attempt at words ("пытается убедить"), a Russian prospective ("может
начать наступление"), a political flashpoint. Every sentence is invented for
the test; the text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def fights(text: str, lang: str) -> list[list[str]]:
    """The places of each fighting claim of ``text``."""
    got = extract_claims(text, published=PUB, language=lang)
    return [[p.name for p in c.places] for c in got if c.kind == "fighting"]


def fight_at(text: str, lang: str, place: str) -> None:
    got = fights(text, lang)
    assert any(any(place in name for name in names) for names in got), (text, got)


# one sentence, one fight at the named place: (family, place, three phrasings)
EN = {
    "troops thrown at a place": (
        "Kolosky",
        [
            "The enemy threw three assault groups at our positions near Kolosky.",
            "Russia keeps throwing fresh units into the battle for Kolosky.",
            "Moscow threw two more battalions against the defenders of Kolosky.",
        ],
    ),
    "grey zone told through a map": (
        "Kolosky",
        [
            "DeepState marked Kolosky as a grey zone on Tuesday.",
            "According to the brigade, Kolosky is in the so-called grey zone.",
            "The grey zone now covers Kolosky and the fields around it.",
        ],
    ),
    "contested, a flashpoint": (
        "Kolosky",
        [
            "The village of Kolosky is now contested territory, the army said.",
            "The town of Kolosky remains a flashpoint, the spokesman said.",
            "The village of Kolosky has become a battleground, officers say.",
        ],
    ),
    "efforts concentrated on a sector": (
        "Kolosky",
        [
            "Russian troops are focusing their main efforts on Kolosky.",
            "The enemy concentrated its efforts on Kolosky this week.",
            "Russia is concentrating its offensive efforts on Kolosky, Kyiv said.",
        ],
    ),
    "activity stepped up": (
        "Kolosky",
        [
            "Russian forces have become more active near Kolosky, the army said.",
            "The enemy has intensified its activity near Kolosky.",
            "Russian units became more active around Kolosky on Monday.",
        ],
    ),
    "ambush, raid, siege, held off": (
        "Kolosky",
        [
            "Ukrainian troops ambushed a Russian column near Kolosky.",
            "The siege of Kolosky continues, the governor said.",
            "Ukrainian forces are holding off Russian troops in Kolosky.",
        ],
    ),
    "troops who fought or clashed, groups at work": (
        "Kolosky",
        [
            "Ukrainian soldiers fought near Kolosky for three days.",
            "Russian and Ukrainian troops clashed in Kolosky on Monday.",
            "Russian sabotage groups are operating in Kolosky, the army said.",
        ],
    ),
    "attempts by a long-named agent": (
        "Kolosky",
        [
            "Troops thwarted three attempts by Ukrainian sabotage and "
            "reconnaissance groups to cross the river near Kolosky.",
            "The army foiled attempts by small Russian infantry and armoured "
            "groups to break through near Kolosky.",
            "Officers reported attempts by the enemy's newly arrived assault "
            "units to storm Kolosky.",
        ],
    ),
    "beaten back, a side's offensive, tried and failed": (
        "Kolosky",
        [
            "Russian infantry were beaten back near Kolosky overnight.",
            "Russia's offensive on Kolosky has slowed in recent weeks.",
            "Russian units tried and failed to storm Kolosky on Monday.",
        ],
    ),
    "front line through a place, changing hands, pressure": (
        "Kolosky",
        [
            "The front line now runs through the middle of Kolosky.",
            "The village of Kolosky has changed hands three times, officers say.",
            "The pressure near Kolosky continues, the spokesman said.",
        ],
    ),
}

UK = {
    "troops thrown at a place": (
        "Колоск",
        [
            "Ворог кидає штурмові групи на Колоски.",
            "Росіяни кинули в атаку два батальйони біля Колосків.",
            "Противник кидав резерви на Колоски всю ніч.",
        ],
    ),
    "a defence going on, hell": (
        "Колоск",
        [
            "Триває оборона Колосків, повідомили в бригаді.",
            "Біля Колосків зараз пекло, кажуть бійці.",
            "Найгарячіше зараз біля Колосків, сказав речник.",
        ],
    ),
    "troops at war in a place, sabotage groups": (
        "Колоск",
        [
            "Українські бійці воюють у Колосках уже місяць.",
            "Ворожі ДРГ діють у Колосках, повідомили в бригаді.",
            "Наші десантники воювали під Колосками всю зиму.",
        ],
    ),
    "front line through a place, changing hands": (
        "Колоск",
        [
            "Лінія фронту проходить через центр Колосків.",
            "Лінія зіткнення пролягає через центр Колосків.",
            "Село Колоски кілька разів переходило з рук у руки.",
        ],
    ),
}

RU = {
    "troops thrown at a place": (
        "Колоск",
        [
            "Враг бросает штурмовые группы на Колоски.",
            "В четверг противник бросил в атаку два батальона у Колосков.",
            "Противник бросил резервы на Колоски.",
        ],
    ),
    "efforts, defence, hardship": (
        "Колоск",
        [
            "Противник сосредоточил основные усилия у Колосков.",
            "Продолжается оборона Колосков, сообщили в штабе.",
            "Под Колосками сейчас ад, рассказал боец.",
        ],
    ),
    "at war, sabotage groups, pressure": (
        "Колоск",
        [
            "Украинские военные воюют в Колосках уже месяц.",
            "ДРГ противника действуют в Колосках.",
            "Противник усилил натиск у Колосков.",
        ],
    ),
    "front line through a place, changing hands": (
        "Колоск",
        [
            "Линия фронта проходит через центр Колосков.",
            "Линия соприкосновения проходит по центру Колосков.",
            "Село Колоски несколько раз переходило из рук в руки.",
        ],
    ),
}


@pytest.mark.parametrize(
    "lang,family,place,text",
    [
        (lang, family, place, text)
        for lang, table in (("en", EN), ("uk", UK), ("ru", RU))
        for family, (place, texts) in table.items()
        for text in texts
    ],
)
def test_fighting_without_a_fight_word(
    lang: str, family: str, place: str, text: str
) -> None:
    fight_at(text, lang, place)


# a grey zone told of a place named in the sentence before
GREY_BEFORE = [
    "Russia claimed Kolosky on Monday. DeepState shows a grey zone there.",
    'Russia claimed Kolosky on Monday. Kyiv says the village remains in the "grey '
    'zone".',
    "Russia claimed Kolosky on Monday. The Ukrainian side calls it a grey zone.",
]


@pytest.mark.parametrize("text", GREY_BEFORE)
def test_a_grey_zone_at_the_place_told_before(text: str) -> None:
    fight_at(text, "en", "Kolosky")


def test_a_map_legend_partly_grey_is_no_fight() -> None:
    text = (
        "As of 30 May, territory near Kolosky is partly designated as occupied "
        "and partly as a grey zone."
    )
    assert fights(text, "en") == []


# the enemy acting on "us" in a sentence that names no place: at the
# settlement the sentence before named
AT_US = [
    (
        "en",
        "Our brigade holds Kolosky. The enemy attacks our positions every day.",
        "Kolosky",
    ),
    (
        "en",
        "The marines still hold Kolosky. The enemy keeps throwing assault "
        "groups at us.",
        "Kolosky",
    ),
    (
        "uk",
        "Наші бійці звільнили Колоски. Противник намагався повернути їх двічі "
        "за ніч, обидва рази без успіху.",
        "Колоски",
    ),
]


@pytest.mark.parametrize("lang,text,place", AT_US)
def test_enemy_at_our_positions_is_at_the_place_just_named(
    lang: str, text: str, place: str
) -> None:
    fight_at(text, lang, place)


def test_storming_without_a_gain_is_no_fight_at_the_place_before() -> None:
    text = (
        'Moscow says its troops took the coke plant of Kolosky. "The enemy is '
        'storming, but it has not advanced," the spokesman said.'
    )
    assert fights(text, "en") == [], fights(text, "en")


# the outcome of the attempt just told is that same fight: one claim
SAME_FIGHT = [
    (
        "en",
        "Russian forces tried to break through near Kolosky and Vesele. All "
        "the attacks were repelled.",
    ),
    (
        "uk",
        "Противник намагався прорвати оборону біля Колосків та Веселого. "
        "Упродовж дня сім штурмів, усі відбито.",
    ),
    (
        "ru",
        "Противник пытался прорваться у Колосков и Веселого. По нашим "
        "данным, все атаки отбиты.",
    ),
]


@pytest.mark.parametrize("lang,text", SAME_FIGHT)
def test_all_attacks_repelled_after_an_attempt_is_one_fight(
    lang: str, text: str
) -> None:
    assert len(fights(text, lang)) == 1, fights(text, lang)


# a placeless fight whose sentence places a later one: only the later one
PLACED_LATER = [
    (
        "en",
        "Our brigade holds Kolosky. The enemy counterattacks daily: on "
        "Tuesday we repelled four assaults near Vesele.",
    ),
    (
        "uk",
        "Бригада тримає Колоски. Противник щодня контратакує: лише у "
        "вівторок наші воїни відбили чотири штурми поблизу Веселого.",
    ),
    (
        "ru",
        "Бригада держит Колоски. Противник ежедневно контратакует: только "
        "во вторник наши отразили четыре штурма у Веселого.",
    ),
]


@pytest.mark.parametrize("lang,text", PLACED_LATER)
def test_a_later_fight_tells_where(lang: str, text: str) -> None:
    got = fights(text, lang)
    assert len(got) == 1 and "Весел" in got[0][0] or got == [["Vesele"]], got


# an attack that won ground at its place is one claim: an advance, or the
# town it entered held in part
FOLDED = [
    (
        "The Russian army announced an attack in the Kolosky district and entered "
        "it for the first time.",
        "advance",
    ),
    (
        "Ukrainian forces counterattacked near Kolosky and regained positions "
        "northwest of Vesele.",
        "advance",
    ),
    (
        "Russian units assaulted Kolosky and pushed into the village.",
        "advance",
    ),
]


@pytest.mark.parametrize(("text", "kind"), FOLDED)
def test_an_attack_that_gained_is_one_claim(text: str, kind: str) -> None:
    got = extract_claims(text, published=PUB, language="en")
    assert [c.kind for c in got] == [kind], [(c.kind, c.quote) for c in got]


# an offensive the advance told already spans is no fight of its own
SPANNED = [
    (
        "uk",
        "Сили оборони мали успіх на південь від Веселого й продовжують "
        "наступальні дії в напрямку Колосків.",
    ),
    (
        "uk",
        "Підрозділи просунулися біля Веселого та ведуть наступальні дії в "
        "напрямку Колосків.",
    ),
    (
        "ru",
        "ВСУ продвинулись южнее Веселого и продолжают наступление в "
        "направлении Колосков.",
    ),
]


@pytest.mark.parametrize("lang,text", SPANNED)
def test_an_offensive_spanned_by_an_advance_is_that_advance(
    lang: str, text: str
) -> None:
    got = extract_claims(text, published=PUB, language=lang)
    assert [c.kind for c in got] == ["advance"], [(c.kind, c.quote) for c in got]


def test_an_attack_and_a_gain_elsewhere_stay_two_claims() -> None:
    text = "Russian forces attacked near Kolosky and advanced near Vesele."
    got = extract_claims(text, published=PUB, language="en")
    assert sorted(c.kind for c in got) == ["advance", "fighting"]


# look-alikes: no fighting
NO_FIGHT = [
    ("en", "A battalion commander defending Kolosky said morale was high."),
    ("en", "A sniper defending Kolosky told reporters about the cold."),
    ("en", "The tariff dispute became a political flashpoint in Kolosky."),
    ("en", "Russia has been shelling Kolosky, the governor said."),
    ("ru", "Киев пытается убедить партнеров в Колосках дать больше оружия."),
    ("ru", "Россия может начать новое наступление на Колоски летом."),
    ("ru", "Противник готовит штурм Колосков, предупреждают эксперты."),
    ("uk", "Ворог намагається виправдати обстріли Колосків."),
    # one soldier's story, not a fight: "Сержант воює під X з березня"
    ("uk", "Сержант на ім'я Петро воює під Колосками з березня."),
    ("ru", "Сержант по имени Петр воюет под Колосками с марта."),
    ("en", "He fought in Kolosky as a young man."),
    # a headline's topic, no claim of its own
    ("en", "Intelligence update: Russia's offensive around Kolosky"),
    # where the front line lies is a location, not a fight
    ("uk", "Наразі лінія фронту проходить за 20 км від Колосків."),
    ("ru", "Сейчас линия фронта проходит в 20 км от Колосков."),
    ("en", "The front line now runs some 20 km east of Kolosky."),
    # a capture told with "changed hands" stays a capture
    ("en", "The village of Kolosky changed hands on Monday, the army said."),
]


@pytest.mark.parametrize("lang,text", NO_FIGHT)
def test_look_alikes_are_no_fighting(lang: str, text: str) -> None:
    assert fights(text, lang) == [], text
