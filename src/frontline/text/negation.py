"""Whether a trigger is negated or denied where it stands: a negation before
it (not a silence: "did not comment"), a denial of a report ("dismissed a
statement … that"), a denial verb closing its clause, or a negation after it
(``_negation_check`` memoises ``_negation_near`` per trigger).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon as lx
from .context import (
    _Trig,
    announced_unconfirmed,
)
from .fastre import folded
from .lang import every

# "dismissed a statement by X that Y controlled Z": the reported claim is denied
_DENIED_REPORT = re.compile(
    r"\b(?:denied|dismissed|rejected|refuted|denies|dismisses|rejects|refutes|"
    r"denying|disputed|disputes|disputing)\b"
    r"[^.;]{0,100}?\b(?:statement|claims?|reports?|assertions?)\b"
    # "…, insisting that X": the denier's own counter-claim is not denied
    r"(?:(?!\b(?:insist|saying|said|says|stress|maintain|add)\w*)[^.;]){0,60}?"
    r"\bthat\s+[^.;]*$|"
    # "Russia falsely claims the capture of X"
    r"\b(?:falsely|wrongly|erroneously)\s+(?:\w+\s+)?(?:claim|report|announc|"
    r"assert)\w*\b[^.;]*$|"
    r"(?<![\w])(?:спростува\w*|заперечи\w*|опроверг\w*|отверг\w*)(?![\w])[^.;]{0,100}?"
    # (the noun "заяву", not the verb "заявив": "заперечив це і заявив, що
    # X під контролем ЗСУ" asserts X)
    r"(?:заяв(?:а|у|и|ою|ам|ами|ах)?(?![\w])|заявлени\w*|твердженн\w*|"
    r"утверждени\w*|повідомленн\w*|сообщени\w*|"
    r"информаци\w*|інформаці\w*|сведени\w*|слух\w*|чутк\w*)"
    # (no new saying between: "спростував чутки й наголосив, що …")
    r"(?:(?!наголоси|заяви|сказа|повідоми|додав|зазначи|сообщи|добави|"
    r"подчеркну|отмети)[^.;]){0,60}?(?:що|что)\s+[^.;]*$|"
    # "речник заперечив, що X звільнено": a denial of what follows "that"
    r"(?<![\w])(?:спростува\w*|спростову\w*|заперечи\w*|заперечу\w*|"
    r"опроверг\w*|отверг\w*|отрица\w*|бреш\w*|брехня|неправда|лгут|лж[её]т|"
    r"врут|вр[её]т|"
    r"ложь)(?![\w]),?\s+(?:що|что)\s+[^.;]*$",
    re.IGNORECASE,
)


# a new statement between a negation and the claim: "заперечив це і заявив,
# що село під контролем ЗСУ", "denied it and said Ukrainian troops held X"
_NEW_SAYING = re.compile(
    r"\b(?:said|says|added|stressed|insisted|noted)\b(?:\s*,)?\s+(?:that\b)?|"
    r"(?<![\w])(?:заяви\w*|сказа\w*|повідоми\w*|додав\w*|наголоси\w*|"
    r"запевни\w*|сообщи\w*|добави\w*|подчеркну\w*|завери\w*)\W+(?:що|что)"
    r"(?![\w])",
    re.IGNORECASE,
)


# a denial verb closing the claim's own stretch (no comma between): "інформацію
# про захоплення X заперечили в ЗСУ", "сообщения о взятии X опровергли в ВСУ"
_DENIED_AFTER = re.compile(
    r"[^,;.:—–]{0,40}?(?<![\w])(?:заперечи|заперечу|спростува|спростову|"
    r"опроверг|отрица|отверг)\w*",
    re.IGNORECASE,
)


_DENIED_REPORT = folded(_DENIED_REPORT)


# "did not immediately comment on Russia's claim to have taken X", "could not
# independently verify": the negation is the speaker's silence, not a denial
_NEUTRAL_AFTER_NOT = re.compile(
    r"\s+(?:(?:immediate(?:ly)?|independent(?:ly)?|yet|public(?:ly)?|"
    r"official(?:ly)?)\s+)*"
    r"(?:comment\w*|respon[ds]\w*|react\w*|repl(?:y|ied|ies)|verif\w+|specif\w+|"
    r"elaborat\w+|disclos\w+|"
    # an emphasis, not a denial (FIELDS23): "not only took X but", "не лише
    # захопили", "не только взяли", "there is no doubt that", "немає сумнівів"
    r"only|just|merely|лише|тільки|лиш|только|лишь|просто|doubt\w*|"
    r"one\s+(?:disputes|doubts|denies)|сумнів\w*|сомнени\w*)\b",
    re.IGNORECASE,
)


def _negation_check(t: str, lang: str) -> Callable[[_Trig, tuple[int, int]], bool]:
    """The ``negated_near`` of sentence ``t``: one memoised answer per trigger."""
    # one answer per trigger: a sentence may list thousands of its figures
    neg_memo: dict[tuple[int, int, tuple[int, int]], bool] = {}

    def negated_near(trig: _Trig, clause: tuple[int, int]) -> bool:
        key = (trig.start, trig.end, clause)
        if key not in neg_memo:
            neg_memo[key] = _negation_near(t, lang, trig, clause)
        return neg_memo[key]

    return negated_near


# how far into its clause a negation after a trigger may stand ("X was taken,
# which the General Staff denied"): a bound keeps a long sentence linear
_NEGATION_REACH = 400


# LEFTEN36: an answer word closed by a stop, comma or "!" ("A: No. Our forces
# still hold the town.", "— Ні, наші сили досі утримують місто"): a reply,
# which negates nothing after it (lang: ANSWER_NO)
_ANSWER_NO = re.compile(r"(?:" + every("ANSWER_NO") + r")\s*[.,!]", re.IGNORECASE)


def _answer_word(before: str, m: re.Match[str]) -> bool:
    """Whether the negation ``m`` in ``before`` is an answer word closed by a
    stop, comma or "!" ("No. Our forces hold X", "Ні, наші сили"): a reply
    that negates nothing after it ("no villages", "ні кроку" still negate).

    >>> import re
    >>> _answer_word("A: No. Our forces ", re.search("No", "A: No. Our forces "))
    True
    >>> _answer_word("no villages were ", re.search("no", "no villages were "))
    False
    """
    return _ANSWER_NO.match(before, m.start()) is not None


# KNOWN39: a verdict opening the sentence, closed by a stop, comma, colon or
# dash ("Это фейк, X под нашим контролем", "This is fake: X is ours"): it
# answers a claim told before (lang: VERDICT_REPLY)
_VERDICT_REPLY = re.compile(
    r"^\W*(?:" + every("VERDICT_REPLY") + r")\s*(?:[,.:;!]|[—–-]\s)", re.IGNORECASE
)


def _negation_near(t: str, lang: str, trig: _Trig, clause: tuple[int, int]) -> bool:
    """Whether a negation or denial near ``trig`` in its clause undoes it; a
    verdict replying to a claim before it denies no holding after it."""
    reply = _VERDICT_REPLY.match(t) if trig.family == "hold" else None
    if reply is not None and reply.end() <= trig.start:
        t = " " * reply.end() + t[reply.end() :]
    cs, _ = clause
    before = t[max(cs, trig.start - 70) : trig.start]
    neg = lx.NEGATION.get(lang, lx.NEGATION["en"])
    if any(
        not _NEUTRAL_AFTER_NOT.match(before, m.end())
        and not _NEW_SAYING.search(before, m.end())
        and not _answer_word(before, m)
        for m in neg.finditer(before)
    ):
        return True
    if neg.search(t[trig.start : trig.end]):  # "have not taken", "не взяли"
        return True
    if _DENIED_REPORT.search(t[max(0, trig.start - 200) : trig.start]):
        return True
    denied_noun = _GAIN_NOUN_DENIED.get(lang)
    if denied_noun is not None and denied_noun.match(t, trig.end):
        return True  # "прорыва нет", "прориву не було"
    if _DENIED_AFTER.match(t, trig.end, clause[1]):
        return True  # "інформацію про захоплення X заперечили в ЗСУ"
    reach = min(max(trig.end, clause[1]), trig.end + _NEGATION_REACH)
    if announced_unconfirmed(t, lang, trig, reach):
        return False
    after, near = t[trig.end : reach], t[trig.end : trig.end + 120]
    # speed: the near window is often the same text (the sentence ends
    # first): searched once
    if lx.NEGATION_AFTER.search(after) or (
        near != after and lx.NEGATION_AFTER.search(near)
    ):
        return True
    return lx.PREMATURE.search(t, trig.end, min(len(t), trig.end + 120)) is not None


# S36REST: a gain noun whose being is denied right after it ("прорыва нет")
_GAIN_NOUN_DENIED = lx.uk_ru("GAIN_NOUN_DENIED_AFTER")
