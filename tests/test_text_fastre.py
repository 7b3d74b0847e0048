"""The case-folded regex twin gives exactly the original pattern's matches."""

from __future__ import annotations

import re

import pytest

from frontline.text import fastre
from frontline.text import lexicon as lx
from frontline.text.fastre import (
    FoldedPattern,
    RunBeforeAnchor,
    dispatched,
    first_class,
    folded,
    gated,
    head_grouped,
    lower_pattern,
    within_runs,
)

TEXTS = [
    "Russian Forces CAPTURED the village of Novenke on Tuesday.",
    "Сили оборони ЗВІЛЬНИЛИ село Кліщіївка, повідомив речник.",
    "ВСУ отошли с позиций у Работино; бои продолжаются.",
    "Straße and İstanbul change length when case-folded: liberated Zorivka.",
    "",
    "no match at all here",
    "ſome long s and the Kelvin sign K: captured Kherson",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?:captur\w*|liberat\w*|звільн\w*|отош\w*)(?![\w])",
        r"\b(?:village|town)\s+of\s+(?-i:[A-Z])\w+",
        r"(?:бо[иї]|fighting)\s+(?P<verb>\w+)",
        r"\b[a-z]+ed\b",
    ],
)
def test_same_matches_as_the_original(pattern: str) -> None:
    orig = re.compile(pattern, re.IGNORECASE)
    fast = folded(orig)
    assert isinstance(fast, FoldedPattern)
    for t in TEXTS:
        want = [(m.span(), m.group(0), m.groupdict()) for m in orig.finditer(t)]
        got = [(m.span(), m.group(0), m.groupdict()) for m in fast.finditer(t)]
        assert got == want, t
        a, b = orig.search(t), fast.search(t)
        assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0)))
        # start positions and end positions are honoured like re's
        assert [m.span() for m in fast.finditer(t, 5)] == [
            m.span() for m in orig.finditer(t, 5)
        ]


