"""Word lists (as regular expressions) for the claim extractor, per language.

Trigger families:

* ``capture``  — the actor gains a place: liberated, captured, took control,
  звільнили, окупували, освободили, заняли, взяли под контроль ...
* ``withdraw`` — the actor loses it: withdrew, pulled out, fell back,
  відступили, вийшли з, отступили ...
* ``advance``  — forward movement: advanced, progress, pushing toward,
  reached, просунулися, продвинулись ...
* ``fight``    — fighting, attacks, repelled assaults, бої, зіткнення, бои ...
* ``attempt``  — "tried to advance", намагалися прорвати: fighting, not a gain
* ``stall``    — "have stalled": a negated advance
* ``hold``     — controls / holds (area held)
* ``gain``     — nouns of gains used with areas ("territorial gains")
"""

from __future__ import annotations

import re

from .anaphora import (
    EN_NAMING_ONLY,
    EN_SETTLEMENT,
    PUNKT,
    case_forms,
    en_settlement,
    stem,
)
from .fastre import folded, gated, keyed, prefiltered, within_runs
from .lang import en, every, ru, uk
from .stems import derive_stems, prefix_regex

F = re.IGNORECASE
# the languages the extractor reads, each a data module of text/lang
LANGUAGES = {"en": en, "uk": uk, "ru": ru}
# the side a language's own reporting speaks for, when nothing else settles it
HOME_SIDE = {code: mod.HOME_SIDE for code, mod in LANGUAGES.items() if mod.HOME_SIDE}

TRIGGERS: dict[str, dict[str, str]] = {
    code: mod.TRIGGERS for code, mod in LANGUAGES.items()
}

# a trigger word used as an adjective ("the captured towns", "occupied Crimea")
ADJ_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|of|in|on|from|newly|recently|previously|"
    r"temporarily|partially|partly|once|already|with|into|against|to|by|"
    r"now|still|formerly|illegally|as)|-)\s*$",
    F,
)
ADJ_AFTER_NOUN = re.compile(
    r"^\s*(?:cities|towns|villages|territor(?:y|ies)|areas?|lands?|regions?|"
    r"city|town|village|settlements?|parts?|Russian|Ukrainian|forces|troops|"
    r"units|Crimea|Donbas|Kharkiv|Kherson|Zaporizhzhia|Donetsk|Luhansk|Mariupol|"
    r"Melitopol|Bakhmut|territories)\b",
)

CONDITIONAL = {code: re.compile(mod.CONDITIONAL, F) for code, mod in LANGUAGES.items()}

