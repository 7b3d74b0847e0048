"""Session 38, conv: a CONVENTIONS.md audit on phrasings of our own.

Each case exercises one row of CONVENTIONS.md (periods, cumulative, holding,
hedged, negated, claimant) inside a full news sentence; nothing here reads
``../shared`` or any corpus text.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

THU = date(2025, 11, 6)  # a Thursday


def _only(text: str, language: str, published: date = THU):
    claims = extract_claims(text, published=published, language=language)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    "text, language",
    [
        ("ВС РФ, скорее всего, продвинулись на 2 км у Купянска, пишет ISW.", "ru"),
        (
            "Российские войска, вероятнее всего, заняли 12 кв. км у Покровска, "
            "считают в ISW.",
            "ru",
        ),
        (
            "Больше всего ВС РФ продвинулись у Покровска — на 3 км, сообщил военкор.",
            "ru",
        ),
        (
            "ВСУ продвинулись всего лишь на 2 км у Купянска, признал военкор.",
            "ru",
        ),
        (
            "Ворог просунувся всього лише на 2 км біля Куп'янська, пише DeepState.",
            "uk",
        ),
        (
            "Окупанти захопили всього лише 12 кв. км біля Покровська, пише DeepState.",
            "uk",
        ),
    ],
)
def test_superlative_or_only_is_no_running_total(text: str, language: str) -> None:
    """ "скорее / вероятнее / больше всего" and "всего лишь / всього лише"
    are no "in total": the gain is no running total (CONVENTIONS:
    cumulative is for totals since a start)."""
    c = _only(text, language)
    assert not c.cumulative
    assert c.period_start is None and c.period_end == THU


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Всего российские войска освободили 450 квадратных километров, "
            "сообщил Герасимов.",
            "ru",
        ),
        ("Всього окупанти захопили 450 кв. км, пише DeepState.", "uk"),
        (
            "В общей сложности российские войска заняли 250 кв. км, сообщил Герасимов.",
            "ru",
        ),
    ],
)
def test_total_word_still_a_running_total(text: str, language: str) -> None:
    """ "Всего / Всього" leading the sentence is "in total": a running total
    without a start (start null, end the publication day)."""
    c = _only(text, language)
    assert c.cumulative
    assert c.period_start is None and c.period_end == THU


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Окупанти, найімовірніше, просунулися на 2 км біля Куп'янська, пише ISW.",
            "uk",
        ),
        (
            "Скоріше за все, росіяни просунулися на 2 км біля Куп'янська, пише ISW.",
            "uk",
        ),
        ("Російські війська, швидше за все, захопили Піщане, вважають в ISW.", "uk"),
        ("ВС РФ, скорее всего, продвинулись на 2 км у Купянска, пишет ISW.", "ru"),
        (
            "Российские войска, вероятнее всего, заняли 12 кв. км у Покровска, "
            "считают в ISW.",
            "ru",
        ),
        ("Скорее всего, ВСУ отбили Зеленое, пишет военкор.", "ru"),
    ],
)
def test_most_likely_hedges(text: str, language: str) -> None:
    """ "найімовірніше / швидше за все / скорее всего / вероятнее всего" hedge
    the claim (CONVENTIONS: hedged, "likely", "very likely", "ймовірно")."""
    assert _only(text, language).hedged


@pytest.mark.parametrize(
    "text, language, place",
    [
        (
            "Найімовірніше, окупанти захопили 12 кв. км біля Покровська, пише ISW.",
            "uk",
            "Покровська",
        ),
        ("Вочевидь, окупанти захопили 12 кв. км біля Покровська.", "uk", "Покровська"),
        ("Предположительно, ВС РФ заняли 12 кв. км у Покровска.", "ru", "Покровска"),
        ("Reportedly, Russian forces seized 12 sq km near Pokrovsk.", "en", "Pokrovsk"),
    ],
)
def test_hedge_opening_a_sentence_is_no_place(
    text: str, language: str, place: str
) -> None:
    """A hedge adverb opening the sentence is no place."""
    c = _only(text, language)
    assert [p.name for p in c.places] == [place]
    assert c.hedged


@pytest.mark.parametrize(
    "text, language",
    [
        ("ЗСУ відбили 250 кв. км, визнав воєнкор.", "uk"),
        ("ЗСУ відбили у ворога 12 кв. км біля Куп'янська, заявив Сирський.", "uk"),
        (
            "Українські військові відбили понад 12 квадратних кілометрів, "
            "повідомив Генштаб.",
            "uk",
        ),
        ("ВСУ отбили 250 кв. км, признал военкор.", "ru"),
        ("ВСУ отбили у противника 12 кв. км у Купянска, пишет военкор.", "ru"),
        (
            "Украинские военные отбили более 12 квадратных километров, "
            "признал военкор.",
            "ru",
        ),
    ],
)
def test_area_won_back_is_a_change(text: str, language: str) -> None:
    """ "відбили / отбили" an area is a gain announced on the day, not a
    holding total (CONVENTIONS: holding is current control; an announced
    claim has only period_end)."""
    c = _only(text, language)
    assert (c.kind, c.gainer) == ("area_change", "UA")
    assert not c.extra.get("holding") and not c.cumulative
    assert c.period_start is None and c.period_end == THU


@pytest.mark.parametrize(
    "text, language, gainer",
    [
        ("Наступление ВСУ у Купянска застопорилось, признал военкор.", "ru", "UA"),
        ("Российские войска увязли у Покровска, пишет DeepState.", "ru", "RU"),
        (
            "Продвижение ВС РФ у Покровска забуксовало, признал военкор.",
            "ru",
            "RU",
        ),
        (
            "Наступ ворога біля Покровська застопорився, повідомили в DeepState.",
            "uk",
            "RU",
        ),
        ("Просування ЗСУ біля Куп'янська застопорилося, пише воєнкор.", "uk", "UA"),
        ("Russian advances near Pokrovsk have stalled, DeepState said.", "en", "RU"),
    ],
)
def test_stalled_advance_is_denied(text: str, language: str, gainer: str) -> None:
    """An advance that stalled is a denied advance (CONVENTIONS: negated,
    "have stalled")."""
    c = _only(text, language)
    assert (c.kind, c.gainer, c.negated) == ("advance", gainer, True)
