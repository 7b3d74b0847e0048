"""Which side an actor, a claimant or a pronoun stands for (UA / RU).

"our forces" and "the enemy" take their side from the claimant's side.

>>> [m.side for m in side_mentions("Russian troops pushed Ukrainian units back", "en")]
['RU', 'UA']
>>> side_of_text("Міністерство оборони України")
'UA'
>>> opposite("UA")
'RU'
>>> side_of_document("Okupanty: the occupiers and the occupiers left.")
'UA'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .fastre import Alternatives, folded, keyed
from .lang import every

_APOS = r"['’ʼ]"

_UA_EN = (
    r"Ukrain(?:e|ian|ians)(?:" + _APOS + r"s)?|Kyiv(?:" + _APOS + r"s)?|"
    r"Kiev(?:" + _APOS + r"s)?|AFU|ZSU|Zelensk\w*|Defen[cs]e Forces|"
    r"Armed Forces of Ukraine|Azov|National Guard"
)
_RU_EN = (
    r"Russia(?:n|ns)?(?:" + _APOS + r"s)?|Moscow(?:" + _APOS + r"s)?|"
    r"Kremlin(?:" + _APOS + r"s)?|Wagner|Russian-backed|separatists?|"
    r"pro-Russian|occupiers|invaders|Putin(?:" + _APOS + r"s)?|Chechen|orcs|"
    # Russian groups of forces by their own names ("the Vostok group of forces")
    r"(?:Centre|Center|Tsentr|Vostok|Zapad|Sever|Yug|Dnepr) (?:battle)?group(?:s)?"
    r"(?: of (?:forces|troops))?|"
    # "the Battlegroup Centre", "Battle Group West": Moscow's names in English
    r"Battle ?group (?:Centre|Center|Tsentr|Vostok|East|Zapad|West|Sever|North|"
    r"Yug|South|Dnepr)|"
    # Russian units named with no side word (session 21): "the Southern group
    # of forces", "1st Guards Tank Army", "20th Motor Rifle Division"
    r"(?:Southern|Northern|Eastern|Western|Central) group(?:s)? of (?:forces|troops)|"
    r"Guards(?= (?:Tank|Motor|Air|Airborne|Combined|Naval|Artillery|Army|"
    r"Division|Regiment|Brigade))|Motor Rifle|"
    # the Russian-run "republics" as actors ("DPR forces took X")
    r"DPR|LPR|(?:Donetsk|Luhansk|Lugansk) People['’]s Republic"
)
_UA_UK = (
    r"ЗСУ|ВСУ|Сил\w* оборони|Сил\w* обороны|Збройн\w+ Сил\w*(?: України)?|"
    r"українськ\w+|Україн\w+|украинск\w+|Украин\w+|Київ\w*|Киев\w*|"
    # (not Russia's holiday: "с Днём защитника Отечества", session 37)
    r"захисник\w*|защитник\w*(?!\w| Отечеств)|ВФУ|ТрО|тероборон\w*|"
    # Kyiv's forces in a Russian text: "киевские войска", "киевский режим"
    r"киевск\w+|"
    # slurs for Ukraine's soldiers in a Russian channel (RU24): "хохлы
    # удерживают треть X", "укропы отошли", "всушники"
    r"хохл(?:ы|ов|ам|ами|ах)|укроп(?:ы|ов|ам|ами|ах)|всушник\w*"
)
_RU_UK = (
    r"рф|РФ|Росі[їяює]\w*|росіян\w*|російськ\w+|окупант\w*|оккупант\w*|"
    r"загарбник\w*|рашист\w*|Росси\w+|россиян\w*|российск\w+|"
    r"ВС РФ|групп?ировк\w+ войск|армия России|Армия России|"
    r"вагнерівц\w*|вагнеровц\w*|орк(?:и|ів|ам|ами)|орков|"
    # slurs and short names for Russia's army (session 22): "русня", "росармія",
    # "кацапи", "москалі"
    r"русн(?:я|і|ю|ею)|росармі\w*|кацап\w*|москал\w*|"
    # the map's red zone is Russia's (session 22): "червона зона збільшилася
    # біля X", "красная зона расширилась у X"
    r"червон(?:а|ої|у|ою|ій) зон(?:а|и|у|ою|і)|"
    r"красн(?:ая|ой|ую) зон(?:а|ы|у|ой|е)(?= (?:[\w-]+ )?(?:увелич|расшир|выросл|"
    r"приросл))|"
    # Moscow and the Kremlin as the side ("под контролем Москвы"); "русские
    # войска" (not "русский язык")
    r"Москв\w*|Кремл\w*|русск(?:ие|их|им|ими|ая|ой|ую)(?= (?:войск|арми|военн|"
    r"солдат|штурмов|подразделени|оккупант))|"
    # Russian units named with no side word (session 21): guards and motor
    # rifle units, Kadyrov's men, the groups of forces by their names
    r"гвардійськ\w+|гвардейск\w+|мотострілецьк\w+|мотострелков\w+|"
    r"кадирівц\w*|кадыровц\w*|угрупованн\w+ (?:військ )?«(?:Центр|Південь|Схід|"
    r"Захід|Північ|Дніпро)»|ДНР|ЛНР|"
    # a Russian group of forces by its quoted name (RU24): "группировка
    # «Север»", "группировки \"Восток\""
    r"групп?ировк\w+ (?:войск )?[«\"“][\w -]{2,12}[»\"”]"
)
_WE = r"we|our|us|ours|наш\w*|ми|мы|нам|нас"
# B30REST39: the one asked, of the side the document's speakers are of: "you
# have lost X" put to an officer, "ви втратили", "вы потеряли" (``you_side``)
_YOU = r"you|your|ви|ваш\w*|вы"
_ENEMY = (
    r"enemy(?:" + _APOS + r"s)?|foe|ворог\w*|ворож\w*|противник\w*|неприятел\w*|"
    r"вражеск\w*|"
    r"враг(?:а|ом|у|и|ов|ами)?"
)
_PRONOUN = r"its|it|they|their|them|he|she|його|її|їх|вони|он|она|они|его|их"

# the actor words by raw side, in the order they are tried
_SIDE_WORDS = (
    ("UA", f"{_UA_EN}|{_UA_UK}"),
    ("RU", f"{_RU_EN}|{_RU_UK}"),
    ("WE", _WE),
    ("YOU", _YOU),
    ("ENEMY", _ENEMY),
    ("PRO", _PRONOUN),
)
_MENTION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<{side}>{words})" for side, words in _SIDE_WORDS)
    + r")(?![\w])",
    re.IGNORECASE,
)
# a time word after a preposition ("У жовтні ворог", "in May Russian forces")
# ends the prepositional phrase: the next side word is a subject
_TIME_WORD = (
    r"(?:\d+|" + every("MONTH_WORDS") + "|" + every("WEEKDAY_WORDS") + "|"
    r"ніч|ночь|добу|сутки|"
    # "за неделю ВСУ потеряли": the preposition is the period's, not the side's
    r"тиждень|тижні|недел|місяць|месяц|рік|год\b|week|month|year|"
    # the seasons and parts of a day (FIELDS23): "over the summer Russian
    # forces took", "за літо російські війська", "за лето ВС РФ"
    r"summer|winter|spring|autumn|fall\b|weekend|night|morning|evening|"
    r"літ[оа]\b|зим[аиу]\b|весн[аиу]\b|осін[ьі]\b|осен[іиь]\b|лет[оа]\b|"
    r"ранок|вечір|утро|вечер)"
)
_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|of|from|against|into|to|toward|towards|at|near|on|with|for|"
    r"across|inside|within|over|about|than|and|between|around|under)|"
    r"(?<![\w])(?:в|у|від|з|із|проти|до|по|для|на|о|об|от|из|против|під|под|"
    r"біля|около|над|за|между|між|після|после|перед|через|внаслідок|"
    # "вглубь обороны ВСУ", "вглиб оборони ворога" (RU24): the defender
    r"вследствие|вглубь|вглиб|углиб))\s+(?:the\s+|a\s+)?"
    # a complementiser starts a new subject: "... and that Russian forces took"
    r"(?:(?!(?:that|which|who|when|while|after|because|since|where|що|коли|"
    r"что|когда|как|як)\s|" + _TIME_WORD + r")\w+\s+)?$",
    re.IGNORECASE,
)
# a fronted place phrase, then a subject in the nominative plural: "Біля
# Марівки окупанти ...", "на Херсонщині українські підрозділи ...", "Под
# Марьевкой россияне ..." (not "на українські позиції"; a side's name after
# a fronted place: _FRONTED_NAME below)
_FRONTED_PLACE = re.compile(
    r"(?<![\w])(?:біля|поблизу|під|у|в|на|около|под|возле|во)\s+"
    # "в районі Марівки", "на околицях Марьевки": a noun before the place
    r"(?:(?:районі|районе|околиц\w+|окраїн\w+|окраин\w+)\s+)?"
    r"[\w’'ʼ-]+\s+$",
    re.IGNORECASE,
)
# ... or a named place fronted, then a side's name and its verb: "Под
# Торецком ВСУ продвинулись", "На Курщині Сили оборони відбили позиції"
# (SESSION32; the place a capital word, so "в обороне ВСУ" stays a genitive)
_FRONTED_NAME = re.compile(
    r"(?<![\w])(?i:біля|поблизу|під|у|в|на|около|под|возле|во)\s+"
    r"(?:(?:районі|районе|околиц\w+|окраїн\w+|окраин\w+)\s+)?"
    r"[А-ЯІЇЄҐЁ][\w’'ʼ-]+\s+$"
)
# a side's name that reads the same in every case (an acronym) or opens
# with a capital: "ВСУ", "ВС РФ", "Сили оборони", "Збройні сили України"
_SIDE_NAME = re.compile(
    r"(?:ЗСУ|ВСУ|ЗС РФ|ВС РФ|ВСРФ|[А-ЯІЇЄҐЁ][\w’'ʼ-]*(?:\s+[\w’'ʼ-]+)*)"
)
_VERB_NEXT = re.compile(
    # (a time of two words may stand between: "минулого тижня", "на днях")
    r"(?:\s+[а-яіїєґё][\w’'ʼ-]*){0,2}?\s+"
    r"[а-яіїєґё][\w’'ʼ-]*(?:ли|ла|ло|ют|ят|ють|ять|ут|ать|ить|ся|сь)"
    r"(?![\w’'ʼ-])"
)
_NOMINATIVE_PLURAL = re.compile(
    r"(?-i:[а-яіїєґё]+(?:ни|ти|ки|ці|ие|не|цы|ы|ські|цькі|ские|цкие)|"
    # "Біля Марівки наші воїни ...", "У Марьевки наши ...": "we" as subject
    r"наші|наши|"
    # "Біля Марівки ворог просунувся", "Под Марьевкой противник …": the
    # enemy in the nominative singular opens the subject too
    r"(?i:ворог|противник|враг|неприятель))"
)
# "Ukraine's armed forces" is an actor even after a preposition-like word.

_UA_CLAIMANT = re.compile(
    r"Ukrain|Україн|Украин|ЗСУ|ВСУ|Zelensk|Зеленськ|Зеленск|Malia?r|Malyar|"
    r"Маляр|Syrsk|Сирськ|Сырск|Budanov|Буданов|Zaluzh|Залужн|Kyiv|Київ|Киев|"
    r"DeepState|Pletenchuk|Плетенчук|Yevlash|Євлаш|Gromov|Громов|Voloshyn|"
    r"Волошин|Shtupun|Штупун|Trehubov|Трегубов|Генштаб|General Staff|Sybiha|"
    r"Kuleba|Podolyak|Podolyak|Подоляк|Tarnavsk|Тарнавськ|Naiev|Cherevaty|"
    r"Череват|Lykhovy|Лиховий|Liut|Khortytsia|Хортиця|Сил\w* оборони|"
    # Ukrainian operational commands and groups ("ОТГ «Луганск»", "OSGT Tavria")
    r"\bОТГ\b|\bОТУ\b|\bОСУВ\b|\bОСГВ\b|\bOSGT\b|Tavria|Таврі|Таврия|Хортиц|"
    # Ukrainian state media and commands relaying the Ukrainian side
    r"Ukrinform|Укрінформ|Укринформ|Suspilne|Суспільне|Ukrainska Pravda|"
    r"Українська правда|Kyiv Independent|Оборони Півдня|Defen[cs]e Forces of the "
    r"South|South(?:ern)? Defen[cs]e Forces|Operational Command|ОК «|"
    # Ukrainian bodies and unit names: military administrations, "separate"
    # brigades, the National Guard, intelligence, unmanned systems forces
    r"\bОВА\b|\bОДА\b|військов\w+ адміністрац\w+|military administration|"
    r"окрем\w+ (?:\w+ )?бригад\w*|Separate (?:\w+ )?Brigade|\bОШБ\b|\bОМБр\b|"
    r"National Guard|Нацгвард\w*|Національн\w+ гвард\w*|\bНГУ\b|\bДПСУ\b|"
    r"\bГУР\b|\bHUR\b|\bСБУ\b|\bSBU\b|\bССО\b|безпілотних систем|"
    r"Unmanned Systems Forces|Magyar|Мадяр",
    re.IGNORECASE,
)
_RU_CLAIMANT = re.compile(
    r"Russia|Росі|Росси|\bРФ\b|Shoigu|Шойгу|Gerasimov|Герасимов|Konashenkov|"
    r"Конашенков|Moscow|Москв|Kremlin|Кремл|Putin|Путин|Путін|Peskov|Песков|"
    r"Pushilin|Пушилин|Пушилін|Belousov|Белоусов|Минобороны|Мінобороны|"
    r"Saldo|Сальдо|Balitsky|Балицк|Pasechnik|Пасечник|Smirnov|Смирнов|"
    r"Gladkov|Гладков|Khinshtein|Хинштейн|milbloggers?|военкор|Prigozhin|"
    r"Пригожин|Wagner|Вагнер|Kadyrov|Кадыров|Кадиров|Rybar|Рыбар|Apti Alaudinov|"
    r"Алаудинов|Sladkov|Сладков|"
    # state media relaying the Russian side, Russian groups of forces and the
    # Russian-installed authorities
    r"\bTASS\b|ТАСС|\bRIA\b|РИА|Izvesti|Известия|Sputnik|"
    r"групп?ировк\w* войск|"
    r"(?:Vostok|Zapad|Tsentr|Yug|Sever|Dnepr) (?:group|battlegroup)|"
    r"\bДНР\b|\bЛНР\b|\bDPR\b|\bLPR\b|People['’]s Republic|Народн\w+ Республик|"
    # Russian unit and body names
    r"мотострелк\w*|motor(?:ized)? rifle|Росгвард\w*|Rosgvardia|Ахмат|Akhmat|"
    r"\bВДВ\b|\bВКС\b|военкор\w*|war correspondent|врио губернатора",
    re.IGNORECASE,
)


# a side word naming a place's spelling: "Ukrainian name", "російська назва"
_NAMING = re.compile(
    r"\s+(?:name|spelling|назв[аиуі]\w*|названи\w+|наименовани\w+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SideMention:
    """An actor word: ``side`` is UA, RU, WE, ENEMY or PRO (pronoun).

    ``prep`` says whether it stands after a preposition (no agent): a bool,
    or a function deciding it when :attr:`after_preposition` is first read
    (speed: the rules read it for about one mention in three).

    >>> SideMention(0, 6, "RU", "Russia", lambda: True).after_preposition
    True
    """

    start: int
    end: int
    side: str
    text: str
    prep: bool | Callable[[], bool] = field(repr=False, compare=False)

    @property
    def after_preposition(self) -> bool:
        """Whether the side word stands after a preposition (decided once)."""
        prep = self.prep
        if prep is True or prep is False:
            return prep
        prep = bool(prep())  # type: ignore[operator]
        object.__setattr__(self, "prep", prep)  # (frozen: kept once decided)
        return prep


_TOWN_UKRAINSK = re.compile(r"Украинск[аеу]?|Українськ[уа]?|Ukrainsk")
_CAPITAL_WORD = re.compile(r"(?:Kyiv|Kiev|Moscow|Київ|Киев|Москв)")
_POSSESSIVE_END = re.compile(r"['’ʼ]s$")
# "units of the ...", "troops of the ...": the side word names the units' army
_UNITS_OF = re.compile(
    r"\b(?:units|troops|forces|soldiers|servicemen|fighters|formations)"
    r" of the\s+$",
    re.IGNORECASE,
)
_UNITS_OF = keyed(_UNITS_OF)  # speed: passed over texts lacking its keys

# a fronted place phrase ending in a plural noun, then a side's forces: "on
# the flanks Ukrainian forces", "in the villages Russian troops" (the side
# word opens the subject, not the phrase: not "of the various Russian units")
_PLURAL_PLACE_BEFORE = re.compile(
    r"\b(?:on|in|at|along|near|across|around)\s+the\s+[a-z]+[^u\W]s\s+$",
    re.IGNORECASE,
)
_FORCES_NEXT = re.compile(
    r"\s+(?:forces|troops|units|soldiers|infantry|army|military|fighters)\b"
)


def side_mentions(text: str, lang: str = "en") -> list[SideMention]:
    """Actor words in ``text`` with their raw side: a recipe of the words that
    name no actor, then whether each stands after a preposition."""
    out = []
    for m in _MENTION_SCAN.finditer(text):
        side = m.lastgroup or ""
        word = m.group(0)
        if _no_actor(text, m, side, word, lang):
            continue
        # decided when a rule asks (speed: most mentions are never asked)
        prep = functools.partial(
            _after_preposition, text, m.start(), m.end(), side, word, lang
        )
        # "Ukraine's troops", "Russia's army": possessive actors stay actors
        out.append(SideMention(m.start(), m.end(), side, word, prep))
    return out


def _no_actor(text: str, m: re.Match[str], side: str, word: str, lang: str) -> bool:
    """Whether the side word ``m`` names no actor: "it" outside English, the
    town of Ukrainsk, a name given ("украинское название"), "US"/"IT", a
    lower-case nationality or a capitalised pronoun in English."""
    if side == "PRO" and lang != "en" and word.lower() in ("it",):
        return True
    if _TOWN_UKRAINSK.fullmatch(word):
        return True  # the town of Ukrainsk, not the side
    if _NAMING.match(text, m.end()):
        return True  # "(украинское название — Покровск)": a name, no actor
    if word in ("US", "IT", "It's") or (
        side in ("UA", "RU")
        and lang == "en"
        and word[:1].islower()
        and word.lower() not in ("separatists", "occupiers", "invaders", "orcs")
    ):
        return True
    return (
        side in ("WE", "PRO")
        and lang == "en"
        and not word.islower()
        and word not in ("We", "Our", "They", "Their", "Its", "It", "He", "She")
    )


def _after_preposition(
    text: str, start: int, end: int, side: str, word: str, lang: str
) -> bool:
    """Whether the side word at ``start``..``end`` stands after a preposition
    (no agent): a preposition before it, unless a new subject opens there; or
    a capital word used as a place ("from Kyiv", "the capital Moscow")."""
    prep = _prep_before(text[max(0, start - 30) : start])
    if prep and _new_subject(text, start, end, side, word, lang):
        prep = False
    if prep and _UNITS_OF.search(text, max(0, start - 40), start):
        prep = False  # "units of the Vostok group": the units' own side
    if prep and _OF_THEN_GERUND.search(text, max(0, start - 9), start):
        # KNOWN39: "claims of Russian forces capturing X": the side is the
        # gerund's agent
        # (KNOWNLEFT39: room for "of the " before the side word)
        prep = _GERUND_AFTER.match(text, end) is None
    if _CAPITAL_WORD.match(word) and not _POSSESSIVE_END.search(word):
        nxt = text[end : end + 12]
        if _PLACE_AFTER_CAPITAL.match(nxt) or _PLACE_NOUN_BEFORE.search(
            text[max(0, start - 20) : start]
        ):
            prep = True
    return prep


# KNOWN39: "of" before a side whose gerund follows ("reports of Russian
# troops taking X", "claims of Ukrainian forces having retaken X")
_OF_THEN_GERUND = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_GERUND_AFTER = re.compile(
    r"(?:\s+(?:forces|troops|army|units|soldiers|military|servicemen))?"
    r"\s+(?!during\b|according\b|including\b)[a-z]+ing\b"
)


# a capital named as a place: "from Kyiv", "Kyiv and …", "the capital Moscow"
_PLACE_AFTER_CAPITAL = re.compile(
    r"\s*(?:[,.;:)\]]|$|(?:from|to|in|on|at|of|and|или|і|и|"
    r"та|з|із|в|у|на)\b)"
)
_PLACE_NOUN_BEFORE = re.compile(
    r"(?:capital|city|town|of|in|near|to|toward|towards|столиц\w*|"
    r"місто|город)\s+$"
)


def _prep_before(window: str) -> bool:
    """Whether ``window`` ends in a preposition (:data:`_PREP_BEFORE`).

    Speed: a match ends in white space at the window's end and holds at
    most three words (the preposition, an article, one word), so the search
    starts at the third word from the end (the same string: the look-behinds
    see what they saw).

    >>> _prep_before("troops moved toward the "), _prep_before("said that ")
    (True, False)
    """
    if not window[-1:].isspace():
        return False
    head = window.rsplit(None, 3)
    return bool(_PREP_BEFORE.search(window, len(head[0]) if len(head) == 4 else 0))


_AND_BEFORE = re.compile(
    r"(?:\b(?:and|but)|(?<![\w])(?:і|та|и|а|але|но))\s+$", re.IGNORECASE
)


def _new_subject(
    text: str, start: int, end: int, side: str, word: str, lang: str
) -> bool:
    """Whether a side word after a preposition opens a new subject: after
    "and"/"but", after a fronted place phrase, or a side's forces after "on
    the flanks"."""
    if side in ("WE", "PRO", "ENEMY") and _AND_BEFORE.search(
        text[max(0, start - 6) : start]
    ):
        return True  # "and we have not taken X": a new subject
    if _NOMINATIVE_PLURAL.fullmatch(word) and _FRONTED_PLACE.search(
        text, max(0, start - 40), start
    ):
        return True  # "Біля Марівки окупанти просунулися": a new subject
    if (
        _SIDE_NAME.fullmatch(word)
        and _FRONTED_NAME.search(text, max(0, start - 40), start)
        and _VERB_NEXT.match(text, end)
    ):
        return True  # "Под Торецком ВСУ продвинулись": the name is the subject
    if (
        lang == "en"
        and side in ("UA", "RU")
        and _FORCES_NEXT.match(text, end)
        and _COMMA_AND_BEFORE.search(text, max(0, start - 8), start)
    ):
        return True  # "took X, and Ukrainian troops retook Y": a new subject
    if (
        lang == "en"
        and side in ("UA", "RU")
        and _AND_ONLY_BEFORE.search(text, max(0, start - 8), start)
        and _FORCES_THEN_VERB.match(text, end)
    ):
        # KNOWN41: "advanced near X and Ukrainian troops retook Y" (no comma):
        # a side's forces and a past verb after "and" open a new subject
        return True
    return bool(
        lang == "en"
        and side in ("UA", "RU")
        and _FORCES_NEXT.match(text, end)
        and _PLURAL_PLACE_BEFORE.search(text, max(0, start - 30), start)
    )  # "on the flanks Ukrainian forces advanced": a subject


