"""Who speaks a claim: the claimant of a sentence (``_claimant``, cached per
document; ``_sentence_claimant``), one named by a short next sentence, by a
contrast clause, later for a bare title, or nearest for a claim nobody is
said to make; the speaker a sentence leaves in the document memory
(``_remember_speaker``, asides); the side most speakers stand for
(``_doc_perspective``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from ..model import Claim
from .claimants import (
    Claimant,
    analyst,
    attributive,
    by_role,
    disputing_speaker,
    find_claimant,
    is_outlet,
    keep_analyst,
    named_later,
    person_named,
    quote_attribution,
    relayed_source,
    shared_posts,
    title_stems,
)
from .clean import Sentence
from .context import (
    _DocState,
    admits,
)
from .dating import (
    _CONTRAST,
)
from .fastre import keyed
from .lang import en, every, ru, uk
from .lexicon import HOME_SIDE
from .page_speakers import document_issuer
from .sides import (
    collective_side,
    header_side,
    opposite,
    side_of_document,
    side_of_text,
)
from .triggers import _TRIGGER_RE, _trigger_matches
from .units import find_quantities


@functools.lru_cache(maxsize=4096)
def _claimant(sentence: str, lang: str) -> Claimant | None:
    """find_claimant, minus "claimants" that are really the claim itself
    (cached for one document: asked of a sentence up to four times)."""
    c = find_claimant(sentence, lang)
    if (
        c is not None
        and c.name
        and (
            _claim_in_name(c.name, lang)
            or (len(c.name.split()) > 8 and not shared_posts(c.name))
        )
    ):
        return None
    if c is not None and c.name and lang != "en" and _PLATFORM_ONLY.match(c.name):
        return None  # CLAIMUK34: "…, написав у своєму Telegram": the venue
    if c is not None and c.name and not c.once and _ASKED.search(sentence):
        # CLAIMANT30b: a voice an interviewer's question names ("Q: Russian
        # channels say X has fallen?") speaks that question only: the
        # answers after it are not its words
        return dataclasses.replace(c, once=True)
    return c


# CLAIMUK34: a platform named alone, no owner after it ("у своєму Telegram",
# "Telegram-канал", "в Телеграме"): the venue, no speaker
_PLATFORM_ONLY = re.compile(
    r"(?i)^(?:(?:у|в|во)\s+)?(?:[а-яіїєґё'’]+(?:ому|єму|ему|ем|ём|ом|ій|ой)\s+)?"
    rf"(?:{uk.SPEECH_PLATFORMS}|{ru.SPEECH_PLATFORMS})[\w-]*$"
)


def _claim_in_name(name: str, lang: str) -> bool:
    """A trigger word inside a speaker's name: the "name" is the claim itself
    ("Russian troops captured"), unless every trigger is a capitalised word
    after the name's first (SESSION33: "Lines of Control", a project's name).

    >>> _claim_in_name("Lines of Control", "en")
    False
    >>> _claim_in_name("Russian troops captured", "en")
    True
    """
    return any(
        m.start() == 0 or not name[m.start()].isupper()
        for m in _TRIGGER_RE.get(lang, _TRIGGER_RE["en"]).finditer(name)
    )


# an interviewer's question: its label, or a question mark at its end
_ASKED = re.compile(r"^\W*(?:Q|Питання|Вопрос|Question)\s*[:.]|\?[\s»”\"]*$")


_ATTRIBUTION_WORDS = 14  # a longer next sentence says more than who spoke


def _attribution_after(next_text: str, lang: str) -> Claimant | None:
    """The speaker a short next sentence names ("Putin said." after a quote)."""
    if not next_text or len(next_text.split()) > _ATTRIBUTION_WORDS:
        return None
    c = _claimant(next_text, lang)
    pointer = (
        c is not None
        and c.pronoun
        and not c.name
        and _ROLE_POINTER.search(next_text[c.start : c.end]) is not None
    )
    if _trigger_matches(next_text, lang) and not (
        pointer and not _CAPITAL_AFTER_FIRST.search(next_text)
    ):
        return None  # a claim of its own, with its own speaker
    if c is not None and c.name and _speaks_once(c, lang):
        return None  # CLEN28: "Q: Russian channels say …" attributes nothing
    if c is not None and c.name and _OWN_MATTER.search(next_text, c.end):
        # XCLAIM5_43: "Генштаб ЗСУ повідомив, що втрати росіян склали …"
        # after the claim: the speaker tells a matter of its own
        return None
    if pointer:
        # KNOWN40: "All attacks were repelled, the spokesman said." (no place
        # named) after a claim with no speaker: the title points back
        return c
    return c if c is not None and c.name and not is_outlet(c) else None


# XCLAIM5_43: what a speaker says opened after its name: "that", "що", "что"
# and at least three words of its own
_OWN_MATTER = re.compile(
    rf"(?<!\w)(?:{every('SAID_THAT')})\s+(?:[^\s.!?]+\s+){{2,}}[^\s.!?]", re.I
)
_CAPITAL_AFTER_FIRST = re.compile(r"(?<=[\s(«“\"])[A-Z]")
_ROLE_POINTER = re.compile(en.ROLE_POINTER, re.I)


def _titles_named_later(claims: list[Claim], sents: list[Sentence], lang: str) -> None:
    """A claim whose claimant is a bare title ("Ukraine's army chief said …")
    takes the person the next sentences name with it (``named_later``)."""
    for claim in claims:
        if claim.claimant_role or title_stems(claim.claimant or "") is None:
            continue
        after = [s for s in sents if s.start > claim.char_start]
        later = []
        for s in after[:_TITLE_LOOKAHEAD]:
            c = _claimant(s.text, lang) or person_named(s.text)
            if c is not None and c.name:
                later.append(c)
        who = named_later(claim.claimant, later)
        if who is not None:
            claim.claimant, claim.claimant_role = who.name, who.role


_TITLE_LOOKAHEAD = 6  # sentences read for the person a title stands for


# B3140: a second source's clause: a contrast (dating._CONTRAST), or a plain
# "а" / "whereas" after a comma ("X повідомив …, а в ISW оцінюють, що …")
_SPEAKER_CUT = re.compile(
    rf"{_CONTRAST.pattern}|[,;]\s+(?:{en.SPEAKER_CLAUSE_AND}|"
    rf"{uk.SPEAKER_CLAUSE_AND}|{ru.SPEAKER_CLAUSE_AND})(?![\w])",
    re.IGNORECASE,
)
# KNOWN2-41: in English a colon opens a speaker's own clause too ("Kyiv does
# not confirm this: spokesman X said that …"); not in uk/ru, where a colon
# after the speaker opens the words reported ("заявил министр: …")
_SPEAKER_CUT_EN = re.compile(_SPEAKER_CUT.pattern + r"|:\s", re.IGNORECASE)


def _clause_speakers(
    new: list[Claim], s: Sentence, lang: str, *, figures: bool = False
) -> None:
    """Claims after a contrast clause with its own named speaker are that
    speaker's, not the sentence's first one. With ``figures`` (asked after
    the other speaker steps): a claim led from before the cut whose figure
    stands only in that clause ("X estimated Russia gained 460 sq km, while
    DeepState put the figure at 505 sq km")."""
    if not new:
        return
    cut_rx = _SPEAKER_CUT_EN if lang == "en" else _SPEAKER_CUT
    cuts = list(cut_rx.finditer(s.text))
    if not cuts:
        return
    ends = [m.start() for m in cuts[1:]] + [len(s.text)]
    for m, b in zip(cuts, ends, strict=True):
        a = m.start()
        c = _claimant(s.text[m.end() : b], lang)
        if c is None or not c.name:
            continue
        for claim in new:
            start = claim.char_start - s.start
            if figures:
                ours = start < a < claim.char_end - s.start and _figure_only_after(
                    claim, s.text, start, a, b, lang
                )
            else:
                ours = a <= start < b
            if ours:
                claim.claimant, claim.claimant_role = c.name, c.role


def _figure_only_after(
    claim: Claim, text: str, start: int, cut: int, end: int, lang: str
) -> bool:
    """Whether the claim's area or distance figure is written in
    ``text[cut:end]`` and not in ``text[start:cut]``."""
    value = claim.area_km2 if claim.area_km2 is not None else claim.distance_km
    if value is None:
        return False

    def holds(part: str) -> bool:
        return any(
            abs(q.value - value) <= 1e-6 * max(1.0, value) and not q.conversion
            for q in find_quantities(part, lang)
        )

    return holds(text[cut:end]) and not holds(text[start:cut])


# CLEN28: a speaker phrase that is no clause of its own ("…, hours after X")
_WHO = (
    r"(?P<who>(?:[A-Z]|(?:the|a|an) )(?:(?!\b(?:after|as|when|while|before|"
    r"since|and|but|that|which|who|whose)\s)[^,;.“”\"]){1,60}?)"
)
# CLEN28: a speaker and its verb right before a claim inside a sentence:
# "…, hours after Russia's Defence Ministry announced that <claim>"
_SAID_RIGHT_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:after|as|when|while|and|but|since|before|although|"
    rf"though)\s+){_WHO}\s+"
    rf"(?:(?:had|has|have|also|later|earlier)\s+)?(?:{en.SPEECH_VERBS})"
    # … and the reported clause's own opening words: "that its troops had"
    r"(?:\s+on\s+\w+|\s+in\s+a\s+\w+)?(?:\s+that)?"
    r"(?:\s+[^\s,;.“”\"]+){0,4}\s*$"
)