def test_unsafe_patterns_are_left_alone() -> None:
    neg = re.compile(r"\bcaptured(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
    assert folded(neg) is neg  # a case-sensitive group under a negation
    plain = re.compile(r"captured")
    assert folded(plain) is plain  # not case-insensitive: nothing to gain
    assert lower_pattern(r"\N{LATIN SMALL LETTER A}") is None
    assert lower_pattern(r"(?P<Big>\W[A-Z]x)") == r"(?P<Big>\W[a-z]x)"


def test_the_lexicon_patterns_are_folded_and_still_match() -> None:
    assert isinstance(lx.NON_MILITARY, FoldedPattern)
    m = lx.NON_MILITARY.search("After the PEACE TALKS in Istanbul")
    assert m is not None and m.group(0) == "TALKS"


def test_the_lead_finds_the_same_starts_as_the_twin() -> None:
    # the twin's matches all start with literal text: a trie of it leads the
    # search, and the twin is only tried where that text starts
    rx = folded(
        re.compile(r"(?<![\w-])(?:re-?took|regain\w*|in (?:the )?control of)", re.I)
    )
    assert isinstance(rx, FoldedPattern) and rx.lead is not None
    text = "Inside, troops REGAINED ground; in the CONTROL of Kyiv, retook it, re-took"
    low = text.casefold()
    for pos in range(len(text) + 1):
        for end in (len(text), len(text) - 5, pos + 10):
            fm = rx.fast.search(low, pos, end)
            assert rx._start(low, pos, end) == (fm.start() if fm else -1)
    assert [m.group(0) for m in rx.finditer(text)] == [
        "REGAINED",
        "in the CONTROL of",
        "retook",
        "re-took",
    ]
    # a path without literal text ("\w") gives no lead: the twin searches alone
    assert folded(re.compile(r"\w+ km|kilomet\w*", re.I)).lead is None


def test_lead_checks_the_word_start_every_match_opens_with() -> None:
    """A pattern opening with a word-start assertion has it in its lead too
    (fewer places to try), and still gives the original's matches, also
    inside words ("captured" within "recaptured" is no match)."""
    guarded = folded(
        re.compile(r"(?<![\w-])(?:captur\w*|liberat\w*|in)(?![\w])", re.IGNORECASE)
    )
    branched = folded(re.compile(r"\bcaptur\w*|liberat\w*", re.IGNORECASE))
    assert guarded.lead.pattern.startswith("(?<![\\w-])")
    assert not branched.lead.pattern.startswith("\\b")  # "|" outside groups
    texts = TEXTS + ["Troops recaptured; re-liberated X in May, pre-captured in"]
    for rx in (guarded, branched):
        for t in texts:
            want = [m.span() for m in rx.orig.finditer(t)]
            assert [m.span() for m in rx.finditer(t)] == want, t
            for pos in range(0, len(t), 7):
                a, b = rx.orig.search(t, pos), rx.search(t, pos)
                assert (a and a.span()) == (b and b.span()), (t, pos)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?:captur\w*|in (?:\w+ )?hands|\"сір\w*|re-?took|\d+ km)(?![\w])",
        r"(?<![\w])(?:liberat\w*|звільн\w*|бо[їи])",
        r"\b(?:town|село)\b|(?<![\w])місто",
        r"\bvillage|(?<![\w])оточ\w*",
    ],
)
def test_word_start_lead_gives_the_original_matches(pattern: str) -> None:
    """A long text is led through its spaced form (punctuation read as a
    space, a space before it): every word the guarded lead stops at is
    found, after any punctuation, at the text's start and inside windows;
    the matches are the original's."""
    rx = folded(re.compile(pattern, re.IGNORECASE))
    assert isinstance(rx, FoldedPattern) and rx.word_lead is not None
    texts = [
        "Captured!(captured) «Звільнили»—звільнено;\nбої біля села, re-captured "
        "and RE-TOOK the town; pre-captured x-liberated, in Kyiv's hands, "
        '12 km, a-12 km, "сіра зона", місто/село, Village-town, liberat',
        "In their hands: the village of Zorivka changed hands twice, бої, "
        "the townhall; a town\tvillage\u2009місто_town «село» 5 km, liberated",
    ]
    assert all(rx.orig.search(t) for t in texts)  # the texts hold matches
    for t in texts:
        assert len(t) >= fastre._FOLD_KEPT_FROM  # the spaced lead is used
        want = [(m.span(), m.group(0)) for m in rx.orig.finditer(t)]
        assert [(m.span(), m.group(0)) for m in rx.finditer(t)] == want, t
        for pos in range(0, len(t), 3):
            for end in (len(t), pos + 9, pos + 40):
                a, b = rx.orig.search(t, pos, end), rx.search(t, pos, end)
                assert (a and a.span()) == (b and b.span()), (t, pos, end)
        # the word lead stops at least wherever the guarded lead does
        low = t.casefold()
        spaced = rx.word_lead.spaced(low)
        assert len(spaced) == len(t) + 1
        guarded = _stops(rx.lead, low)
        assert guarded and guarded <= _stops(rx.word_lead.rx, spaced)


def _stops(lead: re.Pattern[str], text: str) -> set[int]:
    """Every place ``lead`` matches at (overlapping ones included)."""
    out, m = set(), lead.search(text)
    while m is not None:
        out.add(m.start())
        m = lead.search(text, m.start() + 1)
    return out


def test_no_word_start_lead_without_a_word_start_guard() -> None:
    # an unguarded lead (a match may start inside a word) keeps the plain scan
    assert folded(re.compile(r"tion|ment", re.I)).word_lead is None
    # "\b" before punctuation is no word start
    assert folded(re.compile(r"\b(?:-km|x)", re.I)).word_lead is None


