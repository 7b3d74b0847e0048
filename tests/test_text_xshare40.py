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
