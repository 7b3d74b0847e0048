"""Session 38, uk/ru left-overs (leftukru2): phrasings of our own.

* a verb of supposing after the claim ("…, полагают аналитики ISW",
  "…, припускають аналітики ISW") is a speech verb: the speaker is the
  claimant and the claim is hedged (lang SUPPOSING_VERBS; lexicon.HEDGE).
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