NEGATION = {code: re.compile(mod.NEGATION, F) for code, mod in LANGUAGES.items()}
# a form of the trigger word that tells no deed done (uk/ru): in every family,
# in a gain or loss only, and the conditional particle after it
UNDONE = {
    code: (
        re.compile(mod.UNDONE, F),
        re.compile(mod.UNDONE_GAIN, F),
        re.compile(mod.UNDONE_AFTER, F),
    )
    for code, mod in LANGUAGES.items()
    if hasattr(mod, "UNDONE")
}
# a verb in the first person plural ("місто тримаємо"): the speaker's side
# (English verbs carry no person: "we" is a mention of its own)
FIRST_PLURAL = {
    code: re.compile(mod.FIRST_PLURAL, F)
    for code, mod in LANGUAGES.items()
    if hasattr(mod, "FIRST_PLURAL")
}
# a counted fight ("repelled 17 attacks"): located by the sentences before
COUNTED_FIGHT = {
    code: re.compile(mod.COUNTED_FIGHT, F) for code, mod in LANGUAGES.items()
}
# a denial after the claim: "... is not true", "не відповідає дійсності"
NEGATION_AFTER = re.compile(
    # LEFTEN36: "no" as the trigger's object: "captured no villages", "have
    # gained no ground" ("no fewer than" is no such object)
    r"^\s+no\s+(?:new\s+|further\s+|more\s+|significant\s+)?(?:villages?|towns?|"
    r"settlements?|ground|territory|land|positions?)\b|"
    r"\b(?:(?:is|are|was|were) (?:not true|untrue|false|fake)|"
    # "Russia's claim to have taken X was denied by Kyiv"
    r"(?:was|were|has been|have been) (?:\w+ )?(?:denied|rejected|refuted|disputed|"
    r"dismissed) by|(?:is|are|was|were)"
    r" not confirmed|ha(?:s|ve) not been (?:confirmed|verified)|remains? unconfirmed|"
    r"(?:do|does|did) not (?:correspond|conform) to (?:the )?(?:reality|facts|truth)|"
    r"(?:is|are|was|were) not (?:accurate|correct|real)|"
    r"(?:is|are|was|were) ['‘\"“]?(?:a |an |pure |complete |just )?"
    # "were Russian propaganda", "is enemy disinformation"
    r"(?:(?:Russian|Kremlin|enemy|Ukrainian|Kyiv|hostile|blatant|outright) )?"
    r"['‘\"“]?(?:fantasy|fiction|"
    r"propaganda|lies?|nonsense|fake|fabrication|fabricated|disinformation))\b|"
    # a contrast that calls the claim untrue: "…, but this is not true", "але
    # це не так", "однако это неправда"
    r"(?<![\w])(?:but|however|yet|але|однак|проте|втім|но|однако)\W{0,2}\s*"
    r"(?:this|that|it|це|это)\s+(?:is\s+|was\s+)?(?:not true|untrue|false|"
    r"not the case|not so|не так|неправда|не відповіда\w*|не соответству\w*|"
    r"ложь|фейк|брехня)(?![\w])|"
    # a predicate adjective closing the clause: "сведения о захвате X ложные"
    r"(?<![\w])(?:ложн|неправдив|недостоверн|фейков)\w*(?=\s*(?:[.;!]|$))|"
    r"(?<![\w])(?:назва\w* (?:це |их |ці |ее |її )?(?:ложью|фейком|неправдой|"
    r"выдумкой|брехнею|фейком|неправдою|вигадкою|дезинформацией|дезінформацією))|"
    # "назвал заявление о взятии X ложью": the instrumental of "call it a lie";
    # "твердження про захоплення X — фейк"
    r"(?<![\w])(?:ложью|фейком|неправдой|неправдою|брехнею|вигадкою)(?![\w])|"
    r"\b(?:false|untrue|a lie|a fabrication)(?=\s*(?:[.;]|$))|"
    r"[—–]\s*(?:це |это )?(?:фейк|неправда|ложь|брехня|вигадка|выдумка)(?![\w])|"
    r"(?<![\w])(?:не відповіда\w* дійсності|не соответству\w* действительности|"
    r"не підтвердж\w*|не подтвержд\w*|немає$|нет$|відсутн\w*|отсутству\w*)|"
    # the perfective past closing the clause: "захоплення X у ЗСУ не
    # підтвердили.", "захват X не подтвердили." (the present stem above has
    # the "ж" the past lacks; a past verb with an object after it is left)
    r"(?<![\w])не (?:підтверди(?:в|ла|ли|ло)|подтверди(?:л|ла|ли|ло))"
    r"(?=\s*(?:[.;!]|$))|"
    # a verdict noun after the claim: "… назвал заявление о взятии X ложью",
    # "твердження про захоплення X — фейк", "called the claim of X false."
    r"(?<![\w])(?:ложью|неправдой|выдумкой|брехнею|неправдою|вигадкою|"
    r"(?<=[—–-] )(?:фейк|ложь|неправда|брехня|вигадка))(?![\w])|"
    # "про «звільнення» X — не вірте": the other side's claim, disbelieved
    r"(?<=[—–-] )не (?:вірте|віримо|верьте|верим)(?![\w])|"
    # the claim called a plant or propaganda, or false by an adjective:
    # "о взятии X — вброс", "являются пропагандой", "назвали ложной"
    r"(?<![\w])(?:(?<=[—–-] )(?:это |це )?(?:вброс|дезинформаци\w*|"
    r"дезінформаці\w*|пропаганд\w*)|вбросом|дезинформацией|дезінформацією|"
    r"пропагандой|пропагандою|назва\w* (?:\w+ )?(?:ложн|фейков|недостоверн|"
    r"неправдив)\w*)(?![\w])|"
    r"\b(?:false|untrue)(?=\s*[.;]|\s*$)",
    F,
)
# a claim called premature by its own side: negated, the gainer kept ("…
# говорить о полном освобождении X пока преждевременно", "«полный контроль»
# над X — рано", "що X наш, — не поспішайте")
PREMATURE = re.compile(
    r"\bpremature(?:ly)?\b|(?<![\w])(?:преждевременн\w*|передчасн\w*|зарано|"
    r"(?:(?<=[—–-] )|(?<=пока )|(?<=поки )|(?<=ещё )|(?<=еще )|(?<=ще )|"
    r"(?<=что )|(?<=що ))рано|"
    r"(?<=[—–-] )не (?:торопитесь|спешите|"
    r"поспішайте|поспішаймо|квапте\w*))(?![\w])",
    F,
)
HEDGE = re.compile(
    # the hedge adverbs of each language (lang HEDGE_WORDS, which the
    # claimant's speaker–verb gap also passes over: SPEAKER_HEDGES)
    rf"\b(?:{en.HEDGE_WORDS}|possibly|"
    r"appears? to|seems? to|may have|might have|could have)\b|"
    rf"(?<![\w])(?:{uk.HEDGE_WORDS}|{ru.HEDGE_WORDS}|"
    # LEFTUKRU238: a claim a speaker supposes ("…, полагают аналитики")
    rf"{uk.SUPPOSING_VERBS}|{ru.SUPPOSING_VERBS}|"
    # PROBENEG35: an unconfirmed word ("по неподтверждённым данным", "за
    # непідтвердженими даними")
    r"(?:за|по) непідтверджен\w+|(?:по|согласно) неподтвержд[её]нн\w+|"
    r"по непроверенн\w+)(?![\w])|" + every("UNVERIFIED"),
    # LEFTEN36: a claim left unverified ("could not be independently
    # verified", "Reuters could not verify", "no independent confirmation"):
    # the claim stands, hedged, not denied (lang: UNVERIFIED)
    F,
)
TOTAL = re.compile(
    r"\b(?:in total|a total of|totall?(?:ing|ed)|overall|in all|so far|to date|"
    r"altogether|cumulative)"
    r"\b|(?<![\w])(?:загалом|в цілому|у цілому|в общей сложности|итого|в целом|"
    rf"{uk.TOTAL_ALL}|{ru.TOTAL_ALL})(?![\w])",
    F,
)
# B30MISS39: a sentence opening with a tally word sums the claims before it
TALLY_OPENS = re.compile(r"^[\W_]*(?:" + every("TALLY_OPENS") + r")(?![\w])", F)
# B30MISS239: a count of the speaker's own ("by our count", "за нашими
# підрахунками"): its side word names no holder
# the word "territory" in every language, and with the "of (the)" after it
# ("the territory of the town of X", "територію села X"), as pattern strings
TERRITORY_WORD = r"(?:" + every("TERRITORY_WORD") + r")"
TERRITORY_OF = TERRITORY_WORD + r"\s+(?:of\s+)?(?:the\s+)?"
OWN_COUNT = re.compile(r"(?<![\w])(?:" + every("OWN_COUNT") + r")(?![\w])", F)
# B33FLD42: a verb of held ground changing "by" a figure, just before the
# figure (up to two words between: "by a further", "на близько")
HELD_CHANGE = re.compile(
    r"(?<![\w])(?:(?P<grow>"
    + every("HELD_GROW")
    + r")|(?P<shrink>"
    + every("HELD_SHRINK")
    + r"))\s+(?:"
    + every("HELD_BY")
    + r")\s+(?:[^\W\d]+\s+){0,2}$",
    F,
)
# the words that make a side word a holder ("Russian-held", "під контролем")
HELD_WORD = re.compile(r"(?<![\w])(?:" + every("HELD_WORD") + r")(?![\w])", F)
# B33FLD42: a comparison's lead, up to three words and a bracket before the
# figure compared ("down from", "ніж у лютому (", "чем в августе (")
COMPARED_WITH = re.compile(
    r"(?<![\w])(?:" + every("COMPARED_WITH") + r")\s+(?:[^\W\d]+\s+){0,3}\(?\s*$",
    F,
)
# B33FLD2: a width noun before a figure, a few words and no figure, clause
# mark or depth word between ("ширина прориву вздовж кордону — близько ")
WIDTH_NAMED = re.compile(
    r"(?<![\w])(?:"
    + every("WIDTH_NOUN")
    + r")(?![\w])(?:(?!(?<![\w])(?:"
    + every("DEPTH_NOUN")
    + r")(?![\w]))[^\d,;.:()])*$",
    F,
)
# B33FLD2: a depth noun before its figure ("Глибина вклинення сягає ")
DEPTH_NAMED = re.compile(
    r"(?<![\w])(?:" + every("DEPTH_NOUN") + r")(?![\w])[^\d,;.:()]*$", F
)
# B33FLD42: a side word's gains right after it ("Russian gains", "российские
# приобретения")
SIDE_GAINS = re.compile(r"\s+(?:" + every("GAIN_NOUNS") + r")(?![\w])", F)
CONTINUING = re.compile(
    r"\b(?:continu\w*|ongoing|underway|under way|raging|persist\w*|still|"
    r"going on|goes on)\b|"
    r"(?<![\w])(?:трива\w*|продовжу\w*|продолжа\w*|идут|ведутся|не "
    r"припиняються)(?![\w])",
    F,
)
FIGHT_BLOCK = re.compile(
    r"\b(?:after|amid|since|despite|of|analy[sz]ing|following|in the wake of)"
    r"\s+(?:[\w’'-]+\s+){0,2}$|"
    r"(?<![\w])(?:після|на тлі|після|после|на фоне)\s+(?:\w+\s+){0,2}$",
    F,
)
# look-alike negatives: demining, farmland, flooding, casualties, exchanges, aid
LOOKALIKE = re.compile(
    r"demin\w*|mine[- ]?(?:action|clearance|clearing|free)|\bmines?\b|"
    r"agricultur\w*|farmland|farm land|arable|crops?|harvest|flood\w*|farmers?|"
    r"\bsow(?:n|ing)?\b|sunflowers?|wheat|"
    r"inundat\w*|surveyed|inspected|\bsurvey\b|casualt\w*|killed|wounded|"
    r"prisoners?|POWs?|exchange|aid package|billion|million dollars|\$|"
    r"forest|wildfire|burn(?:ed|t)|"
    r"(?<![\w])(?:розмінув\w*|мін\w* небезпе\w*|сільгосп\w*|сільськогосподар\w*|"
    r"затоплен\w*|підтоплен\w*|обстежен\w*|обстежено|полонен\w*|обмін\w*|"
    r"загибл\w*|поранен\w*|лісов\w*|пожеж\w*|"
    r"разминир\w*|сельхоз\w*|сельскохозяйствен\w*|обследован\w*|"
    r"пленн\w*|обмен\w*|погибш\w*|ранен\w*|пожар\w*)",
    F,
)
# land that is demined, farmed or flooded: no front-line movement at all
LAND_LOOKALIKE = re.compile(
    r"demin\w*|mine[- ]?(?:action|clearance|clearing|free)|of (?:land ?)?mines\b|"
    r"farmland|farm land|agricultur\w*|arable|flood\w*|inundat\w*|farmers?|"
    r"growers?|\bsow(?:n|ing)?\b|sunflowers?|wheat|"
    r"(?<![\w])(?:розмінув\w*|сільгосп\w*|сільськогосподар\w*|затоплен\w*|"
    r"підтоплен\w*|разминир\w*|сельхоз\w*|сельскохозяйствен\w*|затоплен\w*)",
    F,
)
# the place words come from text/anaphora.py, their one source
SETTLEMENT_NOUN = re.compile(
    r"\b(?:(?:the|this|that|another|said|the first|the second|the latter|"
    rf"the former) (?:\w+ )?(?:{en_settlement(*EN_NAMING_ONLY)}))\b|"
    r"\bthe (?:first|second|latter|former)\b|"
    r"(?<![\w])(?:це|цей|"
    rf"{case_forms('nom', uk=('місто', 'село', 'селище', PUNKT['uk']))}|"
    rf"{case_forms('loc', uk=('місто',))}|"
    # the genitive after a capture noun: "«завершено звільнення» міста"
    rf"{case_forms('gen', uk=('місто', 'селище'))}|"
    rf"{case_forms('nom', ru=('город', 'поселок', 'посёлок', 'село', PUNKT['ru']))}|"
    rf"{case_forms('loc', ru=('город',))}|{stem('ru', 'деревня')}\w+|"
    # in ru after one in the prepositional of a report ("доложил о полном
    # освобождении города", "о захвате поселка")
    r"(?:(?<=ии )|(?<=ате ))"
    rf"(?:{case_forms('gen', ru=('город', 'поселок', 'посёлок'))}))(?![\w])",
    F,
)
COUNT_NOUN = re.compile(
    r"(?:settlements?|villages?|towns?|cities|localities|hamlets?|communities|"
    r"міст(?![\w])|городов|"
    r"насел[её]н\w+ пункт\w*|село\b|сел\b|сёл\b|сіл\b|села|селищ\w*|деревень|"
    # (the singular too, as "village" is: "ще одне село", "ещё одно село")
    r"деревни|"
    # (with "ё" too: "два посёлка"; session 21)
    r"пос[её]л\w+|сел(?:ами|ах))",
    F,
)
ANAPHOR_PLACE = re.compile(
    rf"\b(?:(?:this|the|that) (?:{en_settlement('area')})|"
    r"the (?:first|second) (?:village|town|settlement)?|it)\b|"
    r"(?<![\w])(?:в|у) (?:самому |самом )?"
    rf"(?:{case_forms('loc', uk=('місто', 'село'), ru=('город', 'село'))})(?![\w])|"
    r"(?<![\w])(?:в|у) (?:центр\w*|північн\w*|південн\w*|східн\w*|західн\w*|"
    r"северн\w*|южн\w*|восточн\w*|западн\w*) (?:частин\w* )?"
    rf"(?:{case_forms('gen', uk=('місто',), ru=('город', 'село'))})(?![\w])|"
    rf"\b(?:in|into) the (?:{'|'.join(EN_SETTLEMENT['town'])}) (?:centre|center)\b|"
    # "відійшли з міста", "вышли из города", "на схід від міста": the town
    # just named
    r"(?<![\w])(?:з|із|зі|из|від|от) (?:самого |цього |этого )?(?:"
    + case_forms(
        "gen",
        uk=("місто", "село", "селище"),
        ru=("город", "село", "поселок", "посёлок"),
    )
    + r")(?![\w])|(?<![\w])(?:цього|этого|этот|цей|цього) (?:"
    + case_forms("gen", uk=(PUNKT["uk"], "місто"), ru=(PUNKT["ru"], "город", "село"))
    + r")(?![\w])",
    F,
)

