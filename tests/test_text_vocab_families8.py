"""Vocabulary breadth of the trigger families, English and Ukrainian (issue 8).

The words of each family (capture, withdraw, advance, fight, attempt, stall,
hold) written from the language rather than from any text: synonyms,
inflections, passives and nominalisations ("the takeover of X", "fell into
Russian hands", "punched through", "clashed near X"; "оволоділи", "узяли",
"здали", "потіснили", "форсували", "б'ються за X"). Every sentence is invented
for the test (no dev, blind or article text); each word group is tried in three
phrasings, and the look-alikes next to it (strikes, talks, prisoners, exams,
adjectives) give nothing. The text tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 3, 12)


def claims(text: str, lang: str):
    return extract_claims(text, published=PUB, language=lang)


def one(text: str, lang: str, kind: str):
    """The single claim of ``kind`` in ``text`` (and no claim of another kind)."""
    got = claims(text, lang)
    assert [c.kind for c in got] == [kind], (text, [c.kind for c in got])
    return got[0]


# (text, gainer) per word group: a named settlement taken
EN_CAPTURE = [
    # nominalisations
    ("Moscow announced the takeover of Kolosky on Friday.", "RU"),
    ("The Russian takeover of the village of Kolosky was confirmed on Monday.", "RU"),
    ("Russian troops completed the taking of Kolosky, the ministry said.", "RU"),
    # re- verbs
    ("Russian forces reoccupied Kolosky on Tuesday, the general staff said.", "RU"),
    ("Russian units have re-occupied Kolosky, the ministry said.", "RU"),
    ("Ukrainian troops reconquered Kolosky after a week of fighting.", "UA"),
    # fell into hands
    ("Kolosky fell into Russian hands on Sunday, the governor said.", "RU"),
    ("Kolosky finally fell into Russian hands on Sunday, officials said.", "RU"),
    ("Kolosky passed into Ukrainian hands again on Monday, the brigade said.", "UA"),
    # mopped up, flushed out
    ("Russian troops completed mopping up Kolosky, the ministry said.", "RU"),
    ("Ukrainian marines finished the mop-up of Kolosky on Friday.", "UA"),
    ("Ukrainian troops flushed the Russians out of Kolosky, the brigade said.", "UA"),
]


@pytest.mark.parametrize(("text", "gainer"), EN_CAPTURE)
def test_en_capture_words(text: str, gainer: str) -> None:
    c = one(text, "en", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)
    assert [p.name for p in c.places] == ["Kolosky"]


# a named settlement given up: the other side gains it
EN_WITHDRAW = [
    ("The general staff confirmed the pull-out of troops from Kolosky.", "RU"),
    ("Kyiv ordered a pullout from Kolosky on Monday.", "RU"),
    ("A full pull-out from Kolosky was completed overnight, Ukraine said.", "RU"),
    ("Ukrainian forces exited Kolosky on Monday, the general staff said.", "RU"),
    ("The last Ukrainian units have exited the town of Kolosky.", "RU"),
    ("Ukrainian troops were dislodged from Kolosky, the ministry said.", "RU"),
    ("Russian units were ousted from Kolosky on Friday, Kyiv said.", "UA"),
    ("Ukrainian troops gave up Kolosky after months of fighting.", "RU"),
    ("Ukrainian units surrendered the town of Kolosky to the Russians.", "RU"),
    # nouns of leaving
    (
        "Ukraine confirmed the exit from Kolosky on Monday, the general staff said.",
        "RU",
    ),
    ("Kyiv admitted the surrender of Kolosky on Friday.", "RU"),
    ("Kyiv ordered the evacuation of its troops from Kolosky overnight.", "RU"),
    ("The general staff confirmed the abandonment of Kolosky.", "RU"),
    # a place that fell, told by when
    ("Kolosky fell in February after a long siege, the report said.", "RU"),
    ("Kolosky fell after months of fighting, analysts said.", "RU"),
    ("Kolosky fell last week, the general staff admitted.", "RU"),
]


@pytest.mark.parametrize(("text", "gainer"), EN_WITHDRAW)
def test_en_withdraw_words(text: str, gainer: str) -> None:
    c = one(text, "en", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)
    assert [p.name for p in c.places] == ["Kolosky"]


# movement forward: an advance with the mover as gainer
EN_ADVANCE = [
    # moving in
    "Russian troops moved into Kolosky on Monday, the general staff said.",
    "Russian armour burst into Kolosky on Monday, analysts said.",
    "Russian assault groups stormed into the village of Kolosky overnight.",
    # through the lines
    "Russian forces punched through Ukrainian defences near Kolosky.",
    "Russian units smashed through the front line near Kolosky.",
    "Russian troops pushed through the defensive lines near Kolosky.",
    # at the edge
    "Russian forces are now on the outskirts of Kolosky, the governor said.",
    "Russian units arrived at the outskirts of Kolosky, the governor said.",
    "Russian infantry made it into Kolosky, a military blogger said.",
    # a distance gained
    "Russian troops gained 2 kilometres near Kolosky, analysts said.",
    "Russian units have gained about 800 metres west of Kolosky.",
    "Russian forces gained another 3 km south of Kolosky this week.",
    # round the side and over water
    "Russian troops outflanked Kolosky from the north, analysts said.",
    "Russian troops forced a crossing of the river near Kolosky.",
    "Russian troops encroached on Kolosky from the east, analysts said.",
    # dug in
    "Russian troops have dug in near Kolosky, analysts said.",
    "Russian troops entrenched themselves in Kolosky, analysts said.",
    "Russian troops took up positions in Kolosky, analysts said.",
    # a road cut, nouns, a place surrounded
    "Russian troops severed the road to Kolosky, analysts said.",
    "Russian penetrations near Kolosky were recorded this week, analysts said.",
    "Russian troops surrounded Kolosky, analysts said.",
    # pushing on, as far as a place
    "Russian troops pushed ahead near Kolosky, analysts said.",
    "Russian troops moved up to the outskirts of Kolosky, analysts said.",
    "Russian troops got as far as Kolosky, analysts said.",
    # a move to a compass point
    "Russian troops are moving west from Kolosky, the brigade said.",
    "Russian troops pushed further west near Kolosky, analysts said.",
    "Russian units keep moving south past Kolosky, the governor said.",
    # slow movement and a move on a place
    "Russian troops are clawing forward near Kolosky, analysts said.",
    "Russian forces are grinding forward toward Kolosky, analysts said.",
    "Russian columns were moving on Kolosky, the governor said.",
]


@pytest.mark.parametrize("text", EN_ADVANCE)
def test_en_advance_words(text: str) -> None:
    c = one(text, "en", "advance")
    assert (c.gainer, c.negated) == ("RU", False)
    assert [p.name for p in c.places] == ["Kolosky"]


# fighting at a place (no gainer)
EN_FIGHT = [
    # verbs
    "Ukrainian and Russian troops clashed near Kolosky on Monday.",
    "Ukrainian units clashed with Russian troops outside Kolosky.",
    "Ukrainian forces skirmished with Russian troops near Kolosky.",
    "Ukrainian troops fought near Kolosky all week, the general staff said.",
    "Both sides have fought for Kolosky since the summer.",
    "Russian troops have besieged Kolosky for months, analysts said.",
    # nouns
    "Heavy engagements near Kolosky continued, the general staff said.",
    "Urban warfare rages in Kolosky, analysts said.",
    "Trench warfare goes on around Kolosky, the brigade said.",
    "Russian forces are putting up fierce resistance near Kolosky.",
    "There is a stalemate near Kolosky, the commander said.",
    "Enemy activity near Kolosky increased, the general staff said.",
    "Russian forces continued offensive efforts near Kolosky, analysts said.",
    # positions kept
    "Ukrainian troops maintained their positions near Kolosky.",
    "Ukrainian units retained positions in Kolosky, the brigade said.",
    "Ukrainian troops kept their positions near Kolosky despite the assaults.",
    # attempts
    "Russian forces are striving to capture Kolosky, analysts said.",
    "Russian efforts to take Kolosky continued, analysts said.",
    "Russian troops strove to break through near Kolosky all week.",
    # "hell" at a place
    "It is hell in Kolosky right now, a soldier said.",
    "It has been pure hell near Kolosky for weeks, a sergeant said.",
    "It is absolute hell outside Kolosky, a sergeant said.",
    # the enemy kept at bay
    "Ukrainian troops kept Russian forces at bay near Kolosky.",
    "Ukrainian marines are holding the enemy at bay outside Kolosky.",
    "The brigade held the Russians at bay near Kolosky for a month.",
    # a place being cleared, a side's offensive at a place
    "Ukrainian forces are clearing Kolosky of Russian troops, the brigade said.",
    "The Russian offensive near Kolosky has slowed, analysts said.",
    "The enemy offensive against Kolosky goes on, the brigade said.",
    # the defence of a place going on (a situation hard or worse is no
    # fighting since FP29: tests/test_text_en_fp29.py)
    "The defence of Kolosky continues, the commander said.",
    # an assault withstood, an onslaught, defences probed
    "Ukrainian troops withstood a massive assault near Kolosky.",
    "The Russian onslaught on Kolosky continues, the brigade said.",
    "Russian units probed Ukrainian defences near Kolosky, analysts said.",
    # more goals of an attempt
    "The enemy tried to improve its tactical position near Kolosky.",
    "The enemy attempted to wedge into our defences near Kolosky.",
    "Russian troops tried to bypass Kolosky from the south, the brigade said.",
    # hitting back
    "Ukrainian forces hit back near Kolosky, the general staff said.",
    "Ukrainian forces mounted a counteroffensive near Kolosky on Monday.",
    "Ukrainian brigades launched a counter-offensive around Kolosky.",
]


@pytest.mark.parametrize("text", EN_FIGHT)
def test_en_fight_words(text: str) -> None:
    c = one(text, "en", "fighting")
    assert c.gainer is None
    assert [p.name for p in c.places] == ["Kolosky"]


# no gain: a negated advance
EN_STALL = [
    "The Russian offensive near Kolosky came to a standstill, analysts said.",
    "The Russian push near Kolosky has faltered, analysts said.",
    "Russian troops gained little ground near Kolosky, analysts said.",
    "Russian troops made no ground near Kolosky this week.",
    "The Russian advance near Kolosky has sputtered, analysts said.",
]


@pytest.mark.parametrize("text", EN_STALL)
def test_en_stall_words(text: str) -> None:
    got = [c for c in claims(text, "en") if c.kind == "advance"]
    assert [(c.gainer, c.negated) for c in got] == [("RU", True)], text


# ground told by its figure, with the verb of a gain
EN_AREA = [
    ("Russian forces added about 50 square kilometres in October.", "RU", 50.0),
    (
        "Ukraine returned 54 square kilometres last week, the general staff said.",
        "UA",
        54.0,
    ),
    (
        "Russian troops grabbed another 120 sq km in November, analysts said.",
        "RU",
        120.0,
    ),
]


@pytest.mark.parametrize(("text", "gainer", "km2"), EN_AREA)
def test_en_area_verbs(text: str, gainer: str, km2: float) -> None:
    c = one(text, "en", "area_change")
    assert (c.gainer, c.area_km2, c.negated) == (gainer, km2, False)


# the same words where no ground is won, lost or fought over
EN_LOOKALIKES = [
    "The ministry added 50 new shelters in Kolosky last year.",
    "Thousands of refugees returned to Kolosky in the summer.",
    "Ukraine has hit back in places, the report said.",
    "The president clashed with reporters in Kolosky on Monday.",
    "The humanitarian situation in Kolosky is difficult, the governor said.",
    "The situation with electricity in Kolosky is difficult, officials said.",
    "Ukraine's Ministry of Defence of Ukraine said on Monday it had new tanks.",
    "The aid convoy is moving south of Kolosky, officials said.",
    "He fought in Kolosky as a young man, his mother said.",
    "The besieged city of Kolosky received aid on Monday.",
    "Partisan resistance in Kolosky grew last year, the report said.",
    "The stalemate in the talks continued on Monday.",
    "A Russian missile strike severed the power line to Kolosky.",
    "Twenty Ukrainian soldiers surrendered near Kolosky, Moscow said.",
    "The company announced the takeover of Kolosky Holdings on Monday.",
    "Prices gained 2 percent in Kolosky last month.",
    "Prices fell in March in Kolosky, the statistics office said.",
    "His appeal fell on deaf ears in Kolosky.",
    "The surrender of Ukrainian soldiers near Kolosky was filmed, Moscow said.",
    "The evacuation of civilians from Kolosky continued, the governor said.",
    "Deminers cleared fields near Kolosky after the farmers moved into the area.",
]


@pytest.mark.parametrize("text", EN_LOOKALIKES)
def test_en_lookalikes_make_no_claim(text: str) -> None:
    assert claims(text, "en") == [], text


UK_CAPTURE = [
    # оволодіти, заволодіти
    ("Російські війська оволоділи населеним пунктом Колоски.", "RU"),
    ("Противник оволодів Колосками після тижня боїв.", "RU"),
    ("Окупанти заволоділи Колосками, повідомили в бригаді.", "RU"),
    # узяли (the euphonic у)
    ("Українські воїни узяли Колоски, повідомив командир бригади.", "UA"),
    ("Наші бійці узяли під контроль Колоски.", "UA"),
    ("Колоски узято під контроль, заявили в Генштабі.", "UA"),
    # the euphonic "у" and other verbs of control
    ("Російські війська установили контроль над Колосками.", "RU"),
    ("Окупанти поставили під свій контроль Колоски.", "RU"),
    ("Росіяни здобули Колоски, заявили в міноборони РФ.", "RU"),
    # control set up or won back
    ("У міноборони РФ заявили, що над Колосками встановлено повний контроль.", "RU"),
    ("Росіяни беруть під контроль Колоски, повідомили аналітики.", "RU"),
    ("Наші бійці повернули собі контроль над Колосками.", "UA"),
]


@pytest.mark.parametrize(("text", "gainer"), UK_CAPTURE)
def test_uk_capture_words(text: str, gainer: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)
    assert len(c.places) == 1 and c.places[0].name.startswith("Колоск")


UK_WITHDRAW = [
    # здали, здача
    ("Українські військові здали Колоски, повідомили аналітики.", "RU"),
    ("Здача Колосків стала неминучою, визнав речник.", "RU"),
    ("Підрозділи здали село Колоски без бою, пишуть аналітики.", "RU"),
    # the nouns and the infinitive of a withdrawal
    ("Відступ із Колосків був організованим, заявив речник угруповання.", "RU"),
    ("Відхід з Колосків завершено, заявив речник угруповання.", "RU"),
    ("Підрозділи були змушені відійти з Колосків, заявив речник.", "RU"),
    # rolled back, lost, fell
    ("Наші підрозділи відкотилися від Колосків, повідомив командир.", "RU"),
    ("Українські війська втратили Колоски, визнав речник.", "RU"),
    ("Марівка впала, визнали в бригаді.", "RU"),
    # troops taken out of a place
    ("Противник відвів війська з Колосків.", "UA"),
    ("Командування вивело підрозділи з Колосків, повідомив речник.", "RU"),
    ("Росіяни вивели свої сили з Колосків, повідомили в Генштабі.", "UA"),
]


@pytest.mark.parametrize(("text", "gainer"), UK_WITHDRAW)
def test_uk_withdraw_words(text: str, gainer: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)
    assert len(c.places) == 1 and c.places[0].name[:4] in ("Коло", "Марі")


UK_ADVANCE = [
    # pushed back, water and borders crossed
    ("Сили оборони потіснили противника біля Колосків.", "UA"),
    ("Окупанти форсували річку біля Колосків, повідомили в Генштабі.", "RU"),
    ("Ворожі групи переправилися через річку біля Колосків.", "RU"),
    ("Росіяни перетнули кордон біля Колосків, повідомили в Генштабі.", "RU"),
    # a line reached, a road cut, a distance covered
    ("Ворог вийшов на рубіж біля Колосків, повідомили аналітики.", "RU"),
    ("Окупанти перерізали дорогу на Колоски, повідомили аналітики.", "RU"),
    ("Росіяни пройшли ще 2 км біля Колосків, повідомили аналітики.", "RU"),
    # positions improved, an offensive pressed, a place gone round
    ("ЗСУ поліпшили тактичне положення біля Колосків.", "UA"),
    ("Ворог розвиває наступ на Колоски, повідомили аналітики.", "RU"),
    ("Росіяни обійшли Колоски з півночі, повідомили аналітики.", "RU"),
    ("Ворог продавлює нашу оборону біля Колосків.", "RU"),
    ("Росіяни посунули лінію фронту біля Колосків.", "RU"),
    # a border crossed, the rear reached, deeper in, a line "straightened"
    ("Росіяни перейшли кордон біля Колосків.", "RU"),
    ("Ворог вийшов у тил нашим підрозділам біля Колосків.", "RU"),
    ("Росіяни заглибилися на 3 км біля Колосків.", "RU"),
    ("Командування оголосило вирівнювання лінії фронту біля Колосків.", "RU"),
    ("ЗСУ ввійшли в Колоски, повідомив командир.", "UA"),
    ("Українські війська вступили в Колоски.", "UA"),
    ("Росіяни продавили оборону біля Колосків, пишуть аналітики.", "RU"),
    ("Окупанти продавлюють лінію фронту біля Колосків.", "RU"),
    ("Ворог проліз у Колоски, повідомили аналітики.", "RU"),
    ("Ворожі групи пролазять до Колосків щоночі.", "RU"),
    ("Російські диверсанти пролізли в Колоски, повідомили в бригаді.", "RU"),
]


@pytest.mark.parametrize(("text", "gainer"), UK_ADVANCE)
def test_uk_advance_words(text: str, gainer: str) -> None:
    c = one(text, "uk", "advance")
    assert (c.gainer, c.negated) == (gainer, False)
    assert len(c.places) == 1 and c.places[0].name.startswith("Колоск")


UK_FIGHT = [
    # verbs
    "Наші воїни б'ються за Колоски, повідомив командир.",
    "За Колоски досі б’ються, повідомив командир.",
    "Бійці обороняються в Колосках, повідомив командир.",
    "Наші бійці відбиваються від штурмів біля Колосків.",
    # nouns
    "Битва за Колоски триває, повідомив командир.",
    "Біля Колосків тривають перестрілки, повідомив командир.",
    "У Колосках щодня стрілкотня, повідомив командир.",
    "Протистояння біля Колосків триває, повідомив командир.",
    "Противник накатує хвилями на Колоски, повідомив командир.",
    # the situation, the enemy's activity, an offensive near a place
    "Складна ситуація зберігається біля Колосків, повідомив командир.",
    "Обстановка біля Колосків залишається напруженою, повідомив командир.",
    "Активність ворога біля Колосків зросла, повідомив командир.",
    "Ворог веде наступ біля Колосків, повідомив командир.",
    # defence held, positions that stand
    "Наші підрозділи тримають кругову оборону в Колосках.",
    "Наші позиції біля Колосків досі стоять, повідомив командир.",
    "У Колосках наші позиції тримаються, повідомив командир.",
    # "пекло"
    "Там справжнє пекло біля Колосків, каже боєць.",
    "Зараз пекло в Колосках, каже боєць.",
    "Пекло під Колосками не припиняється, каже боєць.",
    # the situation hard or worse
    "Ситуація біля Колосків погіршилася, повідомив командир.",
    "Ситуація в Колосках залишається важкою, повідомив командир.",
    "У Колосках ситуація непроста, повідомив командир.",
    # a siege, pressure
    "Облога Колосків триває, повідомив командир.",
    "Ворог узяв Колоски в облогу, повідомив командир.",
    "Під тиском ворога наші підрозділи тримаються біля Колосків.",
    # repulse and counterstroke, going over to attack
    "Наші захисники дали відсіч ворогу біля Колосків.",
    "Сили оборони провели контрнаступальні дії біля Колосків.",
    "Наші підрозділи завдали контрудару біля Колосків.",
    "Під Колосками противник перейшов до активних дій.",
]


@pytest.mark.parametrize("text", UK_FIGHT)
def test_uk_fight_words(text: str) -> None:
    c = one(text, "uk", "fighting")
    assert c.gainer is None
    assert len(c.places) == 1 and c.places[0].name.startswith("Колоск")


@pytest.mark.parametrize(
    "text",
    [
        "Гаряче зараз на Колосківському напрямку, повідомив командир.",
        "Противник зосередив основні зусилля на Колосківському напрямку.",
        "Ворог зосереджує зусилля на Колосківському напрямку.",
    ],
)
def test_uk_hot_sector_without_a_place_is_fighting(text: str) -> None:
    c = one(text, "uk", "fighting")
    assert c.gainer is None


def test_uk_hot_sector_alone() -> None:
    c = one(
        "Гаряче зараз на Колосківському напрямку, повідомив командир.", "uk", "fighting"
    )
    assert c.gainer is None


UK_AREA = [
    ("Росія загарбала 300 км² за місяць, повідомили аналітики.", "RU", 300.0),
    ("Росіяни збільшили площу окупації на 100 км², повідомили аналітики.", "RU", 100.0),
    ("Площа окупованих територій зросла на 80 км², повідомили аналітики.", "RU", 80.0),
]


@pytest.mark.parametrize(("text", "gainer", "km2"), UK_AREA)
def test_uk_area_words(text: str, gainer: str, km2: float) -> None:
    c = one(text, "uk", "area_change")
    assert (c.gainer, c.area_km2, c.negated) == (gainer, km2, False)


def test_uk_a_piece_grabbed_is_an_area_gain() -> None:
    c = one("Окупанти відхопили ще 20 км² біля Колосків.", "uk", "area_change")
    assert (c.gainer, c.area_km2) == ("RU", 20.0)


UK_HOLD = [
    ("Наші підрозділи утримали Колоски, повідомив командир.", "UA"),
    ("ЗСУ зберігають контроль над Колосками, повідомив командир.", "UA"),
    ("Наші бійці втримали Колоски, повідомив командир.", "UA"),
    ("Колоски досі в руках ЗСУ, повідомив командир.", "UA"),
]


@pytest.mark.parametrize(("text", "gainer"), UK_HOLD)
def test_uk_hold_words(text: str, gainer: str) -> None:
    c = one(text, "uk", "settlement_control")
    assert (c.gainer, c.negated) == (gainer, False)


UK_STALL = [
    "Ворог загруз біля Колосків, повідомив командир.",
    "Російські підрозділи застрягли біля Колосків.",
    "Штурмові групи противника забуксували біля Колосків.",
]


@pytest.mark.parametrize("text", UK_STALL)
def test_uk_stall_words(text: str) -> None:
    got = [c for c in claims(text, "uk") if c.kind == "advance"]
    assert [(c.gainer, c.negated) for c in got] == [("RU", True)], text


UK_LOOKALIKES = [
    "Студенти здали іспити в Колосках, повідомила школа.",
    "Мешканці Колосків здали кров для поранених.",
    "Ціни в Колосках впали, повідомили аналітики.",
    "Ракета впала біля Колосків, повідомили в ОВА.",
    "Падіння Колосків могло б відкрити шлях на захід.",
    "Вантажівка заїхала у Колоски з гуманітарною допомогою.",
    "Ситуація з електропостачанням у Колосках складна.",
    "Гуманітарна ситуація в Колосках складна.",
    "Ситуація в Колосках залишається важливою темою для громади.",
    "Біля Колосків наші бійці вивели з ладу ворожий танк.",
    "Наші бійці зайняли оборону в Колосках.",
    "Студенти здобули перемогу в олімпіаді в Колосках.",
    "Противник у Колосках уже не наступає, а обороняється.",
]


@pytest.mark.parametrize("text", UK_LOOKALIKES)
def test_uk_lookalikes_make_no_claim(text: str) -> None:
    assert claims(text, "uk") == [], text
