"""English word patterns of the claim extractor (data only).

Compiled in :mod:`frontline.text.lexicon`, where the trigger families are
described.
"""

from __future__ import annotations

from ..numbers import EN_NUMBERS
from . import families

# the side English reporting speaks for when nothing else settles it: none
HOME_SIDE: str | None = None

# the words that hedge a figure ("around 250 square kilometres", "at least
# three villages"), one list for every trigger that looks ahead to a figure
APPROX = (
    r"(?:more than|over|about|nearly|almost|some|around|roughly|approximately|"
    r"an estimated|at least|close to|up to|just over|just under|well over)"
)

# a figure before a distance unit, in digits or in words ("3 km", "three km",
# "three to five km", "twenty-five kilometres"): the words are the number
# reader's own (numbers.EN_NUMBERS), so every word it values is read here
_FIG_WORD = "|".join(
    sorted((w for w in EN_NUMBERS if w not in ("zero", "half", "dozen")), key=len)[::-1]
)
FIG = rf"(?:[\d.,]+|(?:{_FIG_WORD})(?:-(?:{_FIG_WORD}))?\b)"

CORE: dict[str, str] = {
    "capture": (
        # the named members of a count told just before: "Among them are X
        # and Y." (rules/settlement/ takes the count's side)
        # (one member too, and an aside before it: "Among them, the governor
        # said, is X")
        r"(?<![\w\W])(?:among them|among those|they include|these include)"
        r"(?=(?:, [^,.;]{1,60},)? (?:are |were |is |was )?(?:the (?:villages?|"
        r"towns?|settlements?|city|village|town) of )?(?-i:[A-Z]))|"
        r"liberat(?:e|es|ed|ing|ion of)|recaptur(?:e|es|ed|ing)|"
        r"re-?tak(?:e|es|ing|en)|retook|captur(?:e|es|ed|ing)|"
        r"seiz(?:e|es|ed|ing|ure of)|occup(?:y|ies|ied|ying|ation of)|"
        # Ukrainian usage in English: "de-occupied 16 sq km", "de-occupy X"
        r"de-?occup(?:y|ies|ied|ying)|"
        r"regain(?:ed|ing)?(?= (?:lost )?positions)|"
        r"recover(?:ed|s|ing)?(?= (?:\w+ ){0,2}(?:\d|sq|square|territor|land|"
        r"ground|positions?|villages?|towns?|settlements?|control|"
        r"(?-i:[A-Z])))|(?:(?<=been )|(?<=were )|(?<=was )|(?<=are ))recovered|"
        r"(?:took|taken|take|taking|won|win|wins) back|"
        # PROBEEN39: not a speech verb before its clause ("Moscow claims X
        # has fallen", "claimed X was taken"): the clause makes the claim
        r"claim(?:s|ed)?(?! (?!\d|(?:one|two|three|four|five|six|seven|eight|"
        r"nine|ten|a|dozens|several|another|about|over|more|nearly)\b)"
        r"[\w'’-]+(?: [\w'’-]+)? "
        r"(?:has|had|have|is|was|were|are|fell|now)\b)"
        rf"(?= (?:(?:{APPROX}|another) )?"
        r"(?:\d|(?-i:[A-Z])|one |two |three |four |five |six |seven |eight |"
        r"nine |ten |a dozen|dozens|several))|"
        r"(?<=, )taken(?= (?:in|on|by|last|earlier|after|during))|"
        r"(?:took|take[sn]?|taking|gain(?:ed|s)?|establish(?:ed)?|assum(?:ed|e)|"
        r"regain(?:ed|s)?|seiz(?:ed|e)) (?:full |complete |total )?control|"
        r"regain(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|won back|"
        # (a place that changed hands many times is contested: fighting)
        r"claw(?:ed|s|ing)? back|changed hands(?!(?: (?:several|many|multiple|"
        r"numerous|a few|two|three|four|five|six|\d+) times| repeatedly| back and "
        r"forth| more than once))|"
        r"wrest(?:ed|ing)"
        r"(?: back)?|freed|conquer(?:ed|s|ing)?|"
        r"(?:was|were|been|being|is|are|has|have|had) taken|"
        r"(?:has|have|had)(?:n't| not| never) (?:yet )?taken|"
        rf"(?:took|taking|takes)(?= (?:(?:{APPROX}|another|an additional) )?\d)|"
        # KNOWNLEFT39: a gerund after its side's troops ("reports of Russian
        # troops taking X", "footage of Ukrainian forces taking X")
        r"(?:(?<=troops )|(?<=forces )|(?<=army )|(?<=units )|(?<=soldiers ))"
        r"taking(?= (?-i:[A-Z]))|"
        # "took the strategically important eastern village of X": any two
        # modifiers before the settlement noun
        r"took(?= (?:over |back )?(?:the |a )?(?:(?:[\w’'-]+ ){0,2}(?:villages?|"
        r"towns?|city|cities|settlements?|localit(?:y|ies)|hamlets?)\b|"
        r"(?-i:[A-Z])))|"
        # "either place has fallen", "the town had fallen by then"
        # "X has not fallen": a denied loss (rules/settlement/ negates it)
        r"(?:(?<=has )|(?<=had )|(?<=have )|(?<=has now )|(?<=has already )|"
        r"(?<=has not )|(?<=have not )|(?<=had not )|(?<=hasn't )|(?<=has never )|"
        r"(?<=has not yet )|(?<=has still not )|(?<=have not yet )|(?<=hasn't yet ))"
        r"fallen(?=\s*(?:[.,;]|$| (?:on|in|by|after|overnight|yesterday|last|"
        # XDET5 (session 43): "denied it had fallen completely"
        r"this|earlier|completely|fully|entirely)\b))|"
        r"(?:fell|fallen|falls) to(?= (?:the )?"
        r"(?:(?-i:[A-Z])|enemy|invad|occup|separat))|fall of|"
        # "the latest town to fall to Russian forces"
        r"(?<=to )fall to(?= (?:the )?(?:(?-i:[A-Z])|enemy|invad|occup|separat))|"
        r"restor(?:ed|ing) control|overr[au]n|"
        r"secured(?= (?:full |complete )?(?:control|the (?:village|town|city|"
        r"settlement)|(?-i:[A-Z])))|"
        r"cleared(?= (?:the )?(?:last |remaining |final )?(?:houses|streets|"
        r"buildings|blocks|districts|neighbou?rhoods) (?:of|in) (?-i:[A-Z]))|"
        r"cleared(?= (?:the (?:village|town|city|settlement) of )?(?-i:[A-Z])\w+"
        r"(?: of (?:Russian|Ukrainian|enemy)| from))|"
        r"(?:pushed|drove|driven|forced|kicked|knocked|ousted|expelled)"
        r"(?= (?:the )?(?:[\w’'-]+ ){1,3}out of)|"
        r"(?:ousted|expelled|dislodged|evicted)(?= (?:the )?(?:[\w’'-]+ ){1,3}"
        r"from)|"
        # "came under complete Russian control", "is now ours"
        r"(?:came|come|comes|coming|fell|passed) under (?:[\w’'-]+ ){0,2}control|"
        # returns: "returned to Ukrainian control", "handed back to Ukraine"
        r"(?:returned|handed back|given back|reverted) to (?:[\w’'-]+ ){0,2}control|"
        r"handed back to(?= (?:the )?(?-i:[A-Z]))|"
        # (session 34, enmiss: an adverb between, "ours" quoted: "the village
        # is fully ours again", "is already ours", 'is "ours"')
        r"(?:(?<=is )|(?<=is now )|(?<=is again )|(?<=is once again )|"
        r"(?<=is already )|(?<=is back )|(?<=is fully )|(?<=is entirely )|"
        r"(?<=is completely )|(?<=is totally )|(?<=is finally )|"
        r"(?<=is firmly )|(?<=is officially ))[\"“‘']?ours\b|"
        # a place declared one side's again: "X is Ukrainian again", "is once
        # again Russian" (the side word inside decides: rules/settlement/)
        # control set up over a place, told without an agent: "control over X
        # has been established", "control of X was restored"
        r"control(?= (?:over|of) (?:the )?(?:[\w’'-]+ ){1,4}?(?:(?:has|have|had) "
        r"(?:now |already )?been|was|were|is) (?:now |fully |completely |finally )?"
        r"(?:established|restored)\b)|"
        r"(?:(?<=is )|(?<=are ))(?:Ukrainian|Russian) (?:(?:once )?again|once more)\b|"
        r"(?:(?<=is )|(?<=are ))(?:(?:once )?again|once more) (?:Ukrainian|Russian)"
        r"(?=[\s»”\"]*(?:[.,;!]|$))|"
        # a flag raised over a place: "raised the Ukrainian flag over X"
        # "the Ukrainian flag now flies over X", "a flag was hoisted in X"
        r"(?<=flag )(?:now |again |once again )?(?:flies|flew|is flying|was flying|"
        r"waves|is waving|(?:was|has been|had been) (?:raised|hoisted|planted))"
        r"(?= (?:over|above|in|on)\b)|"
        r"(?:rais|hoist|plant)(?:ed|ing|s)?(?= (?:the |their |its |a )?"
        r"(?:[\w-]+ ){0,2}flags? (?:over|in|above|on)\b)"
    ),
    "withdraw": (
        r"withdr(?:ew|awn|aw|aws|awal of|awal from|awing)|"
        r"pull(?:ed|s|ing)? (?:out|back)|"
        r"pull(?:ed|s|ing)?(?= (?:\w+ ){1,3}out\b)|mov(?:ed|ing) back|"
        # euphemisms: "moved to more favourable positions"
        r"(?:mov(?:ed|es|ing)|manoeuvr\w*|maneuver\w*|redeploy\w*|regroup\w*)"
        r"(?= to (?:\W?(?:more|better|new) )?(?:\w+ )?(?:favou?rable|"
        r"advantageous|defensive|defence|defense|prepared|safer) "
        r"(?:positions|lines))|"
        r"loss of|"
        # ("beaten back" near a place is an attack repulsed: fighting; from
        # a place it is ground given up)
        r"(?:pushed|driven|forced|thrown) back|beaten back(?= from\b)|"
        r"(?:leave|leaving|left)(?= (?:the )?(?:village|town|city|settlement|"
        r"positions|(?-i:[A-Z])))|"
        # "Vuhledar, which Kyiv's troops left in early October"
        r"(?:(?<=troops )|(?<=forces )|(?<=army )|(?<=units )|(?<=Ukraine )|"
        r"(?<=Russia )|(?<=Kyiv )|(?<=Moscow ))left(?= (?:in|on|after|during|"
        r"last) )|"
        r"retreat(?:ed|s|ing)?|fell back|fallen back|falling back|"
        r"(?:driven|pushed|forced|kicked|knocked) out|expelled|"
        # KNOWN3: "driven from the region", "pushed from Sudzha" (no "out of")
        r"(?:driven|forced|kicked|knocked) from(?= (?:the (?:region|oblast|"
        r"province|town|village|city|settlement)\b|(?!(?:Russian|Ukrainian|Kyiv|"
        r"Moscow)\b)(?-i:[A-Z])[a-z]))|"
        r"relinquish(?:ed|es|ing)?|lost control|los(?:t|e|es|ing)(?= the "
        r"(?:village|town|city|settlement))|abandon(?:ed|s|ing)|"
        r"los(?:t|es|ing)(?= (?:[\w,]+ ){0,3}(?:villages|towns|settlements|"
        r"localities|positions))|"
        # PROBEEN39: a loss denied in the gerund ("Kyiv denied losing X")
        r"(?:(?<=denied )|(?<=denies )|(?<=deny )|(?<=denying ))losing"
        r"(?= (?:the (?:village|town|city|settlement) of )?(?-i:[A-Z])[a-z])|"
        r"lost(?= (?!(?:Russian|Ukrainian|Western|European|American|US|NATO|"
        r"EU|Kyiv|Moscow)\b)(?-i:[A-Z])[a-z])|"
        r"evacuated from|"
        # a loss told in the passive ("the eastern part of the town has been
        # lost") and a leaving ordered ("X, which the troops were ordered to
        # leave at the start of the month")
        r"(?:(?<=been )|(?<=was )|(?<=were ))lost(?=\s*(?:[.,;:]|$)|\s(?:on|in|"
        r"by|after|overnight|yesterday|last|this|earlier|to)\b)|"
        r"(?:(?<=ordered to )|(?<=forced to )|(?<=had to )|(?<=decided to ))"
        r"leave(?=\s+(?:in|on|at|after|during|last|early|late)\b|\s*[.,;]|$)|"
        # "have not lost a single settlement": a denial of any loss at all
        r"los(?:t|e|es|ing)(?= (?:a single|any|one|even one|not one|not a single)"
        r" (?:[\w-]+ )?(?:village|town|city|settlement|locality|hamlet)s?\b)|"
        # "saw Kyiv cede several thousand square kilometres"
        r"ced(?:e|ed|es|ing)(?= (?:[\w,]+ ){0,4}(?:ground|territory|land|"
        r"square|sq|km|villages?|towns?|settlements?|control|(?-i:[A-Z])))|"
        rf"los(?:t|es|ing)(?= (?:{APPROX} )?"
        r"[\d.,]+ ?(?:%|per ?cent|percent|sq|square|km|kilomet))"
    ),
    "advance": (
        r"advanc(?:e|es|ed|ing|ements?)|progress(?:ed|ing)?|penetration|"
        r"push(?:ed|es|ing)?(?= ['‘\"“]?(?:(?:up to|about|some|nearly|another|roughly|"
        r"around|almost|approximately|over|more than|at least) )?"
        r"(?:" + FIG + r"(?:(?:[-–]| to )" + FIG + r")? ?|(?:a|an|another|half a) )"
        r"(?:km|"
        r"kilomet|mile))|"
        r"made (?:\w+ )?inroads|pushed into|breach(?:ed|ing)|"
        r"breach(?=\W{0,2} (?:in|of|through) (?:the )?(?:\w+ ){0,2}"
        r"(?:defen[cs]es?|lines?|front))|"
        r"infiltrat(?:ed|ing)(?= (?:into|in|deeper|the|\w+ (?:of|into)|"
        r"(?-i:[A-Z])))|"
        # "went in about 12 kilometres deep", "penetrated 5 km"
        # "went 10 to 12 kilometres deep", "carved out a wedge 30 km deep"
        r"(?:went|got|moved|drove|pushed|advanced)(?= (?:(?:about|some|roughly|"
        r"nearly|up to|around|another|over|as much as) )?"
        + FIG
        + r"(?:(?:-|–| to )"
        + FIG
        + r")? ?(?:km|kilomet\w*|miles?)\b[^.]{0,15}\bdeep)|"
        r"carv(?:ed|es|ing) out(?= (?:a |an )?(?:\w+ )?(?:wedge|salient|bulge|"
        r"pocket|foothold|bridgehead))|(?:wedge|salient|bulge)(?= (?:(?:some|"
        r"about|roughly|nearly|around|up to|almost) )?" + FIG + r" ?(?:km|kilomet\w*|"
        r"miles?)\b[^.]{0,12}\bdeep)|"
        # a gain told by its extent alone: "a breach roughly 2 km wide and 1.5 km
        # deep", "a breach 'up to 6 km wide'", "the bridgehead was no more than
        # 2 kilometres deep"
        r"(?:breach|bridgehead|foothold|wedge|salient|bulge)(?=[^.;]{0,30}?\b"
        + FIG
        + r"(?:(?:-|–| to )"
        + FIG
        + r")? ?(?:km|kilomet\w*|miles?)\W{0,2} (?:deep|wide)\b)|"
        r"(?:went|got|moved|drove|pushed) in(?= (?:(?:about|some|roughly|"
        r"nearly|up to|around|another|over) )?" + FIG + r" ?(?:km|kilomet\w*|miles?)\b"
        r"[^.]{0,15}\bdeep)|penetrat(?:ed|ing)(?= (?:(?:about|some|roughly|"
        r"nearly|up to|around|another|over) )?" + FIG + r" ?(?:km|kilomet|miles?|"
        r"metres|meters))|"
        # "pushed the Russians back", "pushed back Russian troops": the
        # subject advances (a passive "were pushed back" is a withdrawal)
        r"push(?:ed|es|ing)(?= (?:the )?(?:[\w’'-]+ ){1,3}back\b)|"
        r"(?:driv(?:ing|es|e)|drove|forc(?:ing|ed)|thr(?:ew|owing|ows))"
        r"(?= (?:the )?(?:[\w’'-]+ ){1,3}back\b)|"
        r"push(?:ed|es|ing) back(?= (?:the )?(?:Russian|Ukrainian|enemy|"
        r"invad|occup|(?:[\w’'-]+ )?(?:troops|forces|units|defenders)))|"
        r"crossed(?= (?:the )?(?:\w+ )?(?:river|Dnipro|Oskil|Siverskyi))|"
        # "crossed into the X region", "crossed the border into X"
        r"cross(?:ed|es|ing)(?= (?:the (?:\w+ )?(?:border|frontier|boundary) )?"
        r"into (?:the )?(?:[\w’'-]+ ){0,2}(?:region|oblast|province)\b)|"
        r"enter(?:s|ed|ing)?(?= (?:the )?(?:\w+ )?(?:city|town|village|outskirts|"
        r"centre|center|industrial (?:zone|area)|(?-i:[A-Z])|"
        r"(?:part|district|quarter|neighbou?rhood|"
        rf"suburb)s? of\b)| (?:{APPROX} )?[\w,]+ (?:settlements|villages|towns|"
        r"localities)|"
        # "... and entered it": the place named before (rules/advance.py)
        r" it (?:for the first time|on|in|at|after|last|this|early|late|"
        r"overnight|yesterday|today)\b| it[.,;])|"
        r"restor(?:ed|ing) (?:\w+ )?positions|"
        # "consolidated their foothold in X", "established a presence in X"
        # ("consolidated their positions in X" holds ground: no advance;
        # KNOWN39: "consolidated new positions near X" is ground gained, as uk/ru
        # "закріпилися на нових позиціях")
        r"consolidat(?:ed|es|ing)(?= (?:their |its |the |a |an )?(?:\w+ )?"
        r"(?:foothold|gains|bridgehead)\b| (?:their |its |the )?new positions\b)|"
        r"establish(?:ed|es|ing)(?= (?:a |an |their |its )?(?:\w+ )?(?:presence|"
        r"positions|foothold|bridgehead)\b)|"
        r"push(?:ed|es|ing)? (?:forward|toward|towards|into|deeper|on)|"
        r"mov(?:e|es|ed|ing) (?:forward|closer|toward|towards)|"
        # a distance between the verb and its direction: "moved about six
        # miles closer to X", "crept 3 km nearer to X"
        r"(?:mov(?:e|es|ed|ing)|edg\w+|inch\w+|creep\w*|crept|push\w*|got|gets|"
        r"getting)(?= (?:[\w.,-]+ ){0,3}?(?:km|kilomet\w*|miles?|metres|meters) "
        r"(?:closer|nearer|forward|deeper)\b)|"
        # creeping verbs: "edging closer to X", "inched nearer to X"
        r"(?:edg|inch|creep|crept)\w*(?= (?:ever )?(?:closer|nearer|forward|"
        r"toward|towards)\b)|"
        # a bridgehead made larger: "widened their bridgehead across X"
        r"(?:widen|enlarg|extend|deepen)(?:ed|s|ing|e|es)?(?= (?:their |its |"
        r"the )?(?:\w+ )?(?:bridgehead|foothold|salient|bulge|wedge|"
        r"penetration)s?\b)|toehold|"
        # "fought their way into X", "penetrated the defences of X"
        r"f(?:ought|ights?|ighting) (?:their|its|our|his|a) way (?:into|to|"
        r"toward|towards)\b|"
        r"penetrat(?:ed|es|ing)(?= (?:deep |deeper |further )?(?:into|the "
        r"(?!air )(?:\w+ )?(?:defen[cs]es|lines?|front)\b))|"
        # "have broken into the outskirts of X", "broke into X"
        r"br(?:oke|eak|eaks|eaking|oken) into(?= (?:the )?(?:\w+ )?(?:city|"
        r"town|village|outskirts|centre|center|(?-i:[A-Z])))|"
        r"clos(?:e|es|ed|ing) in on|"
        # figure-less movement verbs with a direction word (issue 8 family 1):
        # "bearing down on X", "surged across the border", "continued toward
        # X", "pressed its offensive toward X", "drove deeper into X"
        r"b(?:ear(?:s|ing)?|ore) down on|"
        r"(?:draw(?:s|ing|n)?|drew|get(?:s|ting)?|got) (?:ever |even )?(?:closer|"
        r"nearer) to|(?:approach(?:es|ed|ing)|near(?:s|ed|ing))(?= (?:the (?:outskirts|"
        r"edges?|approaches) of )?(?-i:[A-Z]))|"
        r"(?:made|mak(?:e|es|ing)) (?:\w+ )?headway|"
        r"head(?:s|ed|ing)(?= (?:\w+ )?(?:toward|towards|for the outskirts of)\b)|"
        r"surg(?:e|es|ed|ing)(?= (?:\w+ )?(?:across|into|toward|towards|past|"
        r"through|forward|ahead|deeper|beyond)\b)|"
        r"(?:continu(?:e|es|ed|ing)|press(?:es|ed|ing)?|driv(?:e|es|ing)|drove|"
        r"march(?:es|ed|ing)?|roll(?:s|ed|ing)|sweep(?:s|ing)?|swept|"
        r"thrust(?:s|ing)?)(?= (?:on |ahead |onward |forward )?(?:(?:its|their|"
        r"the|a) (?:[\w-]+ )?(?:offensive|advance|push|drive|assault|march|"
        r"thrust|attack)s? )?(?:toward|towards|into|deeper into|further into|"
        r"on toward|on towards|in the direction of)\b)|"
        # a counterattack that succeeded gains ground: "mounted a successful
        # counterattack near X", "carried out a rapid counteroffensive"
        r"success(?:ful(?:ly)?)? counter-?(?:attack|offensive)(?:s|ed)?|"
        r"counter-?attacked successfully|"
        r"carr(?:ied|y|ies|ying) out (?:a |an |the |its |their )?(?:\w+ )?"
        r"counter-?offensives?|"
        r"gain(?:ed|ing|s)? (?:\w+ )?ground|"
        r"(?:made|mak(?:e|es|ing)|register(?:ed)?|claim(?:ed|s|ing)?|"
        r"report(?:ed|s|ing)?|achiev(?:ed|es)|post(?:ed|s)|"
        r"secured?) (?:\w+ ){0,2}gains|gains(?= (?:near|in|around|toward|towards|"
        r"west|east|north|south|along|on the (?:\w+ )?(?:flanks?|outskirts|"
        r"approaches|edges?|banks?))\b)|"
        r"br(?:oke|eak|eaking|oken) through|breakthrough|reached|"
        # "took more advantageous lines and positions near X" (MoD style)
        r"(?:took|taken|tak(?:es|ing)|occup(?:ied|y|ies|ying))(?= (?:more "
        r"|better )?(?:advantageous|favou?rable) (?:lines|positions|frontiers)\b"
        # B34DET2_43: "took better lines and positions near X"
        r"| better (?:lines|positions)\b)|"
        r"success(?:es|ful advance)?|foothold|improved (?:their |its )?"
        r"(?:tactical )?positions?|expanded|wedged|"
        r"captured ground|captured territory|capture[ds]? new territory|"
        r"captur(?:e|ed|es) ground"
    ),
    "fight": (
        # "a serious fight for the city", "resisting in X", "encircled in X"
        r"fight(?= (?:for|over) )|resist(?:s|ed|ing)?(?= (?:\w+ )?(?:in|near|at|"
        r"around) )|encircl(?:ed|ing)(?= (?:\w+ ){0,4}(?:in|near|around) )|"
        r"(?:continu\w+|conduct\w*|launch\w*|resum\w+) (?:[\w-]+ ){0,2}?"
        r"(?:offensive|ground|assault|defensive|active|combat|military|"
        r"counter-?offensive) (?:operations|actions)|"
        # operations the subject: "offensive operations continue near X"
        r"(?:offensive|assault|defensive|combat|ground|active|military|"
        r"counter-?offensive) (?:operations|actions)(?= (?:continue|"
        r"continued|are continuing|were continuing|are ongoing|are under ?way)"
        r"\b)|"
        # fighting without a fight verb: "the offensive continues in the X
        # sector"
        r"offensive(?= (?:\w+ ){0,2}(?:continues|continued|is continuing|goes on|"
        r"went on|is under ?way|is ongoing|rages|raged))|"
        # FP29: a situation told as tense, difficult or worse ("the situation
        # near X remains tense") is a mood, no fighting claim: dropped (read
        # sets 4 spurious to 1 matched, the unread pool 3 spurious to none)
        # holding the enemy back: "holding back Russian forces near X"
        r"(?:hold|holds|holding|held) back(?= (?:the )?(?:[\w’'-]+ ){0,2}"
        r"(?:forces|troops|units|enemy|Russians|Ukrainians|offensive|assaults?|"
        r"attacks?|advance))|"
        r"(?:continu|pursu|resum)\w* (?:its|their|the) (?:[\w-]+ )?"
        r"offensive"
        r"(?= (?:in|on|near|around|at|against)\b)|"
        # a local conflict or a ground operation somewhere: "ongoing conflicts
        # near X", "clean-up operations around X", "ground operations on the
        # eastern bank" ("the conflict in Ukraine" names the war, not a fight)
        r"conflicts?(?= (?:near|around|outside|on the outskirts of|in the "
        r"(?:area|vicinity) of) )|"
        r"(?:clean-?up|clearing|mop-?up|mopping-up|sweep(?:ing)?|ground|assault|"
        r"combat|search-and-destroy) operations?(?= (?:[\w’'-]+ ){0,2}?(?:in|near|"
        r"around|on|at|outside|along|across) )|"
        # contested status: "the village remains in the grey zone"
        r"(?:(?<=in the )|(?<=in a )|(?<=inside the )|(?<=into the )|"
        r"(?<=is a )|(?<=is now a )|(?<=are a )|(?<=[—–] ))(?:grey|gray)"
        r"[ -]zone(?![ -](?:tactic|warfare|operation|conflict|activit))|"
        # "positions near X are under heavy pressure", "X is under siege",
        # "the hottest spot of the front" (not "under pressure to negotiate")
        r"under (?:heavy |constant |intense |increasing |mounting |growing |"
        r"enormous |strong |relentless )?(?:pressure|siege)(?! to\b| from (?:the )?"
        r"(?:West|allies|US|Washington|Brussels|donors|investors|voters))|"
        # an offensive kept up or fought off somewhere: "stepped up an
        # offensive near X", "thwarted an enemy offensive near X"
        r"(?:intensif(?:y|ies|ied|ying)|step(?:s|ped|ping)? up|"
        r"conduct(?:s|ed|ing)?|wag(?:e|es|ed|ing)|thwart(?:s|ed|ing)?|"
        r"repel(?:s|led|ling)?|repuls(?:e|es|ed|ing))(?= (?:an? |the |its |"
        r"their |his |our )?(?:(?!(?:diplomatic|charm|media|information|"
        r"propaganda|peace|legal|political|economic|PR)\b)[\w-]+ ){0,2}?"
        r"offensive\b)|"
        # pressure kept on a place: "kept up the pressure on X", "pressure on
        # X is mounting"
        r"(?:keep|kept|keeps|keeping|increas\w*|step\w* up|mount\w*|pil\w+|"
        r"intensif\w*|exert\w*|put\w*|maintain\w*)(?= (?:up )?(?:the |their |"
        r"its |strong |heavy |constant |relentless )*pressure on\b)|"
        r"pressure on(?= (?:the (?:town|city|village) of )?(?-i:[A-Z])[\w’'-]+ "
        r"(?:is|has been|remains|continues to be|keeps) (?:\w+ )?(?:increasing|"
        r"growing|mounting|intense|high|strong|rising)\b)|"
        r"(?:hott?est|hardest|toughest|fiercest|most (?:difficult|intense|"
        r"dangerous|contested)) (?:spots?|sectors?|sections?|areas?|"
        r"directions?|points?|places?)(?! to (?:live|work|visit|reach)\b)|"
        # "the enemy was most active in the X direction"
        r"(?:most|particularly|especially) active(?= (?:\w+ )?(?:in|on|near|"
        r"around|along) )|"
        r"fighting|fights|battles?|clash(?:es)?|combat|hostilities|"
        # defending and hitting back: "holding the line near X", "defending
        # X", "struck back near X", "on the offensive in X"
        # (inflected forms only: a bare "hold"/"defend" is mostly a modal's or
        # an infinitive's - "would hold the line", "to defend X")
        r"(?:holds|holding|held) (?:the |their |its )?(?:line|defen[cs]es?|ground)"
        r"(?= (?:\w+ )?(?:in|near|at|around|outside) )|"
        r"(?:(?<=continue to )|(?<=continues to )|(?<=continued to ))defend"
        r"(?= (?:the )?(?:(?:city|town|village|settlement) (?:of )?)?(?-i:[A-Z]))|"
        r"defend(?:s|ed|ing)(?= (?:the )?(?:(?:city|town|village|settlement) "
        r"(?:of )?)?(?-i:[A-Z]))|"
        r"(?:str(?:uck|ikes|iking)|hits|hitting|fought|fights|fighting) back"
        r"(?= (?:\w+ )?(?:in|near|at|around|outside|against) )|"
        r"on the offensive(?= (?:\w+ )?(?:in|near|at|around|toward|towards) )|"
        # "mopping up in X", "holding out in X" (not a bare "hold out")
        r"mopping up(?= (?:\w+ )?(?:in|near|around|at|of) )|"
        r"(?:holding|held|holds) out(?= (?:\w+ ){0,2}(?:in|at|near|around) )|"
        # "have been battling Russian forces in X"
        r"battl(?:ed|ing)(?= (?:the |for )?(?:[\w’'-]+ ){0,3}?(?:in|near|at|"
        r"around|for|over) )|"
        r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:ing|ed)?|"
        r"offensive actions|repel(?:led|s)?|repuls(?:ed|e|es)|"
        r"counter-?attack(?:s|ed|ing)?|"
        r"skirmish(?:es)?|firefights?|"
        r"(?:(?<=still )|(?<=remains )|(?<=remain )|(?<=remained )|(?<=was )|"
        r"(?<=is )|(?<=were )|(?<=are )|(?<=hotly ))contested|"
        r"launch(?:ed|es|ing)?(?= (?:a |an |the |its |their )?(?:new |fresh |"
        r"major |large-scale |ground |renewed )*(?:offensive|assault|attack)s?\b)|"
        r"press(?:es|ing|ed)?(?= (?:on |ahead |forward |hard )?(?:near|around|toward|"
        r"towards|in|at|on) )"
    ),
    "attempt": (
        r"(?:attempt(?:s|ed|ing)?|tried|trying|tries|try|mounted an attempt|"
        # goal-directed effort is fighting, not a gain: "seeking to seize",
        # "focusing efforts to take", "attempts by Russian units to occupy"
        r"seek(?:s|ing)?|sought|focus(?:es|ed|ing)? (?:\w+ )?efforts|"
        r"attempts? by (?:[\w’'-]+ ){1,4}?(?=to )|"
        # a quoted agent: 'attempts by "mobile groups" to break through'
        r"attempts? by [\"“](?:[\w’'-]+ ?){1,3}[\"”] (?=to ))"
        r"(?: (?:\w+ )?(?:times|occasions)| for (?:\w+ )?(?:days|weeks|months|"
        r"years))? ?to(?= (?:\w+ ){0,2}(?:advance|"
        r"break|storm|infiltrate|capture|take|recapture|reclaim|dislodge|"
        r"push|seize|encircle|cross|attack|enter|occupy|regain|retake|surround|"
        r"outflank|flank|envelop|cut off|gain|establish|consolidate|reach|"
        r"get into|dig in))"
    ),
    "stall": (
        # XDET3_42: a side's troops stopped short of a place, in the passive
        # ("Russian troops have been stopped outside X"; rules/advance.py
        # gives the stopped subject the advance, negated)
        r"(?:(?<=been )|(?<=were )|(?<=was ))stopped(?= (?:near|outside|short "
        r"of|at|before|on the (?:approaches|outskirts) (?:to|of))\b)|"
        r"(?:have |has |had )?stalled|halted|bogged down|made no (?:progress|"
        r"advances?|gains)|failed to (?:advance|make progress|break through)|"
        r"no (?:significant )?(?:progress|advances?)"
    ),
    "hold": (
        # "the town remains ours", "X is still ours"
        r"(?:(?<=remains )|(?<=remain )|(?<=stays )|(?<=still ))ours\b|"
        r"control(?:s|led|ling)?|"
        # B28MISS37: not a pace or a truce that holds ("if the current pace
        # holds", "should the trend hold", "the truce holds")
        r"(?<!pace )(?<!rate )(?<!trend )(?<!tempo )(?<!momentum )"
        r"(?<!ceasefire )(?<!truce )(?<!pattern )"
        r"hold(?:s|ing)?(?! off\b| out\b)|still held|"
        # EN30b: the past of "still controls", as "still held" is
        r"still controlled|"
        r"occupies|"
        r"held(?= (?:(?:only|just|still|about|some|roughly|nearly|around|"
        r"more than|less than|over) )*[\d.,]+ ?(?:sq|square|km|kilomet|miles))|"
        # a count held, said in the past of reported speech: "told him that
        # Ukrainian troops held 28 settlements"
        r"held(?= (?:(?:only|just|still|about|some|roughly|nearly|around|"
        r"more than|over) )*[\d,]+ (?:[\w-]+ )?(?:settlements|villages|towns|"
        r"localities|communities)\b)|"
        r"in (?:\w+ )?hands|bridgeheads?|"
        r"held(?= by (?:the )?(?:Russia|Ukrain|Kyiv|Moscow|separatist|enemy|"
        r"occup|invad|pro-Russian))|"
        # a held area that changed size: "the pocket shrank from 40 sq km …"
        r"(?:shr[au]nk|shrinks|grew|expanded|contracted|dwindled)(?= (?:\w+ ){0,2}"
        r"from (?:(?:about|some|roughly|nearly|around|over|almost) )?[\d.,]+ ?"
        r"(?:sq|square|km))"
    ),
    "gain": (
        r"gains|gained|gain of|territorial gains?|(?:the )?total (?:stands|stood|"
        r"rose|reached|came|is|was|amounted)|"
        # "the area recaptured so far stands at", "put the total area seized at"
        r"area (?:liberated|recaptured|regained|retaken|captured|seized|"
        r"occupied|taken|lost)(?= (?:[\w,]+ ){0,4}(?:at|is|was|stands|stood|"
        r"amounts?|amounted|reached|totals?|totall?ed)\b)"
    ),
}

