"""Session 37, perioden: period defects on phrasings of our own.

Each case is checked against the periods table of CONVENTIONS.md; nothing
here reads ``../shared`` or any corpus text.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontline.text.claims import extract_claims

WED = date(2025, 11, 5)  # a Wednesday; the Sunday before is 2 November


def _only(text: str, published: date = WED, language: str = "en"):
    claims = extract_claims(text, published=published, language=language)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Tuesday that its troops had captured the village "
        "of Pishchane on Sunday.",
        "The Russian defence ministry said on Tuesday that its troops had "
        "captured the village of Pishchane in the Kharkiv region on Sunday.",
        "Russia's defence ministry said on Tuesday that its forces had taken "
        "the settlement of Pishchane in Kharkiv region's Kupiansk district "
        "on Sunday.",
    ],
)
def test_weekday_after_a_long_object_is_the_claims(text: str) -> None:
    """A weekday closing the claim's own clause, past a long object, dates
    the capture (not the statement's weekday before it)."""
    c = _only(text)
    assert (c.period_start, c.period_end) == (date(2025, 11, 2), date(2025, 11, 2))


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Russian forces captured Pishchane on the 3rd, the ministry said.", "en", 3),
        (
            "Russian forces seized Pishchane on the night of the 3rd after heavy "
            "fighting, the ministry said.",
            "en",
            3,
        ),
        (
            "Russian troops took the village of Pishchane on the 28th after weeks "
            "of fighting, the ministry said.",
            "en",
            28,
        ),
        (
            "Російські війська захопили село Піщане 28 числа, повідомило Міноборони.",
            "uk",
            28,
        ),
        ("Российские войска взяли Песчаное 31 числа, сообщило Минобороны.", "ru", 31),
    ],
)
def test_a_day_of_the_month_alone(text: str, language: str, day: int) -> None:
    """ "on the 3rd" is a day of the publication's month, as "2 числа"; a day
    after the publication day is of the month before (never a later day)."""
    c = _only(text, language=language)
    month = 11 if day <= 5 else 10
    assert (c.period_start, c.period_end) == (date(2025, month, day),) * 2


def test_a_unit_ordinal_is_no_day() -> None:
    """ "the 93rd brigade's positions" is a unit, not a day."""
    c = _only(
        "Ukrainian forces repelled an attack on the 93rd brigade's positions "
        "near Pishchane, the General Staff said."
    )
    assert c.period_text is None or "93" not in c.period_text


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        (
            "Russian forces captured 200 sq km last week, up from 150 sq km the "
            "previous week, DeepState said.",
            "en",
            (date(2025, 10, 20), date(2025, 10, 26)),
        ),
        (
            "Russian forces captured 190 sq km in the week to November 2, compared "
            "with 150 sq km in the previous week, DeepState said.",
            "en",
            (date(2025, 10, 20), date(2025, 10, 26)),
        ),
        (
            "Russian forces captured 540 sq km in October, up from 400 sq km the "
            "previous month, DeepState said.",
            "en",
            (date(2025, 9, 1), date(2025, 9, 30)),
        ),
        (
            "У жовтні російські війська захопили 540 кв. км, тоді як попереднього "
            "місяця — 400 кв. км, повідомив DeepState.",
            "uk",
            (date(2025, 9, 1), date(2025, 9, 30)),
        ),
        (
            "В октябре российские войска заняли 540 кв. км, а в предыдущем месяце "
            "— 400 кв. км, сообщил DeepState.",
            "ru",
            (date(2025, 9, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_the_previous_week_or_month_after_another(
    text: str, language: str, span: tuple[date, date]
) -> None:
    """ "the previous week / month" after a week or month named in the
    sentence is the one before it (the compared figure's own period)."""
    claims = extract_claims(text, published=WED, language=language)
    assert len(claims) == 2, claims
    assert (claims[1].period_start, claims[1].period_end) == span
    assert claims[0].period_start != span[0]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Over the previous week, Russian forces captured 150 sq km, DeepState "
            "said.",
            (date(2025, 10, 29), date(2025, 11, 4)),
        ),
        (
            "Russia took 400 sq km in the previous month, DeepState said.",
            (date(2025, 10, 1), date(2025, 10, 31)),
        ),
        (
            "Russian forces captured 540 sq km over the past week, compared with "
            "400 sq km in the previous month, DeepState said.",
            (date(2025, 10, 1), date(2025, 10, 31)),
        ),
    ],
)
def test_the_previous_week_or_month_alone(text: str, span: tuple[date, date]) -> None:
    """Alone, or after a span that is no calendar month, "the previous week"
    is the past week and "the previous month" the calendar month before."""
    claims = extract_claims(text, published=WED, language="en")
    assert (claims[-1].period_start, claims[-1].period_end) == span


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Russian forces captured Pishchane on Thursday last week, the ministry "
            "said.",
            "en",
            date(2025, 10, 30),
        ),
        (
            "On Monday of last week, Russian troops took control of Pishchane, the "
            "ministry said.",
            "en",
            date(2025, 10, 27),
        ),
        (
            "Russian forces captured Pishchane on Sunday last week, the ministry "
            "said on Monday.",
            "en",
            date(2025, 11, 2),
        ),
        (
            "Російські війська захопили Піщане у четвер минулого тижня, повідомило "
            "Міноборони.",
            "uk",
            date(2025, 10, 30),
        ),
        (
            "Во вторник прошлой недели российские войска освободили Песчаное, "
            "сообщило Минобороны.",
            "ru",
            date(2025, 10, 28),
        ),
        (
            "Российские войска взяли Песчаное в четверг на прошлой неделе, сообщило "
            "Минобороны.",
            "ru",
            date(2025, 10, 30),
        ),
    ],
)
def test_a_weekday_of_last_week(text: str, language: str, day: date) -> None:
    """ "on Thursday last week" is that day of the calendar week before, not
    the whole week."""
    c = _only(text, language=language)
    assert (c.period_start, c.period_end) == (day, day)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Russian forces captured 12 sq km near Pokrovsk on Tuesday, up from "
            "8 sq km the previous day, DeepState said.",
            "en",
            date(2025, 11, 3),
        ),
        (
            "Russian forces captured 12 sq km near Pokrovsk on Nov. 3, compared "
            "with 8 sq km a day earlier, DeepState said.",
            "en",
            date(2025, 11, 2),
        ),
        (
            "3 листопада ворог захопив 12 кв. км біля Покровська, а напередодні — "
            "8 кв. км, повідомив DeepState.",
            "uk",
            date(2025, 11, 2),
        ),
        (
            "Во вторник российские войска заняли 12 кв. км у Покровска, а днём "
            "ранее — 8 кв. км, сообщил DeepState.",
            "ru",
            date(2025, 11, 3),
        ),
    ],
)
def test_the_previous_day_after_a_named_day(
    text: str, language: str, day: date
) -> None:
    """ "the previous day" after a day named in the sentence is the day
    before that one, not the day before publication."""
    claims = extract_claims(text, published=WED, language=language)
    assert len(claims) == 2, claims
    assert (claims[1].period_start, claims[1].period_end) == (day, day)
    assert claims[0].period_end == day + timedelta(days=1)


