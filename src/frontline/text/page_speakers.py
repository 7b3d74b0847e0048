"""Speakers the page layout names, set after extraction (no frame field).

An interview's answers are the interviewee's; a claim nobody makes is the
document issuer's (title, signature, channel line); a headline's source after
a dash speaks for the headline; in an analysis, unattributed figures are the
analyst's.

>>> t = "Q: Where?\\nA: Near Kolosky.\\nQ: And?\\nA: Quiet."
>>> [t[a:b] for a, b in answer_spans(t)]
['A: Near Kolosky.', 'A: Quiet.']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from .claimants import (
    ANALYSIS_BY,
    ANALYSIS_ROLE,
    ANALYST,
    TOWN_LABEL,
    Claimant,
    call_sign,
    dash_source_lead,
    find_claimant,
    introduced_person,
    is_label,
    map_source,
    person_named,
    quoted_title_role,
    signed_person,
    titled_speaker,
)
from .clean import ABBREVIATIONS, _title_before_name
from .fastre import keyed
from .lang import en, every, ru, uk
from .sides import collective_side
from .triggers import _trigger_matches

# a headline's source after a dash, with no closing stop: "… - ОВА",
# "… — Генштаб", "… – ISW"
_DASH = re.compile(r"\s[-–—]\s")
# (session 36: a one-sentence line closed by a stop, with a comma before
# the dash too, "Ворог окупував X, — DeepState.": the Ukrainian news style)
_HEADLINE_SOURCE = re.compile(
    r"^(?:\S+\s+){2,}?\S*[\w»”\"],?\s+[-–—]\s+"
    # LEFTUKRU36: lower-case words before the name ("— аналітики DeepState.")
    r"(?P<lead>(?:[a-zа-яіїєґё][\w'’-]*\s+){0,2})"
    # XCLAIM5_43: a side's forces, lower-case words in the name ("— Сили
    # оборони", "— Силы обороны юга")
    rf"(?P<who>{uk.DEFENCE_FORCES_NAME}|{ru.DEFENCE_FORCES_NAME}|"
    r"[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐЁ«“][\w'’»”-]*){0,2})\.?\s*$"
)
# "…, а в Курской области — Нижний Клин.", "…, and in Kursk — X": the dash
# stands for the verb of the list before it; what follows is its last item
_ELLIPSIS_BEFORE_DASH = re.compile(
    r",\s*(?:(?:а|и|і|й|та|and|while)\s+)?(?:в|во|у|на|под|під|біля|около|"
    r"in|on|near|at)\s+(?:\S+\s+){0,3}?\S+\s+[-–—]\s+\S",
    re.IGNORECASE,
)
_QUESTION_LEAD = re.compile(r"^\s*(?:Q|Питання|Вопрос)\s*:")
_QUESTION_LINE = re.compile(r"^\s*(?:Q|Питання|Вопрос)\s*:|\?\s*$")
_ANSWER_LEAD = re.compile(r"^\s*(?:A\s*:|Відповідь\s*:|Ответ\s*:|[-–—]\s)")
_MAX_QUESTION_WORDS = 25  # a longer line ending in "?" is prose, not a question
_MIN_QUESTIONS = 2


def _stopped_inside(line: str) -> bool:
    """Whether a line holds a stop other than one closing it, or closes with
    another mark than a full stop: no one-sentence headline or dash-sourced
    line ("Ворог окупував X, — DeepState.").

    >>> _stopped_inside("Ворог окупував X, — DeepState."), _stopped_inside("A. B — C.")
    (False, True)
    """
    body = line.rstrip()
    if body[-1:] in "!?:;,":
        return True
    body = body.removesuffix(".")
    return any(mark in body for mark in ".!?;")


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def answer_spans(text: str) -> list[tuple[int, int]]:
    """The answer lines of an interview laid out as questions and answers
    (two or more short question lines), as character spans; else none.

    >>> t = "Intro.\\nHow is it?\\nHard.\\nAnd the north?\\nQuiet.\\nCaption"
    >>> [t[a:b] for a, b in answer_spans(t)]
    ['Hard.', 'Quiet.']
    """
    if text.count("?") < _MIN_QUESTIONS and not _QUESTION_LEAD.search(text):
        return []  # speed: too few questions for an interview
    lines = [x for x in _lines(text) if x[2].strip()]
    asked = [
        bool(_QUESTION_LINE.search(ln))
        and len(ln.split()) <= _MAX_QUESTION_WORDS
        and (i > 0 or ln.lstrip()[:1] in "-–—" or bool(_QUESTION_LEAD.match(ln)))
        for i, (_, _, ln) in enumerate(lines)
    ]
    if sum(asked) < _MIN_QUESTIONS:
        return []
    out = []
    for i, (a, b, ln) in enumerate(lines):
        if asked[i]:
            continue
        after_question = i > 0 and asked[i - 1]
        if after_question or (_ANSWER_LEAD.match(ln) and i > 0):
            out.append((a, b))
    return out


# B30REST39: a speaker's label opening a line of a transcript ("GUEST:",
# "Head:", "A:"): one or two words before a colon
_TURN_LABEL = re.compile(r"^\s*(?P<label>[^\W\d][\w.'’-]*(?: [\w.'’-]+)?)\s*:\s")


def answer_turns(text: str) -> list[tuple[int, int]]:
    """The answer lines of an interview (``answer_spans``) and the lines the
    speaker of one of them opens with the same label ("GUEST: …" after a
    remark of the host's that asked nothing), as character spans.

    >>> t = "Talk\\nH: Gone?\\nG: Yes.\\nH: I see.\\nG: Yes.\\nH: And?\\nG: No."
    >>> [t[a:b] for a, b in answer_turns(t)]
    ['G: Yes.', 'G: Yes.', 'G: No.']
    """
    answers = answer_spans(text)
    if not answers:
        return []
    labels = set()
    for a, b in answers:
        m = _TURN_LABEL.match(text[a:b])
        if m is not None:
            labels.add(m["label"].casefold())
    if not labels:
        return answers
    out = []
    for a, b, ln in _lines(text):
        m = _TURN_LABEL.match(ln)
        if (a, b) in answers or (m is not None and m["label"].casefold() in labels):
            out.append((a, b))
    return out


def _no_stop_after(words: set[str]) -> str:
    """One look-behind per abbreviation ("Dec.", "Gen.") and one for a
    single letter ("U.S."): no sentence ends after them, as in
    ``clean._split_line``."""
    behind = "".join(rf"(?<!\b{re.escape(w)}\.)" for w in sorted(words))
    return behind + r"(?<!\b\w\.)"


# a stop, not an abbreviation's, then space ("on Dec. 25 that" is one
# sentence, as the sentence splitter reads it: clean.py)
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])" + _no_stop_after(ABBREVIATIONS) + r"\s+", re.IGNORECASE
)
_LAST_WORD = re.compile(r"(\w+)\.$")


def _split_sentences(line: str) -> list[str]:
    """The sentences of ``line``, split after . ! ? … (``_SENTENCE_END``), but
    not after a uk/ru rank shortened with a stop before a given name ("за
    словами полк. Сергія Братчука"), as ``clean._split_line`` reads it.

    >>> _split_sentences("Заявив ген. Олександр Сирський. Бої тривають.")
    ['Заявив ген. Олександр Сирський.', 'Бої тривають.']
    """
    parts = []
    s = 0
    for m in _SENTENCE_END.finditer(line):
        word = _LAST_WORD.search(line, s, m.start())
        if word and _title_before_name(word.group(1).lower(), line[m.start() :]):
            continue
        parts.append(line[s : m.start()])
        s = m.end()
    parts.append(line[s:])
    return parts


def _sentence_at(line: str, offset: int) -> str:
    pos = 0
    for part in _split_sentences(line):
        k = line.find(part, pos)
        if k <= offset < k + len(part) + 1:
            return part
        pos = k + len(part)
    return line


# CLAIMLEFT40: a transcript's answer opened by its speaker's label in capitals
# with the role in brackets ("COL. IVAN MOROZ (brigade commander): …",
# "ІВАН МОРОЗ (командир батальйону): …"): the rank's abbreviations left out
_UPPER = "A-ZА-ЯІЇЄҐЁ"
_LABELLED_TURN = re.compile(
    rf"^\s*(?P<name>(?:[{_UPPER}][{_UPPER}.'’-]*\s+){{0,3}}"
    rf"[{_UPPER}][{_UPPER}'’-]+)\s*\((?P<role>[^()\n]{{3,80}})\)\s*:\s"
)


def labelled_turn(line: str) -> Claimant | None:
    """The speaker a transcript's label names, with the role in brackets.

    >>> c = labelled_turn("MAJ. IVAN MOROZ (battalion commander): We held.")
    >>> c.name, c.role
    ('Ivan Moroz', 'battalion commander')
    """
    m = _LABELLED_TURN.match(line)
    if m is None:
        return None
    words = [w for w in m["name"].split() if not w.endswith(".")]
    if not words:
        return None
    name = " ".join(w[:1] + w[1:].lower() for w in words)
    return Claimant(name, m["role"].strip())


# XCLAIM41: a bracketed aside after a name ("(позивний «Тур»)")
_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")


def interviewee(
    text: str, lang: str, answers: list[tuple[int, int]]
) -> Claimant | None:
    """Who answers: a call sign, else a speaker with a role, named in the lines
    around the questions and answers (the introduction or the closing line).

    >>> t = "Brigade commander Ivan Moroz spoke to us.\\nQ: How?\\nA: Well."
    >>> interviewee(t, "en", [(t.index("A:"), len(t))]).name
    'Ivan Moroz'
    """
    found: list[Claimant] = []
    lines = [ln for ln in text.split("\n") if ln.strip()]
    titled = title_speaker(lines[0]) if lines else None
    if titled is not None and re.search(r"[A-ZА-ЯІЇЄҐЁ]", titled.name or ""):
        # B30CLAIM39: "Інтерв'ю мера Ірпеня X", "Briefing by X"; a title
        # naming only a rank ("інтерв'ю з командиром батальйону") leaves the
        # name to the introduction
        return titled
    for a, b in answers:
        labelled = labelled_turn(text[a:b])
        if labelled is not None:
            return labelled
    for a, _, ln in _lines(text):
        if not ln.strip() or any(x <= a < y for x, y in answers):
            continue
        if _QUESTION_LINE.search(ln):
            continue
        for part in _split_sentences(ln):
            sign = call_sign(part)
            if sign is not None:
                return sign
            c = find_claimant(part, lang)
            if c is None or not c.name or not c.role:
                c = person_named(part)  # "Deputy commander X described …"
            if c is None and "(" in part:
                # XCLAIM41: "Командир роти Іван Петренко (позивний «Тур»)
                # поспілкувався з нами": the bracket after the name left out
                c = person_named(_ASIDE.sub("", part))
            if c is not None and c.name and c.role:
                found.append(c)
    return found[0] if found else None


# a document's issuer in its title or signature: "Summary of the Ministry of
# Defence …", "Сводка Министерства обороны …", "Генштаб ЗСУ: оперативна
# інформація", a closing "Пресслужба 81-ї бригади", "Subscribe to X"
_DOC_NOUN = (
    r"(?:Summary|Report|Statement|Update|Briefing|Bulletin|Communiqu[ée]|"
    r"Сводка|Сообщение|Заявление|Зведення|Повідомлення|Заява|Звіт|Отч[её]т)"
)
_TITLE_ISSUER = re.compile(
    # one word may qualify the genre: "Ранкове зведення Генштабу станом на …"
    rf"^\W*(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]+\s+(?i:{_DOC_NOUN})|{_DOC_NOUN})\s+"
    r"(?:(?:of|from|by)\s+(?:the\s+)?)?"
    r"(?P<who>[A-ZА-ЯІЇЄҐЁ][^,.;:()]{2,80}?)\s+(?:(?:on|about|о|об|про|щодо|за|"
    r"станом|по состоянию|as of)\s|\(|$)"
)
_ISSUER_COLON = re.compile(
    r"^\W*(?P<who>[A-ZА-ЯІЇЄҐЁ][^,.;:()|]{2,60}?)\s*[:|]\s*(?:[\w'’ :-]{0,40}\s)?"
    r"(?:оперативн\w+ інформаці\w+|оперативн\w+ информаци\w+|operational "
    r"(?:update|information)|обстановк\w+|ситуаці\w+|situation|сводк\w+|"
    r"зведенн\w+)",
    re.IGNORECASE,
)
_BODY = re.compile(every("BODY_WORDS"))
# KNOWN39: a bulletin's title after its body and a stop ("Генеральний штаб
# ЗСУ. Оперативна інформація", "Генштаб ВСУ. Оперативная информация"): the
# body issues it (a body word in the name; no other genre after a stop)
_ISSUER_STOP = re.compile(
    r"^\W*(?P<who>[A-ZА-ЯІЇЄҐЁ][^,.;:()|]{2,60}?)\.\s+"
    r"(?:оперативн\w+ інформаці\w+|оперативн\w+ информаци\w+|operational "
    r"(?:update|information))",
    re.IGNORECASE,
)
# CLEN28: a body's update named in the title: "Latest Defence Intelligence
# update on …", "Nordic Defence Intelligence Centre — situation update, 1 May"
_BODY_UPDATE = re.compile(
    rf"^\W*(?:(?i:{en.TITLE_LEAD_WORDS})\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+"
    r"(?:[-–—|]\s+[^\n]{0,60}?)?"
    rf"(?i:{en.UPDATE_NOUNS})\b"
)
# XCLAIM41: a title line that names its issuer and then its genre, with no
# sentence after it: "FrontWatch map update, 1 November", "3rd Separate
# Brigade — official channel (digest)", "Ivan Moroz, head of the region —
# daily update", "Фронтовий монітор — щоденне зведення"
_NAME_WORD = r"(?:[A-ZА-ЯІЇЄҐЁ0-9][\w'’.&-]*|«[^»\n]{1,30}»)"
_ISSUER_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:(?i:of|the|for|and|de)\s+)*{_NAME_WORD}){{0,7}}"
    rf"(?:\s+(?i:{every('ISSUER_NAME_NOUNS')}))?"
)
# a uk/ru name is written in sentence case ("Степовий монітор — зведення"):
# lower-case words after its first, before a dash
_SENTENCE_CASE_NAME = (
    r"[А-ЯІЇЄҐЁ][\w'’-]+(?:\s+[а-яіїєґё][\w'’-]{3,}){1,2}(?=\s+[—–-]\s)"
)
_NAMED_GENRE = re.compile(
    rf"^\W*(?P<who>{_SENTENCE_CASE_NAME}|{_ISSUER_NAME})"
    r"(?:,\s+(?P<role>[a-zа-яіїєґё][^,|—–\n]{2,80}?))?"
    r"\s*(?:#\d+\s*)?(?:[-–—|]\s*)?"
    rf"(?:(?i:{every('ISSUER_GENRE_LEADS')})\s+){{0,2}}"
    rf"(?i:{every('ISSUER_GENRES')})\b"
    r"\s*(?:[,|—–-]\s*[^\n().!?]{0,40}|\([^)\n]{0,40}\))?\s*$"
)
# XCLAIM41: the genre first, then its issuer in quotes: "Огляд аналітичної
# групи «Лінія» | 4 серпня 2025", "Обзор проекта «Карта» — 2 мая"
_GENRE_OF = re.compile(
    rf"^\W*(?i:{every('ISSUER_GENRES')})\s+"
    r"(?P<who>(?:[a-zа-яіїєґё'’-]+\s+){1,3}«[^»\n]{2,40}»)\s*(?:[|,—–-]|$)"
)


# a one-word issuer's mark: an inner capital ("FrontWatch"), a digit, capitals
_NAME_MARK = re.compile(r"\w[A-ZА-ЯІЇЄҐЁ]|\d|^[A-ZА-ЯІЇЄҐЁ]{2,}$")


def named_genre(line: str) -> Claimant | None:
    """XCLAIM41: the issuer a title line names before (or after) its genre.

    >>> named_genre("FrontWatch map update, 1 November").name
    'FrontWatch'
    >>> c = named_genre("Ivan Moroz, head of the region — daily update")
    >>> c.name, c.role
    ('Ivan Moroz', 'head of the region')
    >>> named_genre("Огляд аналітичної групи «Межа» | 4 серпня").name
    'аналітичної групи «Межа»'
    >>> named_genre("Pokrovsk — daily update") is None
    True
    >>> named_genre("Eastern Front weekly summary") is None
    True
    """
    line = line.strip()
    m = _GENRE_OF.match(line)
    if m:
        return Claimant(m["who"], None)
    m = _NAMED_GENRE.match(line)
    if m is None:
        return None
    who = m["who"].strip()
    if len(who.split()) == 1 and not _NAME_MARK.search(who):
        return None  # "Pokrovsk — daily update": a place's rubric, no issuer
    if _SECTOR_NAME.search(" " + who) or is_label(who) or TOWN_LABEL.search(who):
        return None  # "Eastern Front weekly summary": a sector's rubric
    if not _BODY.search(who) and any(
        _trigger_matches(who, lang) for lang in ("en", "uk", "ru")
    ):
        return None  # "Russian Advance summary": a headline ("Assault Brigade"
        # is a body's name)
    role = m["role"].strip() if m["role"] else None
    return Claimant(who, role)


_SUBSCRIBE = re.compile(
    r"^\W*(?:Subscribe(?: to)?|Follow|Підписуйтесь(?: на)?|Підписуйтеся(?: на)?|"
    r"Подписывайтесь(?: на)?|Подпишитесь(?: на)?)\s*:?\s+@?"
    r"(?P<who>\S[^.!\n]{1,40}?)\s*[.!]?\s*$"
    r"|Translated from the Telegram channel\s+[\"“«](?P<chan>[^\"”»]{2,40})",
    re.IGNORECASE,
)
_SUBSCRIBE = keyed(_SUBSCRIBE)  # speed: passed over lines lacking its keys
_SIGNATURE_WORDS = 9  # a longer line is a sentence, no signature


# a line that ends in a sentence's stop after a word, or that holds a comma,
# is a sentence ("ЗСУ звільнили X.", "ВСУ продвинулись у X, сообщает «Y»")
_SENTENCE_LINE = re.compile(r"\w[»”\")]?[.!?]\W*$|,\s")


def _signature(line: str) -> str | None:
    """A line that is only a body's name ("⚡️ Сили оборони півдня України"),
    no sentence.

    >>> _signature("⚡️ Сили оборони півдня України")
    'Сили оборони півдня України'
    >>> _signature("ЗСУ звільнили Роботине.") is None
    True
    >>> _signature("Продвижение ВСУ за неделю:") is None
    True
    """
    if _SENTENCE_LINE.search(line) or "#" in line:
        return None  # (B27CLAIM36: a line of hashtags signs nothing)
    if line.rstrip().endswith(":"):
        return None  # KNOWNLEFT38: a list's lead ("Просування ЗСУ за тиждень:")
    s = re.sub(r"^[\W_]+|[\W_]+$", "", line.strip())
    words = s.split()
    if not words or len(words) > _SIGNATURE_WORDS or not s[:1].isupper():
        return None
    if re.search(r"[.!?:]|\d{1,2}[:.]\d{2}|\d{4}|\s[-–—]\s", s) or not _BODY.search(s):
        return None
    return _quotes_closed(s)


# B27CLAIM36: what closes a post after its signature, no signature itself:
# a line of hashtags ("#front #Kharkiv"), a short slogan ("Слава ЗСУ!"), a
# repost's or an admin's comment ("Репост каналу X з коментарем: …",
# "Comment by the channel X: …")
_HASHTAGS = re.compile(r"^\W*#\w+(?:\s+#?\w+)*\W*$")
_SLOGAN = re.compile(r"^[^\w]*\w[\w'’ʼ ,-]{0,40}!+\W*$")
_AFTER_POST = re.compile(rf"(?i)^\W*(?:{every('AFTER_POST_WORDS')})\b")
_CLOSING_REACH = 4  # lines read back from the end for the closing one


def _furniture(line: str) -> bool:
    """B27CLAIM36: a line that closes a post after its signature.

    >>> _furniture("#фронт #огляд"), _furniture("Слава ЗСУ!")
    (True, True)
    >>> _furniture("— Польовий журнал")
    False
    """
    s = line.strip()
    return bool(
        _HASHTAGS.match(s)
        or (_SLOGAN.match(s) and len(s.split()) <= 4)
        or _AFTER_POST.match(s)
    )


def _closing_line(lines: list[str]) -> str:
    """B27CLAIM36: a post's last line before its closing furniture (hashtags,
    a slogan, a repost's comment); the last line when none is furniture."""
    for ln in reversed(lines[-_CLOSING_REACH:]):
        if not _furniture(ln):
            return ln
    return lines[-1]


# B27CLAIM36: a post signed by a dash and its channel's name ("— Польовий
# журнал", "— Полевая почта. Подписывайтесь.", "— Trench Notes")
_DASH_SIGNED = re.compile(
    r"^\s*[—–]\s*(?P<who>[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s+[\w'’ʼ«»“”-]+){0,3}?)"
    r"\s*(?:\.\s*(?:\w+\s*){0,3}[.!]?)?\s*$"
)


def _dash_signature(line: str) -> Claimant | None:
    """B27CLAIM36: the channel a dash-led closing line names, no sentence.

    >>> _dash_signature("— Польовий журнал").name
    'Польовий журнал'
    >>> _dash_signature("— Полевая почта. Подписывайтесь.").name
    'Полевая почта'
    >>> _dash_signature("— Росіяни захопили Гірник.") is None
    True
    >>> _dash_signature("— Слава Україні!") is None
    True
    """
    m = _DASH_SIGNED.match(line)
    if m is None or is_label(m["who"]):
        return None
    if any(_trigger_matches(m["who"], lang) for lang in ("en", "uk", "ru")):
        return None  # "— росіяни просунулися": a sentence, no name
    return Claimant(m["who"], None)


def _quotes_closed(s: str) -> str:
    """``s`` with the closing quote its edge-stripping took put back
    ("Пресслужба 3-ї ОШБр «Азов" → "… «Азов»").

    >>> _quotes_closed("Пресс-служба группировки «Юг")
    'Пресс-служба группировки «Юг»'
    """
    for opening, closing in (("«", "»"), ("“", "”")):
        if s.count(opening) > s.count(closing):
            s += closing
        elif s.count(closing) > s.count(opening):
            s = opening + s
    if s.count('"') % 2:
        s += '"'  # a name in quotes ends a signature line
    return s


# the General Staff's daily report is known by its title alone (lang/*.py)
_STAFF_REPORT = tuple(
    (re.compile(mod.STAFF_REPORT[0]), mod.STAFF_REPORT[1]) for mod in (uk, ru, en)
)


# CLAIMANT30: a repost's header names the channel it comes from, up to its
# emoji or the line's end: "Forwarded from Steppe Eagle 🇺🇦", "Переслано от:
# Военкор Юг", "Переслано від Фронтові нотатки"
_FORWARDED = re.compile(
    rf"^\W*(?:{every('FORWARDED_WORDS')})\s*:?\s+"
    r"(?P<who>[\w@«“\"][^\n]{0,60}?)\s*(?:[^\w\s«»“”\"'’|.-].*)?$",
    re.IGNORECASE,
)
_CHANNEL_WORDS = 5  # a channel's name line is short
_SYMBOL = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")


def _forwarded(lines: list[str]) -> str | None:
    """CLAIMANT30: the channel a repost's header names in its first lines."""
    for ln in lines[:3]:
        m = _FORWARDED.match(ln.strip())
        if m and m["who"].strip(" @"):
            return m["who"].strip(" @")
    return None


# B30CLAIM39: a channel a title names by its noun ("Обзор боевых действий
# (канал «X»)", "Огляд від каналу «X»", "Front summary (Telegram channel
# \"X\")"): quoted, or one to three capitalised words
_TITLE_CHANNEL = re.compile(
    rf"(?i:(?<![\w-])(?:{every('CHANNEL_NOUNS')}))\s+"
    r"(?:[«“\"](?P<quoted>[^»”\"\n]{2,40})[»”\"]|"
    r"(?P<bare>[A-ZА-ЯІЇЄҐЁ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+){0,2})(?=\s*[)\],:]|$))"
)


_CLOSED_SENTENCE = re.compile(r"[.!?][\"»”'’]?\s*$")


def _title_channel(line: str) -> str | None:
    """B30CLAIM39: the channel a title line names by its noun.

    >>> _title_channel("Обзор боевых действий за выходные (канал «Степь»)")
    'Степь'
    >>> _title_channel("Front summary (Telegram channel Trench Notes)")
    'Trench Notes'
    >>> _title_channel("Росіяни перейшли канал біля Часового Яру") is None
    True
    >>> _title_channel("Пост переслал канал «Фронт».") is None
    True
    """
    if _CLOSED_SENTENCE.search(line):
        return None  # a sentence (a repost told), no title
    m = _TITLE_CHANNEL.search(line)
    if m is None:
        return None
    return (m["quoted"] or m["bare"]).strip()


def _channel_line(lines: list[str]) -> str | None:
    """CLAIMANT30: a first line that is a channel's name and its emoji only
    ("⚡️ Степовий фронт ⚡️", "Frontline Maps 🇺🇦"), in a text with more
    lines."""
    if len(lines) < 2 or not _SYMBOL.search(lines[0]):
        return None
    s = re.sub(r"^[\W_]+|[\W_]+$", "", lines[0].strip())
    words = s.split()
    if not words or len(words) > _CHANNEL_WORDS or not s[:1].isupper():
        return None
    if re.search(r"[.!?:;,|]|\d", lines[0]) or _SYMBOL.search(s):
        return None  # a sentence, a date or a headline with its own marks
    if any(_trigger_matches(s, lang) for lang in ("en", "uk", "ru")):
        return None  # "🔥 Росіяни захопили Очеретине": a headline, no name
    if _SECTOR_NAME.search(" " + s):
        return None  # "Кремінський напрямок 🌲": a sector's label, no name
    return s


# a sector's label ends with its word ("Кремінський напрямок", "Toretsk
# direction"): no channel's name
_SECTOR_NAME = re.compile(rf"(?i)\s(?:{every('SECTOR_NAME_WORDS')})$")


# CLAIMANT30b: a speech's or interview's title names its speaker ("Звернення
# Президента України 11 листопада", "«…»: інтерв'ю з речником бригади",
# "Evening address by the President on …"; one word may qualify the genre),
# up to a digit, a stop or a topic word
_SPEECH_TITLE = re.compile(
    rf"(?:^|:\s+)\W*(?:[\w'’-]+\s+)?(?i:{every('SPEECH_TITLE_WORDS')})\s+(?:the\s+)?"
    r"(?!(?i:on|about|to|щодо|про|о|об|від|от|для|у|в|на|з|із|с|со)\s)"
    # SESSION35: a rank shortened with a stop is read past ("Interview with
    # Col. X Y", "Інтерв'ю з полк. X")
    rf"(?:(?:{en.TITLE_ABBREVIATIONS}|(?i:{uk.TITLE_ABBREVIATIONS}|"
    rf"{ru.TITLE_ABBREVIATIONS}))\.\s+)*"
    # B30CLAIM39: a unit's «quoted» name inside the role, a name after it
    # ("командира батальона «Восток» Александра X"); a long role
    r"(?P<who>(?:[^\d,.;:!?()«»\"“”|—–]|«[^»\n]{1,30}»(?=\s+[A-ZА-ЯІЇЄҐЁ]))"
    r"{2,100}?)\s*"
    r"(?:\d|[,.;:!?(“\"]|«(?![^»\n]{1,30}»\s+[A-ZА-ЯІЇЄҐЁ])|$|\s[-–—]\s|"
    r"\s(?i:on|about|to|щодо|про|о|об|від|от|"
    r"для|у|в|на)\s)"
)


def _speech_title(line: str) -> str | None:
    """CLAIMANT30b: the speaker a speech's or interview's title names.

    >>> _speech_title("Звернення Президента України 11 листопада")
    'Президента України'
    >>> _speech_title("«Тримаємо»: інтерв'ю з речником бригади")
    'речником бригади'
    """
    m = _SPEECH_TITLE.search(line.strip())
    return m["who"].strip() if m else None


def title_speaker(line: str) -> Claimant | None:
    """B30CLAIM39: the speaker a speech's, briefing's or interview's title
    names, split into name and role.

    >>> c = title_speaker("Брифинг представителя Минобороны Олега Смирнова")
    >>> c.name, c.role
    ('Олега Смирнова', 'представителя Минобороны')
    """
    who = _speech_title(line)
    return titled_speaker(who) if who else None


def document_issuer(text: str) -> Claimant | None:
    """The body a document presents itself as: title, signature, channel.

    >>> document_issuer("Summary of the Ministry of Defence on the day\\nX.").name
    'Ministry of Defence'
    >>> document_issuer("Report\\nText.\\nPress service of the 5th Brigade").name
    'Press service of the 5th Brigade'
    >>> document_issuer("Forwarded from Steppe Eagle 🇺🇦\\nWe hold X.").name
    'Steppe Eagle'
    >>> document_issuer("🔥 Steppe Eagle 🔥\\nWe hold X.").name
    'Steppe Eagle'
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return None
    who = _forwarded(lines) or _channel_line(lines) or _title_channel(lines[0])
    if who:
        return Claimant(who, None)
    for ln in lines:
        m = _SUBSCRIBE.search(ln)
        if m:
            return Claimant((m["who"] or m["chan"]).strip(" @"), None)
    m = _TITLE_ISSUER.match(lines[0]) or _ISSUER_COLON.match(lines[0])
    if m and not is_label(m["who"]):
        # SPOKEN39: an interview's "Питання: Яка ситуація …?" is no issuer
        return Claimant(m["who"].strip(), None)
    m = _ISSUER_STOP.match(lines[0])
    if m and _BODY.search(m["who"]):
        return Claimant(m["who"].strip(), None)
    m = _BODY_UPDATE.match(lines[0])
    if m and _BODY.search(m["who"]):
        return Claimant(m["who"], None)
    for ln in lines[:2]:
        named = named_genre(ln)
        if named is not None:
            return named
    titled = title_speaker(lines[0])
    if titled is not None:
        return titled
    closing = _closing_line(lines)
    for ln in (lines[0], closing):
        who = _signature(ln)
        if who:
            return Claimant(who, None)
    if len(lines) > 1:
        signed = signed_person(closing) or _dash_signature(closing)
        if signed is not None:
            return signed
    for rx, staff in _STAFF_REPORT:
        if rx.match(lines[0]):
            return Claimant(staff, None)
    return None


# FIELDS22: a channel's header line, its name before a bar: "Лінія Фронту |
# аналітика", "NORTH WIND 🇷🇺 | front report"
_CHANNEL_HEADER = re.compile(
    r"^\W*(?P<who>[A-ZА-ЯІЇЄҐЁ][\w'’.-]*(?:\s+[\w'’.«»“”-]+){0,3})[^\w|»”]*\|\s*"
    r"[^|]{1,50}$"
)


_RUBRIC = re.compile(rf"(?i)(?:^|\s)(?:{every('RUBRIC_WORDS')})$")


def channel_header(text: str) -> Claimant | None:
    """The channel a post names in its header line (name, a bar, a topic):
    it speaks every claim whose sentence names no speaker of its own.

    >>> channel_header("Trench Notes 🇺🇦 | evening\\n\\nWe hold X.").name
    'Trench Notes'
    >>> channel_header("Kyiv holds. Moscow | no") is None
    True
    >>> channel_header("EVENING BRIEFING | May 2\\n\\nWe hold X.") is None
    True
    >>> channel_header("Forwarded from Steppe | Z 🇷🇺\\n\\nWe hold X.") is None
    True
    """
    first = text.lstrip().split("\n", 1)
    if len(first) < 2 or not first[1].strip():
        return None  # a one-line text has no header
    if _FORWARDED.match(first[0].strip()):
        return None  # XCLAIM41: "Forwarded from X | Y": the issuer's line
    m = _CHANNEL_HEADER.match(first[0].strip())
    if m is None or _RUBRIC.search(m["who"]):
        return None  # "FACT CHECK | …": a rubric, nobody speaking
    return Claimant(m["who"], None)


# B27CLAIM36: a line that is only a speaker and a colon heads the lines
# after it ("Deputy Defence Minister Hanna Maliar:", "DeepState:", "Генштаб
# ЗСУ, станом на 22:00 19 березня:", "Минобороны России, по состоянию на
# утро:"); what follows the speaker's comma (the time of the report) is no
# part of the name
_HEADING = re.compile(
    r"^\W*(?P<who>[A-ZА-ЯІЇЄҐЁ][^:,\n]{1,60}?)\s*"
    r"(?:,(?:[^:\n]|(?<=\d):(?=\d)){0,40})?:\s*$"
)
_HEADING_WORDS = 7  # a longer phrase before the colon is a sentence


def heading_speaker(line: str, lang: str) -> Claimant | None:
    """B27CLAIM36: the speaker a heading line names before its colon.

    >>> heading_speaker("DeepState:", "uk").name
    'DeepState'
    >>> heading_speaker("Генштаб ЗСУ, станом на 22:00 19 березня:", "uk").name
    'Генштаб ЗСУ'
    >>> heading_speaker("Key points:", "en") is None
    True
    """
    m = _HEADING.match(line.strip())
    if m is None:
        return None
    who = m["who"].strip()
    if len(who.split()) > _HEADING_WORDS or is_label(who) or TOWN_LABEL.search(who):
        return None
    if _trigger_matches(who, lang):
        return None  # "Росіяни захопили:": a claim, no speaker
    c = find_claimant(who + ": x.", lang)
    if c is None or not c.name:
        return None
    return Claimant(c.name, c.role)


def _heading_speaks(claims: list[Any], text: str, lang: str) -> None:
    """B27CLAIM36: the speaker of a heading line speaks the claims after it
    (up to the next heading) whose sentence names nobody of its own."""
    if ":\n" not in text and not re.search(r":[ \t]*\n", text):
        return  # speed: no line ends in a colon
    heads = []
    for a, _, line in _lines(text):
        if line.rstrip().endswith(":"):
            heads.append((a, heading_speaker(line, lang)))
    if not any(who for _, who in heads):
        return
    starts = [a for a, _ in heads]
    for c, _, sent in _claim_sentences(claims, text):
        k = bisect_right(starts, c.char_start)
        who = heads[k - 1][1] if k else None
        if who is None:
            continue
        own = find_claimant(sent, lang) if sent is not None else None
        if own is None or not (own.name or own.pronoun):
            c.claimant, c.claimant_role = who.name, who.role


# XCLAIM41: a roundup's entry opened by its speaker in brackets, with a
# qualifier or the time after a comma ("[General Staff, 18:00] Our units
# advanced …", "[Генштаб ЗСУ, 18:00] …")
_BRACKET_LABEL = re.compile(r"^\s*\[(?P<who>[^\],\n]{2,60})(?:,[^\]\n]{0,80})?\]\s*\S")


def _bracket_label_speaks(claims: list[Any], text: str, lang: str) -> None:
    """XCLAIM41: the speaker a line's bracketed label names speaks the claims
    of that line whose sentence names nobody of its own."""
    if "[" not in text:
        return  # speed
    for a, b, line in _lines(text):
        m = _BRACKET_LABEL.match(line)
        if m is None:
            continue
        who = heading_speaker(m["who"] + ":", lang)
        if who is None:
            continue
        for c in claims:
            if not a <= c.char_start < b:
                continue
            sent = _sentence_at(line, c.char_start - a)
            own = find_claimant(sent, lang)
            if own is None or not (own.name or own.pronoun):
                c.claimant, c.claimant_role = who.name, who.role


def _channel_speaks(claims: list[Any], text: str, lang: str) -> None:
    """A post under a channel header: the channel speaks the claims whose
    sentence names nobody (over a speaker carried from an earlier one)."""
    channel = channel_header(text)
    if channel is None or not claims:
        return
    for c, _, sent in _claim_sentences(claims, text):
        own = find_claimant(sent, lang) if sent is not None else None
        if own is None or not (own.name or own.pronoun) or collective_side(own.name):
            # "Росіяни пишуть, що …": the channel relays the enemy's word
            c.claimant, c.claimant_role = channel.name, channel.role


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) over the lines of ``text``, split after . ! ? …"""
    out = []
    for a, _, line in _lines(text):
        pos = 0
        for part in _split_sentences(line):
            k = line.find(part, pos)
            if part.strip():
                out.append((a + k, part))
            pos = k + len(part)
    return out


def _claim_sentences(
    claims: list[Any], text: str
) -> Iterator[tuple[Any, int, str | None]]:
    """Each claim with the start and text of the sentence it opens in
    (:func:`_sentences`); ``(claim, 0, None)`` before the first sentence."""
    found = _sentences(text)
    starts = [a for a, _ in found]
    for claim in claims:
        j = bisect_right(starts, claim.char_start)
        yield (claim, *found[j - 1]) if j else (claim, 0, None)


def _analyst_keeps_figures(claims: list[Any], text: str, lang: str) -> None:
    """In an analysis ("according to AFP's analysis of ISW data"), a sentence
    that names no speaker of its own, or only the data ("according to ISW
    data", "the data indicated"), is the analyst's, not the last party
    quoted."""
    if lang != "en" or not claims:
        return
    if not (ANALYST.search(text) or ANALYSIS_BY.search(text)):
        return  # speed: no analyst named, nothing to do
    # only sentences at or before the last claim can be a claim's own or an
    # analyst before it (speed: the rest are never asked for a speaker)
    last = max(c.char_start for c in claims)
    found = [
        (a, sent, find_claimant(sent, lang))
        for a, sent in _sentences(text)
        if a <= last
    ]
    analysts = [
        (a, c)
        for a, _, c in found
        if c is not None and c.name and ANALYSIS_ROLE.match(c.role or "")
    ]
    if not analysts:
        return
    # both lists are in text order: the last one at or before a claim is found
    # by bisection (a page of thousands of claims stays linear)
    sentence_starts = [a for a, _, _ in found]
    analyst_starts = [a for a, _ in analysts]
    for claim in claims:
        i = bisect_right(analyst_starts, claim.char_start)
        if not i:
            continue
        j = bisect_right(sentence_starts, claim.char_start)
        own = found[j - 1][2] if j else None
        if own is None or own.relayed:
            analyst = analysts[i - 1][1]
            claim.claimant, claim.claimant_role = analyst.name, analyst.role


# CLEN28: "ISW assesses that …": the document's own analyst, by its verb
_HOUSE_VOICE = re.compile(
    r"(?:^|(?<=[.;,:\n])\s*|\b(?:and|but|though|although|while)\s+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:for|of|the|[A-Z][\w.&'’-]*)){0,6})\s+"
    rf"(?:{en.HOUSE_VOICE_VERBS})\b"
)


def _house_voice_speaks(claims: list[Any], text: str, lang: str) -> None:
    """In a report whose own analyst assesses ("ISW assesses that …"), a
    claim whose sentence names nobody (or only evidence) is the analyst's,
    not a party quoted earlier; so is one after "X assesses" in a sentence
    that quoted another before it."""
    if lang != "en" or not claims or not ("assess" in text or "observed" in text):
        return
    house = None
    for m in _HOUSE_VOICE.finditer(text):
        c = find_claimant(f"{m['who']} said it.", lang)
        if c is not None and c.name and not collective_side(c.name):
            # the name as written ("the Steppe Monitor"), as a carried one
            name = m["who"].strip() if c.name in m["who"] else c.name
            house = Claimant(name, c.role)
            break
    if house is None:
        return
    for claim, a, sent in _claim_sentences(claims, text):
        if sent is None:
            continue
        # "The MoD claimed X, and ISW assesses that Y": Y is the analyst's
        voiced = _HOUSE_VOICE.search(sent[: claim.char_end - a])
        own = find_claimant(sent, lang)
        if voiced or own is None or own.relayed:
            claim.claimant, claim.claimant_role = house.name, house.role


# CLAIMANT31: an English headline whose subject is a side acting in the
# present ("Russia retakes two villages", "Kyiv admits a pull-back from X as
# Moscow claims the town"): that side makes its clause's claim
_HEADLINE_SIDE = re.compile(
    r"(?:^|\b(?:as|and|while|after|but)\s+|[,;:]\s+)"
    r"(?P<who>Ukraine|Russia|Kyiv|Moscow)\s+(?:(?:now|also)\s+)?"
    r"(?P<verb>[a-z]{3,}s)\b"
)


_HEADLINE_VOICE = re.compile(
    r"\b(?:says|said|according to|told)\b|:\s|[|\u2013\u2014-]\s"
)


def _headline_sides(claims: list[Any], text: str, lang: str) -> None:
    """A claim of an English headline (a first line with no sentence stop)
    that names no speaker is its clause's side: the last side acting before
    the claim's trigger, else the first."""
    if lang != "en" or not claims:
        return
    end = text.find("\n")
    end = len(text) if end < 0 else end
    head = text[:end]
    if not head.strip() or head.rstrip()[-1:] in ".!?" or len(head) > 160:
        return
    sides = [m for m in _HEADLINE_SIDE.finditer(head) if m["verb"] != "has"]
    if not sides or _HEADLINE_VOICE.search(head):
        return  # "X falls, says Kyiv", "ISW: …": a voice of its own
    for c in claims:
        if c.char_start >= end:
            continue
        trigger = str(c.extra.get("trigger") or "")
        at = head.find(trigger, c.char_start) if trigger else -1
        at = c.char_start if at < 0 else at
        before = [m for m in sides if m.start() <= at]
        side = before[-1] if before else sides[0]
        c.claimant, c.claimant_role = side["who"], None


def _map_clause_speaks(claims: list[Any], text: str, lang: str) -> None:
    """CLAIMANT31: a claim told after a named map source in its sentence
    ("The ministry claims X; DeepState shows the town under Russian control")
    is that source's, though another speaker opens the sentence."""
    if lang != "en" or not claims or ("show" not in text and "mark" not in text):
        return
    for claim, a, sent in _claim_sentences(claims, text):
        if sent is None:
            continue
        src = map_source(sent)
        if src is None or src.start < 0 or claim.char_end <= a + src.start:
            continue  # (a claim told before the source is not its)
        claim.claimant, claim.claimant_role = src.name, None


# SESSION33: a body's name continued by "of" and its owner ("the General
# Staff of the Armed Forces of Ukraine")
_OF_OWNER = (
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5}"
)


def _sentence_of(text: str, a: int, b: int) -> str:
    """The rough sentence around ``text[a:b]``: from the stop or line break
    before it to the one after it."""
    lo = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a)) + 1
    ends = [k for k in (text.find("\n", b), text.find(". ", b)) if k >= 0]
    return text[lo : min(ends) if ends else len(text)]


