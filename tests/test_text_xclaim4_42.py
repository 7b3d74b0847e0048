"""Session 42, xclaim4: the wrong one of two voices (phrasings of our own,
three per language where a rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 10)


def _claims(text: str, lang: str) -> list:
    return extract_claims(text, published=DAY, language=lang)


_OPENING = {
    "en": "Russia's defence ministry claimed to have taken Zorivka.\n\n",
    "uk": "Міноборони РФ заявило про взяття Зорівки.\n\n",
    "ru": "Минобороны РФ заявило о взятии Зоревки.\n\n",
}

_OPENER = {
    "en": "Russia's defence ministry",
    "uk": "Міноборони РФ",
    "ru": "Минобороны РФ",
}

# (a) a map source's map or update, with its day, before the map verb: the
# map's owner speaks, not the voice of the paragraph before
MAP_DAY = [
    (
        "en",
        "Frontline Watch's map on Monday showed Russian troops holding most of Lypove.",
        "Frontline Watch",
    ),
    (
        "en",
        "Over the past week, Russian forces gained 22 sq km, Frontline Watch's "
        "weekly update showed.",
        "Frontline Watch",
    ),
    (
        "en",
        "The Map Desk's daily update on Tuesday shows Ukrainian troops still "
        "holding the centre of Lypove.",
        "Map Desk",
    ),
    (
        "uk",
        "Від початку місяця ворог просунувся біля Липового на 3 км, свідчать "
        "карти проєкту «Лінія».",
        "«Лінія»",
    ),
    (
        "uk",
        "Карта DeepState у понеділок показала просування росіян біля Липового на 2 км.",
        "DeepState",
    ),
    ("uk", "Проєкт Frontmap у четвер позначив Липове як сіру зону.", "Frontmap"),
    (
        "ru",
        "Карта DeepState в понедельник показала продвижение россиян у Липового "
        "на 2 км.",
        "DeepState",
    ),
    ("ru", "Проект Frontmap в четверг обозначил Липовое как серую зону.", "Frontmap"),
    (
        "ru",
        "Аналитики Frontmap во вторник отметили продвижение противника у "
        "Нескучного на 1,5 км.",
        "Frontmap",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "who"), MAP_DAY)
def test_map_source_with_its_day_speaks(lang: str, sentence: str, who: str) -> None:
    claims = _claims(_OPENING[lang] + sentence, lang)
    assert len(claims) >= 2
    assert claims[0].claimant == _OPENER[lang]
    later = claims[1:]
    assert later and all(c.claimant and c.claimant.endswith(who) for c in later)


# (b) uk/ru "insist" (and uk "report back") as a speech verb: the body that
# insists speaks, not the voice of the paragraph before
INSIST = [
    ("uk", "Міноборони РФ наполягає, що його війська захопили Зорівку.", "РФ"),
    ("uk", "Генштаб ЗСУ наполягає: «бої за Зорівку тривають».", "ЗСУ"),
    ("uk", "Бої за Зорівку тривають, наполягають у 41-й бригаді.", "бригаді"),
    ("uk", "Міноборони РФ відзвітувало про «звільнення» Зорівки.", "РФ"),
    ("ru", "Минобороны РФ настаивает, что его войска взяли Зоревку.", "РФ"),
    ("ru", "Генштаб ВСУ настаивает: «бои за Зоревку продолжаются».", "ВСУ"),
    (
        "ru",
        "В Минобороны РФ настаивают на том, что Зоревка полностью освобождена.",
        "РФ",
    ),
]

_PRESIDENT = {
    "uk": "Президент Володимир Зеленський заявив, що бої тривають біля Липового.\n\n",
    "ru": "Президент Владимир Зеленский заявил, что бои идут у Липового.\n\n",
}


@pytest.mark.parametrize(("lang", "sentence", "who"), INSIST)
def test_insisting_body_speaks(lang: str, sentence: str, who: str) -> None:
    claims = _claims(_PRESIDENT[lang] + sentence, lang)
    assert len(claims) == 2
    assert claims[0].claimant.endswith(("Зеленський", "Зеленский"))
    assert claims[1].claimant and claims[1].claimant.endswith(who)


# (c) English: a title pointing back ("The official also said …") speaks as
# written when the person named last holds no such title; the titled person
# named before keeps it (control)
POINTED_TITLE = [
    (
        "Ukrainian forces have retaken Lypove, a senior NATO official said on "
        "Monday. Ukrainian President Volodymyr Zelenskiy thanked the troops in "
        "his evening address.\n\nThe official also said Russian forces had "
        "advanced 2 km near Zorivka.",
        "official",
    ),
    (
        "Russian troops are fighting near Lypove, a Western official told "
        "reporters. Defence Minister Rustem Umerov visited the front on "
        "Sunday.\n\nThe official said Russian forces had advanced 2 km near "
        "Zorivka.",
        "official",
    ),
    (
        "Russia's defence ministry said its troops took Lypove. Commander "
        "Oleksandr Syrskyi visited the troops.\n\nThe spokeswoman said Russian "
        "forces had advanced 2 km near Zorivka.",
        "spokeswoman",
    ),
    (
        "Army spokesman Ivan Petrenko said troops were holding Lypove.\n\n"
        "The spokesman added that Russian forces had advanced 2 km near Zorivka.",
        "Petrenko",
    ),
]


@pytest.mark.parametrize(("text", "who"), POINTED_TITLE)
def test_title_pointing_back(text: str, who: str) -> None:
    claims = [c for c in _claims(text, "en") if c.kind == "advance"]
    assert len(claims) == 1
    assert claims[0].claimant and claims[0].claimant.endswith(who)


# (d) uk/ru: a body in the locative opening the sentence, its object, then
# "not confirmed" or "not admitted" before a colon or stop: the body speaks
# the sentence ("там заявили, що …" after the colon included)
LOCATIVE_DENIER = [
    (
        "uk",
        "У Генштабі ЗСУ захоплення Зорівки не підтвердили: там повідомили, що "
        "бої за село тривають.",
        "Генштабі ЗСУ",
    ),
    (
        "uk",
        "У Міноборони РФ втрату Зорівки не визнали: там заявили, що відбили "
        "дві атаки біля Зорівки.",
        "Міноборони РФ",
    ),
    ("uk", "У Генштабі ЗСУ втрату Зорівки офіційно не визнають.", "Генштабі ЗСУ"),
    (
        "ru",
        "В Генштабе ВСУ взятие Зоревки не подтвердили: там сообщили, что бои за "
        "село продолжаются.",
        "Генштабе ВСУ",
    ),
    (
        "ru",
        "В Минобороны РФ потерю Зоревки не признали: там заявили, что отбили "
        "две атаки у Зоревки.",
        "Минобороны РФ",
    ),
    ("ru", "В Генштабе ВСУ потерю Зоревки официально не признают.", "Генштабе ВСУ"),
]


@pytest.mark.parametrize(("lang", "sentence", "who"), LOCATIVE_DENIER)
def test_locative_denier_speaks(lang: str, sentence: str, who: str) -> None:
    claims = _claims(_PRESIDENT[lang] + sentence, lang)
    assert len(claims) >= 2
    assert claims[0].claimant.endswith(("Зеленський", "Зеленский"))
    assert all(c.claimant == who for c in claims[1:])
