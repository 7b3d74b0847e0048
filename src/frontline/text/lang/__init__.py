"""Per-language word patterns of the claim extractor (data only).

Each module (``en``, ``uk``, ``ru``) holds plain pattern strings: ``TRIGGERS``
by family (its ``CORE`` table and any blocks written apart, joined by
:func:`families`), ``CONDITIONAL`` and ``NEGATION`` words read before a trigger, and
``SECTOR`` phrases. :mod:`frontline.text.lexicon` compiles them; the stems
that gate the trigger search are derived from ``TRIGGERS``
(:mod:`frontline.text.stems`). A new language is one new module here.
"""


def families(core: dict[str, str], *more: dict[str, str]) -> dict[str, str]:
    """``core`` trigger families with the patterns of later blocks as alternatives.

    A block written apart (a family set of one corpus study, say) adds to the
    families it names; a family the core lacks is a typo and refused.

    >>> families({"capture": "took", "fight": "clashes"}, {"capture": "seized"})
    {'capture': 'took|seized', 'fight': 'clashes'}
    >>> families({"capture": "took"}, {"captre": "seized"})
    Traceback (most recent call last):
    ...
    KeyError: "trigger family 'captre' is not one of: capture"
    """
    out = dict(core)
    for block in more:
        for family, pattern in block.items():
            if family not in out:
                known = ", ".join(out)
                raise KeyError(f"trigger family {family!r} is not one of: {known}")
            out[family] += "|" + pattern
    return out


def every(name: str) -> str:
    """The pattern ``name`` of every language, as one alternation.

    >>> every("WEEKDAY_WORDS").split("|")[:2]
    ['monday', 'tuesday']
    >>> "Генштаб" in every("BODY_WORDS")
    True
    """
    from . import en, ru, uk  # the language modules import this package

    return "|".join(getattr(module, name) for module in (en, uk, ru))
