"""Session 39, lane b30miss2: missed claims blind30 left open after b30miss,
each rule tested on phrasings of our own (three per language)."""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

PUB = "2025-03-10"


# B30MISS239 (a): a spoken push on with its distance after a comma ("we have
# moved further, about 2 km south of it") is an advance of that distance
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        (
            "Since then we have moved further, about 2 km south of the farm.",
            "en",
            "UA",
            2.0,
        ),
        ("We moved on, some 3 km past the bridge.", "en", "UA", 3.0),
        (
            "Our company went further, roughly five kilometres into the woods.",
            "en",
            "UA",
            5.0,
        ),
        (
            "Відтоді ми пішли далі, приблизно на 2 кілометри на південь від ферми.",
            "uk",
            "UA",
            2.0,
        ),
        ("Ми рушили далі, ще десь на три кілометри за річку.", "uk", "UA", 3.0),
        ("Наші хлопці пішли далі на 4 км до траси.", "uk", "UA", 4.0),
        (
            "С тех пор мы пошли дальше, примерно на 2 километра южнее фермы.",
            "ru",
            "RU",
            2.0,
        ),
        ("Мы двинулись дальше, ещё километра на три за реку.", "ru", "RU", 3.0),
        ("Наши парни пошли дальше на 4 км к трассе.", "ru", "RU", 4.0),
    ],
)
def test_push_on_with_distance_after_comma(
    text: str, lang: str, gainer: str, km: float
) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    adv = [c for c in cs if c.kind == "advance"]
    assert len(adv) == 1, cs
    assert adv[0].gainer == gainer
    assert adv[0].distance_km == km
    assert not adv[0].negated


# ... but "went further" with no distance, or a distance that is no move, is
# no advance
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The talks went further, about the 2 km buffer zone.", "en"),
        ("Розмова пішла далі, про села.", "uk"),
        ("Разговор пошёл дальше, о сёлах.", "ru"),
    ],
)
def test_going_further_without_a_move(text: str, lang: str) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    assert not [c for c in cs if c.kind == "advance"], cs


# B30MISS239 (b): "since then" after a dated claim starts the next claim's span
# on that day ("since_then": the day named last … the statement)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "We retook Hrushivka on 28 February. Since then we have advanced about "
            "2 km south of it.",
            "en",
        ),
        (
            "The brigade cleared Lisnivka on 28 February. Ever since then it has "
            "pushed on, some 2 km beyond it.",
            "en",
        ),
        (
            "On 28 February our troops liberated Zelenivka. Since then they have "
            "moved 2 kilometres closer to the highway.",
            "en",
        ),
        (
            "Ми відбили Грушівку 28 лютого. Відтоді ми просунулися ще на 2 км на "
            "південь.",
            "uk",
        ),
        (
            "Бригада зачистила Лісну 28 лютого. З того часу вона пішла далі, "
            "приблизно на 2 км.",
            "uk",
        ),
        (
            "28 лютого наші звільнили Зеленівку. З тих пір вони просунулися на 2 "
            "кілометри до траси.",
            "uk",
        ),
        (
            "Мы отбили Грушевку 28 февраля. С тех пор мы продвинулись ещё на 2 км к "
            "югу.",
            "ru",
        ),
        (
            "Бригада зачистила Лесное 28 февраля. С того времени она пошла дальше, "
            "примерно на 2 км.",
            "ru",
        ),
        (
            "28 февраля наши освободили Зеленовку. С тех пор они продвинулись на 2 "
            "километра к трассе.",
            "ru",
        ),
    ],
)
def test_since_then_starts_on_the_day_named(text: str, lang: str) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    adv = [c for c in cs if c.kind == "advance"]
    assert len(adv) == 1, cs
    assert adv[0].distance_km == 2.0
    assert str(adv[0].period_start) == "2025-02-28"
    assert str(adv[0].period_end) == PUB


# ... but "since then, as" is a clause of its own ("відтоді, як" / "с тех
# пор как": since the moment when): no day named last is taken
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Відтоді як ворог зайшов у село, ми просунулися на 2 км.", "uk"),
        ("С тех пор как противник зашёл в село, мы продвинулись на 2 км.", "ru"),
    ],
)
def test_since_as_is_no_since_then(text: str, lang: str) -> None:
    from frontline.text.periods import find_periods

    assert not [p for p in find_periods(text, lang) if p.kind == "since_then"]