# (session 30) a clause joined by a comma and "and" opens with its own
# subject: "Russian troops took X, and Ukrainian troops retook Y"
_COMMA_AND_BEFORE = re.compile(r"[,;]\s*(?:and|but)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_ONLY_BEFORE = re.compile(r"\sand\s+(?:the\s+)?$", re.IGNORECASE)
# a side's forces and a verb in the past right after them ("Ukrainian troops
# retook", "Russian forces have captured")
_FORCES_THEN_VERB = re.compile(
    r"\s+(?:forces|troops|units|soldiers|infantry|army|military|fighters)"
    r"\s+(?:(?:also|then|later)\s+)?(?:(?:had|have|has)\s+)?"
    r"(?:[a-z]+ed|took|retook|won|broke|overran|drove|made|held|fought)\b"
)


@functools.lru_cache(maxsize=4096)
def side_of_text(text: str | None) -> str | None:
    """Side of a claimant name/role, or None."""
    if not text:
        return None
    ua = _UA_CLAIMANT.search(text)
    ru = _RU_CLAIMANT.search(text)
    if ua and not ru:
        return "UA"
    if ru and not ua:
        return "RU"
    if ua and ru:
        if all(_BOTH_SIDES.fullmatch(m.group(0)) for m in _UA_CLAIMANT.finditer(text)):
            return "RU"  # "начальник Генштаба Валерий Герасимов": Moscow's staff
        if all(_BOTH_SIDES.fullmatch(m.group(0)) for m in _RU_CLAIMANT.finditer(text)):
            return "UA"  # B33FLD2: "Минобороны Украины": Kyiv's ministry
        return "UA" if ua.start() < ru.start() else "RU"
    return None


# bodies both armies have: a side word next to one settles whose it is
_BOTH_SIDES = re.compile(
    r"генштаб\w*|general staff|минобороны|мінобороны", re.IGNORECASE
)


# a whole side named as a people or an army ("Росіяни пишуть, що …", "the
# Russians claim …"): a speaker a text relays, never the voice its "we" is
_COLLECTIVE = re.compile(
    r"(?:Russians|Ukrainians|occupiers|invaders|orcs|росіяни|українці|"
    r"окупанти|загарбники|россияне|украинцы|оккупанты|"
    # UK28/RU28: a country speaking as a whole ("Росія заявляє, що …") speaks
    # for its own sentence, like its people
    r"Росія|Україна|Россия|Украина)",
    re.IGNORECASE,
)


def collective_side(name: str | None) -> str | None:
    """The side a claimant that is a whole people or army stands for, or None.

    >>> collective_side("Росіяни"), collective_side("the Russians")
    ('RU', 'RU')
    >>> collective_side("Дмитро Запорожець") is None
    True
    """
    words = (name or "").split()
    if not words or len(words) > 3 or not _COLLECTIVE.fullmatch(words[-1]):
        return None
    m = _MENTION.fullmatch(words[-1])
    return m.lastgroup if m and m.lastgroup in ("UA", "RU") else None


def you_side(mentions: list[SideMention], side: str | None) -> list[SideMention]:
    """The mentions with "you" (YOU) made the side ``side`` of the document's
    speakers, or WE (the sentence's speaker's) when no side is known.

    >>> [m.side for m in you_side(side_mentions("you have lost X"), "UA")]
    ['UA']
    """
    if not any(m.side == "YOU" for m in mentions):
        return mentions
    return [replace(m, side=side or "WE") if m.side == "YOU" else m for m in mentions]


def opposite(side: str | None) -> str | None:
    return {"UA": "RU", "RU": "UA"}.get(side or "")


def concrete(raw: str, perspective: str | None) -> str | None:
    """Turn WE/ENEMY into UA/RU given the speaker's side."""
    if raw in ("UA", "RU"):
        return raw
    if raw == "WE":
        return perspective
    if raw == "ENEMY":
        return opposite(perspective)
    return None


# words only one side's own reporting uses of the war: the document's side when
# no speaker settles it ("the first person takes the side of the speaker, or
# failing that the document's")
_RU_VOICE = re.compile(
    r"special military operation|специальн\w+ военн\w+ операци\w+|\bСВО\b|"
    r"Kiev regime|киевск\w+ режим\w*|Artemovsk|Артемовск\w*|neo-?Nazis?|"
    r"неонацист\w*|укронацист\w*|боевик\w* ВСУ|ВФУ|Novorossiya|Новороссия|"
    r"Ukrainian militants|Ukrainian formations|украинск\w+ формировани\w+|"
    # slurs for Ukrainians and Russian group names, transliterated too
    r"khokhl\w*|khokhol\w*|хохл\w*|svidom\w*|свидом\w*|ukrop\w*|укроп\w*|"
    r"(?:Centre|Center|Tsentr|Vostok|Zapad|Sever|Yug|Dnepr) groups? of forces|"
    # FIELDS25B: Moscow's English spellings of Ukrainian places ("Kharkov",
    # "Zaporozhye", "Krasnoarmeysk"): an English relay of Russian reports
    r"\b(?:Kiev|Kharkov|Zaporozhye|Nikolayev|Krasnoarmeysk|Artyomovsk|"
    r"Dzerzhinsk|Ugledar|Avdeyevka|Kupyansk|Kremennaya|Seversk|Chasov Yar|"
    r"Volchansk|Konstantinovka|Krasny Liman|Dnepropetrovsk|AFU)\b",
    re.IGNORECASE,
)
_UA_VOICE = re.compile(
    r"\boccupiers\b|occupying forces|окупант\w*|рашист\w*|кацап\w*|\borcs\b|"
    r"\brashists?\b|\bkatsap\w*|"
    r"\bорк(?:и|ів|ам|ами)\b|загарбник\w*|Сил\w* оборони|"
    r"Defen[cs]e Forces of Ukraine|de-?occup\w*|деокуп\w*|деоккуп\w*|"
    r"full-scale invasion|повномасштабн\w+ вторгнен\w*|"
    r"полномасштабн\w+ вторжени\w*|"
    # a Ukrainian report written in Russian: "Силы обороны", "захватчики",
    # "страна-агрессор", "временно оккупированные территории"
    r"Сил\w* обороны|захватчик\w*|агрессор\w*|временно оккупированн\w*|"
    # the Russian spelling of "occupiers" (FIELDS23): "оккупанты", "оккупантов"
    r"оккупант\w*",
    re.IGNORECASE,
)
# "russian troops" in lower case: a Ukrainian house style
_UA_LOWER = keyed(re.compile(r"\bruss?ian (?:troops|forces|army|occupiers)"))
_VOICE_MARGIN = 2  # one side's words must outnumber the other's by this
# GAINNEG34: in English one side's word is enough (an English text with a
# "Kiev regime" or a "khokhly" and none of the other side's words is a relay
# of that side's voice; in Russian the other side's own names are quoted more)
_VOICE_MARGIN_LANG = {"en": 1}


def _count(rx: Any, text: str) -> int:
    """How many non-overlapping matches of ``rx`` ``text`` holds (as
    ``len(rx.findall(text))``, through the folded twin's ``finditer``)."""
    return sum(1 for _ in rx.finditer(text))


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened on its own line
    (an odd number of straight quotes, or more opening than closing curly
    ones, before it).

    >>> _in_quotation('He said "the goals of the operation".', 12)
    True
    >>> _in_quotation('He said "no." The operation goes on.', 20)
    False
    """
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _count_unquoted(rx: Any, text: str) -> int:
    """How many matches of ``rx`` in ``text`` stand outside quotations."""
    return sum(1 for m in rx.finditer(text) if not _in_quotation(text, m.start()))


def side_of_document(text: str, lang: str | None = None) -> str | None:
    """The side whose own war vocabulary a text uses, or None.

    >>> side_of_document("The special military operation goes on; the Kiev "
    ...                  "regime lost Artemovsk.")
    'RU'
    >>> side_of_document("Окупанти відступили, Сили оборони деокупували село.")
    'UA'
    >>> side_of_document("Troops advanced.") is None
    True
    """
    margin = _VOICE_MARGIN_LANG.get(lang or "", _VOICE_MARGIN)
    if margin < _VOICE_MARGIN:
        # one word decides: a word quoted from someone else ("to achieve the
        # goals of the special military operation") is not the text's voice
        ru = _count_unquoted(_RU_VOICE, text)
        ua = _count_unquoted(_UA_VOICE, text) + _count_unquoted(_UA_LOWER, text)
    else:
        ru = _count(_RU_VOICE, text)
        ua = _count(_UA_VOICE, text) + _count(_UA_LOWER, text)
    if ru - ua >= margin:
        return "RU"
    if ua - ru >= margin:
        return "UA"
    return None


# XGAIN2-43: an opening line naming the post's own voice (lang
# HEADER_VOICE_RU/UA; a flag opening the post): a bracketed or parenthesised
# line, or one ending in a colon, not a headline reporting what a side says
_HEADER_VOICE = {
    side: re.compile(every(f"HEADER_VOICE_{side}"), re.IGNORECASE)
    for side in ("RU", "UA")
}
_HEADER_FLAG = {"\U0001f1f7\U0001f1fa": "RU", "\U0001f1fa\U0001f1e6": "UA"}
_HEADER_MAX = 160  # a header line, not a paragraph


def header_side(text: str) -> str | None:
    r"""The side an opening header line names as the post's own voice.

    >>> header_side("[Translated from a Russian military Telegram channel]\n"
    ...             "Our units advanced.")
    'RU'
    >>> header_side("\U0001f1fa\U0001f1e6 Summary for May 3\nOur units held.")
    'UA'
    >>> header_side("Russian channels claim the capture of X\nThe claim ...") is None
    True
    """
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if not line or len(line) > _HEADER_MAX:
        return None
    for flag, side in _HEADER_FLAG.items():
        if line.startswith(flag):
            return side
    if not (line[0] in "[(" or line.endswith(":")):
        return None
    found = [side for side, rx in _HEADER_VOICE.items() if rx.search(line)]
    return found[0] if len(found) == 1 else None


# well-known people named in war reporting: never place names
KNOWN_PEOPLE = re.compile(
    r"(?:Zelensk\w*|Зеленськ\w*|Зеленск\w*|Malia?r|Malyar|Маляр\w*|Syrsk\w*|"
    r"Сирськ\w*|Сырск\w*|Budanov|Буданов\w*|Zaluzhn\w*|Залужн\w*|Shoigu|Шойгу|"
    r"Gerasimov|Герасимов\w*|Konashenkov|Конашенков\w*|Putin|Путін\w*|Путин\w*|"
    r"Peskov|Песков\w*|Pushilin|Пушилін\w*|Пушилин\w*|Belousov|Белоусов\w*|"
    r"Prigozhin|Пригожин\w*|Yermak|Єрмак\w*|Kuleba|Кулеба|Podolyak|Подоляк\w*|"
    r"Pletenchuk|Плетенчук\w*|Yevlash|Євлаш\w*|Voloshyn|Волошин\w*|"
    r"Gladkov|Гладков\w*|Smirnov|Смирнов\w*|Saldo|Сальдо|Lavrov|Лавров\w*|"
    r"Biden|Trump|Scholz|Macron|Stoltenberg|Rutte|Blinken|Austin|Sybiha|Umerov|"
    r"Умєров\w*|Shmyhal|Шмигал\w*|Kadyrov|Кадыров\w*)$"
)

# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
_MENTION = folded(_MENTION)
# speed: side words found side by side (each side's group a pattern of its
# own, tried in the pattern's order where its opening letters stand: a
# pronoun is no longer tried against every side's names first); the same
# matches as ``_MENTION.finditer``, with the same ``lastgroup``
_MENTION_SCAN = Alternatives(
    _MENTION,
    [
        re.compile(rf"(?<![\w-])(?:(?P<{side}>{words}))(?![\w])", re.IGNORECASE)
        for side, words in _SIDE_WORDS
    ],
)
_PREP_BEFORE = folded(_PREP_BEFORE)
_UA_CLAIMANT = folded(_UA_CLAIMANT)
_RU_CLAIMANT = folded(_RU_CLAIMANT)
_RU_VOICE = folded(_RU_VOICE)
_UA_VOICE = folded(_UA_VOICE)
