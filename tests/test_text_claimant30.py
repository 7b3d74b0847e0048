"""Claimants, session 30 (CLAIMANT30): own phrasings only, three per rule
and language; nothing here reads ``../shared``."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims


def _claimants(text: str, lang: str) -> set[str | None]:
    claims = extract_claims(text, language=lang)
    assert claims, text
    return {c.claimant for c in claims}


# a place adverb, a linking or a manner word after the speaker is no part of
# its name: "Officials here say", "Волошин це підтвердив", "Киев между тем"
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Commanders here say the troops advanced 2 km near Robotyne.",
            "en",
            "Commanders",
        ),
        (
            "The brigade officially confirmed that its troops liberated Klishchiivka.",
            "en",
            "The brigade",
        ),
        ("Volunteers there say Russian troops captured Krynky.", "en", "Volunteers"),
        ("Коваль це підтвердив: ворог захопив Новомихайлівку.", "uk", "Коваль"),
        (
            "Генштаб тим часом заявив, що ворог просунувся біля Курахового.",
            "uk",
            "Генштаб",
        ),
        (
            "Міноборони офіційно повідомило, що ЗСУ звільнили Роботине.",
            "uk",
            "Міноборони",
        ),
        ("Киев между тем утверждает, что бои за Марьинку продолжаются.", "ru", "Киев"),
        ("Минобороны официально заявило об освобождении Опытного.", "ru", "Минобороны"),
        ("Генштаб тем временем сообщил, что ВСУ оставили Северное.", "ru", "Генштаб"),
    ],
)
def test_an_adverb_after_the_speaker_is_no_part_of_the_name(text, lang, name):
    assert _claimants(text, lang) == {name}


# a post nobody in it is said to speak is its channel's: the channel a
# repost's header names ("Forwarded from X"), or a first line that is only a
# name with its emoji
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Forwarded from Steppe Eagle 🇺🇦\n\n"
            "Our guys advanced 800 m west of Robotyne.",
            "en",
            "Steppe Eagle",
        ),
        (
            "🔥 Trench Diary 🔥\n\nThe enemy captured Krasnohorivka overnight.",
            "en",
            "Trench Diary",
        ),
        (
            "Reposted from: Northern Front Notes\n\nWe liberated Vovchansk's plant.",
            "en",
            "Northern Front Notes",
        ),
        (
            "Переслано від Степовий Орел 🇺🇦\n\n"
            "Наші хлопці просунулися на 800 м біля Роботиного.",
            "uk",
            "Степовий Орел",
        ),
        (
            "⚡️ Окопний щоденник ⚡️\n\nВорог захопив Красногорівку вночі.",
            "uk",
            "Окопний щоденник",
        ),
        (
            "Репост з Фронтові нотатки 🇺🇦\n\nЗСУ звільнили Кліщіївку.",
            "uk",
            "Фронтові нотатки",
        ),
        (
            "Переслано от: Военкор Степь 🇷🇺\n\n"
            "Наши штурмовики продвинулись на 800 м у Работино.",
            "ru",
            "Военкор Степь",
        ),
        (
            "⚡️Окопный дневник⚡️\n\nНаши войска освободили Красногоровку.",
            "ru",
            "Окопный дневник",
        ),
        (
            "Репост из Записки с передка 🇷🇺\n\nВСУ оставили Северное.",
            "ru",
            "Записки с передка",
        ),
    ],
)
def test_a_post_nobody_speaks_is_its_channels(text, lang, name):
    assert _claimants(text, lang) == {name}


# a voice described, not named, after the claim speaks it: "…, a regional
# official said", "…, local officials confirmed", "…, analysts say"
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ukrainian troops recaptured Klishchiivka, a senior military official "
            "said.",
            "a senior military official",
        ),
        (
            "Russian forces have advanced 2 km west of Marinka, local officials "
            "confirmed.",
            "local officials",
        ),
        (
            "Russia seized about 400 sq km of land in November, analysts say.",
            "analysts",
        ),
    ],
)
def test_a_voice_described_not_named_speaks_its_sentence(text, name):
    assert _claimants(
        f"Governor Ivan Koval reported shelling in the city. {text}", "en"
    ) == {name}


# an English proper name before a lower-case tail that names no body, role
# or voice is the speaker ("DeepState monitoring" → DeepState); a tail that
# does stays ("Ukraine's defence ministry", "Pro-Kremlin war correspondents")
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russia captured 120 sq km in May, according to DeepState monitoring.",
            "DeepState",
        ),
        (
            "Russian forces advanced 2 km near Pokrovsk, according to Syrskyi himself.",
            "Syrskyi",
        ),
        (
            "Russian forces captured Krasnohorivka, according to FrontMap mapping.",
            "FrontMap",
        ),
        (
            "Russian troops captured Ocheretyne, Ukraine's defence ministry said.",
            "Ukraine's defence ministry",
        ),
        (
            "Ukrainian troops retook Robotyne, Pro-Kremlin war correspondents "
            "conceded.",
            "Pro-Kremlin war correspondents",
        ),
    ],
)
def test_a_proper_name_before_a_plain_tail_is_the_speaker(text, name):
    assert _claimants(text, "en") == {name}


# a uk/ru speaker in lower case before its verb that a body, a role or a
# trade heads ("Тим часом міністерство оборони РФ заявило", "Водночас
# російські воєнкори пишуть") speaks the sentence; a phrase that runs into a
# clause ("міністерство вже тричі цієї осені") does not
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Тим часом міністерство оборони РФ заявило, що його війська "
            "захопили Новомихайлівку.",
            "uk",
            "міністерство оборони РФ",
        ),
        (
            "Водночас російські воєнкори пишуть, що їхні підрозділи просунулися "
            "на 2 км біля Торецька.",
            "uk",
            "російські воєнкори",
        ),
        (
            "Також речник повідомив, що ворог 12 разів атакував біля Часового Яру.",
            "uk",
            "речник",
        ),
        (
            "Между тем министерство обороны Украины сообщило, что ВСУ освободили "
            "Работино.",
            "ru",
            "министерство обороны Украины",
        ),
        (
            "При этом российские военкоры пишут, что войска продвинулись на 3 км "
            "у Торецка.",
            "ru",
            "российские военкоры",
        ),
        (
            "Также представитель группировки сообщил, что противник атаковал "
            "у Купянска.",
            "ru",
            "представитель группировки",
        ),
    ],
)
def test_a_lower_case_body_before_its_verb_speaks(text, lang, name):
    claims = extract_claims(
        f"Губернатор Іван Коваль сказав про обстріли. {text}", language=lang
    )
    assert claims and {c.claimant for c in claims} == {name}


# … but a short headline with an emoji is no channel's name
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("🔥 Russian troops captured Krasne\n\nThe town is in ruins.", "en"),
        ("🔥 Росіяни захопили Очеретине\n\nМісто зруйноване.", "uk"),
        ("⚡️ Десантники освободили Красное\n\nГород разрушен.", "ru"),
        # … nor a sector's label
        ("Toretsk direction 🔥\n\nOur troops advanced 500 m near Toretsk.", "en"),
        (
            "Кремінський напрямок 🌲\n\nГрупи просунулися на 700 м біля Кремінної.",
            "uk",
        ),
        (
            "Купянское направление ⚡️\n\nБойцы продвинулись на 700 м у Купянска.",
            "ru",
        ),
    ],
)
def test_a_headline_with_an_emoji_is_no_channel(text, lang):
    assert _claimants(text, lang) == {None}


# a thread's post number or a list's symbol before the speaker is no part
# of its name ("4/ RU MoD claims …", "▪️ Генштаб повідомив …")
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("3/ The MoD claims its troops captured Krasne.", "en", "The MoD"),
        ("5/9 Syrskyi says troops withdrew from Avdiivka.", "en", "Syrskyi"),
        ("► DeepState says Russian forces captured Krasne.", "en", "DeepState"),
        ("▪️ Генштаб повідомив, що ворог захопив Очеретине.", "uk", "Генштаб"),
        ("🔹 Маляр заявила, що ЗСУ звільнили Кліщіївку.", "uk", "Маляр"),
        ("2/ Сирський повідомив, що ворог просунувся біля Торецька.", "uk", "Сирський"),
        ("▪️ Минобороны сообщило, что войска освободили Красное.", "ru", "Минобороны"),
        ("🔸 Пушилин заявил, что войска освободили Марьинку.", "ru", "Пушилин"),
        ("4/ Рогов сообщил, что ВСУ оставили Работино.", "ru", "Рогов"),
    ],
)
def test_a_bullet_before_the_speaker_is_no_part_of_its_name(text, lang, name):
    assert _claimants(text, lang) == {name}
