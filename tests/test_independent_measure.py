"""Independent cross-check of ``frontline measure`` on the real data pack.

Every expected figure here is computed straight from the raw files, without
any frontline code: ``json``/``gzip`` to read, the selection rules of
``control/SOURCES.md`` (written out again below), ``shapely`` in lon/lat
(``make_valid``, union, intersection with the region) and ``pyproj.Geod`` for
areas. frontline's figures come from ``frontline measure --json`` run through
:func:`frontline.cli.run` on a temporary store filled with
:func:`frontline.ingest.import_paths`. They must agree within 1% or 0.5 km².

Definitional choices the comparison follows (documented in docs/ingest.md):
a DeepState daily file ``YYYYMMDD`` holds the map of the previous evening;
an NZZ file is stored under its data date ``properties.date`` and its
Russian-held ground is ``nochange ∪ gains`` (Crimea is not in NZZ's map).
"""

from __future__ import annotations

import gzip
import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
import shapely
from conftest import shared_path
from pyproj import Geod
from shapely.geometry import box, shape

from frontline.cli import run
from frontline.ingest import import_paths
from frontline.store.sqlite import SQLiteStore

pytestmark = pytest.mark.shared

GEOD = Geod(ellps="WGS84")
REL_TOL, ABS_TOL_KM2 = 0.01, 0.5

# -- the independent measurement -------------------------------------------------
# SOURCES.md §1: Russian-held = occupied since 2022 + occupied before 2022;
# grey = unknown status; parts with a representative point outside this box and
# Transnistria are not Ukraine.
DS_RU_FILLS = {"#a52714", "#880e4f", "#000000"}
DS_GREY_FILLS = {"#bcaaa4", "#bdbdbd"}
UA_BOX = box(22, 44, 41, 53)


def load(path: Path) -> dict:
    with gzip.open(path, "rb") as fh:
        return json.load(fh)


def parts_of(geometry: dict | None) -> list:
    """The 2D polygons of a GeoJSON geometry, each made valid."""
    if not geometry:
        return []
    geom = shapely.force_2d(shape(geometry))
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "GeometryCollection":
            out.extend(parts_of(shapely.geometry.mapping(part)))
        elif part.geom_type == "Polygon" and not part.is_empty:
            fixed = shapely.make_valid(part)
            out.extend(p for p in shapely.get_parts(fixed) if p.geom_type == "Polygon")
    return out


def deepstate_layers(doc: dict) -> dict[str, list]:
    out: dict[str, list] = {"ru_held": [], "grey": []}
    for f in doc["features"]:
        props = f.get("properties") or {}
        name = str(props.get("name") or "").lower()
        if "transnistr" in name or "придністров" in name:
            continue
        fill = str(props.get("fill") or "").lower()
        layer = (
            "ru_held"
            if fill in DS_RU_FILLS
            else "grey"
            if fill in DS_GREY_FILLS
            else None
        )
        if layer is None:
            continue
        for p in parts_of(f.get("geometry")):
            if UA_BOX.contains(p.representative_point()):
                out[layer].append(p)
    return out


def daily_layers(doc: dict) -> dict[str, list]:
    return {"ru_held": [p for f in doc["features"] for p in parts_of(f["geometry"])]}


def isw_layers(doc: dict) -> dict[str, list]:
    return {
        "ru_held": [
            p
            for f in doc["features"]
            if (f.get("properties") or {}).get("layer") == "VIEW_RussiaCoTinUkraine_V3"
            for p in parts_of(f.get("geometry"))
        ]
    }


def nzz_layers(doc: dict) -> dict[str, list]:
    feats = doc["value"]["features"]
    return {
        "ru_held": [
            p
            for f in feats
            if f["properties"].get("type") in ("nochange", "gains")
            for p in parts_of(f["geometry"])
        ]
    }


def geod_km2(geom) -> float:
    """pyproj.Geod area of a lon/lat (multi)polygon: shells minus holes."""
    total = 0.0
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for i, ring in enumerate([poly.exterior, *poly.interiors]):
            lon, lat = np.asarray(ring.coords).T
            a, _ = GEOD.polygon_area_perimeter(lon, lat)
            total += abs(a) if i == 0 else -abs(a)
    return total / 1e6


def polygonal(geom):
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon"]
    return shapely.MultiPolygon(parts) if parts else shapely.MultiPolygon()