CONDITIONAL = (
    r"\b(?:if|unless|would|(?:could|might|(?-i:may))(?!\s+(?:well\s+|already\s+)?have\b)|"
    r"plans? to|planning to|planned to|"
    r"intends? to|aims? to|aiming to|seeks? to|seeking to|expected to|"
    r"hopes? to|ready to|close to|closer to (?:liberat|captur)|about to|"
    r"threaten(?:s|ed|ing)? to|order(?:ed|s)? to|whether|goal of|"
    r"objective|tasks? of|in order to|push to|bid to|effort to|"
    r"attempts? to|tried to|trying to|abandon|intent on|"
    r"need(?:s|ed)? to|likely to|set to|going to|will|lack of|expected|"
    r"anticipated|possible|potential|planned|looming|feared|imminent|"
    r"prioriti[sz]e|in the wake of|"
    # an assessment of what a report would mean: "the counterattack, if
    # confirmed, would mark the first Ukrainian gains"
    r"would (?:mark|be|represent|constitute|amount to)(?:\s+\w+){0,2}|"
    # obligations: "Ukraine must retake X", "has to hold"
    r"must(?!\s+have\b)|should(?!\s+have\b)|ought to|(?:has|have) to|poised to|"
    # demands and goals: "demanded Kyiv withdraw", "focused on capturing"
    r"demand(?:s|ed|ing)?(?: that)?|insist(?:s|ed|ing)? that|"
    r"focus(?:ed|es|ing)? on|calls? for|called for|ultimatum to|"
    # a capture still prepared: "preparing for the capture of X" (session 24)
    r"prepar(?:e|es|ed|ing) for|"
    # B28MISS37: a hope in the past ("hoped to recover", "hoping to take")
    r"hoped to|hoping to)"
    # (the verb perhaps in quotes: 'expected to "complete the liberation"')
    r"\s+(?:[\"“‘']?\w+\s+){0,2}[\"“‘']?$"
)

NEGATION = (
    r"\b(?:no|not|never|denied|denies|deny|refuted|refutes|rejected|false|"
    r"failed to|unable to|cannot confirm|can't confirm|could not confirm|"
    r"no confirmed|without success|did not succeed|didn't|haven't|hasn't|"
    r"wasn't|weren't|isn't|aren't|nor|rejects?|denies|dismiss(?:ed|es)?|"
    r"refutes?|untrue|fake|denying|rejecting|refuting|"
    # "Kyiv disputes Moscow's claim to have taken X" (not "the disputed area")
    r"disput(?:e|es|ed|ing)(?=\s+(?:the|a|an|that|this|these|its|their|Moscow|"
    r"Kyiv|Russia|Ukraine|Russian|Ukrainian|claims?|reports?|assertions?)\b))\b|"
    r"n't\b"
)

# a capitalised word before "direction"/"sector" that names none ("By
# direction: …", "Each sector", "The area")
SECTOR_FUNCTION_WORD = (
    r"(?:By|In|On|At|For|From|Per|To|Of|Each|Every|This|That|These|Those|Which|"
    r"What|Any|No|The|A|An|Our|Its|Their|His|Her|Same|Other|Another|One|Either|"
    r"Neither|Whichever|Main|Key)"
)

SECTOR = (
    r"(?:the )?[A-Z][\w’'-]+ and [A-Z][\w’'-]+ (?:directions|sectors|axes|fronts|"
    r"flanks)\b|"
    r"(?:(?:the )?(?:(?:northern|southern|eastern|western|north|south|east|"
    r"west)(?:ern)? (?:flank|part) of the )?"
    # LEFTEN37: a capitalised function word names no sector ("By direction:",
    # "Each sector", "The area")
    rf"(?!{SECTOR_FUNCTION_WORD}[ -])(?:[A-Z][\w’'-]+(?: |-))"
    r"(?:direction|sector|axis|front(?! line)|flank|area)\b|"
    r"(?:southern|northern|eastern|western|south|north|east|west|"
    r"Zaporizhzhia|Kherson|Donetsk|Luhansk|Kharkiv)(?:ern)? "
    r"(?:front|direction|flank|sector|axis)\b|"
    # "making progress in the southern region" (no region name follows)
    r"(?<=the )(?:southern|northern|eastern|western) region\b(?! of\b)|"
    r"(?:in )?the direction of (?:the (?:eastern |western |southern |"
    r"northern )?(?:city|town|village) of )?[A-Z][\w’'-]+|"
    r"(?:southern|northern|eastern|western) flank (?:of|around) "
    r"(?:the )?[A-Z][\w’'-]+(?: sector)?|in the south\b|in the east\b)"
)


# KNOWN42: fighting as the subject of a movement verb ("Fighting reached the
# outskirts of X", "Heavy clashes have approached X"): the fight moved, no
# side advanced (rules/skips.py)
FIGHT_SUBJECT = (
    r"(?:^|[^\w\s,]\s*|\b(?:the|heavy|fierce|intense|street|ground)\s+)"
    r"(?:fighting|battles?|clashes|hostilities|combat)\s+"
    r"(?:(?:has|have|had|now|already|also|reportedly|finally)\s+){0,3}$"
)

# a counted fight: "repelled 17 attacks", "four assaults", "205 combat clashes"
COUNTED_FIGHT = (
    r"\b(?:\d[\d,]*|(?:more than|over|about|nearly) \d[\d,]*|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty)"
    r" (?:(?:enemy|Russian|Ukrainian) )?(?:attacks|assaults|(?:combat )?"
    r"(?:clashes|engagements))\b"
)

# attacks repelled, the defenders' side of a fight told just before
# ("repelled 48 of them", "beaten back"): ``merges._drop_fights_told_again``
REPELLED_WORD = (
    r"\b(?:repel\w*|repuls\w*|beat(?:en)?\s+(?:back|off)|fought\s+off|"
    r"thwart\w*|foiled)\b|"
    # FP31: counted fights still going on ("seven more clashes are still
    # ongoing", "one battle is still under way"), as uk/ru FIGHTS_GO_ON
    r"\b(?:clash(?:es)?|battles?|engagements?|fights?)\s+(?:(?:is|are)\s+)?"
    r"still\s+(?:ongoing|continuing|under\s?way|going\s+on|raging)\b"
)

# a count of fights, its number the first group ("58 assaults"):
# ``merges._drop_headline_counts_told_again``
FIGHT_COUNT = (
    r"\b(\d[\d,]*)\s+(?:[\w-]+\s+)?(?:attacks|assaults|clashes|engagements|"
    r"battles|attempts)\b"
)

# a clause that calls the claim just made untrue points back at it (a
# negated copy of that claim, ``pointing_back._pointing_back``): "the claim is
# false", "Kyiv called the reports untrue" (a bare "That is not true" and
# "has not observed confirmation of this claim" lowered the unread splits)
BACK_DENIAL = (
    # the verdict may open a quotation: "X's claim “is not true."
    # (its topic may stand between: "the claim about X was false", "the
    # reports of the fall of X are untrue")
    r"\b(?:claims?|reports?|statements?|assertions?)"
    r"(?:\s+(?:about|of|on|regarding)(?:\s+[\w’'-]+){1,4}?)?"
    r"(?:\W{0,3}\s+|\s+[“\"‘'])"
    r"(?:is|are|was|were)\s+[“\"‘']?"
    r"(?:simply |completely |patently |absolutely |also )?(?:false|untrue|"
    r"not true|fake|a lie|baseless|groundless)\b|"
    # the claim named with its side and the verdict quoted: "calling the
    # Russian statement 'a fantasy'", "called the report pure fiction"
    r"\bcall(?:ed|s|ing)?\s+(?:it|this|that|the (?:(?:Russian|Ukrainian|enemy|"
    r"Kremlin|Kyiv['’]s|Moscow['’]s|[\w-]+['’]s)\s+)?(?:claims?|reports?|"
    r"statements?|announcement)|(?:these|those|such) (?:claims|reports|"
    # (session 40, b31miss: "called these reports 'fantasies'")
    r"statements|figures))\s+[“\"‘']?(?:a\s+|an\s+|pure\s+|utter\s+|"
    r"complete\s+)?(?:false|untrue|not true|fake|a lie|lies|baseless|groundless|"
    r"fabricat\w+|disinformation|propaganda|fantas(?:y|ies)|fiction|invention|"
    r"fairy[ -]?tales?|nonsense)\b|"
    # the claim denied in words of its own (session 26): "called the claim
    # about X pure fiction", "Kyiv says that's not true" (not "says it is not
    # true that …", a clause of its own)
    r"\bcall(?:ed|s|ing)?\s+the\s+(?:claims?|reports?)\s+(?:about|of|on)\s+"
    r"(?:[\w’'-]+\s+){1,3}?[“\"‘']?(?:a\s+|an\s+|pure\s+|another\s+|utter\s+)?"
    r"(?:false|untrue|fake|a lie|lies|baseless|fabricat\w+|disinformation|"
    r"propaganda|fantas(?:y|ies)|fiction|invention|nonsense)\b|"
    r"\b(?:says|said|insists|insisted)\s+(?:that[’']s|that\s+is|this\s+is|"
    r"it\s+is|it[’']s)\s+(?:simply\s+|just\s+)?(?:not\s+true|untrue|false|"
    r"a\s+lie|fake)\b(?!\s+that\b)|"
    # XDET5 (session 43): a capture denied by its noun alone, the town told
    # before ("Kyiv denied the capture.", "the army denies the fall, saying
    # …"); the golds read it as the capture negated (not "denied the claim")
    r"\b(?:denie[sd]|deny|denying|rejecte?d|rejects?)\s+the\s+(?:full\s+|"
    r"complete\s+|total\s+|reported\s+)?(?:capture|fall|loss|seizure)"
    r"(?=\s*(?:[^\w\s]|$))"
)

# B34DET43: no bare denial closing a sentence in English ("Russia claims X,
# Kyiv denies": the read golds annotate none; uk/ru have one)
BACK_DENIAL_BARE = r"(?!)"

# --- session 26, rules2 lane: the claim just made left unconfirmed ("Kyiv
# did not confirm it", "has not confirmed the report"): a denial of it
BACK_UNCONFIRMED = (
    r"\b(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not|haven[’']t|"
    r"would\s+not|wouldn[’']t)\s+(?:(?:yet|officially|independently)\s+)?"
    r"confirm(?:ed)?\s+(?:it|this|that|the\s+(?:claims?|reports?|"
    r"announcement|capture))\b(?!\s+(?:was|is|had|has|that)\b)|"
    # (session 34, enmiss) an analyst's note that the claim just reported is
    # not borne out: "has not observed confirmation of this claim", "we have
    # not seen any confirmation of these reports"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:observed|seen)\s+(?:any\s+)?"
    r"(?:visual\s+)?confirmation\s+of\s+(?:this|these|that|those|the|such)\s+"
    r"(?:claims?|reports?)\b"
)

# no gain at the place of the fighting just reported ("continued assaults
# near X but did not make confirmed advances", "but made no confirmed gains")
BACK_STALL = (
    r"\b(?:did\s+not|didn[’']t)\s+(?:make|achieve|register)\s+(?:any\s+)?"
    r"(?:\w+\s+)?(?:gains|advances|progress)\b|"
    r"\bbut\s+(?:did\s+not|didn[’']t)\s+advance\b|"
    r"\bmade\s+no\s+(?:confirmed|significant|tactical|territorial|further)\s+"
    r"(?:gains|advances?|progress)\b|"
    # "attacking without gaining any meaningful ground", "... and that the
    # Russians did not advance" (a subject of its own after the fighting told;
    # not "the enemy": whose enemy is the speaker's, not the attackers')
    r"\bwithout\s+(?:gaining|making|achieving|registering)\s+(?:any\s+)?"
    r"(?:\w+\s+)?(?:ground|gains|progress|advances)\b|"
    r"\b(?:Russians|Ukrainians|they|forces|troops|units)\W{0,2}\s+"
    r"(?:did\s+not|didn[’']t|had\s+not|hadn[’']t)\s+advance\b|"
    # an attack told, then no ground gained (session 26): "attacked the
    # positions near X but did not gain ground", "but failed to gain any ground"
    r"\bbut\s+(?:did\s+not|didn[’']t|failed\s+to|could\s+not|couldn[’']t)\s+"
    r"(?:gain|take)\s+(?:any\s+)?ground\b"
)