SECTOR = {code: re.compile(mod.SECTOR) for code, mod in LANGUAGES.items()}

# B30PER239: a review title's bare weekend ("Weekend review", "Итоги выходных")
REVIEW_WEEKEND = {
    code: re.compile(mod.REVIEW_WEEKEND, re.IGNORECASE)
    for code, mod in LANGUAGES.items()
}

FUTURE = re.compile(
    r"\b(?:will|shall|coming (?:days|weeks|months)|next (?:week|month))\b|"
    r"(?<![\w])(?:найближч\w+|ближайш\w+|буде|будет|будут|будуть)(?![\w])",
    F,
)
BACKGROUND_BEFORE = re.compile(
    r"\b(?:in the wake of|amid|after|despite|following|because of|due to)\s+"
    r"(?:\w+\s+){0,2}$",
    F,
)
# a congratulation on a capture right before an instrumental noun (uk/ru)
CONGRATULATED_ON = re.compile(uk.CONGRATULATED_ON + "|" + ru.CONGRATULATED_ON, F)
# a status given to the place before "як/как" ("позначив X як окуповану"),
# and a word after it that is no noun the status qualifies (session 37)
AS_STATUS_BEFORE = re.compile(uk.AS_STATUS_BEFORE + "|" + ru.AS_STATUS_BEFORE, F)
AS_STATUS_NEAR = re.compile(uk.AS_STATUS_NEAR + "|" + ru.AS_STATUS_NEAR, F)
AS_STATUS_NEXT = re.compile(
    r"\s*(?:[.,;:!?)\]—–»”\"]|$|(?:"
    + uk.AS_STATUS_NEXT
    + "|"
    + ru.AS_STATUS_NEXT
    + r")(?![\w’'ʼ-]))",
    F,
)
COMPARISON = re.compile(
    r"\b(?:the size of|times (?:the size|larger|bigger|as)|twice|as large as|"
    r"equivalent to)\b|(?<![\w])(?:розміром з|размером с|площею з)(?![\w])",
    F,
)