# CLEN28: a claim's quote that opens with its own speaker and verb: "Russia's
# defence ministry claimed its troops had taken the town"
_SAID_OPENING = re.compile(
    rf"^{_WHO}\s+"
    rf"(?:(?:had|has|have|also|later|earlier)\s+)?(?:{en.SPEECH_VERBS})"
    r"(?:\s+on\s+\w+|\s+in\s+a\s+\w+)?(?:\s+that)?\s"
)


_CLAUSE_BOUNDARY = re.compile(
    r"(?:[,;:—–]|\b(?:after|as|when|while|and|but|since|before|although|though))\s*$"
)
_BOUNDARY_WORDS = (
    "after",
    "as",
    "when",
    "while",
    "and",
    "but",
    "since",
    "before",
    "although",
    "though",
)


def _ends_at_boundary(before: str) -> bool:
    """Whether ``before`` ends with a clause boundary: a comma, a semicolon,
    a colon, a dash or a conjunction, then only spaces (the same answer as
    ``_CLAUSE_BOUNDARY.search``, without a scan of the whole text).

    >>> _ends_at_boundary("hours after "), _ends_at_boundary("it has ")
    (True, False)
    """
    t = before.rstrip()
    if t[-1:] in (",", ";", ":", "—", "–"):
        return bool(t)
    for w in _BOUNDARY_WORDS:
        if t.endswith(w):
            c = t[-len(w) - 1 : -len(w)]  # "\b": no word character before it
            if not (c.isalnum() or c == "_"):
                return True
    return False