# --- advance and fighting: forms without the usual verb (blind-corpus-6 families)
# Kept apart from CORE above; joined to its families by `families` (TRIGGERS).
ADVANCE_FIGHT_MORE: dict[str, str] = {
    "advance": (
        # "worked their way into the northern quarters of X"
        r"(?:work(?:ed|ing|s)?|fought|clawed|inched|edged) (?:their|its|our|his) "
        r"way(?= (?:into|in|to|toward|towards|closer|forward|deeper|past)\b)|"
        r"infiltrat(?:ed|es|ing)(?= (?:toward|towards|to|behind|past|through)\b)|"
        r"penetrat(?:ed|es|ing) (?:deep )?into(?= (?:the )?(?:(?:village|town|city) of "
        r")?(?:\w+ )?(?-i:[A-Z]))|"
        # a distance with a direction word: "got maybe two kilometres closer",
        # "moved 3-4 km beyond the city limits"
        r"(?:got|gets|getting|moved|moves|moving|came|comes|coming|crept|edged|"
        r"inched|went|drove)(?= (?:[\w’'-]+ ){0,2}(?:"
        + FIG
        + r"(?:[-–]"
        + FIG
        + r")?|a few|several) ?"
        r"(?:km|kilomet\w*|miles?|metres|meters)\b (?:closer|nearer|further|"
        r"farther|forward|deeper|beyond|past|into|toward|towards|ahead|"
        r"(?:north|south|east|west)(?:ward|wards)?)\b)|"
        # B30MISS239: a spoken push on with its distance after a comma: "we have
        # moved further, about 2 km south of it", "went on, some 3 miles"
        r"(?:mov(?:e|es|ed|ing)|push(?:ed|es|ing)?|went|go(?:es|ing)?|press(?:ed|es|"
        r"ing)?) (?:further|farther|on|ahead)(?=, (?:[\w’'-]+ ){0,2}"
        + FIG
        + r"(?:[-–]"
        + FIG
        + r")? ?(?:km|kilomet\w*|miles?|metres|meters)\b)|"
        # "Russia's push into the X region", "pushed all the way to the border"
        r"push(?:es)? into(?= (?:the |[\w’'-]+[’']s )?(?-i:[A-Z]))|"
        r"push(?:ed|es|ing)? all the way(?= (?:to|into|up to)\b)|"
        r"reach(?:es|ing)(?= (?:the )?(?:[\w’'-]+ ){0,2}(?:border|outskirts|"
        r"approaches|frontier)\b)"
    ),
    # "attempted four times on Thursday to cross the river near X"
    "attempt": (
        r"attempt(?:s|ed)? (?:\w+ )?(?:times|occasions)(?= (?:[\w-]+ ){0,3}?to "
        r"(?:\w+ )?(?:advance|cross|storm|break|capture|take|push|enter|seize|"
        r"attack|reach|infiltrate|encircle|regain|retake)\b)"
    ),
    "stall": (
        r"r[au]ns? out of steam|running out of steam|los(?:t|es|ing) "
        r"(?:its |their )?momentum|ground to a halt"
    ),
    "fight": (
        # contested status without a fight verb: "X is grey now", "X is
        # basically nobody's", "the town turned into a grey zone"
        r"(?<=is )(?:now |basically |effectively |practically |essentially |"
        r"largely |mostly |already )?(?:grey|gray)(?= now\b|\s*[.,;]|\s*$)|"
        r"(?<=is )(?:now |basically |effectively |practically |essentially |"
        r"largely )?(?:nobody[’']s|no[- ]man[’']s[- ]land)|"
        r"(?:turned|turning|turns|become|became|becoming) (?:into )?(?:a |the )?"
        r"(?:grey|gray)[ -]zone|"
        # holding the line: "we still hold the line at X"
        r"(?:(?<=still )|(?<=we )|(?<=they )|(?<=troops )|(?<=forces )|"
        r"(?<=units ))hold (?:the |their |our )?(?:line|defen[cs]es?)"
        r"(?= (?:\w+ )?(?:in|near|at|around|outside|on) )|"
        r"(?:holds|holding|held) (?:on to )?(?:their|its|our) positions"
        r"(?= (?:\w+ )?(?:in|near|at|around|outside|on) )"
        # (positions inside a town are the town held: rules/holding.py; no
        # case-sensitive group here, fastre.folded keeps the search fast)
        r"(?! (?:in and around|inside) )|"
        r"stabili[sz](?:ed|es|ing|e) the (?:situation|front|line)"
        r"(?= (?:\w+ )?(?:near|in|at|around|on|outside) )|"
        # "near X it's positional", "positional battles near X"
        r"(?:(?<=it[’']s )|(?<=is )|(?<=remains )|(?<=are )|(?<=remain ))"
        r"positional\b|positional (?:fighting|battles?|warfare|combat)|"
        # "the pressure on X is constant", "relentless pressure on X"
        r"pressure on(?= (?:the )?(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)? "
        r"(?:is|remains|has been|was) (?:\w+ )?(?:constant|heavy|intense|"
        r"relentless|enormous|strong|unrelenting|incessant)\b)|"
        r"(?:constant|heavy|intense|relentless|unrelenting|incessant|non-stop) "
        r"pressure on(?= (?:the )?(?:(?:village|town|city) of )?(?-i:[A-Z]))"
    ),
}

# --- English reporting nobody tuned for (blind-corpus-7 families)
# Kept apart like the block above, and joined the same way.
FAMILIES7: dict[str, str] = {
    "advance": (
        # a push to a line short of a place: "pushed to the southern outskirts
        # of X", "push to within 8 km of X", "pushed right up to the edge of X"
        r"push(?:ed|es|ing)?(?= (?:right |all the way )?(?:(?:up )?to )?"
        r"(?:the )?(?:[\w-]+ )?(?:outskirts|edges?|approaches|gates|outer)\b)|"
        r"push(?:ed|es|ing)? (?:to )?within(?= (?:[\w.,-]+ ){0,2}(?:km|kilomet\w*|"
        r"miles?|metres|meters)\b)|"
        # a water line crossed: "crossed the canal in two places", "crosses
        # the Oskil river", "have crossed the reservoir"
        r"cross(?:ed|es)(?= (?:the )?(?:[\w’'-]+ ){0,2}(?:river|canal|reservoir|"
        r"stream|creek|channel|estuary)\b)|"
        # a road or supply line cut: "cut the road to X", "cut the highway
        # linking X and Y" (a cut made is ground reached)
        # (the literal first, its subject checked behind it: speed)
        r"cut(?:(?<=have cut)|(?<=has cut)|(?<=had cut)|(?<=[\"“‘'] cut)|"
        r"(?<=[\"“‘']cut)|(?<=forces cut)|(?<=troops cut)|(?<=units cut)|"
        r"(?<=groups cut)|(?<=likely cut)|(?<=reportedly cut))"
        r"(?= (?:off )?(?:the |a |its |their )?(?:[\w’'-]+ ){0,2}"
        r"(?:road|highway|motorway|supply (?:line|route)|route|railway|rail line)s?"
        r"\W{0,2} (?:to|between|linking|from|into|near|leading|connecting)\b)|"
        # troops seen inside part of a place: "Russian assault groups were
        # filmed inside its eastern neighbourhoods", "infantry have been inside
        # the northern streets of X" (the literal first: speed)
        r"inside(?:(?<=been inside)|(?<=were inside)|(?<=are inside)|"
        r"(?<=filmed inside)|(?<=spotted inside)|(?<=seen inside)|"
        r"(?<=operating inside)|(?<=now inside)|(?<=already inside))"
        r"(?= (?:the |its |their )?(?:[\w-]+ )?(?:streets|neighbou?rhoods|"
        r"districts|quarters|blocks|microdistricts?|outskirts|part)\b)|"
        # a verb in scare quotes: "troops had 'entered' X"
        r"enter(?:s|ed|ing)?(?=[\"”’'] (?:the )?(?:\w+ )?(?:city|town|village|"
        r"outskirts|(?-i:[A-Z])))"
    ),
    "capture": (
        # an adverb between the auxiliary and "taken": "had completely taken
        # X", "has now taken X"
        r"(?:has|have|had|was|were|been) (?:completely|fully|now|already|finally|"
        r"effectively|largely|also|reportedly|since|just|"
        # a hedge there: "had likely taken X" (ISW's manner)
        r"likely|probably|possibly|apparently|allegedly|presumably) taken|"
        # the auxiliary shared with a verb before: "had captured X and taken
        # Y", "have liberated X and taken the village of Y"
        r"(?<=\band )taken(?= (?:(?:the )?(?:village|town|city|settlement|"
        r"hamlet)s? of )?(?-i:[A-Z]))|"
        # a hedged count: "took at least seven villages", "took another two
        # towns"
        rf"took(?= (?:{APPROX}|another|a further|more than) (?:[\w’'-]+ ){{0,2}}"
        r"(?:villages|towns|settlements|localities|hamlets)\b)|"
        # a place cleared of the enemy is taken: "completed clearing X",
        # "had 'completely cleared' X", "X had been fully cleared of Russian
        # troops" (not "cleared 300 hectares of farmland": no place follows)
        r"(?:complet(?:ed|es|ing)|finish(?:ed|es|ing)) (?:the )?clear(?:ing|ance of)"
        r"(?= (?:the (?:village|town|city|settlement) of )?(?-i:[A-Z]))|"
        r"(?:completely|fully|entirely) cleared(?=[\"”’']? (?:the (?:village|"
        r"town|city|settlement) of )?(?-i:[A-Z]))|"
        r"(?:(?<=been )|(?<=was )|(?<=were )|(?<=is )|(?<=now )|(?<=fully )|"
        r"(?<=completely )|(?<=entirely ))cleared(?= of "
        r"(?:all |the |remaining |last )*(?:(?:Russian|Ukrainian|enemy) (?:troops|"
        r"forces|units|soldiers|fighters|groups)|Russians|Ukrainians|"
        r"enemy(?! \w*mines?)|occupiers|invaders)\b)"
        # "cleared of the Russians and liberated": the second verb tells it
        r"(?![^.,;]{0,40}\band (?:liberat|freed|recaptur|retak|captur))|"
        # "freeing a dozen villages along the way", "frees the town of X"
        r"fre(?:e|es|eing)(?= (?:(?:another|a further|more than|at least|some|"
        r"about|nearly) )?(?:[\w’'-]+ ){0,2}(?:villages?|towns?|settlements?|"
        r"localities|hamlets)\b| the (?:village|town|city) of\b)"
    ),
    "withdraw": (
        # ground given up: "we are giving up ground near X", "lost ground
        # near X", "yielded ground" (the other side advances)
        r"(?:los(?:t|e|es|ing)|giv(?:e|es|ing|en) up|gave up|yield(?:ed|s|ing)?)"
        r"(?= (?:some |more |further |much |a little |little )?ground\b)|"
        # the noun: "its pullback from X and Y", "the pullback of units from X"
        r"pull-?backs?(?= (?:of (?:[\w’'-]+ ){1,3})?from\b)"
    ),
    "fight": (
        # fighting kept up without a fight noun: "the enemy is resisting
        # fiercely there", "Russian forces were grinding around X", "continue
        # to infiltrate X in small groups" (repeated infiltration, no gain)
        r"resist(?:s|ed|ing)(?= (?:\w+ )?there\b)|"
        r"grind(?:s|ing)?(?=[\"”’']? (?:on |away )?(?:around|near|at|in|outside)\b)|"
        r"infiltrate(?:(?<=continue to infiltrate)|(?<=continues to infiltrate)|"
        r"(?<=continued to infiltrate)|(?<=continuing to infiltrate))"
        r"(?= (?:into )?(?:the )?(?:[\w’'-]+ )?"
        r"(?-i:[A-Z]))|"
        # "our offensive in the Kursk region goes on": the offensive and its
        # place before the verb
        r"(?:counter-?)?offensive(?= (?:in|on|near|around|at) (?:the )?"
        r"(?:[\w’'-]+ ){1,3}(?:continues|goes on|is continuing|is ongoing|"
        r"rages)\b)"
    ),
    "hold": (
        # holding on under pressure: "marines hang on at X", "clung to the
        # districts east of the river", "are clinging on in X"
        r"(?:hang(?:s|ing)?|hung|cling(?:s|ing)?|clung) on(?= (?:at|in|to)\b)|"
        r"(?:cling(?:s|ing)?|clung) to(?= (?:the |their |its )?(?:[\w-]+ ){0,2}"
        r"(?:districts|parts?|neighbou?rhoods|positions|blocks|streets|outskirts|"
        r"(?-i:[A-Z])))|"
        # a held area that changed size, told by its new figure: "the pocket
        # has shrunk to about 400 sq km", "the bridgehead grew to 60 sq km"
        rf"(?:shr[au]nk|shrinks|shrinking|grew|grown|contracted|dwindled)(?= "
        rf"(?:\w+ ){{0,2}}to (?:{APPROX} )?[\d.,]+ ?(?:sq|square|km))"
    ),
    "stall": (
        # "attacked without making any progress" (the trigger after it, if
        # any, is no gain: "progress", "ground", "gains")
        r"without (?:gaining|making|achieving|registering) (?:any )?(?:\w+ )?"
        r"(?:ground|gains|progress|advances)\b"
    ),
    "gain": (
        # a running total moved by the news: "that takes the total since
        # January to 1,400 sq miles", "bringing their total to 300 sq km",
        # and a tally line "Total since Jan 1: 1,590 square miles"
        r"(?:tak(?:e|es|ing)|took|brought|bring(?:s|ing)?|push(?:es|ed|ing)|"
        r"lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)) (?:the |its |their |Russia[’']s |"
        r"Ukraine[’']s )?(?:[\w-]+ )?total(?= (?:[^;:]{0,40}? )?to\b)|"
        # (at the start of the text, or of a line or list item)
        r"total(?:(?<![\s\S]{6})|(?<=[-–—•*] total)|(?<=\ntotal))"
        r"(?= (?:since|for|in|so far|to date)?"
        r"[^.;:]{0,25}:)"
    ),
}
# --- vocabulary breadth (issue 8): each family's synonyms, inflections,
# passives and nominalisations, written from the language, not from any text.
# Kept apart like the blocks above, and joined the same way.
PLACE_AHEAD = (
    r"(?= (?:the )?(?:[\w’'-]+ )?(?:village|town|city|settlement|outskirts|"
    r"(?-i:[A-Z])))"
)
# ground or a named place as the object ("the eastern town of X", "X",
# "positions"), not a preposition ("surrendered near X")
GROUND_OR_PLACE = (
    r"(?:(?:the )?(?:[\w’'-]+ )?(?:village|town|city|settlement|positions)\b|"
    r"(?!(?:Russian|Ukrainian|Kyiv|Moscow)\b)(?-i:[A-Z])[a-z])"
)
MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December"
)

