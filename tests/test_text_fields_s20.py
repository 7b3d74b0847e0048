"""Frame fields of matched claims: negation, the gainer of denials, and
running totals of shares (own sentences, three phrasings per rule and
language; no shared data)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = date(2025, 3, 14)


def _one(text: str, lang: str, kind: str = "settlement_control") -> dict:
    cs = [
        claim_to_record(c)
        for c in extract_claims(text, published=PUB, language=lang)
        if c.kind == kind
    ]
    assert len(cs) == 1, (text, cs)
    return cs[0]


# ---- a denial verb in any tense negates the claim it governs ---------------
DENIAL_VERBS = [
    ("uk", "Речник бригади заперечив захоплення Вербівки російськими військами."),
    ("uk", "Командування заперечило, що окупанти захопили Вербівку."),
    ("uk", "Інформацію про захоплення Вербівки заперечили в ЗСУ."),
    ("en", "Kyiv disputes Moscow's claim to have captured Verbivka."),
    (
        "en",
        "The brigade said its soldiers still hold the area, denying Russian "
        "claims of seizing Verbivka.",
    ),
    ("en", "Ukraine's army disputed reports that Russian troops had taken Verbivka."),
    ("ru", "Украинские военные отвергли сообщения о захвате Вербовки."),
    ("ru", "В ВСУ назвали ложью заявление о взятии Вербовки."),
    ("ru", "Командование ВСУ отвергло, что российские войска взяли Вербовку."),
]


@pytest.mark.parametrize(("lang", "text"), DENIAL_VERBS)
def test_a_denial_verb_negates_the_capture_it_governs(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


def test_a_disputed_area_is_no_denial():
    c = _one("Russian troops captured Verbivka in the disputed district.", "en")
    assert c["negated"] is False


# ---- a contrast that calls the claim untrue ---------------------------------
CONTRAST_UNTRUE = [
    ("en", "Russian bloggers say their troops took Verbivka, but this is not true."),
    ("en", "Moscow claims its forces captured Verbivka, but that is false."),
    (
        "en",
        "Russian bloggers reported the fall of Verbivka, but that was not the "
        "case, the brigade said.",
    ),
    ("uk", "Росіяни кажуть, що захопили Вербівку, але це не так."),
    ("uk", "Окупанти звітують про захоплення Вербівки, проте це неправда."),
    ("uk", "Ворог стверджує, що взяв Вербівку, однак це не відповідає дійсності."),
    ("ru", "Российские блогеры пишут, что войска заняли Вербовку, но это не так."),
    ("ru", "Россияне заявляют о захвате Вербовки, однако это ложь."),
    (
        "ru",
        "Российские каналы сообщают о взятии Вербовки, но это не соответствует "
        "действительности.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONTRAST_UNTRUE)
def test_a_contrast_calling_the_claim_untrue_negates_it(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


def test_a_contrast_about_something_else_does_not_negate():
    c = _one("Russian troops took Verbivka, but this is not the end.", "en")
    assert c["negated"] is False


# ---- no news of a capture: negated, the other side's gain -------------------
NO_NEWS = [
    (
        "en",
        "Ukrainian officials said they had no information about the capture of "
        "Verbivka.",
    ),
    (
        "en",
        "The General Staff said it had no confirmed information on the seizure "
        "of Verbivka.",
    ),
    (
        "en",
        "A Ukrainian spokesman said there was no evidence of the capture of Verbivka.",
    ),
    ("uk", "Генштаб ЗСУ повідомив, що інформації про захоплення Вербівки немає."),
    ("uk", "Речник ОТУ сказав, що підтверджень захоплення Вербівки немає."),
    ("uk", "У Силах оборони зазначили, що даних про окупацію Вербівки немає."),
    ("ru", "В Генштабе ВСУ заявили, что информации о захвате Вербовки нет."),
    ("ru", "Украинский военный сообщил, что подтверждений взятия Вербовки нет."),
    ("ru", "Представитель ВСУ сказал, что сведений о захвате Вербовки нет."),
]


@pytest.mark.parametrize(("lang", "text"), NO_NEWS)
def test_no_news_of_a_capture_is_the_other_sides_gain_negated(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


def test_news_of_a_capture_is_not_negated():
    c = _one("По информации о ходе боев, российские войска заняли Вербовку.", "ru")
    assert (c["negated"], c["gainer"]) == (False, "RU")


# ---- a denied loss: the denier kept the place, the other side's gain denied --
DENIED_LOSS = [
    ("uk", "Командир бригади заперечив інформацію про втрату Вербівки."),
    ("uk", "Речник спростував повідомлення про втрату Вербівки."),
    ("uk", "У ЗСУ спростували чутки про втрату Вербівки."),
    ("en", "The Ukrainian spokesman denied the loss of Verbivka."),
    ("en", "Kyiv denied reports of the loss of Verbivka."),
    ("en", "A Ukrainian commander rejected reports of the loss of Verbivka."),
    ("ru", "Украинский спикер отрицает потерю Вербовки."),
    ("ru", "В ВСУ отрицают потерю Вербовки."),
    ("ru", "Генштаб ВСУ опроверг потерю Вербовки."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED_LOSS)
def test_a_denied_loss_is_the_other_sides_gain_negated(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


# ---- the claim called false by a predicate -----------------------------------
PREDICATE_FALSE = [
    (
        "en",
        "The spokesman said reports of the fall of Verbivka were Russian propaganda.",
    ),
    (
        "en",
        "Ukrainian officials said Russian reports of the capture of Verbivka "
        "were Kremlin propaganda.",
    ),
    ("uk", "Повідомлення про захоплення Вербівки неправдиві."),
    ("uk", "Росіяни брешуть, що захопили Вербівку."),
    ("uk", "Неправда, що Вербівку захоплено."),
    ("ru", "Сообщения о взятии Вербовки российскими войсками недостоверные."),
    ("ru", "Сведения о захвате Вербовки российскими частями ложные."),
    ("ru", "Россияне лгут, что заняли Вербовку."),
]


@pytest.mark.parametrize(("lang", "text"), PREDICATE_FALSE)
def test_a_claim_called_false_is_negated(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


# ---- a share of a territory won or lost is a running total -------------------
SHARE_TOTAL = [
    (
        "en",
        "Ukrainian forces have recaptured about 40 percent of the territory "
        "Russia seized in the region.",
        "UA",
    ),
    (
        "en",
        "Kyiv says its troops have liberated 60% of the land occupied since the "
        "invasion.",
        "UA",
    ),
    (
        "en",
        "Russian troops have retaken 55 percent of the territory Kyiv seized, "
        "the ministry said on Tuesday.",
        "RU",
    ),
    ("uk", "ЗСУ звільнили понад 50% окупованої території області.", "UA"),
    (
        "uk",
        "Сили оборони деокупували близько 40 відсотків захопленої території району.",
        "UA",
    ),
    ("uk", "За даними Генштабу, звільнено 30% території, яку окупували росіяни.", "UA"),
    ("ru", "Российские войска освободили более 60% территории района.", "RU"),
    (
        "ru",
        "В Курской области освобождено свыше 70% территории, захваченной противником.",
        "RU",
    ),
    ("ru", "ВСУ потеряли около 40 процентов захваченной территории.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), SHARE_TOTAL)
def test_a_share_of_a_territory_is_a_running_total(lang, text, gainer):
    c = _one(text, lang, "area_change")
    assert c["share_pct"] and c["cumulative"] is True
    assert c["gainer"] == gainer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia captured 0.5% of Ukrainian territory in 2024."),
        ("uk", "За минулий місяць росіяни окупували 0,2% території області."),
        ("ru", "За неделю российские войска освободили 3% территории района."),
    ],
)
def test_a_share_in_a_bounded_span_is_an_increment(lang, text):
    c = _one(text, lang, "area_change")
    assert c["share_pct"] and c["cumulative"] is False


# ---- "the enemy" after a fronted place phrase is the subject -----------------
FRONTED_ENEMY = [
    ("uk", "Біля Вербівки ворог просунувся на кілометр.", "RU"),
    ("uk", "В районі Вербівки противник просунувся.", "RU"),
    ("uk", "Під Вербівкою ворог не просунувся.", "RU"),
    # a Russian text with no speaker: "противник" is Kyiv's army
    ("ru", "Под Вербовкой противник продвинулся.", "UA"),
    ("ru", "В районе Вербовки противник продвинулся на 2 км.", "UA"),
    ("ru", "Возле Вербовки враг продвинулся на 2 км.", "UA"),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), FRONTED_ENEMY)
def test_the_enemy_after_a_fronted_place_is_the_actor(lang, text, gainer):
    c = _one(text, lang, "advance")
    assert c["gainer"] == gainer


# ---- a capture kept from happening is the other side's, negated --------------
PREVENTED = [
    (
        "en",
        "The brigade did not let Russian units seize Verbivka, its commander said.",
        "RU",
    ),
    ("en", "Ukraine's army has so far not let Russian troops seize Verbivka.", "RU"),
    ("uk", "Українські військові не допустили захоплення Вербівки.", "RU"),
    ("uk", "Сили оборони не дали ворогу захопити Вербівку.", "RU"),
    ("uk", "Російські війська не дали ЗСУ звільнити Вербівку.", "UA"),
    ("ru", "Украинские подразделения не допустили захвата Вербовки.", "RU"),
    ("ru", "ВСУ не дали противнику захватить Вербовку.", "RU"),
    ("ru", "ВСУ не позволили российским войскам захватить Вербовку.", "RU"),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), PREVENTED)
def test_a_prevented_capture_is_the_other_sides_negated(lang, text, gainer):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, gainer)


# ---- what a denier asserts after a new saying verb is not denied -------------
ASSERTED_AFTER_DENIAL = [
    (
        "uk",
        "Речник ЗСУ заперечив це і заявив, що Вербівка під контролем "
        "українських військ.",
        "UA",
    ),
    (
        "uk",
        "Командир спростував чутки й наголосив, що Вербівка під контролем Сил оборони.",
        "UA",
    ),
    (
        "ru",
        "Спикер ВСУ опроверг это и заявил, что Вербовка под контролем "
        "украинских военных.",
        "UA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "gainer"), ASSERTED_AFTER_DENIAL)
def test_a_holding_asserted_after_a_denial_is_not_negated(lang, text, gainer):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (False, gainer)


# ---- a writer's contrast is no denial by the claim's subject -----------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Russian ministry reported the capture of Verbivka, however "
            "this is untrue.",
        ),
        ("uk", "Міноборони РФ заявило про захоплення Вербівки, але це неправда."),
        ("ru", "Минобороны России сообщило о взятии Вербовки, но это не так."),
    ],
)
def test_a_contrast_keeps_the_claimants_side(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (True, "RU")


# ---- "the General Staff" is a body: the place after it is no general's name --
@pytest.mark.parametrize(
    "text",
    [
        "According to the General Staff, Russian troops captured Verbivka.",
        "According to Ukraine's General Staff, the enemy captured Verbivka.",
        "As the General Staff reported, Russian units took Verbivka.",
    ],
)
def test_a_place_after_the_general_staff_is_kept(text):
    c = _one(text, "en")
    assert (c["gainer"], c["places"]) == ("RU", [{"name": "Verbivka"}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Moscow says the advance has been stopped and that Russian "
            "troops have retaken Verbivka.",
        ),
        (
            "uk",
            "Міноборони РФ заявило, що наступ зупинено і що війська відбили Вербівку.",
        ),
        (
            "ru",
            "В Минобороны России заявили, что наступление остановлено, а "
            "войска отбили Вербовку.",
        ),
    ],
)
def test_a_stopped_advance_does_not_prevent_a_later_capture(lang, text):
    c = _one(text, lang)
    assert (c["negated"], c["gainer"]) == (False, "RU")