_ANY_VERB = re.compile(rf"\b(?:{en.SPEECH_VERBS})\b")
_VERB_REACH = 240  # characters a speech verb may stand before its claim
#: the marks no speaker phrase of ``_SAID_RIGHT_BEFORE`` holds (its "who",
#: verb and tail exclude them; only its opening "," or ";" is one)
_STOP_MARKS = (",", ";", ".", "“", "”", '"')


def _nearer_speaker(new: list[Claim], s: Sentence, lang: str) -> None:
    """An English claim right after its own "X announced that" inside the
    sentence (before its quote or opening it) is X's, not the speaker of
    the sentence's main clause."""
    if lang != "en":
        return
    for claim in new:
        k = claim.char_start - s.start
        if k <= 0:
            continue  # the claim opens the sentence: its speaker is the main one
        before = s.text[:k]
        # the quote opens a clause of its own (not inside a phrase: "[The
        # head of the] Wagner group claimed")
        opens = _ends_at_boundary(before)  # speed: _CLAUSE_BOUNDARY
        m = _SAID_OPENING.match(claim.quote) if opens else None
        if m is None:
            # speed: no part of a speaker phrase after its opening mark holds
            # a stop mark, so a match opens at the last one or later; and a
            # verb must stand near the claim for a speaker right before it
            lo = max(0, max(map(before.rfind, _STOP_MARKS)))
            if _ANY_VERB.search(before, max(lo, k - _VERB_REACH)):
                m = _SAID_RIGHT_BEFORE.search(before, lo)
            if m is not None and _opens_with_speaker(claim.quote, lang):
                # KNOWN2-41: "Kyiv does not confirm this: spokesman X said
                # that …": the claim's own speaker opens it, past the cut
                continue
        if m is None:
            continue
        at = k if m.string is claim.quote else 0
        if attributive(s.text, at + m.start(), at + m.end()):
            continue  # CLAIMANT32: "made no confirmed gains" names nobody
        if _cites_before(s.text, at + m.start(), claim.claimant, lang):
            continue  # LEFTEN36: "Citing the General Staff, X said …"
        c = _claimant(f"{m['who']} said.", lang)
        if c is None or not c.name or c.name == claim.claimant:
            continue
        if claim.claimant and c.name in claim.claimant and shared_posts(claim.claimant):
            continue  # XCLAIMEN40: "Posts shared on X say …": not "X"
        claim.claimant, claim.claimant_role = c.name, c.role


def _opens_with_speaker(quote: str, lang: str) -> bool:
    """KNOWN2-41: whether ``quote`` opens with a named speaker of its own
    ("spokesman Ivan Petrenko said that …")."""
    c = _claimant(quote, lang)
    return c is not None and bool(c.name) and c.start == 0 and not c.pronoun


def _own_speaker_before_source(new: list[Claim], s: Sentence, lang: str) -> None:
    """ "X said it had taken Y, according to Z": a claim whose sentence names
    its source only after the claim, past a comma, while the words before
    that comma name a speaker of their own, is that nearer speaker's (the
    source behind the comma vouches for a later remark, or relays X).

    Found by the b29left lane (session 38)."""
    for claim in new:
        who = claim.claimant
        if not who:
            continue
        start = claim.char_start - s.start
        at = s.text.find(who, start)
        cut = s.text.rfind(",", start, at) if at > 0 else -1
        if cut < 0 or not _SOURCE_AFTER.search(s.text, cut, at):
            continue
        if len(s.text[start:cut].split()) <= 1:
            continue  # XCLAIMUKRU40: "…, хотя, по данным X, …" opens the claim
        c = _claimant(s.text[:cut] + ".", lang)
        if c is None or not c.name or c.name == who or not 0 <= c.start < cut:
            continue
        claim.claimant, claim.claimant_role = c.name, c.role