# the words that name a body, not a person ("the General Staff", "Press
# service of the brigade"): a name holding one is an institution's
# (text/claimants.py, text/page_speakers.py, text/statement_days.py); as written
# a sentence opening on an earlier statement ("Earlier, X said …"): an aside
# that leaves the story's dated statement going on (statement_days.py)
EARLIER_OPENER_WORDS = r"earlier|previously"
BODY_WORDS = (
    r"Ministry|Staff|Command|Forces?|Directorate|Office|Group|Council|Army|"
    r"Guard|Service|Kremlin|Defen[cs]e|Brigade|Press service"
)
# session 35, left-known lane: a comma's clause that names its own sector or
# direction ("freed X, in the south they advanced 2 km"): its own clause,
# which borrows no place from the one before (clauses)
SECTOR_CLAUSE = (
    r"(?:in|on)\s+the\s+(?:south|north|east|west|"
    r"[A-Z][\w’'-]+\s+(?:sector|direction|axis|front))"
)
# session 35, left-known lane: the bodies that speak for themselves, whose
# name opening a sentence as its subject ("The Russian Defence Ministry gave
# its update.") is what a later "it said" points back to (claimants)
SPEAKING_BODY_WORDS = (
    r"Ministry|General Staff|Command|Directorate|Office|Group|Council|Service"
)
# LEFTEN37: a word opening a line as a list's label before a figure ("Total:
# 210 sq km", "October: 356"), no place (an unknown name there is one:
# "Zaporizhzhia: under 20 sq km"; text/toponyms.py)
LABEL_WORDS = (
    r"total|overall|update|updated|source|sources|note|notes|result|results|"
    r"figure|figures|gain|gains|loss|losses|change|changes|net|week|month|year|"
    r"today|yesterday|sum|average|estimate|estimates|area|territory|front|"
    r"frontline|day|daily|weekly|monthly|advance|advances|pace|rate|record|"
    r"previous|period|date|breakdown|summary|tally|count|data|map|maps|"
    r"deepstate|isw|russia|ukraine|moscow|kyiv|kiev|analysts?|officials?|"
    r"before|after|now|then|so far|earlier|later|latest|up|down|min|max|"
    + MONTHS.lower()
    + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# the months and the days of the week, as words start (any case)
MONTH_WORDS = MONTHS
WEEKDAY_WORDS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# a past figure's verb after its time, heading it ("…, a week earlier it was
# 1,000"): that time is the compared figure's (text/dating.py)
WAS_WORDS = r"(?:it|they|that|this)\s+(?:was|were|stood at)|was|stood at"
# XPER443: words after a month heading a roundup ("October in numbers:",
# "November on the front"; text/periods.py)
MONTH_HEADING_AFTER = r"in (?:numbers|figures)|on the front(?:line)?"
# the months written whole or cut short ("Sept.", "Oct"), as a pattern, and
# their stems in calendar order; the days of the week in order, each a stem
# or "|"-joined stems (text/periods.py numbers them by their place)
MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
MONTH_STEMS = tuple("jan feb mar apr may jun jul aug sep oct nov dec".split())
# B32PER41: the months written whole, as a month-by-month explainer heads
# its paragraphs ("October: …"; text/roundup_dates.py)
MONTHS_NOM = MONTHS
WEEKDAY_STEMS = tuple(WEEKDAY_WORDS.split("|"))
# session 36 (probeen): a form of "be" before a speech verb makes it passive
# ("Clashes were reported near X"): its subject is what was said, no speaker
BE_FORMS = r"was|were|is|are|been|being"
# ... unless a pronoun is its subject ("This was announced by …"): it points
# back to the speaker named before
POINTING_PRONOUNS = r"this|that|it|these|those|which|what"
# LEFTEN37: "maintain" keeping a thing, not saying one ("Ukrainian forces
# maintained positions in X", "maintain pressure", "maintained control")
_KEPT_OBJECT = (
    r"(?! (?:their |its |our |the |a |an |some |full |firm |defensive |"
    r"offensive )?(?:positions?|control|pressure|presence|defen[cs]es?|lines?|"
    r"grip|hold|foothold|momentum|pace|tempo|initiative)\b)"
)
# the verbs a speaker says a thing with ("said", "did not confirm"), as
# written (text/claimants.py and the statement readers)
# KNOWN40: a title in a short next sentence that points back to the claim
# before ("All attacks were repelled, the spokesman said."): speakers
ROLE_POINTER = r"\bthe (?:spokes(?:man|woman|person)|minister|official|commander)\b"

# the words that open a contrasting clause after a comma ("…, but Russia has
# since retaken …"): dating._CONTRAST joins every language's, and a speaker's
# own clause opens with them too (speakers._SPEAKER_CUT)
CONTRAST_WORDS = r"although|though|but|while|yet|however"
# KNOWN3: other nations' adjectives and peoples, no place ("bolstered by North
# Korean soldiers", "Iranian drones"): toponyms._STOP, with their plurals and
# "-made", "-built", "-supplied", "-backed" compounds
FOREIGN_DEMONYMS = (
    "Korean Iranian Belarusian Chechen American British German Chinese Polish "
    "French Syrian Turkish Israeli Finnish Swedish Norwegian Dutch Italian "
    "Czech Slovak Hungarian Romanian Moldovan Georgian Kazakh"
)
# XKIND4-42: Russian units by their own names: a holder with no side word
# ("Akhmat holds X": rules/holding._named_unit_side) and no place
# (toponyms._STOP)
RU_UNIT_OWN_NAMES = "Akhmat Wagner"
# KNOWN3: the word joining a second verb to the first one's subject
# ("захопили X і просунулися біля Y"): context._shared_word_side
VERB_AND = r"and|and then|and also"
# B3140: a contrast opening a second source's clause ("X put it at 400 sq km,
# whereas Y counted 300"): speakers._clause_speakers, beside dating._CONTRAST;
# KNOWN40: and a plain "and" ("…, and Ukraine's army said fighting went on
# near Y"), which cuts only where the clause names its own speaker
SPEAKER_CLAUSE_AND = r"whereas|and"

SPEECH_VERBS = (
    # (B34FLD43: not the noun, "Russian claims of the capture of X are false,
    # the General Staff said": "claims" before "of"/"about" is no verb)
    r"said|says|told|reported|reports|announced|announces|claimed|"
    r"claims(?! (?:of|about|regarding)\b)|stated|"
    r"states|noted|added|wrote|writes|confirmed|confirms|explained|declared|"
    r"indicated|estimated|calculated|acknowledged|admitted|posted|updated|"
    r"conceded|concedes|insisted|insists|maintained" + _KEPT_OBJECT + r"|denied|"
    r"denies|rejected|rejects|"
    r"dismissed|dismisses|refuted|refutes|revealed|reveals|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|assessed|assesses|observed|tweeted|specified|"
    r"clarified|reiterated|warned|recalled|continues to assess|answered|"
    r"(?:did|does|do)(?: not)? (?:confirm|claim|deny)|"
    r"replied|responded|"
    # SESSION34b: boasts and assertions tell a claim too
    r"boasted|boasts|asserted|asserts|alleged|alleges|argued|mentioned|"
    r"commented|remarked|pointed out|"
    # CLEN28: the plural present ("Russian channels say", "analysts say")
    r"say"
)
# a live blog's clock zone after an entry time ("14:05 GMT:", "11:20 Kyiv
# time —"): no part of the speaker after it (claimants._ENTRY_TIME)
CLOCK_ZONES = (
    r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|"
    r"(?:Kyiv|Kiev|Moscow|London|local) time"
)
# the time words that may stick to a speaker phrase ("Ukraine's army
# earlier", "Yesterday the General Staff"): no part of the name (claimants.py)
SPEAKER_TIME_WORDS = (
    r"late|yesterday|today|tonight|overnight|earlier|previously|also|again|"
    r"later|meanwhile|last night|this morning|on (?:" + WEEKDAY_WORDS + r")|"
    # LEFTPER36: "The same evening, the General Staff said"
    r"(?:on |in )?the same (?:day|evening|morning|night|afternoon),?|"
    # B28CLAIM37: the period a count covers, between the speaker and its verb
    # ("The ministry over the past week reported", "Analysts this month
    # recorded"): no part of the name
    r"(?:over|in|during) the (?:past |last |same )?(?:24 hours|day|week|month|"
    r"quarter|year|weekend)|(?:this|last) (?:week|month|quarter|year)"
)
# S35B25: a span after an event told before, heading the speaker phrase
# ("Hours later the ministry said", "A day later, the General Staff",
# "Shortly afterwards Kyiv"): no part of the name (claimants._LEAD_SPAN)
SPEAKER_LEAD_SPANS = (
    r"(?:(?:a|an|one|two|three|four|five|a few|few|several|some|\d+)\s+)?"
    r"(?:hours?|days?|minutes?|moments?|weeks?|months?)\s+"
    r"(?:later|afterwards?|on|earlier)|"
    r"(?:shortly|soon|not long|almost immediately)\s+(?:afterwards?|thereafter)|"
    r"(?:within|in) (?:hours|minutes|days|a day|an hour)|"
    r"later (?:that|the same) (?:day|night|evening|morning|afternoon)|later"
)
# CLAIMANT30b: the plural present of the speech verbs ("Ukrainian commanders
# concede that …", "local officials deny that …"): read by the claimant
# patterns only (SPEECH_VERBS also serves the kind rules)
PLURAL_SPEECH_VERBS = (
    r"concede|deny|insist|claim|report|confirm|admit|acknowledge|estimate|"
    r"assess|note|write|state|maintain" + _KEPT_OBJECT + r"|reject|dismiss|"
    r"reveal|stress|warn|"
    r"describe|believe|argue"
)
# XCLAIM6_43: plural trades that speak after a comma with a present verb
# ("…, open-source analysts estimate."; claimants._EN_COMMA_PLURAL_TRADE)
PLURAL_TRADES = (
    r"analysts|mappers|researchers|experts|observers|monitors|bloggers|"
    r"milbloggers|commanders|officials|soldiers|sources"
)
PLURAL_ESTIMATE_VERBS = r"calculate|reckon|say|suggest|believe"
# B28CLAIM37: a body putting a figure at a number, or counting, tallying or
# recording one ("Ukraine's army had put the figure at 3,000 sq km", "mapping
# projects put Russian gains at 90 sq km", "DeepState estimates …",
# "LineWatch counted 312 sq km"): the claimant patterns only
# (claimants._EN_FIGURE_PUT, _EN_FIGURE_COUNTED)
FIGURE_PUT_VERBS = r"put|puts|placed|places|estimates|estimate|estimated"
FIGURE_COUNT_VERBS = r"counted|counts|tallied|tallies|recorded|records|logged|mapped"
# SESSION33: a speaker judging the claim just told ("Kyiv called the report
# a fake", "the brigade disputed that", "X dismissed the claims"): the
# claimant patterns only (claimants._EN_JUDGED)
JUDGING_VERBS = r"called|dismissed|disputed|described|branded|labelled|labeled"
# PROBEEN38: the claim judged may be named by its owner or side ("disputed
# Russia's claim to have …", "dismissed the Russian reports", "disputed
# Moscow's latest claims"), not only "the claim"
JUDGED_OBJECTS = (
    r"it|this|that|these|those|(?:the\s+|these\s+|those\s+|such\s+)?"
    r"(?:(?:Russian|Ukrainian|Kremlin|enemy|[A-Z][\w-]*['’]s)\s+)?"
    r"(?:(?:latest|earlier|recent|new|own)\s+)?"
    r"(?:reports?|claims?|statements?|announcement|allegations?|assertions?)"
)
# the words that open a qualifier after a speaker phrase ("The Courant of
# data from ISW", "One brigade near Toretsk"): no part of the name
SPEAKER_TAILS = (
    r"of (?:the )?(?:data|figures|maps|daily maps|satellite images|footage)\b|"
    r"near [A-Z]|operating\b|based in\b|"
    # CLAIMANT30: a place adverb or a manner word after the speaker
    # ("Officials here say", "the army officially confirmed")
    r"(?:here|there|officially|publicly)\b"
)
# the genre words that end a rubric's name, not a channel's ("FACT CHECK |
# …", "EVENING BRIEFING | …"): page_speakers.py
RUBRIC_WORDS = (
    r"check|briefing|update|digest|news|summary|roundup|review|explainer|brief|"
    # CLEN28: an opinion page's rubric ("Opinion | The West is …")
    r"opinion|comment|commentary|editorial|column|analysis"
)
# CLEN28: data nobody is named for ("according to preliminary estimates",
# "according to its data"): the figures of the source named before
UNOWNED_DATA = (
    r"(?:(?:the|its|his|her|their|our)\s+)?(?:[a-z][a-z-]*\s+){0,2}"
    r"(?:data|figures|estimates?|calculations|statistics|information|tallies|tally)"
)
# CLEN28: what a monitoring body is called around its name ("DeepState
# monitoring group", "the open-source mapping project DeepState", "open-source
# DeepState map"): the description is its role, the name its own
PROJECT_NOUNS = r"project|group|map|tracker|team|monitor|initiative|channel"
PROJECT_MODIFIERS = (
    r"monitoring|mapping|analytical|analysis|analytic|open-source|open source|"
    r"osint|research|volunteer|independent|online|battlefield|investigative"
)
# CLEN28: what a source's possessive names, not a speaker of its own ("according
# to ISW's assessed changes", "the group's maps"): the owner speaks
# (PROBECLAIM37: a platform's channel, page or post too: "according to Yuri
# Podolyaka's Telegram channel" gives "Yuri Podolyaka")
SOURCE_DOCUMENT = (
    r"(?:(?:[a-z][a-z-]*|Telegram|Facebook|Twitter|YouTube|X|VKontakte)\s+){0,2}"
    r"(?:changes|maps?|data|figures|estimates?|"
    r"assessments?|analysis|calculations|count|tally|tallies|records?|tracking|"
    r"mapping|reports?|updates?|statements?|findings|review|channel|page|account|"
    r"posts?|blog|feed)"
)
# S35B25: a statement told with no owner ("the statement said", "said the
# post", "according to the statement"): the speaker named before speaks
# (claimants._OWNERLESS_STATEMENT)
OWNERLESS_STATEMENT = (
    r"(?:^|[,”\"]\s*)(?:the|that|its|his|her|their) (?:statement|post|message|"
    r"communiqu[eé]|release|press release|update|briefing|announcement|report) "
    r"(?:said|says|added|adds|read|reads|stated|states|noted|notes|claimed|"
    r"claims|continued)\b|"
    r"(?:said|added|read|stated|noted|claimed) (?:the|that|its|his|her|their) "
    r"(?:statement|post|message|communiqu[eé]|release|update|briefing|"
    r"announcement)(?=\s*[.,;]|$)|"
    r"according to (?:the|that|its|his|her|their) "
    # XCLAIM241: a word or two before the document and its day after it
    # ("according to its morning update on Sept. 3"): still the one named before
    r"(?:(?:morning|evening|daily|nightly|latest|regular|weekly|new|last|"
    r"official|operational)\s+){0,2}(?:statement|post|message|"
    r"communiqu[eé]|release|update|briefing|announcement|report|summary)"
    r"(?=\s*[.,;]|$|\s+(?:on|of|for)\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|"
    r"Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\d{1,2})\b)"
)
# CLEN28: a body's generic abbreviation after its name, no part of the name
# ("The Russian Ministry of Defense (MoD)"); a name's own acronym stays ("(ISW)")
GENERIC_ABBREVIATIONS = r"MoD|MOD|DoD|MFA|AFU|ZSU|RF|GS|UK MoD"
# LEFTEN36: an answer word opening a reply ("A: No, our forces …", "Yes, …"):
# no place (toponyms), and "No" before a stop or comma negates nothing after
# it (negation: ANSWER_NO)
DISCOURSE_WORDS = "No Yes Nope Yeah Yep Sure Okay OK Absolutely Exactly Correct"
ANSWER_NO = "no|nope"
# KNOWN39: a verdict that opens a reply and is closed by a stop, comma,
# colon or dash ("This is fake, X is under our control"): it denies the claim
# answered, not the holding told after it (negation.py)
VERDICT_REPLY = (
    r"(?:(?:this|that|it)(?:\s+is|'s|’s)\s+(?:(?:a|an|just|pure|another)\s+)?)?"
    r"(?:fake(?:\s+news)?|(?:a\s+)?lie|lies|false|not\s+true|untrue|nonsense)"
)
# a rank or title shortened with a stop before a name ("according to Lt. Gen.
# X Y"): no part of the speaker's name, and its stop ends no source (claimants)
TITLE_ABBREVIATIONS = (
    r"Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Cpl|Pvt|Gov|Sen|Rep|Dr|Mrs|Mr|Ms"
)
# PROBECLAIM37: the lower-case particles inside a person's name ("Jean-Luc de
# la Fontaine", "Ludwig von Mises", "Pieter van der Berg"): part of the name
# after a speech verb (claimants)
NAME_PARTICLES = r"de|da|di|du|del|della|des|la|le|van|von|der|den|ter|ten|dos|das|bin"
# a place name's first word shortened with a stop ("St. Nicholas", "Mt.
# Kremenets", "Ft. Lincoln"): part of the name (toponyms._RUN), and no
# sentence ends after it (clean.ABBREVIATIONS)
NAME_ABBREVIATIONS = r"St|Mt|Ft"
# session 35, left-known lane: a saint's name before a building's noun ("the
# St. George monastery", "St Nicholas church") names a building, no
# settlement (toponyms)
SAINT_WORDS = r"St\.?|Saint|Sts\.?"
BUILDING_WORDS = (
    r"monastery|church|cathedral|lavra|chapel|abbey|convent|basilica|skete|"
    r"hermitage|temple"
)
# CLEN28: the verbs a document's own analyst speaks in, present and habitual
# ("ISW assesses that …"): that analyst speaks what nobody else is said to
HOUSE_VOICE_VERBS = (
    r"assesses|assessed|continues to assess|currently assesses|"
    r"has (?:not )?(?:yet )?observed"
)
# CLEN28: a body's update in a title ("Latest Defence Intelligence update on
# …"): the words before the body's name, and the genre after it
TITLE_LEAD_WORDS = r"latest|daily|weekly|monthly|new|the"
# session 36 (probeen): what follows the name of a group of forces, which is
# no place ("the Khortytsia Group of Forces", "the Tavria operational-strategic
# group", "the Khortytsia group said"): text/toponyms.py
GROUP_AFTER_NAME = (
    r"Group\b|(?:operational(?:[- ]strategic)?|strategic|tactical)[- ]group\b|"
    r"group(?:ing)? of (?:forces|troops)\b|group(?:ing)?['’]?s?\s+(?:said|says|"
    r"reported|reports|stated|spokes(?:man|woman|person)|press)\b|"
    # KNOWN38: an armed service is no place ("Ground Forces commander X",
    # "the Air Force said", "Air Assault Forces", "Territorial Defence Forces")
    r"(?:(?:Assault|Operations|Defen[cs]e)\s+)?Forces?\b|Corps\b"
)
# session 36 (probeen): the plural nouns a list of settlements after a colon
# is introduced by ("two more villages: Dalne and Illinka"): text/toponyms.py
SETTLEMENT_PLURALS = r"villages|towns|settlements|localities|hamlets|cities"
# session 40 (xnonplace): the words that go on with a capture's list after a
# comma ("took X, as well as the villages of A and B"): rules/settlement
ALSO_LIST = r"as\s+well\s+as|and\s+also"
# session 36 (probeen): a wire's slug glued to its headline by a hyphen
# ("UPDATE 2-Russia says …", "EXCLUSIVE-Ukraine retakes …"): no part of the
# headline (text/normalise.py blanks it)
WIRE_SLUGS = (
    r"UPDATE|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|CORRECTED|"
    r"REFILE|RPT|FOCUS|TIMELINE|BREAKINGVIEWS|SPECIAL REPORT|GRAPHIC"
)
UPDATE_NOUNS = r"update|summary|report|briefing|bulletin|assessment"
# XCLAIM4: a map source's update read as its voice ("X's daily update showed")
MAP_UPDATE_NOUNS = rf"(?:(?:daily|weekly|latest|nightly)\s+)?(?:{UPDATE_NOUNS})"
# CLEN28: voices a narrator reports, which tell nothing of the narrator's side
RELAYED_VOICES = (
    r"channels|bloggers|milbloggers|war bloggers|media|propagandists|posts|"
    r"users|accounts|sources|state TV|state television"
)
# CLEN28: the bodies a definite phrase points back to ("the General Staff",
# "the ministry"): spoken as written when the one named before is no such body
DEFINITE_BODY_NOUNS = r"general staff|staff|ministry|command"
# XCLAIM4: the titles a definite phrase points back to ("The official also
# said …"): spoken as written when the one named before holds no such title
DEFINITE_TITLE_NOUNS = r"official|spokesman|spokeswoman"
# CLEN28: a section heading or note label before a colon, no speaker ("Key
# Takeaways: Russian forces advanced …", "Note: figures are based on our map")
# LEFTEEN35: a dateline's town in capitals before a colon ("MOSCOW: …",
# "KYIV: …"): the capitals and cities datelines name beside the front's towns
# (whose endings claimants.TOWN_LABEL knows); a label in capitals naming none
# is a speaker's ("BUDANOV: …"), as an agency's is ("TASS: …")
DATELINE_TOWNS = (
    r"Kyiv|Kiev|Moscow|Kharkiv|Lviv|Odesa|Odessa|Dnipro|Kherson|Mykolaiv|"
    r"Zaporizhzhia|Zaporizhia|Sumy|Chernihiv|Poltava|Izium|Kupiansk|Bakhmut|"
    r"Mariupol|Melitopol|Berdiansk|Sevastopol|Simferopol|Belgorod|Kursk|"
    r"Rostov|Rostov-on-Don|St Petersburg|Saint Petersburg|Minsk|Warsaw|Berlin|"
    r"Paris|London|Brussels|Washington|New York|Geneva|Vienna|Rome|Ankara|"
    r"Istanbul|Beijing|Tokyo|Kyiv Oblast|Ukraine|Russia|Crimea|Donbas|"
    r"United Nations|Vatican City|The Hague|Riga|Vilnius|Tallinn|Helsinki|"
    r"Stockholm|Oslo|Copenhagen|Prague|Bucharest|Budapest|Chisinau|Tbilisi|"
    r"Baku|Yerevan|Astana|Tehran|Jerusalem|Davos|Munich|Madrid|Lisbon|Ottawa"
)
AGENCY_INITIALISMS = "TASS ITAR-TASS RIA UNIAN AFP AP DPA ANSA"
HEADING_LABELS = (
    r"key takeaways|takeaways|key points|highlights|note|notes|editor['’]s note|"
    r"methodology|bottom line|in brief|at a glance|context|correction|disclaimer|"
    # PROBEEN38: a tally's label before its figure ("Total: 150 sq km",
    # "Overall: …", "Net: …"), nobody speaking
    r"total|totals|grand total|subtotal|overall|net|sum|altogether|combined|"
    r"in total|in all|all told|tally|running total|average|breakdown"
)
# the General Staff's daily report, known by its title alone (and who
# issues it): "Operational update … on the Russian invasion"
STAFF_REPORT = (
    r"(?i)^\W*Operational (?:update|information)\b.*\bRussian invasion",
    "General Staff of the Armed Forces of Ukraine",
)
# "X fell" said of a figure or the weather, not a place: "Prices fell"
NOT_A_FIGURE_FELL = (
    r"(?<!Prices fell)(?<!Shares fell)(?<!Stocks fell)(?<!Sales fell)"
    r"(?<!Exports fell)(?<!Imports fell)(?<!Rates fell)(?<!Profits fell)"
    r"(?<!Output fell)(?<!Inflation fell)(?<!Temperatures fell)(?<!Snow fell)"
    r"(?<!Rain fell)(?<!Ratings fell)(?<!Support fell)(?<!Turnout fell)"
    r"(?<!Numbers fell)(?<!Figures fell)(?<!Production fell)"
)
# a compass point ("north", "south-east", "northwestern"): a fight "east of
# X" and a serial list of them ("northeast, east, and southeast of X")
COMPASS_POINT = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"

# LEFTEN37: a location phrase between a settlement and the next place names
# a reference point, not a second place of the claim: "seized X (northeast of
# Y)", "took X (10 km south of Y)" (a bare or comma-set "near Y" may be one)
LOCATOR_BETWEEN = (
    r"\s*\(\s*(?:(?:about|some|around|roughly)\s+)?(?:[\d.,]+\s*(?:km|"
    r"kilometres?|kilometers?|miles?)\s+)?(?:(?:just|some|directly|due)\s+)?"
    rf"(?:{COMPASS_POINT}\s+of|near|outside|close\s+to|not\s+far\s+from)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?$"
)

FAMILIES8: dict[str, str] = {
    "capture": (
        # nominalisations: "the takeover of X", "the taking of X" (not "the
        # de-occupation of X", "the conquest of X": mostly goals)
        r"(?:takeover|taking) of"
        + PLACE_AHEAD
        + r"(?![^.,;]{0,40}\b(?:Holdings|Group|Inc|Ltd|Corp|Company|Bank|plc|"
        r"shares|bid)\b)|"
        # re- verbs: "reoccupied X", "reconquered X"
        r"re-?occup(?:y|ies|ied|ying)|re-?conquer(?:ed|s|ing)?|"
        # ground or places added, returned, grabbed, told by their figure:
        # "added about 50 square kilometres", "returned 54 sq km", "grabbed
        # three villages"
        r"(?:add(?:ed|s|ing)|return(?:ed|s|ing)|grab(?:bed|s|bing))(?= "
        r"(?:(?:" + APPROX + r"|another|a further) )?(?:[\d.,]+ ?(?:sq\b|square|"
        r"km|hectares)|(?:[\w,-]+ ){1,2}(?:villages|towns|settlements|"
        r"localities|hamlets)\b))|"
        # "X fell into Russian hands", "passed into Ukrainian hands"
        r"(?:fell|fallen|falls|passed|came) into (?:[\w’'-]+ ){0,2}hands|"
        # "completed mopping up X", "finished the mop-up of X"
        r"(?:complet|finish)(?:ed|es|ing) (?:the )?(?:mopping[- ]up|mop-?up)"
        r"(?: of| in)?" + PLACE_AHEAD + "|"
        # more verbs of putting out: "flushed the Russians out of X"
        r"(?:flushed|squeezed|chased|booted|thrown|threw|smoked)"
        r"(?= (?:the )?(?:[\w’'-]+ ){1,3}out of)"
    ),
    "withdraw": (
        # a place that fell, told by when (a loss for its holder: mostly
        # Ukraine's in this war): "the city fell on Feb 17", "X fell in
        # February after a long siege"; the subject a name or a settlement noun
        # (not "prices fell in X", "it fell on deaf ears")
        r"fell(?:(?<=city fell)|(?<=town fell)|(?<=village fell)|"
        + "|".join(f"(?<=(?-i:[A-Z])[a-z]{{{n}}} fell)" for n in range(2, 20))
        + r")(?= (?:on (?:\d|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|"
        r"Nov|Dec)\w*\.? \d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|in "
        r"(?:(?:early |late |mid-?)?(?:" + MONTHS + r")|\d{4})|after "
        r"(?:a |an |\w+ )?(?:months?|weeks?|days?|siege|battle|\d)|last (?:week|"
        r"month|year|spring|summer|autumn|fall|winter)|earlier this|overnight|"
        r"yesterday)\b)"
        # (not a figure or the weather: "Prices fell in March")
         + NOT_A_FIGURE_FELL + r"|"
        # the noun: "the pull-out of troops from X", "a pullout from X"
        r"pull-?outs?(?= (?:of (?:[\w’'-]+ ){1,3})?from\b)|"
        # nouns of leaving: "the exit from X", "the surrender of X", "the
        # abandonment of X", "the evacuation of troops from X"
        r"(?:exit from|surrender of|abandonment of)(?= " + GROUND_OR_PLACE + ")|"
        r"evacuation of (?:[\w’'-]+ ){0,2}(?:troops|forces|units|soldiers|"
        r"garrison|defenders) from|"
        # "exited X", "exited from X"
        r"exit(?:ed|ing)(?= (?:from )?" + GROUND_OR_PLACE + ")|"
        # the passive of being put out: "were dislodged from X"
        r"(?:(?<=been )|(?<=were )|(?<=was )|(?<=being ))(?:dislodged|ousted|"
        r"evicted|ejected|routed|squeezed out|flushed out|chased out) from|"
        # ground handed over: "gave up X", "surrendered the town"
        r"(?:gave|giv(?:e|es|en|ing)) up(?= " + GROUND_OR_PLACE + ")|"
        r"surrender(?:ed|ing|s)?(?= " + GROUND_OR_PLACE + ")"
    ),
    "advance": (
        # moving in: "moved into X", "burst into X", "rolled into X"
        r"(?:mov(?:ed|ing)|burst(?:s|ing)?|roll(?:ed|s|ing)|pour(?:ed|s|ing)|"
        r"swept|sweep(?:s|ing)?|stormed|storm(?:s|ing)|rush(?:ed|es|ing)|"
        r"punch(?:ed|es|ing)|smash(?:ed|es|ing)|made it|mak(?:e|es|ing) it) "
        r"into" + PLACE_AHEAD + "|"
        # through the lines: "punched through the defences near X"
        r"(?:punch|smash|push|cut|burst)(?:ed|es|ing)? through(?= (?:the )?"
        r"(?:[\w’'-]+ ){0,2}(?:defen[cs]es|lines?|front|(?-i:[A-Z])))|"
        # a presence at the edge: "are now on the outskirts of X", "arrived at
        # the outskirts of X"
        # (led by "outskirts", a rare word: "on the" would open every sentence
        # to the trigger search)
        r"outskirts(?:(?<=now on the outskirts)|(?<=already on the outskirts)|"
        r"(?<=now in the outskirts)|(?<=already in the outskirts)|"
        r"(?<=are on the outskirts)|(?<=were on the outskirts))(?= of)|"
        r"arriv(?:ed|es|ing|e)(?= (?:at|on|in) the (?:[\w-]+ )?(?:outskirts|"
        r"edges?|approaches) of)|"
        # a distance gained: "gained 2 kilometres near X"
        r"gain(?:ed|ing|s)?(?= (?:(?:up to|about|some|nearly|another|roughly|"
        r"around|almost|over|more than) )?" + FIG + r"(?:[-–]" + FIG + r")? ?(?:km|"
        r"kilomet\w*|miles?|metres|meters)\b(?! (?:long|wide)))|"
        # round the side and over the water: "outflanked X", "forced a
        # crossing of the river"
        r"outflank(?:ed|s|ing)?|forc(?:ed|ing) (?:a |the )?crossings?|"
        # XKIND241 going round a place: "are bypassing X from the north"
        r"bypass(?:ed|es|ing)?(?= (?:\w+ ){1,3}(?:from|to|on) the (?:north|"
        r"south|east|west|flanks?)\b)|"
        r"encroach(?:ed|es|ing)?(?= (?:on|upon|into|toward|towards)\b)|"
        # dug in: "dug in near X", "entrenched themselves in X", "took up
        # positions in X"
        r"(?:dug|dig(?:s|ging)?) in(?= (?:\w+ )?(?:in|at|near|around|on|outside|"
        r"along) )|entrench(?:ed|ing) (?:themselves |itself )?(?:in|at|near|"
        r"around|on)\b|"
        r"(?:took|taken) up (?:new )?positions(?= (?:\w+ )?(?:in|"
        r"near|at|on|around|along|outside) )|"
        # a road cut: "severed the road to X", "cut off the supply route"
        r"sever(?:ed|s|ing)(?= (?:the |a |its |their )?(?:[\w’'-]+ ){0,2}"
        r"(?:road|highway|motorway|supply (?:line|route)|route|railway|"
        r"rail line|logistics)s?\b)|"
        # a place surrounded (told as an advance): "their soldiers had
        # surrounded the city" (the passive "X is surrounded" is mostly a claim
        # reported to be denied, and "surrounding" an adjective)
        r"(?:surrounded|encircled)(?= (?:the )?(?:[\w-]+ )?(?:village|town|city|"
        r"settlement|(?!(?:Russian|Ukrainian|Kyiv|Moscow)\b)(?-i:[A-Z])[a-z]))|"
        # the tactical position improved (a ministry's words): "improved the
        # tactical position near X"
        r"improv(?:ed|es|ing) the (?:tactical |operational )?positions?|"
        # slow movement: "clawing forward near X", "grinding forward toward X"
        r"(?:claw|grind)(?:ed|s|ing)? (?:forward|ahead)|"
        # on a place: "moving on X", "marched on X"
        r"(?:mov|march)(?:ed|ing|es) on(?= (?:the (?:village|town|city) of )?"
        r"(?!(?:Russian|Ukrainian|Kyiv|Moscow)\b)(?-i:[A-Z]))|"
        # pushing on, as far as a place: "pushed ahead near X", "moved up to
        # the outskirts of X", "got as far as X"
        r"push(?:ed|es|ing)? (?:ahead|onward|onwards)\b|"
        r"mov(?:ed|ing) up to(?= (?:the )?(?:[\w-]+ )?(?:outskirts|edges?|"
        r"approaches|(?-i:[A-Z])))|"
        r"(?:got|get(?:s|ting)?|reached|pushed|advanced|went) as far as|"
        # a move to a compass point: "we are moving south", "pushed further
        # west" (not "south of X": a place)
        r"(?:mov|push)(?:e|es|ed|ing) (?:further |farther |deeper )?(?:south|"
        r"north|east|west)(?:-?(?:east|west))?(?:ward|wards)?\b(?! of\b| bank\b)|"
        # plural nouns: "penetrations", "breakthroughs"
        r"penetrations|breakthroughs|"
        r"(?:push(?:ed|es|ing)?|forc(?:ed|ing)|battl(?:ed|ing)|shov(?:ed|ing)|"
        r"bulldoz(?:ed|ing)) (?:their|its|our|his) way"
        r"(?= (?:into|in|to|toward|towards|closer|forward|deeper|past)\b)"
    ),
    "fight": (
        # verbs of fighting: "clashed near X", "fought near X", "skirmished"
        # ("clashed with the president" is no fight: a side or a place follows)
        r"clash(?:ed|ing)(?= (?:near|around|outside|on the outskirts of|with "
        r"(?:the )?(?:Russian|Ukrainian|enemy|separatist|invading)))|"
        r"skirmish(?:ed|ing)|"
        # (said of troops: "he fought in X" is a life story)
        r"(?:(?<=troops )|(?<=forces )|(?<=units )|(?<=have )|(?<=had )|"
        r"(?<=sides )|(?<=they ))fought(?= (?:\w+ ){0,2}(?:in|near|at|around|"
        r"for|over|outside|along|on) )|"
        # a place besieged: "besieged X" (a place surrounded is an advance)
        # (not the adjective: "the besieged city of X")
        r"besieg(?:es|ing)|(?:(?<=have )|(?<=has )|(?<=had )|(?<=forces )|"
        r"(?<=troops ))besieged|"
        # nouns: "heavy engagements near X", "urban warfare in X", "fierce
        # resistance near X", "a stalemate near X", "enemy activity near X"
        r"engagements?(?= (?:\w+ )?(?:(?:near|around|in|at|along|on|outside) "
        r"(?:the )?(?:\w+ )?(?-i:[A-Z])|"
        # PROBEEN37: "engagements continued east, and southeast of X"
        rf"{COMPASS_POINT}(?:,? (?:and |or )?{COMPASS_POINT})* of (?-i:[A-Z])))|"
        r"(?:urban|street|trench|house-to-house|close-quarters?) warfare|"
        # (an adjective of combat first: not a partisan "resistance in X")
        r"(?:(?<=fierce )|(?<=stiff )|(?<=stubborn )|(?<=heavy )|(?<=strong )|"
        r"(?<=tough )|(?<=desperate ))resistance(?= (?:\w+ )?(?:in|near|at|"
        r"around|outside) )|"
        r"(?:stalemate|standoff|stand-off)(?= (?:\w+ )?(?:near|at|around|"
        r"outside) )|"
        r"(?:enemy|combat|offensive) activit(?:y|ies)"
        r"(?= (?:\w+ )?(?:in|near|at|around|along|on|outside) )|"
        r"offensive efforts?|"
        # positions kept: "maintained their positions near X"
        # a place being cleared: "Ukrainian forces are clearing X"
        r"clearing(?:(?<=are clearing)|(?<=is clearing)|(?<=were clearing)|"
        r"(?<=continue clearing)|(?<=continued clearing))(?= (?:the )?(?:[\w-]+ )?"
        r"(?:village|town|city|outskirts|(?!(?:Russian|Ukrainian)\b)(?-i:[A-Z])))|"
        # a side's offensive at a place: "the Russian offensive near X"
        r"offensive(?:(?<=Russian offensive)|(?<=Ukrainian offensive)|"
        r"(?<=enemy offensive))(?= (?:near|around|on|against|"
        r"toward|towards|in the direction of) (?:the (?:village|town|city) of )?"
        r"(?-i:[A-Z]))|"
        # the defence of a place going on: "the defence of X continues"
        # (not "the Ministry of Defence of Ukraine")
        r"(?<!Ministry of )(?<!ministry of )(?<!Minister of )defen[cs]e of"
        r"(?= (?:the (?:village|town|city) of )?(?!(?:Ukraine|Russia)\b)"
        r"(?-i:[A-Z])[\w’'-]+ (?:continues|goes on|is holding|holds|held|"
        r"is ongoing)\b)|"
        # "it is hell in X", "a living hell near X"
        r"hell(?= (?:\w+ )?(?:in|near|at|around|outside) (?:the (?:village|town|"
        r"city) of )?(?-i:[A-Z]))|"
        # the enemy kept at bay: "kept Russian forces at bay near X"
        r"(?:kept|keep(?:s|ing)?|holding|held|holds) (?:the )?(?:[\w’'-]+ ){0,2}"
        r"at bay|"
        # an assault withstood, an onslaught, defences probed
        r"withst(?:ood|ands?|anding)(?= (?:\w+ ){0,3}(?:attacks?|assaults?|"
        r"onslaught|offensive|pressure|siege|storming)\b)|"
        r"onslaught(?= (?:\w+ )?(?:on|against|near|around|in|at) )|"
        r"prob(?:ed|es|ing)(?= (?:the )?(?:[\w-]+ ){0,2}(?:defen[cs]es|lines|"
        r"positions)\b)|"
        # hitting back: "hit back near X", "mounted a counteroffensive near X"
        r"hit back(?= (?:\w+ )?(?:near|at|around|outside|against) )|"
        r"(?:mount(?:ed|s|ing)|launch(?:ed|es|ing)?) (?:a |an |the |its |their )?"
        r"(?:[\w-]+ )?counter-?offensive(?= (?:\w+ )?(?:in|near|around|at|"
        r"toward|towards|on|against) )|"
        r"(?:maintain|retain|keep|kept)(?:s|ed|ing)? (?:their |its |our )?"
        r"positions(?= (?:\w+ )?(?:in|near|at|around|outside|on) )"
    ),
    "attempt": (
        # more goals of an attempt: "tried to improve its tactical position",
        # "attempted to wedge into the defences"
        r"(?:attempt(?:s|ed|ing)?|tried|trying|tries) to(?= (?:\w+ ){0,2}?"
        r"(?:improve|wedge|oust|knock out|drive out|restore|approach|"
        r"move forward|assault|overrun|bypass)\b)|"
        # "striving to capture X", "efforts to take X"
        r"(?:striv(?:e|es|ing)|strove|efforts?) to(?= (?:\w+ ){0,2}(?:advance|"
        r"break|storm|capture|take|recapture|retake|push|seize|encircle|"
        r"surround|cross|enter|occupy|regain|reach|dislodge|cut off)\b)"
    ),
    "stall": (
        # (before the advance "gained ground": "gained little ground")
        r"(?:gain(?:ed|ing|s)?|mak(?:e|es|ing)|made) (?:little|no|scant|minimal|"
        r"hardly any|barely any) ground|"
        r"(?:came|come|comes|coming) to a (?:standstill|halt)|"
        r"(?:faltered|floundered|sputtered|fizzled(?: out)?|stymied)"
    ),
}
# --- forms no trigger caught (issue 8, families 3-5): fighting told without a
# fight verb, a capture told through a modal, control of a part told by the
# troops' presence. Written from the language; each alternative opens with
# its rare word (a lookbehind after it checks what stands before: speed).
# a side's troops as a subject ("Russian units", "the enemy", "our defenders")
TROOPS = (
    r"(?:troops|forces|units|soldiers|infantry|defenders|fighters|marines|"
    r"paratroopers|servicemen|brigades?|battalions?|enemy|Russians|Ukrainians)"
)
# a part of a settlement ("the northern part of X", "several blocks in X")
TOWN_PART = (
    r"(?:the |its |a |some |several |a few |a handful of )?(?:[\w-]+ ){0,2}"
    r"(?:part|parts|half|streets|districts|quarters|blocks|neighbou?rhoods|"
    r"microdistricts?|outskirts|centre|center|edges?)\b"
)
FAMILIES10: dict[str, str] = {
    "capture": (
        # a modal capture with a bare verb: "managed to take X", "were able to
        # take X", "succeeded in taking X" ("failed to take X": negated)
        r"tak(?:e|ing)(?:(?<=managed to take)|(?<=able to take)|"
        r"(?<=succeeded in taking)|(?<=failed to take)|(?<=unable to take)|"
        r"(?<=failed in taking)|(?<=did not manage to take))"
        r"(?= (?:(?:full |complete )?control (?:of|over) )?(?:the (?:village|"
        r"town|city|settlement) of )?(?-i:[A-Z]))"
    ),
    "withdraw": (
        # a place declared lost or gone at the end of its clause: "X is
        # lost.", "Moscow insists X is gone", "X fell." (a named subject;
        # not "prices fell")
        # a fall back made or ordered: "had to fall back near X"
        r"fall back(?:(?<=had to fall back)|(?<=forced to fall back)|"
        r"(?<=ordered to fall back)|(?<=decided to fall back)|"
        r"(?<=chose to fall back))|"
        # positions left: "left their positions near X"
        r"left(?= (?:their|its|our|several|some|two|three) (?:[\w-]+ )?"
        r"positions\b)|"
        # a fall denied: "X did not fall", "X never fell"
        r"(?:fall|fell)(?:(?<=did not fall)|(?<=didn[’']t fall)|(?<=never fell)|"
        r"(?<=has not fall)|(?<=will not fall))"
        r"(?=[\s»”\"]*(?:[.,;]|$| (?:on|in|by|after|despite)\b))|"
        r"(?:lost|gone)(?:(?<=is lost)|(?<=is now lost)|(?<=are lost)|"
        r"(?<=was lost)|(?<=is gone)|(?<=is now gone)|(?<=was gone))"
        r"(?=\s*(?:[.,;]|$))|"
        r"fell(?:"
        + "|".join(f"(?<=(?-i:[A-Z])[a-z]{{{n}}} fell)" for n in range(3, 12))
        + r")(?=[.;]|,\s(?:the|a|an|said|says|according)\b)"
        + NOT_A_FIGURE_FELL
    ),
    "fight": (
        # the enemy pushing somewhere, no gain told: "the enemy keeps pushing
        # at our positions near X", "Russians are pushing hard near X"
        r"push(?:es|ing)(?:(?<=keep pushing)|(?<=keeps pushing)|"
        r"(?<=are pushing)|(?<=is pushing)|(?<=were pushing)|(?<=was pushing)|"
        r"(?<=continue pushing)|(?<=continues pushing))"
        r"(?= (?:hard |relentlessly |constantly |again )?(?:at|near|around|"
        r"outside|against)\b)|"
        # infiltration as an activity: "infiltration near X continues",
        # "Russian infiltration attempts near X" (not "cyber infiltration",
        # "infiltration of the government")
        r"infiltration(?<!cyber infiltration)(?<!cyber-infiltration)"
        r"(?:s| attempts?| tactics| attacks?)?"
        r"(?= (?:\w+ )?(?:near|around|into|in|at|along|toward|towards|outside)"
        r" (?:the (?:village|town|city|outskirts|area) of )?(?-i:[A-Z]))|"
        # a grey zone laid over a place: "a grey zone across most of the
        # northern districts" ("marked partly as a grey zone" is a map's
        # legend, no claim: dev)
        r"(?:grey|gray)[ -]zone(?= (?:across|along|covering|over) )|"
        # the grey zone as a subject: "the grey zone near X is widening"
        r"(?:grey|gray)[ -]zones?(?= (?:near|around|outside|north|south|east|"
        r"west)\w* (?:of )?(?:the (?:village|town|city) of )?(?-i:[A-Z]))|"
        # XKIND41: the grey zone grown, its place fronted: "near X the grey
        # zone expanded", "the grey zone has widened"
        r"(?:grey|gray)[ -]zones?(?= (?:has |have |had )?(?:expanded|grown|"
        r"widened|spread|increased|extended)\b)|"
        # fighting kept up: "engaged Russian troops near X", "engaging the
        # enemy" (not "engaged in talks")
        r"engag(?:ed|es|ing)(?= (?:the )?(?:enemy|Russian|Ukrainian|invading|"
        r"occupying)\w* ?(?:troops|forces|units|soldiers|infantry|armou?r|"
        r"positions)?\b(?! (?:officials|diplomats|delegation|leaders|"
        r"government|counterparts)))|"
        # in contact with the enemy: "units are in contact with Russian troops"
        r"contact(?:(?<=in contact)|(?<=in close contact)|(?<=in direct contact)|"
        r"(?<=into contact)|(?<=in combat contact))(?= with (?:the )?(?:enemy|"
        r"(?:Russian|Ukrainian) (?:troops|forces|units|soldiers|infantry)))|"
        # a contested place: "X is being fought over", "neither side controls
        # X"
        r"fought over(?=\s*(?:[.,;]|$| (?:for|since|by|in|every|daily)\b))|"
        r"neither side(?= (?:\w+ )?(?:controls|holds|has control|is in control)"
        r"\b)|"
        # the defence of a place's approaches or positions: "defending their
        # positions near X", "defending the approaches to X", "standing firm"
        r"defend(?:s|ed|ing)(?= (?:their |its |our |the )?(?:positions|"
        r"approaches|outskirts|line|lines|perimeter)\b)|"
        r"(?:stand(?:s|ing)?|stood) firm(?= (?:\w+ )?(?:in|near|at|around|"
        r"outside|on) )|"
        # an enemy push stopped: "stopped the Russian advance near X",
        # "blunted the Russian push near X", "checked an enemy assault"
        r"(?:stopp|check|blunt|foil|parri|contain|frustrat)(?:ed|ing|s|es)?"
        r"(?= (?:the |a |an |its |their |every |all |several |\w+ )?(?:[\w-]+ )?"
        r"(?:Russian |Ukrainian |enemy )?(?:push|advance|assault|attack|thrust|"
        r"drive|offensive|onslaught|breakthrough attempt)s?\b)|"
        # pinned down: "our units are pinned down near X"
        r"pinned down(?= (?:\w+ )?(?:in|near|at|around|outside|on) )|"
        # the enemy hunted inside a place: "hunting down Russian infiltrators
        # in X", "flushing out sabotage groups in X"
        r"(?:hunt(?:ing|ed|s)? down|flush(?:ing|es)? out|root(?:ing|s)? out)"
        r"(?= (?:the )?(?:remaining )?(?:[\w-]+ )?(?:infiltrators|saboteurs|"
        r"sabotage groups|troops|soldiers|infantry|groups|enemy|Russians|"
        r"Ukrainians)\b)|"
        # troops or waves thrown at a place: "throwing wave after wave of
        # infantry at X", "keeps sending small assault groups into X"
        # (the troops are part of the trigger: a fight word right before
        # "units" or "troops" is a unit's name, not a fight; session 20)
        r"(?:throw(?:s|ing|n)?|threw) (?:[\w’'-]+ ){0,4}?(?:troops|forces|"
        r"infantry|reserves|soldiers|units|men|everything|themselves|waves?|"
        r"battalions|brigades|companies|groups|conscripts|convicts|"
        r"mercenaries|armou?r)"
        r"(?= (?:of (?:[\w-]+ ){0,2}?)?(?:[\w’'-]+ ){0,2}?(?:at|against|into)\b)|"
        r"wave after wave|"
        r"(?:send(?:s|ing)?|sent)(?= (?:in )?(?:[\w-]+ ){0,2}?(?:assault|"
        r"infantry|storm|sabotage) (?:groups|teams|units|troops|waves)\b "
        r"(?:into|to|toward|towards|at|against|near)\b)|"
        # probing somewhere: "Russian assault groups probed near X"
        r"prob(?:ed|es|ing)(?= (?:\w+ )?(?:near|around|at|outside|along)\b)|"
        # army words of clearing a place: "search-and-destroy operations in X",
        # "counter-sabotage measures" (not "stabilisation actions": a town
        # held is made safe)
        r"(?:search-and-destroy|"
        r"counter-?sabotage|counter-?infiltration) (?:operations?|actions|"
        r"measures)(?= (?:\w+ ){0,2}?(?:in|near|around|on|at|outside) )|"
        # S33: a search-and-X sweep by any spelling, placed or told going on:
        # "search and strike operations near X", "\"search and clear\"
        # actions are continuing in the north of the town"
        r"search[- ]and[- ](?:destroy|strike|clear|sweep)[\"”’']? (?:operations?|"
        r"actions|missions|raids)(?= (?:(?:\w+ ){0,2}?(?:in|near|around|on|at|"
        r"outside|inside)\b|(?:are |were |is |was )?(?:continu\w+|ongoing|"
        r"under ?way|going on)\b))|"
        # a hard place without the word "situation": "it is very hard near X"
        r"(?:hard|difficult|tough|tense)(?:(?<=it[’']s very hard)|"
        r"(?<=it is very hard)|(?<=it[’']s very difficult)|"
        r"(?<=it is very difficult)|(?<=it[’']s very tough)|"
        r"(?<=it is very tough)|(?<=things are very hard)|"
        r"(?<=things are very difficult)|(?<=things are tense)|"
        r"(?<=it[’']s tense)|(?<=it is tense))"
        r"(?= (?:now |right now |there )?(?:near|around|outside|on the outskirts"
        r" of|in the (?:area|vicinity) of)\b)|"
        # more words of a hard situation: "the situation around X is dire"
        r"situation(?<!humanitarian situation)(?<!energy situation)"
        r"(?<!economic situation)(?<!political situation)"
        r"(?<!financial situation)(?<!power situation)(?<!water situation)"
        r"(?<!medical situation)(?<!security situation)(?! with )"
        r"(?= (?:[\w,’'-]+ ){0,5}(?:is|was|remains|remained|has been) "
        r"(?:\w+ )?(?:dire|tough|fluid|grave|serious|alarming|"
        r"unstable|volatile|intense|threatening|dangerous)\b)|"
        # a launched push: "launched a fresh push near X"
        r"launch(?:ed|es|ing)?(?= (?:a |an |the |its |their )?(?:new |fresh |"
        r"major |renewed |ground |large-scale )*(?:push|thrust|incursion|drive|"
        r"raid)(?:es|s)? (?:near|around|on|against|at|in)\b)|"
        # the enemy active somewhere: "the enemy is active near X", "Russian
        # groups were active on the outskirts of X" (troops as the subject)
        r"active(?:"
        + "|".join(
            f"(?<={who} {verb} active)"
            for who in (
                "enemy",
                "Russians",
                "troops",
                "forces",
                "units",
                "groups",
                "infantry",
            )
            for verb in ("is", "are", "was", "were", "remains", "remain")
        )
        + r")(?= (?:\w+ )?(?:near|around|outside|on the outskirts of|in the "
        r"(?:area|vicinity) of)\b)|"
        # pressure told as a subject: "the pressure near X is growing",
        # "pressure is mounting around X", "X is under Russian pressure"
        r"pressure(?= (?:near|around|on) (?:the (?:village|town|city) of )?"
        r"(?-i:[A-Z])[\w’'-]+ (?:is|has been|remains|keeps) (?:\w+ )?(?:growing|"
        r"mounting|increasing|rising|intensifying)\b| (?:is|has been|keeps) "
        r"(?:\w+ )?(?:growing|mounting|increasing|rising|intensifying) (?:near|"
        r"around|on|in)\b)|"
        r"pressure(?:(?<=under Russian pressure)|(?<=under Ukrainian pressure)|"
        r"(?<=under enemy pressure))(?! to\b)|"
        # a siege or a struggle going on: "the siege of X continues", "the
        # struggle for X", "a Ukrainian counteroffensive is under way near X"
        r"siege of(?= (?:the (?:village|town|city) of )?(?-i:[A-Z])[\w’'-]+ "
        r"(?:continues|goes on|is ongoing|is continuing|drags on)\b)|"
        r"struggle(?= for (?:control of )?(?:the (?:village|town|city) of )?"
        r"(?!(?:Ukraine|Russia|independence|freedom|power|survival)\b)"
        r"(?-i:[A-Z]))|"
        r"(?:counter-?)?offensive(?= (?:is|was|remains) (?:now |still )?"
        r"(?:under ?way|ongoing|continuing|in progress) (?:near|around|in|on|at|"
        r"toward|towards)\b)|"
        # a place fought over: "X has become a battleground" (not the
        # "battleground states" of an election)
        r"battleground(?:(?<=become a battleground)|(?<=is a battleground)|"
        r"(?<=remains a battleground)|(?<=main battleground)|"
        r"(?<=key battleground))(?! states?\b)|"
        # holding out: "Ukrainian forces still hold out in X", "the defenders
        # of X are holding out."
        r"hold out(?:(?<=still hold out)|(?<=forces hold out)|"
        r"(?<=troops hold out)|(?<=units hold out)|(?<=defenders hold out))"
        r"(?= (?:\w+ ){0,2}(?:in|at|near|around) )|"
        r"holding out(?=\s*(?:[.,;]|$))|"
        # the hardest place named: "the most difficult situation is near X"
        r"situation(?:(?<=most difficult situation)|(?<=toughest situation)|"
        r"(?<=hardest situation)|(?<=most dangerous situation)|"
        r"(?<=most tense situation)|(?<=most critical situation)|"
        r"(?<=worst situation)|(?<=most complicated situation)|"
        r"(?<=most challenging situation))(?= (?:is |remains |was |has been )?"
        r"(?:still |now )?(?:near|in|around|on|at|along|outside)\b)|"
        # waves of infantry: "the Russians keep coming near X", "they come in
        # waves", "the meat grinder near X"
        r"coming(?:(?<=keep coming)|(?<=keeps coming)|(?<=kept coming))|"
        r"waves(?:(?<=come in waves)|(?<=came in waves)|(?<=coming in waves)|"
        r"(?<=attack in waves)|(?<=attacking in waves))|"
        r"meat[- ]?grinder|"
        # the enemy held back: "holding Russian forces back at X", "the enemy
        # is being held back near X"
        r"(?:holding|held|holds|hold) (?:the )?(?:Russian |Ukrainian |enemy )?"
        r"(?:forces|troops|units|enemy|Russians|Ukrainians|attackers|"
        r"invaders) back\b|"
        r"held back(?:(?<=being held back)|(?<=been held back))|"
        # "near X it's hell"
        r"hell(?:(?<=it[’']s hell)|(?<=it is hell)|(?<=it was hell))"
        r"(?=\s*(?:[.,;!]|$))|"
        # a campaign to take a place: "Moscow's bid to capture X"
        r"(?:bid|campaign|quest|drive) to(?= (?:\w+ ){0,2}?(?:capture|take|"
        r"seize|storm|encircle|surround|occupy|retake|recapture|regain|"
        r"cut off)\b)"
    ),
    "attempt": (
        # more goals of an attempt: "trying to cut supply lines to X"
        r"(?:attempt(?:s|ed|ing)?|tried|trying|tries|seek(?:s|ing)?|sought) to"
        r"(?= (?:\w+ ){0,2}?(?:cut|sever|flank|bypass|wedge|squeeze|"
        r"push back|drive back|envelop|besiege)\b)"
    ),
    "advance": (
        # a place not reached: "Russian troops did not reach X"
        r"reach(?:(?<=did not reach)|(?<=didn[’']t reach)|(?<=failed to reach)|"
        r"(?<=could not reach)|(?<=couldn[’']t reach)|(?<=unable to reach))"
        r"(?= (?:the (?:outskirts|edges?|centre|center) of )?(?-i:[A-Z]))|"
        # the line moved by its side: "moved the front line forward near X"
        r"mov(?:ed|es|ing)(?= the front ?line (?:forward|further|deeper|"
        r"(?:\w+ )?(?:west|east|north|south)\w*)\b)|"
        # a part of a place cleared is ground gained: "cleared several blocks
        # in the north of X", "have cleared the eastern outskirts of X"
        # ("cleared the last streets of X" completes a capture)
        r"cleared(?! (?:the )?(?:last|remaining|final)\b)"
        r"(?= " + TOWN_PART + r" (?:in|of)\b)|"
        # "they came in 8 kilometres deep"
        r"came in(?= (?:(?:about|some|roughly|nearly|up to|around|another|"
        r"over) )?" + FIG + r" ?(?:km|kilomet\w*|miles?)\b[^.]{0,25}\bdeep)"
    ),
    "hold": (
        # a presence or positions kept in a place: "Russian forces have a
        # presence in the northern part of X", "still have positions in X"
        r"(?:presence|positions)(?:(?<=have a presence)|(?<=has a presence)|"
        r"(?<=retain a presence)|(?<=maintain a presence)|(?<=have positions)|"
        r"(?<=has positions)|(?<=still hold positions))"
        r"(?= in (?:" + TOWN_PART + r"|(?:the (?:village|town|city) of )?"
        r"(?-i:[A-Z])))|"
        # troops present in a part of a place: "Russian forces are in the
        # northern part of X", "Ukrainian troops are still in a few streets"
        # (partial control: rules/holding.py)
         + TROOPS + r"(?= (?:(?:are|were|remain|remained|have been) (?:still |now |"
        r"already )?|(?:still|now|already) )(?:present |stationed |sitting |"
        r"entrenched |holed up |dug in )?(?:in|inside) " + TOWN_PART + r")"
    ),
}
# --- fighting told without the usual fight word (session 20, fighting
# families): a grey zone or a contest told through a map or a quote, a
# flashpoint, efforts concentrated on a sector, activity stepped up, ambushes
# and ground raids, a siege going on, attacks held off or beaten back, the
# front line through a place, a place changing hands. Each alternative opens
# with its own rare word (speed); a side or a place is read after it.
FIGHTING20: dict[str, str] = {
    # a long agent: "attempts by Ukrainian sabotage and reconnaissance groups
    # to cross the river near X"
    "attempt": (
        # "tried and failed to enter X"
        r"(?:tried|attempted) (?:and|but) failed to(?= (?:\w+ ){0,2}(?:advance|"
        r"break|storm|infiltrate|capture|take|dislodge|push|seize|encircle|"
        r"cross|attack|enter|occupy|regain|retake|land|reach)\b)|"
        r"attempts? by (?:[\w’'-]+ ){5,7}?to(?= (?:\w+ ){0,2}(?:advance|break|"
        r"storm|infiltrate|capture|take|dislodge|push|seize|encircle|cross|"
        r"attack|enter|occupy|regain|retake|land|reach)\b)"
    ),
    "fight": (
        # a grey zone told as a status: "marked X as a grey zone", "it was a
        # grey zone", "most of it is grey zone now" ("partly as a grey zone"
        # is a map's legend: dev), "the grey zone now includes X", "shown in
        # grey", "X is effectively no-man's-land"
        r"(?:grey|gray)[ -]zone(?:(?<=as a grey zone)|(?<=as a gray zone)|"
        r"(?<=as grey zone)|(?<=as gray zone)|(?<=was a grey zone)|"
        r"(?<=was a gray zone)|(?<=were a grey zone)|(?<=is grey zone)|"
        r"(?<=is gray zone)|(?<=are grey zone)|(?<=are gray zone)|"
        r"(?<=became a grey zone)|(?<=become a grey zone)|"
        r"(?<=becomes a grey zone)|(?<=remains a grey zone)|"
        r"(?<=remain a grey zone)|(?<=now a grey zone)|(?<=now grey zone)|"
        r"(?<=a [\"“‘']grey zone)|(?<=a [\"“‘']gray zone)|"
        r"(?<=so-called grey zone)|(?<=so-called gray zone)|"
        r"(?<=shows a grey zone)|(?<=showed a grey zone)|(?<=show a grey zone)|"
        r"(?<=it a grey zone)|(?<=in the [\"“‘']grey zone)|"
        r"(?<=in the [\"“‘']gray zone))"
        r"(?<!partly as a grey zone)(?<!partially as a grey zone)|"
        r"(?:grey|gray)[ -]zone(?= there\b)|"
        r"(?:grey|gray)[ -]zone(?= (?:now |also |already )?(?:includes|covers|"
        r"stretches|extends|spans|encompasses|reaches|runs)\b)|"
        r"in (?:grey|gray)(?=\s*[.,;]| on (?:the|its|their|DeepState[’']s) maps?\b)|"
        r"no[- ]man[’']s[- ]land|"
        # a place shown grey on a map: "shaded the village grey", "X is now
        # grey on the DeepState map", "shows X as grey"
        # (the colour word first, its verb or object checked behind it: speed)
        r"(?:(?<=shaded )|(?<=coloured )|(?<=colored )|(?<=marked )|"
        r"(?<=painted )|(?<=as )|(?<=turned )|(?<=now )|(?<=it )|(?<=them )|"
        r"(?<=village )|(?<=town )|(?<=city )|(?<=area )|(?<=settlement ))"
        r"(?:grey|gray)(?=\s*[.,;]|\s*$| on (?:the |its |their )?(?:[\w’'-]+ )?"
        r"maps?\b)|"
        r"(?:grey|gray)(?= on (?:the |its |their )?(?:[\w’'-]+ )?maps?\b)|"
        r"contested(?:(?<=now contested)|(?<=partly contested)|"
        r"(?<=partially contested))|"
        r"contested (?:territory|ground|area|zone)|"
        r"contested(?:(?<=as contested)|(?<=as being contested))|"
        # the line held at a place told before: "holding the line there",
        # "held the line in the village" (not "held positions in the area":
        # unread splits)
        r"(?:hold|holds|holding|held) (?:the |their |its |our )?(?:line|lines|"
        r"defen[cs]es?)(?= there\b| (?:in|inside|around|near) "
        r"(?:the|this|that) (?:town|city|village|settlement)\b)|"
        # the defence of a place told before: "continue to defend the town"
        r"defend(?:s|ed|ing)?(?:(?<=continue to defend)|(?<=continued to defend)|"
        r"(?<=continues to defend)|(?<=are defending)|(?<=is defending)|"
        r"(?<=were defending)|(?<=still defending))(?= the (?:town|city|village|"
        r"settlement)\b)|"
        # a contested place: "X is being contested", "X remains a flashpoint",
        # "the town has become a battleground"
        r"contested(?<=being contested)|"
        r"(?<!political )(?<!diplomatic )(?<!electoral )(?:flashpoint|"
        r"battleground)s?(?! (?:issue|state|of (?:the )?(?:debate|talks|"
        r"negotiations|election)))|"
        r"(?:hott?est|hardest|toughest|fiercest|bloodiest) (?:parts?|stretch(?:es)?|"
        r"segments?) of the front|"
        # efforts concentrated on a sector: "focusing its main efforts on the
        # X direction" (not on diplomacy: a place or a sector follows)
        # (the rare words first, what stands before checked behind: speed)
        r"efforts? on(?:(?<=main efforts on)|(?<=its efforts on)|"
        r"(?<=their efforts on)|(?<=offensive efforts on)|(?<=focusing efforts on)|"
        r"(?<=focused efforts on)|(?<=concentrated efforts on)|"
        r"(?<=concentrating efforts on)|(?<=focuses efforts on)|"
        r"(?<=concentrates efforts on))(?= (?:the )?"
        r"(?!(?:Ukraine|Russia|Kyiv|Moscow|Washington)\b)(?-i:[A-Z]))|"
        # activity stepped up: "more active near X", "intensified its
        # activity near X"
        r"more active(?= (?:\w+ )?(?:in|on|near|around|along|at|outside) )|"
        r"(?:its|their) activit(?:y|ies)(?= (?:\w+ )?(?:in|on|near|around|along|"
        r"at|outside) )|"
        # ambushes and ground raids: "ambushed a Russian column near X"
        r"ambush(?:ed|es|ing)?(?= (?:[\w’'-]+ ){0,4}?(?:near|in|at|around|"
        r"outside|on the outskirts of) )|"
        r"(?:ground|cross-border|sabotage|commando|infantry) raids?"
        r"(?= (?:\w+ )?(?:near|on|in|into|at|around|across) )|"
        # a siege going on: "the siege of X continues"
        r"siege of(?= (?:the (?:town|city|village) of )?(?-i:[A-Z]))|"
        # attacks held off: "holding off Russian troops in X"
        r"(?:hold|holds|holding|held|ward(?:s|ed|ing)?|beat(?:s|ing|en)?) off"
        r"(?= (?:the |a |an |all |several |repeated |\w+ )?(?:[\w’'-]+ ){0,2}?"
        r"(?:forces|troops|units|enemy|Russians|Ukrainians|attacks?|assaults?|"
        r"advance|offensive|push)\b)|"
        # "fought over street by street"
        r"fought (?:over|for)(?= (?:street|house|block|building|yard|metre|"
        r"meter|tree line) by )|"
        # a push launched: "launched a mechanised push near X"
        r"launch(?:ed|es|ing)?(?= (?:a |an |the |its |their )?(?:new |fresh |"
        r"major |large-scale |renewed |mechani[sz]ed |armou?red |infantry )*"
        r"(?:push|thrust|storming|raid)\b)|"
        # an attack beaten back: "Russian infantry were beaten back near X"
        r"beaten back(?! from\b)|"
        # a side's offensive on a place: "Russia's offensive on X"
        r"offensive(?:(?<=Russia’s offensive)|(?<=Russia's offensive)|"
        r"(?<=Ukraine’s offensive)|(?<=Ukraine's offensive)|"
        r"(?<=Moscow’s offensive)|(?<=Moscow's offensive)|"
        # (a verb after it: "Intelligence update: Russia's offensive around X"
        # is a headline's topic)
        r"(?<=Kyiv’s offensive)|(?<=Kyiv's offensive))(?= (?:on|against|near|"
        r"around|toward|towards|in the direction of) (?:the (?:village|town|city) "
        r"of )?(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)? (?:has|have|had|is|"
        r"was|continues|continued|goes|went|rages|raged|intensified|slowed|"
        r"stalled|began|started|entered)\b)|"
        # troops who fought at a place: "Ukrainian soldiers fought near X"
        # (a person's "he fought in X" is a life story: troops only)
        r"fought(?:(?<=soldiers fought)|(?<=fighters fought)|"
        r"(?<=defenders fought)|(?<=marines fought)|(?<=brigade fought)|"
        r"(?<=battalion fought)|(?<=infantry fought)|(?<=paratroopers fought)|"
        r"(?<=Russians fought)|(?<=Ukrainians fought)|(?<=we fought))"
        r"(?= (?:\w+ ){0,2}(?:in|near|at|around|for|over|outside|along|on) )|"
        # "troops clashed in X" (a place follows: not "clashed in parliament")
        r"clash(?:ed|ing)(?= (?:in|at|along|for) (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z]))|"
        # sabotage groups at work in a place: "sabotage groups are operating
        # in X"
        r"(?:sabotage|infiltration) groups (?:are |were )?operating"
        r"(?= (?:in|near|around|inside) )|"
        # a place contested over and over: "X changed hands several times"
        r"changed hands(?= (?:several|many|multiple|numerous|a few|two|three|"
        r"four|five|six|\d+) times| repeatedly| back and forth| more than once)|"
        # the front line through a place: "the front line now runs through
        # X", "the line of contact runs along the river in X"
        # (led by "line" and its verb, the noun checked behind it: speed)
        r"(?:(?<=front )|(?<=contact )|(?<=line of ))(?:line|contact) (?:now |"
        r"still )?(?:runs|ran|passes|passed|cuts|lies|goes|went)"
        # (through the place, not "20 km from X" or "along the river": a
        # location)
        r"(?= (?:right )?(?:through|across|inside|in (?:the (?:middle|centre|"
        r"center|streets) of|(?-i:[A-Z])))\b)|"
        # pressure kept at a place: "the pressure near X continues"
        r"pressure (?:near|around)(?= (?:the (?:village|town|city) of )?"
        r"(?-i:[A-Z]))|"
        # hard at a place: "it is very hard near X"
        r"very (?:hard|tough|difficult)"
        r"(?= (?:right now |now )?(?:near|around|at|in|outside) (?:the (?:town|"
        r"city|village) of )?(?-i:[A-Z]))"
    ),
}
# --- advance families of session 20: forward movement without "advanced" ------
# local ground: positions, tree lines, trenches, strongholds, forest belts
_LOCAL_LINE = (
    r"(?:[\w-]+ )?(?:positions?|tree ?lines?|treelines?|trench(?:es)?|"
    r"trench ?lines?|strong(?:holds?|points?)|forest belts?|wood ?lines?|"
    r"woodlines?|dugouts?)\b"
)
ADVANCE20: dict[str, str] = {
    "advance": (
        # the line moved by its side: "pushed the front line 2 km further
        # west", "moved the line forward by 500 metres", "shifted the front
        # line 1.5 km to the west"
        r"(?:push|mov|shift)(?:ed|es|ing)? (?:the )?(?:front ?line|front|line)s?"
        r"(?= (?:by )?(?:(?:some|about|up to|another|roughly|nearly|almost|around) )?"
        r"(?:"
        + FIG
        + r"(?:[-–]"
        + FIG
        + r")? ?(?:km|kilomet\w*|miles?|metres|meters)\b )?"
        r"(?:further |farther )?(?:forward|deeper|ahead|(?:to the )?(?:west|east|"
        r"north|south)\w*)\b)|"
        # the enemy dislodged from local ground: "dislodged Russian troops from
        # positions near X", "knocked the Russians out of several positions",
        # "drove Ukrainian forces from their trenches" (before the capture verb
        # of the same word, which takes towns: "drove them out of X")
        r"(?:dislodg|driv|drov|push|knock|forc|oust|expell?|kick|throw|threw)"
        r"(?:ed|en|es|e|ing|s)?(?= (?:the )?(?:[\w’'-]+ ){1,3}(?:from|out of|"
        r"off) (?:(?:their|its|the|several|some|a|an|one|two|three|a few|a "
        r"number of|many) )*" + _LOCAL_LINE + r")|"
        # "have driven the Russians back" (the passive "were driven back" is a
        # withdrawal)
        r"driven(?= (?:the )?(?:[\w’'-]+ ){1,3}back\b)|"
        # local ground taken or cleared: "took a tree line east of X",
        # "cleared a forest belt near X"
        r"(?:took|taken|cleared)(?= (?:(?:a|an|the|another|two|three|several|"
        r"some|one|more|a few|a number of) )*" + _LOCAL_LINE + r")|"
        # wire verbs of movement: "pressed forward near X", "made it to the
        # outskirts of X", "got to within 2 km of X" (the distance is still to
        # go), "broke the Russian defence line near X"
        r"press(?:es|ed|ing)? (?:forward|ahead|onward)|"
        r"ma(?:de|ke|kes|king) it (?:to|into|as far as)\b|"
        r"(?:came|come|comes|coming|got|get|gets|getting|moved|pushed) (?:to )?"
        r"within(?= (?:about |some |roughly |just )?" + FIG + r" ?(?:km|kilomet\w*|"
        r"miles?|metres|meters)\b)|"
        r"br(?:oke|eak|eaks|eaking|oken)(?= (?:the |a |an |their |its )?(?:[\w’'-]+ )"
        r"{0,2}(?:defen[cs]e |defensive |front )?lines?\b)|"
        # a depth and a deeper one in places: "they came in 8, in places 10
        # kilometres deep" (rules/advance.py takes the deeper)
        r"(?:came|went|got|pushed|moved) in(?= (?:about |some |up to )?[\d.,]+, in "
        r"(?:some )?places (?:up to )?"
        + FIG
        + r" ?(?:km|kilomet\w*|miles?)\b[^.]{0,25}"
        r"\bdeep)"
    ),
    "withdraw": (
        # ground given up, told by the side that gave it (the other side's
        # advance): "had to step back from a tree line", "stepped back 300
        # metres from their positions", "gave up a tree line near X"
        r"step(?:ped|s|ping)? back(?= (?:(?:about|some|roughly|nearly|around) )?"
        r"(?:" + FIG + r" ?(?:km|kilomet\w*|metres|meters|m) )?from (?:(?:a|an|the|"
        r"one|two|several|some|their|our|its) )*" + _LOCAL_LINE + r")|"
        r"(?:gave|give|gives|giving|given) up(?= (?:(?:a|an|the|one|two|"
        r"several|some|their|our|its) )*" + _LOCAL_LINE + r")"
    ),
}
# settlement and holding words of session 20 (tests/test_text_settlement_s20.py)
SETTLEMENT20: dict[str, str] = {
    "capture": (
        # a headline's town claimed, told again by a pointer: "Ukraine pulls
        # troops out of X as Russia claims the town"
        r"claims(?= the (?:[\w-]+ )?(?:town|city|village|settlement)\b)|"
        # a headline's bare participle told by a side: "X taken, Russia says"
        r"(?<=\w )taken(?=,\s+(?:\w+\s+){1,3}(?:says|claims)\b)"
    ),
    "hold": (
        # a town kept: "Ukrainian forces retain X", "retained the town of X"
        r"retain(?:s|ed|ing)?(?= (?:the (?:village|town|city) of )?(?-i:[A-Z]))|"
        # LEFTEN37: ground kept after a loss: "lost 420 sq km, retaining
        # about 80 sq km" (the loser's holding, not a second loss)
        r"(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|still hold(?:s|ing)?)"
        r"(?= (?:(?:only|about|around|some|roughly|nearly|almost|just over|"
        r"just under|over|under|less than|more than|up to|approximately) )?\d)|"
        # still occupied, the occupier unnamed: "X remains occupied"
        r"(?:remains|remain|still|stays) occupied"
    ),
}
# capture nouns of session 20 (second round; tests/test_text_en_s20b.py)
EN20B: dict[str, str] = {
    "capture": (
        # the noun in scare quotes, its place after them: "were 'completing the
        # liberation' of X", "the "liberation" of X", "Moscow's 'takeover' of X"
        r"(?:liberation|seizure|occupation|takeover)(?=[”\"’'»] of\b)"
    ),
}
# --- fighting told through pressure aimed at a place (session 21, fighting;
# tests/test_text_fighting_families21.py): the main thrust or effort aimed at
# a place, pressure on it that has not eased.
FIGHTING21: dict[str, str] = {
    "fight": (
        # "the main thrust is aimed at X", "its main effort is directed at X"
        r"main (?:thrust|effort|blow|push|attack)s?(?= (?:\w+ ){0,6}?(?:aimed|"
        r"directed|focused|concentrated|targeted) (?:at|on|against) )|"
        # "pressure on X has not eased" (assaults and attacks on X were told
        # already; not a political pressure: "Western pressure on Moscow")
        r"(?:pressure(?<!political pressure)(?<!diplomatic pressure)"
        r"(?<!economic pressure)(?<!Western pressure)(?<!international pressure)"
        r"(?<!public pressure)(?<!financial pressure)) on"
        r"(?= (?:the (?:town|city|village) of )?"
        r"(?-i:[A-Z])[\w’'-]+ (?:has|have|had) (?:not|never) (?:eased|let up|"
        r"stopped|subsided|slackened|weakened)\b)"
    ),
}
# --- advance families of session 21 (tests/test_text_advance_families21.py) --
# not an inch given up: the other side's advance, denied ("we have not given
# up a single metre", "did not cede an inch to the enemy"; rules/advance.py
# gives it to the side that would have gained)
ADVANCE21: dict[str, str] = {
    "stall": (
        r"(?:(?<=not )|(?<=never )|(?<=n't )|(?<=n’t )|(?<=not even ))(?:give|gave|"
        r"given|giving|cede|ceded|yield|yielded|surrender|surrendered|lose|lost)"
        r"(?: up)?(?= (?:(?:to )?(?:the )?(?:enemy|Russians?|Ukrainians?|them|him) )?"
        r"(?:a single|an|one) (?:inch|metre|meter|step)\b)"
    ),
}
# --- session 21: settlements (rules/holding.py) -------------------------------
SETTLEMENT21: dict[str, str] = {
    # the capture noun after the town's possessive: "announced Zorivka's
    # liberation", "reported X's fall" (the "of" form is in CORE)
    "capture": (
        r"(?:(?<='s )|(?<=’s ))(?:liberation|seizure|fall|occupation|takeover|"
        r"recapture)\b"
    ),
    # a place kept through an attack: "Ukrainian forces held on to X"
    "hold": r"held on(?= to\b)|held onto\b",
}
# --- English families of session 22 (tests/test_text_en22.py) --------------
# a settlement named after its noun, for the verbs below ("the village of X",
# "X")
_NAMED_TOWN = r"(?:the (?:village|town|city|settlement) of )?(?-i:[A-Z])"
# what a sapper clears (demining is no capture): "cleared ... of mines"
_NOT_MINES = (
    r"(?![^.]{0,60}?\bof (?:mines|explosives|unexploded|ordnance|debris|rubble|"
    r"snow|bodies)\b)"
)
# a site of a place fought for ("the railway station in X", "a mine near X")
_SITE = (
    r"(?:(?:railway |train |bus )?station|plant|factory|works|mine|hospital|"
    r"school|church|monastery|bridge|dam|airfield|airport|heights?|hill|"
    r"quarry|farm|cemetery|elevator|depot|warehouses?|"
    r"industrial zone|microdistrict|district|quarter)"
)
# a settlement named after a present-tense verb: "the village of X",
# "the town", "X" (not a side: "Russia takes Ukrainian prisoners")
_PRESENT_OBJECT = (
    r"(?= (?:the |a )?(?:(?:[\w’'-]+ ){0,2}(?:villages?|towns?|city|cities|"
    r"settlements?|localit(?:y|ies)|hamlets?)\b|(?!(?:Russian|Ukrainian|Kyiv|"
    r"Moscow|Russia|Ukraine)\b)(?-i:[A-Z])[a-z]))"
)
EN22: dict[str, str] = {
    "capture": (
        # headline present tense of the capture verbs: "Russia takes X",
        # "Ukraine frees X", "Russia secures the town", "Russia overruns X"
        r"(?:takes|frees|secures|overruns|clears)" + _PRESENT_OBJECT + r"|"
        r"(?:drives|pushes|forces|kicks|knocks|ousts|expels)(?= (?:the )?"
        r"(?:[\w’'-]+ ){1,3}out of)|"
        r"(?:ousts|expels|dislodges|evicts)(?= (?:the )?(?:[\w’'-]+ ){1,3}from)|"
        # "taken" in scare quotes: "said it had 'taken' X"
        r"(?:has|have|had) [\"“‘']taken(?=[\"”’'])|"
        # a town cleared, the enemy unnamed: "cleared the village of X",
        # "X has been fully cleared, the army said" (a bare "has been cleared"
        # is mostly demining: "hectares have been cleared")
        r"cleared(?= the (?:village|town|city|settlement) of (?-i:[A-Z]))"
        + _NOT_MINES
        # XDET41: the copula or a headline's bare participle too ("X is fully
        # cleared", "X fully cleared, says Kyiv")
        + r"|(?:now )?(?:fully|completely|entirely|totally) cleared"
        + _NOT_MINES
        + r"(?=[\"”’']?\s*(?:[.,;:]|$| (?:on|"
        r"in|by|after|overnight|yesterday|last|this|earlier)\b))|"
        # a town cleared in part: the enemy cleared from a part of it
        # ("cleared Russian units from the northern districts of X") or a
        # share of it cleared ("cleared about 80% of X", "cleared most of X")
        r"cleared(?= (?:the )?(?:[\w’'-]+ ){0,2}"
        + TROOPS
        + r" (?:from|out of) "
        + TOWN_PART
        + r" (?:of|in) "
        + _NAMED_TOWN
        + r")|"
        r"cleared(?= [\"“]?(?:about |around |nearly |almost |some |over |"
        r"more than )?(?:\d+ ?%|\d+ per ?cent|most|much|the bulk|half|two-thirds|"
        r"three-quarters)[\"”]? of " + _NAMED_TOWN + r")" + _NOT_MINES + r"|"
        # the enemy driven from a town: "chased Ukrainian troops from the
        # village of X", "pushed the Russians from X"
        # (not a passive: "were pushed back from X" is a withdrawal)
        r"(?<!were )(?<!was )(?<!been )(?<!being )(?:chased|drove|driven|pushed|"
        r"forced|kicked|cleared|swept)(?! back\b)"
        r"(?= (?:the )?(?:[\w’'-]+ ){1,3}from " + _NAMED_TOWN + r")|"
        # the enemy thrown or squeezed out: "threw the Russians out of X",
        # "rooted Russian forces out of X"
        r"(?:threw|thrown|squeezed|flushed|rooted|smoked|booted)"
        r"(?<!were thrown)(?<!was thrown)(?<!been thrown)"
        r"(?= (?:the )?(?:[\w’'-]+ ){1,3}out of " + _NAMED_TOWN + r")|"
        # a site in or near a place taken: "took the railway station in X",
        # "took over a coke plant near X" (as "captured" does)
        r"took(?= (?:over )?(?:the |a |an )?(?:[\w’'-]+ ){0,2}?" + _SITE + r" "
        r"(?:in|of|near|outside|at|on the outskirts of) )"
    ),
    "withdraw": (
        # headline present tense: "Ukraine loses X"
        r"loses" + _PRESENT_OBJECT + r"|"
        # a town given up under orders or pressure: "were forced to abandon
        # X", "had to give up the town of X"
        r"(?:(?<=forced to )|(?<=had to )|(?<=ordered to )|(?<=decided to )|"
        r"(?<=obliged to )|(?<=compelled to ))(?:abandon|give up|surrender|cede|"
        r"relinquish)(?= " + _NAMED_TOWN + r")|"
        # the same told by the side thrown out: "were thrown out of X",
        # "had been squeezed out of the town of X"
        r"(?:(?<=been )|(?<=was )|(?<=were )|(?<=being ))(?:thrown|squeezed|"
        r"flushed|rooted|smoked|booted) out of(?= " + _NAMED_TOWN + r")|"
        # the same told by the side driven: "were driven from the village of
        # X", "had been pushed from X"
        r"(?:(?<=been )|(?<=was )|(?<=were )|(?<=being ))(?:driven|pushed|"
        r"chased|forced|kicked|swept) (?:out )?from(?= " + _NAMED_TOWN + r")|"
        # ground given near a place: "gave ground near X", "yielding some
        # ground around X" (the other side's advance)
        r"(?:gave|give|gives|giving|given|yield(?:ed|s|ing)?) (?:up )?(?:some |"
        r"more |further |little |significant |considerable )?ground(?= (?:\w+ )"
        r"{0,3}?(?:in|near|at|around|outside|along|on)\b)"
    ),
    "advance": (
        # headline present tense: "Russia encircles X", "Russia breaks through
        # near X" ("reaches X" made a spurious claim on the unread pool)
        r"(?:encircles|surrounds)" + _PRESENT_OBJECT + r"|"
        r"breaks through\b|"
        # the enemy beaten back from a place: "beat the Russians back from X"
        r"beat(?= (?:the )?(?:[\w’'-]+ ){1,3}back (?:from|to|toward|towards|"
        r"across|beyond)\b)|"
        # a river crossed by force or wading: "forded the Oskil", "forced the
        # Dnipro near X", "forced a crossing of the river"
        r"ford(?:ed|ing|s)(?= (?:the )?(?:[\w-]+ )?(?:river|(?-i:[A-Z])))|"
        r"forc(?:ed|ing|es)(?= (?:a crossing|the (?:[\w-]+ )?river\b|the "
        r"(?-i:[A-Z])\w+(?: river)? (?:near|at|in|around|by)\b))|"
        # moved up to a place, swept through villages
        r"mov(?:ed|ing) up(?= (?:to|toward|towards|close to) (?:the )?(?:[\w-]+ )"
        r"{0,2}?(?:(?-i:[A-Z])|village|town|outskirts|edge))|"
        r"swept (?:through|into|across)(?= (?:the |a |several |two |three )?"
        r"(?:(?:[\w-]+ ){0,2}(?:villages?|towns?|settlements?|region|area)\b|"
        r"(?-i:[A-Z])))|"
        # a breach or a foothold made wider: "widened the breach near X"
        r"(?:widen|broaden|enlarg)(?:ed|ing|s|e|es)? (?:the |a |their |its |our )?"
        r"(?:breach|breakthrough|bridgehead|foothold|salient|wedge|"
        r"penetration|gap|zone of control|area of control)\b|"
        # a road or line come out onto (the Russian "вышли на"): "came out
        # onto the road between X and Y", "went out to the outskirts of X"
        r"(?:came|come|comes|coming|went|got) out (?:onto|on to|to)(?= (?:the )?"
        r"(?:[\w-]+ ){0,2}(?:road|highway|route|motorway|railway|outskirts|edge|"
        r"bank|border|line|approaches)\b)|"
        # gains told where they came: "most of the gains came south of X",
        # "the biggest gains were made near X"; XDET3_42: "most gains were
        # near X", "most of the gains were in the X direction"
        r"gains(?= (?:came|come|have come|were made|have been made|were "
        r"recorded|were concentrated|were|have been) "
        r"(?:mostly |mainly |largely |chiefly )?"
        r"(?:near|around|in|along|on|at|(?:south|north|east|west)(?:-?(?:east|"
        r"west))? of)\b)|"
        # a few hundred metres gained: "gained a few hundred metres near X"
        r"gain(?:ed|s|ing)?(?= (?:a few|several|some|another|a couple of) "
        r"(?:hundred )?(?:metres|meters|kilomet(?:re|er)s|km|miles)\b)"
    ),
    "stall": (
        # "failed to make any progress near X", "failed to gain ground"
        r"failed to (?:make|achieve|register|gain|score) (?:any )?(?:significant |"
        r"notable |meaningful |real )?(?:progress|gains|headway|advances?|ground)"
        r"\b"
    ),
    "fight": (
        # headline present tense: "Russia storms X"
        r"storms" + _PRESENT_OBJECT + r"|"
        # fighting a side at a part of a place: "battling Russian forces on
        # the outskirts of X", "battled the enemy outside X"
        r"battl(?:ed|ing)(?= (?:the )?(?:[\w’'-]+ ){0,3}?(?:outside|inside|"
        r"along|on the (?:outskirts|edge|approaches|(?:[\w-]+ )?bank)|"
        r"(?:west|east|north|south)(?:-?(?:west|east))? of) )|"
        # operations kept up or stepped up at a place: "conducted
        # counteroffensive operations near X", "intensified operations
        # around X"
        r"(?:counter-?offensive|assault|ground) operations(?= (?:\w+ )?(?:near|"
        r"around|in|at|outside|along|on) )|"
        r"(?:intensif(?:ied|ies|y|ying)|step(?:ped|s|ping)? up|ramp(?:ed|s|ing)? up)"
        r"(?= (?:their |its |the )?(?!(?:diplomatic|political|economic|charm|"
        r"propaganda|information|media|sanctions|peace|public)\b)(?:[\w-]+ )?"
        r"(?:operations|offensive|assaults?|pressure) (?:near|around|in|at|on|"
        r"along|outside|toward|towards)\b)|"
        # a town struggled for: "Kyiv is struggling to hold X", "fighting to
        # keep the town of X"
        r"(?:struggl|fight|battl)(?:es|ing|ed|e|s)? to (?:hold|keep|defend|retain)"
        r"(?: on to| onto)?(?= " + _NAMED_TOWN + r")|"
        # a side held back at a place: "trying to hold back Russian troops
        # near X"
        r"h(?:old|olding|olds|eld) back(?= (?:the )?(?:[\w’'-]+ ){0,3}?(?:near|"
        r"around|at|outside|in) )|"
        # troops engaged at a place: "Ukrainian units are engaged near X"
        r"(?:(?<=are )|(?<=were )|(?<=is )|(?<=was )|(?<=remain )|(?<=remained ))"
        r"engaged(?= (?:\w+ )?(?:near|around|outside|at|on the outskirts of) )"
    ),
}
# --- session 23, kinds lane (tests/test_text_kinds23.py): a part of a town
# taken with "took" ("took the eastern part of X", "took half of X", "took
# several districts in X"): partial control, as "captured" already gives
EN23: dict[str, str] = {
    "capture": (
        r"took(?! part (?:in|at)\b)(?= (?:over |control of )?(?:the |a |an )?"
        r"(?:[\w’'-]+ ){0,2}?"
        r"(?:part|parts|half|most|much|centre|center|districts?|quarters?|"
        r"neighbou?rhoods?|microdistricts?|blocks|streets|outskirts) (?:of|in) )"
    ),
    "fight": (
        # a grey zone told with an adverb: "X is effectively a grey zone now"
        r"(?<=is )(?:now |basically |effectively |practically |essentially |"
        r"largely |mostly |already )a (?:grey|gray)[ -]zone"
    ),
}

# --- recall families of session 23 (tests/test_text_recall23_en.py): claims
# told without the usual trigger word
_WORD_DISTANCE = (
    r"(?:(?:as much as|as far as|up to|about|some|roughly|nearly|almost|around|"
    r"another|more than|over) )?(?:" + FIG + r"|a few|several|a couple of|half a|a)"
    r" ?(?:km|kilomet\w*|miles?)\b"
)
EN23R: dict[str, str] = {
    "withdraw": (
        # a withdrawal called a regrouping: "forces were being 'regrouped'
        # from the X and Y areas", "a 'regrouping' of troops from X"
        r"(?<![\w])[\"“‘']?regroup(?:ed|ing)?[\"”’']?(?= (?:(?:of )?(?:[\w’'-]+ )"
        r"{0,3}?)?from\b)"
    ),
    "advance": (
        # a push told by a distance in words or with "as much as": "pushed
        # roughly one kilometre toward X", "pushed as much as 7 km forward"
        r"push(?:ed|es|ing)?(?= " + _WORD_DISTANCE + r")|"
        # footholds made: "established several footholds on the left bank"
        r"establish(?:ed|es|ing)(?= (?:(?:a|an|their|its|several|some|a few|"
        r"two|three|new|more|further) )*(?:[\w-]+ )?(?:footholds|bridgeheads)\b)"
    ),
    "fight": (
        # a headline's fight going on: "X fight continues", "the fight for X
        # goes on"
        r"fight(?= for (?:the (?:town|city|village) of )?(?-i:[A-Z])[\w’'-]+ "
        r"(?:continues|goes on|rages)\b| (?:continues|goes on|rages)\b)|"
        # a clearing still going on: "clearing out pockets of infiltrators in
        # X", "mopping up the remaining pockets of resistance in X"
        r"(?:clearing|mopping|cleaning)(?: out| up)?(?= (?:the )?(?:last |"
        r"remaining )?(?:pockets|remnants|holdouts)\b)"
    ),
}
# --- paradigm gaps of session 24 (tests/test_text_paradigms.py): forms a
# generator (lemminflect) makes of the core verbs that the rows above, written
# from corpus sentences, missed: the hyphenated past of "retake", "approach"
# with the settlement word before the name, a passive "cleared" by a side.
EN24P: dict[str, str] = {
    "capture": (
        r"re-took|"
        # "X was cleared by Russian forces" (not "cleared by sappers")
        r"cleared(?= by (?:the )?(?:Russian|Ukrainian|Russia|Ukraine)\b)"
    ),
    "advance": (
        # "approached the village of X", "approaching the town of X"
        r"approach(?:es|ed|ing)(?= (?:the )?(?:village|town|city|settlement) of "
        r"(?-i:[A-Z]))"
    ),
}
# --- session 24, rules lane (tests/test_text_families24.py) -----------------
EN24: dict[str, str] = {
    "capture": (
        # flags told in the plural: "Ukrainian flags now fly over X and Y",
        # "Russian flags were raised in X"
        r"(?<=flags )(?:now |again |once again )?(?:fly|flew|are flying|were "
        r"flying|wave|are waving|(?:were|have been|had been) (?:raised|hoisted|"
        r"planted))(?= (?:over|above|in|on)\b)"
    ),
    "hold": (
        # troops present in a town (real gold: "our units are in X"): "our
        # units are already in X", "Ukrainian troops remain in the town"
        # (the trigger is the troops' noun: a trigger opening with "are" would
        # read as a passive)
        r"(?:units|forces|troops|defenders)(?= (?:are|remain) (?:already |now |"
        r"still )?in (?:the (?:city|town|village)\b|(?-i:[A-Z])))"
    ),
    "advance": (
        # the front moved by a distance, no actor named: "the front line
        # shifted 3 km in places", "the front moved by about 2 kilometres"
        # (one branch, a literal first: each branch costs at every word)
        r"front(?: line)? (?:shifted|moved)(?= (?:(?:in places|locally|by) )?"
        r"(?:(?:about|some|up to|nearly|roughly|around) )?(?:\d|one|two|three|four|"
        r"five|a few|several) ?[-–]?\d* ?(?:km|kilomet\w*|miles?)\b)"
    ),
}
# --- session 25, recall lane (tests/test_text_families25r.py) --------------
# a town's fall told in a relative clause or of several places at once:
# "X, which fell in May", "the town that held out a year fell in October",
# "five villages fell during the week"
_FELL_WHEN = (
    r"(?= (?:on|in|during|over|after|last|earlier|this|overnight|yesterday|"
    r"within|at the (?:end|start|beginning))\b)"
)
# a distance after "a further", "an additional" or "between N and": "pushed a
# further 1 to 3 kilometres", "pressed an additional 2 km"
_FURTHER_DISTANCE = (
    r"(?:(?:forward|on|ahead|deeper) )?(?:a further|further|an additional|an extra|"
    r"between "
    + FIG
    + r" and) (?:"
    + FIG
    + r"|a few|several)(?: ?(?:to|-|–) ?"
    + FIG
    + r")? ?(?:km|kilomet\w*|miles?|"
    r"metres|meters)\b"
)
EN25R: dict[str, str] = {
    "advance": (
        r"(?:push|press)(?:ed|es|ing)?(?= " + _FURTHER_DISTANCE + r")|"
        # "pressed 2 km toward X" (the bare "pushed 2 km" is in CORE)
        r"press(?:ed|es|ing)?(?= (?:(?:forward|on|ahead|deeper|another|some|about|"
        r"up to|roughly|nearly) )?" + FIG + r"(?: ?(?:to|-|–) ?" + FIG + r")? ?(?:km|"
        r"kilomet\w*|miles?|metres|meters)\b)"
    ),
    "withdraw": (
        r"fell(?:"
        + "|".join(f"(?<=(?-i:[A-Z])[a-z]{{{n}}}, which fell)" for n in range(3, 12))
        + r"|(?<=town that fell)|(?<=city that fell)|(?<=village that fell)|"
        r"(?<=villages fell)|"
        r"(?<=settlements fell)|(?<=towns fell)|(?<=localities fell)|"
        r"(?<=hamlets fell))"
        + _FELL_WHEN
        # (not a figure: "Prices, which fell in March")
        + NOT_A_FIGURE_FELL.replace(" fell)", ", which fell)")
        + r"|"
        # an apposition closed before the verb: "X, the town that held out
        # for two years, fell in October"
        r"(?<=, )fell" + _FELL_WHEN
    ),
    "capture": (
        # a town cleared, named right after the verb: "cleared Dolynka",
        # "X cleared" as a headline (not a day: "cleared Monday")
        r"cleared(?= (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
        r"(?!(?:" + MONTHS + r")\b)(?-i:[A-Z])[a-z]+(?:[\s.,;]|$))"
    ),
    "attempt": (
        # a creeping try: "trying to crawl toward X", "tried to sneak into X",
        # "attempting to inch closer to X"
        r"(?:attempt(?:s|ed|ing)?|tried|trying|tries|try) to(?= (?:crawl|creep|"
        r"sneak|slip|inch|edge|seep|filter|worm|wriggle|infiltrate) (?:\w+ )?"
        r"(?:toward|towards|into|in|closer|up to|through)\b)"
    ),
    "fight": (
        # assaults told as "coming at" a place: "the Russians came at X four
        # times", "they keep coming at our positions near X"
        r"c(?:ame|ome|omes|oming) at(?= (?:(?-i:[A-Z])|(?:our|their|the) "
        r"(?:positions|lines|trenches|defen[cs]es)\b|it (?:\w+ )?(?:times|again|"
        r"every|daily)\b))|"
        # a grey zone told with "still", a contraction or "remains": "the
        # north of X is still a grey zone", "it's grey zone", "X remains a
        # grey zone"
        r"(?:(?<=is still )|(?<='s )|(?<=’s )|(?<=remains )|(?<=is still a )|"
        r"(?<='s a )|(?<=’s a )|(?<=remains a )|(?<='s now a )|(?<=’s now a ))"
        r"(?:grey|gray)[ -]zone(?![ -](?:tactic|warfare|operation|conflict|"
        r"activit))"
    ),
}
# --- EN29 (session 29, English recall): a completed capture told with the
# verb in scare quotes, the adverb inside them: 'had "completely taken" X',
# 'X had been "fully liberated"', 'X was "fully cleared" of Russian troops'
# (the auxiliary opens the trigger, so a passive one takes the place before)
_EN29_DONE = r"(?:completely|fully|entirely|finally|totally)"
EN29: dict[str, str] = {
    "capture": (
        r"(?:has|have|had) [\"“‘']" + _EN29_DONE + r" (?:taken|captured|seized|"
        r"liberated|cleared|retaken|recaptured)(?=[\"”’']? (?:the |its )?"
        r"(?:(?:village|town|city|settlement) of )?(?:[\w-]+ )?(?:city|town|village|"
        r"(?-i:[A-Z])))|"
        r"(?:been|was|were|is) [\"“‘']" + _EN29_DONE + r" (?:taken|captured|"
        r"liberated|freed|cleared|retaken|recaptured|occupied)(?=[\"”’']?"
        r"(?:\s*[.,;]|\s*$| of (?:Russian|Ukrainian|enemy)| by\b))"
    ),
}
# EN29: a fight inside the town told before, no place named ("our guys are
# fighting for every house", "battles go on street by street", "fighting in
# the streets"): the town's fight (rules/fighting.py)
LOCAL_FIGHT = (
    r"\bfor (?:every|each) (?:single )?(?:house|street|building|block|metre|"
    r"meter|yard|inch|floor)\b|\b(?:street|house|block|building) by "
    r"(?:street|house|block|building)\b|\bin the (?:town's |city's |village's )?"
    r"streets\b"
)
# --- FP29 (session 29, English precision; tests/test_text_en_fp29.py) -------
# a counter-attack told with the town ground it won at its own place
# ("counterattacked in X and now hold its western part"): that gain, no
# fighting beside it (merges.py)
COUNTERATTACK_WORD = r"counter-?attack"
# --- session 33, English misses (tests/test_text_enmiss33.py) --------------
EN33: dict[str, str] = {
    "capture": (
        # a flag told back, up or flying with an adverb between: "the
        # Ukrainian flag is back over X", "flags are once again flying over X"
        r"(?:(?<=flag )|(?<=flags ))(?:is|are|was|were|has been|have been) "
        r"(?:(?:now|again|once again|once more|finally|already) )?(?:back|up|"
        r"flying|waving|fluttering)(?= (?:again |once more )?(?:over|above)\b)"
    ),
}
# --- session 37, b28miss lane (tests/test_text_b28miss37.py): a place or a
# count still under occupation, the noun told ("28 settlements remain under
# Russian occupation", "12 villages are still under occupation"): held by the
# occupier
B28MISS37: dict[str, str] = {
    "hold": (
        r"(?:remains?|remained|stays?|still|are|is|were|was) under "
        r"(?:(?:Russian|enemy|temporary) )?occupation\b"
    ),
}
# LEFTUKRU37: a capture in progress, the progressive of a capture verb before
# a place ("Ukrainian forces are liberating Robotyne", "Russian troops are
# capturing Toretsk block by block"): an attack under way, fighting with no
# gainer, as uk "звільняють X" and ru "освобождают X" are
EN37: dict[str, str] = {
    "attempt": (
        r"(?:(?<=\bare )|(?<=\bis ))(?:(?:now|still|gradually|slowly|steadily) )?"
        r"(?:liberating|capturing|seizing|retaking|recapturing)"
        r"(?= (?:the (?:town|city|village) of )?(?-i:[A-Z]))"
    ),
}
TRIGGERS = families(
    CORE,
    ADVANCE_FIGHT_MORE,
    FAMILIES7,
    FAMILIES8,
    FAMILIES10,
    FIGHTING20,
    ADVANCE20,
    SETTLEMENT20,
    EN20B,
    FIGHTING21,
    ADVANCE21,
    SETTLEMENT21,
    EN22,
    EN23,
    EN23R,
    EN24P,
    EN24,
    EN25R,
    EN29,
    EN33,
    B28MISS37,
    EN37,
)
# PARA27b: "close to X" is read where "near X" is ("counterattacked close to X",
# "the grey zone close to X"): every alternative "near" of the table takes
# "close to" beside it (found by the paraphrase lane's en_close_to)
for _a, _b in ((":near|", ":near|close to|"), ("|near|", "|near|close to|")):
    TRIGGERS = {family: p.replace(_a, _b) for family, p in TRIGGERS.items()}
del _a, _b
TRIGGERS = {
    family: p.replace("|near)", "|near|close to)") for family, p in TRIGGERS.items()
}
# settlement families (rules/holding.py, rules/settlement/)
# a part of a settlement held, entered or dug into ("several blocks", "a few
# streets in the north", "certain industrial facilities"): partial control
PART_OF_TOWN = (
    r"(?:(?:city |town |residential )?blocks|streets|quarters|districts|"
    r"neighbou?rhoods|microdistricts|facilities|industrial (?:zone|area)s?|"
    r"outskirts|(?:part|parts|half|most|much) of (?:the )?(?:city|town|village|"
    r"settlement)|"
    # the town told before, its part named last in the clause: "still hold the
    # western half", "now control the centre", "hold most of it"
    r"(?:centre|center|half|third|part)(?=\s*(?:[,.;:!?—–]|$))|"
    r"(?:most|much|half|part|parts) of it)\b"
)
# an adverb of part right before the verb: "partly controls"
PARTLY = r"\b(?:partly|partially)\s+$"
# FP32: a counter-attack told as what won ground ("Kyiv's counter-attacks have
# won back two tree lines east of X", "the counteroffensive retook 40 km2"):
# the gain is the claim, no fight beside it (rules/skips.py; one joined by a
# bare "and" to its gain is folded into it by merges._fold_counterattacks)
COUNTERATTACK_WON = (
    r"^[\s,]*(?:(?:that|which)\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:(?:also|likely|probably|reportedly|since|then)\s+)?"
    r"(?:regain|recover|retook|retake|recaptur|won\s+back|took\s+back|"
    r"pushed\s+(?:[\w’'-]+\s+){0,3}?back|liberat|reclaim|restor)\w*"
)


# --- a relayed claim denied by the next words (rules/relayed.py) ---------------
# a speech verb relaying a claim: "the orcs claimed they had taken X", "Russian
# channels say X is surrounded"
RELAY_SAID = (
    r"\b(?:claim(?:s|ed)?|say|says|said|write|writes|wrote|insist(?:s|ed)?|"
    r"boast(?:s|ed)?)(?=,?\s+(?:that\s+)?\w)"
)
# the next sentence opens with the speaker's own denial ("They did not.",
# "That is simply not true,” he said.", "Rubbish.", "A: No."), not a third
# party's ("That is not true, Kyiv said"; "The claim is false" is a claim of
# its own: ``BACK_DENIAL``)
DENIAL_NEXT = (
    r"^(?![^.!?]*[,”\"][\s”\"]*+(?!(?:he|she|they|we)\s)[^.!?]*\b"
    r"(?:said|says|told|stated)\b)(?![^.!?]*\baccording\b)[\s—–\"“'‘-]*"
    r"(?:[AQ]:\s*)?(?:(?:no|not true|nonsense|rubbish|lies|not so)(?=\s*[.!,;—–])|"
    r"(?:they|it|he|she)\s+(?:did|has|have|had|does|do)\s+not(?=\s*[.!])|"
    r"(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:simply\s+|just\s+|absolutely\s+|"
    r"completely\s+)?(?:not\s+true|untrue|false|a\s+lie|nonsense|fake)\b)"
)

# --- holding: positions held inside a town (rules/holding.py) -----------------
# between the holding verb and the town: "(still holding) their positions in
# and around X", "positions inside X", "positions in the centre of X"; parts
# of a town told together or by compass points (session 24): "hold positions
# in the centre and west of X", "positions in the north of X"
_TOWN_PART = (
    r"(?:[\w-]+ern\s+)?(?:part|parts|centre|center|outskirts|districts?|"
    r"(?:north|south)(?:-?(?:east|west))?|east|west)"
)
POSITIONS_IN = (
    r"\s+(?:(?:their|its|our|the|some|several|key)\s+)?positions\s+(?:in\s+and\s+"
    r"around|inside|within|in)\s+(?:the\s+)?(?:" + _TOWN_PART + r"(?:\s*(?:,|and)\s+"
    r"(?:(?:in\s+)?the\s+)?" + _TOWN_PART + r")*\s+of\s+)?(?:the\s+)?(?:(?:city|town|"
    r"village)\s+of\s+)?"
)

# --- settlement: a pronoun for the town told before (rules/settlement/) -----
# the object right after the verb ("Ukrainian troops retook it") or the
# possessive before the noun ("Russia claimed its capture")
PRONOUN_OBJECT = r"\s+it\b(?!\s+(?:was|is|had|has|would|will|could)\b)"

# B32DET41: a side pushed back from the ground its sentence just told it
# gained ("advanced 400 metres …, but on Sunday they were pushed back"): an
# advance of the other side over that ground, no settlement lost
PUSHED_BACK = r"\b(?:pushed|driven|forced|thrown|knocked)\s+(?:back|out)\b"
PRONOUN_OWNER = r"\bits\s+(?:(?:full|complete|final|reported|claimed)\s+)?$"

# --- session 21: settlements (rules/settlement/) ----------------------------
# a total told as "the number of settlements taken reached N": its head and
# the verb with the figure (digits)
# the share of a count of fights told at a place of its own after a comma:
# "52 attacks near X, most of them around Y", "41 clashes on the X axis,
# with the heaviest near Y" (rules/fighting.py: two claims, the count's and
# the share's)
FIGHT_SHARE = (
    r",\s+(?:(?:most|many|the bulk|the majority|half|a third|some)\s+of\s+"
    r"(?:them|which|these|those)|with\s+the\s+(?:heaviest|fiercest|most\s+intense|"
    r"most\s+active|hottest|toughest|most\s+(?:of\s+)?(?:the\s+)?(?:fighting|"
    r"attacks|clashes)))\b"
)
NUMBER_OF = r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,4}$"
TOTAL_IS = (
    r"\b(?:has\s+|had\s+|now\s+)?(?:reached|rose\s+to|risen\s+to|climbed\s+to|"
    r"grew\s+to|stands?\s+at|stood\s+at|totals?|totalled|totaled|is\s+now|"
    r"exceeded|passed)\s+(?:(?:about|almost|nearly|more\s+than|over|some|"
    r"roughly)\s+)?\d(?:[\d,.]*\d)?(?=\s|[.,;]|$)"
)

