"""Session 39, Ukrainian and Russian claims as the press relays them (one
side's claim carried by the other side's outlet, hedges, denials,
corrections, war bloggers' channels): phrasings of our own.

* a voice the narrator relays in the plural ("російські воєнкори пишуть",
  "украинские паблики пишут", "российские СМИ сообщают") tells nothing of
  the narrator's side: "ворог"/"противник" in what it is told to have said
  stays the narrator's enemy (speakers._speaks_once, lang uk/ru
  RELAYED_VOICES; the English twin was en.RELAYED_VOICES).
* channels and publics relayed in lower case ("…, пишуть російські
  паблики", "Как пишут украинские паблики", "сообщают российские
  телеграм-каналы") speak: their head noun is a speaker's (lang uk/ru
  SPEAKER_STEMS); one pointed at through its owner ("их собственные
  паблики", "їхні канали") names nobody (claimants._NOT_A_HEAD).
* an adverb and "не" between a speaker and its verb are no part of its
  name ("Українські джерела поки не підтверджують", "Украинские источники
  пока не подтверждают" gave "… поки", "… пока"; claimants._tidy, lang uk/ru
  SPEAKER_TRAIL_ADVERBS).
* a contrast opening a speaker's clause, alone or before a time adverb
  ("Однак згодом у Генштабі повідомили", "Натомість у ЗСУ кажуть", "Однако
  позже в Минобороны России сообщили", "В то же время DeepState пишет") is
  no part of the speaker (claimants._LEAD_ADVERB, read twice in _tidy; lang
  uk/ru SPEAKER_LEAD_CONTRAST).
* an object fronted with a demonstrative before a denial's verb ("Ці дані
  спростував речник … X", "Эти сведения опроверг спикер … X") is no
  speaker: the one named after the verb is (claimants._OBJECT_FIRST, lang
  uk/ru OBJECT_DEMONSTRATIVES, STATEMENT_OBJECTS).
* a correction's or an update's heading before a colon ("Уточнення:",
  "Поправка:", "Уточнение:", "UPD:") is a label, nobody speaking
  (claimants.is_label; lang en/uk/ru LIVE_LABELS).
* "речь идёт о X" opening a Russian text ("it is about X", a correction's
  form) is no speech's title: "идёт" was the document's issuer (lang ru
  SPEECH_TITLE_WORDS, page_speakers._speech_title); "Речь Владимира
  Путина" still is one.
* a body opening the sentence, an object, then the verb closing it ("У
  Генштабі ЗСУ інформацію про втрату X не підтвердили.", "В Минобороны
  России эту информацию опровергли."): the body speaks; the verb wanted a
  space or a comma after it (claimants._ORG_LEAD).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2024-10-15"


def _only(text: str, lang: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "gainer"),
    [
        ("uk", "Російські воєнкори пишуть, що ворог прорвався біля Добропілля.", "RU"),
        ("uk", "Російські блогери стверджують, що ворог захопив Кучерів Яр.", "RU"),
        (
            "uk",
            "Проросійські телеграм-канали пишуть, що противник просунувся "
            "біля Торецька.",
            "RU",
        ),
        ("ru", "Украинские военкоры пишут, что противник прорвался у Суджи.", "UA"),
        ("ru", "Украинские СМИ сообщают, что противник занял Свердликово.", "UA"),
        (
            "ru",
            "Западные блогеры утверждают, что противник продвинулся у Кременной.",
            "UA",
        ),
    ],
)
def test_relayed_voice_keeps_narrators_enemy(lang: str, text: str, gainer: str):
    c = _only(text, lang)
    assert c.gainer == gainer
    assert c.claimant


def test_relayed_voice_keeps_its_own_actor_words():
    c = _only("Російські воєнкори пишуть, що ЗСУ відступили з Кринок.", "uk")
    assert c.gainer == "RU"
    c = _only("Украинские блогеры утверждают, что ВСУ отбили Работино.", "ru")
    assert c.gainer == "UA"


@pytest.mark.parametrize(
    ("lang", "text", "claimant", "gainer"),
    [
        (
            "uk",
            "ЗСУ залишили Селидове, пишуть російські паблики.",
            "російські паблики",
            "RU",
        ),
        (
            "uk",
            "Як пишуть проросійські телеграм-канали, окупанти зайняли Гірник.",
            "проросійські телеграм-канали",
            "RU",
        ),
        (
            "uk",
            "Сили оборони відбили Роботине, повідомляють українські пабліки.",
            "українські пабліки",
            "UA",
        ),
        (
            "ru",
            "Как пишут украинские паблики, ВСУ оставили Селидово.",
            "украинские паблики",
            "RU",
        ),
        (
            "ru",
            "ВС РФ заняли Горняк, сообщают российские телеграм-каналы.",
            "российские телеграм-каналы",
            "RU",
        ),
        (
            "ru",
            "Как утверждают провоенные каналы, ВСУ отбили Работино.",
            "провоенные каналы",
            "UA",
        ),
    ],
)
def test_lower_case_channels_speak(lang: str, text: str, claimant: str, gainer: str):
    c = _only(text, lang)
    assert c.claimant == claimant
    assert c.gainer == gainer
    assert c.kind == "settlement_control"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "ВСУ оставили Селидово. Это уже подтверждают и их собственные паблики."),
        ("uk", "Окупанти зайняли Гірник. Це визнають і їхні канали."),
    ],
)
def test_owned_channels_name_nobody(lang: str, text: str):
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims
    assert all(
        not (c.claimant or "").lower().startswith(("их", "їхні")) for c in claims
    )


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Українські джерела поки не підтверджують захоплення Невельського.",
            "Українські джерела",
        ),
        (
            "uk",
            "Місцеві пабліки досі не підтверджують захоплення Гірника.",
            "Місцеві пабліки",
        ),
        (
            "uk",
            "Українські військові ще не підтвердили втрату Невельського.",
            "Українські військові",
        ),
        (
            "ru",
            "Украинские источники пока не подтверждают захват Невельского.",
            "Украинские источники",
        ),
        (
            "ru",
            "Российские военкоры уже сообщают о взятии Невельского.",
            "Российские военкоры",
        ),
        (
            "ru",
            "Местные паблики до сих пор не подтверждают потерю Горняка.",
            "Местные паблики",
        ),
    ],
)
def test_adverb_before_verb_is_no_name(lang: str, text: str, claimant: str):
    c = _only(text, lang)
    assert c.claimant == claimant
    assert c.kind == "settlement_control"


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Однак згодом у Генштабі повідомили, що ворог захопив Курахове.",
            "Генштабі",
        ),
        ("uk", "Натомість у ЗСУ кажуть, що ворог просунувся біля Курахового.", "ЗСУ"),
        (
            "uk",
            "Проте пізніше DeepState повідомив, що окупанти зайняли Гірник.",
            "DeepState",
        ),
        (
            "ru",
            "Однако позже в Минобороны России сообщили, что ВС РФ заняли Курахово.",
            "Минобороны России",
        ),
        (
            "ru",
            "В то же время DeepState пишет о продвижении ВС РФ у Торецка.",
            "DeepState",
        ),
        ("ru", "Впрочем, в ВСУ утверждают, что бои за Курахово продолжаются.", "ВСУ"),
    ],
)
def test_contrast_before_speaker_is_no_name(lang: str, text: str, claimant: str):
    c = _only(text, lang)
    assert c.claimant == claimant


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "Міноборони Росії заявило про захоплення Невельського. Ці дані "
            "спростував речник угруповання «Хортиця» Назар Волошин.",
            "Назар Волошин",
        ),
        (
            "uk",
            "Окупанти заявили про захоплення Гірника. Цю інформацію спростував "
            "речник бригади Андрій Коваленко.",
            "Андрій Коваленко",
        ),
        (
            "uk",
            "Росіяни заявили про захоплення Гірника. Ці відомості спростували "
            "в Генштабі ЗСУ.",
            "Генштабі ЗСУ",
        ),
        (
            "ru",
            "Минобороны России заявило о взятии Невельского. Эти сведения "
            "опроверг спикер группировки «Хортица» Назар Волошин.",
            "Назар Волошин",
        ),
        (
            "ru",
            "ВСУ заявили об освобождении Работино. Эту информацию опроверг "
            "военкор Андрей Руденко.",
            "Андрей Руденко",
        ),
        (
            "ru",
            "Российские паблики сообщили о взятии Горняка. Эти сообщения "
            "опровергли в Генштабе ВСУ.",
            "Генштабе ВСУ",
        ),
    ],
)
def test_fronted_object_before_denial_is_no_speaker(
    lang: str, text: str, claimant: str
):
    claims = extract_claims(text, published=PUB, language=lang)
    assert len(claims) == 2, claims
    denial = claims[1]
    assert denial.negated
    assert denial.claimant == claimant
    assert claims[0].gainer == denial.gainer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Уточнення: окупанти захопили Новогродівку, а не Новоселівку."),
        ("uk", "Поправка: ЗСУ залишили Гірник, а не Горняк."),
        ("uk", "UPD: ворог просунувся біля Торецька."),
        ("ru", "Уточнение: ВС РФ заняли Новогродовку, а не Новоселовку."),
        ("ru", "Поправка: ВСУ оставили Горняк."),
        ("ru", "UPD: ВС РФ продвинулись у Торецка."),
        ("en", "UPD: Russian forces captured Hirnyk."),
    ],
)
def test_correction_heading_is_no_speaker(lang: str, text: str):
    c = _only(text, lang)
    assert c.claimant is None
    assert c.gainer == "RU"


def test_correction_heading_leaves_the_speaker_after_it():
    c = _only("UPD: Міноборони РФ заявило про захоплення Новогродівки.", "uk")
    assert c.claimant is not None and c.claimant.endswith("РФ")


@pytest.mark.parametrize(
    "text",
    [
        "Речь идёт о Новогродовке, а не о Новоселовке. ВС РФ заняли Новогродовку.",
        "Уточнение: речь идет о Горняке. ВСУ оставили Горняк.",
        "Речь шла о селе Невельское. Противник продвинулся у Невельского.",
    ],
)
def test_rech_idet_is_no_speech_title(text: str):
    c = _only(text, "ru")
    assert c.claimant is None


def test_speech_title_still_names_its_speaker():
    c = _only("Речь Владимира Путина 9 мая\nВС РФ заняли Новогродовку.", "ru")
    assert c.claimant == "Владимира Путина"


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        (
            "uk",
            "У Генштабі ЗСУ інформацію про втрату Курахового не підтвердили.",
            "Генштабі ЗСУ",
        ),
        ("uk", "У ЗСУ втрату Гірника спростували.", "ЗСУ"),
        (
            "uk",
            "У Міноборони України повідомлення про захоплення Гірника спростували.",
            "Міноборони України",
        ),
        (
            "ru",
            "В Генштабе ВСУ информацию о потере Кураховки не подтвердили.",
            "Генштабе ВСУ",
        ),
        (
            "ru",
            "В Минобороны России информацию о потере Суджи опровергли.",
            "Минобороны России",
        ),
        ("ru", "В ВСУ сообщения о потере Горняка опровергли.", "ВСУ"),
    ],
)
def test_body_object_then_closing_verb(lang: str, text: str, claimant: str):
    c = _only(text, lang)
    assert c.claimant == claimant
