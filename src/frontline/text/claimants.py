"""Who makes a claim: "X said", "according to X", "заявив X", "сообщили в X".

A pronoun claimant ("she added", "according to her", "по його словам")
returns ``pronoun=True`` so the caller carries the previous claimant over.

>>> c = find_claimant("Ukraine took 3 sq km, Deputy Defence Minister Hanna "
...                   "Maliar said.", "en")
>>> (c.name, c.role)
('Hanna Maliar', 'Deputy Defence Minister')
>>> find_claimant("In total, 40 sq km were liberated, she added.", "en").pronoun
True
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from types import ModuleType

from .fastre import RunBeforeAnchor, folded, gated, keyed, lead_gate, prefiltered
from .lang import en, every, ru, uk
from .sides import KNOWN_PEOPLE, side_of_text

EN_SPEECH_VERBS = en.SPEECH_VERBS  # the English speech verbs (lang/en.py)
_UK_VERBS = (
    # (B34FLD43: not the noun "заяви", "Ворожі заяви про захоплення X не
    # відповідають дійсності, наголосили у Генштабі": the verb's forms only)
    r"повідоми\w*|заяви\w+|сказа\w*|наголоси\w*|зазначи\w*|дода\w*|написа\w*|"
    r"підтверди\w*|розпові\w*|інформу\w*|пише|пишуть|назвали|назвав|назвала|"
    r"каже|кажуть|говорить|стверджу\w*|визнал\w*|визнав|визнає|визнають|"
    r"спростува\w*|спростову\w*|заперечу\w*|повідомля\w*|зауважи\w*|уточни\w*|"
    r"оголоси\w*|підкресли\w*|підтверджу\w*|поясни\w*|озвучи\w*|відзначи\w*|поінформува\w*|доповів|доповіла|"
    r"доповіли|звітува\w*|передає|передають|"
    # analysts "record" a change: "Аналітики DeepState фіксують просування"
    r"фіксують|фіксує|зафіксували|зафіксував|"
    # an interviewee answers and assesses: "Так відповідав речник …"
    r"відповів|відповіла|відповідав|відповідала|оцінив|оцінила|"
    # B28CLAIM37: a body estimates, records or counts a figure ("DeepState
    # оцінює просування в 400 км²", "аналітики нарахували 300 км²")
    r"оцінює|оцінюють|оцінили|оцінювали|нарахува\w*|порахува\w*|" + uk.SPEECH_VERBS28
)
_RU_VERBS = (
    r"сообщи\w*|сообщает|сообщают|сообщал\w*|заяви\w*|сказа\w*|отмети\w*|подчеркну\w*|"
    r"рассказа\w*|подтверди\w*|добави\w*|написа\w*|пишет|доложи\w*|назвали|"
    r"говорит|говорят|утвержда\w*|признал\w*|признает|признают|"
    r"назвал|назвала|опроверг\w*|подтвержда\w*|поясни\w*|объясни\w*|озвучи\w*|уточни\w*|объяви\w*|констатирова\w*|"
    r"информиру\w*|отчита\w*|передает|передают|передал|передали|"
    r"ответил|ответила|отвечал|отвечала|оценил|оценила|"
    # B28CLAIM37: a body estimates, records or counts a figure ("DeepState
    # оценивает продвижение в 400 кв. км", "аналитики зафиксировали …")
    r"оценивает|оценивают|оценили|оценивали|зафиксирова\w*|фиксиру\w*|"
    r"насчита\w*|посчита\w*|" + ru.SPEECH_VERBS28
)
_PRONOUNS = re.compile(
    r"^(?:he|she|they|it|him|her|them|його|її|їх|він|вона|вони|он|она|они|его|"
    r"ее|её|их|him|the ministry|the minister|the spokesman|the spokeswoman|"
    r"the official|відомство|ведомство|в ведомстве|у відомстві|"
    # a document standing for its author: the speaker named before
    r"(?:the|his|her|its|their) (?:publication|report|statement|outlet|newspaper|"
    r"agency|analysts|project|project data|update|assessment|"
    r"experts|researchers|mappers|monitors)|"
    # B29CLAIM38: the analysts of a body named before by its common noun
    # ("the project's analysts", "the institute's experts"): that body
    r"(?:the|its) [a-z]+['’]s (?:analysts|experts|researchers|mappers|monitors)|"
    r"this|that|these|as|thus|там|тут|це|это|так|"
    # a definite noun for the organisation named before: "у проєкті зауважили"
    r"(?:у|в|во) (?:проєкті|проекті|проекте|відомстві|міністерстві|министерстве|"
    r"штабі|штабе|командуванні|командовании)|"
    r"the (?:project|command|general staff|group|monitors?|mappers?|maps?))$",
    re.IGNORECASE,
)
# a body named in lower case mid-sentence points back ("— повідомило
# командування"); capitalised at the start it is the speaker as written
_BARE_BODIES = frozenset(
    {
        "командування",
        "командование",
        "відомство",
        "ведомство",
        "відомства",
        "ведомства",
        # FIELDS22: "по данным министерства", "за даними проєкту": the body
        # named before, in the genitive
        "міністерства",
        "министерства",
        "проєкту",
        "проекту",
        "проекта",
        "штабу",
        "штаба",
        "командования",
    }
)
# an object before the verb, not the speaker: "Інформацію підтвердили в …"
# (PROBEUKRU39: after a demonstrative too, "Ці дані спростував речник …",
# "Эти сведения опроверг …"; lang uk/ru OBJECT_DEMONSTRATIVES)
_OBJECT_FIRST = re.compile(
    rf"^(?:(?:{uk.OBJECT_DEMONSTRATIVES}|{ru.OBJECT_DEMONSTRATIVES})\s+)?"
    r"(?:інформаці|информаци|відповідн|соответствующ|заяв[уи]\b|дані|данные|"
    rf"{uk.STATEMENT_OBJECTS}|{ru.STATEMENT_OBJECTS}|"
    r"це підтверд|это подтверд)",
    re.IGNORECASE,
)
_UNOWNED_DATA = re.compile(en.UNOWNED_DATA)
_DEMONSTRATIVES = frozenset({"це", "это", "тут", "там", "так"})
_NAME = r"[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+"
_TAIL_NAME = re.compile(rf"((?:{_NAME}\s+){{0,2}}{_NAME})\s*$")
_TAIL_NAME = gated(_TAIL_NAME)  # speed: same matches (fastre.gated)
_ROLE_WORDS = re.compile(
    r"minister|president|commander|chief|head|spokes|general|governor|deputy|"
    r"director|official|adviser|advisor|secretary|analyst|colonel|lieutenant|"
    r"blogger|officer|блогер|expert|експерт|эксперт|"
    r"міністр|заступни|голова|речни|командувач|начальник|генерал(?!ьн)|очільни|"
    r"командир|представни|губернатор|врио|в\.о\.|"
    r"министр|заместител|глава|представител|командующ|губернатор|начальник|"
    # KNOWN36: "прес-секретар бригади Назар Волошин", "пресс-секретарь X"
    rf"{uk.ROLE_STEMS_MORE}|{ru.ROLE_STEMS_MORE}",
    re.IGNORECASE,
)
_STOP_NAME = re.compile(
    r"^(?:The|A|An|In|On|At|Ukraine|Russia|Ukrainian|Russian|Ministry|Defense|"
    r"Defence|Forces|Army|General Staff)$"
)
# XCLAIM3-42: a title's lead word before an analysis ("Weekly review", "Monthly
# tally", "Latest estimates") is no analyst's name
_TITLE_LEAD = re.compile(rf"(?i:{en.TITLE_LEAD_WORDS})")

# the speaker-phrase checks of find_claimant and _split_raw, compiled once
# (speed: no look-up in re's cache per candidate phrase)
_BULLET_LEAD = re.compile(r"^[-–—•*]\s+")
_ARTICLE_BEFORE_CAPITAL = re.compile(r"^(?:that|the|a|an)\s+(?=[A-Z])")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_ARTICLE_OR_ONE = re.compile(r"^(?:a|an|the|one)\s+")
_NAME_2_3 = re.compile(rf"(?:{_NAME}\s+){{1,2}}{_NAME}")
_TITLED_NAME_AFTER_COMMA = re.compile(
    rf"(?:[\w.]+\s+){{0,2}}(?:{_NAME}\s+){{0,2}}{_NAME}"
)
_APPOS_NAME = re.compile(rf"\s*(?:{_NAME}\s+){{1,2}}{_NAME}\s*")
_WORD_THEN_LOWER = re.compile(r"(\w[\w'’-]*)\s+[a-zа-яіїєґё]")
_AUX_INSIDE = re.compile(r"\s(?:has|have|had|did|does|do|was|were|is|are)\s")
_SPACE_CAPITAL = re.compile(r"\s[A-Z]")
_SPACE_CAPITAL_ANY = re.compile(r"\s[А-ЯІЇЄҐA-Z]")
_THAT_ABOUT = re.compile(r"(?:що|что|про|о|об)(?![\w\u2024])")
# a label, no speaker: "Details:", "Фото:", "Q:"
_LABEL = re.compile(
    r"(?:Details|Source|Background|Quote|Update|Updated|"
    r"Photo|Video|Read also|Деталі|Джерело|Подробности|"
    r"Источник|Фото|Відео|Видео|Онлайн|Online|Live|Live updates|"
    r"Breaking|Exclusive|Analysis|Opinion|Explainer|Срочно|"
    r"Терміново|Эксклюзив|Ексклюзив|Главное|Головне|Важно|Важливо|"
    # interview labels and a channel's call to subscribe
    r"Q|A|Question|Answer|Питання|Відповідь|Вопрос|Ответ|Subscribe|"
    r"Fact[- ]check|Claim|Verdict|Фактчек|Фейк|Твердження|Утверждение|"
    r"Підписуйтесь|Підписуйтеся|Подписывайтесь|Подпишитесь|"
    rf"{en.HEADING_LABELS}|{every('LIVE_LABELS')}|"
    rf"{uk.FIRST_PERSON_SPEECH}|{ru.FIRST_PERSON_SPEECH}|"
    rf"{uk.CHECK_LABELS}|{ru.CHECK_LABELS}|"
    # KNOWNLEFT39: a verdict as a label ("Ложь: X под нашим контролем")
    rf"{every('VERDICT_REPLY')})",
    re.I,
)


def is_label(who: str) -> bool:
    """B27CLAIM36: ``who`` is a label of a page, a blog or a post ("UPDATED",
    "Окремо", "Итог", "Interview"), nobody speaking.

    >>> is_label("UPDATED"), is_label("Окремо"), is_label("Hanna Maliar")
    (True, True, False)
    """
    return bool(_LABEL.fullmatch(who.strip(" \t*_#")))


_ANY_SPEECH = re.compile(
    rf"(?:{EN_SPEECH_VERBS}|{en.PLURAL_SPEECH_VERBS}|according|{_UK_VERBS}|"
    rf"{en.JUDGING_VERBS}|{en.FIGURE_PUT_VERBS}|{en.FIGURE_COUNT_VERBS}|"
    rf"{_RU_VERBS}|за словами|за даними|"
    r"йдеться|ідеться|по словам|по данным|говорится|сказано|отмечается|"
    # CLAIMANT32: the "according to" forms the patterns below read
    r"по информации|за інформацією|по (?:заявлению|утверждению|сообщению)|"
    r"за (?:заявою|твердженням|повідомленням)|со слов|зі слів|"
    r"за оцінк|за підрахунк|по оценк|по подсч|свідчать|свидетельству|"
    r"показують дані|показывают данные|"
    r"зазначається|согласно|згідно з|відповідно до|следует из|:\s)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claimant:
    name: str | None
    role: str | None
    pronoun: bool = False
    start: int = -1
    end: int = -1
    # named only as the source of data someone else analyses ("according to
    # ISW data" after "an AFP analysis of ISW data"): the analyst keeps the claim
    relayed: bool = False
    # CLEN28: the definite body a pointing-back phrase names ("the General
    # Staff"): it speaks as written when the one named before is no such body
    said_as: str | None = None
    # CLAIMANT30b: a voice in the plural present ("local officials deny that
    # …"): it speaks its own sentence only, and tells no side of the narrator
    once: bool = False


_PERSON_OF = re.compile(
    rf"^(?P<pre>(?:[\w.'’-]+\s+)*?)(?P<name>{_NAME}\s+{_NAME})\s+"
    r"(?:of|from)\s+(?P<org>.+)$"
)
_ORG_WORD = re.compile(
    r"(?:Forces|Staff|Ministry|Command|Directorate|Office|Institute|Study|"
    r"Brigade|Army|Guard|Service|Council|Cent(?:er|re)|Agency|Group|Defen[cs]e|"
    # KNOWN39: a school or a team of researchers ("Kyiv School of Economics")
    r"School|University|College|Academy|Foundation|Team|"
    r"Armed|National|Main|Operational|Strategic|Ground|Air|Joint|Special|"
    r"Ukraine|Russia|Ukrainian|Russian|The|A|An)$"
)
_EXPERTS_OF = re.compile(
    r"^(?:experts?|analysts?|researchers?|specialists?|аналітик\w*|експерт\w*|"
    r"аналитик\w*|эксперт\w*)\s+(?:from|at|of|з|із|из)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TRAILING_ANALYSTS = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)\s+"
    r"(?P<role>analysts?|experts?|researchers?|monitors?|mappers?)$"
)
_NATIONALITY = re.compile(
    r"^(?:Ukrainian|Russian|Western|American|British|US|UK|European|Independent|"
    r"Military|Open-source|OSINT|"
    # XCLAIM6_43: "Private mappers put …" is no body named "Private"
    r"Private|Foreign|Outside|Pro-Russian|Pro-Ukrainian|Pro-Kremlin)$"
)
_PROJECT = re.compile(r"\s+(?:project|проєкту|проекта)$")
_COUNTRY_LEAD = re.compile(
    r"^(?:Ukraine|Russia|Ukraine['’]s|Russia['’]s|UK|US|Kyiv|Moscow|України|Росії|"
    r"России|Украины)\s+"
)


def _split(phrase: str) -> Claimant:
    """Name and role of a speaker phrase; a body word or an abbreviation
    before a personal name goes with the role ("глава ДНР Денис Пушилин");
    a role that ends in "in" only says where the speakers are: the phrase
    stays whole ("officials in Kyiv"; "analysts at DeepState" stays split)."""
    c = _split_parts(phrase)
    if c.role and c.name and _COUNTRY_LEAD.fullmatch(c.name + " "):
        # KNOWN40: "президент України", a role and its country: a title
        # standing for a person, no name
        return Claimant(f"{c.role} {c.name}", None, c.pronoun)
    if c.role and c.name and _WHERE_END.search(c.role):
        return Claimant(f"{c.role} {c.name}", None, c.pronoun)
    if c.role and _ARTICLE_END.search(c.role):
        # "A spokesperson for the" 47th Brigade: the article goes with no one
        return Claimant(c.name, _ARTICLE_END.sub("", c.role) or None, c.pronoun)
    if c.role and c.name and _PREPOSITION_END.search(c.role):
        # "the analysts at" DeepState: the preposition joins the role to the
        # name and belongs to neither
        return Claimant(c.name, _PREPOSITION_END.sub("", c.role) or None, c.pronoun)
    return c


# KNOWN37: "officials in Kyiv", "sources in Moscow": a place, no role
_WHERE_END = re.compile(r"(?<![\w-])in$")
_ARTICLE_END = re.compile(r"\s*(?<![\w-])(?:the|The)$")
_PREPOSITION_END = re.compile(r"\s*(?<![\w-])(?:at|of|for|from|with)$")


def _split_parts(phrase: str) -> Claimant:
    """``_split``'s name and role before the where-test."""
    c = _split_raw(phrase)
    words = (c.name or "").split()
    lead = 0
    # "Russian President Vladimir Putin", "глава ДНР Денис Пушилин": the title
    # words before a two-word personal name go with the role
    while (
        len(words) - lead > 2
        and _owner_word(words[lead], bool(c.role))
        and all(w[:1].isupper() and not _ORG_WORD.match(w) for w in words[-2:])
    ):
        lead += 1
    if lead:
        role = " ".join(x for x in (c.role, *words[:lead]) if x)
        return Claimant(" ".join(words[lead:]), role, c.pronoun)
    lead = _body_before_person(words) if c.role else 0
    if lead:
        role = " ".join([c.role or "", *words[:lead]]).strip()
        return Claimant(" ".join(words[lead:]), role, c.pronoun)
    # "речник бригади Остап Гнатюк" split after the title word only: the
    # lower-case words before the capitalised name belong to the role
    low = 0
    while low < len(words) - 1 and words[low][:1].islower():
        low += 1
    if c.role and low and all(w[:1].isupper() for w in words[low:]):
        role = " ".join([c.role, *words[:low]])
        return Claimant(" ".join(words[low:]), role, c.pronoun)
    return c


_ABBR = re.compile(r"^[A-ZА-ЯІЇЄҐЁ]{2,5}$")


def _owner_word(word: str, after_role: bool) -> bool:
    """Whether ``word``, opening the capitalised run before a personal name,
    belongs to the role: a title word, an abbreviation, or (after role words)
    the body, country or unit the role serves ("представитель Минобороны
    Игорь Конашенков", "речник Генштабу Андрій Ковальов", "речник 3-ї ОШБр
    Олександр Бородін")."""
    if _TITLE_WORD.match(word) or _ABBR.match(word):
        return True
    return after_role and bool(
        _BODY_END.match(word)
        or _COUNTRY_LEAD.match(word + " ")
        or _UNIT_ABBR.fullmatch(word)
    )


# a unit's abbreviation with lower-case letters in it: "ОШБр", "ОМБр", "ОМехБр"
_UNIT_ABBR = re.compile(r"(?=(?:\w*[A-ZА-ЯІЇЄҐЁ]){2})\w{3,7}")


# a capitalised Cyrillic word, and a patronymic's ending (lang uk/ru)
_CYR_CAP = re.compile(r"^[А-ЯІЇЄҐЁ][а-яіїєґё’'ʼ-]+$")
_PATRONYMIC = re.compile(
    rf"(?:{uk.PATRONYMIC_ENDINGS}|{ru.PATRONYMIC_ENDINGS})(?:а|у|ем|ым|ої|ой)?$"
)


def _body_before_person(words: list[str]) -> int:
    """How many words before a Cyrillic given name and surname closing a
    speaker's name after a role are a body's name in the genitive, which
    goes with the role ("речник Генштабу Дмитро Лиховій", "представитель
    Минобороны Игорь Конашенков"); 0 when the word before the surname is a
    patronymic ("Игорь Евгеньевич Конашенков": one person).

    >>> _body_before_person(["Хортиці", "Назар", "Волошин"])
    1
    >>> _body_before_person(["Игорь", "Евгеньевич", "Конашенков"])
    0
    """
    if len(words) < 3 or not all(_CYR_CAP.match(w) for w in (words[0], *words[-2:])):
        return 0
    if _PATRONYMIC.search(words[-2]) or _PATRONYMIC.search(words[-3]):
        return 0
    return len(words) - 2


_TITLE_WORD = re.compile(
    # PROBEEN36: a hyphenated rank or title too ("Commander-in-Chief",
    # "Vice-Admiral", "Lieutenant-General", "Vice-President")
    r"^(?:Vice-|Rear-)?(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s|President|"
    r"Prime|Minister|Defen[cs]e|Deputy|General|Colonel|Lieutenant|Major|"
    r"Commander|Chief|Head|Spokesman|Spokeswoman|Staff|Governor|Acting|Army|"
    r"Forces|Ground|Kremlin|Admiral)(?:-(?:in-|of-)?(?:Chief|General|Admiral|"
    r"Colonel|Staff|Minister))*$"
)


def _split_raw(phrase: str) -> Claimant:
    """Name and role of a cleaned speaker phrase: the first reading that fits
    (a person of a unit, a body's analysts, the experts of a body, a pronoun,
    a name and a role around a comma, a role and a name after it), else the
    whole phrase as the name."""
    phrase = _clean_phrase(phrase)
    if not phrase:
        return Claimant(None, None)
    for read in _READINGS:
        c = read(phrase)
        # "the London-based monitor": a descriptor is no name ("London-based")
        if c is not None and not _DESCRIPTOR_END.search(c.name or ""):
            return c
    return Claimant(phrase, None)


# XCLAIMEN40: a speaker phrase run on into its own clause, closed by a word
# that opens the next ("Ukraine's military said the", "Officials deny it
# and", "The corps released footage it"): the subject before its verb
_CLAUSE_TAIL = re.compile(r"\s(?:the|and|it|that|a|an)$")
_VERB_IN_PHRASE = re.compile(rf"\s+(?:{en.SUBJECT_END_VERBS})\b", re.IGNORECASE)


def subject_before_verb(phrase: str) -> str:
    """``phrase`` cut before its verb when it runs on into a clause (it ends
    in an article, "and", "it" or "that"); else ``phrase``.

    >>> subject_before_verb("Ukraine's military said the")
    "Ukraine's military"
    >>> subject_before_verb("Ukrainian officers deny it and")
    'Ukrainian officers'
    >>> subject_before_verb("the Institute for the Study of War")
    'the Institute for the Study of War'
    """
    if not _CLAUSE_TAIL.search(phrase):
        return phrase
    m = _VERB_IN_PHRASE.search(phrase)
    return phrase[: m.start()] if m and m.start() > 0 else phrase


def _clean_phrase(phrase: str) -> str:
    """The speaker phrase without quotes, a bullet or an article before a
    capital, a name opened in quotes closed («Восток»)."""
    phrase = phrase.strip(" ,;:\"“”«»'‘’")
    phrase = _BULLET_LEAD.sub("", phrase)  # a bullet
    phrase = subject_before_verb(phrase)
    if phrase.count("«") > phrase.count("»"):
        phrase += "»"  # the name in quotes ends the phrase: «Восток»
    return _ARTICLE_BEFORE_CAPITAL.sub("", phrase)


def _person_of_unit(phrase: str) -> Claimant | None:
    """ "Colonel Petro Shevchuk of the 3rd Assault Brigade": the person, and
    the role with the unit."""
    person = _PERSON_OF.match(phrase)
    if person and not any(
        _ROLE_WORDS.search(w) or _ORG_WORD.match(w) for w in person["name"].split()
    ):
        role = f"{person['pre']}of {person['org']}".strip()
        return Claimant(person["name"], role)
    return None


def _body_analysts(phrase: str) -> Claimant | None:
    """ "DeepState analysts": the body, with the analysts as the role."""
    trail = _TRAILING_ANALYSTS.match(phrase)
    if trail and not _NATIONALITY.match(trail["name"]) and not _PRONOUNS.match(phrase):
        # (SESSION34b: "Its analysts" point back to the body named before)
        return Claimant(trail["name"], trail["role"])
    return None


def _experts_of_body(phrase: str) -> Claimant | None:
    """ "Analysts from the DeepState project", "Experts of the ISW": the body."""
    group = _EXPERTS_OF.match(phrase)
    if group and phrase[group.end() :][:1].isupper():
        return Claimant(_PROJECT.sub("", phrase[group.end() :]), group.group(0).strip())
    return None


_PROJECT_DESCRIPTION = (
    rf"(?:(?:{en.PROJECT_MODIFIERS})\s+){{0,2}}(?:{en.PROJECT_NOUNS})"
)
_CAPITALISED = (
    r"(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\b)"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
)
_PROJECT_AFTER = re.compile(
    # (CLAIMANT34: after an article too: "The DeepState monitoring group")
    rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?"
    rf"(?P<lead>(?:(?:{en.PROJECT_MODIFIERS})\s+){{0,2}})(?P<name>{_CAPITALISED})"
    rf"\s+(?P<role>{_PROJECT_DESCRIPTION})$"
)
_PROJECT_BEFORE = re.compile(
    rf"^(?P<role>(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?{_PROJECT_DESCRIPTION})"
    rf"\s+(?P<name>{_CAPITALISED})$"
)