# B30MISS239 (c): a side word in a count of the speaker's own ("by our count",
# "за нашими підрахунками", "по нашим подсчётам") does not hold the figure
@pytest.mark.parametrize(
    ("text", "lang", "gainer"),
    [
        (
            "Russia's net gain since the start of the year: 1,200 sq km, by our "
            "estimate.",
            "en",
            "RU",
        ),
        (
            "By our count, Russia's net gain since the start of the year is 1,200 "
            "sq km.",
            "en",
            "RU",
        ),
        ("Moscow's net gain in August: 300 sq km, according to our data.", "en", "RU"),
        (
            "Чистий приріст Росії з початку року: 1200 кв. км, за нашими підрахунками.",
            "uk",
            "RU",
        ),
        ("На нашу оцінку, приріст Росії за серпень — 300 кв. км.", "uk", "RU"),
        ("Приріст росіян за серпень: 300 кв. км, за нашими даними.", "uk", "RU"),
        (
            "Чистый прирост России с начала года: 1200 кв. км, по нашим подсчётам.",
            "ru",
            "RU",
        ),
        ("По нашей оценке, прирост России за август — 300 кв. км.", "ru", "RU"),
        ("Прирост Украины за август: 300 кв. км, по нашим данным.", "ru", "UA"),
    ],
)
def test_own_count_names_no_holder(text: str, lang: str, gainer: str) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    area = [c for c in cs if c.kind == "area_change"]
    assert len(area) == 1, cs
    assert area[0].gainer == gainer
    assert area[0].area_km2 and area[0].area_km2 > 0


# B30MISS239 (d): a line of a period and a distance only, right after an
# advance, is that side's advance by the distance at the same places
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "km"),
    [
        (
            "Russian troops are advancing toward Hrushivka. Over the past week, "
            "about 3 kilometres.",
            "en",
            "RU",
            3.0,
        ),
        (
            "Our units are pushing toward Lisnivka. This week, another 2 km.",
            "en",
            "UA",
            2.0,
        ),
        (
            "Ukrainian forces advanced near Zelenivka.\nIn the past week: roughly "
            "four kilometres.",
            "en",
            "UA",
            4.0,
        ),
        (
            "Зараз триває просування до Грушівки. За останній тиждень — близько 3 "
            "кілометрів.",
            "uk",
            "UA",
            3.0,
        ),
        (
            "Росіяни просуваються до Лісної. За тиждень — ще близько двох км.",
            "uk",
            "RU",
            2.0,
        ),
        (
            "Наші штурмовики просунулися біля Зеленівки.\n— За минулий тиждень "
            "приблизно чотири кілометри.",
            "uk",
            "UA",
            4.0,
        ),
        (
            "Сейчас идёт продвижение к Грушевке. За последнюю неделю — около 3 "
            "километров.",
            "ru",
            "RU",
            3.0,
        ),
        ("ВСУ продвигаются к Лесному. За неделю — ещё около двух км.", "ru", "UA", 2.0),
        (
            "Наши подразделения продвинулись у Зеленовки.\n— За прошлую неделю "
            "примерно четыре километра.",
            "ru",
            "RU",
            4.0,
        ),
    ],
)
def test_bare_distance_after_an_advance(
    text: str, lang: str, gainer: str, km: float
) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    dist = [c for c in cs if c.kind == "advance" and c.distance_km]
    assert len(dist) == 1, cs
    assert dist[0].gainer == gainer
    assert dist[0].distance_km == km
    assert dist[0].places
    assert dist[0].period_start is not None


# ... but a distance line with words of its own, or after no advance, is not
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian troops are advancing toward Hrushivka. The river is 3 km wide.",
            "en",
        ),
        ("Росіяни обстріляли Лісну. За тиждень — близько двох кілометрів.", "uk"),
        ("Сейчас идёт продвижение к Грушевке. До трассы около 3 километров.", "ru"),
    ],
)
def test_no_bare_distance(text: str, lang: str) -> None:
    cs = extract_claims(text, published=PUB, language=lang)
    assert not [c for c in cs if c.kind == "advance" and c.distance_km], cs