# Stems every trigger starts with, derived from the patterns above (never kept
# by hand): a sentence holding none of them at a word start holds no trigger.
STEMS: dict[str, tuple[str, ...]] = {
    lang: derive_stems("|".join(f"(?:{rx})" for rx in families.values()))
    for lang, families in TRIGGERS.items()
}
# one trie regex per language: a space, then a stem (speed: one scan, not one
# substring test per stem)
_WORD_STARTS = {
    lang: re.compile(" " + prefix_regex(stems)) for lang, stems in STEMS.items()
}


def may_trigger(text_lower: str, lang: str) -> bool:
    """Cheap test: could this text hold a trigger word?

    ``text_lower`` is lower-cased with punctuation turned into spaces
    (``PUNCT_TO_SPACE``); every trigger starts a word, so stems are looked up
    at word starts only ("against" does not hold "gains").
    """
    rx = _WORD_STARTS.get(lang, _WORD_STARTS["en"])
    return rx.search(" " + text_lower) is not None


# strikes and shelling are not territorial claims (CONVENTIONS.md)
STRIKE = re.compile(
    r"\b(?:drones?|missiles?|rockets?|artillery|air ?strikes?|airstrikes?|bombs?|"
    r"shell(?:ing|ed|s)?|shaheds?|glide bombs?|aircraft|warplanes?|strike)\b|"
    r"(?<![\w])(?:дрон\w*|ракет\w*|артилері\w*|артиллери\w*|авіабомб\w*|"
    r"авиабомб\w*|обстріл\w*|обстрел\w*|беспилотник\w*|безпілотник\w*|БПЛА|"
    r"ударн\w+|шахед\w*|КАБ\w*)(?![\w])",
    F,
)