def _named_project(phrase: str) -> Claimant | None:
    """ "DeepState monitoring group", "the analytical project DeepState",
    "open-source DeepState map": the body's own name, its description as
    the role (a nationality is no name: "Ukrainian monitoring group")."""
    m = _PROJECT_AFTER.match(phrase)
    if m is not None and not _NATIONALITY.match(m["name"]):
        role = f"{m['lead']}{m['role']}".strip()
        if m.start("lead") == 0 or " " in role:
            # (CLAIMANT34: after an article only with its description: "The
            # X monitoring group"; "the Khortytsia group" is the name as said)
            return Claimant(m["name"], role)
    m = _PROJECT_BEFORE.match(phrase)
    if m is not None and not _NATIONALITY.match(m["name"]):
        return Claimant(m["name"], m["role"])
    return None


def _pronoun(phrase: str) -> Claimant | None:
    """A pronoun ("she", "він"): no name, the speaker told before."""
    if not _PRONOUNS.match(phrase):
        return None
    body = phrase if _DEFINITE_BODY.match(phrase) else None
    return Claimant(None, None, pronoun=True, said_as=body)


# CLEN28: a definite body that points back ("the General Staff said")
_DEFINITE_BODY = re.compile(
    rf"^the (?:[a-z]+ )?(?i:{en.DEFINITE_BODY_NOUNS})$"
    # XCLAIM4: a title pointing back ("the official", "the spokesman")
    rf"|^the (?i:{en.DEFINITE_TITLE_NOUNS})$",
    re.IGNORECASE,
)


def _name_comma_role(phrase: str) -> Claimant | None:
    """ "Dmytro Pletenchuk, head of the ...": the name first, the role after a
    comma (or a role first, a titled name after it)."""
    if "," not in phrase:
        return None
    first, rest = phrase.split(",", 1)
    if _NAME_2_3.fullmatch(first.strip()) and _ROLE_WORDS.search(rest):
        return Claimant(first.strip(), rest.strip(" ,"))
    if _ROLE_WORDS.search(first) and _TITLED_NAME_AFTER_COMMA.fullmatch(rest.strip()):
        tail = _TAIL_NAME.search(rest.strip())
        if tail:
            return Claimant(tail.group(1), first.strip())
    return None


def _role_and_tail_name(phrase: str) -> Claimant | None:
    """A capitalised name closing the phrase, and the role before it: a
    country's word, role words opening the name, or role words before it."""
    m = _TAIL_NAME.search(phrase)
    if m is None:
        return None
    lead = phrase[: m.start()]
    if lead.strip() and _COUNTRY_LEAD.match(m.group(1)):
        country = _COUNTRY_LEAD.match(m.group(1))
        name = m.group(1)[country.end() :]
        return Claimant(name, (lead + country.group(0)).strip(" ,"))
    if not lead.strip():
        c = _leading_role_words(m.group(1))
        if c is not None:
            return c
    unit = _ORDINAL_UNIT.search(phrase)
    if unit is not None and _ROLE_WORDS.search(phrase[: unit.start()]):
        # PROBECLAIM36: "a spokesperson for the 47th Mechanized Brigade": the
        # unit's number is part of its name (the name was "Mechanized Brigade")
        return Claimant(unit.group(0), phrase[: unit.start()].strip())
    if _ROLE_WORDS.search(lead) and not _unit_after_ordinal(lead, m.group(1)):
        return _name_after_role(phrase, m.group(1))
    return None


# a unit's ordinal number: "47-ї", "93-тя", "3-го", "110th"
_ORDINAL = r"\d{1,3}-?(?:[а-яіїєґё]{1,3}|st|nd|rd|th)"
# an ordinal closing the words before a name ("47-ї ", "3-го ", "110th ")
_ORDINAL_END = re.compile(rf"{_ORDINAL}\s+$")


def _unit_after_ordinal(lead: str, name: str) -> bool:
    """Whether a capitalised tail is only a numbered unit's abbreviation
    ("командир 47-ї ОМБр", "речник 110-ї ОМБр"): the unit the role serves,
    no person's name, so the phrase stays whole.

    >>> _unit_after_ordinal("командир 47-ї ", "ОМБр")
    True
    >>> _unit_after_ordinal("речник 41-ї ", "ОМБр Іван Петренко")
    False
    """
    return bool(_ORDINAL_END.search(lead)) and all(
        _ABBR.match(w) or _UNIT_ABBR.fullmatch(w) for w in name.split()
    )


# a numbered unit closing a speaker phrase, after "for"/"of" ("a spokesman for
# the 3rd Assault Brigade"): the number opens the unit's name
_ORDINAL_UNIT = re.compile(
    rf"(?:(?<=\sfor\s)|(?<=\sof\s)|(?<=\sfor\sthe\s)|(?<=\sof\sthe\s))"
    rf"\d{{1,3}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_NAME}\s+){{0,3}}(?:Brigade|Battalion|Regiment|Division|Corps|Army)$"
)


# the last word of a body's name, which keeps the role words before it
_BODY_END = re.compile(r"(?:" + every("BODY_WORDS") + r")\w*$")


def _leading_role_words(name: str) -> Claimant | None:
    """Role words opening a name alone ("Spokesman Dmytro Lykhovy"): the
    role and the name (None: no role word, or a body's name)."""
    words = name.split()
    role_words = []
    while (
        len(words) > 1
        and _ROLE_WORDS.search(words[0])
        and not _BODY_END.match(words[-1])
    ):
        role_words.append(words.pop(0))
    if role_words:
        return Claimant(" ".join(words), " ".join(role_words))
    return None


def _name_after_role(phrase: str, name: str) -> Claimant | None:
    """The personal name (the capitalised tail after the role words) and the
    phrase before it as the role."""
    words = name.split()
    while words and _ROLE_WORDS.search(words[0]):
        words.pop(0)
    if words:
        role = phrase[: _tail_start(phrase, words)].strip(" ,")
        return Claimant(" ".join(words), role or None)
    return None


def _tail_start(phrase: str, words: list[str]) -> int:
    """Where the name ``words`` closing ``phrase`` start: the name as a whole
    at the phrase's end, not the last place its first word is found, which may
    open the surname ("Иван Иванов", "John Johnson").

    >>> _tail_start("глава района Иван Иванов", ["Иван", "Иванов"])
    13
    """
    m = re.search(r"\s+".join(map(re.escape, words)) + r"\s*$", phrase)
    return m.start() if m else phrase.rfind(words[0])


_READINGS = (
    _person_of_unit,
    _body_analysts,
    _experts_of_body,
    _pronoun,
    _named_project,
    _name_comma_role,
    _role_and_tail_name,
)


def _titles_skipped(abbreviations: str) -> str:
    """A pattern reading past ranks or titles shortened with a stop before a
    name ("Gen. X Y", "полк. X Y"): no part of the speaker's name.

    >>> re.match(_titles_skipped("Gen|Lt"), "Lt. Gen. Ivan Petrenko").end()
    9
    """
    return rf"(?:(?:{abbreviations})\.\s+)*"


_EN_TITLES = _titles_skipped(en.TITLE_ABBREVIATIONS)
# a name as a label before a colon: "Oleksandr Syrskyi: …"; PROBEEN35: a rank
# shortened with a stop before it is read past ("Col. Voloshyn: …")
_NAME_LABEL = re.compile(rf"^{_EN_TITLES}(?P<who>(?:{_NAME}\s+){{0,2}}{_NAME}):\s")
_NAME_LABEL = prefiltered(_NAME_LABEL, (":",))  # speed: no label without its colon
# "according to X" (a rank shortened with a stop read past: "according to Gen. X")
_EN_ACCORDING_TO = re.compile(
    rf"according to {_EN_TITLES}"
    r"(?P<who>[^,.;:“”\"]{2,90}?)"
    # PROBEEN36: a role, then the person's name apposed to it closing the
    # sentence ("according to the regional governor, Vadym Filashkin.")
    rf"(?:,\s+(?P<appos>(?-i:{_EN_TITLES}(?:{_NAME}\s+){{1,2}}{_NAME}))"
    r"(?=\s*(?:[.;]|$)))?"
    r"(?=[,.;:“”\"]|$| on | in "
    # CLAIMANT30b: a spaced dash ends the source ("according to X — more than")
    r"| who |\s[—–-]\s)",
    re.IGNORECASE,
)
_EN_ACCORDING_TO = keyed(_EN_ACCORDING_TO)  # speed: passed over texts lacking its keys

# English patterns a match of which holds a speech verb between word
# boundaries (each has a space, a quote or a "\b" before its verb and a space
# or a "\b" after it): a sentence without such a verb skips them (speed)
# PROBEEN35: a lower-case role before a name after the verb ("said spokesman
# X", "said the governor X"), read with the name (a word qualifying the role,
# "said military expert X", cost a claim of a never-read set: left out)
# PROBECLAIM37: capitalised words and one field word may qualify the role
# ("claimed Russian military blogger X", "said Kyiv-based analyst X Y")
_ROLE_BEFORE_NAME = (
    rf"(?:(?:(?:the|a|an)\s+)?(?:{_NAME}\s+){{0,3}}"
    rf"(?:(?:{en.ROLE_FIELDS})\s+)?"
    rf"(?:{en.ROLES_BEFORE_NAME})\s+{_EN_TITLES})?"
)
_EN_VERBED = [
    re.compile(
        rf"(?:^|[,:”\"]\s*|\.\s+)(?P<who>[^,.;:“”\"]{{2,120}}?)"
        # PROBEEN37: a thousands comma opens no apposition ("Russia has taken
        # 18,000 sq km in 2024, said DeepState" named "Russia")
        rf"(?:,(?!\d)\s*(?P<appos>[^,]{{3,100}}),)?"
        r"\s+(?:(?:also|later|again|further) )?"
        # CLEN28: "Ivan Hnat, the governor, had said …"
        r"(?:(?:had|has|have) )?"
        rf"(?:{EN_SPEECH_VERBS})\b"
    ),
    re.compile(
        rf"(?:^|[.;]\s+)(?P<who>[^,.;:“”\"]{{2,120}}?)\s+(?:on \w+ |"
        rf"earlier on \w+ |late on \w+ |in a statement |on Telegram )?"
        rf"(?:{EN_SPEECH_VERBS})(?: on \w+| in a statement| that)?\b"
    ),
    gated(  # speed: only a verb's first letter opens it (same matches)
        re.compile(
            # "…,” said Gov. X Y": the title's stop ends no name (read past)
            # (PROBECLAIM36: the name after "told" is the one told: "…, a
            # soldier, who asked not to be named, told AFP")
            rf"\b(?!told\b)(?:{EN_SPEECH_VERBS})\s+{_EN_TITLES}"
            # PROBEEN35: a role before the name ("said spokesman X Y"); an
            # initial's stop masked ("said O. Syrskyi")
            rf"(?P<who>{_ROLE_BEFORE_NAME}(?:[A-Z]\u2024\s?){{0,2}}"
            # PROBECLAIM37: a rank's masked stop after a word ("said U.S.
            # Army Gen. X Y": _MID_TITLE_STOP)
            # PROBECLAIM37: a name's particles ("said Jean-Luc de la X")
            rf"(?:{_NAME}\u2024?\s+(?:(?:{en.NAME_PARTICLES})\s+){{0,2}}){{0,6}}"
            rf"{_NAME})"
            rf"(?:,|\.|$)"
        )
    ),
    # (appended last to every language's list, below)
    # a speaker inside a subordinate clause: "particularly after Russia's
    # military said it had ousted …", "as Kyiv reported"
    re.compile(
        rf"\b(?:after|as|when|while|because|though|although)\s+"
        rf"(?P<who>(?:the\s+)?[A-Z][^,.;:“”\"]{{1,60}}?)\s+(?:{EN_SPEECH_VERBS})\b"
    ),
]
# after a quotation, the verb, then a speaker by description: "…,' said a
# platoon commander, Andrii, 34." / "…,” said one Western official."
_POST_QUOTE_ROLE = re.compile(
    rf"(?:,[”\"'’]|[”\"'’],?)\s*(?:{EN_SPEECH_VERBS})\s+"
    r"(?P<who>(?:a|an|the|one)\s+[^,.;:“”\"]{2,60}?)"
    r"(?:,\s*(?P<appos>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s*\d{1,3})?)?"
    r"\s*(?:[,.]|$)"
)
_POST_QUOTE_ROLE = prefiltered(_POST_QUOTE_ROLE, ("”", '"', "'", "’"))
_EN_VERBED.append(_POST_QUOTE_ROLE)
# PROBECLAIM36: the verb after a comma, then a speaker by description ("…
# took X, said a spokesman for the defence ministry.", "…, says the Russian
# Ministry of Defence."): no quotation needed before the comma
_COMMA_VERB_ROLE = re.compile(
    rf",\s*(?:{EN_SPEECH_VERBS})\s+"
    r"(?P<who>(?:a|an|the|one)\s+[^,.;:“”\"]{2,60}?)"
    r"(?:,\s*(?P<appos>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s*\d{1,3})?)?"
    r"\s*(?:[,.]|$)"
)
_EN_VERBED.append(_COMMA_VERB_ROLE)
# CLAIMANT30b: a sentence's subject in the plural present, then its verb
# ("Ukrainian commanders concede that …", "Posts shared on X claim that …",
# "Russian bloggers — who are often candid — admit that …"): the verb takes
# "that" after it, or the speaker ends with a plural noun ("analysts estimate")
_EN_PLURAL_VERBED = re.compile(
    rf"(?:^|[.;]\s+)(?P<who>[^,.;:“”\"—–]{{2,120}}?)(?P<plural>(?<=[a-z]s)(?<!['’]s))?"
    # no possessive nor determiner before a noun: "Russia's claim that"
    r"(?<!['’]s)(?<!\b[Tt]he)(?<!\b[Aa])(?<!\b[Aa]n)(?<!\b[Ii]ts)(?<!\b[Tt]his)"
    rf"(?<!\b[Tt]heir)(?:\s+[—–][^—–]{{1,80}}[—–])?\s+(?:(?:also|still|now|even) )?"
    rf"(?:{en.PLURAL_SPEECH_VERBS})(?:\s+that\b|(?(plural)\b|(?!)))"
)
# SESSION33: a subject judging the claim told ("X called the report a fake",
# "X disputed that the town had fallen"): X speaks its sentence
_EN_JUDGED = re.compile(
    rf"(?:^|[.;]\s+)(?P<who>[^,.;:“”\"]{{2,120}}?)\s+(?:(?:also|later|again|"
    rf"publicly|quickly|swiftly) )?(?:{en.JUDGING_VERBS})\s+"
    rf"(?:{en.JUDGED_OBJECTS})\b"
)
# B28CLAIM37: a subject putting a figure at a number ("Ukraine's military had
# put the figure at 3,000 sq km", "Mapping projects put Russian gains over the
# week at 90 sq km") or counting one ("LineWatch counted 312 sq km", "the group
# recorded 410 sq km"): the subject speaks its sentence
_FIGURE_AMOUNT = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|"
    r"over|up to|just|only|under|less than|at least|a total of)\s+)?\d"
)
_EN_FIGURE_PUT = re.compile(
    rf"(?:^|[,;:]\s+|\.\s+)(?:(?:when|where|while|as|after|and|but)\s+)?"
    rf"(?P<who>[^,.;:“”\"]{{2,80}}?)\s+(?:(?:also|now|later|earlier|previously|"
    rf"had|has|have)\s+)*(?:{en.FIGURE_PUT_VERBS})\s+(?!(?:that|it)\b)"
    rf"[^,.;:“”\"]{{2,80}}?\s+at\s+{_FIGURE_AMOUNT}"
)
_EN_FIGURE_COUNTED = re.compile(
    rf"(?:^|[,;:]\s+|\.\s+)(?:(?:when|where|while|as|after|and|but)\s+)?"
    rf"(?P<who>[^,.;:“”\"]{{2,80}}?)\s+(?:(?:also|now|later|earlier|previously|"
    rf"had|has|have)\s+)*(?:(?:{en.FIGURE_COUNT_VERBS})\s+{_FIGURE_AMOUNT}|"
    r"estimates\s+that\b)"
)
# XCLAIM6_43: a plural trade after a comma with its present verb closing the
# sentence ("…, open-source analysts estimate.", "…, military bloggers
# report."): the trade speaks its sentence ("the mappers say" points back to
# the analyst named before: not read here)
_EN_COMMA_PLURAL_TRADE = re.compile(
    r",\s*(?P<who>(?![Tt]he\b)(?:[A-Za-z][\w'’-]*\s+){0,2}"
    rf"(?:{en.PLURAL_TRADES}))\s+(?:{en.PLURAL_SPEECH_VERBS}|{en.PLURAL_ESTIMATE_VERBS})"
    r"\s*(?:[.;]|$)"
)
_EN_PATTERNS = [
    _NAME_LABEL,
    _EN_ACCORDING_TO,
    *_EN_VERBED,
    _EN_PLURAL_VERBED,
    _EN_JUDGED,
    _EN_FIGURE_PUT,
    _EN_FIGURE_COUNTED,
    _EN_COMMA_PLURAL_TRADE,
]
# CLAIMANT30: the patterns whose speaker may be a voice described, not named
_DESCRIBED_AFTER = frozenset(
    {_EN_VERBED[0], _EN_VERBED[1], _EN_PLURAL_VERBED, _EN_COMMA_PLURAL_TRADE}
)
_EN_VERB = gated(re.compile(rf"\b(?:{EN_SPEECH_VERBS})\b"))
# a plural verb as _EN_PLURAL_VERBED takes it: a space before, a word end after
_PLURAL_VERB = re.compile(rf"\s(?:{en.PLURAL_SPEECH_VERBS})\b")
# speed: the gate of each English pattern a match of which holds its verb as a
# word; a sentence the gate does not find skips the pattern
_VERB_GATES = {id(rx): _EN_VERB for rx in _EN_VERBED}
_VERB_GATES[id(_EN_PLURAL_VERBED)] = _PLURAL_VERB
# a participle or relative clause between the speaker and the verb: "Корнев,
# работающий на гуляйпольском направлении, рассказал", "Коваль, який
# воює під Марівкою, сказав"
_APPOSED_CLAUSE = (
    r",\s*(?:котор\w+|як(?:ий|а|е|і)|що|[а-яіїєґё]+(?:ющий|ющая|ющие|щий|щая|вший|"
    r"вшая|ючий|юча|ачий|яча|ячий)(?:ся|сь)?)\s[^,.;:«»–—\"]{0,80},"
)
# LEFTUKRU37: a hedge set off by commas between the speaker and the verb
# ("Минобороны России, по-видимому, заявило", "Міноборони, вочевидь, заявило")
_HEDGE_ASIDE = rf",\s*(?:{uk.SPEAKER_HEDGES}|{ru.SPEAKER_HEDGES}),"
# "В ОТГ «Луганск» заявления … назвали ложью": the organisation after "в/у"
# at the start of a sentence speaks, whatever stands between it and the verb
# PROBEUKRU38: lower-case words in an oblique case inside the name, between
# two capitalised ones ("В Министерстве обороны России", "У Генеральному штабі
# ЗСУ") or closing it right before the verb after an adjective ("У Запорізькій
# обласній військовій адміністрації повідомили", "В Генеральном штабе
# сообщили"): the body's name goes on (it was cut to "Министерстве")
_OBLIQUE_LOWER = (
    r"[а-яіїєґё][\w'’-]*(?:і|ї|и|ы|е|ах|ях|ої|ій|их|ых|ого|ому|ой|ей|ом|ем|ов|ів)"
)
_ADJ_END = r"(?:(?<=ому)|(?<=ій)|(?<=їй)|(?<=ой)|(?<=ом)|(?<=их)|(?<=ых))"
# LEFTUKRU238: a plural forces' name, its lower-case words before the verb
# ("У Силах оборони півдня повідомили", "В Силах обороны юга сообщили")
_FORCES_NAME = (
    rf"(?:{uk.FORCES_HEADS}|{ru.FORCES_HEADS})(?:\s+[\w'’-]+){{1,5}}?"
    r"(?=\s+(?:%s)(?:\s|,|$))|"
)
_ORG_LEAD = (
    r"^(?:В|У|Во)\s+(?P<who>"
    + _FORCES_NAME
    + r"[А-ЯІЇЄҐA-Z][\w-]*(?:\s+(?:«[^»]{1,30}»|"
    rf"(?:{_OBLIQUE_LOWER}\s+){{0,3}}[А-ЯІЇЄҐA-Z][\w-]*))*"
    rf"(?:{_ADJ_END}(?:\s+{_OBLIQUE_LOWER}){{1,4}}(?=\s+(?:%s)(?:\s|,|$)))?)"
    # (PROBEUKRU39: the verb may close the sentence, an object between:
    # "У Генштабі ЗСУ інформацію про втрату X не підтвердили.")
    r"\s+(?:[^,.;:]{0,80}?\s)?(?:%s)(?:\s|,|\.?$)"
)
# a speaker after the verb, a «quoted» name allowed: "заявил командир
# батальона «Восток» Александр Ходаковский", "пишет Telegram-канал «Рыбарь»"
# a «quoted» name alone is one too: "сообщает «Рыбарь»", "повідомляє «X»";
# a name in straight quotes too (LEFTUKRU38: 'джерело "Української правди"
# у Генштабі')
_WHO_AFTER = (
    r"(?:(?:[^,.;:–—«»\"]|«[^»]{1,30}»|\"[^\",.;:«»]{1,30}\"){2,80}|«[^»]{2,30}»)"
)
# "В сводке Минобороны говорится, что …", "У зведенні Генштабу йдеться"
_DOC_LEAD = re.compile(
    r"^(?:В|У|Во)\s+(?:сводке|сообщении|заявлении|докладе|отч[её]те|зведенні|"
    r"повідомленні|заяві|звіті|доповіді)\s+(?P<who>[A-ZА-ЯІЇЄҐЁ«][^,.;:–—]{1,79}?)"
    r"\s+(?:говорится|сказано|отмечается|йдеться|ідеться|зазначається)"
)
# a title after the venue is the speaker's: "в ефірі речник бригади …"
_TITLES = (
    r"речни|представни|командир|командувач|командующ|голов|глав|міністр|министр|"
    r"губернатор|начальник|заступни|заместител|президент|прем"
)
# "сказал во вторник в эфире телеканала глава ДНР …": a day or a venue after
# the verb, then the speaker
_WHEN_WHERE = (
    f"(?:{ru.WEEKDAYS_ACC}|{uk.WEEKDAYS_ACC}|"
    r"эфире|ефірі|интервью|інтерв['’]ю|ночь|ніч|ночі|ночи|течение|ходе|понеділок|"
    # a month in the locative: "сообщало в мае", "повідомляли у травні"
    f"{ru.MONTHS_LOC}|{uk.MONTHS_LOC})"
    r"(?![\w])"
)
_LEAD_WHEN_WHERE = re.compile(
    rf"^(?:(?:[вВ]о?|[уУ])\s+{_WHEN_WHERE}(?:\s+(?!(?:в|во|у)\s|{_TITLES})"
    r"[а-яіїєґё]+)?\s+)+"
)
# LEFTUK35: the platform a speaker posts on, before the speaker: "повідомив
# у Telegram Андрій Коваленко", "написал в своём телеграм-канале X", "на своїй
# сторінці у Facebook X" (the speaker follows it; a platform alone is
# speakers._PLATFORM_ONLY's)
_LEAD_PLATFORM = re.compile(
    r"(?i)^(?:(?:у|в|во|на)\s+)?(?:[а-яіїєґё'’]+(?:ому|єму|ему|ем|ём|ом|ій|їй|ой|ей)\s+)?"
    rf"(?:(?:{uk.SPEECH_PAGE}|{ru.SPEECH_PAGE})\s+)?"
    rf"(?:{uk.SPEECH_PLATFORMS}|{ru.SPEECH_PLATFORMS})[\w-]*\s+(?=\S)|"
    # UKRULEFT39: "в своём канале военкор X", "у своєму блозі X"
    rf"^(?:(?:у|в|во|на)\s+)?(?:{uk.SPEECH_OWN_PAGE}|{ru.SPEECH_OWN_PAGE})\s+(?=\S)"
)