def _full_body_names(claims: list[Any], text: str) -> None:
    """A body a claim's sentence does not name, carried under a short name
    ("the General Staff"), is the body the text writes in full elsewhere
    ("the General Staff of the Armed Forces of Ukraine"), as written there.

    >>> from types import SimpleNamespace as N
    >>> cs = [N(claimant="the General Staff", char_start=0, char_end=5)]
    >>> _full_body_names(cs, "Fighting went on. The General Staff of the Army said so.")
    >>> cs[0].claimant
    'General Staff of the Army'
    """
    full: dict[str, str | None] = {}
    for c in claims:
        name = c.claimant
        if not name or " of " in name:
            continue
        if name not in full:
            core = re.sub(r"^(?:[Tt]he)\s+", "", name)
            m = None
            if len(core.split()) >= 2 and core[:1].isupper():
                m = re.search(re.escape(core) + _OF_OWNER, text)
            full[name] = m.group(0) if m else None
        if full[name] and name not in _sentence_of(text, c.char_start, c.char_end):
            c.claimant = full[name]  # (a sentence naming it short keeps it so)


_INTRO_LINES = 3  # lines after a quoted title that may introduce its speaker


def _host_labels(text: str, answers: list[tuple[int, int]]) -> set[str]:
    """The labels opening a transcript's lines that answer nothing (the
    host's "PRESENTER:"), case-folded."""
    out = set()
    for a, _, ln in _lines(text):
        m = _TURN_LABEL.match(ln)
        if m is not None and not any(x <= a < y for x, y in answers):
            out.add(m["label"].casefold())
    return out