def test_the_previous_day_after_a_week_is_the_day_before_publication() -> None:
    """After a span longer than a day, "the previous day" keeps its reading
    from the statement day."""
    claims = extract_claims(
        "Russian forces captured 12 sq km near Pokrovsk last week, and 3 sq km "
        "the previous day, DeepState said.",
        published=WED,
        language="en",
    )
    assert (claims[-1].period_start, claims[-1].period_end) == (
        date(2025, 11, 4),
        date(2025, 11, 4),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured 30 sq km near Pokrovsk on Oct 27-Nov 2, DeepState "
        "said.",
        "Russian forces captured 30 sq km near Pokrovsk over Oct. 27-Nov. 2, "
        "DeepState said.",
        "Russian forces captured 30 sq km near Pokrovsk from 27 Oct-2 Nov, "
        "DeepState said.",
    ],
)
def test_a_tight_dash_across_two_months(text: str) -> None:
    """ "Oct. 27-Nov. 2" is the whole span (not its last day, nor October)."""
    c = _only(text)
    assert (c.period_start, c.period_end) == (date(2025, 10, 27), date(2025, 11, 2))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Russian forces captured Pishchane on the 3rd of this month, the "
            "ministry said.",
            date(2025, 11, 3),
        ),
        (
            "Russian forces captured Pishchane on the 3rd of last month, the "
            "ministry said.",
            date(2025, 10, 3),
        ),
        (
            "Russian forces captured Pishchane in the early hours of the 3rd, the "
            "ministry said.",
            date(2025, 11, 3),
        ),
    ],
)
def test_a_day_of_this_or_last_month(text: str, day: date) -> None:
    """ "on the 3rd of this / last month" is that day, not the whole month."""
    c = _only(text)
    assert (c.period_start, c.period_end) == (day, day)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "Российские войска освободили Песчаное в ночь на 3-е, сообщило Минобороны.",
            "ru",
            date(2025, 11, 3),
        ),
        (
            "Российские войска освободили Песчаное в ночь на 30-е, сообщило "
            "Минобороны.",
            "ru",
            date(2025, 10, 30),
        ),
        (
            "Російські війська захопили Піщане в ніч на 3-тє, повідомило Міноборони.",
            "uk",
            date(2025, 11, 3),
        ),
    ],
)
def test_the_night_to_a_day_of_the_month(text: str, language: str, day: date) -> None:
    """ "в ночь на 3-е", "в ніч на 3-тє" (no month) is that day of the month."""
    c = _only(text, language=language)
    assert (c.period_start, c.period_end) == (day, day)