# XCLAIMUKRU40: a clause of its own inside a uk/ru sentence ("…, а X сообщил,
# что …", "…: речник X заявив, що …"); and what may stand between its
# speaker's verb and the claim it reports (a comma, "что"/"що", a colon)
_CLAUSE_OPEN = {
    lang: re.compile(rf"(?:{m.SPEAKER_CLAUSE_OPEN})(?![\w])\s*", re.IGNORECASE)
    for lang, m in (("uk", uk), ("ru", ru))
}
_VERB_TO_CLAIM = re.compile(r"^[\s,]*(?:[«\"„]?(?:что|що)(?![\w])|:)")


def _clause_own_speaker(new: list[Claim], s: Sentence, lang: str) -> None:
    """A uk/ru claim reported by a speaker whose clause opens inside the
    sentence ("Минобороны РФ объявило о взятии X, а украинский Генштаб
    сообщил, что бои продолжаются"; "…: речник X заявив, що …") is that
    speaker's, not the sentence's first one: the speaker and its verb stand
    right before the claim, past the clause's opening word.

    Found by the xclaimukru lane (session 40)."""
    opener = _CLAUSE_OPEN.get(lang)
    if opener is None:
        return
    for claim in new:
        k = claim.char_start - s.start
        if k <= 0:
            continue
        lo = -1
        for m in opener.finditer(s.text, 0, k):
            lo = m.end()
        if lo <= 0 or lo >= k:
            continue
        seg = s.text[lo:]
        c = _claimant(seg[:1].upper() + seg[1:], lang)
        if c is None or not c.name or c.pronoun or _same_speaker(c.name, claim):
            continue
        gap = seg[max(c.end - 1, 0) : k - lo] + claim.quote[:4]
        if not 0 <= c.start < c.end <= k - lo or not _VERB_TO_CLAIM.match(gap):
            continue
        claim.claimant = _as_written(c.name, seg)
        claim.claimant_role = _as_written(c.role, seg)


def _same_speaker(name: str, claim: Claim) -> bool:
    """Whether ``name`` is the claim's speaker named again, in another form
    ("в Генштабе" after "Генштаб ВСУ"): its last word opens like one of
    the claimant's words."""
    if not claim.claimant:
        return False
    last = name.split()[-1].strip('«»"').lower()[:5]
    return any(w.strip('«»"').lower()[:5] == last for w in claim.claimant.split())


def _as_written(name: str | None, text: str) -> str | None:
    """``name`` as ``text`` writes it when it opens ``text`` in lower case
    (a clause's speaker was read with its first letter raised)."""
    if name and text.startswith(name[:1].lower() + name[1:]):
        return text[: len(name)]
    return name


# the words that open a source named after a claim: "according to", "за
# даними", "по данным" (not "citing" / "з посиланням на": a relay, whose
# source stays the claimant, claimants.relayed_source)
_SOURCE_AFTER = re.compile(
    r"\b(?:" + "|".join(m.SOURCE_AFTER_CLAIM for m in (en, uk, ru)) + r")\b",
    re.IGNORECASE,
)


def _cites_before(sentence: str, at: int, claimant: str | None, lang: str) -> bool:
    """Whether the claim's ``claimant`` is the one a speaker at ``at`` cites
    before speaking ("Citing the General Staff, Voloshyn said …"): the one
    cited stays the claimant, as for "Voloshyn, citing the General Staff,
    said …" (claimants.relayed_source).

    Found by the leften lane (session 36)."""
    if not claimant:
        return False
    relay = relayed_source(sentence, lang)
    return relay is not None and relay.name == claimant and relay.start < at


def _carried(c: Claimant | None) -> bool:
    """Whether a named speaker goes on speaking past its own sentence: not a
    whole people or army ("Росіяни заявляють, що …", "the Russians claim"),
    which the narrator reports for that sentence only."""
    return c is not None and bool(c.name) and not c.once and not collective_side(c.name)