# EN26P (precision): a pressure verb in a headline ("Russian troops pressing on
# X") names the push the body tells (gold: an advance or nothing), no fight
# of its own
HEADLINE_PRESSURE = r"press(?:es|ed|ing)?(?:\s+on)?$"

# PLACES28 (places lane): the members of a count named right after it ("took
# 15 settlements, including X and Y", "liberated five communities - X, Y and
# Z", "seven villages: X, Y"): the marker that opens the list
# KNOWN36: a vague count before a settlement noun ("several villages",
# "кілька сіл", "несколько сёл"): a claim with no figure (rules/settlement/counts)
# (LEFTUKRU37: "several dozen settlements", no figure: numbers._VAGUE_AFTER)
VAGUE_COUNT = r"several dozen|several|a few|a number of|multiple|numerous"
COUNT_MEMBERS = r"\s[—–-]\s|:\s|,\s*(?:including|among them|namely|among which)\b"

# INV27 (invariance lane): words that never end a sentence or a headline
# (articles, prepositions, conjunctions): a line break right after one is a
# wrap inside a sentence, as pasted from a PDF (text/normalise.py)
WRAP_AFTER = (
    "the",
    "a",
    "an",
    "of",
    "by",
    "to",
    "from",
    "with",
    "near",
    "at",
    "for",
    "and",
    "or",
    "that",
    "into",
    "towards",
    "toward",
    "against",
    "between",
    "around",
    "outside",
    "its",
    "their",
    # (INV27b) a verb that waits for its complement ("the total was\n3,500
    # square kilometres") and an adjective of direction before a name ("in
    # the southern\nKherson region"): neither ends a sentence or a headline
    "was",
    "were",
    "had",
    "has",
    "have",
    "been",
    "northern",
    "southern",
    "eastern",
    "western",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
)
# (INV27b) a capitalised word that goes on the name before it and never opens
# a sentence: a line break before it ("occupied Kharkiv\nOblast") wraps one
WRAP_BEFORE = ("Oblast", "Oblasts", "Raion", "Region", "River", "Brigade")
# CLAIMANT30: a repost's header before the channel it comes from
# (page_speakers._FORWARDED)
FORWARDED_WORDS = r"forwarded from|reposted from|repost from"
# CLAIMANT30: the nouns of a voice described, not named, after a comma ("…, a
# regional official said", "…, local officials confirmed", "analysts say"):
# claimants.py takes such a lower-case phrase as the speaker
DESCRIBED_VOICES = (
    r"officials?|spokes(?:man|woman|person)|analysts?|soldiers?|commanders?|"
    r"officers?|sources?|experts?|observers?|military|monitors?|servicem[ae]n|"
    r"troops|bloggers?|milbloggers?|residents?|authorities|researchers?|"
    # XCLAIM6_43: "…, independent mappers estimate"
    r"mappers?"
)
# CLAIMANT30: the lower-case nouns that make a body or a role of the proper
# name before them ("Ukraine's defence ministry", "Kyiv's military"): kept
BODY_TAIL_NOUNS = (
    r"ministry|staff|command|forces|force|army|military|brigade|battalion|"
    r"regiment|corps|guard|service|office|council|government|authorities|"
    r"administration|spokes\w*|commander\w*|chief|head|minister|governor|"
    r"officials?|officers?|troops|units?|side|president|mayor|leader\w*|"
    r"intelligence|directorate|group of forces|grouping|agency|group|"
    # … and the voices a narrator reports ("Pro-Kremlin war correspondents")
    rf"correspondents?|guys|{RELAYED_VOICES}|{DESCRIBED_VOICES}"
)
# PROBEEN35: the role nouns that may stand between a speech verb and the name
# it introduces ("…, said spokesman Nazar Voloshyn", "said the governor X")
ROLES_BEFORE_NAME = (
    r"spokes(?:man|woman|person)|commander|governor|minister|chief|head|mayor|"
    r"advis[eo]r|analyst|official|officer|deputy|president|director|secretary|"
    r"representative|expert|blogger|serviceman|servicewoman"
)
# PROBECLAIM37: a field word between a role's qualifiers and its noun
# ("Russian military blogger X", "Ukrainian war correspondent X")
ROLE_FIELDS = r"military|war|political|defen[cs]e|security|intelligence|army"
# the second half of a hyphened descriptor before a body ("the Washington-based
# think tank", "a Kremlin-backed official"): it names no body itself
HYPHENED_DESCRIPTORS = (
    r"based|backed|run|controlled|linked|installed|appointed|affiliated|aligned|"
    r"funded|owned|led"
)
# CLAIMANT30: the words that end a sector's name, no channel's ("Кремінський
# напрямок 🌲": page_speakers.py)
SECTOR_NAME_WORDS = r"direction|front|axis|sector"
# XPLACES3-43: a stretch of the front named by its two ends across a spaced
# dash ("on the Bilohorivka – Verkhnokamianske section", "along the X - Y
# line"): the noun after the second end (clauses: no clause cut at the dash)
STRETCH_AFTER = r"sections?|lines?|sectors?|stretch(?:es)?|front"
# B30CLAIM39: the noun of a channel a title names ("Weekend roundup (channel
# \"X\")", "Telegram channel X: the day"): page_speakers.document_issuer
CHANNEL_NOUNS = r"(?:telegram |milblogger |blogger )?channel"
# XCLAIM41: a title line naming its issuer before its genre ("FrontWatch map
# update, 1 November", "3rd Brigade — official channel", "Ministry of X —
# Summary report", "Map project weekly thread", "Front Notes #41 -
# independent analysis"): page_speakers.document_issuer
ISSUER_GENRES = rf"{UPDATE_NOUNS}|{CHANNEL_NOUNS}|thread|digest|analysis|newsletter"
ISSUER_GENRE_LEADS = (
    r"official|daily|weekly|monthly|morning|evening|map|situation|operational|"
    r"independent|summary|front|frontline|front-line"
)
# XCLAIM41: a lower-case noun closing an issuer's name ("Map project")
ISSUER_NAME_NOUNS = r"project|group|team|desk|monitor"
# SPOKEN39: a speech the speaker gives, opening the sentence before the
# speaker ("In his nightly video address Zelensky said", "At a briefing
# Lykhovii said"): no part of the speaker (claimants._LEAD_VENUE_EN)
SPEECH_GENRES = (
    r"address|video address|speech|remarks|interview|briefing|press conference|"
    r"news conference|video message|televised address"
)
# CLAIMANT30b: the genre words of a speech's or interview's title, before
# its speaker ("Address by the President", "Interview with a battalion
# commander"): page_speakers.document_issuer
SPEECH_TITLE_WORDS = (
    r"address(?: by)?|video address(?: by)?|speech(?: by)?|remarks(?: by)?|"
    r"interview with|"
    # B30CLAIM39: a briefing's or press conference's title ("Briefing by the
    # deputy minister X", "Press conference with the governor X")
    r"(?:press |news )?briefing (?:by|with)|(?:press|news) conference (?:by|with)|"
    r"statement by"
)
# PLACES33: the words that say a name in brackets is another name of the
# place before it ("X (Ukrainian name Y)", "X (formerly Y)"): toponyms
OTHER_NAME_WORDS = r"name|names|called|known|formerly|now|also|or|spelled|spelt"
# session 40 (xnonplace): another name told beside a place, not in brackets:
# after it with its language ("Koptieve — Koptevo in Russian —") or after a
# relative clause that names it ("Yablunivka, which Russian media spell
# Yablonovka"): toponyms.other_names
OTHER_NAME_TAIL = r"in\s+(?:Russian|Ukrainian)"
OTHER_NAME_LEAD = (
    r"(?:which|that)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:spell|spells|spelled|spelt|call|calls|called|name|names|named)"
)