def test_lead_from_the_text_after_a_leading_lookahead_when_rarer() -> None:
    """A look-ahead of short words ("in", "a ") that only spares the
    alternation gives a lead stopping at every such word; the text after it
    ("in the past", "a day ago") stops at fewer places and is used instead,
    with the same matches."""
    rx = folded(
        re.compile(
            r"(?<![\w])(?=in|a |on)(?:in the past (?:day|week)|a day ago|"
            r"on (?:Monday|Friday))(?![\w])",
            re.IGNORECASE,
        )
    )
    assert isinstance(rx, FoldedPattern)
    assert "in\\ the" in rx.lead.pattern and "(?=" not in rx.lead.pattern
    texts = TEXTS + [
        "In the past week a unit said on MONDAY it took a day ago in a row",
        "in the pastry on Mondays a day agone; In The Past Day",
    ]
    for t in texts:
        want = [(m.span(), m.group(0)) for m in rx.orig.finditer(t)]
        assert [(m.span(), m.group(0)) for m in rx.finditer(t)] == want, t
        for pos in range(0, len(t), 5):
            a, b = rx.orig.search(t, pos), rx.search(t, pos)
            assert (a and a.span()) == (b and b.span()), (t, pos)


def test_a_branch_opening_with_the_text_start_leads_only_there() -> None:
    """A branch "^the report" matches at the first character only: its words lead
    the search there, not at every "the" of the sentence."""
    rx = folded(
        re.compile(
            r"(?:\bsaid in |^)(?:the|a) (?:report|statement) by (?P<who>\w+)",
            re.IGNORECASE,
        )
    )
    assert isinstance(rx, FoldedPattern) and rx.lead is not None
    assert "^" in rx.lead.pattern
    texts = TEXTS + [
        "The report by ISW; the report by Rybar and a statement by X",
        "Kyiv said in a STATEMENT by Zelensky that the report by ISW erred",
        "x the report by ISW",
    ]
    for t in texts:
        want = [(m.span(), m.group("who")) for m in rx.orig.finditer(t)]
        assert [(m.span(), m.group("who")) for m in rx.finditer(t)] == want, t
        for pos in range(0, len(t), 3):
            a, b = rx.orig.search(t, pos), rx.search(t, pos)
            assert (a and a.span()) == (b and b.span()), (t, pos)


def test_run_before_anchor_gives_the_original_matches() -> None:
    """A lazy run before an anchor (a speaker phrase before a verb of saying)
    is searched from the first anchor's reach: the same matches and groups as
    the original pattern, stops, long runs and repeated anchors included."""
    rx = RunBeforeAnchor("who", r",.;:–—«»\"", 2, 30, r"\s+(?:заяви\w*|said)(?:\s|,|$)")
    assert isinstance(rx.orig, re.Pattern)
    texts = TEXTS + [
        "Речник угруповання заявив, що бої тривають",
        "Командир заявив: «так». А голова громади   заявила, що ні.",
        "x" * 60 + " said and a very long speaker phrase of forty characters said",
        "Він,  заявив — вона заявила; «Хтось» said said",
        "a said",  # a run shorter than two characters
        "The mayor said, the governor said\nand the general said",
    ]
    for t in texts:
        want = [(m.span(), m.group("who")) for m in rx.orig.finditer(t)]
        assert [(m.span(), m.group("who")) for m in rx.finditer(t)] == want, t
        a, b = rx.orig.search(t), rx.search(t)
        assert (a and a.span()) == (b and b.span()), t


def test_branches_opening_at_a_word_start_share_the_lead_guard() -> None:
    """A pattern like "\\bdeal|(?<![\\w])угод" opens every branch at a word
    start: the lead checks it too (no stop inside "ideal"), same matches."""
    rx = folded(
        re.compile(r"\b(?:deal|talks)\b|(?<![\w-])(?:угод\w*|переговор\w*)", re.I)
    )
    assert isinstance(rx, FoldedPattern)
    assert rx.lead.pattern.startswith("(?<![\\w])")
    texts = TEXTS + [
        "An ideal DEAL; the talkshow talks, мирні угоди і переговори",
        "pre-угода, idealtalks deal-breaker Talks",
    ]
    for t in texts:
        want = [m.span() for m in rx.orig.finditer(t)]
        assert [m.span() for m in rx.finditer(t)] == want, t
    # a branch without a word-start assertion keeps the lead unguarded
    open_rx = folded(re.compile(r"\bdeal|talks", re.I))
    assert not open_rx.lead.pattern.startswith("(?<!")


