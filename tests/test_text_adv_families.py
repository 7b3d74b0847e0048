"""Advance and fighting families without the usual verbs (issue 8, blind corpus 6).

Forward movement told without "advanced" ("worked their way into", "got two
kilometres closer", "зачепилися за околицю", "вышли к"), withdrawals in the
official words (an advance for the other side), a stalled push, and fighting
told without a fight verb ("X is grey now", "holding the line", "позиційні
бої", "там серая зона"). Every sentence is invented for the test (no dev,
corpus or article text, no ``../shared``); each family is tried in three
phrasings of our own per language where it applies. Places are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

PUB = date(2025, 6, 14)


def claims(text: str, lang: str = "en"):
    return extract_claims(text, published=PUB, language=lang)


def advances(text: str, lang: str = "en"):
    return [c for c in claims(text, lang) if c.kind == "advance"]


def fights(text: str, lang: str = "en"):
    return [c for c in claims(text, lang) if c.kind == "fighting"]


# ---- forward movement without "advanced" -----------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian infantry worked their way into the east of Kolosky.", "Kolosky"),
        ("Ukrainian marines fought their way into central Marivka.", "Marivka"),
        ("Small Russian groups infiltrated toward the edge of Dovhe.", "Dovhe"),
        (
            "Russian units moved about 2 km beyond the edge of Kolosky last week.",
            "Kolosky",
        ),
        ("Moscow's push into the Hlynka region has faltered in the rain.", "Hlynka"),
    ],
)
def test_movement_without_an_advance_verb_is_an_advance(text: str, place: str) -> None:
    adv = advances(text)
    assert len(adv) == 1, text
    assert [p.name for p in adv[0].places][:1] == [place] or place in adv[0].quote


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("In May the Russians got maybe three kilometres closer to Marivka.", 3.0),
        ("Ukrainian troops moved 4 km forward near Kolosky on Friday.", 4.0),
        ("The brigade went 1.5 km deeper past Dovhe this week.", 1.5),
    ],
)
def test_a_distance_with_a_direction_word_is_how_far(text: str, km: float) -> None:
    adv = advances(text)
    assert len(adv) == 1, text
    assert adv[0].distance_km == km


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops pushed all the way to the Russian border on Monday.",
        "The offensive reaches the state border in the north.",
        "Our soldiers have reached the border in two places, the governor said.",
    ],
)
def test_reaching_the_border_is_an_advance_without_a_settlement(text: str) -> None:
    adv = advances(text)
    assert len(adv) == 1, text
    assert not adv[0].negated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ворог інфільтрується в Колоски малими групами.", "uk"),
        ("Штурмовики зачепилися за північну околицю Марівки.", "uk"),
        ("Наші підрозділи вийшли до Довгого з півдня.", "uk"),
        ("Противник инфильтруется в Колоски мелкими группами.", "ru"),
        ("Штурмовые группы зацепились за северную окраину Маривки.", "ru"),
        ("Наши подразделения вышли к Долгому с юга.", "ru"),
    ],
)
def test_slavic_forward_movement_is_an_advance(text: str, lang: str) -> None:
    adv = advances(text, lang)
    assert len(adv) == 1, text
    assert adv[0].places, text


# ---- a withdrawal in the official words: an advance for the other side -----
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ЗСУ перейшли на більш вигідні позиції біля Колосків.", "uk"),
        ("Українські частини відведені з Марівки на більш вигідні рубежі.", "uk"),
        ("Сили оборони перемістилися на підготовлені позиції поблизу Довгого.", "uk"),
        ("Подразделения ВСУ перешли на более выгодные позиции у Колосков.", "ru"),
        ("Украинские части переместились на подготовленные рубежи у Маривки.", "ru"),
        ("ВСУ отведены из Долгого на более выгодные рубежи.", "ru"),
    ],
)
def test_a_euphemistic_withdrawal_gains_for_the_other_side(
    text: str, lang: str
) -> None:
    cs = [c for c in claims(text, lang) if c.gainer is not None]
    assert cs, text
    assert all(c.gainer == "RU" for c in cs), text


# ---- a stalled push: a negated advance --------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia's push into the Hlynka region has run out of steam.", "en"),
        ("The Russian offensive near Kolosky has lost its momentum.", "en"),
        ("The Ukrainian advance toward Marivka ground to a halt in the mud.", "en"),
        ("Продвижение противника на Колоски остановлено.", "ru"),
        ("Наступление у Маривки остановлено, заявили в штабе.", "ru"),
        ("Продвижение ВСУ к Долгому было остановлено.", "ru"),
    ],
)
def test_a_push_that_stopped_is_a_negated_advance(text: str, lang: str) -> None:
    adv = advances(text, lang)
    assert len(adv) == 1, text
    assert adv[0].negated is True


# ---- fighting without a fight verb ------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The village of Kolosky is grey now, the sergeant said.", "Kolosky"),
        ("Marivka is basically nobody's since the spring.", "Marivka"),
        ("The village of Dovhe has turned into a grey zone.", "Dovhe"),
        ("We still hold the line at Kolosky, the sergeant said.", "Kolosky"),
        ("The brigade stabilised the situation near Marivka on Sunday.", "Marivka"),
        ("Near Dovhe it's positional, nobody is moving.", "Dovhe"),
        ("The pressure on Kolosky is constant, the officer said.", "Kolosky"),
        ("Russian troops keep relentless pressure on Marivka.", "Marivka"),
    ],
)
def test_contested_status_without_a_fight_verb_is_fighting(
    text: str, place: str
) -> None:
    fs = fights(text)
    assert len(fs) == 1, text
    assert place in [p.name for p in fs[0].places]
    assert fs[0].gainer is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Під Колосками там зараз сіра зона.", "uk"),
        ("Село Марівка фактично перетворилося на сіру зону.", "uk"),
        ("Біля Довгого тривають позиційні бої.", "uk"),
        # (S36REST: "Село Колоски тримається" is now a settlement held,
        # tests/test_text_b27rest36.py: the pool read it so)
        ("В Колосках сейчас серая зона.", "ru"),
        ("У Маривки позиционные бои без изменений.", "ru"),
        ("Про Долгое командир сказал коротко: там позиционка.", "ru"),
    ],
)
def test_slavic_contested_status_is_fighting(text: str, lang: str) -> None:
    fs = fights(text, lang)
    assert len(fs) == 1, text
    assert fs[0].places, text


# ---- movement words that move no ground -------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A report on the progress of the special military operation.", "en"),
        ("Officers spoke of the progress of the talks in Marivka.", "en"),
        ("Командир рассказал, как продвигаются бои под Колосками.", "ru"),
        ("Речник розповів, як просуваються бої біля Марівки.", "uk"),
    ],
)
def test_progress_of_an_operation_or_of_fighting_is_no_advance(
    text: str, lang: str
) -> None:
    assert advances(text, lang) == []


def test_and_that_opens_a_new_reported_clause() -> None:
    text = (
        "The army said fighting continued near Kolosky and that Russian "
        "attempts to advance toward Marivka had been stopped."
    )
    fs = fights(text)
    assert sorted(p.name for c in fs for p in c.places) == ["Kolosky", "Marivka"]
    assert len(fs) == 2


# ---- the place of an advance named only by a pointer to the text before ------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Fighting went on near Kolosky, where Russian units reached the "
            "eastern outskirts on Monday.",
            "en",
            "Kolosky",
        ),
        (
            "The army held Marivka. The enemy is not advancing there, she said.",
            "en",
            "Marivka",
        ),
        (
            "Бої йдуть біля Довгого. Ворог просунувся там на кілька сотень метрів.",
            "uk",
            "Довгого",
        ),
        (
            "Бои идут у Маривки. За сутки продвижение составило 300 м в южной части "
            "села.",
            "ru",
            "Маривки",
        ),
        (
            "Бои идут у Колосков. Наши подразделения продвинулись там.",
            "ru",
            "Колосков",
        ),
        (
            "Речник визнав, що ворог «має тактичний успіх» біля Марівки.",
            "uk",
            "Марівки",
        ),
    ],
)
def test_a_pointer_or_a_quote_takes_the_place_named_before(
    text: str, lang: str, place: str
) -> None:
    adv = advances(text, lang)
    assert len(adv) == 1, text
    assert [p.name for p in adv[0].places] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Near Kolosky it's positional, both sides just use drones.",
        "The village of Marivka is grey now, drones hunt anything that moves.",
        "We still hold the line at Dovhe despite the drone strikes.",
    ],
)
def test_a_contested_status_is_fighting_beside_strikes(text: str) -> None:
    assert len(fights(text)) == 1, text


# ---- holding positions near a place, attacking around places: fighting ------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian troops are holding their positions near Kolosky.", "en"),
        ("The brigade held its positions outside Marivka all week.", "en"),
        ("Our marines are holding on to their positions near Dovhe.", "en"),
        ("Наші воїни утримують позиції біля Довгого.", "uk"),
        ("Ворог наступав у районах Колосків і Марівки.", "uk"),
        ("Противник наступає поблизу Марівки щодня.", "uk"),
        ("Наши бойцы удерживают позиции у Долгого.", "ru"),
        ("Противник наступал в районах Колосков и Маривки.", "ru"),
        ("Враг наступает возле Маривки каждый день.", "ru"),
    ],
)
def test_holding_positions_or_attacking_near_a_place_is_fighting(
    text: str, lang: str
) -> None:
    fs = fights(text, lang)
    assert len(fs) == 1, text
    assert fs[0].places, text
    assert advances(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Українські підрозділи утримують позиції на околицях Колосків.", "uk"),
        ("Украинские подразделения удерживают позиции на окраинах Маривки.", "ru"),
    ],
)
def test_holding_positions_in_a_town_is_not_fighting(text: str, lang: str) -> None:
    assert fights(text, lang) == []


def test_penetrated_into_a_place_is_an_advance() -> None:
    for text in (
        "Russian infiltration groups penetrated into Kolosky.",
        "Ukrainian scouts penetrated deep into Marivka overnight.",
        "Small groups are penetrating into the village of Dovhe.",
    ):
        adv = advances(text)
        assert len(adv) == 1, text
        assert adv[0].places, text


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Russian troops moved roughly 2 km west of Kolosky.", 2.0),
        ("Ukrainian units went 3 kilometres south of Marivka in a week.", 3.0),
        ("The assault groups crept 500 metres east of Dovhe overnight.", 0.5),
    ],
)
def test_a_movement_verb_with_a_distance_and_a_compass_word(
    text: str, km: float
) -> None:
    adv = advances(text)
    assert len(adv) == 1, text
    assert adv[0].distance_km == km


@pytest.mark.parametrize(
    "text",
    [
        "Russian assault groups attempted four times on Thursday to cross the "
        "river north of Kolosky.",
        "The enemy attempted three times to storm Marivka.",
        "Russian units attempted several times this week to enter Dovhe.",
    ],
)
def test_repeated_attempts_are_fighting(text: str) -> None:
    fs = fights(text)
    assert len(fs) == 1, text
    assert advances(text) == []


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "There were 60 combat clashes on the Kolosky and Marivka axes.",
            "the Kolosky and Marivka axes",
        ),
        (
            "Most attacks came on the Dovhe and Kolosky axes, the staff said.",
            "the Dovhe and Kolosky axes",
        ),
        (
            "Ukrainian forces repelled 20 assaults on the Marivka and Dovhe axes.",
            "the Marivka and Dovhe axes",
        ),
    ],
)
def test_attacks_counted_on_two_axes_are_fighting_there(text: str, sector: str) -> None:
    fs = fights(text)
    assert len(fs) == 1, text
    assert fs[0].sector == sector


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Кажуть, що Колоски — сіра зона.", "uk"),
        ("Командир сказав, що Марівка - сіра зона.", "uk"),
        ("Говорят, что Маривка — серая зона.", "ru"),
    ],
)
def test_a_place_dash_grey_zone_is_fighting(text: str, lang: str) -> None:
    fs = fights(text, lang)
    assert len(fs) == 1, text
    assert fs[0].places, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На Колосківському та Марівському напрямках противник наступає.", "uk"),
        ("Біля Марівки ворог щодня наступає, повідомили в штабі.", "uk"),
        ("На Довгівському напрямку окупанти наступають.", "uk"),
        ("На Колосковском направлении противник наступает.", "ru"),
        ("У Маривки враг каждый день наступает, сообщили в штабе.", "ru"),
        ("На Долговском направлении оккупанты наступают.", "ru"),
    ],
)
def test_an_offensive_told_last_in_its_clause_is_fighting(text: str, lang: str) -> None:
    assert len(fights(text, lang)) == 1, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Противник у Колосків уже не наступає, а обороняється.", "uk"),
        ("Противник у Маривки уже не наступает, а обороняется.", "ru"),
    ],
)
def test_no_longer_attacking_is_no_fighting(text: str, lang: str) -> None:
    assert fights(text, lang) == []


# ---- withdrawals and field features: movement near a place, not the place ---
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Ukrainian units fell back toward Kolosky under heavy fire.", "en", "RU"),
        ("Russian troops retreated towards Marivka after the breach.", "en", "UA"),
        ("Українські війська відступили в бік Довгого.", "uk", "RU"),
        ("Підрозділи ЗСУ відійшли у бік Колосків під вогнем.", "uk", "RU"),
        ("ВСУ отступили в сторону Маривки.", "ru", "RU"),
        ("Подразделения ВСУ отошли в сторону Долгого под огнем.", "ru", "RU"),
    ],
)
def test_falling_back_toward_a_place_is_an_advance_for_the_other_side(
    text: str, lang: str, gainer: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == ["advance"], text
    assert cs[0].gainer == gainer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops captured a forest belt west of Kolosky.", "en"),
        ("Ukrainian marines seized two strongpoints near Marivka.", "en"),
        ("The brigade retook a woodline outside Dovhe.", "en"),
        ("Наші бійці відбили дві лісосмуги біля Марівки.", "uk"),
        ("Штурмовики відбили опорний пункт поблизу Довгого.", "uk"),
        ("Десантники зайняли висоту біля Колосків.", "uk"),
        ("Наши бойцы отбили две лесополосы у Маривки.", "ru"),
        ("Штурмовики заняли несколько опорных пунктов у Долгого.", "ru"),
        ("Десантники отбили высоту возле Колосков.", "ru"),
    ],
)
def test_field_features_won_near_a_place_are_an_advance(text: str, lang: str) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == ["advance"], text
    assert cs[0].places, text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops had partially regained positions near Kolosky.",
        "Russian forces have fully recaptured their positions near Marivka.",
        "The brigade had partly retaken positions outside Dovhe.",
    ],
)
def test_a_degree_adverb_after_the_auxiliary_keeps_the_verb(text: str) -> None:
    adv = advances(text)
    assert len(adv) == 1, text
    assert adv[0].places, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian troops attacked near Kolosky and Marivka. Fighting continues.", "en"),
        ("Окупанти 12 разів штурмували позиції біля Колосків. Бої тривають.", "uk"),
        ("Противник атаковал у Маривки и Долгого. Бои продолжаются.", "ru"),
    ],
)
def test_a_bare_fighting_goes_on_after_a_fight_is_that_same_fight(
    text: str, lang: str
) -> None:
    assert len(fights(text, lang)) == 1, text


def test_a_bare_fighting_goes_on_after_a_gain_is_a_fight() -> None:
    text = "Russian troops entered Kolosky on Monday. Fighting continues."
    assert len(fights(text)) == 1


@pytest.mark.parametrize(
    ("text", "lang", "sector"),
    [
        (
            "Officers called the Kolosky direction the hardest. Russian troops "
            "launched 30 attacks in this sector on Monday.",
            "en",
            "the Kolosky direction",
        ),
        (
            "Найважче зараз на Марівському напрямку. Противник провів на цій "
            "ділянці 40 штурмів.",
            "uk",
            "Марівському напрямку",
        ),
        (
            "Тяжелее всего сейчас на Долговском направлении. На этом участке "
            "противник провел 25 атак.",
            "ru",
            "Долговском направлении",
        ),
    ],
)
def test_this_sector_points_to_the_sector_named_before(
    text: str, lang: str, sector: str
) -> None:
    fs = fights(text, lang)
    assert [c.sector for c in fs] == [sector]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fighting goes on in the Kolosky sector. Russian troops advanced in this "
            "sector on Monday.",
            "en",
        ),
        (
            "Бої йдуть на Марівському напрямку. Від початку місяця ворог на цій "
            "ділянці не зміг просунутися ні на метр.",
            "uk",
        ),
        (
            "Бои идут на Долговском направлении. На этом участке наши войска "
            "продвинулись.",
            "ru",
        ),
    ],
)
def test_an_advance_in_this_sector_takes_the_sector_named_before(
    text: str, lang: str
) -> None:
    adv = advances(text, lang)
    assert len(adv) == 1, text
    assert adv[0].sector, text


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Штаб заявив, що частина підрозділів у районі Колосків і Марівки "
            "«перейшла на більш вигідні позиції».",
            "uk",
            ["Колосків", "Марівки"],
        ),
        (
            "Командование заявило, что часть подразделений в районе Колосков и "
            "Маривки «перешла на более выгодные позиции».",
            "ru",
            ["Колосков", "Маривки"],
        ),
        (
            'The command said units near Kolosky and Marivka had "moved to more '
            'favourable positions".',
            "en",
            ["Kolosky", "Marivka"],
        ),
    ],
)
def test_a_quoted_euphemistic_withdrawal_keeps_the_places_before_the_quote(
    text: str, lang: str, places: list[str]
) -> None:
    adv = advances(text, lang)
    assert len(adv) == 1, text
    assert [p.name for p in adv[0].places] == places


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian troops pulled back near Kolosky and Marivka overnight.", "en"),
        ("Підрозділи ЗСУ відійшли з районів Колосків та Марівки.", "uk"),
        ("Українські сили відступили біля Колосків і Марівки.", "uk"),
        ("Подразделения ВСУ отошли из районов Колосков и Маривки.", "ru"),
    ],
)
def test_pulling_back_around_two_places_is_an_advance_not_their_loss(
    text: str, lang: str
) -> None:
    cs = claims(text, lang)
    assert [c.kind for c in cs] == ["advance"], text
    assert len(cs[0].places) == 2
    assert cs[0].gainer == "RU"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Наші бійці тримають оборону біля Колосків.", "uk"),
        ("Ми тримаємо лінію на підступах до Марівки.", "uk"),
        ("Бригада тримала позиції під Довгим тиждень.", "uk"),
        ("Наши бойцы держат оборону у Колосков.", "ru"),
        ("Мы держим линию на подступах к Маривке.", "ru"),
        ("Бригада держала позиции под Долгим неделю.", "ru"),
    ],
)
def test_holding_the_line_near_a_place_is_fighting_uk_ru(text: str, lang: str) -> None:
    fs = fights(text, lang)
    assert len(fs) == 1, text
    assert fs[0].places, text
    assert [c for c in claims(text, lang) if c.kind != "fighting"] == []


# ---- counts of attacks per direction: fighting there (a guard) --------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces attacked 15 times in the Kolosky direction.", "en"),
        ("The enemy carried out 32 assaults on the Marivka axis yesterday.", "en"),
        ("In the Dovhe sector, Ukrainian defenders stopped 12 enemy attacks.", "en"),
        (
            "Противник 20 разів намагався прорвати оборону на Колосківському напрямку.",
            "uk",
        ),
        ("На Марівському напрямку відбулося 14 ворожих атак.", "uk"),
        ("Ворог 11 разів штурмував позиції наших військ поблизу Довгого.", "uk"),
        (
            "Противник 20 раз пытался прорвать оборону на Колосковском направлении.",
            "ru",
        ),
        ("На Маривском направлении отражено 14 атак противника.", "ru"),
        ("Враг 11 раз штурмовал позиции наших войск у Долгого.", "ru"),
    ],
)
def test_attacks_counted_on_a_direction_are_fighting_there(
    text: str, lang: str
) -> None:
    fs = fights(text, lang)
    assert len(fs) == 1, text
    assert fs[0].places or fs[0].sector, text