def _speakers_for_unattributed(
    claims: list[Claim], sents: list[Sentence], lang: str, text: str
) -> None:
    """A claim nobody is said to make is the nearest named speaker's.

    The speaker named before the claim (in any sentence, with or without a
    claim of its own) wins, else the first one named after it: "Our units hold
    the village. … Syniehubov told the agency." An article with no named
    speaker leaves the field empty.
    """
    if all(c.claimant for c in claims):
        return
    # a live-blog timestamp starts an entry of its own: no speaker crosses it
    entries: list[int] = []
    named: list[tuple[int, int, Claimant]] = []
    line = -1
    for s in sents:
        if opens_entry(s.text, s.line_index != line):
            entries.append(s.start)
        line = s.line_index
        c = disputing_speaker(s.text, lang) or _topic_label(
            _claimant(s.text, lang), s.text, text
        )
        if _carried(c):
            named.append((len(entries), s.start, c))
    if not all(is_outlet(c) for _, _, c in named):
        # an outlet relaying others is the speaker only when nobody else is
        named = [n for n in named if not is_outlet(n[2])]
    if not named:
        return
    issuer: Claimant | None | bool = False  # not yet asked
    for claim in claims:
        if claim.claimant:
            continue
        entry = sum(1 for e in entries if e <= claim.char_start)
        same = [(pos, c) for n, pos, c in named if n == entry]
        before = [c for pos, c in same if pos <= claim.char_start]
        if not before and same and entry == 0:
            # CLAIMANT30b: before anyone is named, the document's issuer (its
            # title or channel) speaks, not the first voice named after
            if issuer is False:
                issuer = _issuer(text, lang)
            if issuer is not None:
                claim.claimant, claim.claimant_role = issuer.name, issuer.role
                continue
        who = before[-1] if before else (same[0][1] if same else None)
        if who is not None:
            claim.claimant, claim.claimant_role = who.name, who.role


def _issuer(text: str, lang: str) -> Claimant | None:
    """CLAIMANT30b: the document's issuer (``document_issuer``), unless its
    name is a headline's claim ("ЗСУ звільнили 421 населений пункт"), a
    sentence (more than eight words) or a lower-case phrase ("Subscribe to
    our channel on Telegram"; a one-word handle may be lower-case)."""
    c = document_issuer(text)
    if c is None or not c.name or len(c.name.split()) > 8:
        return None
    if c.name[:1].islower() and " " in c.name:
        return None
    if _TRIGGER_RE.get(lang, _TRIGGER_RE["en"]).search(c.name):
        return None
    return c


_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:BST|GMT|CET|CEST|EET|EEST|UTC|МСК|MSK|"
    r"[ap]\.?m\.?|(?:Kyiv|Moscow|London) time|за київським часом))?\s*$",
    re.IGNORECASE,
)


# CLAIMLEFT36: a live-blog entry's time, then a dash, bar or colon, opening
# its line ("09:15 — Одеса: …", "10:40 | Brigade: …"): an entry of its own
_ENTRY_OPENS = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*\(?[A-ZА-ЯЁ]{2,5}\)?)?\s*[—–|:-]\s+\S"
)


def opens_entry(text: str, first_on_line: bool) -> bool:
    """Whether a sentence starts a live blog's entry: a time on its own, or a
    time and a dash or colon opening the sentence's line.

    >>> opens_entry("09:15 — Одеса: тихо.", True), opens_entry("14:05", False)
    (True, True)
    >>> opens_entry("09:15 — Одеса: тихо.", False), opens_entry("12.50 km", True)
    (False, False)
    """
    if _TIMESTAMP.match(text):
        return True
    return first_on_line and _ENTRY_OPENS.match(text) is not None


# CLEN28: voices a narrator reports ("Russian channels say …"), not the
# narrator's own side (lang/en.RELAYED_VOICES)
_RELAYED_VOICE = re.compile(rf"(?i)(?:^|\s)(?:{en.RELAYED_VOICES})$")
#: the last characters a relayed voice may end with, in any case ("channels",
#: "media"; the long s folds to "s"), and a final newline ("$" stands before
#: it); every character when a voice is more than plain words
_VOICE_WORDS = en.RELAYED_VOICES.split("|")
_RELAYED_ENDS = (
    frozenset(
        re.findall(
            "[" + "".join(sorted({w[-1] for w in _VOICE_WORDS})) + "]",
            "".join(map(chr, range(0x2200))),
            re.IGNORECASE,
        )
        + ["\n"]
    )
    if all(re.fullmatch(r"[a-z][a-z ]*", w) for w in _VOICE_WORDS)
    else None
)


# PROBEUKRU39: the same in Ukrainian and Russian ("російські воєнкори",
# "украинские паблики"; lang uk/ru RELAYED_VOICES)
_RELAYED_VOICE_SLAVIC = {
    lang: re.compile(rf"(?i)(?:^|\s)(?:{mod.RELAYED_VOICES})$")
    for lang, mod in (("uk", uk), ("ru", ru))
}


