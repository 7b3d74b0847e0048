"""Session 43, lane known43: defects left open, on phrasings of our own."""

from __future__ import annotations

import pytest

from frontline.text.claims import claim_to_record, extract_claims

PUB = "2025-06-09"


def _claims(text: str, lang: str) -> list[tuple[str, str | None, list[str], bool]]:
    return [
        (c.kind, c.gainer, [p.name for p in c.places], bool(c.negated))
        for c in extract_claims(text, published=PUB, language=lang)
    ]


# (8) "не допустили" / "не допущено" after an advance noun: the attacker's
# advance, negated (was an advance done)
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Прориву ворога біля Зорівки не допустили.", "uk", "RU", "Зорівки"),
        ("Просування окупантів до Липового не допущено.", "uk", "RU", "Липового"),
        ("Прорив ворога до Дубрівки «не допустили».", "uk", "RU", "Дубрівки"),
        ("Прорыва ВСУ у Зоровки не допущено.", "ru", "UA", "Зоровки"),
        (
            "Продвижения ВСУ к Липовому не допустили, заявили в Минобороны.",
            "ru",
            "UA",
            "Липовому",
        ),
        ("Прорыв ВСУ к Дубровке «не допущен».", "ru", "UA", "Дубровке"),
    ],
)
def test_an_advance_not_let_through_is_negated(
    text: str, lang: str, gainer: str, place: str
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "advance"]
    assert got == [("advance", gainer, [place], True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ворог прорвався до Зорівки, і зупинити його не вдалося.", "uk"),
        ("Противник прорвался к Зоровке.", "ru"),
    ],
)
def test_an_advance_let_through_stays_done(text: str, lang: str) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "advance"]
    assert got and not any(c[3] for c in got)


# (4) a side's genitive after an advance noun before a stall ("Наступ росіян
# на X зупинено"): that side's advance, negated (uk gave the other side)
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Наступ росіян на Липове зупинено.", "uk", "Липове"),
        ("Просування окупантів біля Зорівки зупинено.", "uk", "Зорівки"),
        (
            "Прорив рашистів до Дубрівки зупинено, повідомили в бригаді.",
            "uk",
            "Дубрівки",
        ),
        ("Наступление россиян на Липовое остановлено.", "ru", "Липовое"),
        ("Продвижение оккупантов у Зоровки остановлено.", "ru", "Зоровки"),
        ("Прорыв рашистов к Дубровке остановлен.", "ru", "Дубровке"),
    ],
)
def test_a_side_s_stalled_advance_noun_keeps_its_side(
    text: str, lang: str, place: str
) -> None:
    got = [c for c in _claims(text, lang) if c[0] == "advance"]
    assert got == [("advance", "RU", [place], True)]


def test_an_oblique_side_object_before_a_push_verb_stays_the_loser() -> None:
    got = _claims("Окупантів вибили з Липового.", "uk")
    assert [c[:2] for c in got] == [("settlement_control", "UA")]


def _count_claims(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (r["kind"], r["gainer"], r.get("settlements_count"))
        for r in map(
            claim_to_record, extract_claims(text, published=PUB, language=lang)
        )
    ]


# (7) uk "втрату трьох сіл": the loss of a counted number of places in the noun
# (was nothing; ru "потерю" and en "the loss of" were found already)
@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Командування визнало втрату трьох сіл на Покровському напрямку.", "uk", 3),
        ("Генштаб підтвердив втрату двох населених пунктів біля Курахового.", "uk", 2),
        ("У бригаді визнали втрату п'яти сіл за тиждень.", "uk", 5),
        ("ВСУ признали потерю двух населённых пунктов у Курахово.", "ru", 2),
        ("Киев признал потерю пяти сёл за неделю.", "ru", 5),
        ("Kyiv confirmed the loss of two settlements near Kurakhove.", "en", 2),
    ],
)
def test_the_loss_of_counted_villages_is_the_other_side_s(
    text: str, lang: str, count: int
) -> None:
    assert _count_claims(text, lang) == [("settlement_control", "RU", count)]


