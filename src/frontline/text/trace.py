"""Why a trigger word made no claim: an optional trace of the claim extractor.

Tracing is off unless a caller hands :func:`~frontline.text.claims.extract_claims`
a list (``why=[]``); then every trigger word that ends without a claim gets one
:class:`Drop` with a short, stable reason code. The engine notes a reason where
it drops a trigger or a candidate claim (:meth:`Why.note`, :meth:`Why.lose`);
with tracing off it holds no :class:`Why` and each drop point costs one ``is
None`` test. :func:`drops_of` turns the notes into drops at the end of a document:
a trigger that some final claim was made from is no drop, whatever was noted.

Reason codes (the first one noted for a trigger is its reason):

* ``skip:<reason>`` — the skip table (``rules/skips.py``) named it
* ``word-guard:<name>`` — a word or context guard of ``triggers._find_triggers``,
  named by the guard step itself (``triggers.word_guard``)
* ``cold-sentence`` — its sentence was never analysed (the stem prefilter)
* ``since-span`` — it only dates a running total ("since launching the assault")
* ``<rule>:<code>`` — a rule looked at it and made nothing (``fighting:no-place``)
* ``<rule>:unclaimed`` — its rule made nothing, without naming why
* ``absorbed`` — a rule took it up (as part of another claim) and made none of its own
* ``<stage>`` of a claim made and later removed: ``merged-advance``,
  ``folded-counterattack``, ``history`` (dated before 2014), ``denied-relayed``

>>> why = Why()
>>> why.base = 100
>>> why.note(4, 12, "fighting:no-place")
>>> why.note(4, 12, "fighting:question")
>>> why.notes[(104, 112)]
['fighting:no-place', 'fighting:question']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Drop", "Why", "drops_of", "RULE_OF_FAMILY"]

# which rule a trigger family is left to (rules/__init__.RULES)
RULE_OF_FAMILY = {
    "capture": "settlement",
    "withdraw": "settlement",
    "advance": "advance",
    "stall": "advance",
    "fight": "fighting",
    "attempt": "fighting",
    "hold": "holding",
    "gain": "area",
}


@dataclass(frozen=True)
class Drop:
    """One trigger word that made no claim, and why (document offsets)."""

    sentence: int  # where its sentence starts
    start: int
    end: int
    trigger: str
    family: str
    reason: str
    also: tuple[str, ...] = ()  # reasons noted after the first


@dataclass
class Why:
    """The reasons noted while one document is read (offsets: document)."""

    base: int = 0  # start of the sentence under analysis
    notes: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # claims made and removed later: (start, end, trigger text, stage)
    lost: list[tuple[int, int, str, str]] = field(default_factory=list)

    def note(self, start: int, end: int, reason: str) -> None:
        """A trigger at ``start``-``end`` of the current sentence was dropped."""
        key = (self.base + start, self.base + end)
        self.notes.setdefault(key, []).append(reason)

    def lose(self, before: Iterable[Any], after: Iterable[Any], stage: str) -> None:
        """The claims of ``before`` missing from ``after`` were removed at ``stage``."""
        kept = {id(c) for c in after}
        for c in before:
            if id(c) not in kept:
                trigger = c.extra.get("trigger") or ""
                self.lost.append((c.char_start, c.char_end, trigger, stage))


def _made(
    start: int, word: str, claims: Sequence[Any], spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether a final claim was made from the trigger ``word`` at ``start``."""
    return any(
        a <= start < b and (c.extra.get("trigger") or "") == word
        for c, (a, b) in zip(claims, spans, strict=True)
    )


def drops_of(
    why: Why,
    triggers: Iterable[tuple[int, int, int, str, str, str | None]],
    claims: Sequence[Any],
) -> list[Drop]:
    """The drops of a document.

    ``triggers`` are ``(sentence start, start, end, word, family, fallback)``
    for every trigger word of the document (document offsets); ``fallback``
    is the reason when none was noted (None: the trigger needs one noted).
    """
    spans = [(c.char_start, c.char_end) for c in claims]
    out: list[Drop] = []
    for sent, start, end, word, family, fallback in triggers:
        if _made(start, word, claims, spans):
            continue
        reasons = [
            stage for a, b, w, stage in why.lost if a <= start < b and w == word
        ] + why.notes.get((start, end), [])
        if not reasons:
            reasons = [fallback or f"{RULE_OF_FAMILY.get(family, family)}:unclaimed"]
        reasons = list(dict.fromkeys(reasons))
        out.append(Drop(sent, start, end, word, family, reasons[0], tuple(reasons[1:])))
    return out
