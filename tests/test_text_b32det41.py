"""Session 41, b32det: blind32's missed and spurious claims, kinds,
claimants and places (chronologies and local reporting), in phrasings of
our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 3, 14)


def _names(claim) -> list[str]:
    return [p.name for p in claim.places]


# a topic label before a headline's colon that the body names as a place
# ("Vuhledar: a siege in dates" … "the town of Vuhledar") is no speaker: its
# name stays a place of every sentence after, and speaks no claim
@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Vuhledar: a siege in dates\n\nThe mining town of Vuhledar stood on a "
            "ridge. In spring, Russian troops reached the eastern edge of Vuhledar.",
            "en",
            "Vuhledar",
        ),
        (
            "Krynky: how the bridgehead held\n\nMarines crossed the river near "
            "Krynky in October. By November, Ukrainian troops had advanced 3 km "
            "around Krynky.",
            "en",
            "Krynky",
        ),
        (
            "Chasiv Yar: the timeline\n\nFighting moved into Chasiv Yar in April. "
            "In July, Russian forces advanced 2 km in Chasiv Yar, analysts said.",
            "en",
            "Chasiv Yar",
        ),
        (
            "Вугледар: хроніка облоги\n\nБої біля Вугледара тривали два роки. "
            "Восени російські війська просунулися на 3 км біля Вугледара.",
            "uk",
            "Вугледара",
        ),
        (
            "Кринки: як тримали плацдарм\n\nМорпіхи висадилися поблизу Кринок у "
            "жовтні. До листопада ЗСУ просунулися на 3 км поблизу Кринок.",
            "uk",
            "Кринок",
        ),
        (
            "Часів Яр: як це було\n\nУ квітні ворог вийшов на околиці міста Часів "
            "Яр. Влітку російські війська просунулися на 2 км під Часовим Яром.",
            "uk",
            "Часовим Яром",
        ),
        (
            "Угледар: хроника осады\n\nБои возле Угледара шли два года. Осенью "
            "российские войска продвинулись на 3 км возле Угледара.",
            "ru",
            "Угледара",
        ),
        (
            "Крынки: как держали плацдарм\n\nМорпехи высадились около Крынок в "
            "октябре. К ноябрю ВСУ продвинулись на 3 км около Крынок.",
            "ru",
            "Крынок",
        ),
        (
            "Часов Яр: как это было\n\nВ апреле бои шли под Часовым Яром. Летом "
            "российские войска продвинулись на 2 км под городом Часов Яр.",
            "ru",
            "Часов Яр",
        ),
    ],
)
def test_a_topic_label_is_no_speaker(text, language, place):
    claims = extract_claims(text, published=DAY, language=language)
    adv = [c for c in claims if c.kind == "advance"]
    assert adv, claims
    assert place in _names(adv[-1])
    label = text.split(":")[0]
    assert all(c.claimant != label for c in claims)


# a person's label before a colon stays a speaker even when named again
@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        (
            "Budanov: we hold the line\n\nUkrainian troops advanced 2 km near "
            "Robotyne, according to Budanov.",
            "en",
            "Budanov",
        ),
        (
            "Буданов: ми тримаємо лінію\n\nЗСУ просунулися на 2 км біля Роботиного, "
            "заявив Буданов.",
            "uk",
            "Буданов",
        ),
        (
            "Сырский: мы держим линию\n\nВСУ продвинулись на 2 км у Работино, "
            "заявил Сырский.",
            "ru",
            "Сырский",
        ),
    ],
)
def test_a_persons_label_stays_a_speaker(text, language, who):
    claims = extract_claims(text, published=DAY, language=language)
    assert claims and all(who in (c.claimant or "") for c in claims)


# a denial in apposition to the claim of its own sentence ("…, which Kyiv
# denied", "…, a figure X disputed") is a negated copy of that claim, spoken
# by the denier (English; uk/ru "…, що не відповідає дійсності" negates the
# claim itself, as most golds read it)
@pytest.mark.parametrize(
    ("text", "kind", "denier"),
    [
        (
            "On Tuesday, Russia's defence ministry claimed full control of "
            "Zarichne, which Kyiv denied.",
            "settlement_control",
            "Kyiv",
        ),
        (
            "Russian troops pushed 4 km near Hryhorivka, a figure Ukrainian "
            "officials disputed.",
            "advance",
            "Ukrainian officials",
        ),
        (
            "Moscow said on Monday it had captured Novoselivka, which the "
            "Ukrainian military rejected.",
            "settlement_control",
            "the Ukrainian military",
        ),
    ],
)
def test_an_apposed_denial_is_a_negated_copy(text, kind, denier):
    claims = extract_claims(text, published=DAY, language="en")
    told = [c for c in claims if c.kind == kind and not c.negated]
    denied = [c for c in claims if c.kind == kind and c.negated]
    assert len(told) == 1 and len(denied) == 1, claims
    assert denied[0].claimant == denier
    assert [p.name for p in denied[0].places] == [p.name for p in told[0].places]


def test_a_figure_disputed_of_no_front_claim_denies_nothing():
    text = (
        "Russian troops took Ivanivka. Moscow claimed Ukraine lost 1,500 "
        "soldiers a day, a figure Kyiv disputes."
    )
    claims = extract_claims(text, published=DAY, language="en")
    assert not any(c.negated for c in claims)


# a side pushed back from the ground its sentence claimed it took ("took
# part of X, but were pushed back from there"): an advance of the other side
# over that ground, no settlement lost
@pytest.mark.parametrize(
    ("text", "language", "gainer", "place"),
    [
        (
            "Russian troops took part of Kalynivka on Friday, but were pushed "
            "back from there on Monday.",
            "en",
            "UA",
            "Kalynivka",
        ),
        (
            "Russian assault groups seized the outskirts of Ivanivka, but were "
            "driven out of there two days later.",
            "en",
            "UA",
            "Ivanivka",
        ),
        (
            "Ukrainian units captured the northern part of Robotyne, but were "
            "later forced back from there.",
            "en",
            "RU",
            "Robotyne",
        ),
        (
            "Окупанти зайняли частину села Степове, проте згодом були вибиті звідти.",
            "uk",
            "UA",
            "Степове",
        ),
        (
            "Штурмовики ворога захопили частину Іванівки, однак згодом були "
            "витіснені звідти.",
            "uk",
            "RU",
            "Іванівки",
        ),
        (
            "Окупанти захопили околицю Степового, але згодом були вибиті звідти.",
            "uk",
            "UA",
            "Степового",
        ),
        (
            "Российские войска заняли окраину Ивановки, но вскоре были выбиты оттуда.",
            "ru",
            "UA",
            "Ивановки",
        ),
        (
            "Штурмовики заняли часть села Липовое, однако затем были вытеснены оттуда.",
            "ru",
            "UA",
            "Липовое",
        ),
        (
            "Штурмовые группы заняли окраину Липового, но вскоре были выбиты оттуда.",
            "ru",
            "UA",
            "Липового",
        ),
    ],
)
def test_pushed_back_from_ground_just_taken_is_an_advance(
    text, language, gainer, place
):
    claims = extract_claims(text, published=DAY, language=language)
    back = [c for c in claims if c.char_start > text.index(",")]
    assert len(back) == 1, claims
    assert back[0].kind == "advance" and back[0].gainer == gainer
    assert _names(back[0]) == [place]


# people a swap brought home, taken prisoner before, are no ground taken
# (English: uk/ru tell captivity as "потрапили в полон", no capture word)
@pytest.mark.parametrize(
    "text",
    [
        "Many of those released had defended Mariupol in 2022 or were captured "
        "near Bakhmut.",
        "Most of those freed in the swap had fought in Avdiivka or were captured "
        "near Pokrovsk.",
        "The soldiers exchanged on Friday had held out in Vovchansk and were "
        "captured near the town in May.",
    ],
)
def test_people_swapped_were_captured_no_ground(text):
    claims = extract_claims(text, published=DAY, language="en")
    assert not [c for c in claims if c.kind == "settlement_control"]


def test_a_capture_after_a_release_word_stays():
    text = "Russian troops were released from duty after they captured Ivanivka."
    claims = extract_claims(text, published=DAY, language="en")
    assert [c.kind for c in claims] == ["settlement_control"]