# CLAIMANT32: a house's own unnamed sources ("по информации наших
# источников", "за даними наших джерел"): no speaker, the house speaks
_OUR_SOURCES = r"(?:наш\w*|our)\s+(?:источник\w*|джерел\w*|sources?)(?![\w])"
# "за словами X", "як повідомив X", "йдеться в X"
_UK_ACCORDING_TO = re.compile(
    r"(?:за словами|за даними|за оцінк(?:ою|ами)|за підрахунками|"
    r"(?:свідчать|показують) (?:дані|підрахунки|мапи|карти)|"
    r"як повідом\w+|як заяв\w+|як пише|як пишуть|"
    r"як (?:зазначи|наголоси|підкресли|уточни|розповіда|розповів|розповіла|"
    # KNOWN41: a map as the source ("згідно з картами ISW")
    r"сказа|доповіда|доповів)\w*|згідно з (?:даними|інформацією|картами|мапами)|"
    r"відповідно до даних|"
    r"йдеться в\s+(?:\w+\s+){0,2}|за інформацією|"
    # CLAIMANT32: "за заявою X", "за твердженням X", "зі слів X"
    r"за (?:заявою|твердженням|повідомленням)|зі слів)\s+"
    # a rank shortened with a stop is read past ("за словами полк. X Y")
    + _titles_skipped(uk.TITLE_ABBREVIATIONS)
    + rf"(?!{_OUR_SOURCES})(?P<who>[^,.;:–—]{{2,80}})",
    re.IGNORECASE,
)
_UK_ACCORDING_TO = folded(_UK_ACCORDING_TO)  # speed: a case-folded twin
# "підтвердили в 3-й окремій штурмовій бригаді": the body after "в/у"
_UK_VERB_IN_BODY = gated(  # speed: only a verb's first letter opens it
    re.compile(
        rf"(?:{_UK_VERBS})\s+(?:в|у)\s+(?!{_WHEN_WHERE})"
        r"(?P<who>[^,.;:–—«»\"]{2,80}(?:«[^»]{1,30}»)?)"
    )
)
# the speaker after the verb: "заявив командир бригади X"
_UK_VERB_THEN_WHO = gated(
    re.compile(
        rf"(?:{_UK_VERBS})\s+"
        + _titles_skipped(uk.TITLE_ABBREVIATIONS)
        + rf"(?P<who>{_WHO_AFTER})"
    )
)
# "по словам X", "как сообщил X", "говорится в X"
_RU_ACCORDING_TO = re.compile(
    r"(?:по словам|по данным|по оценк(?:е|ам)|по подсч[её]там|как сообщ\w+|"
    r"(?:свидетельствуют|показывают) (?:данные|подсч[её]ты|карты)|"
    r"как заяв\w+|как пишет|"
    r"как переда\w+|как (?:отмети|подчеркну|уточни|рассказа|сказа|доложи)\w*|"
    # KNOWN41: a map as the source ("согласно картам ISW"; a bare "по картам X"
    # ran on into a whole clause in blind28: not read)
    r"согласно (?:данным|информации|сводке|картам)|"
    r"следует из\s+(?:\w+\s+)?(?:сводки|сообщения|заявления|данных|доклада|"
    r"отч[её]та)|говорится в\s+(?:\w+\s+)"
    r"{0,2}|по информации|"
    # CLAIMANT32: "по заявлению X", "по утверждению X", "со слов X"
    r"по (?:заявлению|утверждению|сообщению)|со слов)\s+"
    # a rank shortened with a stop is read past ("по словам полк. X Y")
    + _titles_skipped(ru.TITLE_ABBREVIATIONS)
    + rf"(?!{_OUR_SOURCES})(?P<who>[^,.;:–—]{{2,80}})",
    re.IGNORECASE,
)
_RU_ACCORDING_TO = folded(_RU_ACCORDING_TO)  # speed: a case-folded twin
# "сообщили в штабе группировки": the body after "в/во"
_RU_VERB_IN_BODY = gated(  # speed: only a verb's first letter opens it
    re.compile(
        rf"(?:{_RU_VERBS})\s+(?:в|во)\s+(?!{_WHEN_WHERE})"
        r"(?P<who>[^,.;:–—«»\"]{2,80}(?:«[^»]{1,30}»)?)"
    )
)
# the speaker after the verb: "заявил командир батальона X"
_RU_VERB_THEN_WHO = gated(
    re.compile(
        rf"(?:{_RU_VERBS})\s+"
        + _titles_skipped(ru.TITLE_ABBREVIATIONS)
        + rf"(?P<who>{_WHO_AFTER})"
    )
)


# B27CLAIM36: a person named at the sentence's start, the role apposed to the
# name between commas, then the verb ("Іван Коваль, речник угруповання,
# заявив", "Иван Петров, командир батальона «Восток», сообщил"): the person,
# the apposed phrase his role
def _named_then_role(verbs: str) -> re.Pattern[str]:
    """The pattern of a name, its apposed role between commas, then a verb."""
    return prefiltered(
        re.compile(
            r"^\W*(?P<who>[А-ЯІЇЄҐЁ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐЁ][\w'’ʼ-]+){0,2}),\s+"
            r"(?P<appos>[а-яіїєґё][^,.;:«»–—\"]{1,80}(?:«[^»]{1,30}»[^,.;:–—]{0,30})?)"
            rf",\s+(?:\w+\s+){{0,3}}?(?:{verbs})(?:\s|,|:|$)"
        ),
        (",",),
    )


_NAMED_THEN_ROLE = (_named_then_role(_UK_VERBS), _named_then_role(_RU_VERBS))

# B28CLAIM37: a counting verb, its subject after it, then the data it counted
# from ("…, підрахували «Тексти» за даними DeepState", "…, подсчитала
# «Верстка» по данным карт DeepState"): the one who counted speaks (CONVENTIONS:
# a claim relayed via an analysis keeps the analyst), not the data's source
_COUNTED_FROM = (
    r"(?P<who>[^,.;:–—«»\"]{0,40}?«[^»]{1,40}»|"
    # lower-case trade or outlet words before the name ("видання Слово і
    # діло", XCLAIMUKRU40: "військовий оглядач Іван Петренко")
    r"(?:[а-яіїєґё'’-]+\s+){0,3}[A-ZА-ЯІЇЄҐЁ][^,.;:–—«»\"]{1,40}?|"
    # XCLAIMUKRU40: a trade named in lower case, no name ("аналітики
    # видання", "военные аналитики издания")
    r"(?:[а-яіїєґё'’-]+\s+){0,2}"
    rf"(?:{uk.SPEAKER_NOUNS28}|{ru.SPEAKER_NOUNS28})(?:\s+[а-яіїєґё'’-]+){{0,2}}?)"
)
# XCLAIM241: the speaker after its verb and an "also" ("Схожу картину фіксує і
# DeepState", "Похожие цифры приводит и ISW"): the words before are the object
_UK_VERB_ALSO_WHO = gated(
    re.compile(
        rf"(?:{_UK_VERBS})\s+(?:і|й|також|теж)\s+(?P<who>(?=[A-ZА-ЯІЇЄҐ«\"])"
        rf"{_WHO_AFTER})"
    )
)
_RU_VERB_ALSO_WHO = gated(
    re.compile(
        rf"(?:{_RU_VERBS})\s+(?:и|также|тоже)\s+(?P<who>(?=[A-ZА-ЯЁ«\"])"
        rf"{_WHO_AFTER})"
    )
)


# XCLAIM3-42: a body opening the sentence, its object, then "not confirmed" as
# the verb closing the clause ("Украинский Генштаб захват Зорьки не
# подтверждает.", "Официально Генштаб ВСУ этого не подтверждает.", "Генштаб
# ЗСУ захоплення Зорівки не підтверджує."): the body speaks (the verb before
# a stop is no anchor of the speaker-before-verb reading, and before a comma
# it took the object too)
def _denier_first(lang_mod: ModuleType) -> re.Pattern[str]:
    """The pattern of a denier opening the sentence, the verb last."""
    return prefiltered(
        re.compile(
            rf"^\W*(?i:(?:{lang_mod.SPEAKER_LEAD_CONTRAST}|{lang_mod.OFFICIALLY})"
            # XCLAIM4: a body in the locative ("У Генштабі ЗСУ … не визнали")
            r",?\s+)*(?:(?:[Уу]|[Вв]|[Вв]о)\s+)?(?P<who>[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s+(?:[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*|"
            # a capitalised adjective's noun ("Украинская сторона")
            r"(?:(?<=[иыо]й )|(?<=[ая]я )|(?<=[ои]е )|(?<=ые )|(?<=[сц]ьк[аеі] ))"
            r"[а-яіїєґё]+|"
            r"оборон[иы]))*)\s+(?:[^\s,.;:!?«»\"]+\s+){1,4}?"
            + rf"(?:{lang_mod.UNCONFIRMED}|{lang_mod.NOT_ADMITTED}|"
            # XCLAIM6_43: a denial verb closing the clause ("Генштаб заявления о
            # занятии X опровергает")
            + rf"{lang_mod.DENIED_LAST})"
            # XCLAIM4: a colon after it opens what the body said instead
            + r"(?=\s*(?:[.,;:!]|$))"
        ),
        ("не", "опроверг", "отрица", "спрост", "запереч"),
    )


_DENIER_FIRST = {"uk": _denier_first(uk), "ru": _denier_first(ru)}
_UK_COUNTED_FROM = re.compile(
    r"(?:підрахува\w*|порахува\w*|нарахува\w*|обчисли\w*|розрахува\w*|"
    r"проаналізува\w*|випливає з підрахунків)\s+"
    + _COUNTED_FROM
    + r"\s+(?:за даними|на основі|на підставі|за (?:мапами|картами))(?![\w'’])"
)
_RU_COUNTED_FROM = re.compile(
    r"(?:подсчита\w*|посчита\w*|насчита\w*|вычисли\w*|рассчита\w*|"
    r"проанализирова\w*|следует из подсч[её]тов)\s+"
    + _COUNTED_FROM
    + r"\s+(?:по данным|на основе|на основании|по картам|исходя из)(?!\w)"
)
# speed: searched from the first verb's reach (same matches; see fastre)
_UK_RUN = RunBeforeAnchor(
    "who", r",.;:–—«»\"", 2, 100, rf"\s+(?:{_UK_VERBS})(?:\s|,|:|$)"
)
_RU_RUN = RunBeforeAnchor(
    "who", r",.;:–—«»\"", 2, 100, rf"\s+(?:{_RU_VERBS})(?:\s|,|:|$)"
)
# XCLAIM5_43: a compound predicate before the speech verb: the joining word
# closing the run, and a past-tense verb's ending (lang COMPOUND_AND,
# PAST_ENDINGS)
_COMPOUND_AND = {
    lang: re.compile(rf"\s(?:{mod.COMPOUND_AND})$")
    for lang, mod in (("uk", uk), ("ru", ru))
}
_PAST_ENDING = {
    lang: re.compile(rf"(?:{mod.PAST_ENDINGS})$")
    for lang, mod in (("uk", uk), ("ru", ru))
}


def _compound_subject(who: str, verb: str, lang: str) -> str:
    """The subject of a compound predicate whose second verb is the speech
    verb: "41-ша бригада опублікувала відео і" before "повідомила" gives
    "41-ша бригада" (the first lower-case word after the last capitalised one
    that ends as a past-tense verb of the speech verb's ending opens the
    first predicate); ``who`` as it was otherwise.

    >>> _compound_subject("41-ша бригада опублікувала відео і", "повідомила", "uk")
    '41-ша бригада'
    >>> _compound_subject("генерал Иван Петров выступил и", "сказал", "ru")
    'генерал Иван Петров'
    >>> _compound_subject("Генштаб ЗСУ", "повідомив", "uk")
    'Генштаб ЗСУ'
    """
    conj, past = _COMPOUND_AND.get(lang), _PAST_ENDING.get(lang)
    if conj is None or past is None or not conj.search(who):
        return who
    ending = past.search(verb)
    if ending is None:
        return who
    tail = ending.group(0)[1:]  # the ending without its vowel ("ла", "в")
    words = who.split()
    capital = max((i for i, w in enumerate(words) if w[:1].isupper()), default=0)
    for i in range(max(1, capital + 1), len(words) - 1):
        w = words[i]
        if w[:1].islower() and len(w) > 4 and past.search(w) and w.endswith(tail):
            return " ".join(words[:i])
    return who