def test_the_loss_of_counted_ground_in_the_noun() -> None:
    got = _claims("Сили оборони визнали втрату близько 20 кв. км біля Зорівки.", "uk")
    assert got == [("area_change", "RU", ["Зорівки"], False)]


# (5) a place taken in a ring: the encircler's advance, as en "encircled X"
# and the read golds (blind7, 13, 27, 30, 34: advance); ru "взяли X в кольцо"
# was a capture, uk "взяли X у кільце" and ru "окружили X" nothing
@pytest.mark.parametrize(
    ("text", "lang", "gainer", "place"),
    [
        ("Российские войска взяли Северск в кольцо.", "ru", "RU", "Северск"),
        ("ВСУ взяли Липовое в кольцо.", "ru", "UA", "Липовое"),
        ("Российские войска окружили Северск.", "ru", "RU", "Северск"),
        ("Російські війська взяли Сіверськ у кільце.", "uk", "RU", "Сіверськ"),
        ("ЗСУ взяли Лиман у кільце.", "uk", "UA", "Лиман"),
        ("Окупанти взяли Зорівку в напівкільце.", "uk", "RU", "Зорівку"),
        ("Russian forces encircled Siversk.", "en", "RU", "Siversk"),
    ],
)
def test_a_place_taken_in_a_ring_is_an_advance(
    text: str, lang: str, gainer: str, place: str
) -> None:
    assert _claims(text, lang) == [("advance", gainer, [place], False)]


def test_a_bare_took_stays_a_capture() -> None:
    got = _claims("Российские войска взяли Северск.", "ru")
    assert got == [("settlement_control", "RU", ["Северск"], False)]


# (1) a "when" clause's capture keeps its capturer; a foothold lost after it
# is no advance of the loser (was a UA advance at the captured town)
@pytest.mark.parametrize(
    ("text", "gainer", "place"),
    [
        (
            "When Russian forces took Zorivka in May, Ukraine lost its last "
            "foothold on the river.",
            "RU",
            "Zorivka",
        ),
        (
            "After Russian troops seized Lypove, Kyiv lost its only bridgehead "
            "in the area.",
            "RU",
            "Lypove",
        ),
        (
            "When Ukrainian units recaptured Dubrivka, Russia lost the small "
            "foothold it had held west of the town.",
            "UA",
            "Dubrivka",
        ),
    ],
)
def test_a_foothold_lost_after_a_when_capture(
    text: str, gainer: str, place: str
) -> None:
    got = _claims(text, "en")
    assert [c[:2] for c in got] == [("settlement_control", gainer)]
    assert place in got[0][2]


def test_a_foothold_established_stays_an_advance() -> None:
    got = _claims("Ukrainian marines established a foothold near Krynky.", "en")
    assert got == [("advance", "UA", ["Krynky"], False)]


# (6) a congratulation on a "full" capture noun, the adjective inside the
# quotes or not ("з «повним звільненням» X"): was no claim
@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Кремль привітав армію з «повним звільненням» Зорівки.", "uk", "Зорівки"),
        (
            "Шойгу привітав десантників із «остаточним звільненням» Липового.",
            "uk",
            "Липового",
        ),
        (
            "Міністр оборони РФ привітав бійців з «повним визволенням» Дубрівки.",
            "uk",
            "Дубрівки",
        ),
        ("Кремль поздравил армию с «полным освобождением» Зоровки.", "ru", "Зоровки"),
        (
            "Шойгу поздравил десантников с «полным освобождением» Липового.",
            "ru",
            "Липового",
        ),
        ("Путин поздравил военных с полным освобождением Дубровки.", "ru", "Дубровки"),
    ],
)
def test_a_congratulation_on_a_full_capture(text: str, lang: str, place: str) -> None:
    assert _claims(text, lang) == [("settlement_control", "RU", [place], False)]
