"""Session 43, xclaim6: claimants left by xclaim5 (phrasings of our own,
three per language where a rule applies)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.text.claims import extract_claims

DAY = date(2025, 11, 5)


def _claimant_of(text: str, lang: str, word: str) -> str | None:
    """The claimant of the claim whose quote holds ``word``."""
    found = [
        c for c in extract_claims(text, published=DAY, language=lang) if word in c.quote
    ]
    assert found, f"no claim holds {word!r}"
    return found[0].claimant


# (a) a lead adjective of a plural trade ("Private mappers") is no body's name
PRIVATE_TRADES = [
    ("Private mappers put Russian gains in October at 300 sq km.", "Private mappers"),
    (
        "Foreign analysts estimate that Russian troops seized 420 sq km last month.",
        "Foreign analysts",
    ),
    (
        "Pro-Russian mappers put the army's gains near Kupiansk at 12 sq km.",
        "Pro-Russian mappers",
    ),
]


@pytest.mark.parametrize(("text", "who"), PRIVATE_TRADES)
def test_a_lead_adjective_is_no_name(text: str, who: str) -> None:
    assert _claimant_of(text, "en", "sq km") == who


def test_a_body_before_its_analysts_stays_the_name() -> None:
    text = "DeepState analysts put Russian gains in October at 300 sq km."
    assert _claimant_of(text, "en", "sq km") == "DeepState"


# (b) a plural trade after a comma with its present verb closing the sentence
COMMA_TRADES = [
    (
        "Russian forces captured about 400 sq km in November, open-source "
        "analysts estimate.",
        "open-source analysts",
    ),
    (
        "The army seized some 250 sq km near Kurakhove in March, independent "
        "mappers estimate.",
        "independent mappers",
    ),
    (
        "Ukrainian units recaptured 15 sq km south of Kupiansk, military "
        "bloggers report.",
        "military bloggers",
    ),
]


@pytest.mark.parametrize(("text", "who"), COMMA_TRADES)
def test_a_plural_trade_after_a_comma_speaks(text: str, who: str) -> None:
    assert _claimant_of(text, "en", "sq km") == who


def test_the_trade_pointing_back_is_not_read_as_a_new_voice() -> None:
    text = (
        "DeepState said Russian forces captured about 400 sq km in November. "
        "Most of it, some 120 sq km, came near Pokrovsk, the mappers estimate."
    )
    claims = extract_claims(text, published=DAY, language="en")
    assert claims
    assert all(c.claimant == "DeepState" for c in claims)


# (c) a compound predicate whose subject holds a quoted name: the subject up to
# its closing quotation mark speaks (en has no such run: not applied)
QUOTED_COMPOUND = [
    (
        "uk",
        "Угруповання «Хортиця» показало відео й підтвердило звільнення Андріївки.",
        "Андріївки",
        "Угруповання «Хортиця»",
    ),
    (
        "uk",
        "Бригада «Азов» оприлюднила кадри і повідомила про просування біля Торецька.",
        "Торецька",
        "Бригада «Азов»",
    ),
    (
        "uk",
        "Угруповання військ «Схід» опублікувало відео та заявило, що росіяни "
        "захопили Новодмитрівку.",
        "Новодмитрівку",
        "Угруповання військ «Схід»",
    ),
    (
        "ru",
        "Группировка «Восток» опубликовала видео и заявила об освобождении Андреевки.",
        "Андреевки",
        "Группировка «Восток»",
    ),
    (
        "ru",
        "Бригада «Азов» показала кадры и сообщила о продвижении у Торецка.",
        "Торецка",
        "Бригада «Азов»",
    ),
    (
        "ru",
        "Группировка войск «Центр» распространила видео и подтвердила захват "
        "Новодмитровки.",
        "Новодмитровки",
        "Группировка войск «Центр»",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "who"), QUOTED_COMPOUND)
def test_a_quoted_subject_of_a_compound_predicate_speaks(
    lang: str, text: str, word: str, who: str
) -> None:
    assert _claimant_of(text, lang, word) == who


def test_a_quoted_subject_with_one_verb_is_unchanged() -> None:
    text = "Бригада «Азов» повідомила про просування біля Торецька."
    assert _claimant_of(text, "uk", "Торецька") == "Бригада «Азов»"


# (d) a denier opening the sentence with its denial verb last: the denier speaks
# (en puts the verb before its object: not applied)
DENIED_LAST = [
    (
        "uk",
        "Міноборони України заяви про захоплення Торецька спростувало.",
        "Торецька",
        "Міноборони України",
    ),
    (
        "uk",
        "Сили оборони заяви про захоплення Торецька спростували.",
        "Торецька",
        "Сили оборони",
    ),
    (
        "uk",
        "Генштаб ЗСУ заяви про захоплення Курахового спростовує.",
        "Курахового",
        "Генштаб ЗСУ",
    ),
    (
        "ru",
        "Украинский Генштаб заявления о занятии Курахово опровергает.",
        "Курахово",
        "Украинский Генштаб",
    ),
    (
        "ru",
        "Минобороны Украины сообщения о захвате Торецка опровергло.",
        "Торецка",
        "Минобороны Украины",
    ),
    (
        "ru",
        "Силы обороны сообщения о захвате Торецка опровергли.",
        "Торецка",
        "Силы обороны",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word", "who"), DENIED_LAST)
def test_a_denier_with_its_verb_last_speaks(
    lang: str, text: str, word: str, who: str
) -> None:
    assert _claimant_of(text, lang, word) == who