# XCLAIM6_43: a subject holding a quoted name before a compound predicate
# ("Угруповання «Хортиця» показало відео й підтвердило …"): the name up to its
# closing quotation mark, looked back for when the run began after it
_QUOTED_NAME_END = re.compile(
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*(?:\s+[а-яіїєґё'’ʼ-]+){0,2}"
    r"\s+«[^«»]{1,40}»)\s*$"
)


def _quoted_compound(sentence: str, start: int, end: int, who: str, lang: str) -> str:
    """The subject with a quoted name of a compound predicate whose second
    verb follows ``who`` (``sentence[start:end]``): "Угруповання «Хортиця»"
    for "показало відео й" before "підтвердило"; "" when not so.

    >>> s = "Угруповання «Хортиця» показало відео й підтвердило звільнення X."
    >>> _quoted_compound(s, 22, 38, "показало відео й", "uk")
    'Угруповання «Хортиця»'
    >>> _quoted_compound(s, 0, 38, "Угруповання «Хортиця» показало відео й", "uk")
    'Угруповання «Хортиця»'
    """
    conj, past = _COMPOUND_AND.get(lang), _PAST_ENDING.get(lang)
    after = sentence[end:].split()
    if conj is None or past is None or not after or not conj.search(who):
        return ""
    ending = past.search(after[0].strip(",:"))
    if ending is None:
        return ""
    if "»" in who:
        name, _, rest = who.rpartition("»")
        name += "»"
    else:
        back = _QUOTED_NAME_END.search(sentence[:start])
        if back is None:
            return ""
        name, rest = back["name"], who
    first = rest.split()[:1]
    tail = ending.group(0)[1:]
    if not first or not first[0][:1].islower() or not past.search(first[0]):
        return ""
    return name.strip() if first[0].endswith(tail) else ""


_UK_PATTERNS = [
    _NAME_LABEL,
    _UK_COUNTED_FROM,
    re.compile(_ORG_LEAD % (_UK_VERBS, _UK_VERBS, _UK_VERBS)),
    _UK_ACCORDING_TO,
    _DENIER_FIRST["uk"],
    _UK_VERB_ALSO_WHO,
    _UK_RUN,
    RunBeforeAnchor(
        "who",
        r",.;:–—«»\"",
        2,
        100,
        rf"{_HEDGE_ASIDE}\s+(?:{_UK_VERBS})(?:\s|,|:|$)",
    ),
    _NAMED_THEN_ROLE[0],
    _UK_VERB_THEN_WHO,
    # "йдеться в повідомленні DeepState": the named source after the noun
    re.compile(
        r"(?:йдеться|ідеться|сказано|зазначається) (?:в|у)\s+(?:[а-яіїєґ'’]+\s+){1,2}"
        r"(?P<who>[A-ZА-ЯІЇЄҐ«\"][^,.;:–—]{1,79})"
    ),
    _UK_VERB_IN_BODY,
]
_RU_PATTERNS = [
    _NAME_LABEL,
    _RU_COUNTED_FROM,
    re.compile(_ORG_LEAD % (_RU_VERBS, _RU_VERBS, _RU_VERBS)),
    _RU_ACCORDING_TO,
    _DENIER_FIRST["ru"],
    _RU_VERB_IN_BODY,
    _RU_VERB_ALSO_WHO,
    _RU_RUN,
    RunBeforeAnchor(
        "who",
        r",.;:–—«»\"",
        2,
        100,
        rf"{_HEDGE_ASIDE}\s+(?:{_RU_VERBS})(?:\s|,|:|$)",
    ),
    _NAMED_THEN_ROLE[1],
    _RU_VERB_THEN_WHO,
    re.compile(
        r"(?:говорится|сказано|отмечается) (?:в|во)\s+(?:[а-яё]+\s+){1,2}"
        r"(?P<who>[A-ZА-ЯЁ«\"][^,.;:–—]{1,79})"
    ),
]


# a title as a label before a colon: "Военный эксперт: …", "Brigade
# spokesman: …" (the title must hold a role word)
_TITLED_LABEL = re.compile(
    r"^(?P<who>[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+(?:«[^»]{1,30}»|[\w'’.-]+)){1,5}):\s"
)
_TITLED_LABEL = prefiltered(_TITLED_LABEL, (":",))  # speed: as _NAME_LABEL
for _pats in (_EN_PATTERNS, _UK_PATTERNS, _RU_PATTERNS):
    _pats.append(_TITLED_LABEL)
# PRORU36: a channel's «quoted» name of one to three words as a label before
# a colon: "«Рыбарь»: …", "«Два майора»: …" (the bare name was read already);
# not a quoted word heading an interview ("«Держимся»: интервью с …")
_QUOTED_LABEL = re.compile(
    r"^«(?P<who>[A-ZА-ЯІЇЄҐЁ0-9][^\s«»:]*(?: [^\s«»:]+){0,2})»:\s"
    rf"(?!\W*(?:[\w'’-]+\s+)?(?i:{ru.SPEECH_TITLE_WORDS}|{uk.SPEECH_TITLE_WORDS}))"
)
_QUOTED_LABEL = prefiltered(_QUOTED_LABEL, ("»:",))  # speed: as _NAME_LABEL
for _pats in (_UK_PATTERNS, _RU_PATTERNS):
    _pats.append(_QUOTED_LABEL)
# SESSION33b: a speaker holding one «quoted» name before its verb ("Речник
# угруповання «Таврія» заявив", "аналитики проекта «Глубинная карта»
# сообщили"), at the sentence's start or after a stop
for _pats, _verbs in ((_UK_PATTERNS, _UK_VERBS), (_RU_PATTERNS, _RU_VERBS)):
    _pats.append(
        prefiltered(
            re.compile(
                r"(?:^|[,;:–—]\s*)(?P<who>[^,.;:–—«»\"]{0,60}«[^»]{1,30}»"
                r"[^,.;:–—«»\"]{0,40}?)"
                rf"\s+(?:{_verbs})(?:\s|,|:|$)"
            ),
            ("«",),
        )
    )
# tried last (speed): the speaker, an apposed clause, then the verb
for _pats, _verbs in ((_UK_PATTERNS, _UK_VERBS), (_RU_PATTERNS, _RU_VERBS)):
    _pats.append(
        prefiltered(
            # speed: searched from the first apposed clause's reach (same
            # matches; see fastre.RunBeforeAnchor)
            RunBeforeAnchor(
                "who",
                r",.;:–—«»\"",
                2,
                100,
                rf"{_APPOSED_CLAUSE}\s+(?:{_verbs})(?:\s|,|:|$)",
            ),
            (",",),
        )
    )


# a one-word headline label with a settlement ending is a place, not a speaker
TOWN_LABEL = re.compile(
    r"^[A-ZА-ЯІЇЄҐЁ][\w’'-]*(?:ove|eve|ine|yne|ivka|ovka|sk|hrad|grad|pil|ovo|evo|"
    r"ово|ево|ёво|ове|еве|ине|іне|ино|івка|ївка|овка|евка|ськ|цьк|ск|град|піль|поль|"
    # B30CLAIM39: a region's colloquial name ("Курщина: …", "Харківщина: …")
    r"щина|ччина|чина)$"
)


# S36REST: what follows a page's topic label, never a speaker's words
# ("Soledar: live updates", "Bakhmut: what we know", "Kherson: the latest")
_TOPIC_TAIL = re.compile(
    r"(?:(?:the\s+)?latest|live(?:\s+(?:updates?|blog|coverage|news|report))?|"
    r"(?:key\s+)?(?:updates?|events|developments)|what\s+we\s+know|"
    r"as\s+it\s+happened|explained|timeline|day\s+\d+)\b",
    re.IGNORECASE,
)


# what trails a speaker's name is no part of it: "Сырский также",
# "Минобороны РФ в четверг", "Тимошенка від 16 вересня", "ISW data"
_TRAIL = {
    "en": re.compile(
        r"\s+(?:data|figures|estimates?|maps?|analysis|also|too|meanwhile|in turn|"
        r"for (?:its|his|her|their) part|"
        r"(?:has |have |had )?(?:repeatedly|again|previously|already|consistently)|"
        rf"{en.SPEAKER_TRAIL_TIMES})$|"
        rf",?\s+(?:{en.SPEAKER_HEDGES}),?$"
    ),
    "uk": re.compile(
        # "… того ж дня", "… прямо не", "ISW за 1 жовтня": no part of the name
        r"\s+(?:того ж дня|цього ж дня|прямо|не|станом(?:\s.*)?|"
        r"(?:\([^()]{1,20}\)\s+)?за\s+\d{1,2}"
        r"\s+[а-яіїєґ'’]+)$|"
        rf",?\s+(?:{uk.SPEAKER_HEDGES}),?$|"
        r"\s+(?:натомість|зі свого боку|тим часом|також|теж|ще|поки|вже|досі|"
        # CLAIMLEFT36: what the verb is about: "Генштаб поки про це"
        r"(?:про|щодо) (?:це|цього|нього|неї|них)|офіційно|"
        # FIELDS22: a time of day after the speaker: "Генштаб ЗСУ
        # увечері", "Сирський вчора ввечері"
        r"увечері|ввечері|вранці|зранку|вночі|вдень|вчора|учора|сьогодні|"
        r"(?:в|у|від|на|з)\s+(?![А-ЯІЇЄҐA-Z]{2,}\b)"
        r"(?:[а-яіїєґ'’\d-]+|Telegram\S*|Facebook|X)(?:\s.*)?)$|"
        # PROBEUKRU38: where a reporter reports from ("кореспондент
        # Суспільного з Донеччини", "із Краматорська")
        r"\s+(?:з|із|зі)\s+[А-ЯІЇЄҐ][а-яіїєґ'’-]*(?:[щч]ини|ськ[ау]|цьк[ау])$"
    ),
    "ru": re.compile(
        r"\s+(?:того же дня|в тот же день|прямо|не|по состоянию(?:\s.*)?|"
        r"(?:\([^()]{1,20}\)\s+)?за\s+"
        r"\d{1,2}\s+[а-яё]+)$|"
        rf",?\s+(?:{ru.SPEAKER_HEDGES}),?$|"
        r"\s+(?:в свою очередь|со своей стороны|тем временем|также|тоже|еще|ещё|"
        # CLAIMLEFT36: what the verb is about: "МО пока об этом"
        r"(?:об|о|про) (?:этом|этого|нём|нем|ней|них)|официально|"
        # FIELDS22: a time of day after the speaker
        r"вечером|утром|ночью|днем|днём|вчера|сегодня|"
        r"пока|уже|(?:в|во|от|на|с)\s+(?![А-ЯЁA-Z]{2,}\b)"
        r"(?:[а-яё\d-]+|Telegram\S*|Facebook|X)(?:\s.*)?)$|"
        # PROBEUKRU38: where a reporter reports from ("корреспондент ТАСС из
        # Донецка", "с Донбасса" is no town's ending and stays)
        r"\s+(?:из|изо|с|со)\s+[А-ЯЁ][а-яё-]*(?:[щч]ины|ска|цка)$"
    ),
}
# a circumstance before the verb, no speaker: "На питання відповідав …";
# a relative pronoun: "Кто пишет, что …", "Хто каже …"
_CIRCUMSTANCE = re.compile(
    r"^(?:(?:На|По|За|Під|Под|Після|После|Перед|Через|Для|Из|Із|Від|От)\s+"
    r"[а-яіїєґё]|(?:Кто|Хто|Те, кто|Ті, хто|Those who)(?:\s|$)|"
    # B27CLAIM36: after the verb, what it answers or where, no speaker:
    # "відповів на запитання кореспондента", "ответил на вопросы ведущего",
    # "заявив під час брифінгу", "сказал после заседания"
    rf"(?:{every('ANSWERED_WHAT')})(?:\s|$))"
)
# "In its morning update it", "In his evening address he": the speaker's own
# document, then a pronoun for the speaker named before
_OWN_DOCUMENT = re.compile(
    r"^in (?:its|his|her|their) [\w\s-]{1,40}?\s(?:it|he|she|they)$", re.IGNORECASE
)
_MODAL = re.compile(r"\s(?:could|cannot|can|should|may|might|must)\s")
# a speech verb as an adjective after a verb: "made confirmed advances",
# "saw reported gains"
_PARTICIPLE_OBJECT = re.compile(
    r"\s(?:made|make|makes|making|achieved|secured|scored|marked|saw|sees|"
    r"recorded)$"
)
# footage or imagery is the evidence an analyst reads, not a speaker
_EVIDENCE = re.compile(
    r"^(?:(?:the|newly|recently|geolocated|published|satellite|drone|combat|"
    r"social media|new)\s+)*(?:footage|videos?|imagery|images|photos?|"
    r"photographs)\b|^(?:(?:геолокован\w+|геолоцированн\w+|опублікован\w+|опубликованн\w+|"
    r"супутников\w+|спутников\w+)\s+)+(?:відео|кадр\w*|знім\w+|видео|сним\w+)|"
    # KNOWN41: "Геолокація показує, що …", "Geolocation shows …"
    r"^(?:геолокаці[яї]|геолокаци[яи]|geolocation)(?![\w])",
    re.IGNORECASE,
)
# openers that are no speaker: "In a video", "В результате"
_NOT_A_SPEAKER = re.compile(
    r"^(?:in an? |in the |в результате|у результаті|as a result|"
    # a time or circumstance phrase, not a speaker: "Soon after the video said"
    r"(?:(?:that|this|the|these|those) (?:claims?|reports?|statements?)\b|"
    r"soon|before|after|later|earlier|then|when|while|during|following|"
    r"despite|meanwhile|until)\b)|"
    # the writer's own aside: "the morning report I reviewed said"
    r"\s(?:I|we)(?:\s|$)|"
    # a time adverb alone: "Раніше повідомлялося, що …" (an impersonal verb)
    r"^(?:раніше|ранее|згодом|пізніше|позже|тоді|тогда|earlier|later)$",
    re.IGNORECASE,
)


# openers before a speaker: "Раніше DeepState повідомив", "Ранее глава … заявил"
_LEAD_ADVERB = re.compile(
    r"^(?:(?:ще |вже |еще |уже )?раніше|(?:еще |уже )?ранее|згодом|пізніше|"
    r"позже|тоді|тогда|водночас|тим часом|"
    # FIELDS22: a day before the speaker: "Yesterday the ministry claimed"
    r"yesterday|today|overnight|вчора|учора|сьогодні|вчера|сегодня|"
    # KNOWN40: "Напередодні президент Зеленський заявив"
    r"напередодні|накануне|"
    r"между тем|зокрема|в частности|крім того|кроме того|"
    # CLAIMANT30
    r"при этом|при цьому|тем временем|"
    # CLAIMLEFT36: "Официально МО пока …": an adverb, never part of the name
    r"официально|офіційно|пока что|пока|поки що|поки|"
    # B29CLAIM38: "Отдельно он сообщил", "Окремо він додав", "Также он …"
    r"отдельно|окремо|также|також|дополнительно|додатково|затем|потім|"
    r"далее|далі|"
    # PROBEUKRU39: a contrast, stacked with the adverbs above ("Однако позже
    # в ведомстве уточнили", "Натомість у ЗСУ кажуть")
    rf"{uk.SPEAKER_LEAD_CONTRAST}|{ru.SPEAKER_LEAD_CONTRAST})"
    r",?\s+(?=\S)",
    re.IGNORECASE,
)


# S35B25: a span after an event told before, heading the speaker ("Hours
# later the ministry said", "Через кілька годин Міноборони РФ", "Спустя
# несколько часов Минобороны"), with the comma that may close it
_LEAD_SPAN = re.compile(
    rf"^(?:{every('SPEAKER_LEAD_SPANS')}),?\s+(?=\S)", re.IGNORECASE
)


# UK28/RU28: a day before the speaker: "28 серпня Маляр повідомила про …",
# "11 декабря 2023 года Минобороны заявило …" (as written: months in the
# genitive; the speaker after it is named as usual); UKRULEFT39: before a
# lower-case word too ("12 марта ряд провластных каналов сообщил")
_LEAD_DAY = re.compile(
    rf"^\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{uk.MONTHS_GEN}|{ru.MONTHS_GEN})"
    r"(?:\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?,?\s+"
    r"(?=[A-ZА-ЯІЇЄҐЁ«\"]|[а-яіїєґё])"
)


_OWNER_OF_DOCUMENT = re.compile(
    rf"(?:(?<=\w)['’]s|(?<=s)['’])(?:\s+{en.SOURCE_DOCUMENT})?$"
)
_GENERIC_ABBREVIATION = re.compile(rf"(?<=\w)\s+\((?:{en.GENERIC_ABBREVIATIONS})\)$")
# KNOWN36: "(the latest) data from X", "mapping figures by X": X speaks
_DATA_FROM = re.compile(
    r"^(?:(?:the|latest|new|mapping|map)\s+)*(?:data|figures)\s+(?:from|by|of)\s+"
    r"(?=(?-i:(?:the\s+)?[A-Z]))",
    re.IGNORECASE,
)
# KNOWN36: "(це підтверджують) слова Назара Волошина": the one whose words
_WORDS_OF = re.compile(rf"^(?:{uk.WORDS_OF}|{ru.WORDS_OF})\s+(?=[А-ЯІЇЄҐЁ])")
# "ТАСС со ссылкой на Минобороны": the source the outlet cites speaks
_CITING_SLAVIC = re.compile(r"\s+(?:со ссылкой на|з посиланням на|посилаючись на)\s+")


# SPOKEN39: the people told between the verb and the speaker ("сказав
# сьогодні журналістам міністр оборони", "сообщил корреспонденту командир
# роты"): no part of the speaker, who follows
_LEAD_PEOPLE_TOLD = re.compile(
    rf"^(?:(?:нашому|нашим|нашему)\s+)?(?:{uk.PEOPLE_TOLD}|{ru.PEOPLE_TOLD})"
    # a bare role after it stays no speaker ("повідомив журналістам речник":
    # SESSION33b's addressee)
    r"\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)


# SPOKEN39: where a speaker speaks, opening the sentence before him ("У
# своєму вечірньому зверненні Зеленський сказав", "На брифинге Конашенков
# сообщил", "Під час брифінгу речник заявив"): no part of the speaker; only
# with a capital, so that what a verb answers after it stays no speaker
_LEAD_VENUE = re.compile(
    r"^(?=[А-ЯІЇЄҐЁ])(?i:(?:у|в|во)\s+(?:(?:своєму|своему|своем|своём)\s+)?"
    r"(?:[а-яіїєґё'’-]+(?:ому|ему|ем|ём|ом|ній|ной)\s+)?"
    rf"(?:{uk.SPEECH_GENRES_LOC}|{ru.SPEECH_GENRES_LOC})|"
    rf"{uk.ANSWERED_WHAT}|{ru.ANSWERED_WHAT}),?\s+(?=\S)"
)


# CLAIMLEFT39: a comment's genre word opening a label before the name of
# the one who gives it ("Коментар ISW", "Комментарий DeepState"): the name
_LEAD_LABEL_GENRE = re.compile(
    rf"^(?i:{uk.LABEL_GENRES}|{ru.LABEL_GENRES})\s+(?=[A-ZА-ЯІЇЄҐЁ«])"
)


_LEAD_VENUE_EN = re.compile(
    r"^(?:In|At|During)\s+(?:(?:his|her|its|their|a|an|the)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{en.SPEECH_GENRES})"
    r"(?:\s+(?:on|this|last|late|early)\s+[A-Za-z]+)?,?\s+(?=[A-Z])"
)


_OUTLET_TOLD = {
    # (SESSION35b: or a «quoted» outlet in the dative: "Бородін «Суспільному»")
    lang: re.compile(rf"\s+(?:(?:{words})(?:\s.*)?|«[\w-]+(?:{dative})(?:\s[^«»]*)?»)$")
    for lang, words, dative in (
        ("uk", uk.OUTLET_DATIVES, uk.DATIVE_ENDINGS),
        ("ru", ru.OUTLET_DATIVES, ru.DATIVE_ENDINGS),
    )
}


def _outlet_told(who: str, lang: str) -> str:
    """``who`` without the outlet told after a name ("Ходаковский агентству
    ТАСС" → "Ходаковский"); kept when the word before the outlet is no name
    or is a body or role word ("Пресслужба каналу «X»", a genitive)."""
    rx = _OUTLET_TOLD.get(lang)
    m = rx.search(who) if rx is not None else None
    if m is None or not m.start():
        return who
    last = who[: m.start()].split()[-1]
    if not last[:1].isupper() or _ROLE_WORDS.search(last) or _BODY_END.match(last):
        return who
    return who[: m.start()]


# PROBEUKRU39: an adverb and "не" closing a uk/ru speaker phrase before its
# verb ("Українські джерела поки не", "Украинские источники пока"; lang
# SPEAKER_TRAIL_ADVERBS)
_TRAIL_ADVERB_SLAVIC = {
    lang: re.compile(
        rf"(?<=\S)(?:\s+(?i:{mod.SPEAKER_TRAIL_ADVERBS}))*(?:\s+(?i:не))?$"
    )
    for lang, mod in (("uk", uk), ("ru", ru))
}


def _tidy(who: str, lang: str) -> str:
    """``who`` without leading or trailing adverbs, dates, channels or 'data';
    the source an outlet cites rather than the outlet.

    >>> _tidy("Украинские источники пока", "ru")
    'Украинские источники'
    >>> _tidy("Українські джерела поки не", "uk")
    'Українські джерела'
    """
    # (PROBEUKRU39: twice, a contrast then a time: "Однако позже в …")
    who = _LEAD_ADVERB.sub("", _LEAD_ADVERB.sub("", who))
    if lang != "en":
        trail = _TRAIL_ADVERB_SLAVIC.get(lang)
        if trail is not None:
            who = trail.sub("", who)
        who = _LEAD_WHEN_WHERE.sub("", _LEAD_VENUE.sub("", who))
        who = _LEAD_PEOPLE_TOLD.sub("", _LEAD_DAY.sub("", who))
        who = _LEAD_PLATFORM.sub("", _LEAD_LABEL_GENRE.sub("", who))
    cited = _CITING_SLAVIC.split(who, maxsplit=1)
    if len(cited) == 2:
        has_name = re.search(r"(?:^|\s)[A-ZА-ЯІЇЄҐЁ]", cited[1])
        who = cited[1] if has_name else cited[0]
    if lang != "en":
        # KNOWN36: "слова Назара Волошина": the one whose words they are
        who = _WORDS_OF.sub("", who)
        # "у Генштабі ЗСУ", "в Минобороны России": the body, as written
        # LEFTUKRU238: opening the sentence too ("У Силах оборони …:")
        who = re.sub(r"^(?:[уУвВ]|[вВ]о)\s+(?=[A-ZА-ЯІЇЄҐЁ«])", "", who)
    if lang == "en":
        # KNOWN36: "Mapping data from ISW", "figures by DeepState": the source
        who = _DATA_FROM.sub("", who)
        # "ISW's assessed changes", "the group's": the owner
        if "'" in who or "’" in who:  # speed: no owner without its apostrophe
            who = _OWNER_OF_DOCUMENT.sub("", who)
        if "(" in who:
            who = _GENERIC_ABBREVIATION.sub("", who)  # "Ministry of Defense (MoD)"
    who = _outlet_told(who, lang)
    rx = _TRAIL.get(lang, _TRAIL["en"])
    for _ in range(3):
        cut = rx.sub("", who)
        if cut == who or not cut.strip() or _nameless_source(who, cut, lang):
            break
        who = cut
    return who.strip()


_SOURCE_NOUN_END = re.compile(r"\s(?:data|figures|estimates?|maps?|analysis)$")
_CAPITAL = re.compile(r"[A-ZА-ЯІЇЄҐЁ]")


def _nameless_source(who: str, cut: str, lang: str) -> bool:
    """PROBEEN36: whether cutting the source noun off ``who`` leaves no name
    ("open-source maps" would give "open-source"): the noun stays.

    >>> _nameless_source("open-source maps", "open-source", "en")
    True
    >>> _nameless_source("ISW maps", "ISW", "en")
    False
    >>> _nameless_source("джерел у розвідці", "джерел", "uk")
    True
    >>> _nameless_source("Два источника в силовых структурах", "Два источника", "ru")
    True
    """
    if lang != "en":
        return _SLAVIC_SOURCE_END.search(cut.rstrip()) is not None
    return bool(_SOURCE_NOUN_END.search(who)) and not _CAPITAL.search(cut)


# PROBEUKRU38, B29CLAIM38: a cut that ends on an unnamed source ("джерел",
# "источника", "собеседник"): the place it sits in ("у розвідці", "в силовых
# структурах") is all that names it, kept
_SLAVIC_SOURCE_END = re.compile(
    rf"(?:^|\s)(?:{uk.SOURCE_NOUNS_RELAY}|{ru.SOURCE_NOUNS_RELAY})\w*$",
    re.IGNORECASE,
)


# "an AFP analysis (of ISW data) showed", "according to AFP's analysis of data
# from ISW": the analyst is the claimant (CONVENTIONS), the analysis its role
ANALYST = re.compile(
    r"(?:according to |^|[,;(]\s*|\b(?:and|but|as)\s+)(?:[Aa]n?\s+|[Tt]he\s+)?"
    r"(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)(?:['’]s)?\s+"
    r"(?P<role>(?:analysis|calculations?|tally|count|review|estimates?)"
    r"(?:\s+(?:of|based on)\s+[^,;]*?)?)"
    r"(?=\s+(?:showed|shows|found|finds|suggests|suggested)\b|[,;)]|\.(?:\s|$)|$)"
)
ANALYSIS_ROLE = re.compile(
    r"(?:analysis|calculations?|tally|count|review|estimates?)\b", re.IGNORECASE
)
# "according to ISW data", "according to an analysis of data from ISW": the
# source of the data, which a named analyst (above) would keep for itself
# B28CLAIM37: the figures, numbers or statistics too, and a participle before
# the source ("according to figures compiled by the DeepState project and
# analysed by our newsroom", "according to numbers released by the General
# Staff", "according to statistics published by X"): the compiler speaks
_DATA_OF = re.compile(
    r"according to (?:(?:an?|the) analysis of )?(?:(?:the )?(?:(?:latest|new|"
    r"official|preliminary|daily|weekly|monthly)\s+)?(?:data|figures|numbers|"
    r"statistics)(?:\s+(?:compiled|published|released|collected|gathered|"
    r"provided|issued|posted|supplied))? (?:from|of|by) "
    r"(?P<a>[^,;“”\"]{2,80}?)|(?P<b>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)(?:['’]s)?"
    r" (?:data|figures|maps?))(?=[,;“”\"]|\.(?:\s|$)|$|\s+and\s+(?:analy[sz]ed|"
    r"verified|checked|mapped|reviewed|processed|compiled)\b)"
)
# "according to an analysis of maps by the Institute for the Study of War",
# "according to an assessment published by the DeepState project": the
# analyst speaks, the analysis is its role
ANALYSIS_BY = re.compile(
    r"according to (?:an?|the|its|their|our) (?P<role>(?:analysis|assessment|review|"
    r"study|count|tally|estimate)(?: of [^,;“”\"]{1,60}?)?) (?:(?:published|"
    r"carried out|conducted|made|compiled|released) )?by "
    r"(?P<who>[^,;“”\"]{2,80}?)(?=[,;“”\"]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)
_PROJECT_WORD = re.compile(r"\s+(?:project|group|team)$")
# a finite verb inside a speaker phrase makes it a clause: "its forces had …"
_CLAUSE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would)\b")
# "This is stated in a report by the ISW", "A statement issued by the Russian
# defense ministry stated": the issuer speaks
_REPORT_BY = re.compile(
    r"(?:\b(?:stated|said|reported|noted|written|published|announced) in |^)"
    r"(?:a|an|the|its|his|her|their) (?:[\w-]+\s+){0,2}?(?:report|statement|"
    r"post|update|assessment|review|message|release|communiqu[ée]) "
    r"(?:(?:issued|published|released|posted) )?(?:by|of|from) "
    r"(?P<who>[^,;“”\"]{2,90}?)"
    r"(?=[,;“”\"]|\.(?:\s|$)|$|\s+(?:stated|said|reported|noted|announced|"
    r"claimed|showed|says|states)\b)",
    re.IGNORECASE,
)
# "RIA reported that the Russian Defense Ministry said": the innermost speaker
_NESTED = re.compile(rf"^.*\b(?:{EN_SPEECH_VERBS})\s+that\s+(?P<inner>\S.*)$")
# "This was reported by the defence ministry", "The information was confirmed
# by DeepState analysts": the agent of a passive speech verb speaks
_PASSIVE_SPEECH = re.compile(
    r"\b(?:was|were|has been|have been|is|are)\s+(?:first\s+|also\s+|later\s+)?"
    r"(?:reported|announced|confirmed|stated|claimed|posted|published|said|"
    # PROBEEN39: a claim judged in the passive ("was rejected by Kyiv")
    r"denied|rejected|refuted|disputed|acknowledged)\b"
    r"[^,.;“”\"]{0,40}?\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;“”\"]{1,80}?)(?=[,;“”\"]|\.(?:\s|$)|$"
    # PROBECLAIM37: "It was reported by X that …": the clause ends the source
    r"|\s+that\s)"
)
# "…, TASS reported, citing the Defence Ministry": the source relayed speaks
_CITING = re.compile(
    rf",\s+(?:\w+\s+){{1,4}}?(?:{EN_SPEECH_VERBS}),?\s+citing\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;“”\"]{1,80}?)(?=[,;“”\"]|\.(?:\s|$)|$)"
)
# PROBECLAIM36: "per" as "according to", before a capitalised source
# ("Per the General Staff, …", "…, per DeepState."): not "per day", "per cent"
_PER_SOURCE = re.compile(
    r"(?:^|[,;(]\s*|\s[—–]\s)[Pp]er\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^,;“”\"()]{1,80}?)(?=[,;“”\")]|\.(?:\s|$)|$)"
)
# "TASS reported that the defence ministry said …": the inner speaker
_INNER_SPEECH = re.compile(
    rf"\b(?:{EN_SPEECH_VERBS})\s+that\s+(?P<who>(?:the\s+)?[^,.;:“”\"\s][^,.;:“”\"]{{1,80}}?)"
    rf"\s+(?:{EN_SPEECH_VERBS})\b"
)
# "врио Курской области Алексей Смирнов": a role in lower case, then the name
_ROLE_THEN_NAME = re.compile(r"[А-ЯІЇЄҐЁA-Z][\w'’-]+\s+[А-ЯІЇЄҐЁA-Z][\w'’-]+$")


# XCLAIMEN40: a fact-check's shared posts, named with where they were shared
# ("Posts shared thousands of times on X and Telegram since May claim …"):
# the claimant as written, up to the platforms
_SHARED_POSTS = re.compile(
    rf"(?<![\w])(?P<who>(?i:{en.SHARED_ITEMS})\s+shared\s+"
    r"(?:(?:[^,.;:]|(?<=\d)[,.](?=\d)){0,40}?\s+)?"
    rf"on\s+(?:{en.SHARED_ON})(?:(?:\s*,\s*|\s+and\s+)(?:{en.SHARED_ON}))*)"
    rf"(?:\s+since\s+[^,.;:]{{1,40}}?)?\s+(?:{en.SHARED_VERBS})\b"
)
_SHARED_POSTS = prefiltered(_SHARED_POSTS, ("shared",))


def shared_posts(name: str) -> bool:
    """Whether a speaker's name is a fact-check's shared posts, with the
    platforms they were shared on.

    >>> shared_posts("Posts shared widely on Telegram and X"), shared_posts("X")
    (True, False)
    """
    return _SHARED_POSTS.match(name + " say") is not None


def _special(sentence: str) -> Claimant | None:
    """Analysts, data sources and report issuers (English), or None."""
    m = _SHARED_POSTS.search(sentence)
    if m:
        return Claimant(m["who"], None, False, m.start(), m.end())
    m = ANALYST.search(sentence)
    if m and not (_STOP_NAME.match(m["who"]) or _TITLE_LEAD.fullmatch(m["who"])):
        return Claimant(m.group("who"), m.group("role"), False, m.start(), m.end())
    m = ANALYSIS_BY.search(sentence)
    if m:
        who = _PROJECT_WORD.sub("", _ARTICLE.sub("", m["who"].strip()))
        return Claimant(who, m["role"], False, m.start(), m.end())
    m = _DATA_OF.search(sentence)
    if m:
        who = (m.group("a") or m.group("b")).strip()
        who = _PROJECT_WORD.sub("", _ARTICLE.sub("", who))
        return Claimant(who, None, False, m.start(), m.end(), relayed=True)
    # the speaker forms whose "who" is split into name and role, in order
    for rx in (
        _CITING,
        _INNER_SPEECH,
        _SAID_AT,
        _PASSIVE_SPEECH,
        _REPORT_BY,
        _PER_SOURCE,
    ):
        m = rx.search(sentence)
        if m is None or _PRONOUNS.match(m.group("who")):
            continue
        if rx is _SAID_AT and _CLAUSE_VERB.search(m.group("who")):
            continue  # "said on Tuesday its forces had captured …": a clause
        c = _split(m.group("who"))
        if (
            c.name
            and (
                rx is not _INNER_SPEECH  # "reported that the troops said": a name
                or c.name[:1].isupper()
                or c.name.startswith("the ")
            )
        ):
            return Claimant(c.name, c.role, False, m.start(), m.end())
    return None


def keep_analyst(found: Claimant | None, previous: Claimant | None) -> Claimant | None:
    """``previous`` when ``found`` only names the data an analyst before used,
    or only the outlet relaying the speaker named before.

    >>> afp = Claimant("AFP", "analysis of ISW data")
    >>> keep_analyst(Claimant("ISW", None, relayed=True), afp).name
    'AFP'
    >>> mod = Claimant("the Russian defence ministry", None)
    >>> keep_analyst(Claimant("Hindustan Times", None), mod).name
    'the Russian defence ministry'
    """
    if found is None or previous is None or not previous.name:
        return found
    if found.relayed and ANALYSIS_ROLE.match(previous.role or ""):
        return previous
    if is_outlet(found) and not is_outlet(previous):
        return previous
    return found


def is_outlet(c: Claimant) -> bool:
    """A news outlet relaying others ("Hindustan Times", "видання"), not an
    analyst of its own.

    >>> is_outlet(Claimant("Hindustan Times", None))
    True
    >>> is_outlet(Claimant("AFP", "analysis"))
    False
    """
    return bool(
        c.name and _OUTLET.search(c.name) and not ANALYSIS_ROLE.match(c.role or "")
    )


# news outlets relay a speaker; they are the claimant only when nobody else is
_OUTLET = re.compile(
    r"\b(?:Times|News|Post|Journal|Telegraph|Guardian|Herald|Tribune|Gazette|"
    # XCLAIM5_43: "Independent analysts" are no newspaper
    r"Independent(?!\s+[a-z])|Pravda|Agency|Reuters|Associated Press|AP|"
    r"Bloomberg|BBC|CNN|"
    r"Ukrinform|Interfax|TASS|RIA|Censor\.NET|Strana\.ua|newspaper|outlet|"
    r"broadcaster|channel)\b|(?<![\w])(?:Правда|агентств\w*|Укрінформ|"
    r"Укринформ|Інтерфакс|Интерфакс|ТАСС|РИА|Цензор|ТСН|Суспільне|РБК|"
    r"видання|издание|газет\w*|телеканал\w*)(?![\w])"
)
_OUTLET = gated(_OUTLET)  # speed: same matches (fastre.gated)


def by_role(found: Claimant | None, known: list[Claimant]) -> Claimant | None:
    """The person named before with the role ``found`` gives instead of a name
    ("— написал президент Украины" after "президент Украины Владимир
    Зеленский"), else ``found``.

    >>> z = Claimant("Владимир Зеленский", "президент Украины")
    >>> by_role(Claimant("президент Украины", None), [z]).name
    'Владимир Зеленский'
    """
    if found is None or not found.name or found.role:
        return found
    if found.name[:1].isupper():
        return _by_title(found, known)
    want = _stems(found.name)
    for k in reversed(known):
        if k.role and k.name and _stems(k.role) == want:
            return k
    # a bare title ("— отметил генерал", "по данным министра", "the general
    # added") is the last person named whose role holds that title word
    if len(want) == 1 and _ROLE_WORDS.search(found.name):
        for k in reversed(known):
            if k.role and k.name and want[0] in _stems(k.role):
                return k
    return found


# a capitalised title with no name in it ("Kremlin leader", "Ukraine's top
# commander", "Министр обороны"): only its first word is capitalised, its last
# is a title word; the title words that stand for one another
_TITLES_HEAD = (
    r"leader|chief|commander|president|minister|"
    r"лідер|очільник|командувач|головнокомандувач|президент|міністр|"
    r"лидер|главнокомандующий|командующий|министр"
)
_TITLE_ONLY = re.compile(
    rf"^\S+(?:\s+[a-zа-яіїєґё][\w'’-]*){{0,3}}\s+(?P<head>{_TITLES_HEAD})$"
    rf"|^(?P<first>(?i:{_TITLES_HEAD}))(?:\s+[a-zа-яіїєґё][\w'’-]*){{1,2}}$"
)
_SAME_TITLE = {
    "leade": ("leade", "presi"),
    "лідер": ("лідер", "прези"),
    "лидер": ("лидер", "прези"),
    "chief": ("chief", "comma"),
    "comma": ("comma", "chief"),
    "коман": ("коман", "голов"),
    "голов": ("голов", "коман"),
    "главн": ("главн", "коман"),
}


def title_stems(phrase: str) -> tuple[str, ...] | None:
    """The stems a role must hold to fit a title phrase with no name in it
    ("Kremlin leader": leader or president), or None for any other phrase.

    >>> title_stems("Kremlin leader")
    ('leade', 'presi')
    >>> title_stems("Vladimir Putin") is None
    True
    """
    m = _TITLE_ONLY.match(phrase)
    if m is None:
        return None
    head = (m["head"] or m["first"])[:5].lower()
    return _SAME_TITLE.get(head, (head,))


def _by_title(found: Claimant, known: list[Claimant]) -> Claimant:
    """The person named before whose role holds the title of a capitalised
    title phrase ("Kremlin leader" after "Russian President Vladimir Putin"),
    of the phrase's side when it tells one; else ``found``.

    >>> p = Claimant("Vladimir Putin", "Russian President")
    >>> by_role(Claimant("Kremlin leader", None), [p]).name
    'Vladimir Putin'
    """
    want = title_stems(found.name or "")
    if want is None:
        return found
    side = side_of_text(found.name)
    for k in reversed(known):
        if not (k.role and k.name and k.name[:1].isupper()):
            continue
        if not any(w.startswith(want) for w in _stems(k.role)):
            continue
        there = side_of_text(f"{k.name} {k.role}")
        if side is None or there is None or there == side:
            return k
    return found


def named_later(title: str, later: list[Claimant]) -> Claimant | None:
    """The person a title phrase opening a report stands for, named in one of
    the next sentences (``later``: their speakers, in order; the caller
    bounds how far on): "Ukraine's top commander said
    … . … Oleksandr Syrskyi, commander-in-chief, said". Only the first
    personal name counts, and only when its role holds the title and its
    side is not the other one.

    >>> s = Claimant("Oleksandr Syrskyi", "commander-in-chief")
    >>> named_later("Ukraine's top commander", [s]).name
    'Oleksandr Syrskyi'
    >>> named_later("Ukraine's army chief", [Claimant("DeepState", None)]) is None
    True
    """
    want = title_stems(title)
    if want is None:
        return None
    side = side_of_text(title)
    for k in later:
        words = (k.name or "").split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        there = side_of_text(f"{k.name} {k.role or ''}")
        if side is not None and there is not None and there != side:
            return None
        if k.role and any(w.startswith(want) for w in _stems(k.role)):
            return k
        return None  # the first person named is another's
    return None


def _stems(phrase: str) -> tuple[str, ...]:
    """Words cut to five letters: "президента України" ~ "президент України"."""
    words = re.findall(r"[\w'’-]+", phrase)
    return tuple(w[:5].lower() for w in words if w.lower() not in ("the", "a", "an"))


_QUOTE_OPEN = '“«"'
_QUOTE_CLOSE = '”»"'


def quote_attribution(sentence: str, next_text: str, lang: str) -> Claimant | None:
    """The speaker named after a quotation that opens in ``sentence`` and
    closes in ``next_text`` ("“X was liberated. Our forces advance,” Y said").

    >>> quote_attribution("“Zorivka is ours.", "We hold it,” Ivan Bondar said.",
    ...                   "en").name
    'Ivan Bondar'
    """
    t = sentence.lstrip()
    if not t or t[0] not in _QUOTE_OPEN or not next_text:
        return None
    if any(q in t[1:] for q in _QUOTE_CLOSE):
        return None  # closed within the sentence
    close = max(next_text.rfind(q) for q in _QUOTE_CLOSE)
    if close < 0 or next_text[:close].count("“") or next_text[:close].count("«"):
        return None
    tail = next_text[close + 1 :].strip(" ,–—-")
    if not tail:
        return None
    c = find_claimant(tail, lang)
    return c if c is not None and c.name else None


# "за його словами", "по ее словам", "according to him": the one named before
_PRONOUN_SOURCE = re.compile(
    r"(?<![\w])(?:за (?:його|її|їхніми|їх) словами|по (?:его|её|ее|их) словам|"
    r"за (?:його|її|їхніми|їх) (?:підрахунками|даними|оцінками)|"
    r"по (?:его|её|ее|их) (?:подсч[её]там|данным|оценкам)|"
    r"according to (?:him|her|them))(?![\w])",
    re.IGNORECASE,
)
# S35B25: a statement with no owner ("— йдеться в заяві", "говорится в
# сообщении бригады", "the statement said"): the one named before
_OWNERLESS_STATEMENT = re.compile(rf"(?:{every('OWNERLESS_STATEMENT')})", re.IGNORECASE)
# speed: a case-folded twin, passed over sentences lacking every one of its
# nouns and verbs (it has 24 keys; it had cost ~4 % of a pass unkeyed)
_OWNERLESS_STATEMENT = keyed(folded(_OWNERLESS_STATEMENT), most=32)
# data standing for the analysis named before: "the data indicated"
_THE_DATA = re.compile(
    r"(?:^|,\s*)(?:the|these|its) (?:data|figures|calculations|tally|analysis)"
    r"\s+(?:indicated|indicates|showed|shows|show|suggested|suggests|suggest)\b"
)


def analyst(known: list[Claimant]) -> Claimant | None:
    """The last analyst among the speakers named before ("an AFP analysis").

    >>> analyst([Claimant("AFP", "analysis of ISW data"), Claimant("X", "head")]).name
    'AFP'
    """
    return next((k for k in reversed(known) if ANALYSIS_ROLE.match(k.role or "")), None)


_APPOSED_NAME = re.compile(
    rf"[^,.;]{{0,60}},\s*(?P<name>(?:{_NAME}\s+){{1,2}}{_NAME})\s*,"
)
# "…, said at a briefing the Deputy Head of the Directorate Oleksii Gromov."
_SAID_AT = re.compile(
    r"\b(?:said|told|stated|reported|announced)\s+(?:at|in|on|during)\s+"
    r"(?:(?:a|an|the)\s+)?\w+\s+(?!that\b|by\b)"
    r"(?P<who>(?:the\s+)?[A-Za-z][^,;“”\"]{2,150}?"
    rf"{_NAME}\s+{_NAME})\s*(?:\.|,|$)"
)
# a person opening a sentence as its subject: "Командувач Сухопутних військ
# Олександр Сирський відвідав …", "Defence Minister Olena Bondar visited …"
_SUBJECT_PERSON = re.compile(
    r"^(?P<role>(?:[\w'’.«»-]+\s+){1,6}?)"
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][\w'’-]+\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+)\s+[a-zа-яіїєґё]"
)


# B29CLAIM38: after a body's name in a role, a rank in lower case and the
# person's own name ("… ВС России генерал армии Иван Петров провёл …")
_RANK_THEN_NAME = re.compile(
    r"\s+(?:[a-zа-яіїєґё'’.-]+\s+){1,3}"
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][\w'’-]+\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+)\s+[a-zа-яіїєґё]"
)


def person_named(sentence: str) -> Claimant | None:
    """The person a sentence opens with (role, then name), or None: whom a
    later "he said" / "за його словами" / "по его словам" points back to.

    >>> person_named("Defence Minister Olena Bondar visited the front.").name
    'Olena Bondar'
    """
    m = _SUBJECT_PERSON.match(sentence.strip())
    if m is not None and _ROLE_WORDS.search(m.group("role")):
        later = _RANK_THEN_NAME.match(sentence.strip(), m.end("name"))
        if later is not None:
            # B29CLAIM38: "Начальник Генштаба ВС России генерал армии X Y
            # провёл …": the body ends the role, the person comes after
            return Claimant(
                later.group("name"), sentence.strip()[: later.start("name")].strip()
            )
        return Claimant(m.group("name"), m.group("role").strip())
    # a well-known person as the subject: "Shoigu was confident of victory"
    m = _WORD_THEN_LOWER.match(sentence.strip())
    if m is not None and KNOWN_PEOPLE.match(m.group(1)):
        return Claimant(m.group(1), None)
    m = _SUBJECT_BODY.match(sentence.strip())
    if m is not None:
        return Claimant(m.group("name"), None)  # "it said" in the next one
    return introduced_person(sentence)


# XCLAIMEN40: a rank and the person's name, a surname or its initial after
# the given name ("Maj. Ivan Moroz", "Major Ivan M.", "Captain Ivan (call
# sign …)")
_RANKED_NAME = (
    rf"(?P<role>{en.INTRO_RANKS})"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.))?)"
    r"(?=\s*[,(]|\s+[a-z])"
)
_RANKED_SUBJECT = re.compile(rf"^{_RANKED_NAME}")
_MET_PERSON = re.compile(
    rf"\b(?:{en.INTERVIEW_VERBS})\s+(?:{_RANKED_NAME}|"
    r"(?:the|a|an)\s+(?P<desc>[^,;:()]{3,80}?),\s+"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=\s*[,.;]|\s+[a-z]))"
)


