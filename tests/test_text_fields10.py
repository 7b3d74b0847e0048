"""Frame fields on claims already found: whose gain, running tallies, denials.

Each rule in phrasings of our own, per language where it applies, with the
look-alikes it must leave alone. These tests never read ``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2024, 11, 20)  # a Wednesday


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, doc_id="t", published=DAY, language=lang)


def _about(text: str, lang: str, place: str, kind: str | None = None):
    """The one claim naming ``place`` (of ``kind`` when given)."""
    found = [
        c
        for c in _claims(text, lang)
        if any(place in p.name for p in c.places) and (kind is None or c.kind == kind)
    ]
    assert len(found) == 1, [(c.kind, c.quote) for c in _claims(text, lang)]
    return found[0]


# --- "we" is the voice of the text, not of a side it relays ------------------
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Командир роти розповів про бої. Ми тримаємо Вербове, і вони це знають. "
            "— Росіяни пишуть, що відкинули вас до Роботиного.",
            "uk",
            "Вербов",
        ),
        (
            "Наші підрозділи за тиждень просунулися на кілометр біля Кремінної. "
            "Росіяни в своїх каналах пишуть, що зайшли в Діброву.",
            "uk",
            "Кремінн",
        ),
        (
            "Командир взвода ВСУ рассказал о ситуации. Мы держим Берестки уже месяц. "
            "— Россияне пишут, что взяли Ильинку.",
            "ru",
            "Берестк",
        ),
    ],
)
def test_a_relayed_side_collective_is_no_voice_for_we(text, lang, place):
    assert _about(text, lang, place).gainer == "UA"


def test_the_collective_still_speaks_for_its_own_sentence():
    text = "Ми тримаємо Вербове. — Росіяни кажуть, що захопили Новопрокопівку."
    assert _about(text, "uk", "Новопрокопівк").gainer == "RU"


# --- a pronoun subject takes the side opening the sentence before ---------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        (
            "— Противник тисне з півдня. За тиждень він просунувся на два "
            "кілометри до Курахового.",
            "uk",
            "Курахов",
            "RU",
        ),
        (
            "Ворог не припиняє спроб. Учора він зайшов на околиці Торського.",
            "uk",
            "Торськ",
            "RU",
        ),
        (
            "Противник давит с юга. За неделю он продвинулся на два километра к "
            "Курахово.",
            "ru",
            "Курахов",
            "UA",  # a Russian voice: "противник" is Ukraine's army
        ),
    ],
)
def test_a_pronoun_subject_takes_the_side_opening_the_sentence_before(
    text, lang, place, gainer
):
    assert _about(text, lang, place).gainer == gainer


# --- the enemy as the object put before a verb that drives it out -----------------
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        ("Ворога вибили з Роботиного.", "uk", "UA"),
        ("Учора ввечері ворога вибили з Роботиного.", "uk", "UA"),
        ("Наші захисники ворога відкинули від Роботиного на кілометр.", "uk", "UA"),
        ("Противника выбили из Работино.", "ru", "RU"),
        ("Врага отбросили от Работино на два километра.", "ru", "RU"),
        ("Вчера противника выбили из Работино.", "ru", "RU"),
    ],
)
def test_the_enemy_put_before_a_verb_that_drives_it_out_is_its_object(
    text, lang, gainer
):
    assert _about(text, lang, "Роботин" if lang == "uk" else "Работин").gainer == (
        gainer
    )


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Диверсійні групи ворога просочилися в Зорівку.", "uk", "Зорівк"),
        ("Штурмові групи противника просунулися до Зорівки.", "uk", "Зорівк"),
    ],
)
def test_the_enemy_in_the_genitive_before_a_reflexive_verb_stays_the_actor(
    text, lang, place
):
    assert _about(text, lang, place).gainer == "RU"


# --- a fronted place phrase ending in a plural noun, then a side's forces -------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("On the flanks Ukrainian forces advanced two kilometres near Bakhmut.", "UA"),
        (
            "In the villages Russian troops advanced two kilometres toward Zorivka.",
            "RU",
        ),
        ("Along the rivers Ukrainian units advanced a kilometre near Krynky.", "UA"),
    ],
)
def test_a_side_after_a_fronted_plural_place_phrase_is_the_subject(text, gainer):
    assert [c.gainer for c in _claims(text, "en") if c.kind == "advance"] == [gainer]


def test_a_side_word_inside_a_prepositional_phrase_stays_an_object():
    text = (
        "Russian troops advanced on the positions of the Ukrainian forces near Zorivka."
    )
    assert [c.gainer for c in _claims(text, "en") if c.kind == "advance"] == ["RU"]


def test_been_inside_is_no_passive():
    text = (
        "Since the start of October Russian infantry have been inside the "
        "eastern streets of Zorivka."
    )
    # (the presence in part of a town is told as a holding and as ground
    # gained: both are Russia's, none is a passive with Ukraine as agent)
    assert {c.gainer for c in _claims(text, "en")} == {"RU"}


# --- a fight counted since a start is a running total ----------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Since the start of October Russian troops have attacked Zorivka "
            "400 times.",
            "en",
        ),
        (
            "Since the start of the month Russian forces have launched 120 "
            "assaults near Zorivka.",
            "en",
        ),
        (
            "Since the beginning of the year the enemy has carried out 900 "
            "attacks near Zorivka.",
            "en",
        ),
        ("З початку жовтня ворог 40 разів штурмував позиції біля Зорівки.", "uk"),
        ("З початку місяця противник провів біля Зорівки понад 300 атак.", "uk"),
        ("З початку року росіяни 900 разів атакували Зорівку.", "uk"),
        ("С начала октября противник 40 раз штурмовал позиции у Зорьки.", "ru"),
        ("С начала месяца враг провёл у Зорьки более 300 атак.", "ru"),
        ("С начала года ВСУ 90 раз атаковали Зорьку.", "ru"),
    ],
)
def test_a_fight_counted_since_a_start_is_cumulative(text, lang):
    fights = [c for c in _claims(text, lang) if c.kind == "fighting"]
    assert fights and all(c.cumulative for c in fights)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # not counted, a bounded day, a weekday
        ("Since the start of the month Russian attacks on Zorivka have doubled.", "en"),
        ("Since the start of the day Russian troops attacked Zorivka 12 times.", "en"),
        ("З початку листопада росіяни щодня штурмують позиції біля Зорівки.", "uk"),
        ("Від початку доби ворог 12 разів штурмував позиції біля Зорівки.", "uk"),
        ("С начала ноября противник ежедневно штурмует позиции у Зорьки.", "ru"),
        ("За сутки противник 12 раз штурмовал позиции у Зорьки.", "ru"),
    ],
)
def test_a_fight_not_counted_or_bounded_is_no_running_total(text, lang):
    fights = [c for c in _claims(text, lang) if c.kind == "fighting"]
    assert fights and not any(c.cumulative for c in fights)


# --- a relayed claim denied by the speaker in the next sentence (English) -------
@pytest.mark.parametrize(
    "text",
    [
        "The orcs claimed they had taken Zorivka. They did not. The flag is ours.",
        '"They claim they captured Zorivka. That is simply not true," he said.',
        "Russian bloggers wrote that their troops entered Zorivka. Rubbish. "
        "Our units hold the village.",
    ],
)
def test_a_relay_denied_by_the_speaker_next_is_negated(text):
    # (an entry into a town is partial control; the holding told next is
    # another claim, so the relayed one is the claim quoting the town)
    found = [c for c in _claims(text, "en") if "Zorivka" in c.quote]
    assert len(found) == 1, [(c.kind, c.quote) for c in found]
    assert found[0].negated and found[0].gainer == "RU"


@pytest.mark.parametrize(
    "text",
    [
        # a third party's denial is a claim of its own: the relay stands
        "Moscow said its forces had captured Zorivka. That is not true, Kyiv said.",
        "Russia claimed it had captured Zorivka. Ukraine denied this.",
        "Russia says it captured Zorivka. It is the third village this week.",
    ],
)
def test_a_relay_not_denied_by_its_speaker_stays_a_claim(text):
    relayed = [c for c in _claims(text, "en") if "captured" in c.quote]
    assert len(relayed) == 1 and not relayed[0].negated


# --- whose capture a speaker calls untrue ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's army said reports of the fall of Zorivka were untrue.",
        "Ukrainian commanders said claims of the capture of Zorivka were "
        "completely false.",
        "Kyiv said the capture of Zorivka was fake.",
    ],
)
def test_a_capture_called_untrue_by_one_side_is_the_other_sides(text):
    c = _about(text, "en", "Zorivka")
    assert c.negated and c.gainer == "RU"


# --- a capture "not confirmed yet" in a Russian voice is its own ----------------
@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "Информация о взятии Зорьки, которую гоняют каналы, пока не "
            "подтверждается.",
            "RU",
        ),
        ("Сведения о взятии Зорьки ещё не подтверждаются.", "RU"),
        # a plain denial in a Russian voice stays the other side's
        ("Информация о захвате Зорьки не подтверждается.", "UA"),
    ],
)
def test_a_capture_not_yet_confirmed_in_a_russian_voice(text, gainer):
    c = _about(text, "ru", "Зорьк")
    assert c.negated and c.gainer == gainer


# --- a side admitting a capture admits its own loss -------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        ("Ukraine admitted that Zorivka had fallen.", "en", "Zorivka", "RU"),
        ("Kyiv acknowledged that Zorivka had been captured.", "en", "Zorivka", "RU"),
        ("Ukraine acknowledged the fall of Zorivka.", "en", "Zorivka", "RU"),
        ("У Генштабі ЗСУ визнали, що Зорівку захоплено.", "uk", "Зорівк", "RU"),
        ("У Міноборони РФ визнали, що Зорівку захоплено.", "uk", "Зорівк", "UA"),
        ("Сили оборони визнали, що Зорівку окуповано.", "uk", "Зорівк", "RU"),
        ("В Генштабе ВСУ признали, что Зорька захвачена.", "ru", "Зорьк", "RU"),
        ("Киев признал, что Зорька взята.", "ru", "Зорьк", "RU"),
        ("Минобороны России признало, что Зорька захвачена.", "ru", "Зорьк", "UA"),
    ],
)
def test_a_side_admitting_a_capture_loses_the_place(text, lang, place, gainer):
    assert _about(text, lang, place).gainer == gainer


@pytest.mark.parametrize(
    "text",
    [
        # an actor named after the admission, or a gain confirmed
        "Ukraine's military conceded that Russian forces had captured Zorivka.",
        "Ukraine confirmed that Russian troops had taken Zorivka.",
    ],
)
def test_an_admission_naming_the_actor_keeps_the_actor(text):
    assert _about(text, "en", "Zorivka").gainer == "RU"


def test_a_liberation_confirmed_is_no_admission():
    text = "Ukraine confirmed that its forces had taken Zorivka."
    assert _about(text, "en", "Zorivka").gainer == "UA"


# --- Russian groups of forces by their English names ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Units of the Battlegroup Centre liberated Zorivka, the ministry said.",
        "The Battle Group West took control of Zorivka.",
        "Troops of the Vostok battlegroup captured Zorivka.",
    ],
)
def test_a_russian_battlegroup_is_russias(text):
    assert _about(text, "en", "Zorivka").gainer == "RU"


# --- the side put before an impersonal passive is the one driven out ------------
@pytest.mark.parametrize(
    ("text", "lang", "place", "gainer"),
    [
        ("Окупантів вибито з Кринок.", "uk", "Кринок", "UA"),
        ("Ворога вибито з Зорівки.", "uk", "Зорівк", "UA"),
        ("Учора окупантів вибито з Зорівки.", "uk", "Зорівк", "UA"),
        ("Противника выбито из Зорьки.", "ru", "Зорьк", "RU"),
        ("Оккупантов выбито из Зорьки.", "ru", "Зорьк", "UA"),
        ("Подразделения ВСУ выбиты из Зорьки.", "ru", "Зорьк", "RU"),
    ],
)
def test_the_side_before_an_impersonal_passive_is_driven_out(text, lang, place, gainer):
    assert _about(text, lang, place).gainer == gainer


# --- a claim told as false by the verb's adverb or a passive denial (English) ---
@pytest.mark.parametrize(
    "text",
    [
        "Russia falsely claims capture of Zorivka",
        "Russian state media wrongly reported that troops had taken Zorivka.",
        "Moscow erroneously announced the capture of Zorivka.",
        "Russia's claim to have captured Zorivka was denied by Ukraine.",
        "Moscow's claims to have taken Zorivka were flatly rejected by Kyiv.",
        "Russia's claim that its troops took Zorivka has been refuted by Kyiv.",
    ],
)
def test_a_claim_told_as_false_is_negated(text):
    c = _about(text, "en", "Zorivka")
    assert c.negated and c.gainer == "RU"


@pytest.mark.parametrize(
    "text",
    [
        # a disclaimer of the wire is no denial
        "Russia's claim that its troops took Zorivka could not be verified.",
        "Kyiv did not comment on the Russian claim that its forces had captured "
        "Zorivka.",
        "The Russian claim that its troops took Zorivka could not be verified.",
    ],
)
def test_a_sides_claim_names_the_actor_of_its_and_stays_a_claim(text):
    c = _about(text, "en", "Zorivka")
    assert not c.negated and c.gainer == "RU"
