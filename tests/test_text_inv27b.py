"""Invariance lane, round 2 (session 27): the same claim however the text
writes a distance, a quote or a wrapped line.

Own sentences only (never a corpus sentence); each form is compared with the
plain one, so the tests pin the invariance rather than one output.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import claim_to_record, extract_claims
from frontline.text.normalise import normalise

DAY = date(2024, 5, 6)


def _frame(text: str, lang: str) -> list[tuple]:
    out = []
    for c in extract_claims(text, published=DAY, language=lang):
        r = claim_to_record(c)
        out.append(
            (
                r["kind"],
                r["gainer"],
                r["distance_km"],
                tuple(p["name"] for p in r["places"]),
            )
        )
    return out


# a distance in words reads as in digits: (words, digits, distance, place)
DISTANCES = [
    (
        "Ukrainian troops moved three km deep into Russian lines near Robotyne.",
        "Ukrainian troops moved 3 km deep into Russian lines near Robotyne.",
        3.0,
        "Robotyne",
    ),
    (
        "The brigade said it had pushed three to five kilometres beyond the "
        "river near Krynky.",
        "The brigade said it had pushed 3 to 5 kilometres beyond the river "
        "near Krynky.",
        5.0,
        "Krynky",
    ),
    (
        "Russian units have got within about six km of Pokrovsk, analysts say.",
        "Russian units have got within about 6 km of Pokrovsk, analysts say.",
        None,  # the distance still to go is no gain
        "Pokrovsk",
    ),
    (
        "Russian forces gained two kilometres near Chasiv Yar on Monday.",
        "Russian forces gained 2 kilometres near Chasiv Yar on Monday.",
        2.0,
        "Chasiv Yar",
    ),
]


@pytest.mark.parametrize(("words", "digits", "km", "place"), DISTANCES)
def test_a_distance_in_words_reads_as_in_digits(
    words: str, digits: str, km: float | None, place: str
) -> None:
    got = _frame(words, "en")
    assert got == _frame(digits, "en")
    assert [(k, d, p) for k, _, d, p in got] == [("advance", km, (place,))]


# straight quotes in Cyrillic text read as « »: the rules that looked for a
# guillemet take either
QUOTED = [
    ("uk", 'Окупанти вже вкотре "брали" Кринки, але ЗСУ тримають село.'),
    ("uk", 'Ворог оголосив "перегрупування" сил із району Синьківки.'),
    ("uk", 'Міноборони РФ заявило про "повний контроль" над Невським.'),
    ("ru", 'В Минобороны РФ объявили "полный контроль" над Невским.'),
    ("ru", '"Невское полностью наше": командир рассказал о штурме села.'),
    ("ru", 'Командир сказал журналистам: "Кринки пали".'),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_straight_and_angle_quotes_give_the_same_claims(lang: str, text: str) -> None:
    angle = text.replace('"', "«", 1).replace('"', "»", 1)
    want = _frame(angle, lang)
    assert want, angle
    assert _frame(text, lang) == want


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        # a comma before a capital: a list or an apposition goes on
        ("troops drove them out of Pobieda,\nSeverne and Lastochkyne", True),
        ("війська вибили ворога з Ізюма, Балаклії,\nШевченкового", True),
        ("войска освободили Лобковое,\nЛевадное и Новодаровку", True),
        # a verb waiting for its complement, a direction before a name
        ("the total gain this month was\n3,500 square kilometres", True),
        ("a dozen villages in the southern\nKherson region", True),
        ("had pushed into the north-eastern\noutskirts", True),
        # a region word never opens a sentence
        ("withdrew from the whole of occupied Kharkiv\nOblast", True),
        ("fighting along the Oskil\nRiver continued", True),
        # a line of running text (long, a sentence ends inside it) goes on
        # before a capital
        (
            "The army said it had advanced. Its units are now pushing south of "
            "Mala\nTokmachka, a spokesman said",
            True,
        ),
        (
            "Бої тривають третій тиждень. Російські війська намагаються оточити "
            "Велику\nНовосілку з півдня",
            True,
        ),
        (
            "Бои продолжаются. Российские подразделения продвинулись к северу от "
            "Новой\nПолтавки за сутки",
            True,
        ),
        # a headline ending in a name, before a body line: kept
        ("Russia says it took Hirnyk\nThe defence ministry said", False),
        ("Ukraine holds Krynky\nKyiv says its marines hold", False),
        ("Бої за Покровськ\nСили оборони тримають", False),
    ],
)
def test_more_wrapped_lines_are_joined(raw: str, joined: bool) -> None:
    out, _ = normalise(raw)
    assert len(out) == len(raw)
    assert ("\n" not in out) is joined


WRAPPED = [
    (
        "en",
        "Ukrainian forces have liberated the villages of Staromaiorske,\n"
        "Urozhaine and Makarivka, the general staff said.",
    ),
    (
        "en",
        "Russian troops have occupied 400 square kilometres of the Kharkiv\n"
        "Oblast since May, the analysts said.",
    ),
    (
        "en",
        "By the end of the month, the area Russia captured was\n"
        "610 square kilometres, the monitors said.",
    ),
    ("uk", "Сили оборони звільнили Старомайорське,\nУрожайне та Макарівку, "
     "повідомив Генштаб."),
    ("ru", "ВСУ освободили Старомайорское,\nУрожайное и Макаровку, сообщил "
     "Генштаб."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), WRAPPED)
def test_a_wrapped_sentence_gives_the_claims_of_one_line(lang: str, text: str) -> None:
    want = _frame(text.replace("\n", " "), lang)
    assert want
    assert _frame(text, lang) == want
