"""Which regular expressions of the claim extractor cost the most CPU.

    python benchmarks/profile_claim_patterns.py [--sets dev,dev2] [--top 40]

cProfile charts the regex engine as one line ("method 'search' of
're.Pattern' objects") and inflates Python calls; this names the patterns.
Every module-level pattern of ``frontline.text`` (plain, folded, gated …,
alone or in a module-level tuple, list or dict) is wrapped by a recorder
for one pass over the claim sets; then each pattern's recorded calls are
replayed ``--repeat`` times and the fastest replay is kept (the least
disturbed by other work on the machine), as milliseconds per pass. Replays
of one pattern alone miss the case folds and spaced forms a sentence's
patterns share (fastre keeps the last few), so folded patterns read a little
dearer than in a real pass; the recording pass itself may differ slightly
where code compares patterns by identity. Patterns built inside functions
or held by other objects (the skip rows) are not seen: the sum is a part of
the pass, printed beside the pass's own CPU time.

``--repeats`` replays only the calls that repeat an earlier call of the same
pattern with the same arguments in the same document (one sentence asked
the same question by two rules): what a per-sentence memo could save at
most, before its own cost.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import re
import sys
import time
from collections import defaultdict
from typing import Any

from bench_claims import load_docs

import frontline.text as text_pkg
from frontline.text import fastre
from frontline.text.claims import extract_claims

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class _Recorder:
    """Stands in for a pattern and notes the arguments of each call."""

    __slots__ = ("_rx", "_name", "_calls")

    #: the number of the document being read (see ``--repeats``)
    doc = 0

    def __init__(self, rx: Any, name: str, calls: dict) -> None:
        self._rx, self._name, self._calls = rx, name, calls

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._rx, attr)
        if attr not in _METHODS:
            return value

        def call(*args: Any, **kw: Any) -> Any:
            key = (self._name, attr, id(self._rx))
            self._calls[key].append((self._rx, args, kw, _Recorder.doc))
            return value(*args, **kw)

        return call


def _is_pattern(obj: Any) -> bool:
    return isinstance(obj, re.Pattern) or (
        type(obj).__module__ == fastre.__name__
        and not isinstance(obj, type)
        and callable(getattr(obj, "search", None))
    )


def _wrap_all(calls: dict) -> None:
    """Put recorders in place of the module-level patterns of frontline.text."""
    made: dict[int, _Recorder] = {}

    def rec(obj: Any, name: str) -> _Recorder:
        if id(obj) not in made:
            made[id(obj)] = _Recorder(obj, name, calls)
        return made[id(obj)]

    for info in pkgutil.walk_packages(text_pkg.__path__, "frontline.text."):
        mod = importlib.import_module(info.name)
        short = info.name.rsplit(".", 1)[-1]
        for name, value in list(vars(mod).items()):
            label = f"{short}.{name}"
            if _is_pattern(value):
                setattr(mod, name, rec(value, label))
            elif (
                isinstance(value, (tuple, list))
                and value
                and all(_is_pattern(v) for v in value)
            ):
                items = [rec(v, f"{label}[{i}]") for i, v in enumerate(value)]
                setattr(mod, name, type(value)(items))
            elif (
                isinstance(value, dict)
                and value
                and all(_is_pattern(v) for v in value.values())
            ):
                for key in list(value):
                    value[key] = rec(value[key], f"{label}[{key}]")


def _replay(rx: Any, method: str, recorded: list, repeat: int) -> float:
    """The fastest of ``repeat`` replays of one pattern's calls (seconds)."""
    fn = getattr(rx, method)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        if method == "finditer":
            for _, args, kw, _doc in recorded:
                for _m in fn(*args, **kw):
                    pass
        else:
            for _, args, kw, _doc in recorded:
                fn(*args, **kw)
        best = min(best, time.process_time() - t0)
    return best


def _repeated(recorded: list) -> list:
    """The calls that repeat an earlier one of the same document (same
    arguments)."""
    seen: set = set()
    out = []
    for call in recorded:
        key = (call[3], call[1], tuple(sorted(call[2].items())))
        if key in seen:
            out.append(call)
        seen.add(key)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,dev2")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--repeats", action="store_true", help="replay repeated calls only")
    args = ap.parse_args(argv)
    docs = load_docs(tuple(args.sets.split(",")))
    for text, lang, pub in docs:  # warm: imports, lazy twins
        extract_claims(text, published=pub, language=lang)
    t0 = time.process_time()
    for text, lang, pub in docs:
        extract_claims(text, published=pub, language=lang)
    one_pass = time.process_time() - t0
    calls: dict = defaultdict(list)
    _wrap_all(calls)
    for i, (text, lang, pub) in enumerate(docs):
        _Recorder.doc = i
        extract_claims(text, published=pub, language=lang)
    gc.disable()
    rows = []
    for (name, method, _), every in list(calls.items()):
        recorded = _repeated(every) if args.repeats else every
        if not recorded:
            continue
        cost = _replay(recorded[0][0], method, recorded, args.repeat)
        rows.append((cost, len(recorded), method, name))
    gc.enable()
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    print(
        f"one pass {one_pass * 1000:.1f} ms CPU over {len(docs)} docs; the "
        f"{len(rows)} patterns seen {total * 1000:.1f} ms (fastest replays"
        f"{' of repeated calls' if args.repeats else ''})"
    )
    print("   ms/pass   calls  method     pattern")
    for cost, n, method, name in rows[: args.top]:
        print(f"{cost * 1000:9.2f} {n:7d}  {method:9s}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