def _relayed_voice(name: str, lang: str = "en") -> bool:
    """Whether ``name`` ends with a relayed voice (``_RELAYED_VOICE``; speed:
    a name whose last character no voice ends with is not searched), or
    with one of ``lang``'s own (uk/ru).

    >>> _relayed_voice("російські воєнкори", "uk"), _relayed_voice("ЗСУ", "uk")
    (True, False)
    """
    slavic = _RELAYED_VOICE_SLAVIC.get(lang)
    if slavic is not None and slavic.search(name) is not None:
        return True
    if _RELAYED_ENDS is not None and name[-1:] not in _RELAYED_ENDS:
        return False
    return _RELAYED_VOICE.search(name) is not None


def _doc_perspective(sents: list[Sentence], lang: str, text: str) -> str | None:
    """The side most claimants of the document speak for (first sentences)."""
    votes = {"UA": 0, "RU": 0}
    admitted = 0
    for s in sents[:60]:
        c = _claimant(s.text, lang)
        if (
            c is not None
            and c.name
            and not collective_side(c.name)
            and not c.once
            and not _relayed_voice(c.name, lang)
        ):
            side = side_of_text(f"{c.name} {c.role or ''}")
            if side and admits(s.text, c.start, c.end):
                # "Ukrainian analysts admitted the loss of …": a side that
                # admits is told of by the other side's narrator
                side = opposite(side)
                admitted += 1
            if side:
                votes[side] += 1
    side = "UA" if votes["UA"] > votes["RU"] else "RU"
    home = HOME_SIDE.get(lang)
    if votes["UA"] == votes["RU"] or (
        # UKRU31: speakers of the other side than the language's, ahead by
        # one only (none admitting), do not outweigh the language
        home and side != home and votes[side] - votes[home] == 1 and not admitted
    ):
        # no speaker settles it: the document's own war vocabulary, then
        # its language (weak evidence; Russian: None, the language's weak
        # default "RU" is applied per sentence, and context._gainer_for
        # knows nothing settled the side)
        return (
            header_side(text)
            or side_of_document(text, lang)
            or (None if lang == "ru" else "UA")
        )
    return side


# B32DET41: what only a place stands after: "near X", "the town of X",
# "в районі X", "біля X", "около X" (not "of", "from", "to", "у": a person's too)
_ONLY_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|into|near|around|outside|toward|towards|"
    r"(?:town|city|village|settlement|outskirts|edge)\s+of)|"
    r"(?<![\w])(?:біля|поблизу|під|около|возле|под|міст\w*|сел\w*|город\w*|"
    r"посел\w*))\s+$",
    re.IGNORECASE,
)


def _topic_label(c: Claimant | None, text: str, doc: str) -> Claimant | None:
    """B32DET41: ``c``, or None when it is a label before a colon opening
    ``text`` that the document names elsewhere as a place ("Vuhledar: a
    two-year siege in dates" … "the mining town of Vuhledar", "Krynky: the
    bridgehead" … "crossed the Dnipro to Krynky"): the story's topic, no
    speaker (whose name would leave the places of every sentence after).

    >>> doc = "Vuhledar: dates\\nThe town of Vuhledar fell."
    >>> _topic_label(Claimant("Vuhledar", None), "Vuhledar: dates", doc) is None
    True
    >>> doc = "Budanov: we hold\\nAccording to Budanov, we hold."
    >>> _topic_label(Claimant("Budanov", None), "Budanov: we hold", doc).name
    'Budanov'
    """
    if c is None or not c.name or c.role or ":" not in text:
        return c
    name = c.name.strip()
    if not text.lstrip().startswith(f"{name}:"):
        return c
    # the last word's stem (an inflected form: "Кринки" / "Кринках")
    stem = name if len(name) < 6 else name[: len(name) - 2]
    for m in re.finditer(re.escape(stem), doc):
        if doc.startswith(f"{name}:", m.start()):
            continue  # the label itself
        before = doc[max(0, m.start() - 24) : m.start()]
        if _ONLY_PLACE_BEFORE.search(before) and doc[m.end() : m.end() + 2] not in (
            "'s",
            "’s",
        ):
            return None
    return c


def _remember_speaker(s: Sentence, st: _DocState, lang: str) -> Claimant | None:
    """The speaker of ``s`` (a disputing one first), or None. A sentence naming
    nobody still leaves its person named last; a named speaker who is no
    pronoun becomes the document's claimant and last person, joins the
    speakers when it has a role, sets the claimant's side when its words give
    one, and lends its capitalised words to the people."""
    c = keep_analyst(
        disputing_speaker(s.text, lang)
        or _topic_label(_claimant(s.text, lang), s.text, st.told.doc),
        st.claimant,
    )
    if c is None or not c.name:
        named = person_named(s.text)
        if named is not None and c is not None and c.pronoun and named.name.islower():
            # B28CLAIM37: "The group noted …" points back to the group named
            # before; a later "It said" is that group's, not "group"
            named = None
        st.last_person = named or st.last_person
        _note_individual(st, st.last_person)
    if c is not None and c.name and not _carried(c):
        return c
    if c is not None and not c.pronoun and c.name:
        c = by_role(c, st.speakers)
        _note_aside(st, c)
        st.claimant = st.last_person = c
        _note_individual(st, c)
        st.claimant_paragraph = st.paragraph
        if c.role:
            st.speakers.append(c)
        side = side_of_text(f"{c.name} {c.role or ''}")
        if side and not _speaks_once(c, lang):
            st.claimant_side = side
        for w in c.name.split():
            if w[:1].isupper():
                st.people.add(w)
    return c