# PLACES34: the nouns that make a name a feature of a settlement, not the
# settlement ("the X river", "the X position", "the X district"): a pointer
# to "the town" in the same claim means another place (context)
FEATURE_WORDS = (
    r"rivers?|positions?|districts?|microdistricts?|plants?|factory|mines?|"
    r"quarry|pond|reservoir|heights?|hill|canal|forest|stronghold"
)

# --- an advance located by a town's flanks (rules/advance.py) ----------------
# ENMISS34b: an advance told of the flanks of the town told ("advanced on the
# flanks", "moved forward along the northern and southern flanks", "on the
# city's flanks"): located enough to be a claim, as "along the entire front"
# is (a sector unnamed, not the English SECTOR: fights there are untouched)
FLANK_SECTORS = (
    r"\b(?:on|along|at) (?:(?:the|both|its|their|his|our|(?:the )?[\w-]+[’']s) )?"
    r"(?:(?:(?:north|south|east|west)(?:ern)?|left|right|(?:north|south)-?"
    r"(?:east|west)(?:ern)?)(?: and |, | )?){0,2}flanks?\b"
)

# people dug out of ruins: "freed residents trapped under the rubble" frees no
# ground (PROBENEG35)
RESCUED = (
    r"^\s+(?:[\w’'-]+\s+){0,3}?(?:residents|people|civilians|children|patients|"
    r"survivors|victims|family|families|women|men|tenants|neighbours|neighbors|"
    r"workers|miners)\b[^.;!?]{0,80}?\b(?:rubble|debris|ruins|trapped|collapsed)\b"
)
# B27CLAIM36: a live blog's or a post's label, no speaker: "— UPDATED",
# "Correction:", "Interview:", "Also:", "Recap" (claimants.py)
LIVE_LABELS = (
    r"updated?|updating|latest|developing|live|corrected|correction|clarification|"
    r"interview|transcript|q&a|also|separately|meanwhile|in other news|recap|"
    r"summary|reminder|earlier|for context|added|edited|pinned|repost|reposted|"
    # B30CLAIM39: a post's update mark, in posts of every language ("UPD:",
    # "UPD 18:40:", "Upd.")
    r"upd\.?(?:\s+\d{1,2}[:.]\d{2})?"
)
# B27CLAIM36: what a speech verb answers or where it is said, after the
# verb, no speaker: "answered questions from …", "replied to a question"
ANSWERED_WHAT = (
    r"(?:questions?|a question|the questions?|queries|a query)\s+(?:from|by|of)|"
    r"to (?:a |the |our |his |her )?(?:questions?|query|queries|reporters['’]? "
    r"questions?)"
)
# B27CLAIM36: what opens a repost's or an admin's comment after a post's
# signature (page_speakers.py): "Reposted by the channel X", "Comment by …"
AFTER_POST_WORDS = (
    r"repost|reposted|reposting|shared by|comment by|comment from|"
    r"admin['’]s comment|editor['’]s comment|our comment"
)