# objects that make a "capture"/"liberate" verb non-territorial
NON_TERRITORIAL_OBJECT = re.compile(
    r"^\s+(?:(?:a|an|the|some|several|dozens of|hundreds of|more than|over|about|"
    r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|his|their|its)\s+){0,2}"
    r"(?:\w+\s+)?(?:soldiers?|troops|servicem[ae]n|prisoners?|POWs?|captives?|"
    r"hostages?|tanks?|vehicles?|equipment|weapons?|drones?|documents?|civilians?|"
    r"people|children|fighters?|mercenar\w+|commanders?|officers?|pilots?|crews?|"
    r"ammunition|trophies|ships?|boats?|aircraft|helicopters?|assets|property|"
    r"vessels?|cargo|funds|grain)\b|^\s+on (?:video|camera|film|tape)\b|"
    r"^\s+(?:prisoner|captive|hostage|to hospital)\b|"
    r"^\s+(?:в|у|во)\s+(?:полон|плен)|"
    r"^\s+(?:\w+\s+)?(?:військовополонен\w*|полонен\w*|пленн\w*|танк\w*|"
    r"техні\w*|техник\w*|заручник\w*|цивільн\w*|мирн\w+ жител\w*)",
    F,
)
# a clause about talks, the economy or politics is not about ground
NON_MILITARY = re.compile(
    r"\b(?:talks|negotiat\w*|deal|agreement|accord|reforms?|econom\w*|"
    r"membership|accession|sanctions|grain|exports?|vaccin\w*|elections?|"
    r"corruption|inflation|poverty|wildfires?|pandemic|covid|disinformation|"
    r"market|shares|index|polls?|ratings?|tournament|match|championship|"
    r"referend\w*|annex\w*|exercises|drills|summit|meeting|conference|votes?|"
    r"ceremony|parade|celebrat\w*|festival|concert|rall(?:y|ies)|funeral|"
    r"memorial|press conference|hostages?|record|lead|title|power|"
    # (not a commandant's office, set up in a town taken: XDET41)
    r"(?<!commandant's )(?<!commandant’s )office|"
    r"in advance|advance (?:notice|warning|payment|team|party|booking|copy)|"
    r"situation (?:is |was |remains )?(?:under|in) (?:\w+ )?control)\b|"
    r"(?<![\w])(?:ситуаці\w* (?:\w+ )?під контролем|ситуаци\w* (?:\w+ )?под "
    r"контролем)|"
    r"(?<![\w])(?:переговор\w*|угод\w*|соглашени\w*|реформ\w*|економі\w*|"
    r"экономи\w*|вибор\w*|выбор\w*|корупці\w*|коррупци\w*|санкці\w*|санкци\w*)"
    r"(?![\w])",
    F,
)