def test_within_runs_gives_the_original_matches() -> None:
    """A pattern made of word characters and spaces, holding a key word, is
    searched in the runs that hold one: same matches, windows included."""
    orig = re.compile(r"(?:the )?[A-Z]\w+ (?:front|axis)(?! line)\b|in the east\b")
    rx = within_runs(orig, r"[\w ]", ("front", "axis", "east"))
    texts = TEXTS + [
        "Quiet on the Kupiansk front; the Lyman axis, in the east.",
        "the Pokrovsk front line held; Kherson front-line towns; in the eastern",
        "in the east",
        "Bakhmut frontal assaults, the Vuhledar axis",
    ]
    for t in texts:
        assert [m.span() for m in rx.finditer(t)] == [
            m.span() for m in orig.finditer(t)
        ], t
        for pos in range(0, len(t), 4):
            for end in (len(t), pos + 20):
                a, b = orig.search(t, pos, end), rx.search(t, pos, end)
                assert (a and a.span()) == (b and b.span()), (t, pos, end)


@pytest.mark.parametrize(
    "pattern",
    [
        # families of alternatives, a shared word-start guard and end check
        r"(?<![\w-])(?:(?:took|taken|tried|(?:re-?)?captur\w*)(?![\w])|"
        r"(?:held|hold\w*|in (?:\w+ )?hands)(?![\w])|ha|s|set|sat|о(?:бл|кр)\w*)",
        # a word-start assertion opening the first alternative only
        r"\b(?:region|oblast|river)\b|област|район|щин|ring|rig|rag|rog|rug",
        # a leading group before a long rest: split by first letter, the
        # rest copied once per letter
        r"(?<![\w-])(?:(?:attempt(?:s|ed)?|tried|seek(?:s|ing)?|sought) to"
        r"(?= (?:\w+ ){0,2}?(?:advance|storm|capture|take|break))|held|hit|ha|"
        r"s|set|sit|so|(?:fell|fallen) to(?= (?:the )?(?:russian|ukrainian) \w+))",
        # quantified groups and classes stay whole
        r"(?:the )?[a-z]+ (?:front|axis)|(?:in|on)? the (?:east|west)|in|on|at|to|"
        r"up|by|\d+ km",
    ],
)
def test_the_dispatched_twin_matches_at_the_same_places(pattern: str) -> None:
    """The twin's alternatives regrouped by first letter (a trie the regex
    engine skips through) match at exactly the places the plain twin does."""
    twin = dispatched(pattern)
    assert twin != pattern  # regrouped
    plain, fast = re.compile(pattern), re.compile(twin)
    texts = [t.casefold() for t in TEXTS] + [
        "the ring road in the east; held in their hands, ocupied, область",
        "re-captured, recapture and sat on the set; 12 km up to the west front",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            assert (plain.match(text, pos) is None) == (fast.match(text, pos) is None)


def test_a_group_before_a_long_rest_is_split_by_first_letter() -> None:
    rest = r"(?= (?:\w+ ){0,2}?(?:advance|storm|capture|take|break))"
    twin = dispatched(
        r"(?:attempt(?:s|ed)?|tried|seek(?:s|ing)?|sought) to" + rest + "|held|"
        r"hit|ha|s|set|sat|h\w+ing"
    )
    # "attempt…" under "a", "tried" under "t", "seek…"/"sought" under "s":
    # the long rest once per first letter, no alternative left to try everywhere
    assert twin.count(rest) == 3
    assert "(?:(?:attempt" not in twin and "|tried to" in twin
    for text in ("tried to storm", "sought to  take", "seeking to x advance", "sat"):
        want = re.match(
            r"(?:attempt(?:s|ed)?|tried|seek(?:s|ing)?|sought) to" + rest + "|held|"
            r"hit|ha|s|set|sat|h\w+ing",
            text,
        )
        assert (re.match(twin, text) is None) == (want is None), text


def test_alternatives_grouped_by_first_character_give_the_same_matches() -> None:
    """Alternatives opening with the same character are tried together, in
    their order; the result is the original's, match for match and group for
    group, and patterns whose openings overlap are left alone."""
    rx = re.compile(
        r",\s*(?=(?:which|but)\b)|;|\s[—-]\s|:\s|,\s*[\"“]|[\"”],?\s|\swhile\s|"
        r"and(?<=\sand)\s(?=(?P<that>that)\s)|\sand\s(?=(?:was|were)\s+[a-z]+ing\b)"
    )
    grouped = head_grouped(rx)
    assert grouped is not rx and grouped.pattern.startswith(",(?:")
    texts = TEXTS + [
        'He said, which was odd; fighting - heavy: "near" X, but also "Y", and '
        "that held while troops and were pushing, and that",
    ]
    for text in texts:
        want = [(m.span(), m.groups(), m.lastgroup) for m in rx.finditer(text)]
        assert [
            (m.span(), m.groups(), m.lastgroup) for m in grouped.finditer(text)
        ] == want
    # "\s" and " " both open at a space: grouping could reorder them
    overlap = re.compile(r"\sa|,b| c|\sd")
    assert head_grouped(overlap) is overlap


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:the )?(?P<name>[A-Z][\w'-]+) (?:front|axis)\b|(?<=the )southern region|"
        r"in the (?:east|south)\b|(?:north|south)(?:ern)? flank",
        r"(?<![\w'-])(?P<role>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:call[- ]?sign)\s+"
        r"(?P<name>[A-Z]\w*)",
        r"(?:according to |^|[,;(]\s*)(?:[Aa]n?\s+)?(?P<who>[A-Z]\w*)\s+tally",
        r"\b\d+(?:[.,]\d+)? ?(?:km|sq mi)|(?=[Aa]bout )\w+ \d+",
    ],
)
def test_gated_pattern_gives_the_same_matches_and_groups(pattern: str) -> None:
    """A look-ahead at the possible first characters leads the pattern:
    every match and group is the original's, at every start and end."""
    orig = re.compile(pattern)
    rx = gated(orig)
    assert rx is not orig and rx.pattern.startswith("(?=[")
    texts = [
        "On the Kupiansk front and the Lyman axis, the southern region; in the east",
        "A drone-unit commander who goes by the call sign Borsuk, said call sign X",
        "(AFP tally) according to an ISW tally, Reuters tally; about 12 km, 3,5 sq mi",
        "northern flank, Southern flank; in the south of it; About 40 of them",
        "",
    ]
    for t in texts:
        want = [(m.span(), m.groups()) for m in orig.finditer(t)]
        assert [(m.span(), m.groups()) for m in rx.finditer(t)] == want, t
        for pos in range(len(t) + 1):
            a, b = orig.match(t, pos), rx.match(t, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = orig.search(t, pos, pos + 30), rx.search(t, pos, pos + 30)
            assert (a and a.span()) == (b and b.span()), (t, pos)
    assert any(orig.search(t) for t in texts)


def test_first_class_is_none_where_a_match_may_open_anywhere() -> None:
    assert first_class(r"(?:the )?[A-Z]\w+|\d") == "[A-Z\\dt]"
    assert first_class(r"(?<=in )(?:May|June)|^\s*[-–]") == "[JM\\-\\s–]"
    assert first_class(r"x?") is None  # the empty text matches
    assert first_class(r".+ km") is None  # any character
    assert first_class(r"[^,]+,") is None  # a negated class
    assert first_class(r"(?i:the) front") is None  # a case-insensitive part
    assert first_class(r"captured", re.IGNORECASE) is None
    plain = re.compile(r"\w*")
    assert gated(plain) is plain
