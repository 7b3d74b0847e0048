"""Rule families for text nobody tuned for (issue 8), each in phrasings of our own.

Every sentence here is invented for the test (no dev or article text); each
family is tried in three phrasings per language where it applies.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claimants import find_claimant
from frontline.text.claims import extract_claims
from frontline.text.rules.skips import SKIPS, example_span, skip_reason

PUB = date(2025, 6, 14)


def kinds(text: str, lang: str) -> list[str]:
    return [c.kind for c in extract_claims(text, published=PUB, language=lang)]


SC = "settlement_control"


def claims(text: str, lang: str):
    return extract_claims(text, published=PUB, language=lang)


# ---- family 4: fighting without a fight verb ------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The enemy offensive continues in the Kolosky sector."),
        ("en", "Russian units are seeking to seize Kolosky before the rains."),
        ("en", "Moscow's commanders are focusing their efforts to take Kolosky."),
        ("en", "Kyiv reported attempts by enemy assault groups to enter Kolosky."),
        ("en", "The invaders are trying to recapture lost trenches near Kolosky."),
        ("uk", "Загарбники наступають на південь від Колосків."),
        ("uk", "Ворог чинить сильний тиск біля Колосків."),
        ("uk", "Противник здійснює постійний тиск поблизу Колосків."),
        ("ru", "Противник наступает на запад от Колосков."),
        ("ru", "Подразделения продолжают наступать на юг от Колосков."),
        ("ru", "Штурмовики наступали на север от Колосков весь день."),
    ],
)
def test_fighting_without_a_fight_verb(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["fighting"], text


# ---- family 5: modal and reported forms ------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Marines were able to liberate the hamlet of Kolosky.", SC),
        ("en", "The brigade was able to recapture Kolosky at dawn.", SC),
        ("en", "Our troops continue to move forward on the Kolosky front.", "advance"),
        ("uk", "Десантники змогли деокупувати село Колоски.", SC),
        ("uk", "Сили оборони деокупували ще 12 сіл на півдні.", SC),
        ("uk", "Під наш контроль перейшло 9 кв. км.", "area_change"),
        ("ru", "Под наш контроль перешло 9 кв. км за неделю.", "area_change"),
        ("ru", "Под российский контроль перешло село Колоски.", SC),
        ("ru", "Бойцы деоккупировали село Колоски.", SC),
    ],
)
def test_modal_and_reported_gains(lang: str, text: str, kind: str) -> None:
    assert kinds(text, lang) == [kind], text


@pytest.mark.parametrize(
    "text",
    [
        "They would be able to liberate Kolosky within a week.",
        "Commanders hope they will be able to recapture Kolosky.",
        "Nobody knows if the brigade is able to hold on.",
    ],
)
def test_prospective_ability_is_no_claim(text: str) -> None:
    assert kinds(text, "en") == [], text


# ---- family 7: false positives ----------------------------------------------
@pytest.mark.parametrize("rule", SKIPS, ids=lambda r: r.reason[:40])
def test_every_skip_rule_skips_its_own_example(rule) -> None:
    text, a, b = example_span(rule.example)
    lang = rule.langs[0]
    assert skip_reason(text, a, b, rule.families[0], lang) == rule.reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # people freed or taken prisoner
        ("en", "Dozens of conscripts were captured near the border crossing."),
        ("en", "Some 120 servicemen had been captured in the pocket."),
        ("uk", "З полону звільнили 84 військових, зокрема прикордонників."),
        ("uk", "Вдалося звільнити ще 12 наших захисників із Оленівки."),
        ("ru", "Из плена освободили 40 военных, среди них моряки."),
        # demands and conditions
        ("en", "The Kremlin demanded Kyiv withdraw from Kolosky region."),
        ("en", "Moscow insisted that Ukraine leave the Kolosky district."),
        ("en", "If the tanks entered Kolosky the bridge would be lost."),
        ("uk", "Кремль вимагає вивести війська з Колосківської області."),
        ("uk", "Якщо ворог зайде в Колоски, міст буде під загрозою."),
        ("ru", "Если войска вошли в Колоски ночью, мост уже потерян."),
        # pending and prospective
        ("en", "Kolosky comes next after Vilne is retaken."),
        ("en", "Once the town is captured the road opens to Kolosky."),
        ("en", "Commanders were under pressure to show progress near Kolosky."),
        # strikes and damage are no fighting
        ("en", "Police helped residents after the terrorist attack in Kolosky."),
        ("en", "The number of homes in Kolosky damaged by frequent attacks rose."),
        ("en", "Supply routes to Kolosky are under full fire control of the enemy."),
        # page furniture and headline title case
        ("en", "Left Menu"),
        ("en", "Left Bank of the river near Kolosky"),
    ],
)
def test_no_claim(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], text


# ---- family 6: whose gain ----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Село Колоски перейшло під повний контроль російських військ.", "RU"),
        ("uk", "Колоски перейшли під контроль окупантів минулого тижня.", "RU"),
        ("uk", "Хутір Вільне перейшов під контроль ЗСУ.", "UA"),
        ("ru", "Село Колоски перешло под полный контроль украинских войск.", "UA"),
        ("ru", "Колоски перешли под контроль российских войск.", "RU"),
        ("ru", "Хутор Вольное перешёл под контроль ВСУ.", "UA"),
    ],
)
def test_the_holder_named_at_control_gains(lang: str, text: str, gainer: str) -> None:
    got = [c for c in claims(text, lang) if c.kind == SC]
    assert got and all(c.gainer == gainer for c in got), text


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        (
            "ru",
            "Украинские войска заняли Колоски в августе. "
            "Теперь освобождены населённые пункты Колоски и Вольное.",
            "RU",
        ),
        (
            "ru",
            "ВСУ захватили Колоски летом. В марте освобождено село Колоски.",
            "RU",
        ),
        (
            "uk",
            "Росіяни захопили Колоски навесні. Згодом звільнено село Колоски.",
            "UA",
        ),
    ],
)
def test_an_agentless_liberation_is_the_speaking_sides(
    lang: str, text: str, gainer: str
) -> None:
    got = claims(text, lang)
    assert got[-1].kind == SC and got[-1].gainer == gainer, [
        (c.kind, c.gainer) for c in got
    ]


# ---- family 3: captures without a named place --------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Enemy units captured two more villages in the east.", 2),
        ("en", "Kyiv's brigades retook three small villages overnight.", 3),
        ("en", "The ministry claimed the capture of four villages on Monday.", 4),
        ("uk", "Загарбники захопили ще два села на сході.", 2),
        ("uk", "Аналітики повідомили про окупацію трьох сіл за тиждень.", 3),
        ("uk", "Бригада деокупувала 15 сіл за місяць.", 15),
        ("ru", "Агентство сообщило о захвате трёх сёл за неделю.", 3),
        ("ru", "Армия взяла под контроль ещё два населённых пункта.", 2),
        ("ru", "Подразделения заняли пять сёл у границы.", 5),
    ],
)
def test_counted_captures_without_names(lang: str, text: str, count: int) -> None:
    got = claims(text, lang)
    assert [c.kind for c in got] == [SC], text
    assert got[0].extra.get("settlements_count") == count


# ---- status and movement without the usual verbs ------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Enemy units are advancing along the entire front line.", "advance"),
        ("en", "Our troops pushed forward across the whole front.", "advance"),
        (
            "en",
            "The invaders are advancing on all fronts, the general said.",
            "advance",
        ),
        ("uk", "Окупанти просуваються по всій лінії фронту.", "advance"),
        ("uk", "Ворог просувається на всіх напрямках.", "advance"),
        ("ru", "Войска продвигаются по всей линии фронта.", "advance"),
        ("ru", "Армия продвигается на всех направлениях.", "advance"),
        ("en", "Vilne has been held by Russia since spring.", SC),
        ("en", "Vilne is held by Ukrainian troops.", SC),
        ("en", "Vilne remains held by Moscow's troops.", SC),
        ("en", "Vilne came under full Ukrainian control at noon.", SC),
        ("en", "Vilne fell under complete Russian control overnight.", SC),
        ("en", "Vilne is now ours, the commander said.", SC),
        (
            "en",
            "The summer saw Kyiv cede 400 square kilometres.",
            "area_change",
        ),
        ("en", "Our units dislodged the invaders from Vilne.", SC),
        ("en", "They opened a breach in the enemy defences near Vilne.", "advance"),
    ],
)
def test_status_and_movement(lang: str, text: str, kind: str) -> None:
    assert kind in kinds(text, lang), (text, kinds(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Heavy fighting is reported near Vilne. Clashes continue on the outskirts.",
        ),
        ("en", "Assaults on Vilne went on. Hostilities are raging in the vicinity."),
        ("en", "Attacks near Vilne persisted. It is a grey zone where battles go on."),
        ("uk", "Біля Вільного тривають бої. Бої точаться на околицях."),
        ("ru", "Под Вольным идут бои. Бои продолжаются на окраинах."),
    ],
)
def test_local_fighting_takes_the_place_before(lang: str, text: str) -> None:
    got = [c for c in claims(text, lang) if c.kind == "fighting"]
    assert len(got) == 2 and got[1].places, [(c.kind, c.places) for c in got]


def test_every_claim_records_its_rule() -> None:
    text = (
        "Ukrainian forces recaptured 14 square kilometres near Vilne last week. "
        "They also liberated the village of Kolosky. Heavy fighting continues "
        "near Dibrova. Russian troops advanced 2 km toward Lypky."
    )
    got = claims(text, "en")
    assert {c.kind for c in got} == {
        "area_change",
        "settlement_control",
        "fighting",
        "advance",
    }
    rules = {c.kind: c.extra["rule"] for c in got}
    assert rules["fighting"] == "fighting:fight"
    assert rules["advance"] == "advance:advance"
    assert rules["settlement_control"] == "settlement:capture"
    assert rules["area_change"] == "area:capture"


# ---- claimants ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "sentence", "name"),
    [
        ("ru", "Петренко также сообщил, что бригада заняла Вольное.", "Петренко"),
        (
            "ru",
            "Штаб группировки в Telegram-канале сообщил об успехе.",
            "Штаб группировки",
        ),
        ("uk", "Про це повідомив Петренко від 3 травня.", "Петренко"),
        ("uk", "Коваль також заявив, що бригада тримає Вільне.", "Коваль"),
        (
            "en",
            "According to Kolosky Monitor data, Russia took 50 sq km.",
            "Kolosky Monitor",
        ),
        ("en", "In a video, Petrenko said the brigade held Vilne.", "Petrenko"),
    ],
)
def test_claimant_without_trailing_words(lang: str, sentence: str, name: str) -> None:
    c = find_claimant(sentence, lang)
    assert c is not None and c.name == name, c


@pytest.mark.parametrize(
    "sentence",
    [
        "The publication said the town had fallen.",
        "His report says the brigade pulled back.",
        "This was announced by the regional governor.",
    ],
)
def test_a_document_stands_for_the_speaker_before(sentence: str) -> None:
    c = find_claimant(sentence, "en")
    assert c is not None and c.pronoun and c.name is None


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "“Our marines liberated Vilne this morning.” Petrenko said.",
            "Petrenko",
        ),
        ("uk", "«Наші бійці звільнили Вільне». Про це заявив Коваль.", "Коваль"),
        ("ru", "«Бойцы освободили Вольное». Об этом сообщил Петренко.", "Петренко"),
    ],
)
def test_attribution_in_the_next_sentence(lang: str, text: str, name: str) -> None:
    got = claims(text, lang)
    assert got and got[0].claimant == name, [(c.kind, c.claimant) for c in got]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Raids target Vilne, but the village is controlled by Ukrainian units.",
            "Vilne",
        ),
        (
            "Assaults hit Dibrova, yet Ukrainian forces continue holding control "
            "of the settlement.",
            "Dibrova",
        ),
        ("Moscow wants Lypky. The town is held by Ukrainian marines.", "Lypky"),
    ],
)
def test_a_hold_of_the_settlement_named_before(text: str, place: str) -> None:
    got = [c for c in claims(text, "en") if c.kind == SC]
    assert len(got) == 1 and [p.name for p in got[0].places] == [place], got


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "The Guard of Ukraine continue to conduct offensive actions in the "
            "Vilne and Lypky directions.",
            "fighting",
        ),
        (
            "en",
            "Units of the corps resumed assault operations in the Vilne sector.",
            "fighting",
        ),
        (
            "en",
            "Russian troops were making advancements across the front line.",
            "advance",
        ),
        ("uk", "Бригада звільнила понад 30 міст та сіл області.", SC),
        ("ru", "Армия заняла более 20 городов и сёл.", SC),
        ("en", "The brigades retook three cities in a week.", SC),
    ],
)
def test_plural_sectors_verb_phrases_and_count_nouns(
    lang: str, text: str, kind: str
) -> None:
    assert kind in kinds(text, lang), (text, kinds(text, lang))


# ---- denials that point back ----------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Moscow said it took Vilne. Kyiv has repeatedly rejected these assertions.",
        ),
        ("en", "Russia claimed Vilne. Ukraine's command acknowledged no such losses."),
        ("en", "Russia claimed Vilne. Kyiv has never acknowledged the capture."),
        ("uk", "Росія заявила про захоплення Вільного. Генштаб спростовує це."),
        ("ru", "Армия РФ заявила о взятии Вольного. Киев опровергает утрату контроля."),
    ],
)
def test_a_denial_points_back(lang: str, text: str) -> None:
    got = [c for c in claims(text, lang) if c.kind == SC]
    assert len(got) == 2 and not got[0].negated and got[1].negated, [
        (c.quote, c.negated) for c in got
    ]
    assert got[1].claimant and got[1].claimant.split()[-1] not in ("repeatedly", "has")


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб спростовує заяви росіян про захоплення Вільного.",
        "Командування спростовує повідомлення про захоплення Вільного.",
        "Бригада спростовує чутки про захоплення Вільного.",
    ],
)
def test_a_present_tense_ukrainian_denial_negates(text: str) -> None:
    got = claims(text, "uk")
    assert got and all(c.negated for c in got), [(c.kind, c.negated) for c in got]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kyiv's units waged a bitter fight for the town of Vilne."),
        ("en", "Defenders are stubbornly resisting in Vilne."),
        ("en", "Moscow is pounding brigades encircled in the town of Vilne."),
        ("uk", "Тривають пошуково-штурмові дії у Вільному."),
        ("uk", "Окупанти пробують просочитися в лісосмуги біля Вільного."),
        ("uk", "Захисники чинять запеклий опір у Вільному."),
        ("ru", "Продолжаются поисково-штурмовые действия в Вольном."),
        ("ru", "Противник пробует зайти в лесополосы у Вольного."),
        ("ru", "Гарнизон оказывает упорное сопротивление в Вольном."),
    ],
)
def test_more_fighting_words(lang: str, text: str) -> None:
    assert kinds(text, lang) == ["fighting"], (text, kinds(text, lang))


def test_background_clashes_after_of_are_no_fighting() -> None:
    text = "Vilne lies in the main area of Russia-Ukraine clashes since 2022."
    assert kinds(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Marines took 40 square kilometres, including the village of Vilne.",
            "Vilne",
        ),
        ("uk", "Бригада звільнила 120 кв. км, зокрема село Вільне.", "Вільне"),
        ("ru", "Армия заняла 90 кв. км, в том числе поселок Вольное.", "Вольное"),
    ],
)
def test_a_settlement_included_in_an_area(lang: str, text: str, place: str) -> None:
    got = claims(text, lang)
    assert sorted(c.kind for c in got) == ["area_change", SC], got
    sc = next(c for c in got if c.kind == SC)
    assert [p.name for p in sc.places] == [place] and sc.area_km2 is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Ворог не в змозі закріпитися біля Вільного."),
        ("uk", "Окупанти неспроможні просунутися до Вільного."),
        ("ru", "Противник не в состоянии продвинуться к Вольному."),
    ],
)
def test_inability_is_no_advance(lang: str, text: str) -> None:
    assert "advance" not in kinds(text, lang), kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "uk",
            "Бої за Вільне тривають. Сили оборони утримують південну частину міста.",
            "Вільне",
        ),
        ("ru", "Бои за Вольное идут. ВСУ удерживают северную часть города.", "Вольное"),
        (
            "en",
            "Vilne is under attack. Ukrainian troops hold parts of the city.",
            "Vilne",
        ),
    ],
)
def test_a_held_part_of_the_city_named_before(lang: str, text: str, place: str) -> None:
    got = [c for c in claims(text, lang) if c.kind == SC]
    assert got and got[-1].places and got[-1].places[0].name.startswith(place[:5]), got


def test_a_ukrainian_gerund_takes_control() -> None:
    text = "Бригада просунулася на 2 км, взявши під контроль 5 кв. км території."
    got = claims(text, "uk")
    assert "area_change" in [c.kind for c in got]
    assert next(c for c in got if c.kind == "area_change").area_km2 == 5


# ---- whole-zone statements and Moscow's words ---------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        (
            "en",
            "The grouping completed the liberation of the territory of the LPR.",
            "RU",
        ),
        (
            "ru",
            "Группировка завершила освобождение территории ЛНР "
            "в своей зоне ответственности.",
            "RU",
        ),
        ("uk", "Угруповання завершило звільнення території Сумської області.", "UA"),
    ],
)
def test_a_whole_zone_is_an_area_without_a_figure(
    lang: str, text: str, gainer: str
) -> None:
    got = claims(text, lang)
    assert [c.kind for c in got] == ["area_change"], got
    assert got[0].area_km2 is None and got[0].gainer == gainer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '<img alt="Marines who liberated Vilne raise a flag">'),
        ("en", "Ukraine must retake Vilne before the winter, the minister said."),
        ("en", "Russia is poised to capture Vilne, analysts warn."),
        ("uk", "Чи зможе армія звільнити Вільне до зими?"),
        ("ru", "Удастся ли армии взять Вольное до зимы?"),
        ("ru", "Освободят ли войска Вольное?"),
    ],
)
def test_alt_text_questions_and_obligations_are_no_claims(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Moscow says it has captured Vilne, a claim Kyiv denies.", "Kyiv"),
        ("Wagner said it took Vilne, a claim the Ukrainian army rejected.", "army"),
        ("Russia reported the fall of Vilne, a claim Ukraine disputes.", "Ukraine"),
    ],
)
def test_a_claim_someone_denies(text: str, denier: str) -> None:
    got = [c for c in claims(text, "en") if c.kind == SC]
    assert [c.negated for c in got] == [False, True], [
        (c.quote, c.negated) for c in got
    ]
    assert got[1].claimant.split()[-1] == denier and got[1].places == got[0].places


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops are closing in on Vilne.",
        "Ukrainian units closed in on Vilne overnight.",
        "The assault groups close in on Vilne from the south.",
    ],
)
def test_closing_in_is_an_advance(text: str) -> None:
    assert kinds(text, "en") == ["advance"], kinds(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Russian forces took the eastern village of Vilne.", SC),
        ("en", "Kyiv's marines took a small village near Lypky.", SC),
        (
            "en",
            "Moscow's troops have been trying for months to take Vilne.",
            "fighting",
        ),
        ("uk", "Ситуація біля Вільного залишається напруженою.", "fighting"),
        ("uk", "Ситуація під Вільним дуже гаряча.", "fighting"),
        ("ru", "Обстановка у Вольного остается напряженной.", "fighting"),
        ("ru", "Ситуация у Вольного очень горячая.", "fighting"),
    ],
)
def test_more_wire_phrasings(lang: str, text: str, kind: str) -> None:
    assert kinds(text, lang) == [kind], kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He took the train to Vilne."),
        ("uk", "Ситуація в економіці Вільного залишається напруженою."),
        ("en", "The situation in the economy of Vilne remains tense."),
    ],
)
def test_lookalikes_stay_silent(lang: str, text: str) -> None:
    assert kinds(text, lang) == [], kinds(text, lang)


def test_the_verb_before_a_count_governs_it() -> None:
    text = "Moscow said its troops had retaken three villages seized by Ukraine."
    got = [c for c in claims(text, "en") if c.kind == SC]
    assert len(got) == 1 and got[0].gainer == "RU", got


@pytest.mark.parametrize(
    "text",
    [
        "Moscow took Vilne. Kyiv rejected these claims, insisting that Ukrainian units "
        "still hold parts of Vilne.",
        "Russia said it seized Vilne. Ukraine dismissed the reports, saying that "
        "Ukrainian troops still control Vilne.",
        "Wagner claimed Vilne. Kyiv denied the claims, adding that Ukrainian brigades "
        "hold the town of Vilne.",
    ],
)
def test_a_counter_claim_after_a_denial_is_not_negated(text: str) -> None:
    got = [c for c in claims(text, "en") if c.extra.get("holding")]
    assert got and not got[-1].negated, [(c.quote, c.negated) for c in got]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Our units hold the village of Vilne. Fighting goes on near Lypky. "
            "Petrenko told the regional channel about the situation.",
            "Petrenko",
        ),
        (
            "uk",
            "Бригада Коваля звітує. Бійці утримують Вільне, повідомив Коваль. "
            "Тривають бої біля Липок.",
            "Коваль",
        ),
        (
            "ru",
            "Бои идут у Вольного. Об этом сообщил Петренко.",
            "Петренко",
        ),
    ],
)
def test_an_unattributed_claim_is_the_nearest_speakers(
    lang: str, text: str, speaker: str
) -> None:
    got = claims(text, lang)
    assert got and all(c.claimant == speaker for c in got), [
        (c.kind, c.claimant) for c in got
    ]


def test_no_speaker_is_invented() -> None:
    got = claims("Fighting goes on near Lypky. Vilne remains contested.", "en")
    assert got and all(c.claimant is None for c in got)