def introduced_person(sentence: str) -> Claimant | None:
    """The person an interview's or a profile's introduction names: a rank
    and a name opening the sentence, the one an outlet speaks to or meets (a
    rank and a name, or a role and a name after a comma), or a call sign.

    >>> introduced_person("Lt. Col. Ivan Moroz commands a battalion.").name
    'Ivan Moroz'
    >>> c = introduced_person("We spoke to the head of the district, Ivan Moroz.")
    >>> (c.name, c.role)
    ('Ivan Moroz', 'head of the district')
    >>> introduced_person("The army said it spoke to the press.") is None
    True
    """
    text = sentence.strip()
    m = _RANKED_SUBJECT.match(text) or _MET_PERSON.search(text)
    if m is None:
        # "The company commander, call sign Lis, meets us …"
        sign = call_sign(text)
        return None if sign is None else Claimant(sign.name, sign.role)
    if m["name"]:
        return Claimant(m["name"], m["role"].strip())
    if not _ROLE_WORDS.search(m["desc"]):
        return None
    return Claimant(m["person"], m["desc"].strip())


# a body opening a sentence as its subject, before a lower-case verb: "The
# Russian Defence Ministry gave its update." (then "…, it said.")
_SUBJECT_BODY = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?i:" + en.SPEAKING_BODY_WORDS + r"))"
    r"\s+(?!(?:of|for|in|on|and|or|to|at|by|is|was|has|have|had)\b)[a-z]"
)


# a title and a personal name: "міністр оборони Олег Лис"
_TITLED_NAME = re.compile(
    r"\s(?:[а-яіїєґё'’-]+\s+){1,5}[А-ЯІЇЄҐЁ][\w'’-]+\s+[А-ЯІЇЄҐЁ][\w'’-]+"
)


def _fronted_object(sentence: str, m: re.Match[str], who: str) -> bool:
    """One opening word before the verb and a titled person after it: the
    word is the object ("Ситуацію пояснив міністр оборони Олег Лис")."""
    if m.start("who") != 0 or " " in who or who.isupper() or KNOWN_PEOPLE.match(who):
        return False
    after = sentence[m.end() - 1 :]
    t = _TITLED_NAME.match(after) or _TITLED_NAME.match(" " + after.lstrip())
    return bool(t and _ROLE_WORDS.search(t.group(0)))


# the cleaning of a speaker phrase (find_claimant), in order
_LEAD_CONJUNCTION = re.compile(
    r"^(?:and|but|also|as|while|though|although|whereas|і|та|а|и|также|також)\s+",
    re.IGNORECASE,
)
_TRAILING_ADVERBIAL = re.compile(r"\s+(?:on|earlier|late|also|later|in a)\b.*$")
_WIRE_PREFIX = re.compile(r"^.*?\)\s*[-–—]\s*")
# CLAIMANT30b: a timeline entry's day before a dash ("Feb. 18 — X says",
# "18 — X says" once the sentence is cut after "Feb.")
_ENTRY_DAY = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:,?\s+\d{4})?\s*[-–—]\s+(?=\S)"
)
# (CLAIMANT30: a thread's post number is a bullet too: "4/ ", "5/7 ")
_BULLET = re.compile(r"^(?:[-–—•*▪️🔹🔸►▸→]+|\d{1,2}/\d{0,2})\s+")
_TRAILING_ADVERB = re.compile(r"\s+(?:first|also|again|then|later|now|too)$")
# PROBEEN36: a speaker phrase ending in a form of "be": the verb after it is
# passive ("Clashes were reported near X, the General Staff said"); after a
# pronoun it points back to the speaker before ("This was announced by …")
_PASSIVE_BE = re.compile(
    rf"(?:^|\s)(?!(?:{en.POINTING_PRONOUNS})\s)\S+"
    rf"(?<!\shas)(?<!\shave)(?<!\shad)(?<!^has)(?<!^have)(?<!^had)"
    rf"\s(?:(?:has|have|had)\s+)?(?:{en.BE_FORMS})\s*$",
    re.IGNORECASE,
)
_TRAILING_AUXILIARY = re.compile(r"\s+(?:have|has|had|was|were|is|are|will|would)$")


# a live blog's entry time opens the sentence: "14:50 В Минобороны заявили"
# a live blog's entry time: "09:40 ", "09:40 — ", "14:05 GMT: ", "2.05pm BST:
# ", "11:20 (Kyiv time) " (its zone and the dash or colon after it too)
_ENTRY_TIME = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?"
    rf"(?:\s*\(?(?:{every('CLOCK_ZONES')})(?![\w])(?:\s?[+-]\d{{1,2}})?\)?)?"
    r"(?:\s*[—–|:-])?\s+(?=\S)"
)
_ENTRY_TIME = gated(_ENTRY_TIME)  # speed: same matches (fastre.gated)


# SESSION35: a post's closing signature, a dash then a role and a name
# ("— командир батальйону Петро Коваленко", "— Petro Kovalenko, battalion
# commander"): no verb, no stop at its end
_SIGNED = re.compile(r"^\W*?[—–]\s*(?P<who>[^!?:;—–]{3,90}?)\s*$")
_SIGNED_WORDS = 9  # a longer line is a sentence


def signed_person(line: str) -> Claimant | None:
    """The person a post's dash-led closing line signs it with: a role and a
    capitalised name, no sentence (None otherwise).

    >>> signed_person("— командир батальйону Петро Коваленко").name
    'Петро Коваленко'
    >>> signed_person("— Слава Україні") is None
    True
    """
    m = _SIGNED.match(line)
    if m is None:
        return None
    who = m["who"]
    if (
        len(who.split()) > _SIGNED_WORDS
        or re.search(r"\w[.!?]$", who)
        or not _ROLE_WORDS.search(who)
    ):
        return None
    # a name, then its role after a comma; else a name closing the line
    first = who.split(",")[0].strip()
    if not (_NAME_2_3.fullmatch(first) if "," in who else _TAIL_NAME.search(who)):
        return None
    c = _split(who)
    return c if c.name and c.role else None


def titled_speaker(phrase: str) -> Claimant | None:
    """B30CLAIM39: the speaker a title names after its genre word ("Брифінг
    заступниці міністра оборони Ганни Маляр"), as name and role; None when
    the phrase holds neither a capital nor a role word ("Інтерв'ю тижня").

    >>> c = titled_speaker("заступниці міністра оборони Ганни Маляр")
    >>> c.name, c.role
    ('Ганни Маляр', 'заступниці міністра оборони')
    >>> titled_speaker("тижня") is None
    True
    """
    if not (_CAPITAL.search(phrase) or _ROLE_WORDS.search(phrase)):
        return None
    c = _split(phrase)
    return c if c.name else None


@functools.lru_cache(maxsize=2048)
def find_claimant(sentence: str, lang: str = "en") -> Claimant | None:
    """The claimant named in one sentence, or None; a live blog's entry time
    before it is no part of the sentence.

    >>> find_claimant("10:15 Речник Іван Коваль: ворог відступив.", "uk").name
    'Іван Коваль'
    """
    if lang != "en" and "," in sentence:
        sentence = _without_gerund_aside(_without_link_aside(sentence))
    if "—" in sentence or "–" in sentence:
        sentence = _without_dash_aside(sentence)
    if lang == "en" and ("." in sentence or "'" in sentence or "’" in sentence):
        return _initials_restored(
            _find_claimant_timed(_initials_masked(sentence), lang)
        )
    if "." in sentence and _PERSONAL_INITIAL.search(sentence):
        masked = _PERSONAL_INITIAL.sub(_STOP_MASK, sentence)
        return _initials_restored(_find_claimant_timed(masked, lang))
    return _find_claimant_timed(sentence, lang)


# a live-blog entry's label before its colon, holding a body's word in any
# case: "Tavria group: …", "угруповання «Таврія»: …"
_ENTRY_LABEL = re.compile(
    r"(?P<who>[\w'’«»\" -]{2,60}?):\s+\S",
)
_ANY_BODY = re.compile(rf"(?i:{every('BODY_WORDS')})")


# CLAIMLEFT36: where a speaker posted, after its name: "… у Telegram", "… в
# своем Telegram-канале", "… on Facebook", "… via X" (no part of the name)
_PLATFORM_TAIL = re.compile(
    r"\s+(?:on|in|via|у|в|во|на)\s+(?:(?:its|his|her|their|свое\w*|своє\w*|"
    r"свої\w*|сво[её]м)\s+)?(?:Telegram|Телеграм|телеграм|Facebook|Фейсбук|"
    r"фейсбук|Twitter|X|Instagram|YouTube|VK|ВКонтакте|Viber)[\w-]*"
    r"(?:[\s-]+(?:channel|account|page|канал\w*|акаунт\w*|аккаунт\w*|"
    r"сторінц\w*|странице))?$"
)
# CLAIMLEFT36: where an entry's speaker spoke, after its name: "… в ефірі
# телемарафону", "… в эфире «Звезды»", "… у коментарі агенції", "… in an
# interview" (no part of the name)
_LABEL_CIRCUMSTANCE = re.compile(
    r"\s+(?:в|у|во|on|in)\s+(?:ефірі|эфире|коментарі|комментарии|інтерв['’]ю|"
    r"интервью|зверненні|обращении|air|an interview|a comment)(?![\w]).*$"
)
# a unit's number before its name: "93-тя", "155-я", "47th", "3rd"
_UNIT_NUMBER = re.compile(rf"^{_ORDINAL}\s")


def _without_platform(c: Claimant | None) -> Claimant | None:
    """CLAIMLEFT36: ``c`` without the platform it posted on after its name.

    >>> _without_platform(Claimant("93-тя бригада у Telegram", None)).name
    '93-тя бригада'
    >>> _without_platform(Claimant("The 47th Brigade on Telegram", None)).name
    'The 47th Brigade'
    """
    if c is None or not c.name or shared_posts(c.name):
        return c  # XCLAIMEN40: "Posts shared on X" keep where they were shared
    name = _PLATFORM_TAIL.sub("", c.name)
    if name == c.name or not name.strip():
        return c
    return Claimant(name, c.role, c.pronoun, c.start, c.end, c.relayed, once=c.once)


def _entry_label(text: str) -> Claimant | None:
    """LEFTKNOWN35: the body a live-blog entry's label names before its colon,
    after the entry's time ("09:40 — Tavria group: …"), even in lower case.

    >>> _entry_label("угруповання «Таврія»: росіяни відступили.").name
    'угруповання «Таврія»'
    >>> _entry_label("on the front: quiet") is None
    True
    """
    m = _ENTRY_LABEL.match(text)
    if m is None:
        return None
    who = _LABEL_CIRCUMSTANCE.sub("", _PLATFORM_TAIL.sub("", m["who"].strip()))
    # a body's word, or a numbered unit's abbreviation ("93-тя ОМБр «X»")
    unit = _UNIT_NUMBER.match(who) and any(
        _UNIT_ABBR.fullmatch(w) for w in who.split()[1:3]
    )
    if not (_ANY_BODY.search(who) or unit):
        return None
    return Claimant(who, None, False, m.start("who"), m.start("who") + len(who))


def _find_claimant_timed(sentence: str, lang: str) -> Claimant | None:
    """``find_claimant`` past a live blog's entry time before the sentence."""
    lead = _ENTRY_TIME.match(sentence)
    if lead is None:
        return _without_platform(_bare(_find_claimant(sentence, lang)))
    c = _without_platform(
        _bare(_find_claimant(sentence[lead.end() :], lang))
        or _entry_label(sentence[lead.end() :])
    )
    if c is None or c.start < 0:
        return c
    k = lead.end()
    return Claimant(
        c.name, c.role, c.pronoun, c.start + k, c.end + k, c.relayed, once=c.once
    )


