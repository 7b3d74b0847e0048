"""Session 36, English defects left open by this session's lanes: phrasings
of our own.

* an answer word closed by a stop or comma ("A: No. Our forces still hold
  X.", "— Ні, наші сили досі утримують X", "— Нет, наши войска удерживают
  X") negates nothing after it, and "No" opening a reply is no place
  (negation._answer_word; lang ANSWER_NO, en DISCOURSE_WORDS).
* a claim no one could verify ("could not be independently verified",
  "Reuters could not verify …", "no independent confirmation", "не вдалося
  незалежно перевірити", "независимого подтверждения нет") is hedged, not
  negated (lexicon.HEDGE; lang UNVERIFIED).
* a reference point after unnamed settlements ("two villages near Pokrovsk:
  A and B") is not a settlement taken when the sentence names them
  (settlement.targets._named_not_reference, words._REFERENCE_BEFORE); an
  unnamed village near X alone keeps X, its location.
* "according to ROLE, …" mid-sentence or opening it: a comma then a
  lower-case word after the role ends the title ("According to the governor,
  Russian troops captured X" took X for the governor's name and made no
  claim) (toponyms._CLAUSE_AFTER_ROLE).
* a relay opening the sentence ("Citing the General Staff, Voloshyn said
  …"): the one cited stays the claimant; the pass that re-reads "Voloshyn
  said" before the claim passes over him (speakers._cites_before).
* "no" as the trigger's object ("captured no villages near X") negates it
  (lexicon.NEGATION_AFTER); "no fewer than five villages" does not.
"""

from __future__ import annotations

import pytest
from claim_rows import PUB, claim_rows, claimants

from frontline.text.claims import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Q: Have Russian forces taken Hostre?\nA: No. Our forces still hold "
            "Hostre.",
            "Hostre",
        ),
        ("en", "Q: Is Hostre lost?\nA: No, our units still control Hostre.", "Hostre"),
        (
            "uk",
            "— Чи захопили росіяни Гостре?\n— Ні, наші сили досі утримують Гостре.",
            "Гостре",
        ),
        (
            "ru",
            "— Взяли ли россияне Гостре?\n— Нет, наши войска по-прежнему "
            "удерживают Гостре.",
            "Гостре",
        ),
    ],
)
def test_answer_word_negates_nothing(lang: str, text: str, place: str) -> None:
    rows = claim_rows(text, lang)
    assert rows, text
    assert all(not neg and places == [place] for _, _, neg, places, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "A: No, Russian troops have not captured Hostre.",
        "No, Hostre has not fallen.",
        "Нет, российские войска не взяли Гостре.",
    ],
)
def test_a_negation_after_the_answer_still_negates(text: str) -> None:
    lang = "ru" if "Гостре" in text else "en"
    rows = claim_rows(text, lang)
    assert rows and all(neg for _, _, neg, _, _ in rows)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russia's claims to have captured Hostre could not be "
            "independently verified.",
        ),
        (
            "en",
            "Reuters could not verify the Russian claim that its forces took Hostre.",
        ),
        (
            "en",
            "Russia said its forces captured Hostre; there was no independent "
            "confirmation of the claim.",
        ),
        (
            "uk",
            "Росіяни заявили, що захопили Гостре; ці дані не вдалося незалежно "
            "перевірити.",
        ),
        (
            "ru",
            "Минобороны России заявило о взятии Гостре, независимого "
            "подтверждения нет.",
        ),
    ],
)
def test_unverified_is_hedged_not_negated(lang: str, text: str) -> None:
    claims = extract_claims(text, published=PUB, language=lang)
    assert claims, text
    assert all(c.hedged and not c.negated for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        (
            "en",
            "Russian troops took two villages near Pokrovsk: Hostre and Izmailivka.",
            ["Hostre", "Izmailivka"],
        ),
        (
            "en",
            "Ukrainian forces liberated three settlements outside Kupiansk: "
            "Petropavlivka, Synkivka and Kyslivka.",
            ["Petropavlivka", "Synkivka", "Kyslivka"],
        ),
        (
            "en",
            "Russia said it had captured two villages west of Avdiivka: Berdychi "
            "and Semenivka.",
            ["Berdychi", "Semenivka"],
        ),
        (
            "uk",
            "Росіяни захопили два села біля Покровська: Гродівку та Новоселівку.",
            ["Гродівку", "Новоселівку"],
        ),
    ],
)
def test_reference_point_is_no_settlement_taken(
    lang: str, text: str, places: list[str]
) -> None:
    assert [r[3] for r in claim_rows(text, lang)] == [places]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("According to the governor, Russian troops captured Hostre.", "the governor"),
        (
            "Russian troops, according to the regional governor, Vadym Filashkin, "
            "captured Hostre.",
            "Vadym Filashkin",
        ),
        (
            "Russian troops, according to the governor, captured Pokrovsk.",
            "the governor",
        ),
    ],
)
def test_according_to_a_role_mid_sentence(text: str, who: str) -> None:
    claims = extract_claims(text, published=PUB, language="en")
    assert [(c.kind, c.gainer, c.claimant) for c in claims] == [
        ("settlement_control", "RU", who)
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Citing the General Staff, Voloshyn said Russian forces captured Hostre.",
            "General Staff",
        ),
        (
            "Citing the General Staff, Nazar Voloshyn said Russian forces "
            "captured Hostre.",
            "General Staff",
        ),
        (
            "Citing DeepState, the spokesman said Russian troops advanced near "
            "Pokrovsk.",
            "DeepState",
        ),
    ],
)
def test_relay_opening_the_sentence(text: str, who: str) -> None:
    assert claimants(text, "en") == [who]


@pytest.mark.parametrize(
    ("text", "neg"),
    [
        ("Russian troops captured no villages near Hostre this week.", True),
        ("Russian forces seized no settlements near Pokrovsk on Tuesday.", True),
        ("Ukrainian troops liberated no villages near Robotyne in August.", True),
        ("Russian troops captured no fewer than five villages near Hostre.", False),
    ],
)
def test_no_as_the_object(text: str, neg: bool) -> None:
    rows = claim_rows(text, "en")
    assert rows and all(r[2] is neg for r in rows)