# PROBECLAIM37: a speaker that is a body, no person ("Ukraine's General
# Staff", "the Russian Defence Ministry", "Moscow", "ISW"): no "he" or "she"
_BODY_SPEAKER = re.compile(
    rf"(?:\b(?i:{en.SPEAKING_BODY_WORDS}|{en.BODY_WORDS})\w*|\b[A-Z]{{2,6}}"
    r"|\b(?:Kremlin|Moscow|Kyiv|Kiev|Pentagon|Washington))$"
)
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _is_body(c: Claimant | None) -> bool:
    """PROBECLAIM37: whether ``c`` is a body or a capital speaking, no person.

    >>> _is_body(Claimant("Ukraine's General Staff", None))
    True
    >>> _is_body(Claimant("Dmitry Peskov", "Kremlin spokesman"))
    False
    """
    return c is not None and bool(c.name) and _body_name(c.name)


@functools.lru_cache(maxsize=4096)
def _body_name(name: str) -> bool:
    """SPEED38: whether ``name`` ends in a body's word (``_BODY_SPEAKER``),
    kept per name for one document (cleared with the other per-document
    caches): a document asks it of the same few speakers again and again."""
    return bool(_BODY_SPEAKER.search(name))


def _note_individual(st: _DocState, c: Claimant | None) -> None:
    """PROBECLAIM37: ``c`` is the last person named when it is no body."""
    if c is not None and c.name and not c.once and not _is_body(c):
        st.last_individual = c


def _person_pointed(t: str, pointer: Claimant, st: _DocState) -> Claimant | None:
    """PROBECLAIM37: whom an English "he"/"she" of ``t`` points back to when
    the one named last is a body ("Ukraine's General Staff said …. He said
    …" after "Kremlin spokesman Dmitry Peskov told reporters"): the person
    named before it, else None."""
    if pointer.start < 0 or not _HE_OR_SHE.search(t[pointer.start : pointer.end]):
        return None
    if not _is_body(st.last_person or st.claimant):
        return None
    return st.last_individual


def _speaks_once(c: Claimant, lang: str) -> bool:
    """CLEN28: a voice an English narrator reports ("Russian channels say",
    "pro-Kremlin bloggers wrote"): it tells nothing of the narrator's side,
    and attributes no sentence before it; PROBEUKRU39: a uk/ru one too
    ("російські воєнкори пишуть", "украинские паблики пишут")."""
    name = c.name or ""
    if lang == "en":
        return _relayed_voice(name)
    slavic = _RELAYED_VOICE_SLAVIC.get(lang)
    return slavic is not None and slavic.search(name) is not None


# an unnamed person speaking: "The commander of a Ukrainian brigade", "A
# spokesperson for the unit", "One soldier"
_UNNAMED_PERSON = re.compile(r"^(?:A|An|The|One)\s+[a-z]")


def _note_aside(st: _DocState, c: Claimant) -> None:
    """Before ``c`` becomes the claimant: an unnamed person's word inside a
    named source's report is an aside, and the named source is claimant again
    from the next paragraph on (``_enter_sentence``)."""
    old = st.claimant
    if (
        _UNNAMED_PERSON.match(c.name or "")
        and old is not None
        and old.name
        and not _UNNAMED_PERSON.match(old.name)
    ):
        st.claimant_before = old
    else:
        st.claimant_before = None


# a source of data named for its facts: "по данным X", "за даними X",
# "according to data from X", "according to maps by X"
_DATA_SOURCE = re.compile(
    r"(?<![\w])(?:по данным|за даними|по оценке|за оцінкою|"
    r"according to (?:data|maps?|figures|estimates) (?:from|of|by))(?![\w])",
    re.IGNORECASE,
)


_DATA_SOURCE = keyed(_DATA_SOURCE)  # speed: passed over texts lacking its keys


