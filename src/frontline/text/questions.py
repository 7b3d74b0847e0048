"""Questions: whether a sentence asks rather than states (``_is_question``;
no claim in a question), and the "how much ground" question whose answer
holds the figures (``_HOW_MUCH``).

Pure: no files, no network (part of the engine ``claims.py`` runs; it
imports nothing from ``claims.py``).
"""

from __future__ import annotations

import re

from .clean import Sentence
from .fastre import folded

_QUESTION = re.compile(r"\bwhether\b|\?\s*$|(?<![\w])(?:чи|ли)(?![\w])", re.IGNORECASE)


_SLAVIC_QUESTION = re.compile(
    r"(?<![\w])(?:чи|ли)(?![\w])|"
    # a wh-question: "Когда ожидать освобождения региона?", "Коли звільнять X?"
    r"^\W*(?:коли|чому|навіщо|когда|почему|зачем)(?![\w])",
    re.IGNORECASE,
)


# a yes/no question opening a sentence: "Чи захопили росіяни X: ..."
_SLAVIC_YES_NO = re.compile(r"\W*(?:чи|неужели|невже)\s", re.IGNORECASE)


_EXPLAINER = re.compile(
    r"^\W*(?:why|how|what|explainer|analysis:|чому|як саме|почему|как именно)\b",
    re.IGNORECASE,
)


# speed: the big case-insensitive patterns search through a case-folded twin
_QUESTION = folded(_QUESTION)


_SLAVIC_QUESTION = folded(_SLAVIC_QUESTION)


_HOW_MUCH = re.compile(
    r"\bhow (?:much|many square|large an area)\b|(?<![\w])(?:скільки|сколько|"
    r"яку площу|какую площадь)(?![\w])",
    re.IGNORECASE,
)


def _is_question(s: Sentence, lang: str) -> bool:
    """Whether sentence ``s`` asks rather than states (no claim in a question)."""
    t = s.text
    return (
        lang == "en"
        and bool(_QUESTION.search(t))
        # "Чи зможе армія звільнити X?", "Сможет ли армия взять X?"
        or bool(t.rstrip().endswith("?") and _SLAVIC_QUESTION.search(t))
        # "Ворог захопив Колоски?", "Чи захопили росіяни X: відповідь ЗСУ"
        or bool(lang in ("uk", "ru") and t.rstrip(' »”"').endswith("?"))
        or bool(lang in ("uk", "ru") and _SLAVIC_YES_NO.match(t))
        or bool(s.headline and _EXPLAINER.match(t))
        or bool(t.rstrip().endswith("?") and _HOW_MUCH.search(t))
    )
