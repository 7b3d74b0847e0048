"""Session 43, xclaim5: a closing voice reaching back, plural trades, compound
predicates, relayed reports (phrasings of our own, three per language where a
rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=DAY, language=lang)


def _speaker_of(text: str, lang: str, word: str) -> str | None:
    """The claimant of the claim whose quote holds ``word``."""
    found = [c for c in _claims(text, lang) if word in c.quote]
    assert found, f"no claim holds {word!r}"
    return found[0].claimant


# (a) a short next sentence whose speaker goes on to a matter of its own
# ("X said that …") attributes nothing to the claim before it: the voice
# named before keeps it
OWN_MATTER = [
    (
        "en",
        "Analysts at the Pole group reported the loss of Lypove. Russian troops "
        "advanced 3 km near Zorivka over the week. Oleksandr Syrskyi said that "
        "Russia had lost 1,200 soldiers in a day.",
        "advanced 3 km",
        "Pole",
    ),
    (
        "en",
        "The Steppe channel wrote that Russian forces had captured Zorivka. "
        "Fighting continues near Lypove. Ukraine's defence ministry said that "
        "the government had set aside new money for shelters.",
        "Fighting continues",
        "Steppe",
    ),
    (
        "en",
        "Kyiv's Line project reported Russian gains of 40 sq km near Lypove. "
        "Ukrainian units pushed the enemy back 500 metres near Zorivka. Mayor "
        "Ivan Petrenko said that three schools had reopened.",
        "500 metres",
        "Line",
    ),
    (
        "uk",
        "Аналітики групи «Поле» повідомили про втрату Липового. Окупанти за "
        "тиждень просунулися біля Зорівки на 3 км. Генштаб ЗСУ повідомив, що "
        "ворог втратив за добу 1200 військових.",
        "просунулися",
        "Поле",
    ),
    (
        "uk",
        "У каналі «Степ» написали, що росіяни захопили Зорівку. Бої тривають "
        "біля Липового. Міноборони заявило, що уряд виділив нові кошти на "
        "укриття.",
        "Бої тривають",
        "Степ",
    ),
    (
        "uk",
        "Проєкт «Лінія» повідомив про просування росіян на 40 кв. км біля "
        "Липового. Наші підрозділи відкинули ворога на 500 метрів біля Зорівки. "
        "Мер Іван Петренко сказав, що в місті відкрилися три школи.",
        "500 метрів",
        "Лінія",
    ),
    (
        "ru",
        "Аналитики группы «Поле» сообщили о потере Липового. Оккупанты за "
        "неделю продвинулись у Зоревки на 3 км. Генштаб ВСУ сообщил, что "
        "противник потерял за сутки 1200 военных.",
        "продвинулись",
        "Поле",
    ),
    (
        "ru",
        "В канале «Степь» написали, что российские войска заняли Зоревку. Бои "
        "продолжаются у Липового. Минобороны заявило, что правительство "
        "выделило новые средства на укрытия.",
        "Бои продолжаются",
        "Степь",
    ),
    (
        "ru",
        "Проект «Линия» сообщил о продвижении российских войск на 40 кв. км у "
        "Липового. Наши подразделения отбросили противника на 500 метров у "
        "Зоревки. Мэр Иван Петренко сказал, что в городе открылись три школы.",
        "500 метров",
        "Линия",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "speaker"), OWN_MATTER)
def test_own_matter_after_attributes_nothing(
    lang: str, text: str, word: str, speaker: str
) -> None:
    assert speaker in (_speaker_of(text, lang, word) or "")


def test_short_attribution_after_still_speaks() -> None:
    # control: a next sentence naming only who spoke still attributes
    text = "Russian troops advanced 3 km near Zorivka. Oleksandr Syrskyi said so."
    assert "Syrskyi" in (_speaker_of(text, "en", "advanced") or "")


# (b) English "Independent analysts" / "Independent researchers" are a plural
# trade speaking its own sentence, no newspaper (The Independent) relaying the
# voice named before
INDEPENDENT = [
    (
        "Ukraine's army said Russian troops attacked near Toretsk. Independent "
        "analysts estimated last week's Russian gains at 120 sq km.",
        "120 sq km",
    ),
    (
        "Kyiv's General Staff reported clashes near Kupiansk. Independent "
        "researchers put Russian gains in February at 300 sq km.",
        "300 sq km",
    ),
    (
        "The Russian ministry claimed two villages. Independent monitors say "
        "Russian troops took Zorivka on Monday.",
        "Zorivka",
    ),
]


@pytest.mark.parametrize(("text", "word"), INDEPENDENT)
def test_independent_trade_is_no_outlet(text: str, word: str) -> None:
    assert (_speaker_of(text, "en", word) or "").startswith("Independent")


def test_the_independent_is_still_an_outlet() -> None:
    from frontline.text.claimants import Claimant, is_outlet

    assert is_outlet(Claimant("The Independent", None))
    assert not is_outlet(Claimant("Independent analysts", None))


# (c) uk/ru a compound predicate before the speech verb ("41-ша бригада
# опублікувала відео і повідомила про …"): the subject of both verbs speaks,
# not the voice named before, nor the run with the first verb and its object
COMPOUND = [
    (
        "uk",
        "Генштаб ЗСУ повідомив про бої біля Липового. Згодом 41-ша бригада "
        "опублікувала відео і повідомила про звільнення Зорівки.",
        "41-ша бригада",
    ),
    (
        "uk",
        "Міноборони РФ заявило про взяття Липового. Третя штурмова бригада "
        "оприлюднила кадри та заявила, що відбила Зорівку.",
        "Третя штурмова бригада",
    ),
    (
        "uk",
        "Генштаб ЗСУ повідомив про бої біля Липового. Пресслужба корпусу "
        "показала карту й підтвердила звільнення Зорівки.",
        "Пресслужба корпусу",
    ),
    (
        "ru",
        "Генштаб ВСУ сообщил о боях у Липового. Затем 41-я бригада выложила "
        "видео и заявила, что освободила Зоревку.",
        "41-я бригада",
    ),
    (
        "ru",
        "Минобороны РФ заявило о взятии Липового. Третья штурмовая бригада "
        "опубликовала кадры и сообщила об освобождении Зоревки.",
        "Третья штурмовая бригада",
    ),
    (
        "ru",
        "Генштаб ВСУ сообщил о боях у Липового. Пресс-служба корпуса показала "
        "карту и подтвердила освобождение Зоревки.",
        "Пресс-служба корпуса",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), COMPOUND)
def test_compound_predicate_subject_speaks(lang: str, text: str, speaker: str) -> None:
    word = "Зорівк" if lang == "uk" else "Зоревк"
    assert _speaker_of(text, lang, word) == speaker


def test_compound_subject_keeps_a_plain_speaker() -> None:
    from frontline.text.claimants import find_claimant

    found = find_claimant("Генштаб ЗСУ повідомив про звільнення Зорівки.", "uk")
    assert found is not None and found.name == "Генштаб ЗСУ"


# (e) uk/ru a headline's source after a dash that is a side's forces, with
# lower-case words in its name ("… — Сили оборони", "… — Силы обороны юга"):
# the forces speak the headline, not the lede's spokesman
DASH_FORCES = [
    (
        "uk",
        "Ворог просунувся біля Липового на 2 км — Сили оборони\n\nРечник "
        "угруповання Іван Петренко повідомив, що окупанти атакували біля Зорівки.",
        "Липового",
        "Сили оборони",
    ),
    (
        "uk",
        "Окупанти захопили Зорівку — Сили оборони півдня\n\nРечник Іван Петренко "
        "сказав, що бої тривають біля Липового.",
        "Зорівку",
        "Сили оборони півдня",
    ),
    (
        "uk",
        "Росіяни втратили позиції біля Зорівки - Сили оборони\n\nКомандир роти "
        "Іван Петренко розповів, що штурм відбито.",
        "Зорівки",
        "Сили оборони",
    ),
    (
        "ru",
        "Противник продвинулся у Липового на 2 км — Силы обороны\n\nСпикер "
        "группировки Иван Петров сообщил, что бои идут у Зоревки.",
        "Липового",
        "Силы обороны",
    ),
    (
        "ru",
        "Оккупанты заняли Зоревку — Силы обороны юга\n\nСпикер Иван Петров "
        "сказал, что бои идут у Липового.",
        "Зоревку",
        "Силы обороны юга",
    ),
    (
        "ru",
        "Россияне потеряли позиции у Зоревки - Силы обороны\n\nКомандир роты "
        "Иван Петров рассказал, что штурм отбит.",
        "Зоревки",
        "Силы обороны",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "speaker"), DASH_FORCES)
def test_headline_dash_forces_speak(
    lang: str, text: str, word: str, speaker: str
) -> None:
    headline = text.split("\n")[0]
    found = [c for c in _claims(text, lang) if c.char_start < len(headline)]
    assert found and word in found[0].quote
    assert found[0].claimant == speaker


# (f) uk/ru a conclusion reached ("К такому выводу пришел проект X", "До
# такого висновку дійшов проєкт X", "Аналітики X дійшли висновку, що …") names
# the analyst: the claims before speak its voice, not the voice named next
CONCLUSION = [
    (
        "ru",
        "За октябрь российская армия заняла около 400 кв. км. К такому выводу "
        "пришел проект «Линия», изучив карты. Украинские военные говорят, что "
        "удерживают Зоревку.",
        "400 кв. км",
        "Линия",
    ),
    (
        "ru",
        "Российские войска заняли Зоревку и Липовое. К этому выводу пришли "
        "аналитики группы «Поле». Военные ВСУ говорят, что бои продолжаются.",
        "Зоревку",
        "Поле",
    ),
    (
        "ru",
        "Армия РФ за месяц продвинулась на 8 км у Липового. Аналитики группы "
        "«Поле» пришли к выводу, что темп растет. Генштаб ВСУ сообщил о 40 атаках.",
        "8 км",
        "Поле",
    ),
    (
        "uk",
        "За жовтень російська армія зайняла близько 400 кв. км. До такого "
        "висновку дійшов проєкт «Лінія», вивчивши карти. Українські військові "
        "кажуть, що утримують Зорівку.",
        "400 кв. км",
        "Лінія",
    ),
    (
        "uk",
        "Російські війська захопили Зорівку і Липове. До цього висновку дійшли "
        "аналітики групи «Поле». Військові ЗСУ кажуть, що бої тривають.",
        "Зорівку",
        "Поле",
    ),
    (
        "uk",
        "Армія РФ за місяць просунулася на 8 км біля Липового. Аналітики групи "
        "«Поле» дійшли висновку, що темп зростає. Генштаб ЗСУ повідомив про 40 "
        "атак.",
        "8 км",
        "Поле",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "speaker"), CONCLUSION)
def test_conclusion_names_the_analyst(
    lang: str, text: str, word: str, speaker: str
) -> None:
    assert speaker in (_speaker_of(text, lang, word) or "")