# a stop inside an initialism written with stops ("U.S.", "U.K.", "U.N."),
# not at a sentence's end: no source ends there. (speed: each of these three
# patterns opens with the character it needs, the lookbehind after it, so
# that re skips to its candidates instead of trying a lookbehind at every
# character; the same matches)
_INITIAL_STOP = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)+(?!$)")
# SESSION35: the stop of a person's initial before the surname ("О. Сирський",
# "И. Конашенков", "O. Syrskyi"): no source ends there
_PERSONAL_INITIAL = re.compile(
    r"\.(?<=(?<!\w)[A-ZА-ЯІЇЄҐЁ]\.)(?=\s?(?:[A-ZА-ЯІЇЄҐЁ]\.\s?)?"
    r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’ʼ-]+)"
)
# PROBECLAIM37: the stop of a rank after a capitalised word that is no rank,
# before a name ("U.S. Army Gen. Christopher Cavoli", "Ukrainian Army Col.
# Oleh Shyriaiev"): the rank is the role's end, no source ends there
# (SPEED38: each rank opens with its first letter, the lookbehind after it, so
# that re skips to the ranks' first letters instead of trying the lookbehind at
# every character; "(?:R\.\s)*R\." written "R\.(?:\sR\.)*": the same matches)
_MID_TITLE_STOP = re.compile(
    "(?:"
    + "|".join(
        rf"{w[0]}(?<=[A-Za-z\u2024] {w[0]}){w[1:]}"
        for w in en.TITLE_ABBREVIATIONS.split("|")
    )
    + rf")\.(?:\s(?:{en.TITLE_ABBREVIATIONS})\.)*(?=\s(?!Staff\b)[A-Z][a-z])"
)
_RANK_WORD = re.compile(rf"(?:{en.TITLE_ABBREVIATIONS})\.?")
_MID_TITLE_STOP_MASKED = re.compile(
    rf"(?<!\w)(?:(?:{en.TITLE_ABBREVIATIONS})\u2024\s)*"
    rf"(?:{en.TITLE_ABBREVIATIONS})\u2024(?=\s[A-Z][a-z])"
)
# a single quote mark closing a quotation after its comma or stop
_SINGLE_CLOSE = re.compile(r"['’](?<=[,.!?]['’])(?=\s)")
_STOP_MASK = "\u2024"  # ONE DOT LEADER: a stop that ends nothing


def _initials_masked(sentence: str) -> str:
    """``sentence`` with the stops of its initialisms masked, offsets kept, so
    that "according to the U.K. Ministry of Defence" is one source; a single
    quote closing a quotation reads as a double one ("'…,' X said").

    >>> _initials_masked("the U.S.-based ISW said.")
    'the U\u2024S\u2024-based ISW said.'
    """
    masked = _INITIAL_STOP.sub(lambda m: m[0].replace(".", _STOP_MASK), sentence)
    masked = _PERSONAL_INITIAL.sub(_STOP_MASK, masked)
    masked = _MID_TITLE_STOP.sub(_mid_title_masked, masked)
    # a single quote closing a quotation ("'We hold it,' X said"): a double one
    return _SINGLE_CLOSE.sub('"', masked)


def _mid_title_masked(m: re.Match[str]) -> str:
    """PROBECLAIM37: the rank of ``m`` with its stop masked when the word
    before it is a capitalised word but no rank ("Army Gen. X"), else as
    written ("Lt. Gen. X" keeps its stops: the titles are read past).

    >>> _mid_title_masked(_MID_TITLE_STOP.search("U.S. Army Gen. Ivan Petrov"))
    'Gen\u2024'
    """
    head = m.string[: m.start()].rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    if not word[:1].isupper() or _RANK_WORD.fullmatch(word):
        return m.group(0)
    return m.group(0).replace(".", _STOP_MASK)


def _rank_split(c: Claimant) -> Claimant:
    """PROBECLAIM37: a name that holds a rank whose stop was masked, split
    there: the words to the rank are the role, the rest the name ("U.S. Army
    Gen. Christopher Cavoli" gives the role "U.S. Army Gen." and the name
    "Christopher Cavoli")."""
    m = _MID_TITLE_STOP_MASKED.search(c.name or "")
    if m is None:
        return c
    role = f"{c.role} {c.name[: m.end()]}" if c.role else c.name[: m.end()]
    return dataclasses.replace(c, name=c.name[m.end() :].strip(), role=role)


def _initials_restored(c: Claimant | None) -> Claimant | None:
    """``c`` with the stops ``_initials_masked`` hid written back."""
    if c is None or not any(_STOP_MASK in (t or "") for t in (c.name, c.role)):
        return c
    c = _rank_split(c)
    name = c.name.replace(_STOP_MASK, ".") if c.name else c.name
    role = c.role.replace(_STOP_MASK, ".") if c.role else c.role
    return dataclasses.replace(c, name=name, role=role)


# CLAIMANT32: a uk/ru linking aside between commas ("Українська сторона,
# своєю чергою, повідомляє …"): blanked, offsets kept
_LINK_ASIDE = re.compile(
    rf"(?<=\w),\s*(?:{uk.LINK_ASIDE_WORDS}|{ru.LINK_ASIDE_WORDS}),\s*(?=\w)",
    re.IGNORECASE,
)


def _without_link_aside(sentence: str) -> str:
    """CLAIMANT32: ``sentence`` with its linking asides blanked, so that a
    speaker and its verb meet ("Сторона, в свою очередь, сообщает" reads as
    "Сторона сообщает"); every offset is kept.

    >>> _without_link_aside("Штаб, однако, заявил.")
    'Штаб          заявил.'
    """
    return _LINK_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)


# CLAIMLEFT36: a gerund's aside between commas right before a speech verb
# ("Белоусов, выступая на коллегии Минобороны, заявил")
_GERUND_ASIDE = re.compile(
    rf"(?<=\w),\s+(?:{uk.GERUND_ASIDE_WORDS}|{ru.GERUND_ASIDE_WORDS})(?![\w])"
    r"(?:[^,.;:!?«»\"“”\n]|«[^»\n]{1,40}»){1,120}?,\s+"
    rf"(?=(?:{_UK_VERBS}|{_RU_VERBS})(?![\w’'ʼ-]))",
    re.IGNORECASE,
)


def _without_gerund_aside(sentence: str) -> str:
    """CLAIMLEFT36: ``sentence`` with a gerund's aside between a speaker and
    its verb blanked ("X, выступая на коллегии, заявил" reads as "X
    заявил"); every offset is kept.

    >>> _without_gerund_aside("Штаб, отвечая на вопрос, сообщил.")
    'Штаб                     сообщил.'
    """
    return _GERUND_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)


# a dash aside between a speaker and its verb ("The ministry — citing drone
# footage — said", "Генштаб — у вечірньому зведенні — повідомив"): blanked,
# offsets kept; not a quotation's ", — повідомив" (no comma before the second
# dash), nor one whose second dash opens no speech verb
_DASH_ASIDE = re.compile(
    r"(?<=\w)\s+[—–]\s+(?:[^—–\n,;:.!?«»\"“”]|«[^»\n]{1,30}»){2,80}?"
    r"(?<![,\s])\s+[—–]\s+"
    rf"(?=(?:{EN_SPEECH_VERBS}|{_UK_VERBS}|{_RU_VERBS})(?![\w’'ʼ-]))"
)


def _without_dash_aside(sentence: str) -> str:
    """``sentence`` with a dash aside between a speaker and its verb blanked,
    so that the two meet ("X — citing footage — said" reads as "X said");
    every offset is kept.

    >>> _without_dash_aside("Штаб — по данным — сообщил.")
    'Штаб               сообщил.'
    """
    return _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)


_TIME_WORD = rf"(?:{every('SPEAKER_TIME_WORDS')})(?![\w’'ʼ-])"
# "Напередодні ввечері в Міноборони РФ", "Yesterday the General Staff"
_LEAD_TIME = re.compile(
    rf"^(?:{_TIME_WORD}(?:\s+|$))+(?:(?:в|у|in|at)\s+(?=[A-ZА-ЯІЇЄҐЁ]))?", re.IGNORECASE
)
# "Олексій Смирнов раніше", "Зеленський ще ввечері четверга": lower case only
_TAIL_TIME = re.compile(
    rf"(?<=[\w»”)])\s+(?:{_TIME_WORD}|(?:{every('SPEAKER_TAILS')})).*$"
)


# CLAIMANT30: an English proper name and a lower-case tail that names no
# body or role: "DeepState map", "ISW updates", "Zelensky in his address"
_PROPER_HEAD = re.compile(
    r"^(?P<head>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)(?P<tail>(?:\s+[a-z][\w'’-]*){1,5})$"
)
_OWNER_WORD = re.compile(
    r"^(?:Our|Their|His|Her|Its|My|Your|One|Two|Three|Several|Some|Many|Both|"
    r"Each|Another|Other|Local|Senior)$"
)
_KEEP_TAIL = re.compile(rf"\b(?:{en.BODY_TAIL_NOUNS})\b")
# a head ending in a hyphened descriptor ("Kyiv-based", "Kremlin-backed"): no
# proper name, but the words before the noun its tail names
_DESCRIPTOR_END = re.compile(rf"-(?:{en.HYPHENED_DESCRIPTORS})$")


# B29CLAIM38: a leaning is an adjective, no proper name ("Pro-Russian
# separatists", "Pro-Kremlin bloggers", "Anti-war channels" stay whole)
_LEANING = re.compile(r"^(?:Pro|Anti)-[\w'’-]+$")


def _proper_head(name: str) -> str:
    """CLAIMANT30: ``name`` cut to its proper name when a lower-case tail
    that names no body or role follows it ("DeepState map" → "DeepState";
    "Ukraine's defence ministry", "Russian war bloggers" stay whole).

    >>> _proper_head("DeepState map"), _proper_head("Russian war bloggers")
    ('DeepState', 'Russian war bloggers')
    >>> _proper_head("Washington-based think tank")
    'Washington-based think tank'
    """
    m = _PROPER_HEAD.match(name)
    if m is None or _KEEP_TAIL.search(m["tail"]):
        return name
    if all(
        _NATIONALITY.match(w)
        or _STOP_NAME.match(w)
        or _OWNER_WORD.match(w)
        or _LEANING.match(w)
        for w in m["head"].split()
    ):
        return name  # "Russian war bloggers", "The Russian side"
    if _DESCRIPTOR_END.search(m["head"]):
        return name  # "Washington-based think tank": the head only describes
    return m["head"]


def _untimed(c: Claimant | None) -> Claimant | None:
    """``c`` without the time words stuck to its name, before it or after
    it; None when the name was nothing but time words.

    >>> _untimed(Claimant("Напередодні Генштаб ЗСУ", None)).name
    'Генштаб ЗСУ'
    >>> _untimed(Claimant("Олексій Смирнов раніше", "губернатор")).name
    'Олексій Смирнов'
    >>> _untimed(Claimant("накануне", None)) is None
    True
    """
    if c is None or not c.name:
        return c
    name = _proper_head(_TAIL_TIME.sub("", _LEAD_TIME.sub("", c.name)))
    if name == c.name:
        return c
    if not name:
        return None
    # what is left is read again: "Президент Володимир Зеленський", "it"
    n = _split(name)
    role = " ".join(x for x in (c.role, n.role) if x) or None
    return Claimant(n.name, role, n.pronoun, c.start, c.end, c.relayed, once=c.once)


# CLAIMANT32b: a date is no speaker: a month or weekday as written (English
# ones capitalised), with its day and year; at the end of a name only after a
# preposition ("… since Wednesday"), at its start before the name
_DATE_WORD = (
    rf"(?:(?-i:{en.MONTHS})|{en.WEEKDAY_WORDS}|"
    + "|".join(
        f"{m.MONTHS_NOM}|{m.MONTHS_GEN}|{m.MONTHS_LOC}|{m.WEEKDAYS_ACC}|"
        f"{m.WEEKDAYS_GEN}"
        for m in (uk, ru)
    )
    + r")(?![\w’'ʼ-])\.?"
)
_DATE_CORE = (
    rf"(?:\d{{1,2}}(?:[-–]\d{{1,2}})?\s+)?{_DATE_WORD}"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?"
)
_DATE_PREP = (
    r"(?:since|on|in|until|by|from|of|as of|dated|early|late|mid|last|this|"
    r"від|з|із|за|с|со|от|в|у|до|на)\s+"
)
# a day and month ("3 March", "December 3", "1 грудня"): dated without a
# preposition too ("the assessment of 3 March", "DeepState data as of 1 May")
_DAY_MONTH = (
    rf"(?:\d{{1,2}}\s+{_DATE_WORD}|(?-i:{en.MONTHS})\.?\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?)(?:,?\s+\d{4}(?:\s+(?:року|года|р\.|г\.))?)?"
)
_DATE_ONLY = re.compile(rf"^(?:{_DATE_PREP})*{_DATE_CORE}$", re.IGNORECASE)
_DATE_TAIL = re.compile(
    rf"\s+(?:(?:{_DATE_PREP})+{_DATE_CORE}|(?:{_DATE_PREP})*{_DAY_MONTH})$",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(
    rf"^(?:{_DATE_PREP})*{_DATE_CORE}(?:\s*[|:–—-]\s*|,?\s+)"
    r"(?=(?-i:[A-ZА-ЯІЇЄҐЁ«\"“]))",
    re.IGNORECASE,
)


def _bare(c: Claimant | None) -> Claimant | None:
    """``c`` without the dates and time words around its name: dates first,
    then time words, then dates again, since cutting one can bare the other
    (measured: dates only before changes our own tests' speakers, dates only
    after changes a speaker in blind9).

    >>> _bare(Claimant("Frontmap data as of 1 December", None)).name
    'Frontmap'
    """
    return _undated(_untimed(_undated(c)))


def _undated(c: Claimant | None) -> Claimant | None:
    """CLAIMANT32b: ``c`` without a date at either end of its name ("Posts
    shared since Wednesday" → "Posts shared", "31 липня 2025 | Міноборони
    РФ" → "Міноборони РФ"); None when the name was only a date ("December
    alone added …": no speaker).

    >>> _undated(Claimant("December", None)) is None
    True
    >>> _undated(Claimant("31 липня 2025 | Міноборони РФ", None)).name
    'Міноборони РФ'
    """
    if c is None or not c.name:
        return c
    name = _undated_name(c.name)
    if name is None:
        return None
    if name == c.name:
        return c
    return Claimant(name, c.role, c.pronoun, c.start, c.end, c.relayed, once=c.once)


@functools.lru_cache(maxsize=4096)
def _undated_name(name: str) -> str | None:
    """SPEED38: ``name`` without a date at either end, None when nothing else
    is left (``_undated``); kept per name for one document (cleared with
    ``find_claimant``'s cache): ``_bare`` asks it twice of most names."""
    if _DATE_ONLY.match(name):
        return None
    return _DATE_LEAD.sub("", _DATE_TAIL.sub("", name)).strip(" ,|–—-") or None


# KNOWN37: a document quoted or cited names its owner ("quoting a statement
# from the Defence Ministry" → "Defence Ministry")
_RELAY_DOCUMENT = (
    r"(?:the\s+|an?\s+)?(?:statement|report|post|briefing|message|update)\s+"
    r"(?:from|by|of)\s+(?:the\s+)?"
)
_RELAY_DOCUMENT_LEAD = re.compile(_RELAY_DOCUMENT + r"|(?:the|a|an)\s+(?=[A-Z])")


# KNOWN36: a speaker relaying another ("X, citing the General Staff, said",
# "Зеленський, посилаючись на Генштаб, заявив", "Песков, ссылаясь на
# источники, заявил"): the one cited speaks (CONVENTIONS: as written); a
# capitalised name or body, or an anonymous source (lang `SOURCE_NOUNS`)
_RELAY = {
    lang: re.compile(
        rf"(?:^|[,(—–]\s*)(?:{verbs})\s+(?P<who>(?:{lead})?(?:[A-ZА-ЯІЇЄҐЁ«]|"
        rf"(?:{sources})\w*\b)[^,;:“”\"()—–]{{0,80}}?)"
        r"(?=\s*[,;:“”\"()—–]|\.(?:\s|$)|$|\s+(?:as saying|that|що|что)\b)"
    )
    for lang, verbs, lead, sources in (
        (
            "en",
            r"[Cc]iting|[Qq]uoting",
            _RELAY_DOCUMENT + r"|the\s+|an?\s+",
            r"sources?|officials?",
        ),
        (
            "uk",
            r"[Пп]осилаючись\s+на|[Пп]ославшись\s+на|[Цц]итуючи|[Пп]роцитувавши",
            "",
            uk.SOURCE_NOUNS_RELAY,
        ),
        (
            "ru",
            r"[Сс]сылаясь\s+на|[Сс]ославшись\s+на|[Цц]итируя|[Пп]роцитировав",
            "",
            ru.SOURCE_NOUNS_RELAY,
        ),
    )
}


def relayed_source(sentence: str, lang: str) -> Claimant | None:
    """KNOWN36: the one a speaker of ``sentence`` cites ("Voloshyn, citing the
    General Staff, said …"), as written, or None.

    >>> relayed_source("Voloshyn, citing the General Staff, said X fell.", "en").name
    'General Staff'
    >>> relayed_source("The ministry — citing drone footage — said X fell.", "en")
    """
    if not (
        "itin" in sentence
        or "uotin" in sentence
        or "ла" in sentence
        or "итир" in sentence
        or "итув" in sentence
        or "итую" in sentence
    ):
        return None  # speed: no relay without its verb
    m = _RELAY[lang if lang in _RELAY else "en"].search(sentence)
    if m is None:
        return None
    who = m["who"].strip()
    lead = _RELAY_DOCUMENT_LEAD.match(who)
    c = _split(who[lead.end() :] if lead else who)
    if not c.name:
        return None
    return Claimant(c.name, c.role, False, m.start("who"), m.end("who"))


def _find_claimant(sentence: str, lang: str) -> Claimant | None:
    """The claimant of ``sentence``: the one a speaker cites, else
    ``_speaker_of``'s."""
    found = _speaker_of(sentence, lang)
    if found is None or not found.relayed:
        relay = relayed_source(sentence, lang)
        if relay is not None:
            return relay
    return found


def _speaker_of(sentence: str, lang: str) -> Claimant | None:
    """The claimant of ``sentence``: one its form tells first (a special
    form, a document lead, "the data"), else a call sign, else the first
    speech match that names a speaker; "по его словам" or a demonstrative
    subject ("Це уточнив …") is the fallback when no name follows."""
    opening = _opening_claimant(sentence, lang)
    if opening is not None:
        return opening
    said_by = _PRONOUN_SOURCE.search(sentence) or _OWNERLESS_STATEMENT.search(sentence)
    if said_by:
        # "по его словам": the one named before, unless the sentence names him
        fallback = Claimant(None, None, True, said_by.start(), said_by.end())
    else:
        fallback = None
    if (_MAY_SPEAK is not None and not _MAY_SPEAK(sentence)) or not (
        _ANY_SPEECH.search(sentence)
    ):
        return fallback or _map_source_of(sentence, lang)
    sign = call_sign(sentence)
    if sign is not None:
        return sign
    pats = {"uk": _UK_PATTERNS, "ru": _RU_PATTERNS}.get(lang, _EN_PATTERNS)
    verb: dict[int, bool] = {}  # speed: a gate's answer, asked once
    for rx in pats:
        gate = _VERB_GATES.get(id(rx))
        if gate is not None:
            has = verb.get(id(gate))
            if has is None:
                has = verb[id(gate)] = gate.search(sentence) is not None
            if not has:
                continue  # (no match without its verb)
        for m in rx.finditer(sentence):
            found, final = _match_claimant(sentence, lang, rx, m)
            if final:
                return found
            fallback = fallback or found
    return fallback or _map_source_of(sentence, lang)


def _map_source_of(sentence: str, lang: str) -> Claimant | None:
    """The map source of ``sentence`` in its language, or None."""
    if lang == "en":
        return map_source(sentence)
    rx = _SLAVIC_MAP_SOURCE.get(lang)
    m = rx.search(sentence) if rx is not None else None
    if m is None or _EVIDENCE.match(m["who"]):
        return None  # KNOWN41: "Геолокація показує, що …": evidence, no map
    return Claimant(m["who"], None, False, m.start("who"), m.end())


# KNOWN37: a uk/ru map project's verb, a head noun and a lead adverb before
# the name allowed ("Водночас аналітики DeepState також позначили …",
# "Проект DeepState обозначил …"): the project speaks
_SLAVIC_MAP_SOURCE = {
    lang: re.compile(
        rf"(?:^|[.;:]\s+|,\s+)(?:(?i:{mod.MAP_LEAD_ADVERBS}),?\s+)?"
        rf"(?:(?i:{mod.MAP_SOURCE_HEADS})\s+)?"
        r"(?P<who>[A-ZА-ЯІЇЄҐЁ][\w.&'’@-]*(?:\s+[A-Z][\w.&'’-]*){0,2})"
        rf"(?:\s+(?i:{mod.MAP_LEAD_ADVERBS}))?"
        # XCLAIM4: the map's day before its verb ("Карта X у понеділок показала")
        rf"(?:\s+(?:у|в|во)\s+(?:{mod.WEEKDAYS_ACC}))?"
        rf"\s+(?:{mod.MAP_VERBS})(?![\w])"
    )
    for lang, mod in (("uk", uk), ("ru", ru))
}


# CLAIMANT31: a named map source and what its map shows ("DeepState shows the
# town under Russian control", "Open-source mappers at Frontmap show …", "The
# Frontmap monitoring group, close to the army, showed …", "X still marks …")
_MAP_SOURCE = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:and|but|while|though)\s+)"
    # KNOWN36: "Data from DeepState showed", "Figures by ISW show"
    r"(?:(?:[Tt]he\s+)?(?:[Oo]pen-source\s+|[Ii]ndependent\s+|[Ll]atest\s+)?"
    r"(?:[Mm]aps?|[Mm]appers|[Mm]apping\s+(?:groups?|projects?|data)|[Dd]ata|"
    r"[Ff]igures)\s+(?:at|by|of|from)\s+)?"
    r"(?:[Tt]he\s+)?(?P<who>[A-Z][\w.&'’@-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    # LEFTEEN35: "DeepState data showed", "DeepState's map indicates"
    r"(?:\s+(?:monitoring|mapping|map|maps|data|figures))?"
    r"(?:\s+(?:group|project|team|service))?"
    # XCLAIM4: a map's update and its day between the name and the verb
    # ("X's daily update showed", "X's map on Thursday showed")
    rf"(?:\s+(?:{en.MAP_UPDATE_NOUNS}))?"
    rf"(?:\s+(?:on\s+)?(?i:{en.WEEKDAY_WORDS}))?"
    r"(?:,\s+[^,]{3,80},)?"
    r"\s+(?:still\s+|now\s+|also\s+)?(?:shows|showed|show|marks|marked|mapped|"
    r"indicates|indicated)\b"
)


_CALENDAR_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|This|That|These|Those|It|Its|Each|Every)$"
)


def map_source(sentence: str) -> Claimant | None:
    """CLAIMANT31: the named source whose map the sentence reads ("DeepState
    shows X under Russian control"), or None (footage, a side, "the map").

    >>> map_source("Frontmap still marks Lypove as contested.").name
    'Frontmap'
    >>> map_source("Geolocated footage shows troops in Lypove.") is None
    True
    """
    if not ("show" in sentence or "mark" in sentence or "indicat" in sentence):
        return None  # speed
    for m in _MAP_SOURCE.finditer(sentence):
        who = re.sub(r"['’]s$", "", m["who"])
        words = who.split()
        if _EVIDENCE.match(who) or _PRONOUNS.match(who) or TOWN_LABEL.match(who):
            continue
        if all(
            _STOP_NAME.match(w) or _NATIONALITY.match(w) or _OWNER_WORD.match(w)
            for w in words
        ) or _CALENDAR_WORD.match(words[0]):
            continue
        return Claimant(who, None, False, m.start("who"), m.end())
    return None