def _quoted_title_speaks(
    claims: list[Any],
    text: str,
    interviewed: Claimant | None,
    hosts: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """XCLAIMEN40: a title quoting the one a feature or an interview speaks
    to ("'We held the bridge': a battalion commander on the Oskil front")
    gives its claims to that person: the interviewee, else the person the
    next lines introduce ("Maj. Ivan Moroz commands …", "call sign Lis")."""
    lines = [x for x in _lines(text) if x[2].strip()]
    if not lines or quoted_title_role(lines[0][2]) is None:
        return
    a, b, title = lines[0]
    on_title = [
        c
        for c in claims
        if a <= c.char_start < b
        and (
            not c.claimant
            or c.claimant.casefold() in hosts
            # XCLAIM41: a speaker carried from the body ("«X не впав».
            # Командир батальйону — про бої" under a lede naming the staff):
            # the title names its own
            or c.claimant not in title
        )
    ]
    if not on_title:
        return
    who = interviewed
    for _, _, line in lines[1 : 1 + _INTRO_LINES]:
        if who is not None:
            break
        for part in _split_sentences(line):
            who = introduced_person(part)
            if who is not None:
                break
    if who is None:
        return
    for c in on_title:
        c.claimant, c.claimant_role = who.name, who.role


def layout_speakers(claims: list[Any], text: str, lang: str) -> None:
    """Fill claimants the page layout gives: answers of an interview are the
    interviewee's (unless the answer's sentence names another speaker); a
    claim nobody makes is the document issuer's. ``claims`` have
    ``char_start``, ``claimant`` and ``claimant_role``."""
    answers = answer_spans(text)
    who = interviewee(text, lang, answers) if answers else None
    hosts: set[str] = set()
    if who is not None and any(labelled_turn(text[a:b]) for a, b in answers):
        # CLAIMLEFT40: a labelled transcript: the answerer's later turns
        # ("MOROZ: …" after a remark) are answers too, and the title's claims
        # carried from the host's label ("PRESENTER:") are the answerer's
        hosts = _host_labels(text, answers)
        answers = answer_turns(text)
    if who is not None:
        answer_starts = [a for a, _ in answers]
        for c in claims:
            k = bisect_right(answer_starts, c.char_start)
            line = answers[k - 1] if k and c.char_start < answers[k - 1][1] else None
            if line is None:
                continue
            own = find_claimant(
                _sentence_at(text[line[0] : line[1]], c.char_start - line[0]), lang
            )
            if own is None or not own.name:
                c.claimant, c.claimant_role = who.name, who.role
    _quoted_title_speaks(claims, text, who, hosts)
    _analyst_keeps_figures(claims, text, lang)
    _house_voice_speaks(claims, text, lang)
    _map_clause_speaks(claims, text, lang)
    _channel_speaks(claims, text, lang)
    _heading_speaks(claims, text, lang)
    _bracket_label_speaks(claims, text, lang)
    by_start = sorted(claims, key=lambda c: c.char_start)
    starts = [c.char_start for c in by_start]
    for a, b, line in _lines(text):
        if not _DASH.search(line) or _stopped_inside(line):
            continue  # speed: no dash, or a line of more than one sentence
        tail = _HEADLINE_SOURCE.search(line.strip())
        if tail is None or TOWN_LABEL.search(tail["who"]) or is_label(tail["who"]):
            continue  # "… — Kharkiv", "… — UPDATED": a place or a label
        # "Росіяни просунулися під X, але Y тримається - ОВА": a headline
        # with its source after a dash speaks for its own claims; a name any
        # of them holds as a place is the last item of a list ("… освобождены
        # X и Y, а в Курской области — Z."), not a source
        on_line = by_start[bisect_left(starts, a) : bisect_left(starts, b)]
        if _ELLIPSIS_BEFORE_DASH.search(line) or any(
            tail["who"] == p.name for c in on_line for p in c.places
        ):
            continue
        said = dash_source_lead(tail["lead"], tail["who"])
        if said is None:
            continue  # "… — у напрямку Покровська.": no speaker
        for c in on_line:
            c.claimant, c.claimant_role = said
    _headline_sides(claims, text, lang)
    issuer = None if all(c.claimant for c in claims) else document_issuer(text)
    if issuer is not None:
        for c in claims:
            if not c.claimant:
                c.claimant, c.claimant_role = issuer.name, issuer.role
    if lang == "en":
        _full_body_names(claims, text)  # (the issuer's name too)