def _sentence_claimant(
    t: str, st: _DocState, lang: str, next_text: str
) -> tuple[Claimant | None, Claimant | None, bool, str | None]:
    """The speaker of ``t``, its own named one, pronoun flag and perspective."""
    claimant = by_role(
        keep_analyst(
            _topic_label(_claimant(t, lang), t, st.told.doc)
            or _attribution_after(next_text, lang)
            or quote_attribution(t, next_text, lang),
            st.claimant,
        ),
        st.speakers,
    )
    own = claimant if claimant is not None and claimant.name else None
    if own is not None and own.once:
        own = None  # CLAIMANT30b: a plural voice tells no side of the sentence
    pronoun = claimant is not None and claimant.pronoun
    if claimant is not None and claimant.pronoun:
        said_as = claimant.said_as
        claimant = (
            (claimant.relayed and analyst(st.speakers))
            or (lang == "en" and _person_pointed(t, claimant, st))
            or st.last_person
            or st.claimant
        )
        if claimant is None and _claimant(t, lang) is None:
            # KNOWN40: the title a short next sentence names, pointing back
            # to nobody: the title as written ("the spokesman")
            m = _ROLE_POINTER.search(next_text)
            claimant = Claimant(m.group(0), None) if m else None
        if said_as and not _same_body(claimant, said_as):
            # "The General Staff said" after a mayor: the staff, as written
            claimant = Claimant(said_as, None)
    elif claimant is not None and claimant.name:
        if _carried(claimant):
            st.claimant = claimant
    elif claimant is None:
        claimant = st.claimant
    c_side = side_of_text(
        f"{claimant.name or ''} {claimant.role or ''}" if claimant else None
    )
    if claimant is not None and claimant.name and not claimant.once:
        for w in claimant.name.split():
            if w[:1].isupper():
                st.people.add(w)
    if own is None and claimant is not None and collective_side(claimant.name):
        c_side = None  # "Росіяни пишуть, що …" speaks for its sentence only
    if (
        claimant is not None
        and (claimant.once or _speaks_once(claimant, lang))
        and not _own_words(t)
    ):
        c_side = None  # CLEN28: "Russian channels say …" tells no side
    if own is not None and _DATA_SOURCE.search(t):
        # "по данным DeepState, противник оставил …": a source of data lends
        # its facts, not its voice; "the enemy" stays the narrator's
        c_side = None
    if own is not None:
        st.claimant_paragraph = st.paragraph
    elif _told_paragraphs_before(claimant, pronoun, st, lang, c_side):
        c_side = None
    perspective = c_side or st.perspective or HOME_SIDE.get(lang)
    st.own_side = (
        side_of_text(f"{own.name} {own.role or ''}")
        if own is not None and not own.once
        else None
    )
    return claimant, own, pronoun, perspective


# KNOWN3: a relayed voice calling a place its own ("Russian channels said
# that Kupiansk is ours", "Російські канали написали, що Купʼянськ наш"), with
# no contrast after which "ours" would be the writer's again
_OURS_PREDICATE = re.compile(
    r"(?<!\w)(?:ours|наш[аеіи]?)(?=\s*(?:[.,;:!?»”\"]|$))", re.IGNORECASE
)
_CONTRAST_WORD = re.compile(
    r"(?<!\w)(?:" + every("CONTRAST_WORDS") + r")(?!\w)",
    re.IGNORECASE,
)


def _own_words(t: str) -> bool:
    """Whether sentence ``t`` has its speaker call a place its own ("… said
    that Kupiansk is ours"): a relayed voice then tells its own side.

    >>> _own_words("Russian channels said that Kupiansk is ours.")
    True
    >>> _own_words("Channels said the town fell, but it is still ours.")
    False
    """
    return _OURS_PREDICATE.search(t) is not None and not _CONTRAST_WORD.search(t)


def _told_paragraphs_before(
    claimant: Claimant | None,
    pronoun: bool,
    st: _DocState,
    lang: str,
    side: str | None,
) -> bool:
    """UKRU31: whether a uk/ru sentence naming nobody carries a speaker named
    in an earlier paragraph whose side is not the text's: such a speaker
    lends the sentence no side (a new paragraph is the narrator's again,
    "…, по данным ведомства, составила …" after the other side's reply)."""
    return (
        lang != "en"
        and claimant is not None
        and not pronoun
        and side is not None
        and side != st.perspective
        and st.claimant_paragraph < st.paragraph
    )


def _same_body(c: Claimant | None, phrase: str) -> bool:
    """CLEN28: whether the one named before is the body a definite phrase
    names: its name or role holds the phrase's head noun ("the ministry"
    after "Russia's defence ministry")."""
    if c is None or not c.name:
        return False
    head = phrase.split()[-1].lower()
    return head in f"{c.name} {c.role or ''}".lower()


def _same_side(claimant: Claimant, said: str, lang: str) -> bool:
    """A headline's speaker ("Росія заявила …") is of the side that speaks in
    the dated statement of the lede ("… заявили в Міноборони РФ")."""
    side = side_of_text(f"{claimant.name} {claimant.role or ''}")
    other = _claimant(said, lang)
    return (
        side is not None
        and other is not None
        and side == side_of_text(f"{other.name or ''} {other.role or ''}")
    )