# LEFTEN36: a claim no one could verify ("could not be independently
# verified", "Reuters could not verify", "no independent confirmation"):
# hedged, not denied (lexicon.HEDGE)
UNVERIFIED = (
    r"\b(?:could not|couldn't|cannot|can't|unable to|did not|has not|have not|"
    r"had not)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+)*"
    r"verif\w+|"
    r"\b(?:could not|couldn't|cannot|can't|unable to)\s+(?:be\s+)?"
    r"(?:immediately\s+)?independently\s+confirm\w*|"
    r"\bno independent (?:confirmation|verification)\b|"
    r"\bnot (?:been )?independently (?:verified|confirmed)\b|\bunverified\b|"
    # PROBEEN38: an analyst's note that it saw no proof of the claim told
    # ("…, but ISW has not observed confirmation of the claim", "there was no
    # visual confirmation"): the claim stands, hedged
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:observed|seen)\s+(?:any\s+)?"
    r"(?:visual\s+|independent\s+)?(?:confirmation|evidence)\b|"
    r"\bno\s+(?:visual|immediate)\s+confirmation\b"
)

# LEFTUKRU36: a word of what remains after a distance ("5 km remain to the
# centre", "with 5 km to go", "5 km left"): a distance still to go, not the
# depth advanced (rules/advance)
STILL_TO_GO_AFTER = r"remains?|remained|remaining|left|to go"