def _opening_claimant(sentence: str, lang: str) -> Claimant | None:
    """A claimant the sentence's form tells before any speech verb: an
    English special form, a uk/ru document lead, or "…, the data
    indicated" (relayed: the analyst named before); None otherwise."""
    if lang == "en":
        special = _special(sentence)
        if special is not None:
            return special
    else:
        lead = _DOC_LEAD.match(sentence)
        if lead:
            return Claimant(lead["who"], None, False, lead.start(), lead.end())
    data = _THE_DATA.search(sentence)
    if data:
        # "…, the data indicated": the analyst named before
        return Claimant(None, None, True, data.start(), data.end(), relayed=True)
    return None


# CLAIMANT32: a speech verb's participle as an adjective after "make", "no",
# "any" ("did not make confirmed advances", "no reported gains"): no speech
_ATTRIBUTIVE = re.compile(
    r"\b(?:make|made|makes|making|no|any|further)\s+(?:\w+ly\s+)?"
    r"(?P<verb>\w+ed)\s+(?:advances?|gains?|progress)\b"
)
_ATTRIBUTIVE = keyed(_ATTRIBUTIVE)  # speed: passed over texts lacking its keys


def attributive(sentence: str, start: int, end: int) -> bool:
    """CLAIMANT32: whether a participle used as an adjective ("made confirmed
    advances") ends inside ``sentence[start:end]``, so that a speech match
    there is no speech.

    >>> attributive("They made no confirmed gains.", 0, 22)
    True
    """
    if "ed " not in sentence:
        return False  # speed: no participle before a noun
    return any(start < m.end("verb") <= end for m in _ATTRIBUTIVE.finditer(sentence))


# S35B25: a body in the locative, in lower case, before its verb ("Тим часом
# в окупаційній адміністрації стверджують", "в российском военном ведомстве
# заявили"): the body speaks
_LOWER_BODY_IN = re.compile(
    r"^(?:у|в|во)\s+(?P<body>(?:[а-яіїєґё'’-]+\s+){0,3}"
    rf"(?:{uk.BODY_LOCATIVES}|{ru.BODY_LOCATIVES})(?:\s+[^,;:]{{1,60}})?)$",
    re.IGNORECASE,
)


def _lower_body_in(who: str) -> str | None:
    """S35B25: the body a lower-case locative phrase names ("в окупаційній
    адміністрації Запорізької області" → the administration), else None.

    >>> _lower_body_in("в оккупационной администрации")
    'оккупационной администрации'
    >>> _lower_body_in("на фронті") is None
    True
    >>> _lower_body_in("У штабі угруповання")
    'штабі угруповання'
    """
    m = _LOWER_BODY_IN.match(who)
    return m["body"] if m is not None and _lower_after_in(who) else None


def _lower_after_in(who: str) -> bool:
    """LEFTUKRU238: whether the locative phrase is told in lower case, its
    "в/у" aside: "В администрации Курской области" opening a sentence is the
    administration too (it kept "В"); "В Офисе президента" is a name.

    >>> _lower_after_in("В администрации Курской области")
    True
    >>> _lower_after_in("В Офисе президента")
    False
    """
    words = who.split(maxsplit=2)
    return len(words) > 1 and words[1][:1].islower()


def _ownerless_statement_at(sentence: str, at: int) -> bool:
    """S35B25: whether a speaker phrase starting at ``at`` lies inside a
    statement told with no owner ("сказано в посте", "according to the post").

    >>> _ownerless_statement_at("Ворог відступив, йдеться в заяві.", 26)
    True
    """
    return any(
        om.start() <= at < om.end() for om in _OWNERLESS_STATEMENT.finditer(sentence)
    )


def _match_claimant(
    sentence: str, lang: str, rx: re.Pattern[str], m: re.Match[str]
) -> tuple[Claimant | None, bool]:
    """The claimant the speech match ``m`` of pattern ``rx`` names, and
    whether it is the answer (True) or only a fallback (a demonstrative
    subject: "Це уточнив речник Іван Коваль", the name after wins);
    ``(None, False)`` when the match names no speaker."""
    if (
        lang == "en"
        and rx is _EN_ACCORDING_TO
        and _UNOWNED_DATA.fullmatch(m.group("who").strip())
    ):
        # "according to preliminary estimates": the source named before
        return Claimant(None, None, True, m.start(), m.end(), relayed=True), True
    if lang == "en" and attributive(sentence, m.start(), m.end()):
        return None, False  # CLAIMANT32: "did not make confirmed advances"
    if lang == "en" and _PASSIVE_BE.search(m.group("who")):
        return None, False  # PROBEEN36: "Clashes were reported": no speaker
    if _ownerless_statement_at(sentence, m.start("who")):
        # S35B25: "— зазначається в повідомленні бригади": the one named before
        # (XCLAIM241: unless the sentence names its speaker: "X reported …,
        # according to its morning update")
        final = not (lang == "en" and rx is _EN_ACCORDING_TO)
        return Claimant(None, None, True, m.start(), m.end()), final
    if lang == "en" and rx is _EN_ACCORDING_TO:
        owner = _document_owner(sentence, m.start("who"))
        if owner is not None:
            c = _split(owner[0])
            return Claimant(c.name, c.role, False, m.start(), owner[1]), True
    who = _speaker_words(m.group("who"), lang)
    quoted = _quoted_compound(sentence, m.start("who"), m.end("who"), who, lang)
    if quoted:
        who = quoted
    elif rx is _UK_RUN or rx is _RU_RUN:
        verb = sentence[m.end("who") : m.end()].split()
        if verb:
            who = _compound_subject(who, verb[0].strip(",:"), lang)
    if not who or _NOT_A_SPEAKER.search(who) or _CIRCUMSTANCE.match(who):
        return None, False
    if rx in _NAMED_THEN_ROLE and not _ROLE_WORDS.search(m["appos"]):
        return None, False  # "Ймовірно, росіяни відійшли, вважає …": no role
    body = _lower_body_in(who) if lang != "en" else None
    if body is not None:
        return Claimant(body, None, False, m.start(), m.end()), True
    if rx is _TITLED_LABEL and not _ROLE_WORDS.search(who):
        return None, False  # "Кураховский участок: …" is a topic, not a speaker
    told = _narrowed(lang, rx, m, who)
    if not isinstance(told, str):
        return told, told is not None
    who = told
    if lang == "en":
        reported = _en_reported(sentence, rx, m, who)
        if reported is not None:
            return reported, True
        if _en_not_a_name(rx, who):
            return None, False
    else:
        if len(who.split()) > 10:
            return None, False
        if _PRONOUNS.match(who) or who in _BARE_BODIES:
            pron = Claimant(None, None, True, m.start(), m.end())
            # "Це уточнив речник Іван Коваль": the name after wins
            return pron, who.lower() not in _DEMONSTRATIVES
        if _BARE_NOUN.fullmatch(who):
            # "Аналітики зазначають, що …": those named before
            return Claimant(None, None, True, m.start(), m.end()), True
        noun = _speaker_noun(rx, m, who)
        if noun is not None:
            return noun, True
        if _country_officials(who):
            return None, False  # LEFTRUPER35: "В Украине заявили": officials
        body = _told_outlet_body(rx, m)
        if body is not None:
            # PROBEUKRU38: "як повідомили Укрінформу в пресслужбі бригади"
            return Claimant(body, None, False, m.start(), m.end()), True
        source = (
            _told_source(m.group("who").strip())
            if rx in (_UK_VERB_THEN_WHO, _RU_VERB_THEN_WHO)
            else None
        )
        if source is not None:
            # LEFTRUPER35: "сообщил ТАСС источник в силовых структурах"
            return Claimant(source, None, False, m.start(), m.end()), True
        if _not_a_subject(sentence, rx, m, who):
            return None, False
    named = _named_claimant(rx, m, who)
    if named is not None and lang != "en" and named.name and not named.role:
        role = _quoted_role_before(sentence, m.start("who"))
        if role is not None:
            named = dataclasses.replace(named, role=role)
    return named, named is not None


# PROBECLAIM36: a document "according to" names, then its owner: "a post on
# the Telegram channel of the 65th Brigade", "a statement from Ukraine's
# General Staff", "a post on the brigade's Telegram channel"
_DOCUMENT_OWNER = re.compile(
    r"(?:a|an|the)\s+(?:(?:latest|new|recent|daily|evening|morning|official|"
    r"Telegram|Facebook|video)\s+)?(?:post|message|statement|update|report|"
    r"briefing|summary)\s+(?:"
    r"on\s+(?:the\s+)?(?:(?:official|Telegram|Facebook|X|Twitter)\s+)*"
    r"(?:channel|page|account)\s+of\s+(?:the\s+)?(?P<of>[A-Z0-9][^,.;:“”\"]{1,60}?)"
    r"|on\s+(?:the\s+)?(?P<own>[^,.;:“”\"]{2,60}?)['’]s?\s+(?:(?:official|"
    r"Telegram|Facebook|X|Twitter)\s+)*(?:channel|page|account)"
    r"|(?:from|by)\s+(?:the\s+)?(?P<by>[A-Z0-9][^,.;:“”\"]{1,60}?))"
    r"(?=[,.;:“”\"]|$|\s+(?:on|in)\s)"
)


def _document_owner(sentence: str, at: int) -> tuple[str, int] | None:
    """PROBECLAIM36: the owner of the post or statement named at ``at`` (after
    "according to") and where its phrase ends, or None.

    >>> _document_owner("according to a post on the page of the 3rd Brigade.", 13)
    ('3rd Brigade', 50)
    >>> _document_owner("according to a statement from Ukraine's army, X", 13)
    ("Ukraine's army", 44)
    """
    m = _DOCUMENT_OWNER.match(sentence, at)
    if m is None:
        return None
    key = "of" if m["of"] else "own" if m["own"] else "by"
    return m[key].strip(), m.end()


# LEFTUKRU36: a role holding a unit's «quoted» name right before the person
# ("Спикер группировки «Восток» Александр Гордеев заявил", "Речник ОСУВ
# «Хортиця» Назар Волошин"): the speaker phrase stops at the quote mark
_QUOTED_ROLE_BEFORE = re.compile(
    r"(?:^|[,;:–—]\s*)(?P<role>[^,.;:–—«»\"]{2,60}«[^»]{1,30}»)\s*$"
)


def _quoted_role_before(sentence: str, start: int) -> str | None:
    """The role phrase with a «quoted» name that ends right before the
    person named at ``start``, when it holds a role word; else None.

    >>> _quoted_role_before("Спикер группировки «Восток» Иван Петров заявил", 28)
    'Спикер группировки «Восток»'
    >>> _quoted_role_before("В районе «Азовстали» Иван Петров заявил", 21) is None
    True
    """
    m = _QUOTED_ROLE_BEFORE.search(sentence[max(0, start - 100) : start])
    if m is None or not _ROLE_WORDS.search(m["role"]):
        return None
    return m["role"].strip()


# LEFTEN238: a name, then a judging verb and what it judges ("Kyiv disputed
# the Russian reports that …", "Ukraine disputed claims of …"): the name
_JUDGING_TAIL = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+"
    r"(?:(?:also|later|again|publicly|quickly|swiftly)\s+)?"
    rf"(?:{en.JUDGING_VERBS})(?:\s.*)?$"
)


def _judging_tail_dropped(who: str) -> str:
    """An English speaker phrase without a judging verb after its name and
    what follows the verb.

    >>> _judging_tail_dropped("Kyiv disputed the Russian")
    'Kyiv'
    >>> _judging_tail_dropped("the so-called governor")
    'the so-called governor'
    """
    m = _JUDGING_TAIL.match(who)
    return m["name"] if m else who


def _speaker_words(who: str, lang: str) -> str:
    """The speaker phrase of a match without what leads or trails it: a
    conjunction, a time adverbial ("on Monday", "earlier"), a wire prefix
    ("May 13 (Reuters) - X"), a bullet, an adverb or an auxiliary."""
    who = who.strip()
    if lang == "en":
        who = _judging_tail_dropped(_dash_aside_dropped(_LEAD_VENUE_EN.sub("", who)))
    who = _LEAD_SPAN.sub("", _LEAD_CONJUNCTION.sub("", who))
    # drop leading time/adverbials: "on Monday", "earlier"
    who = _TRAILING_ADVERBIAL.sub("", who)
    who = _WIRE_PREFIX.sub("", who)  # "May 13 (Reuters) - X"
    who = _ENTRY_DAY.sub("", who)  # "Feb. 18 — X"
    who = _BULLET.sub("", who)  # a bullet
    who = _TRAILING_ADVERB.sub("", who)
    who = _TRAILING_AUXILIARY.sub("", who)
    return _tidy(who, lang)


# PROBEEN35: a dash set off by spaces, the edge of an aside ("X — a key hub —
# Moscow said"); a hyphen inside a word ("Kremlin-backed") is none
_SPACED_DASH = re.compile(r"\s+[—–-]+\s+")


def _dash_aside_dropped(who: str) -> str:
    """PROBEEN35: an English speaker phrase without the dash aside around
    it: the words after the last spaced dash ("… Krasnohorivka — a key hub —
    Moscow" → "Moscow"), or before the first one when nothing follows it
    ("Zelensky — speaking in Kyiv —" → "Zelensky").

    >>> _dash_aside_dropped("Russian troops took X — a key hub — the ministry")
    'the ministry'
    >>> _dash_aside_dropped("Zelensky — speaking in Kyiv —")
    'Zelensky'
    >>> _dash_aside_dropped("The Kremlin-backed governor")
    'The Kremlin-backed governor'
    """
    parts = _SPACED_DASH.split(f" {who} ")
    if len(parts) < 2:
        return who
    return (parts[-1].strip() or parts[0].strip()) or who


def _narrowed(
    lang: str, rx: re.Pattern[str], m: re.Match[str], who: str
) -> Claimant | str | None:
    """The speaker phrase ``who`` narrowed to its speaker (the inner one of
    a nested source, the head before an auxiliary), a claimant told by it
    (its own document, evidence read by the analyst), or None when it is
    no speech (a modal, a participle object, a dateline, a clause)."""
    en = lang == "en"
    if en and _OWN_DOCUMENT.match(who):
        # "In its morning update it said": the one named before
        return Claimant(None, None, True, m.start(), m.end())
    if en and _MODAL.search(who):
        return None  # "X could not verify battlefield reports": no speech
    if en and _PARTICIPLE_OBJECT.search(who):
        return None  # "Russian forces made confirmed advances": no speech
    if _EVIDENCE.match(who):
        # "according to geolocated footage": the analyst who reads it
        return Claimant(None, None, True, m.start(), m.end(), relayed=True)
    if en:
        nested = _NESTED.match(who)
        if nested:
            who = nested.group("inner")
    if rx is _NAME_LABEL and _capital_town(who):
        return None  # a dateline: "MOSCOW: Russia said …"
    if rx is _NAME_LABEL and en:
        who = _name_as_written(who)  # "BUDANOV: …" is Budanov's label
    if en:
        # a clause, not a name: "ISW has not observed confirmation of these"
        v = _AUX_INSIDE.search(who)
        if v:
            head = who[: v.start()].strip()
            if not head[:1].isupper() or head in ("There", "It", "This", "That"):
                return None
            who = head
    return who


# session 35: agencies' initialisms in capitals (lang ru, uk, en)
_AGENCIES = frozenset(
    " ".join((ru.AGENCY_INITIALISMS, uk.AGENCY_INITIALISMS, en.AGENCY_INITIALISMS))
    .upper()
    .split()
)
# LEFTEEN35, CLAIMLEFT36: the towns a dateline or a live blog's entry names
# before a colon (lang/* DATELINE_TOWNS), in any case ("MOSCOW", "Одеса")
_DATELINE_TOWN = re.compile(rf"(?:{every('DATELINE_TOWNS')})", re.IGNORECASE)


def _name_as_written(label: str) -> str:
    """LEFTEEN35: a speaker's label in capitals as a sentence writes the
    name (an agency's initialism and a short acronym stay as they are).

    >>> _name_as_written("KYRYLO BUDANOV"), _name_as_written("TASS")
    ('Kyrylo Budanov', 'TASS')
    """
    if not label.isupper() or len(label) < 4 or label in _AGENCIES:
        return label
    return " ".join(w[0] + w[1:].lower() for w in label.split())


# LEFTRUPER35: a country in the locative before the verb ("В Украине
# заявили"): its officials, no speaker's name (lang ru, uk COUNTRIES_LOC)
_COUNTRIES_LOC = frozenset((ru.COUNTRIES_LOC + " " + uk.COUNTRIES_LOC).split())
# LEFTRUPER35: an anonymous source after the verb, an agency told before it
# ("сообщил ТАСС источник в силовых структурах"; lang ru, uk SOURCE_NOUNS)
_TOLD_SOURCE = re.compile(
    r"^(?:(?:«[^»]{1,30}»|[A-ZА-ЯІЇЄҐЁ][\w'’-]*)\s+){0,3}"
    rf"(?P<src>(?:{'|'.join((ru.SOURCE_NOUNS + ' ' + uk.SOURCE_NOUNS).split())})"
    r"(?![\w'’-])[^«»]*)$"
)
# LEFTRUPER35: a lower-case head then a «quoted» name ("агентство
# «Интерфакс»", "агентство «Укрінформ»")
_HEAD_QUOTED = re.compile(r"(?P<head>[а-яіїєґё-]+)(?:\s+[а-яіїєґё-]+)?\s+«[^»]{1,30}»")


def _told_source(who: str) -> str | None:
    """LEFTRUPER35: the anonymous source a uk/ru phrase after the verb names,
    past the agency told before it ("ТАСС источник в силовых структурах" →
    "источник в силовых структурах"), else None.

    >>> _told_source("ТАСС источник в силовых структурах")
    'источник в силовых структурах'
    >>> _told_source("командир бригады") is None
    True
    """
    m = _TOLD_SOURCE.match(who)
    return m["src"].strip() if m is not None else None


# PROBEUKRU38: an outlet told in the dative, then the body that told it
# after "в/у" ("повідомили Укрінформу в пресслужбі бригади", "сообщили ТАСС
# в силовых структурах"): an agency's initialism or a name with a dative
# ending, no document, platform or broadcast after "в/у"
_OUTLET_THEN_BODY = re.compile(
    rf"^(?:(?:{ru.AGENCY_INITIALISMS.replace(' ', '|')}|"
    rf"{uk.AGENCY_INITIALISMS.replace(' ', '|')})(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]*)?|"
    rf"[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:{uk.DATIVE_ENDINGS}|{ru.DATIVE_ENDINGS}|[а-яіїєґё]у)|"
    r"«[^»]{1,30}»)\s+(?:в|у|во)\s+"
    rf"(?!(?i:{uk.SPEECH_PLATFORMS}|{ru.SPEECH_PLATFORMS}|сво|ефір|эфир|коментар|"
    r"комментар|інтерв|интервью|зведен|сводк|повідомлен|сообщени|заяв|соцмереж|"
    r"соцсет|мережі|сети))(?P<body>\S.*)$"
)
# a plural speech verb right before the phrase: the body speaks, unnamed
_PLURAL_VERB_BEFORE = re.compile(r"л[иі]\s+$")


def _told_outlet_body(rx: re.Pattern[str], m: re.Match[str]) -> str | None:
    """PROBEUKRU38: the body a plural speech verb's phrase names after the
    outlet it told ("як повідомили Укрінформу в пресслужбі 24-ї бригади" →
    "пресслужбі 24-ї бригади"), else None.

    >>> m = _UK_ACCORDING_TO.search("Як повідомили Укрінформу в Силах оборони, …")
    >>> _told_outlet_body(_UK_ACCORDING_TO, m)
    'Силах оборони'
    """
    if rx not in (
        _UK_ACCORDING_TO,
        _RU_ACCORDING_TO,
        _UK_VERB_THEN_WHO,
        _RU_VERB_THEN_WHO,
    ):
        return None
    if not _PLURAL_VERB_BEFORE.search(m.string, m.start(), m.start("who")):
        return None
    told = _OUTLET_THEN_BODY.match(m.group("who").strip())
    return told["body"].strip() if told is not None else None


def _country_officials(who: str) -> bool:
    """LEFTRUPER35: whether a uk/ru speaker phrase is a country in the
    locative ("В Украине", "Росії"): its officials, no name.

    >>> _country_officials("В Украине"), _country_officials("в штабе")
    (True, False)
    """
    words = who.split()
    lead_ok = len(words) == 1 or (len(words) == 2 and words[0] in _IN_WORDS)
    return lead_ok and words[-1] in _COUNTRIES_LOC


_IN_WORDS = frozenset(("В", "в", "Во", "во", "У", "у"))


def _quoted_body(who: str) -> bool:
    """LEFTRUPER35: whether a lower-case phrase after the verb names a body
    by a «quoted» name, its head in no oblique case ("агентство
    «Интерфакс»"; "журналистам «X»" is the addressee).

    >>> _quoted_body("агентство «Интерфакс»"), _quoted_body("журналистам «Вестей»")
    (True, False)
    """
    m = _HEAD_QUOTED.fullmatch(who)
    return m is not None and not _OBLIQUE_HEAD.search(m["head"])


def _capital_town(label: str) -> bool:
    """Whether a label before a colon is a dateline's town in capitals
    ("MOSCOW: …"), not an agency's initialism ("ТАСС: …", "TASS: …") nor,
    in Latin letters, a speaker's name ("BUDANOV: …"): there a place a
    dateline names (lang/* ``DATELINE_TOWNS``) or a town's ending.

    >>> _capital_town("МОСКВА"), _capital_town("ТАСС"), _capital_town("Рыбарь")
    (True, False, False)
    >>> _capital_town("MOSCOW"), _capital_town("BUDANOV"), _capital_town("TASS")
    (True, False, False)
    >>> _capital_town("POKROVSK"), _capital_town("KYRYLO BUDANOV")
    (True, False)
    """
    if not label.isupper() or len(label) < 4 or label in _AGENCIES:
        return False
    if not label.isascii():
        return True  # "МОСКВА": a Cyrillic label in capitals, as before
    if _DATELINE_TOWN.fullmatch(label):
        return True
    # a town's ending in any word ("POKROVSK DIRECTION", "KRAMATORSK")
    words = (w[0] + w[1:].lower() for w in label.split())
    return any(TOWN_LABEL.match(w) for w in words)


# LEFTEN238: after "said X Y,", the role apposed to the name ("…, said Oleh
# Syniehubov, governor of the Kharkiv region", "…, said Andriy Kovalenko,
# head of the Centre for Countering Disinformation")
_ROLE_AFTER_SAID_NAME = re.compile(
    r"\s*(?P<role>(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}"
    rf"(?:{en.ROLES_BEFORE_NAME})\s+(?:of|for|at|in|with)\s+"
    r"[^,.;:“”\"]{2,80}?)\s*(?=[,.;]|$)"
)


def _role_after_said_name(
    sentence: str, rx: re.Pattern[str], m: re.Match[str], who: str
) -> Claimant | None:
    """The name after "said" with the role apposed after its comma, or None.

    >>> s = "Russia took X, said Ivan Koval, head of the Centre for Y."
    >>> m = _EN_VERBED[2].search(s)
    >>> _role_after_said_name(s, _EN_VERBED[2], m, "Ivan Koval").role
    'head of the Centre for Y'
    """
    if rx is not _EN_VERBED[2] or not m.group(0).endswith(","):
        return None
    if not _APPOS_NAME.fullmatch(who):
        return None
    r = _ROLE_AFTER_SAID_NAME.match(sentence, m.end())
    if r is None:
        return None
    return Claimant(who, r["role"], False, m.start(), r.end())


