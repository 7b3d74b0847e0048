"""Session 38, uk/ru left-overs (leftukru2): phrasings of our own.

* a verb of supposing after the claim ("…, полагают аналитики ISW",
  "…, припускають аналітики ISW") is a speech verb: the speaker is the
  claimant and the claim is hedged (lang SUPPOSING_VERBS; lexicon.HEDGE).
* a body in the locative opening a sentence ("В администрации Курской
  области сообщили", "У штабі угруповання повідомили") is the body, its
  preposition dropped as in mid-sentence (claimants._lower_after_in).
* a plural forces' name opening a sentence ("У Силах оборони півдня
  повідомили", "В Силах обороны юга сообщили") is whole up to the verb, not
  "Силах" (lang FORCES_HEADS; claimants._FORCES_NAME), and a capital "У/В"
  before a name is dropped too (claimants._tidy).
"""

from __future__ import annotations

import pytest

from frontline.text.claims import extract_claims

SUPPOSED = [
    ("ru", "Российские войска продвинулись у Покровска, полагают аналитики ISW."),
    ("ru", "ВСУ отошли от Угледара, предполагают эксперты ISW."),
    ("ru", "Противник продвинулся под Торецком, полагает аналитик Иван Петров."),
    ("uk", "Російські війська просунулися біля Покровська, припускають аналітики ISW."),
    ("uk", "Ворог просунувся біля Торецька, припустив експерт Іван Петренко."),
    ("uk", "Окупанти просунулися під Куп'янськом, припускають аналітики DeepState."),
]


@pytest.mark.parametrize(("lang", "text"), SUPPOSED)
def test_supposing_verb_gives_a_hedged_claim_with_its_speaker(lang, text):
    claims = extract_claims(text, published="2024-08-10", language=lang)
    assert claims, text
    claim = claims[0]
    assert claim.claimant and claim.claimant.split()[0].lower() in text.lower()
    assert claim.claimant.split()[-1] in text.split(", ")[-1]
    assert claim.hedged


BODY_IN_AT_START = [
    (
        "ru",
        "В администрации Курской области сообщили, что ВСУ заняли Суджу.",
        "администрации Курской области",
    ),
    (
        "ru",
        "В штабе группировки заявили, что ВСУ оставили Крынки.",
        "штабе группировки",
    ),
    (
        "ru",
        "Во временной администрации Херсонской области заявили: ВСУ оставили Крынки.",
        "временной администрации Херсонской области",
    ),
    (
        "uk",
        "В адміністрації Курської області повідомили, що ЗСУ зайняли Суджу.",
        "адміністрації Курської області",
    ),
    (
        "uk",
        "У штабі угруповання повідомили, що ЗСУ звільнили Кринки.",
        "штабі угруповання",
    ),
    (
        "uk",
        "У пресслужбі бригади заявили, що ЗСУ звільнили Кринки.",
        "пресслужбі бригади",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), BODY_IN_AT_START)
def test_body_in_the_locative_opening_a_sentence_drops_its_preposition(lang, text, who):
    claims = extract_claims(text, published="2024-08-10", language=lang)
    assert claims, text
    assert claims[0].claimant == who


FORCES_AT_START = [
    (
        "uk",
        "У Силах оборони півдня повідомили, що ЗСУ звільнили Кринки.",
        "Силах оборони півдня",
    ),
    (
        "uk",
        "У Силах оборони Таврійського напрямку повідомили: ворог відступив від Кринок.",
        "Силах оборони Таврійського напрямку",
    ),
    (
        "uk",
        "У Військах радіаційного захисту заявили, що ЗСУ звільнили Кринки.",
        "Військах радіаційного захисту",
    ),
    (
        "ru",
        "В Силах обороны юга сообщили, что ВСУ освободили Крынки.",
        "Силах обороны юга",
    ),
    (
        "ru",
        "В Силах специальных операций заявили, что ВСУ взяли Крынки.",
        "Силах специальных операций",
    ),
    (
        "ru",
        "В Войсках территориальной обороны сообщили, что ВСУ освободили Крынки.",
        "Войсках территориальной обороны",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), FORCES_AT_START)
def test_forces_name_opening_a_sentence_is_whole(lang, text, who):
    claims = extract_claims(text, published="2024-08-10", language=lang)
    assert claims, text
    assert claims[0].claimant == who
