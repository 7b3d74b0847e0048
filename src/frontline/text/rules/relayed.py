"""A claim relayed with a speech verb and denied by the words that follow.

"Росіяни пишуть, що «зайшли в X». Ні." / "Противник заявляет, что «зачистил»
X. Судя по объективному контролю, это не так." The relayed proposition is the
claim, negated: the speaker reporting it denies it in the next sentence or
the one after ("— Це неправда."). When the text tells a denial about the same
place as a claim of its own (a fact-check's headline "Фейк: ..."), the relayed
claim stays the report under check, not negated twice. Per-language words are
``RELAY_SAID`` and ``DENIAL_NEXT`` of :mod:`frontline.text.lang`.

>>> from frontline.model import Claim
>>> from frontline.text.clean import sentences
>>> t = "Противник заявляет, что занял Колоски. Нет. Бои идут."
>>> c = Claim(doc_id="", kind="settlement_control", quote="занял Колоски",
...           char_start=t.index("занял"), char_end=t.index(". Нет"))
>>> deny_relayed(sentences(t), [c], "ru")
>>> c.negated
True
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...model import Claim
from ..clean import Sentence
from ..fastre import folded
from ..lexicon import LANGUAGES

_F = re.IGNORECASE
# the languages whose data module names a relay verb and a denial
_SAID = {
    lang: folded(re.compile(m.RELAY_SAID, _F))  # speed: same matches
    for lang, m in LANGUAGES.items()
    if hasattr(m, "RELAY_SAID")
}
_DENIAL = {
    lang: re.compile(m.DENIAL_NEXT, _F)
    for lang, m in LANGUAGES.items()
    if hasattr(m, "DENIAL_NEXT")
}
#: how many sentences after the relay the denial may come ("We rang the
#: commander. — It's not true.")
REACH = 2
_KINDS = ("settlement_control", "advance", "area_change")
_STEM = 5  # letters of a place name that stay the same in its inflected forms


def deny_relayed(sents: list[Sentence], claims: list[Claim], lang: str) -> None:
    """Mark negated the claims relayed by a speech verb that the next
    sentences deny; no other claim may stand between relay and denial."""
    said, denial = _SAID.get(lang), _DENIAL.get(lang)
    if said is None or denial is None or not claims:
        return
    # places a negated claim of the text is about: a fact-check's "Фейк: X
    # захоплено" or "спростували заяву про захоплення X" already tells the
    # denial, and the relayed claim is then the report under check
    denied = set().union(*(_stems(c) for c in claims if c.negated))
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(bisect_right(starts, c.char_start) - 1, []).append(c)
    for i, relayed in by_sentence.items():
        s = sents[i]
        m = said.search(s.text)
        if m is None:
            continue
        at = s.start + m.end()
        # the relayed claim ends after the verb: its quote may start at the
        # relaying actor ("the orcs claimed they had taken X")
        told = [c for c in relayed if c.char_end > at and c.kind in _KINDS]
        if not told or any(c.char_start > told[-1].char_start for c in relayed):
            continue  # the sentence goes on with a claim of its own
        if any(_stems(c) & denied for c in told):
            continue  # the text tells the denial as a claim: this one is checked
        for j in range(i + 1, min(i + 1 + REACH, len(sents))):
            d = denial.search(sents[j].text)
            later = [c.char_start for c in by_sentence.get(j, [])]
            if d is not None and all(at > sents[j].start + d.start() for at in later):
                for c in told:
                    c.negated = True
                break
            if later:
                break  # a new claim: the words after it are about that one


def _stems(c: Claim) -> set[str]:
    """The places of ``c`` cut to a stem, so inflected forms meet
    ("Торецька" / "Торецьк")."""
    return {p.name[:_STEM].lower() for p in c.places}