def disc(lat: float, lon: float, radius_km: float, n: int = 720):
    az = np.linspace(0, 360, n, endpoint=False)
    lons, lats, _ = GEOD.fwd(
        np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0)
    )
    return shapely.Polygon(np.column_stack([lons, lats]))


# a region file: a lon/lat triangle with edges of 1-2.5 degrees over the south
TRIANGLE = shapely.Polygon([(35.0, 47.0), (37.6, 47.2), (36.2, 48.2)])


def region_geom(spec: str):
    if spec == "all":
        return None
    if spec == "triangle.geojson":
        return TRIANGLE
    if spec.startswith("bbox:"):
        return box(*map(float, spec[5:].split(",")))
    lat, lon, radius = spec.split(",")
    return disc(float(lat), float(lon), float(radius.removesuffix("km")))


def union_in(parts: list, region):
    if not parts:
        return None
    u = shapely.union_all(parts)
    return u if region is None else polygonal(shapely.intersection(u, region))


def independent(layers_a: dict, layers_b: dict, spec: str) -> dict:
    region = region_geom(spec)
    a = union_in(layers_a["ru_held"], region)
    b = union_in(layers_b["ru_held"], region)
    out = {
        "held_from": geod_km2(a),
        "held_to": geod_km2(b),
        "gained": geod_km2(polygonal(shapely.difference(b, a))),
        "lost": geod_km2(polygonal(shapely.difference(a, b))),
    }
    if "grey" in layers_a:
        out["grey_from"] = geod_km2(
            union_in(layers_a["grey"], region) or box(0, 0, 0, 0)
        )
        out["grey_to"] = geod_km2(union_in(layers_b["grey"], region) or box(0, 0, 0, 0))
    return out


# -- cases -----------------------------------------------------------------------
BAKHMUT = "48.5953,38.0003"
ROBOTYNE = "47.4567,35.8363"
AVDIIVKA = "48.1394,37.7497"
KUPIANSK = "49.7106,37.6156"
KRYNKY = "46.7306,33.0886"
VUHLEDAR = "47.7811,37.2486"
STAROMAIORSKE_BOX = "bbox:36.5,47.55,37.0,47.85"
BAKHMUT_BOX = "bbox:37.7,48.4,38.3,48.8"
DONETSK_BOX = "bbox:36.5,47.0,39.0,49.3"  # edges of 2.3-2.5 degrees

SOURCES = {
    # source: (folder, file pattern, layer reader, instant of a key as a CLI time)
    "deepstate": ("deepstate_raw", "{}.geojson.gz", deepstate_layers),
    "deepstate-daily": (
        "deepstate_occupied",
        "deepstatemap_data_{}.geojson.gz",
        daily_layers,
    ),
    "isw": ("isw_nikkei", "{}.geojson.gz", isw_layers),
    "nzz": ("nzz_liveuamap", "{}.json.gz", nzz_layers),
}

PAIRS = {
    # (source, from file, to file): regions
    ("deepstate", "1649005166", "1651432119"): [  # 2022-04-03 → 05-01, uk_only
        f"{KUPIANSK},35km",
        f"{KRYNKY},30km",
        "all",
    ],
    ("deepstate", "1691356872", "1692564250"): [  # 2023-08-06 → 08-20
        f"{ROBOTYNE},15km",
        f"{BAKHMUT},20km",
        STAROMAIORSKE_BOX,
        DONETSK_BOX,
        "triangle.geojson",
        "all",
    ],
    ("deepstate", "1711314501", "1728853044"): [  # 2024-03-24 → 10-13, i18n keys
        f"{AVDIIVKA},35km",
        f"{KRYNKY},10km",
        f"{VUHLEDAR},20km",
        "all",
    ],
    ("deepstate", "1728853044", "1754251105"): [  # 2024-10-13 → 2025-08-03
        f"{KUPIANSK},25km",
        BAKHMUT_BOX,
    ],
    ("deepstate-daily", "20240801", "20240901"): [f"{AVDIIVKA},35km", "all"],
    ("deepstate-daily", "20250102", "20250901"): [
        f"{KUPIANSK},20km",
        f"{VUHLEDAR},30km",
    ],
    ("isw", "20230807", "20230821"): [
        "triangle.geojson",
        DONETSK_BOX,
        f"{ROBOTYNE},20km",
        STAROMAIORSKE_BOX,
        f"{BAKHMUT},25km",
        "all",
    ],
    ("nzz", "2023-08-01", "2023-08-22"): [  # data dates 07-31 → 08-21
        f"{ROBOTYNE},15km",
        f"{BAKHMUT},25km",
        f"{KUPIANSK},30km",
        "all",
    ],
}


