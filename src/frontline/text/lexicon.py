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

from .fastre import folded, prefiltered
from .stems import derive_stems

F = re.IGNORECASE

TRIGGERS: dict[str, dict[str, str]] = {
    "en": {
        "capture": (
            r"liberat(?:e|es|ed|ing|ion of)|recaptur(?:e|es|ed|ing)|"
            r"re-?tak(?:e|es|ing|en)|retook|captur(?:e|es|ed|ing)|"
            r"seiz(?:e|es|ed|ing|ure of)|occup(?:y|ies|ied|ying|ation of)|"
            r"regain(?:ed|ing)?(?= (?:lost )?positions)|"
            r"recover(?:ed|s|ing)?(?= (?:\w+ ){0,2}(?:\d|sq|square|territor|land|"
            r"ground|positions?|villages?|towns?|settlements?|control|"
            r"(?-i:[A-Z])))|(?:(?<=been )|(?<=were )|(?<=was )|(?<=are ))recovered|"
            r"(?:took|taken|take|taking|won|win|wins) back|"
            r"claim(?:s|ed)?(?= (?:(?:more than|over|about|nearly|some|another) )?"
            r"(?:\d|(?-i:[A-Z])|one |two |three |four |five |six |seven |eight |"
            r"nine |ten |a dozen|dozens|several))|"
            r"(?<=, )taken(?= (?:in|on|by|last|earlier|after|during))|"
            r"(?:took|take[sn]?|taking|gain(?:ed|s)?|establish(?:ed)?|assum(?:ed|e)|"
            r"regain(?:ed|s)?|seiz(?:ed|e)) (?:full |complete |total )?control|"
            r"regain(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|won back|"
            r"claw(?:ed|s|ing)? back|changed hands|wrest(?:ed|ing)"
            r"(?: back)?|freed|conquer(?:ed|s|ing)?|"
            r"(?:was|were|been|being|is|are|has|have|had) taken|"
            r"(?:has|have|had)(?:n't| not| never) (?:yet )?taken|"
            r"took(?= (?:(?:more than|over|about|nearly|some|almost|around|"
            r"roughly|another|an additional) )?\d)|"
            r"took(?= (?:over |back )?(?:the )?(?:village|town|city|settlement|"
            r"locality|hamlet|(?-i:[A-Z])))|(?:fell|fallen|falls) to(?= (?:the )?"
            r"(?:(?-i:[A-Z])|enemy|invad|occup|separat))|fall of|"
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
            r"(?<=is )(?:now |again |once again )?ours\b"
        ),
        "withdraw": (
            r"withdr(?:ew|awn|aw|aws|awal of|awing)|pull(?:ed|s|ing)? (?:out|back)|"
            r"pull(?:ed|s|ing)?(?= (?:\w+ ){1,3}out\b)|mov(?:ed|ing) back|"
            # euphemisms: "moved to more favourable positions"
            r"(?:mov(?:ed|es|ing)|manoeuvr\w*|maneuver\w*|redeploy\w*|regroup\w*)"
            r"(?= to (?:\W?(?:more|better|new) )?(?:\w+ )?(?:favou?rable|"
            r"advantageous|defensive|defence|defense|prepared|safer) "
            r"(?:positions|lines))|"
            r"loss of|"
            r"(?:pushed|driven|forced|thrown|beaten) back|"
            r"(?:leave|leaving|left)(?= (?:the )?(?:village|town|city|settlement|"
            r"positions|(?-i:[A-Z])))|"
            # "Vuhledar, which Kyiv's troops left in early October"
            r"(?:(?<=troops )|(?<=forces )|(?<=army )|(?<=units )|(?<=Ukraine )|"
            r"(?<=Russia )|(?<=Kyiv )|(?<=Moscow ))left(?= (?:in|on|after|during|"
            r"last) )|"
            r"retreat(?:ed|s|ing)?|fell back|fallen back|falling back|"
            r"(?:driven|pushed|forced|kicked|knocked) out|expelled|"
            r"relinquish(?:ed|es|ing)?|lost control|los(?:t|e|es|ing)(?= the "
            r"(?:village|town|city|settlement))|abandon(?:ed|s|ing)|"
            r"los(?:t|es|ing)(?= (?:[\w,]+ ){0,3}(?:villages|towns|settlements|"
            r"localities|positions))|"
            r"lost(?= (?!(?:Russian|Ukrainian|Western|European|American|US|NATO|"
            r"EU|Kyiv|Moscow)\b)(?-i:[A-Z])[a-z])|"
            r"evacuated from|"
            # "saw Kyiv cede several thousand square kilometres"
            r"ced(?:e|ed|es|ing)(?= (?:[\w,]+ ){0,4}(?:ground|territory|land|"
            r"square|sq|km|villages?|towns?|settlements?|control|(?-i:[A-Z])))|"
            r"los(?:t|es|ing)(?= (?:(?:more than|over|about|nearly|almost|some) )?"
            r"[\d.,]+ ?(?:%|per ?cent|percent|sq|square|km|kilomet))"
        ),
        "advance": (
            r"advanc(?:e|es|ed|ing)|progress(?:ed|ing)?|penetration|incursion|"
            r"push(?:ed|es|ing)?(?= (?:(?:up to|about|some|nearly|another|roughly|"
            r"around|almost|approximately|over|more than|at least) )?"
            r"[\d.,]+(?:[-–][\d.,]+)? ?(?:km|kilomet|mile))|"
            r"made (?:\w+ )?inroads|pushed into|breach(?:ed|ing)|"
            r"breach(?=\W{0,2} (?:in|of|through) (?:the )?(?:\w+ ){0,2}"
            r"(?:defen[cs]es?|lines?|front))|"
            r"infiltrat(?:ed|ing)(?= (?:into|in|deeper|the|\w+ (?:of|into)))|"
            # "went in about 12 kilometres deep", "penetrated 5 km"
            # "went 10 to 12 kilometres deep", "carved out a wedge 30 km deep"
            r"(?:went|got|moved|drove|pushed|advanced)(?= (?:(?:about|some|roughly|"
            r"nearly|up to|around|another|over|as much as) )?[\d.,]+(?:(?:-|–| to )"
            r"[\d.,]+)? ?(?:km|kilomet\w*|miles?)\b[^.]{0,15}\bdeep)|"
            r"carv(?:ed|es|ing) out(?= (?:a |an )?(?:\w+ )?(?:wedge|salient|bulge|"
            r"pocket|foothold|bridgehead))|(?:wedge|salient|bulge)(?= (?:(?:some|"
            r"about|roughly|nearly|around|up to|almost) )?[\d.,]+ ?(?:km|kilomet\w*|"
            r"miles?)\b[^.]{0,12}\bdeep)|"
            r"(?:went|got|moved|drove|pushed) in(?= (?:(?:about|some|roughly|"
            r"nearly|up to|around|another|over) )?[\d.,]+ ?(?:km|kilomet\w*|miles?)\b"
            r"[^.]{0,15}\bdeep)|penetrat(?:ed|ing)(?= (?:(?:about|some|roughly|"
            r"nearly|up to|around|another|over) )?[\d.,]+ ?(?:km|kilomet|miles?|"
            r"metres|meters))|"
            # "pushed the Russians back", "pushed back Russian troops": the
            # subject advances (a passive "were pushed back" is a withdrawal)
            r"push(?:ed|es|ing)(?= (?:the )?(?:[\w’'-]+ ){1,3}back\b)|"
            r"(?:driv(?:ing|es|e)|drove|forc(?:ing|ed|es)|thr(?:ew|owing|ows))"
            r"(?= (?:the )?(?:[\w’'-]+ ){1,3}back\b)|"
            r"push(?:ed|es|ing) back(?= (?:the )?(?:Russian|Ukrainian|enemy|"
            r"invad|occup|(?:[\w’'-]+ )?(?:troops|forces|units|defenders)))|"
            r"crossed(?= (?:the )?(?:\w+ )?(?:river|Dnipro|Oskil|Siverskyi))|"
            r"enter(?:s|ed|ing)?(?= (?:the )?(?:\w+ )?(?:city|town|village|outskirts|"
            r"centre|center|(?-i:[A-Z]))| (?:(?:more than|over|about|nearly|some|"
            r"at least) )?[\w,]+ (?:settlements|villages|towns|localities))|"
            r"restor(?:ed|ing) (?:\w+ )?positions|"
            r"push(?:ed|es|ing)? (?:forward|toward|towards|into|deeper|on)|"
            r"mov(?:e|es|ed|ing) (?:forward|closer|toward|towards)|"
            r"gain(?:ed|ing|s)? (?:\w+ )?ground|"
            r"(?:made|mak(?:e|es|ing)|register(?:ed)?|claim(?:ed|s|ing)?|"
            r"report(?:ed|s|ing)?|achiev(?:ed|es)|post(?:ed|s)|"
            r"secured?) (?:\w+ ){0,2}gains|gains (?=near|in|around|toward|towards|"
            r"west|east|north|south)|"
            r"br(?:oke|eak|eaking|oken) through|breakthrough|reached|"
            r"success(?:es|ful advance)?|foothold|improved (?:their |its )?"
            r"(?:tactical )?positions?|expanded|wedged|"
            r"captured ground|captured territory|capture[ds]? new territory|"
            r"captur(?:e|ed|es) ground"
        ),
        "fight": (
            r"(?:continu\w+|conduct\w*|launch\w*|resum\w+) (?:[\w-]+ ){0,2}?"
            r"(?:offensive|ground|assault) (?:operations|actions)|"
            # fighting without a fight verb: "the offensive continues in the X
            # sector", "the situation near X was very hot"
            r"offensive(?= (?:\w+ ){0,2}(?:continues|continued|is continuing|goes on|"
            r"went on|is under ?way|is ongoing|rages|raged))|"
            r"situation(?= (?:[\w,’'-]+ ){0,5}(?:is|was|remains|remained|has been) "
            r"(?:\w+ )?(?:hot|tense|heated|critical))|"
            r"fighting|fights|battles?|clash(?:es)?|combat|hostilities|"
            r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:ing|ed)?|"
            r"offensive actions|repel(?:led|s)?|repuls(?:ed|e|es)|"
            r"counter-?attack(?:s|ed|ing)?|"
            r"skirmish(?:es)?|firefights?|"
            r"(?:(?<=still )|(?<=remains )|(?<=remain )|(?<=remained )|(?<=was )|"
            r"(?<=is )|(?<=were )|(?<=are )|(?<=hotly ))contested|"
            r"launch(?:ed|es|ing)?(?= (?:a |an |the |its |their )?(?:new |fresh |"
            r"major |large-scale |ground |renewed )*(?:offensive|assault|attack)s?\b)|"
            r"press(?:es|ing|ed)?(?= (?:on |ahead |forward )?(?:near|around|toward|"
            r"towards|in|at|on) )"
        ),
        "attempt": (
            r"(?:attempt(?:s|ed|ing)?|tried|trying|tries|try|mounted an attempt|"
            # goal-directed effort is fighting, not a gain: "seeking to seize",
            # "focusing efforts to take", "attempts by Russian units to occupy"
            r"seek(?:s|ing)?|sought|focus(?:es|ed|ing)? (?:\w+ )?efforts|"
            r"attempts? by (?:[\w’'-]+ ){1,4}?(?=to ))"
            r"(?: (?:\w+ )?(?:times|occasions))? ?to(?= (?:\w+ ){0,2}(?:advance|"
            r"break|storm|infiltrate|capture|take|recapture|reclaim|dislodge|"
            r"push|seize|encircle|cross|attack|enter|occupy|regain|retake))"
        ),
        "stall": (
            r"(?:have |has |had )?stalled|halted|bogged down|made no (?:progress|"
            r"advances?|gains)|failed to (?:advance|make progress|break through)|"
            r"no (?:significant )?(?:progress|advances?)"
        ),
        "hold": (
            r"control(?:s|led|ling)?|hold(?:s|ing)?(?! off\b| out\b)|still held|"
            r"occupies|"
            r"held(?= (?:(?:only|just|still|about|some|roughly|nearly|around|"
            r"more than|less than|over) )*[\d.,]+ ?(?:sq|square|km|kilomet|miles))|"
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
    },
    "uk": {
        "capture": (
            r"звільни\w*|звільнен\w*|визволи\w*|визволен\w*|окупува\w*|деокуп\w*|"
            r"(?<=про )окупаці\w*|"
            r"окупувал\w*|захопи\w*|захопл\w*|взял\w* під (?:свій )?контроль|"
            r"взят\w* під контроль|встановили контроль|зайняли|зайнят\w*|зайнявши|"
            r"відновили контроль|відновлено контроль|вибили|"
            r"під (?:\w+ )?контроль (?:\w+ ){0,3}перейш\w+|"
            r"перейш\w* під (?:\w+ )?контроль|"
            r"зачистили|зачищено|оволоділи|оволоділа|"
            r"(?<=серед )звільнен\w*|(?<=з-поміж )звільнен\w*|"
            r"під контроль (?:взят\w*|взял\w*|перейш\w*)|"
            r"відвоюва\w*|повернули (?:під контроль|контроль)|"
            r"відбили(?= (?:(?-i:[А-ЯІЇЄҐ])|сел|міст|населен|(?:\w+ )?позиці|"
            r"частин\w* (?:\w+ )?позиці))|повернули(?= (?:\w+ ){0,2}позиці)|взяття|"
            r"(?:заверш\w+|закінч\w+) зачистк\w*"
        ),
        "withdraw": (
            r"відступи\w*|відступа\w*|вийшли з|вийшов з|вийшла з|залиши\w*|"
            r"залиша(?:ли|ла|в|ють|є|ти)(?![\w])|покину\w*|"
            r"відійшли|відвели|відведен\w*|виведен\w*|втрати\w* контроль|"
            r"вибит\w*|відкинут\w*|відтіснен\w*|вивести|відвести|вийти з|"
            r"виводять|відходять|відход\w*|"
            r"втрати\w*(?= (?:(?:понад|більше|близько|майже|вже|приблизно) )?"
            r"(?:\d|півтор|тисяч|сотн|двох|трьох|п.ят|десят|двадцят|тридцят|"
            r"сорок))"
        ),
        "advance": (
            r"просува\w*|просуну\w*|просування|просунен\w*|вклини\w*|"
            r"закріпи\w*|увійшли|зайшли|увійш(?:ла|ов|ло)|зайш(?:ла|ов|ло)|"
            r"успіх\w*|покращи\w* (?:тактичн\w+ )?"
            r"(?:положення|позиції)|розшири\w*|прорва\w*|прорив\w*|"
            r"відтісни\w*|відкину\w*|відновили (?:\w+ )?(?:положення|позиції)|"
            r"вийшли (?:до|на) (?:околиц|підступ|окраїн)\w*|просочи\w*|просочува\w*|"
            # "(продовжують) наступ у напрямку Новопрокопівки": toward a place
            r"наступ\w*(?= (?:у|в) напрямку (?-i:[А-ЯІЇЄҐ]))"
        ),
        "fight": (
            r"бої|боїв|боях|боями|бій|бою|бойов\w+ (?:зіткнен\w*|ді\w+)|"
            r"боєзіткнен\w*|зіткнен\w*|атак\w*|штурм\w*|наступальн\w+ ді\w+|"
            r"відбили|відбито|контратак\w*|"
            r"оборон\w+(?= (?:\w+ ){0,2}(?:трива\w*|трима\w*))|"
            r"(?:тримається|тримаються)(?= (?:в|на|у) )|"
            r"(?:ще|досі|поки що) не зачищен\w*|"
            r"тисн(?:уть|е|ули|ув|ула)(?= (?:на|біля|поблизу|під|"
            r"в|у|з) )|"
            r"наступа(?:є|ють|ли|в|ла)(?= (?:на|в|у) \w+(?:ому|ій) "
            r"(?:напрямку|ділянці))|"
            # "наступають на північ від X", "здійснюють постійний тиск біля X"
            r"наступа\w*(?= (?:на|у|в) (?:північ|південь|схід|захід|"
            r"північн\w+|південн\w+|східн\w+|західн\w+)\w* )|"
            r"(?:здійсню|чин)\w* (?:\w+ )?тиск"
        ),
        "attempt": r"намага\w*|спроб\w*|намагал\w*",
        "stall": r"зупини\w*|не просунул\w*|не вдалося просунутися",
        "hold": (
            r"контролю\w*|утриму\w*|під (?:(?:їх|їхнім|його|її|нашим)\s+)?контролем|"
            r"плацдарм\w*|"
            r"(?:скоротив\w*|зменшив\w*|зріс|зросла|збільшив\w*)(?= (?:\w+ ){0,2}"
            r"(?:з|із) (?:(?:близько|майже|понад) )?[\d.,]+ ?(?:км|кв|квадрат))"
        ),
        "gain": (
            r"здобутк\w*|просування|площ\w* (?:звільнен\w*|окупован\w*|"
            r"захоплен\w*|втрачен\w*|здобут\w*|відвойован\w*)(?: \w+){0,2}"
            r"(?= (?:\w+ )?(?:склала|становить|становила|сягнула|перевищила|сягає|"
            r"[—–-] (?:(?:близько|майже|понад|приблизно|щонайменше) )?\d))"
        ),
    },
    "ru": {
        "capture": (
            r"освободи\w*|освобожд\w*|освобожден\w*|деоккуп\w*|занял\w*|занят\w*|"
            r"заняв(?:ши)?|"
            r"взял\w* под (?:свой )?контроль|взят\w* под контроль|под контроль "
            r"взят\w*|установили контроль|взяты|взят\b|захвати\w*|захвачен\w*|"
            r"оккупир\w*|захват\w*|отбил\w*(?= (?:(?-i:[А-ЯЁ])|сел|город|населен|"
            r"(?:\w+ )?позици|част\w* (?:\w+ )?позици))|"
            r"вернули(?= (?:\w+ ){0,2}позици)|"
            r"под (?:\w+ )?контроль (?:\w+ ){0,3}переш\w+|"
            r"перешл?\w* под (?:\w+ )?контроль|"
            r"вернули под контроль|"
            r"восстановили контроль|выбили|овладел\w*|зачистил\w*|зачищен\w*|"
            r"выдавил\w*|взяти[еяию]|(?:заверш\w+|оконч\w+) зачистк\w*"
        ),
        "withdraw": (
            r"отступи\w*|отступа\w*|отошл\w*|отошли|вышли из|покинул\w*|"
            r"оставил\w*|выведен\w*|вывели|потеряли контроль|выбит\w*|"
            r"отброшен\w*|оттеснен\w*|отход\w*|отходят|вывести|отвести|"
            r"потерял\w*(?= (?:(?:свыше|более|около|почти|уже|примерно|порядка) )?"
            r"(?:\d|полутор|тысяч|сотн|двух|трех|тр[её]х|пят|десят|двадцат|"
            r"тридцат|сорок|пятидесят))"
        ),
        "advance": (
            r"продвину\w*|продвига\w*|продвижени\w*|вклини\w*|закрепи\w*|"
            r"вошли|зашли|вош(?:ла|[её]л|ло)|зашла|"
            r"улучши\w* (?:тактическое )?положение|успех\w*|"
            r"расшири\w*|прорва\w*|прорыв\w*|оттесни\w*|отброси\w*|"
            r"восстановили (?:\w+ )?(?:положение|позиции)|"
            r"вышли (?:к|на) (?:окраин|подступ)\w*|просочил\w*|просачива\w*|"
            r"наступ\w*(?= (?:в|на) направлении (?-i:[А-ЯЁ]))"
        ),
        "fight": (
            r"бои|боев|боях|боями|бой|боёв|боев\w+ действи\w*|"
            r"боестолкновени\w*|столкновени\w*|атак\w*|штурм\w*|"
            r"наступательн\w+ действи\w*|отразил\w*|отбит\w*|отраж[её]н\w*|"
            r"контратак\w*|оборон\w+(?= (?:\w+ ){0,2}(?:продолжа\w*|держ\w*))|"
            r"(?:держится|держатся|удерживается)(?= (?:в|на|у) )|"
            r"(?:еще|ещё|пока) не зачищен\w*|"
            r"(?:давят|давит|давили|напирают)(?= (?:на|у|под|в|возле) )|"
            r"наступа(?:ет|ют|ли|л|ла)(?= (?:на|в) \w+(?:ом|ой) "
            r"(?:направлении|участке))|"
            r"наступа\w*(?= (?:на|в) (?:север|юг|восток|запад|северн\w+|южн\w+|"
            r"восточн\w+|западн\w+)\w* )"
        ),
        "attempt": r"пыта\w*|попытк\w*|пыталис\w*",
        "stall": r"остановил\w*|не продвинул\w*",
        "hold": (
            r"контролиру\w*|удержива\w*|под (?:(?:их|его|ее|её|нашим)\s+)?контролем|"
            r"плацдарм\w*|"
            r"(?:сократил\w*|уменьшил\w*|вырос\w*|увеличил\w*)(?= (?:\w+ ){0,2}"
            r"с (?:(?:около|почти|более) )?[\d.,]+ ?(?:км|кв|квадрат))"
        ),
        "gain": (
            r"приобретени\w*|площад\w* (?:освобожденн\w*|оккупированн\w*|"
            r"захваченн\w*|потерянн\w*|отвоеванн\w*)(?: \w+){0,2}(?= (?:\w+ )?"
            r"(?:составила|составляет|превысила|достигла|достигает|[—–-] "
            r"(?:(?:около|почти|более|примерно|свыше) )?\d))"
        ),
    },
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

CONDITIONAL = {
    "en": re.compile(
        r"\b(?:if|unless|would|(?:could|might|may)(?!\s+(?:well\s+|already\s+)?have\b)|"
        r"plans? to|planning to|planned to|"
        r"intends? to|aims? to|aiming to|seeks? to|seeking to|expected to|"
        r"hopes? to|ready to|close to|closer to (?:liberat|captur)|about to|"
        r"threaten(?:s|ed|ing)? to|order(?:ed|s)? to|whether|goal of|"
        r"objective|tasks? of|in order to|push to|bid to|effort to|"
        r"attempts? to|tried to|trying to|abandon|intent on|"
        r"need(?:s|ed)? to|likely to|set to|going to|will|lack of|expected|"
        r"anticipated|possible|potential|planned|looming|feared|imminent|"
        r"prioriti[sz]e|in the wake of|"
        # demands and goals: "demanded Kyiv withdraw", "focused on capturing"
        r"demand(?:s|ed|ing)?(?: that)?|insist(?:s|ed|ing)? that|"
        r"focus(?:ed|es|ing)? on|calls? for|called for|ultimatum to)"
        r"\s+(?:\w+\s+){0,2}$",
        F,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:якщо|якби|щоб|планую\w*|мають намір|намага\w*|"
        r"спроб\w*|можуть|може|міг|могли|хочуть|готу\w*|метою|запропону\w*|"
        r"пропону\w*|запропонува\w*|радить|порадив\w*|вимага\w*|вимог\w*)"
        r"\s+(?:\w+\s+){0,2}$",
        F,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:если|чтобы|планиру\w*|намерен\w*|пыта\w*|попытк\w*|могут|может|"
        r"мог|могли|хотят|готов\w*|целью|предлож\w*|предлага\w*|"
        r"посоветова\w*|советует|требу\w*|требовани\w*)\s+(?:\w+\s+){0,2}$",
        F,
    ),
}

NEGATION = {
    "en": re.compile(
        r"\b(?:no|not|never|denied|denies|deny|refuted|refutes|rejected|false|"
        r"failed to|unable to|cannot confirm|can't confirm|could not confirm|"
        r"no confirmed|without success|did not succeed|didn't|haven't|hasn't|"
        r"wasn't|weren't|isn't|aren't|nor|rejects?|denies|dismiss(?:ed|es)?|"
        r"refutes?|untrue|fake)\b|n't\b",
        F,
    ),
    "uk": re.compile(
        r"(?<![\w])(?:не|ні|немає|нема|спростува\w*|заперечу\w*|"
        r"безуспішн\w*|фейк\w*|неправдив\w*|хибн\w*)(?![\w])",
        F,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:не|нет|ни|опроверг\w*|отрица\w*|"
        r"безуспешн\w*|ложн\w*|фейк\w*|неправд\w*)(?![\w])",
        F,
    ),
}
# a denial after the claim: "... is not true", "не відповідає дійсності"
NEGATION_AFTER = re.compile(
    r"\b(?:(?:is|are|was|were) (?:not true|untrue|false|fake)|(?:is|are|was|were)"
    r" not confirmed|has not been confirmed|remains unconfirmed|"
    r"(?:is|are|was|were) (?:a |an |pure |complete |just )?['‘\"“]?(?:fantasy|fiction|"
    r"propaganda|lies?|nonsense|fake|fabrication|fabricated|disinformation))\b|"
    r"(?<![\w])(?:назва\w* (?:це |их |ці |ее |її )?(?:ложью|фейком|неправдой|"
    r"выдумкой|брехнею|фейком|неправдою|вигадкою|дезинформацией|дезінформацією))|"
    r"(?<![\w])(?:не відповіда\w* дійсності|не соответству\w* действительности|"
    r"не підтвердж\w*|не подтвержд\w*|немає$|нет$|відсутн\w*|отсутству\w*)",
    F,
)
HEDGE = re.compile(
    r"\b(?:likely|probably|possibly|reportedly|apparently|presumably|"
    r"appears? to|seems? to|may have|might have|could have)\b|"
    r"(?<![\w])(?:ймовірно|можливо|імовірно|вероятно|возможно|"
    r"предположительно|по-видимому|судя по всему)(?![\w])",
    F,
)
TOTAL = re.compile(
    r"\b(?:in total|a total of|totall?(?:ing|ed)|overall|in all|so far|to date|"
    r"altogether|cumulative)"
    r"\b|(?<![\w])(?:загалом|всього|усього|в цілому|у цілому|всего|"
    r"в общей сложности|итого|в целом)(?![\w])",
    F,
)
CONTINUING = re.compile(
    r"\b(?:continu\w*|ongoing|underway|raging|persist\w*|still)\b|"
    r"(?<![\w])(?:трива\w*|продовжу\w*|продолжа\w*|идут|ведутся|не "
    r"припиняються)(?![\w])",
    F,
)
FIGHT_BLOCK = re.compile(
    r"\b(?:after|amid|since|despite|of|analy[sz]ing|following|in the wake of)"
    r"\s+(?:\w+\s+){0,2}$|"
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
SETTLEMENT_NOUN = re.compile(
    r"\b(?:(?:the|this|that|another|said|the first|the second|the latter|"
    r"the former) (?:\w+ )?(?:village|town|city|settlement|locality|hamlet))\b|"
    r"\bthe (?:first|second|latter|former)\b|"
    r"(?<![\w])(?:це|цей|це село|село|селище|місто|місті|населений пункт|"
    r"город|городе|поселок|посёлок|село|деревн\w+|населенный пункт)(?![\w])",
    F,
)
COUNT_NOUN = re.compile(
    r"(?:settlements?|villages?|towns?|localities|hamlets?|communities|"
    r"насел[её]н\w+ пункт\w*|сел\b|сёл\b|сіл\b|села|селищ\w*|деревень|деревни|"
    r"посел\w+|сел(?:ами|ах))",
    F,
)
ANAPHOR_PLACE = re.compile(
    r"\b(?:(?:this|the|that) (?:village|town|city|settlement|locality|area)|"
    r"the (?:first|second) (?:village|town|settlement)?|it)\b|"
    r"(?<![\w])(?:в|у) (?:самому |самом )?(?:місті|городе|селі|селе)(?![\w])|"
    r"(?<![\w])(?:в|у) (?:центр\w*|північн\w*|південн\w*|східн\w*|західн\w*|"
    r"северн\w*|южн\w*|восточн\w*|западн\w*) (?:частин\w* )?(?:міста|города|"
    r"села)(?![\w])|\b(?:in|into) the (?:city|town) (?:centre|center)\b|"
    r"(?<![\w])(?:цього|этого|этот|цей|цього) (?:населеного пункту|"
    r"населенного пункта|міста|города|села)(?![\w])",
    F,
)

SECTOR = {
    "en": re.compile(
        r"(?:(?:the )?(?:(?:northern|southern|eastern|western|north|south|east|"
        r"west)(?:ern)? (?:flank|part) of the )?(?:[A-Z][\w’'-]+(?: |-))"
        r"(?:direction|sector|axis|front(?! line)|flank|area)\b|"
        r"(?:southern|northern|eastern|western|south|north|east|west|"
        r"Zaporizhzhia|Kherson|Donetsk|Luhansk|Kharkiv)(?:ern)? "
        r"(?:front|direction|flank|sector|axis)\b|"
        r"(?:in )?the direction of (?:the (?:eastern |western |southern |"
        r"northern )?(?:city|town|village) of )?[A-Z][\w’'-]+|"
        r"(?:southern|northern|eastern|western) flank (?:of|around) "
        r"(?:the )?[A-Z][\w’'-]+(?: sector)?|in the south\b|in the east\b)"
    ),
    "uk": re.compile(
        r"(?:[А-ЯІЇЄҐ][\w’'ʼ-]+ому|[А-ЯІЇЄҐ][\w’'ʼ-]+ому(?:\s+і|\s+та|,)\s+"
        r"[А-ЯІЇЄҐ][\w’'ʼ-]+ому) напрямк(?:у|ах)|"
        r"(?:[а-яіїєґ’'ʼ-]+ому|[А-ЯІЇЄҐ][\w’'ʼ-]+ому) (?:напрямку|фронті)|"
        r"напрямку [А-ЯІЇЄҐ][\w’'ʼ-]+"
    ),
    "ru": re.compile(
        r"[А-ЯЁ][\w-]+ом(?:\s+и|,)\s+[А-ЯЁ][\w-]+ом направлениях|"
        r"(?:[А-ЯЁ][\w-]+ом|[а-яё-]+ом) (?:направлении|фронте)|"
        r"направлении [А-ЯЁ][\w-]+"
    ),
}

FUTURE = re.compile(
    r"\b(?:will|shall|coming (?:days|weeks|months)|next (?:week|month))\b|"
    r"(?<![\w])(?:найближч\w+|ближайш\w+|буде|будут|будуть)(?![\w])",
    F,
)
BACKGROUND_BEFORE = re.compile(
    r"\b(?:in the wake of|amid|after|despite|following|because of|due to)\s+"
    r"(?:\w+\s+){0,2}$",
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
_WORD_STARTS = {lang: tuple(" " + s for s in stems) for lang, stems in STEMS.items()}


def may_trigger(text_lower: str, lang: str) -> bool:
    """Cheap test: could this text hold a trigger word?

    ``text_lower`` is lower-cased with punctuation turned into spaces
    (``PUNCT_TO_SPACE``); every trigger starts a word, so stems are looked up
    at word starts only ("against" does not hold "gains").
    """
    padded = " " + text_lower
    return any(stem in padded for stem in _WORD_STARTS.get(lang, _WORD_STARTS["en"]))


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
    r"memorial|press conference|hostages?|record|lead|title|office|power|"
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
    r"рубеж\w*|оборон\w*)",
    F,
)

# speed: the big case-insensitive patterns search through a case-folded twin
# (same matches; see fastre.py)
ADJ_BEFORE = folded(ADJ_BEFORE)
NEGATION_AFTER = folded(NEGATION_AFTER)
HEDGE = folded(HEDGE)
TOTAL = folded(TOTAL)
CONTINUING = folded(CONTINUING)
FIGHT_BLOCK = folded(FIGHT_BLOCK)
LOOKALIKE = folded(LOOKALIKE)
LAND_LOOKALIKE = folded(LAND_LOOKALIKE)
SETTLEMENT_NOUN = folded(SETTLEMENT_NOUN)
COUNT_NOUN = folded(COUNT_NOUN)
FUTURE = folded(FUTURE)
BACKGROUND_BEFORE = folded(BACKGROUND_BEFORE)
COMPARISON = folded(COMPARISON)
STRIKE = folded(STRIKE)
NON_MILITARY = folded(NON_MILITARY)
CONDITIONAL = {k: folded(v) for k, v in CONDITIONAL.items()}
NEGATION = {k: folded(v) for k, v in NEGATION.items()}
# every sector phrase holds one of these words as written
SECTOR = {
    "en": prefiltered(
        SECTOR["en"],
        ("direction", "sector", "axis", "front", "flank", "area", "south", "east"),
    ),
    "uk": prefiltered(SECTOR["uk"], ("напрямк", "фронті")),
    "ru": prefiltered(SECTOR["ru"], ("направлени", "фронте")),
}