# S36REST: an attack noun and "by" before a side that agents it, not the
# clause's verb ("repelled attempts by Ukrainian units to …, and had regained
# X"; not "a claim by the Russian army that its troops …"): context
AGENT_OF_NOUN_BEFORE = (
    r"\b(?:attempts?|attacks?|counter-?attacks?|assaults?|efforts?|raids?|"
    r"offensives?|pushes|push|advances?|incursions?|thrusts?|storming)\s+"
    r"by\s+(?:the\s+)?"
)
# the adverbs that hedge a claim ("reportedly captured X"; lexicon.HEDGE)
HEDGE_WORDS = r"likely|probably|reportedly|apparently|presumably|allegedly"
# PROBEUKRU37: a hedge between the speaker and the verb is no part of the
# name: "The ministry reportedly said …", "the ministry, apparently, said";
# the claim hedges and the adverbs of doubt that hedge no claim
SPEAKER_HEDGES = HEDGE_WORDS + r"|purportedly|supposedly|evidently"

# CLAIMLEFT40: a time after a speaker ("officials at the time said", "the
# governor at that time said"): no part of the name (claimants._TRAIL,
# pointing_back._back_claimant)
SPEAKER_TRAIL_TIMES = r"at (?:the|that) time"

# --- a denied advance over a span (rules/advance.py, session 37 b28left) ---------
# an advance denied for a span of days is told of the whole front and needs no
# place: "the enemy did not advance over the past 24 hours", "made no advances
# in the past week"
DENIED_SPAN = (
    r"(?<![\w])(?:over|in|during|throughout|for)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?:24|48|two|three|\d+)\s+(?:hours|days|weeks)|day|night|week|weekend|"
    r"month)(?![\w])|(?<![\w])overnight(?![\w])"
)

# session 38 (merges.py): a depth told with a side of its own keeps its own
# place ("advanced 700 m on the northern flank"); the stems open a word
DEPTH_OWN_SIDE = r"north|south|east|west|flank"
# ... and a line reached beside a depth is a claim of its own
# ("advanced 2 km and reached the outskirts of X")
LINE_REACHED = r"reach\w*"

# --- session 38, leften2: a speaker's title before a region ("governor of
# the Kharkiv region") or after a place ("Kharkiv's governor", "the Kharkiv
# regional administration"): the speaker's place, no place of the claim
REGION_TITLE_WORDS = (
    r"governor|mayor|head|chief|administration|authorities|officials?|"
    r"spokes(?:man|woman|person)|council"
)
# the words between a place and the title after it ("'s", " regional")
REGION_TITLE_LINKS = r"['’]s|\s+regional|\s+oblast|\s+city|\s+region['’]s"

# B29LEFT38 (speakers._own_speaker_before_source): the words that open a
# source named after a claim, past a comma (not a relay's "citing": its
# source stays the claimant)
SOURCE_AFTER_CLAIM = r"according\s+to"

# B30MISS39 (lexicon.TALLY_OPENS): the words that open a tally line after the
# claims it sums ("Total for the day: 15 sq km", "In all, 70 sq km")
TALLY_OPENS = r"total|in all|in total|overall|altogether|all told"

# B30PER239 (roundup_dates._review_days): a weekend a review's title names
# in a bare word ("Weekend review: …", "Recap of the weekend's battles")
REVIEW_WEEKEND = r"\bweekend(?:'s|’s)?\b"

# KNOWNLEFT39: a preposition of nearness before two places joined by a spaced
# dash ("fighting near Bakhmut - Andriivka"): the dash joins, no clause cut
PAIR_NEAR = r"(?:near|around|outside|in the area of|in the vicinity of|close to)"

# B34FLD43: the prepositions of a list item telling where fighting goes on;
# the item before ", and near A" ends in one (clauses._AND_NEAR_TAIL)
LIST_PLACE_PREPS = r"(?:in|at|on|near|around|along|outside)"

# XDET40: a preposition of nearness before a place fronted ahead of a verb of
# ground taken ("Near X we took back two tree lines"): the ground lies there
# (rules/settlement/ground._fronted_place)
GROUND_NEAR = PAIR_NEAR

# XPLACES3-43: the places a fight tally names after its clause as its
# members ("62 attacks on the X direction, including near A and B", "most of
# them near A"; rules/fighting): the marker and its preposition of nearness
FIGHT_MEMBERS = (
    r"[\s,;:—–-]*(?:including|in particular|notably|especially|particularly|"
    r"mostly|mainly|chiefly|most of them|the most|the heaviest)"
    r"\s*(?:[—–-]\s*)?(?:" + PAIR_NEAR + r"|at|in)\s+"
)

# B30MISS239 (lexicon.OWN_COUNT): a count of the speaker's own that names no
# holder ("1,200 sq km, by our count", "according to our estimates")
OWN_COUNT = (
    r"(?:by|according to|on|in) (?:our|my) (?:own )?(?:count|tally|"
    r"estimates?|calculations?|data|figures|reckoning|assessment)"
)

# XCLAIMEN40 (claimants.introduced_person): the rank an interview's or a
# profile's introduction names its person by ("Maj. Ivan Moroz commands …",
# "Lt. Col. X", "Captain X (call sign Y)"), and the verbs an outlet meets
# its interviewee with ("We spoke to the head of X, Ivan Moroz, by phone")
INTRO_RANKS = (
    r"(?:(?:Lt|Col|Maj|Capt|Sgt|Gen|Brig|Cpl|Cmdr)\.\s+){1,2}|"
    r"(?:(?:Senior|Junior|Lieutenant|Major|Colonel|Captain|Sergeant|"
    r"Brigadier)\s+){1,2}"
)
# CLAIMLEFT40 (claimants.call_sign): a rank naming the one a call sign
# introduces ("a captain in the 93rd Brigade, who goes by the call sign Lynx")
CALL_SIGN_RANKS = r"captain|sergeant|major|private|corporal|soldier|fighter"
# XCLAIM41 (claimants.call_sign): a relative clause between the one a call
# sign introduces and the sign ("a company commander, who fights in the town,
# call sign Lynx")
CALL_SIGN_ASIDE = r"who|whose"
# XCLAIM41 (claimants.quoted_title_role): a talk's genre before the one a
# quoted title names ("«…»: розмова з комбатом"); English titles name the
# role with an article instead
TALK_TITLE_WORDS = r"a talk|an interview|a conversation"
INTERVIEW_VERBS = (
    r"(?:spoke|spoken|talked|speaking|talking)\s+(?:to|with)|interviewed|"
    r"met(?:\s+with)?|reached"
)

# XCLAIMEN40 (claimants.subject_before_verb): the verbs that end a speaker's
# subject when the phrase found runs on into its clause ("Officials deny it
# and say …", "X said the claim …", "X called the claim false and …")
SUBJECT_END_VERBS = (
    r"said|says|say|told|tells|called|calls|denied|denies|deny|rejected|"
    r"rejects|reject|dismissed|dismisses|dismiss|released|releases|refuted|"
    r"refutes|refute"
)

# XCLAIMEN40 (claimants._SHARED_POSTS): what a fact-check says was shared
# ("Posts shared thousands of times on X claim …", "A video shared widely on
# Telegram says …"), the platforms it was shared on, and the verbs it speaks by
SHARED_ITEMS = (
    r"posts?|videos?|(?:a|one)\s+(?:video|post|clip|photo)|clips|messages|claims"
)
SHARED_ON = (
    r"social media|social networks|Telegram|Facebook|Twitter|X|Instagram|"
    r"TikTok|YouTube|VKontakte|VK"
)
SHARED_VERBS = r"claim(?:s|ed)?|say|says|said|alleged?s?|shows?|purports?|suggests?"

# --- session 40, xplaces lane: a claim noun whose owner (the side named in
# it) claims the capture told after "about/of" ("Russian claims about the
# capture of X are false", "reports by the Russian army of the capture of
# X"): the owner is the claimer, not the one denying (context._claim_owner)
CLAIM_NOUNS = r"claims?|reports?|statements?|assertions?|allegations?"


# KNOWN41 (toponyms._person_or_actor): one war correspondent or blogger, the
# name right after ("milblogger Kots wrote"): a person, no place
CORRESPONDENT_WORDS = r"(?:mil|war |military )?blogger|war correspondent"


# XKIND41 (rules/advance._UNDONE): what is repelled after "but" when the
# advance stands ("advanced 300 m, but all further attacks were repelled")
REPELLED_NOT_MOVERS = r"attacks?|assaults?|attempts?|counterattacks?"


# XKIND41 (rules/advance._GREY_MOVE): a grey zone entered or grown is a
# contest (fighting), no advance: "moved into the grey zone near X", "near X
# the grey zone expanded"
GREY_ZONE = r"(?:grey|gray)[ -]zones?"


# session 41 (xplaces): a counteroffensive named for a region ("during its
# Kharkiv counteroffensive", "the Kherson counter-offensive of 2022") is an
# operation, no place of the claim: toponyms._OPERATION_AFTER
OPERATION_AFTER_NAME = r"counter-?offensive\b"
# session 41 (xplaces): a place lost and then won back in one sentence with
# nobody named ("X was occupied in 2022 and liberated in September", "seized
# early in the war and retaken months later"): the winning back is the other
# side's, what the word tells, not the story's last actor
# (context._last_resort)
RETAKEN_AFTER_LOSS = (
    r"\b(?:occupied|captured|seized|taken|overrun|lost)\b[^.;!?\n]{0,90}?"
    r"\b(?:and|but|before being|only to be)\s+"
    r"(?:(?:was|were|then|later|soon|quickly|subsequently|finally|eventually)\s+)"
    r"{0,2}$"
)


# XKIND241: where a side thrown back went, a line and no place it left ("were
# pushed back across the river", "beyond the border"): the other side's
# advance (rules/settlement/withdrawals)
BACK_OVER_LINE = (
    r"(?:across|beyond|behind|over) the (?:[\w-]+ )?(?:river|border|frontier|"
    r"line|dam|canal|tree ?line|forest belt|railway)"
)


# XANAPHOR241 (toponyms._mention): a plural region word closing a list of
# names makes each of them a region ("the Donetsk and Zaporizhzhia regions"):
# no settlement "the town" points back to
REGIONS_CLOSING_LIST = r"regions|oblasts|provinces"
LIST_LINKS = r"and|or"

# B33FLD42 (lexicon.HELD_CHANGE): one side's held ground changing by a figure
# ("Russian-controlled territory grew by 464 sq km", "the Ukrainian-held area
# shrank by a further 12 sq km"): growth is the holder's gain, shrinking the
# other side's; "shrunk to N" stays a size held (rules/area._held_change)
HELD_GROW = r"grew|grown|expanded|increased|rose|risen|widened|swelled"
HELD_SHRINK = r"shrank|shrunk|decreased|contracted|fell|fallen|diminished|narrowed"
HELD_BY = r"by"
HELD_WORD = r"held|controlled|control|occupied"

# B33FLD42 (lexicon.COMPARED_WITH): the words that lead a figure compared
# with the one before ("410 sq km, down from 520 in September", "against 725
# sq km in November"): it is the same side's measure (rules/area._compared)
COMPARED_WITH = r"(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.?|than"
# B33FLD42 (lexicon.SIDE_GAINS): the gain nouns a side word before makes that
# side's ("Russian gains", rules/area._figure_gainer)
GAIN_NOUNS = r"gains|advances|territorial\s+gains"

# B33FLD2 (lexicon.WIDTH_NAMED): a width named before its figure, a few words
# between ("the width of the breach is about 30 km"); a depth word between
# them gives the figure back to the depth
WIDTH_NOUN = r"width|breadth"
DEPTH_NOUN = r"depth|deep"

# XCLAIM3-42: "officially" opening a denier's clause ("Officially, Kyiv has
# not confirmed that"): no part of the speaker (pointing_back._OPENING_WORD)
OFFICIALLY = r"officially"

# B33PER2 (claim_periods.rates_take_their_figures_span): the unit a rate is
# told per ("14 sq km a day", "daily", "per month"), by its length in days
RATE_DAY = r"(?:a|per|each|every) day|daily"
RATE_WEEK = r"(?:a|per|each|every) week|weekly"
RATE_MONTH = r"(?:a|per|each|every) month|monthly"

# XDET4_42: a side's offensive named as the subject of its stall ("Ukraine's
# counteroffensive in the south has stalled"): told of a front, no place
STALLED_MOVE_NOUN = r"(?:counter-?)?offensive|push|advance|drive|thrust"

# the word "territory" ("the territory of X"): lexicon.TERRITORY_WORD, TERRITORY_OF
TERRITORY_WORD = r"territor(?:y|ies)"

# XCLAIM5_43: the word opening what a speaker says ("X said that …"): a short
# next sentence whose speaker goes on to a matter of its own attributes
# nothing before it (speakers._attribution_after)
SAID_THAT = r"that"

# XGAIN2-43 (sides.header_side): an opening line naming the post's own voice
# as one side's channel ("[Translated from a Russian military Telegram
# channel, April 8]", "The pro-Russian milblogger channel X wrote:"): the
# first person after it ("our units", "ours") is that side's
HEADER_VOICE_RU = (
    r"\b(?:pro-Russian|pro-Kremlin|Russian)\s+(?:(?:military|war|army|Z)\s+)*"
    r"(?:Telegram\s+)?(?:channel|(?:mil|war\s+)?blogger|war\s+correspondent)"
)
HEADER_VOICE_UA = (
    r"\b(?:pro-Ukrainian|Ukrainian)\s+(?:(?:military|war|army|brigade's|"
    r"unit's|soldier's)\s+)*(?:Telegram\s+)?(?:channel|(?:mil|war\s+)?blogger)"
)

# B34DET2_43: a position improved along the front edge ("improved their
# positions along the front line"): told of the front, it needs no place
FRONT_EDGE = (
    r"along the (?:entire |whole )?(?:front(?: ?line)?|forward edge|"
    r"line of contact|contact line)"
)

# XGAIN2-43: the words opening the denying part of a sentence that began with
# another voice ("Russia claimed the capture of X; Ukraine said …", "…, but the
# General Staff said …"), and a time adverb that may follow them
# (context._second_speaker_side)
SECOND_SPEAKER_OPEN = r"but|however|while"
SECOND_SPEAKER_LATER = r"then|later"