GROUND_OR_POSITIONS = re.compile(
    r"^\s*(?:(?:their|its|the|our|some|several)\s+)?(?:positions?|lines?|"
    r"ground|defen[cs]es?|skies|airspace)\b|^\s*(?:позиці\w*|позици\w*|"
    r"рубеж\w*|оборон\w*|"
    # XKIND5-43: a line held ("утримують лінію по річці X") is ground
    r"рубіж\w*|ліні[юяї]\b|лини[юяи]\b)",
    F,
)

# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
ADJ_BEFORE = folded(ADJ_BEFORE)
NEGATION_AFTER = folded(NEGATION_AFTER)
# speed: passed over sentences lacking all their keys (session 34: most
# sentences hold none, and the folded search still reads every word start)
PREMATURE = keyed(folded(PREMATURE))
HEDGE = keyed(folded(HEDGE), most=20)
TOTAL = keyed(folded(TOTAL), most=20)
CONTINUING = folded(CONTINUING)
FIGHT_BLOCK = folded(FIGHT_BLOCK)
LOOKALIKE = folded(LOOKALIKE)
LAND_LOOKALIKE = folded(LAND_LOOKALIKE)
SETTLEMENT_NOUN = folded(SETTLEMENT_NOUN)
COUNT_NOUN = folded(COUNT_NOUN)
FUTURE = keyed(folded(FUTURE))  # speed: passed over texts lacking its keys
BACKGROUND_BEFORE = folded(BACKGROUND_BEFORE)
COMPARISON = folded(COMPARISON)
ANAPHOR_PLACE = folded(ANAPHOR_PLACE)
STRIKE = folded(STRIKE)
NON_MILITARY = folded(NON_MILITARY)
CONDITIONAL = {k: folded(v) for k, v in CONDITIONAL.items()}
NEGATION = {k: folded(v) for k, v in NEGATION.items()}
# every sector phrase holds one of these words as written; an English one is
# made of word characters, apostrophes, hyphens and spaces only, so it is
# searched in the runs of those that hold such a word (speed: same matches)
SECTOR = {
    "en": within_runs(
        gated(SECTOR["en"]),  # speed: places no match opens at are passed
        r"[\w’'\- ]",
        # "axes": the plural of "axis" holds no "axis" ("the X and Y axes")
        (
            "direction",
            "sector",
            "axis",
            "axes",
            "front",
            "flank",
            "area",
            "south",
            "east",
            "rn region",  # "the northern region"
        ),
    ),
    "uk": prefiltered(SECTOR["uk"], ("напрямк", "напрямок", "фронті", "фланз")),
    "ru": prefiltered(SECTOR["ru"], ("направлени", "фронте", "фланг")),
}


def uk_ru(name: str) -> dict[str, re.Pattern[str]]:
    """The pattern ``name`` of the Ukrainian and Russian modules, compiled
    case-insensitively, by language code (rules only those two languages
    tell in words of their own).

    >>> sorted(uk_ru("CAPTURE_DENIED_AFTER"))
    ['ru', 'uk']
    """
    return {
        code: re.compile(getattr(mod, name), re.IGNORECASE)
        for code, mod in (("uk", uk), ("ru", ru))
    }