def instant(source: str, key: str, doc: dict) -> str:
    """When the file's map state holds, as a ``--from``/``--to`` value."""
    if source == "deepstate":
        return datetime.fromtimestamp(int(key), UTC).isoformat()
    if source == "deepstate-daily":  # the map published the evening before
        return (
            date.fromisoformat(f"{key[:4]}-{key[4:6]}-{key[6:]}") - timedelta(1)
        ).isoformat()
    if source == "isw":
        return f"{key[:4]}-{key[4:6]}-{key[6:]}"
    return doc["value"]["features"][0]["properties"]["date"][:10]  # nzz


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    """A store holding the files of every pair, and their raw documents."""
    control = shared_path("control")
    db = tmp_path_factory.mktemp("independent") / "x.sqlite"
    store = SQLiteStore(db)
    docs: dict[tuple[str, str], dict] = {}
    for source, a, b in PAIRS:
        folder, pattern, _ = SOURCES[source]
        paths = [control / folder / pattern.format(k) for k in (a, b)]
        summary = import_paths(store, source, paths)
        assert not summary.rejected, summary.rejected
        for k, p in zip((a, b), paths, strict=True):
            docs[(source, k)] = load(p)
    store.close()
    yield f"sqlite:///{db}", docs
    if DEVIATIONS:
        dabs = max(DEVIATIONS, key=lambda d: abs(d[6] - d[5]))
        drel = max(DEVIATIONS, key=lambda d: abs(d[6] - d[5]) / max(abs(d[5]), 1))
        print(
            f"\n{len(DEVIATIONS)} figures; max abs {dabs}; max rel (>=1 km2) {drel}",
            file=sys.stderr,
        )


def frontline_json(capsys, db: str, source: str, spec: str, t1: str, t2: str) -> dict:
    capsys.readouterr()
    args = ["measure", "--source", source, "--region", spec, "--from", t1]
    code = run([*args, "--to", t2, "--json", "--db", db])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


DEVIATIONS: list[tuple] = []  # for the report (pytest -s prints them)
CASES = [(s, a, b, spec) for (s, a, b), specs in PAIRS.items() for spec in specs]


@pytest.mark.parametrize(("source", "key_a", "key_b", "spec"), CASES)
def test_measure_matches_independent(
    pack, capsys, tmp_path, source, key_a, key_b, spec
):
    db, docs = pack
    reader = SOURCES[source][2]
    doc_a, doc_b = docs[(source, key_a)], docs[(source, key_b)]
    want = independent(reader(doc_a), reader(doc_b), spec)
    t1, t2 = instant(source, key_a, doc_a), instant(source, key_b, doc_b)
    cli_spec = spec
    if spec.endswith(".geojson"):
        cli_spec = str(tmp_path / spec)
        Path(cli_spec).write_text(json.dumps(shapely.geometry.mapping(TRIANGLE)))
    got = frontline_json(capsys, db, source, cli_spec, t1, t2)
    have = {
        "held_from": got["ru_held_km2"]["from"],
        "held_to": got["ru_held_km2"]["to"],
        "gained": got["ru_gained_km2"],
        "lost": got["ru_lost_km2"],
    }
    if "grey_from" in want:
        have["grey_from"] = got["grey_km2"]["from"]
        have["grey_to"] = got["grey_km2"]["to"]
    for name, value in want.items():
        tol = max(REL_TOL * abs(value), ABS_TOL_KM2)
        DEVIATIONS.append((source, key_a, key_b, spec, name, value, have[name]))
        assert have[name] == pytest.approx(value, abs=tol), (name, have, want)
    # net is gained − lost, and held_to − held_from agrees with it
    assert got["net_ru_km2"] == pytest.approx(have["gained"] - have["lost"], abs=0.01)
    assert have["held_to"] - have["held_from"] == pytest.approx(
        got["net_ru_km2"], abs=max(ABS_TOL_KM2, 0.001 * have["held_to"])
    )
