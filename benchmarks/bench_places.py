"""Benchmark and measure place resolution (needs ../shared/data).

    python benchmarks/bench_places.py [--repeat 5] [--section SECTION]

Sections:

- ``load``: gazetteer load time — ``cold`` (parse the offline folder, merge,
  index, pickle: a fresh cache), ``warm`` (hash the inputs + unpickle in this
  process) and ``warm-process`` (a fresh ``python`` process calling
  ``load_resolver``: imports included). Goal: warm start < 1 s.
- ``resolve``: resolutions per second, warm, over the 21 test places and their
  variant spellings (with and without an oblast hint).
- ``fuzzy``: the rapidfuzz threshold. For each threshold, the share of
  single-edit misspellings of the 21 names (deletion, insertion,
  substitution, transposition; fixed seed) whose best candidate lies within
  5 km of the place, and the share of non-Ukrainian names (Russian border
  villages, foreign towns) that wrongly get a fuzzy candidate.
- ``dev``: the place mentions of the gold claims in ``claims/dev.jsonl``:
  each resolved with the claim's other places as context; prints every
  mention with its answer and the share judged sensible by a rule (inside an
  oblast the document names, else inside the war-affected oblasts).

Prints medians and the ratio to the goals.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared")) / "data"
GAZ = SHARED / "gazetteer"
WARM_GOAL_S = 1.0

PLACES = {
    "Bakhmut": (48.5953, 38.0003),
    "Soledar": (48.679, 38.089),
    "Klishchiivka": (48.530, 37.9605),
    "Andriivka": (48.5008, 37.968),
    "Kurdiumivka": (48.4699, 37.9573),
    "Urozhaine": (47.749, 36.8187),
    "Staromaiorske": (47.7517, 36.7937),
    "Robotyne": (47.4456, 35.8343),
    "Verbove": (47.4293, 35.9828),
    "Avdiivka": (48.139, 37.747),
    "Pokrovsk": (48.282, 37.176),
    "Vuhledar": (47.7803, 37.2506),
    "Krynky": (46.7281, 33.0694),
    "Kupiansk": (49.710, 37.616),
    "Synkivka": (49.7648, 37.6993),
    "Vovchansk": (50.2908, 36.9411),
    "Toretsk": (48.3931, 37.8467),
    "Chasiv Yar": (48.5935, 37.8572),
    "Kurakhove": (47.9844, 37.2791),
    "Velyka Novosilka": (47.8453, 36.8353),
}
HINTS = {
    "Andriivka": {"context": ["Bakhmut"]},
    "Urozhaine": {"oblast": "Donetsk"},
    "Verbove": {"oblast": "Zaporizhzhia"},
    "Krynky": {"oblast": "Kherson"},
}
VARIANTS = [
    "Бахмута",
    "Artemivsk",
    "Клещеевку",
    "Urożajne",
    "Wuhledar",
    "Dzerzhynsk",
    "Krasnoarmiisk",
    "Kupyansk",
    "Авдіївки",
    "Угледар",
    "Работино",
    "Staromayorsk",
    "Часового Яру",
    "Великої Новосілки",
    "Куп’янська",
    "Вовчанська",
]
NOT_IN_UKRAINE = [
    "Sverdlikovo",
    "Gornal",
    "Zeleny Shlyakh",
    "Nikolaevo-Darino",
    "Oleshnya",
    "Tetkino",
    "Glushkovo",
    "Lgov",
    "Rylsk",
    "Shebekino",
    "Valuyki",
    "Novozybkov",
    "Bryansk",
    "Voronezh",
    "Rostov",
    "Taganrog",
    "Krasnodar",
    "Warsaw",
    "Vilnius",
    "Chisinau",
    "Minsk",
    "Gomel",
    "Budapest",
    "Bucharest",
    "Istanbul",
    "Helsinki",
    "Manchester",
    "Nottingham",
    "Springfield",
    "Washington",
    "artillery",
    "counteroffensive",
    "brigade",
    "spokesman",
    "Pentagon",
    "ceasefire",
    "drones",
    "Tuesday",
    "минобороны",
    "наступление",
    "бригада",
    "командування",
]


def _env(home: str) -> None:
    os.environ["FRONTLINE_HOME"] = home


def bench_load(repeat: int) -> None:
    from frontline.places import resolve
    from frontline.sources import gazetteer as source

    colds, warms = [], []
    for _ in range(max(1, repeat // 2)):
        with tempfile.TemporaryDirectory() as home:
            _env(home)
            source._MEMO.clear()
            resolve._RESOLVERS.clear()
            t = time.perf_counter()
            loaded = source.load_gazetteer(str(GAZ))
            colds.append(time.perf_counter() - t)
            for _ in range(repeat):
                source._MEMO.clear()
                t = time.perf_counter()
                source.load_gazetteer(str(GAZ))
                warms.append(time.perf_counter() - t)
            procs = []
            code = (
                "import time; t=time.perf_counter();"
                "from frontline.places.resolve import load_resolver;"
                f"load_resolver({str(GAZ)!r}); print(time.perf_counter()-t)"
            )
            for _ in range(repeat):
                out = subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    env={**os.environ, "FRONTLINE_HOME": home},
                    check=True,
                )
                procs.append(float(out.stdout.strip()))
    n = len(loaded.gazetteer.entries)
    print(
        f"gazetteer: {loaded.inputs.label}: {n} entries, "
        f"{len(loaded.gazetteer.exact)} exact keys"
    )
    print(
        f"load cold (parse+merge+index+pickle): median {statistics.median(colds):.2f} s"
    )
    w = statistics.median(warms)
    p = statistics.median(procs)
    print(
        f"load warm (hash+unpickle, in process): median {w:.3f} s "
        f"= {w / WARM_GOAL_S:.2f} x the 1 s goal"
    )
    print(
        f"load warm (fresh process incl. imports): median {p:.3f} s "
        f"= {p / WARM_GOAL_S:.2f} x the 1 s goal"
    )


def _resolver():
    from frontline.places.resolve import load_resolver

    return load_resolver(str(GAZ))


def bench_resolve(repeat: int) -> None:
    r = _resolver()
    names = [(n, HINTS.get(n, {})) for n in PLACES] + [(v, {}) for v in VARIANTS]
    names += [(n, {"oblast": "Donetsk"}) for n in PLACES]
    for n, kw in names:  # warm the caches once
        r.candidates(n, **kw)
    rates = []
    for _ in range(repeat):
        t = time.perf_counter()
        for n, kw in names:
            r.candidates(n, **kw)
        rates.append(len(names) / (time.perf_counter() - t))
    misses = []
    for _ in range(repeat):
        t = time.perf_counter()
        for n in NOT_IN_UKRAINE:
            r.candidates(n)
        misses.append(len(NOT_IN_UKRAINE) / (time.perf_counter() - t))
    print(
        f"resolutions/s warm (known names, {len(names)} queries): "
        f"median {statistics.median(rates):.0f}"
    )
    print(
        f"resolutions/s warm (unknown names, fuzzy path): "
        f"median {statistics.median(misses):.0f}"
    )


def _misspell(word: str, rng: random.Random) -> str:
    letters = "abcdefghiklmnoprstuvyz"
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["del", "ins", "sub", "swap"])
    if op == "del":
        return word[:i] + word[i + 1 :]
    if op == "ins":
        return word[:i] + rng.choice(letters) + word[i:]
    if op == "sub":
        return (
            word[:i] + rng.choice(letters.replace(word[i].lower(), "")) + word[i + 1 :]
        )
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def bench_fuzzy(repeat: int) -> None:
    from frontline.places import resolve

    r = _resolver()
    rng = random.Random(20231116)
    typos = []
    for name in PLACES:
        for _ in range(6):
            t = _misspell(name, rng)
            if resolve.loose_key(t) != resolve.loose_key(name):
                typos.append((t, name))
    saved = resolve.FUZZY_THRESHOLD
    print(
        f"fuzzy threshold sweep: {len(typos)} misspellings, "
        f"{len(NOT_IN_UKRAINE)} names absent from Ukraine"
    )
    print("threshold  typo->right place  typo->any  absent->any hit  absent->fuzzy hit")
    try:
        for th in (70, 75, 80, 85, 88, 90, 92, 95):
            resolve.FUZZY_THRESHOLD = float(th)
            right = anyhit = 0
            for typo, name in typos:
                c = r.candidates(typo, **HINTS.get(name, {}))
                if c:
                    anyhit += 1
                    lat, lon = PLACES[name]
                    if resolve.distance_km(lat, lon, c[0].lat, c[0].lon) < 5:
                        right += 1
            hits = [r.candidates(n) for n in NOT_IN_UKRAINE]
            false = sum(1 for h in hits if h)
            fuzzy = sum(1 for h in hits if h and h[0].match == "fuzzy")
            n = len(NOT_IN_UKRAINE)
            print(
                f"{th:9d}  {right / len(typos):17.1%}  {anyhit / len(typos):9.1%}"
                f"  {false / n:15.1%}  {fuzzy / n:17.1%}"
            )
    finally:
        resolve.FUZZY_THRESHOLD = saved
    print(f"chosen: {saved:g} (see frontline.places.resolve.FUZZY_THRESHOLD)")


WAR_OBLASTS = {
    "Donetsk",
    "Luhansk",
    "Zaporizhzhia",
    "Kherson",
    "Kharkiv",
    "Sumy",
    "Kyiv",
    "Kyiv City",
    "Chernihiv",
    "Mykolaiv",
    "Dnipropetrovsk",
    "Crimea",
    "Kursk (Russia)",
    "Belgorod (Russia)",
}
_OBLAST_RE = re.compile(
    r"[\w’'-]+\s+(?:oblast|region|області|области|обл\.)|"
    r"(?:Донецк|Луганск)\w*\s+Народн\w*\s+Республик\w*|\bДНР\b|\bЛНР\b",
    re.I,
)


def bench_dev(repeat: int, verbose: bool = True) -> None:
    from frontline.places import resolve
    from frontline.places.regions import region_for_claim

    r = _resolver()
    path = SHARED / "claims" / "dev.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    total = sensible = resolved = 0
    regions = regions_ok = 0
    rows = []
    for doc in docs:
        named = {r.oblast_name(m.group(0)) for m in _OBLAST_RE.finditer(doc["text"])}
        named.discard(None)
        # every place named in the document's claims is context for the others
        doc_places = list(
            dict.fromkeys(p for c in doc["gold"] for p in c.get("places") or [])
        )
        best = {}
        for p in doc_places:
            cands = r.candidates(p, context=[q for q in doc_places if q != p])
            best[p] = cands[0] if cands else None
        for claim in doc["gold"]:
            places = claim.get("places") or []
            for p in places:
                total += 1
                c = best.get(p)
                if c is None:
                    rows.append((doc["id"], p, "-", False))
                    continue
                resolved += 1
                near_other = any(
                    o is not None
                    and o is not c
                    and o.feature_class == "P"
                    and resolve.distance_km(c.lat, c.lon, o.lat, o.lon) < 60
                    for q, o in best.items()
                    if q != p
                )
                ok = (
                    c.oblast in named
                    or near_other
                    or (not named and c.oblast in WAR_OBLASTS)
                )
                sensible += ok
                rows.append(
                    (
                        doc["id"],
                        p,
                        f"{c.name} ({c.oblast}; {c.lat:.3f},{c.lon:.3f}; "
                        f"{c.match} {c.score:.2f})",
                        ok,
                    )
                )
            if places or claim.get("sector"):
                regions += 1
                res = region_for_claim(
                    claim.get("sector"),
                    places,
                    resolver=r,
                    context_text=claim.get("quote"),
                )
                regions_ok += res.region is not None
    if verbose:
        for doc_id, p, answer, ok in rows:
            print(f"{'ok ' if ok else 'NO '} {doc_id[:12]:12s} {p!r:34s} -> {answer}")
    print(
        f"dev.jsonl gold place mentions: {total}; resolved {resolved} "
        f"({resolved / total:.1%}); sensible by the rule {sensible} "
        f"({sensible / total:.1%})"
    )
    print(
        f"claims with places or sector: {regions}; region built for {regions_ok} "
        f"({regions_ok / regions:.1%})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--section", default="all", choices=["all", "load", "resolve", "fuzzy", "dev"]
    )
    ap.add_argument("--quiet", action="store_true", help="dev: only the figures")
    args = ap.parse_args()
    if not GAZ.is_dir():
        print(f"needs {GAZ}", file=sys.stderr)
        return 2
    home = tempfile.mkdtemp(prefix="bench-places-")
    _env(home)
    if args.section in ("all", "load"):
        bench_load(args.repeat)
    _env(home)
    if args.section in ("all", "resolve"):
        bench_resolve(args.repeat)
    if args.section in ("all", "fuzzy"):
        bench_fuzzy(args.repeat)
    if args.section in ("all", "dev"):
        bench_dev(args.repeat, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
