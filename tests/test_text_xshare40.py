"""Session 40, lane xshare: one time, speaker or side stated once for several
claims of a sentence, each rule tested on phrasings of our own (three per
language where it applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

_PUBLISHED = date(2025, 6, 11)  # a Wednesday: "last week" is 2 to 8 June


def _periods(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(text, published=_PUBLISHED, language=lang)
    return {
        c.kind: (
            c.period_start.isoformat() if c.period_start else None,
            c.period_end.isoformat() if c.period_end else None,
        )
        for c in claims
    }


# XSHARE40 (a): a time closing the clause of a coordinated second verb dates
# the first verb of the same subject too ("advanced near X and captured Y
# last week": both claims are last week's)
@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "ISW said Russian troops had pushed forward near Dachne and "
            "captured Novopil last week.",
            "en",
            ("2025-06-02", "2025-06-08"),
        ),
        (
            "The governor said Ukrainian units advanced near Tetkino and took "
            "Zelene over the past week, adding that the border was calm.",
            "en",
            ("2025-06-04", "2025-06-10"),
        ),
        (
            "The commander said his brigade had advanced 2 km near Lozove and "
            "taken control of 30 sq km over the past week.",
            "en",
            ("2025-06-04", "2025-06-10"),
        ),
        (
            "DeepState повідомив, що окупанти просунулися біля Дачного і "
            "захопили Новопіль минулого тижня.",
            "uk",
            ("2025-06-02", "2025-06-08"),
        ),
        (
            "За словами речника, українські підрозділи просунулися під Тьоткіним "
            "та звільнили Зелене за минулий тиждень.",
            "uk",
            ("2025-06-04", "2025-06-10"),
        ),
        (
            "Командир розповів, що бригада просунулася на 2 км біля Лозового й "
            "звільнила 30 кв. км минулого тижня.",
            "uk",
            ("2025-06-02", "2025-06-08"),
        ),
        (
            "Минобороны заявило, что войска продвинулись у Дачного и "
            "освободили Новополь на прошлой неделе.",
            "ru",
            ("2025-06-02", "2025-06-08"),
        ),
        (
            "По данным аналитиков, российские подразделения продвинулись под "
            "Тёткино и заняли Зелёное за прошедшую неделю.",
            "ru",
            ("2025-06-04", "2025-06-10"),
        ),
        (
            "Командир сообщил, что бригада продвинулась на 2 км у Лозового и "
            "взяла под контроль 30 кв. км на прошлой неделе.",
            "ru",
            ("2025-06-02", "2025-06-08"),
        ),
    ],
)
def test_trailing_time_shared_by_coordinated_verbs(
    text: str, lang: str, span: tuple[str, str]
) -> None:
    got = _periods(text, lang)
    assert got.get("advance") == span, got
    assert span in got.values(), got
    assert len(set(got.values())) == 1, got


# XSHARE40 (a), the limits: a new subject, a comma clause or a statement word
# between the verbs keeps the time with the second verb only; a running
# total's start ("since January") is not shared
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian forces advanced near Dachne, and Kyiv said they captured "
            "Novopil last week.",
            "en",
        ),
        (
            "Russian troops pushed forward near Dachne and the general staff "
            "said Novopil fell last week.",
            "en",
        ),
        (
            "Ukrainian troops advanced near Robotyne and have liberated 300 sq km "
            "since January.",
            "en",
        ),
        (
            "Окупанти просунулися біля Дачного, а ЗСУ звільнили Новопіль минулого "
            "тижня.",
            "uk",
        ),
        (
            "Войска продвинулись у Дачного, и Генштаб сообщил, что Новополь "
            "освобождён на прошлой неделе.",
            "ru",
        ),
    ],
)
def test_trailing_time_not_shared_across_clauses(text: str, lang: str) -> None:
    got = _periods(text, lang)
    assert got.get("advance", (None, None))[0] is None, got


def _kinds_periods(text: str, lang: str) -> list[tuple[str, str | None]]:
    claims = extract_claims(text, published=_PUBLISHED, language=lang)
    return [
        (c.kind, c.period_start.isoformat() if c.period_start else None) for c in claims
    ]


# XSHARE40 (b): a chain of verbs of one subject, joined by commas and a last
# "and", shares the time closing the last verb's clause ("liberated X,
# advanced near Y and repelled attacks near Z over the past day")
@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        (
            "According to the General Staff, Ukrainian forces liberated Novopil, "
            "advanced 2 km near Dachne and repelled 12 attacks near Lozove "
            "over the past day.",
            "en",
            "2025-06-10",
        ),
        (
            "The brigade said its troops cleared Zelene, pushed forward near "
            "Tetkino and took Lozove last week.",
            "en",
            "2025-06-02",
        ),
        (
            "Russian troops seized Dachne, advanced near Novopil and entered "
            "Zelene over the past week, analysts said.",
            "en",
            "2025-06-04",
        ),
        (
            "За даними Генштабу, сили оборони звільнили Новопіль, просунулися "
            "на 2 км біля Дачного та відбили 12 атак біля Лозового минулого "
            "тижня.",
            "uk",
            "2025-06-02",
        ),
        (
            "Бригада повідомила, що її бійці зачистили Зелене, просунулися біля "
            "Тьоткіного і звільнили Лозове за минулий тиждень.",
            "uk",
            "2025-06-04",
        ),
        (
            "Аналітики вважають, що окупанти захопили Дачне, просунулися біля "
            "Новопілля й зайшли в Зелене минулого тижня.",
            "uk",
            "2025-06-02",
        ),
        (
            "По данным Минобороны, войска освободили Новополь, продвинулись на "
            "2 км у Дачного и отразили 12 атак у Лозового на прошлой неделе.",
            "ru",
            "2025-06-02",
        ),
        (
            "В бригаде сообщили, что бойцы зачистили Зелёное, продвинулись у "
            "Тёткино и освободили Лозовое за прошедшую неделю.",
            "ru",
            "2025-06-04",
        ),
        (
            "Аналитики считают, что российские войска заняли Дачное, "
            "продвинулись у Новополя и вошли в Зелёное на прошлой неделе.",
            "ru",
            "2025-06-02",
        ),
    ],
)
def test_trailing_time_shared_by_a_chain_of_verbs(
    text: str, lang: str, start: str
) -> None:
    got = _kinds_periods(text, lang)
    assert len(got) >= 3, got
    assert all(s == start for _, s in got), got


# XSHARE40 (b), the limit: a comma before a new subject opens a clause of its
# own, whose time is its own
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian troops took Dachne, Ukrainian forces liberated Novopil last week.",
            "en",
        ),
        ("Росіяни захопили Дачне, ЗСУ звільнили Новопіль минулого тижня.", "uk"),
        (
            "Российские войска заняли Дачное, ВСУ освободили Новополь "
            "на прошлой неделе.",
            "ru",
        ),
    ],
)
def test_comma_before_a_new_subject_keeps_the_time(text: str, lang: str) -> None:
    got = _kinds_periods(text, lang)
    assert sorted(s for _, s in got if s) == ["2025-06-02"], got
