"""Per-language word patterns of the claim extractor (data only).

Each module (``en``, ``uk``, ``ru``) holds plain pattern strings: ``TRIGGERS``
by family, ``CONDITIONAL`` and ``NEGATION`` words read before a trigger, and
``SECTOR`` phrases. :mod:`frontline.text.lexicon` compiles them; the stems
that gate the trigger search are derived from ``TRIGGERS``
(:mod:`frontline.text.stems`). A new language is one new module here.
"""