def _en_reported(
    sentence: str, rx: re.Pattern[str], m: re.Match[str], who: str
) -> Claimant | None:
    """An English claimant the form of the match tells: "according to
    him", a role then its apposed name, a role after a quote; or None."""
    if rx is _EN_ACCORDING_TO and who.lower().startswith(("him", "her", "them")):
        return Claimant(None, None, True, m.start(), m.end())
    named = _APPOSED_NAME.match(sentence, m.end())
    if rx is _EN_ACCORDING_TO and named and _ROLE_WORDS.search(who):
        # "According to a spokesman for troops, Dmytro Lykhovyi, …"
        return Claimant(named["name"], who, False, m.start(), named.end())
    if rx is _POST_QUOTE_ROLE:
        role = _ARTICLE_OR_ONE.sub("", who)
        if m["appos"]:
            return Claimant(m["appos"], role, False, m.start(), m.end())
        return Claimant(who, None, False, m.start(), m.end())
    return _role_after_said_name(sentence, rx, m, who)


# CLAIMANT30: a voice described, not named: "a regional official", "local
# officials", "analysts" (a lower-case phrase of at most eight words)
_DESCRIBED_VOICE = re.compile(
    # PROBECLAIM36: after a determiner, a capitalised word may qualify the
    # voice ("two Ukrainian soldiers", "a U.S. official", "a Kremlin source")
    rf"^(?:(?:a|an|one|two|three|four|five|several|some|many|other|local|senior)"
    rf"\s+(?:[A-Za-z][\w'’\u2024-]*\s+){{0,3}}|(?:[a-z][\w'’-]*\s+){{0,3}})"
    rf"(?:{en.DESCRIBED_VOICES})(?:\s+(?:for|of|in|at"
    rf"|from|with|on)\s+[^,;.]{{1,60}})?$"
)


def _en_not_a_name(rx: re.Pattern[str], who: str) -> bool:
    """Whether an English speaker phrase is too long or not a name: no
    capital, pronoun, "the …", role with a name ("brigade commander Ivan
    Petrenko told reporters") or voice described ("a regional official");
    "according to" takes any phrase."""
    if len(who.split()) > 14:
        return True
    return not (
        who[:1].isupper()
        or _PRONOUNS.match(who)
        or who.lower().startswith("the ")
        # "brigade commander Ivan Petrenko told reporters"
        or (_ROLE_WORDS.search(who) and _SPACE_CAPITAL.search(who))
        or (rx in _DESCRIBED_AFTER and _DESCRIBED_VOICE.match(who) is not None)
    ) and (rx is not _EN_ACCORDING_TO)


# UK28/RU28: a lower-case plural speaker after the verb ("наголошують
# військові", "подсчитали аналитики проекта «…»"): the noun, then the body or
# the name it belongs to, and no further (a place after it is the claim's)
_SPEAKER_NOUN = re.compile(
    rf"(?:{uk.SPEAKER_NOUNS28}|{ru.SPEAKER_NOUNS28})(?![\w'’-])"
    r"(?:\s+(?:проєкту|проекту|проекта|групи|группы|центру|центра)(?![\w'’-]))?"
    r"(?:\s+(?:«[^»]{1,30}»|[A-ZА-ЯІЇЄҐЁ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]*)*)"
    # B28CLAIM37: a body's name in lower-case words up to its abbreviation in
    # brackets ("аналітики Інституту вивчення війни (ISW)")
    r"(?:(?:\s+[а-яіїєґё'’-]+){1,3}\s+\([A-ZА-ЯІЇЄҐЁ][\w-]{1,8}\))?"
    # KNOWNLEFT39: or going on from a verbal noun to the clause's end
    # ("аналітики Інституту вивчення війни.", lang uk/ru BODY_NAME_TAIL)
    rf"(?:\s+(?:{uk.BODY_NAME_TAIL}|{ru.BODY_NAME_TAIL})(?:\s+[а-яіїєґё'’-]+){{0,2}}"
    r"(?=\s*(?:[,.;:!?»)]|$)))?)?"
    r"(?![\w'’-])"
)


_BARE_NOUN = re.compile(
    rf"(?i:{uk.SPEAKER_NOUNS28}|{ru.SPEAKER_NOUNS28})", re.IGNORECASE
)


def _speaker_noun(rx: re.Pattern[str], m: re.Match[str], who: str) -> Claimant | None:
    """UK28/RU28: a lower-case plural speaker named by its trade after the
    verb ("— наголошують військові"), cut at the body it belongs to; None
    for any other phrase.

    >>> m = _UK_VERB_THEN_WHO.search("Так, підрахували аналітики групи «Поле»")
    >>> _speaker_noun(_UK_VERB_THEN_WHO, m, m["who"]).name
    'аналітики групи «Поле»'
    >>> m = _UK_VERB_THEN_WHO.search("Так, наголошують військові.")
    >>> _speaker_noun(_UK_VERB_THEN_WHO, m, m["who"]).pronoun
    True
    """
    if rx not in (_UK_VERB_THEN_WHO, _RU_VERB_THEN_WHO):
        return None
    n = _SPEAKER_NOUN.match(who)
    if n is None:
        return None
    end = m.start("who") + n.end()
    bare = " " not in n.group(0)  # "— зазначили аналітики": those named before
    return Claimant(None if bare else n.group(0), None, bare, m.start(), end)


# CLAIMANT30: the stems of a speaker's head noun in lower case (a body, a
# trade): lang uk/ru SPEAKER_STEMS
_SPEAKER_STEM = re.compile(
    rf"(?:^|\s)(?:{uk.SPEAKER_STEMS}|{ru.SPEAKER_STEMS})", re.IGNORECASE
)


def dash_source_lead(lead: str, name: str) -> tuple[str, str | None] | None:
    """LEFTUKRU36: the claimant of a source after a line's dash whose name
    has lower-case words before it ("— аналітики DeepState.", "— речник ОСУВ
    Назар Волошин."): the person or body and its role (session 37:
    "аналітики" is a role word, as "ISW analysts" is), or the body alone; None
    when the words are no speaker's head ("— у напрямку Покровська").

    >>> dash_source_lead("аналітики ", "DeepState")
    ('DeepState', 'аналітики')
    >>> dash_source_lead("речник ", "ОСУВ Назар Волошин")
    ('Назар Волошин', 'речник ОСУВ')
    >>> dash_source_lead("у напрямку ", "Покровська") is None
    True
    """
    if not lead.strip():
        return name, None
    if not (_SPEAKER_STEM.match(" " + lead) or _ROLE_WORDS.match(lead)):
        return None
    c = _split(lead + name)
    if c.name and c.role:
        return c.name, c.role
    return name, None


_NOT_A_HEAD = re.compile(
    r"^(?:в|у|во|на|з|із|зі|с|со|від|от|до|за|по|під|под|про|о|об|що|что|як|"
    r"как|і|й|та|и|а|але|но|"
    # PROBEUKRU39: "их собственные паблики", "їхні ж канали": a voice pointed
    # at through its owner, no name
    r"их|їх|їхні|їхній|їхня)\s"
)
_LOWER_WORDS = 6


def _lower_speaker(who: str) -> bool:
    """CLAIMANT30: whether a uk/ru phrase in lower case before its verb is a
    speaker all the same: a body, a role or a trade heads it ("міністерство
    оборони РФ", "російські воєнкори", "3-тя окрема штурмова бригада"), in at
    most six words, no preposition or conjunction first.

    >>> _lower_speaker("міністерство оборони РФ"), _lower_speaker("на фронті")
    (True, False)
    """
    if who[:1].isupper() or len(who.split()) > _LOWER_WORDS:
        return False
    if _NOT_A_HEAD.match(who):
        return False
    last = who.split()[-1]
    if not (
        _SPEAKER_STEM.search(" " + last)
        or _ROLE_WORDS.match(last)
        or last[:1].isupper()
        or last[:1] in '«"“'
        or last in ("оборони", "обороны")
    ):
        return False  # "міністерство вже тричі цієї осені": it ends in a clause
    return bool(_SPEAKER_STEM.search(who) or _ROLE_WORDS.match(who))


# SESSION33b: a head word in an oblique case after the verb is its object or
# its addressee ("повідомив журналістам", "сказал военным"), no speaker
_OBLIQUE_HEAD = re.compile(
    r"(?:ам|ям|ами|ями|ому|ему|ові|еві|ым|им|ом|ем|ой|ій|ою|ею|ах|ях)$"
)


def _named_lower_body(who: str) -> bool:
    """SESSION33b: whether a lower-case phrase after the verb names a body or
    a trade of its own (two words at least, its head not in an oblique case):
    "пресслужба 81-ї бригади" does; "міністерство" alone points back,
    "журналістам" is the addressee.

    >>> _named_lower_body("пресслужба бригади"), _named_lower_body("міністерство")
    (True, False)
    >>> _named_lower_body("військові блогери")
    True
    """
    words = who.split()
    # SPOKEN39: a plural adjective in -ові before a trade word is no dative
    # ("військові блогери"); "військовим командир" stays the addressee
    head = words[0]
    if (
        len(words) > 1
        and head.endswith("ові")
        and _SPEAKER_STEM.search(" " + words[1])
        and not _OBLIQUE_HEAD.search(words[1])
    ):
        head = words[1]
    return len(words) > 1 and _lower_speaker(who) and not _OBLIQUE_HEAD.search(head)


def _not_a_subject(
    sentence: str, rx: re.Pattern[str], m: re.Match[str], who: str
) -> bool:
    """Whether a uk/ru speaker phrase is no subject: "that about", a fronted
    object ("Ситуацію пояснив міністр Олег Лис"), "як", or a lower-case
    phrase where the pattern needs a name (a role after the verb, or a role
    then a name, will do)."""
    low = who.lower()
    if _THAT_ABOUT.match(low) or (
        _OBJECT_FIRST.match(who) or who.lower() in ("як", "как")
    ):
        return True
    if _fronted_object(sentence, m, who):
        return True  # "Ситуацію пояснив міністр Олег Лис": the object
    post_verb = rx in (
        _UK_VERB_THEN_WHO,
        _RU_VERB_THEN_WHO,
        _UK_COUNTED_FROM,
        _RU_COUNTED_FROM,
    )
    if not post_verb and _lower_speaker(who):
        return False  # CLAIMANT30: "Тим часом міністерство оборони РФ заявило"
    if post_verb and _named_lower_body(who):
        return False  # SESSION33b: "…, повідомляє пресслужба бригади"
    if post_verb and _quoted_body(who):
        return False  # LEFTRUPER35: "…, передаёт агентство «Интерфакс»"
    return bool(
        # a «quoted» name is a name: "сообщает «Рыбарь»"
        not who.lstrip('«“"')[:1].isupper()
        and not _PRONOUNS.match(who)
        and rx
        not in (
            _UK_ACCORDING_TO,
            _UK_VERB_IN_BODY,
            _RU_ACCORDING_TO,
            _RU_VERB_IN_BODY,
        )
        and not (post_verb and _SPACE_CAPITAL_ANY.search(who))
        and not (post_verb and _ROLE_WORDS.match(who))  # "— сказав речник"
        and not (_ROLE_WORDS.search(who) and _ROLE_THEN_NAME.search(who))
    )


_LEADING_TITLES = re.compile(rf"^{_EN_TITLES}")


def _apposed_person(who: str, appos: str | None) -> Claimant | None:
    """SESSION34b: a role phrase, then a person's name apposed to it with
    its rank ("Ukraine's top commander, General Ivan Koval, said"): the
    name without the rank, the role phrase its role; None otherwise.

    >>> c = _apposed_person("the army's top commander", "General Ivan Koval")
    >>> c.name, c.role
    ('Ivan Koval', "the army's top commander")
    """
    if not appos or not _ROLE_WORDS.search(who):
        return None
    # KNOWN41: a rank shortened with a stop before the name ("the commander
    # of the southern group, Brig. Gen. Ivan Moroz, said")
    appos = appos.strip()
    name = _LEADING_TITLES.sub("", appos)
    if name != appos and _APPOS_NAME.fullmatch(name):
        return Claimant(name.strip(), who.strip())
    ranked = _leading_role_words(appos)
    if ranked is None or not _APPOS_NAME.fullmatch(ranked.name):
        return None
    return Claimant(ranked.name, who.strip())


_COUNTRY_NAME = re.compile(r"Ukraine|Russia|United Nations|Vatican City")


def _city(label: str) -> bool:
    """CLAIMLEFT36: whether a label before a colon is a city a dateline or a
    live blog's entry names ("Одеса: …", "Kharkiv: …"), never a speaker; a
    country's name may speak ("Russia: …").

    >>> _city("Одеса"), _city("Kharkiv"), _city("Russia"), _city("Буданов")
    (True, True, False, False)
    """
    label = label.strip()
    return bool(_DATELINE_TOWN.fullmatch(label)) and not _COUNTRY_NAME.fullmatch(label)


def _named_claimant(rx: re.Pattern[str], m: re.Match[str], who: str) -> Claimant | None:
    """The claimant a speaker phrase names (with the role or name apposed
    to it: "the head of the Office, Andrii Yermak, stressed"), or None for
    a label, a town label ("Kurakhove: Moscow claims town") or no name."""
    if _LABEL.fullmatch(who.strip()):
        return None
    if rx in (_NAME_LABEL, _QUOTED_LABEL) and (
        TOWN_LABEL.search(who.strip()) or _city(who)
    ):
        return None  # "Kurakhove: Moscow claims town", "Селидово: …"
    if rx is _NAME_LABEL and _TOPIC_TAIL.match(m.string, m.end()):
        return None  # "Soledar: live updates", "Kherson: what we know"
    c = _split(who)
    appos = m.groupdict().get("appos")
    person = _apposed_person(who, appos)
    if person is not None:
        c = person  # "Ukraine's top commander, General X Y, said"
    elif c.name and not c.role and appos and _ROLE_WORDS.search(appos):
        c = Claimant(c.name, appos.strip())
    elif appos and _ROLE_WORDS.search(who) and _APPOS_NAME.fullmatch(appos):
        # "the head of the Office, Andrii Yermak, stressed"
        c = Claimant(appos.strip(), who)
    if c.pronoun or c.name:
        return Claimant(
            c.name,
            c.role,
            c.pronoun,
            m.start(),
            m.end(),
            said_as=c.said_as,
            # XCLAIM3-42: a denier speaks its own sentence only
            once=rx is _EN_PLURAL_VERBED or rx in _DENIER_FIRST.values(),
        )
    return None


# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
_ROLE_WORDS = folded(_ROLE_WORDS)
_ANY_SPEECH = folded(_ANY_SPEECH)
# speed (session 34): a sentence whose fold holds none of its lead's
# prefixes holds no speech: told by one automaton scan, not a regex search
# entered at nearly every character (None: always search)
_MAY_SPEAK = lead_gate(_ANY_SPEECH)
# speed: folded twins, asked only of sentences holding one of their keys
_REPORT_BY = keyed(folded(_REPORT_BY))
_PRONOUN_SOURCE = keyed(folded(_PRONOUN_SOURCE))
# speed: case-sensitive patterns skipped on sentences lacking a word every
# match holds as written
ANALYST = prefiltered(
    gated(ANALYST),  # speed: places no match opens at are passed at a glance
    ("analysis", "calculation", "tally", "count", "review", "estimate"),
)
_THE_DATA = prefiltered(
    _THE_DATA, ("data", "figures", "calculations", "tally", "analysis")
)
# (gated: a place no verb opens is passed at a glance, same matches)
_INNER_SPEECH = prefiltered(gated(_INNER_SPEECH), ("that",))
_SAID_AT = prefiltered(_SAID_AT, ("said", "told", "stated", "reported", "announced"))
_PASSIVE_SPEECH = prefiltered(_PASSIVE_SPEECH, ("by",))
_CITING = prefiltered(_CITING, ("citing",))
_PER_SOURCE = prefiltered(_PER_SOURCE, ("per ", "Per "))


# ---- call signs: the name a speaker goes by, the words before it the role ---

# "командир батальйону з позивним «Грім»", "с позывным Север", "call sign Tur":
# the call sign is the name, the words before it the role
# (speed: the role opens a word, where the leftmost match opens anyway, and
# a sentence without the call-sign word is not searched)
_CALL_SIGN = re.compile(
    r"(?<![\w'’-])(?P<role>[\w'’-]+(?:\s+(?:«[^»]{1,30}»|[\w'’-]+)){0,7}?)"
    # XCLAIM41: a relative clause before the sign ("командиру батальйону,
    # який воює в місті, з позивним «Граніт»")
    rf"(?:,\s+(?i:{every('CALL_SIGN_ASIDE')})\s[^,\n]{{1,60}}(?=,))?"
    r"(?:,\s*|\s+)(?:who asked to be identified by (?:his|her|the) |"
    r"who goes by (?:the |his |her )?|known by (?:the |his |her )?|"
    r"with (?:the |a )?|(?:з|із|під|с|под) )?"
    # XCLAIMEN40: a comma before a quoted sign ("only his call sign, "Tur",
    # be used")
    r"(?:call[- ]?sign|позивним|позывным)(?:,\s*(?=[«\"'‘“])|\s+)[«\"'‘“]?"
    r"(?P<name>[A-ZА-ЯІЇЄҐЁ][\w-]*(?:['’]\w+)*(?:\s+Z)?)"
)
_CALL_SIGN = prefiltered(
    _CALL_SIGN, ("call sign", "call-sign", "callsign", "позивним", "позывным")
)


# CLAIMLEFT40: a rank with no role word ("a captain in the 93rd Brigade")
_CALL_SIGN_RANK = re.compile(
    rf"(?<!\w)(?:{every('CALL_SIGN_RANKS')})\w*", re.IGNORECASE
)


def call_sign(sentence: str) -> Claimant | None:
    """The person a call sign introduces, the words before it as the role.

    >>> c = call_sign("The platoon commander, call sign Lynx, met us at dawn.")
    >>> (c.name, c.role)
    ('Lynx', 'The platoon commander')
    >>> call_sign("Командир роти з позивним «Сокіл» розповів про бої.").name
    'Сокіл'
    """
    low = sentence.lower()
    if "позивн" not in low and "позывн" not in low and "call" not in low:
        return None  # speed: no call sign without its word
    m = _CALL_SIGN.search(sentence)
    if m is None:
        return None
    # the role starts after a quotation or a speech verb before it: "…,"
    # said a drone-unit commander who goes by the call sign Borsuk"
    role = _ROLE_START.split(m["role"])[-1]
    role = _ARTICLE.sub("", role.strip(" ,"))
    if not role or not (_ROLE_WORDS.search(role) or _CALL_SIGN_RANK.search(role)):
        return None
    if _WE_LEAD.match(role) and _ROLE_WORDS.search(role):
        # XCLAIM41: "Ми зателефонували командиру батальйону, …": the outlet
        # and its verb are no part of the role
        role = _WE_LEAD.sub("", role)
    if _OWN_SIGN.search(role) and _ROLE_WORDS.search(role):
        # XCLAIMEN40: "The commander asked that only his call sign, …": the
        # role ends with the word naming him
        role = role[: _ROLE_WORD_END.search(role, _ROLE_WORDS.search(role).end()).end()]
    return Claimant(m["name"], role, False, m.start(), m.end())


# XCLAIMEN40: a title quoting a person, then naming him by his role ("'We
# held the bridge': a battalion commander on the Oskil front")
_QUOTED_TITLE = re.compile(
    r"^\W*?[\"'‘“«][^\"“”«»]{3,200}?[\"'’”»]\s*:\s+(?:an?|the|one)\s+"
    r"(?P<role>[^:\"“”]{3,80}?)\s*$"
    # XCLAIM41: uk/ru, no article; a quotation inside the quoted title, a
    # stop or a colon after it, a talk's genre before the role ("«Ми
    # тримаємо X, але «Y» довелося залишити»: розмова з комбатом", "«X не
    # впав». Командир батальйону — про бої", "«…»: командир отряда рассказал")
    rf"|^\W*?«(?:[^«»\n]|«[^«»\n]{{1,40}}»){{3,200}}?»\s*[:.]\s+"
    rf"(?P<talk>(?i:{every('TALK_TITLE_WORDS')})\s+(?:з|зі|із|с|со)\s+)?"
    r"(?P<role2>[А-ЯІЇЄҐЁа-яіїєґё][^:\"“”«»]{2,80}?)\s*$"
)


def quoted_title_role(line: str) -> str | None:
    """The role a title names after the quotation it opens with, or None.

    >>> quoted_title_role("'We held the bridge': a battalion commander on the Oskil")
    'battalion commander on the Oskil'
    >>> quoted_title_role("'We held the bridge': notes from the Oskil") is None
    True
    """
    m = _QUOTED_TITLE.match(line.strip())
    role = m and (m["role"] or m["role2"])
    if not role or not (_ROLE_WORDS.search(role) or m["talk"]):
        return None  # (a talk with someone names a person: "розмова з комбатом")
    return role


_OWN_SIGN = re.compile(r"\b(?:his|her)$")
_WE_LEAD = re.compile(
    r"^(?:we|ми|мы)\s+\S+\s+(?:(?:to|with|з|із|зі|с|со)\s+)?(?:(?:an?|the)\s+)?",
    re.IGNORECASE,
)
_ROLE_WORD_END = re.compile(r"[\w'’-]*")


_ROLE_START = re.compile(
    rf"[”\"]\s*|\b(?:{EN_SPEECH_VERBS}|told|{_UK_VERBS}|{_RU_VERBS})\s+", re.IGNORECASE
)


# a question line of an interview: "Q: …?", "— Що далі?", "How is it now?"
# ---- relays: a claim reported, then disputed by the document's own voice ---

# "A claimed X, but ISW has not observed confirmation", "…, однак у Генштабі
# це не підтверджують", "…, но в DeepState этого не подтверждают"
_DISPUTE = re.compile(
    r"[,;]\s+(?:but|however|though|although|while|yet|але|однак|проте|втім|"
    r"но|однако|впрочем)\s*,?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does|do|could|can)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
    r"(?:observed|seen|confirmed|verified|found|corroborated|geolocated)|"
    r"\bno (?:evidence|confirmation)\b|"
    r"(?<![\w])(?:не|ще не|еще не|пока не)\s+(?:підтвердж\w*|підтверджу\w*|"
    r"зафіксува\w*|фіксу\w*|подтвержд\w*|подтверди\w*|зафиксирова\w*|"
    r"фиксиру\w*|бачать|видят|спостерігають|наблюдают)",
    re.IGNORECASE,
)


def disputing_speaker(sentence: str, lang: str = "en") -> Claimant | None:
    """The speaker who disputes a claim the sentence reports: the voice the
    document carries on with, where the reported claimant speaks only once.

    >>> disputing_speaker("Bloggers claimed the capture of Zorivka, but the "
    ...                   "Monitor has not observed confirmation.").name
    'the Monitor'
    >>> disputing_speaker("Bloggers claimed the capture of Zorivka.") is None
    True
    """
    m = _DISPUTE.search(sentence)
    if m is None or not _UNCONFIRMED.search(m["rest"]):
        return None
    c = find_claimant(m["rest"], lang)
    if c is None or not c.name:
        c = _subject_of_denial(m["rest"])
    if c is None or not c.name:
        return None
    k = m.start("rest")
    return Claimant(c.name, c.role, False, k + max(c.start, 0), k + max(c.end, 0))


_DENIER = re.compile(
    r"^(?:(?:у|в|во)\s+)?(?P<who>(?:the\s+)?[A-ZА-ЯІЇЄҐЁ][^,;:]{0,60}?)\s+"
    r"(?:це|цього|этого|это|this|that|не|has|have|had|did|does|could|can|пока|"
    r"ще|еще|уже)\b"
)


def _subject_of_denial(clause: str) -> Claimant | None:
    """The body opening the disputing clause: "ISW has not observed …", "у
    Генштабі це не підтверджують"."""
    m = _DENIER.match(clause)
    return Claimant(m["who"], None, False, 0, m.end()) if m else None


# speed: the case-insensitive patterns added above search through a folded twin
ANALYSIS_BY = folded(ANALYSIS_BY)
_DISPUTE = folded(_DISPUTE)
_UNCONFIRMED = folded(_UNCONFIRMED)
