"""Session 40, b31: blind31's period and claimant classes (claims that
travel: one source's figure set against another's), in phrasings of our own.

Each class is tested in three phrasings per language; nothing here reads
``../shared``.
"""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

JAN = date(2026, 1, 20)  # a review of the year before, published in January


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("За увесь 2025 рік росіяни окупували близько 4000 км², кажуть.", "uk"),
        ("Упродовж усього 2025 року ЗСУ звільнили 60 квадратних кілометрів.", "uk"),
        ("За цілий 2025 рік ворог захопив понад 3900 км² території.", "uk"),
        ("На протяжении всего 2025 года российские войска заняли 4000 кв. км.", "ru"),
        ("За целый 2025 год ВСУ отбили около 60 квадратных километров.", "ru"),
        ("В течение всего 2025 года армия России заняла более 3900 кв. км.", "ru"),
    ],
)
def test_a_whole_named_year_is_that_year(text, language):
    """ "за увесь 2025 рік" / "на протяжении всего 2025 года": the calendar
    year, a bounded increment once it is over (en "over the whole of 2025"
    was dropped: it cost the pool a claim)."""
    claims = [
        c
        for c in extract_claims(text, published=JAN, language=language)
        if c.kind == "area_change"
    ]
    assert claims, text
    c = claims[0]
    assert (c.period_start, c.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert c.cumulative is False


WED = date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "language", "figure", "speaker"),
    [
        (
            "The ministry said Russian troops captured 30 sq km this week, "
            "while DeepState put the figure at 18 sq km.",
            "en",
            18.0,
            "DeepState",
        ),
        (
            "Analysts at ISW estimated that Russia took 450 square kilometres "
            "in October, whereas LiveMap counted 520 square kilometres.",
            "en",
            520.0,
            "LiveMap",
        ),
        (
            "Kyiv said its forces had regained 12 sq km near Robotyne, while "
            "Russian bloggers put the gain at 4 sq km.",
            "en",
            4.0,
            "Russian bloggers",
        ),
    ],
)
def test_a_second_sources_figure_is_its_own(text, language, figure, speaker):
    """A figure written only in a second source's clause ("…, while DeepState
    put the figure at 18 sq km") is that source's claim, even when the claim
    is led from the first source's verb."""
    c = next(
        c
        for c in extract_claims(text, published=WED, language=language)
        if c.area_km2 == figure
    )
    assert c.claimant == speaker
    first = next(
        c
        for c in extract_claims(text, published=WED, language=language)
        if c.area_km2 != figure
    )
    assert first.claimant != speaker


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        (
            "Генштаб повідомив про бої біля Торецька, а в ISW заявили, що "
            "росіяни захопили 40 км² за тиждень.",
            "uk",
            "Генштаб",
            "ISW",
        ),
        (
            "Міноборони РФ оголосило про взяття Кураківки, а речник ЗСУ Віктор "
            "Трегубов заявив, що бої за село тривають.",
            "uk",
            "Міноборони РФ",
            "Віктор Трегубов",
        ),
        (
            "Росіяни пишуть про захоплення Новоселівки, а аналітики DeepState "
            "повідомили, що окупанти просунулися на 2 км біля Курахового.",
            "uk",
            "Росіяни",
            "DeepState",
        ),
        (
            "Генштаб ВСУ сообщил о боях у Торецка, а в ISW заявили, что "
            "российские войска заняли 40 кв. км за неделю.",
            "ru",
            "Генштаб ВСУ",
            "ISW",
        ),
        (
            "Минобороны РФ объявило о взятии Кураховки, а спикер ВСУ Виктор "
            "Трегубов заявил, что бои за село продолжаются.",
            "ru",
            "Минобороны РФ",
            "Виктор Трегубов",
        ),
        (
            "Военкоры пишут о захвате Новоселовки, а аналитики DeepState "
            "сообщили, что российские войска продвинулись на 2 км у Курахово.",
            "ru",
            "Военкоры",
            "DeepState",
        ),
    ],
)
def test_a_second_source_after_a_comma_and_a(text, language, first, second):
    """ "X повідомив …, а в ISW заявили, що …" / "…, а спикер Y заявил, что
    …": the claim of the clause after ", а" is its own speaker's."""
    claims = sorted(
        extract_claims(text, published=WED, language=language),
        key=lambda c: c.char_start,
    )
    assert len(claims) == 2
    assert claims[0].claimant == first
    assert claims[1].claimant == second


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Російські військкори ще в суботу писали, що окупанти нібито "
            "захопили Торецьк.",
            "Російські військкори",
        ),
        (
            "Блогер Юрій Подоляка писав, що російські штурмовики просунулися "
            "на 2 км біля Покровська.",
            "Юрій Подоляка",
        ),
        (
            "Пропагандистські канали вчора писали про «звільнення» Кураківки, "
            "але ЗСУ це спростували.",
            "Пропагандистські канали",
        ),
    ],
)
def test_uk_imperfective_past_of_writing_names_a_speaker(text, speaker):
    """uk "писав / писала / писали" (as ru "писал…", en "wrote"): the
    subject speaks the claim it wrote of."""
    c = min(
        extract_claims(text, published=WED, language="uk"),
        key=lambda c: c.char_start,
    )
    assert c.claimant == speaker
    assert c.gainer == "RU"
