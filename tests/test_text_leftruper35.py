"""Session 35, Russian and period leftovers: defects on phrasings of our own."""

from frontline.text.claims import extract_claims


def _claims(text: str, lang: str, published: str = "2025-10-20") -> list:
    """The claims extracted from ``text``."""
    return extract_claims(text, published=published, language=lang)


def _claimants(text: str, lang: str) -> list:
    """The claimant of each claim extracted from ``text``."""
    return [c.claimant for c in _claims(text, lang)]


def test_agency_with_quoted_name_after_verb_is_claimant() -> None:
    """'…, передаёт агентство «Интерфакс»' names the agency."""
    assert _claimants(
        "Российские войска освободили село Луговое, передаёт агентство «Интерфакс».",
        "ru",
    ) == ["агентство «Интерфакс»"]
    assert _claimants(
        "Армия России заняла Знаменку, передает агентство «Регнум».", "ru"
    ) == ["агентство «Регнум»"]
    assert _claimants(
        "Росіяни захопили село Андріївка, повідомляє агентство «Укрінформ».", "uk"
    ) == ["агентство «Укрінформ»"]


def test_agency_told_is_no_part_of_the_source() -> None:
    """'— сообщил ТАСС источник в силовых структурах': the source speaks."""
    assert _claimants(
        "Российские войска заняли село Луговое, — сообщил ТАСС источник в "
        "силовых структурах.",
        "ru",
    ) == ["источник в силовых структурах"]
    assert _claimants(
        "Армия России освободила Знаменку, сообщил РИА Новости источник в "
        "оборонном ведомстве.",
        "ru",
    ) == ["источник в оборонном ведомстве"]
    assert _claimants(
        "Росіяни захопили село Андріївка, повідомило УНІАН джерело в Генштабі.",
        "uk",
    ) == ["джерело в Генштабі"]


def test_country_in_locative_is_no_claimant() -> None:
    """'В Украине сообщили, что …' names no speaker 'Украине'."""
    for text, lang in (
        ("В Украине сообщили, что российские войска захватили село Луговое.", "ru"),
        ("В России заявили, что войска освободили Знаменку.", "ru"),
        ("У Росії заявили, що війська захопили село Андріївка.", "uk"),
    ):
        names = _claimants(text, lang)
        assert names and not any(n in ("Украине", "России", "Росії") for n in names)
        assert not any(
            n and n.split()[-1] in ("Украине", "России", "Росії") for n in names
        )


def _period(text: str, lang: str = "en") -> tuple:
    """The period of the first claim extracted from ``text`` (published on
    Monday 20 October 2025)."""
    c = _claims(text, lang)[0]
    return c.period_start, c.period_end, c.cumulative


def test_named_month_so_far_runs_from_its_first() -> None:
    """'In October so far', 'month to date': the 1st to the statement day."""
    from datetime import date

    want = (date(2025, 10, 1), date(2025, 10, 20), True)
    assert _period("In October so far, Russian forces have captured 300 sq km.") == want
    assert (
        _period("So far in October, Russian troops seized 120 square kilometres.")
        == want
    )
    assert (
        _period("Russian forces have taken 95 sq km month to date, analysts said.")
        == want
    )


def test_span_of_ordinal_days_is_dated() -> None:
    """'between the 1st and 15th of October' is 1-15 October."""
    from datetime import date

    assert _period(
        "Between the 1st and 15th of October, Russian forces captured 300 sq km."
    )[:2] == (date(2025, 10, 1), date(2025, 10, 15))
    assert _period(
        "From the 3rd to the 9th of October, Russian troops seized 120 sq km."
    )[:2] == (date(2025, 10, 3), date(2025, 10, 9))
    assert _period(
        "Russian forces captured 210 sq km between the 1st and the 14th of September."
    )[:2] == (date(2025, 9, 1), date(2025, 9, 14))


def test_statement_with_no_owner_is_the_speaker_named_before() -> None:
    """'— зазначається в повідомленні бригади', 'according to the statement':
    the speaker named before (S35B25 rule, re-measured)."""
    assert (
        _claimants(
            "Речник Сил оборони Іван Коваль заявив про бої біля села Нове. Противник "
            "залишив село Андріївка, зазначається в повідомленні бригади.",
            "uk",
        )[-1]
        == "Іван Коваль"
    )
    assert (
        _claimants(
            "Командир бригады Иван Петров рассказал о боях у села Новое. Противник "
            "оставил Андреевку, отмечается в сообщении бригады.",
            "ru",
        )[-1]
        == "Иван Петров"
    )
    assert (
        _claimants(
            "Zelensky spoke about the front. Ukrainian troops recaptured Andriivka, "
            "according to the statement.",
            "en",
        )[-1]
        == "Zelensky"
    )
