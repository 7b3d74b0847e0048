"""Downloading control maps: upstream URL schemes, mirrors, resumable fetches.

Upstream (SOURCES.md §6):

- ``deepstate``: ids listed with the GitHub git-tree API of
  DanielRose2310/deepstatemaps-history, files from raw.githubusercontent;
- ``deepstate-daily``: cyterat/deepstate-map-data by file date;
- ``isw``: the Nikkei archive by date; ``nzz``: the nzz-maps mirror by date.

A *mirror* (``--mirror`` / ``$FRONTLINE_MIRROR``) is a local directory or an
http(s) base URL with the layout of ``shared/data/control``: the control
root (``<root>/deepstate_raw/...``), the data root
(``<root>/control/deepstate_raw/...``) or the source folder itself; files may
be gzipped; ``manifest.csv`` lists them when present.

Downloads go to ``<name>.part`` in the cache, resume with an HTTP ``Range``
request, are verified (size, gzip, git blob id when known) and only then
renamed into place atomically.
"""

from __future__ import annotations

import csv
import http.client
import io
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import orjson

from ..errors import FrontlineError
from ..instants import UTC, data_instant_of_unix, day_range, end_of_day
from . import deepstate_daily, isw, nzz
from .files import MAX_FILE_BYTES, git_blob_sha1, gunzip

USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Safari/537.36 frontline"
)
TIMEOUT = 60
CHUNK = 1 << 16

FOLDERS = {
    "deepstate": "deepstate_raw",
    "deepstate-daily": "deepstate_occupied",
    "isw": "isw_nikkei",
    "nzz": "nzz_liveuamap",
}
GITHUB_TREE = (
    "https://api.github.com/repos/DanielRose2310/deepstatemaps-history/git/trees/"
    "main?recursive=1"
)
UPSTREAM = {
    "deepstate": "https://raw.githubusercontent.com/DanielRose2310/"
    "deepstatemaps-history/main/geojsons/{name}",
    "deepstate-daily": "https://raw.githubusercontent.com/cyterat/"
    "deepstate-map-data/main/data/{name}",
    "isw": "https://raw.githubusercontent.com/Nikkei-Visual-Data-Journalism/ISW/"
    "main/data/{name}",
    "nzz": "https://raw.githubusercontent.com/conflict-investigations/nzz-maps/"
    "master/data/{name}",
}
DEEPSTATE_API = "https://deepstatemap.live/api/history"
# First day each archive has data (used when --since is not given).
FIRST_DAY = {
    "deepstate-daily": date(2024, 7, 8),
    "isw": date(2023, 5, 1),
    "nzz": date(2022, 2, 24),
}
# Last day an upstream archive has (the Nikkei ISW Action stopped 2023-08-24).
LAST_DAY = {"isw": date(2023, 8, 24)}
# How much earlier than its file name a file's map state may be: an NZZ file is
# named after the request's to= date, its data date is usually 1-3 days older.
CONTENT_LAG = {"nzz": timedelta(days=3)}


@dataclass(frozen=True)
class Remote:
    """One file to fetch: its name, where it is, and what it should be."""

    name: str  # upstream file name, e.g. 1692040140.geojson
    location: str  # URL or local path
    time: datetime  # the snapshot instant it holds (nzz: end of request day)
    key: str | None = None  # store key when known from the name
    blob: str | None = None  # expected git blob id of the raw bytes
    alternates: tuple[str, ...] = ()  # other locations to try (e.g. without .gz)
    lag: timedelta = timedelta(0)  # its map state may be this much older than time

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))


class _TooLarge(Exception):
    """A download passed :data:`MAX_FILE_BYTES`."""


class NotAvailable(Exception):
    """The file does not exist at the location (HTTP 404 / no such file)."""


# -- naming ---------------------------------------------------------------------
def file_name(source: str, day: date) -> str:
    """Upstream file name of a date-keyed source for ``day`` (the file date)."""
    if source == "deepstate-daily":
        return f"deepstatemap_data_{day:%Y%m%d}.geojson"
    if source == "isw":
        return f"{day:%Y%m%d}.geojson"
    if source == "nzz":
        return f"{day.isoformat()}.json"
    raise ValueError(source)


def _base_name(name: str) -> str:
    return name[:-3] if name.endswith(".gz") else name


def time_of_name(source: str, name: str) -> tuple[datetime, str | None] | None:
    """(instant, store key or None) encoded in a file name, or None."""
    base = _base_name(Path(name).name)
    try:
        if source == "deepstate":
            stem = base.split(".")[0]
            if not stem.isdigit():
                return None
            return data_instant_of_unix(int(stem), what=name), stem
        if source == "deepstate-daily":
            key = deepstate_daily.key_from_path(base)
            return deepstate_daily.snapshot_time(key), key
        if source == "isw":
            key = isw.key_from_path(base)
            return isw.snapshot_time(key), key
        if source == "nzz":
            d = nzz.request_date(base)
            return (end_of_day(date.fromisoformat(d)), None) if d else None
    except (FrontlineError, ValueError, OverflowError):
        return None
    return None


def _accept(source: str, name: str) -> bool:
    base = _base_name(name)
    if source == "deepstate":
        return bool(re.fullmatch(r"\d+\.geojson", base))
    if source == "deepstate-daily":
        return bool(re.fullmatch(r"deepstatemap_data_\d{8}\.geojson", base))
    if source == "isw":
        return bool(re.fullmatch(r"\d{8}\.geojson", base))
    if source == "nzz":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}\.json", base))
    return False


# -- HTTP -----------------------------------------------------------------------
def _request(url: str, headers: dict[str, str] | None = None) -> urllib.request.Request:
    h = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if "nzz.ch" in url:
        h["Origin"] = "https://www.nzz.ch"
    h.update(headers or {})
    return urllib.request.Request(url, headers=h)


def http_get(url: str) -> bytes:
    """GET a small document (listings, manifests); NotAvailable on 404."""
    try:
        with urllib.request.urlopen(_request(url), timeout=TIMEOUT) as resp:
            body = resp.read(MAX_FILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        if exc.code in (404, 410):
            raise NotAvailable(url) from None
        raise FrontlineError(f"HTTP {exc.code} {exc.reason}", where=url) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise FrontlineError(f"cannot download ({reason})", where=url) from None
    if len(body) > MAX_FILE_BYTES:
        raise FrontlineError(f"larger than {MAX_FILE_BYTES:,} bytes", where=url)
    return body


def download(
    url: str,
    dest: Path,
    *,
    blob: str | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> Path:
    """Download ``url`` to ``dest`` resumably and atomically.

    Bytes go to ``dest.part`` (appended to with a ``Range`` request when a
    previous attempt left one); when complete they are verified — the length
    the server announced, gzip integrity, the git blob id ``blob`` of the raw
    bytes when given — and renamed to ``dest``. A corrupt download is deleted
    and raises :class:`FrontlineError`; an interrupted one keeps its ``.part``.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        resp = urllib.request.urlopen(_request(url, headers), timeout=TIMEOUT)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # nothing left to fetch: verify what we have
            resp = None
        elif exc.code in (404, 410):
            raise NotAvailable(url) from None
        else:
            raise FrontlineError(f"HTTP {exc.code} {exc.reason}", where=url) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FrontlineError(f"cannot download ({reason})", where=url) from None
    expected: int | None = None
    if resp is not None:
        with resp:
            status = getattr(resp, "status", 200)
            mode = "ab" if status == 206 and have else "wb"
            if mode == "wb":
                have = 0
            length = resp.headers.get("Content-Length")
            expected = have + int(length) if length and length.isdigit() else None
            try:
                with open(part, mode) as fh:
                    while True:
                        block = resp.read(CHUNK)
                        if not block:
                            break
                        fh.write(block)
                        if fh.tell() > MAX_FILE_BYTES:
                            raise _TooLarge
                        if on_bytes:
                            on_bytes(len(block))
            except _TooLarge:
                part.unlink(missing_ok=True)
                raise FrontlineError(
                    f"larger than {MAX_FILE_BYTES:,} bytes (not a control map)",
                    where=url,
                ) from None
            except (OSError, urllib.error.URLError, http.client.HTTPException) as exc:
                raise FrontlineError(
                    f"download interrupted ({exc}); run sync again to resume",
                    where=url,
                ) from None
    got = part.stat().st_size if part.exists() else 0
    if expected is not None and got < expected:
        raise FrontlineError(
            f"download interrupted ({got} of {expected} bytes); run sync again "
            "to resume",
            where=url,
        )
    raw = part.read_bytes()
    try:
        verify_bytes(raw, blob=blob, where=url)
    except FrontlineError:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, dest)
    return dest


def verify_bytes(raw: bytes, *, blob: str | None, where: str) -> bytes:
    """Gunzip (checks gzip integrity) and compare with the git blob id."""
    if not raw:
        raise FrontlineError("empty download", where=where)
    data = gunzip(raw, where=where)
    if blob and git_blob_sha1(data) != blob:
        raise FrontlineError(
            f"corrupt file: git blob id {git_blob_sha1(data)[:12]} is not the "
            f"expected {blob[:12]}",
            where=where,
        )
    return data


# -- listing --------------------------------------------------------------------
def _manifest_rows(raw: bytes, *, where: str) -> list[dict[str, str]]:
    """The rows of a mirror's ``manifest.csv`` (UTF-8 CSV with a header)."""
    try:
        return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    except UnicodeDecodeError as exc:
        raise FrontlineError(
            f"not UTF-8 text (byte {exc.start}): not a CSV manifest", where=where
        ) from None
    except csv.Error as exc:
        raise FrontlineError(f"not a CSV manifest ({exc})", where=where) from None


def resolve_mirror(mirror: str, source: str) -> str:
    """The source's folder inside a mirror (local path or base URL)."""
    folder = FOLDERS[source]
    if mirror.startswith(("http://", "https://")):
        base = mirror.rstrip("/")
        candidates = [f"{base}/{folder}", f"{base}/control/{folder}", base]
        answered, last = False, None
        for cand in candidates:
            for probe in ("manifest.csv", ""):
                try:
                    http_get(f"{cand}/{probe}")
                    return cand
                except NotAvailable:
                    answered = True
                except FrontlineError as exc:
                    last = exc
        if not answered:
            raise FrontlineError(
                f"mirror does not answer ({last})", where=f"--mirror {mirror}"
            )
        return base
    root = Path(mirror).expanduser()
    if not root.is_dir():
        raise FrontlineError(
            "mirror directory does not exist", where=f"--mirror {mirror}"
        )
    for cand in (root / folder, root / "control" / folder):
        if cand.is_dir():
            return str(cand)
    return str(root)


def in_range(remote: Remote, since: datetime | None, until: datetime | None) -> bool:
    """Whether the remote's instant lies in ``[since, until]`` (None = open)."""
    return (since is None or remote.time >= since) and (
        until is None or remote.time - remote.lag <= until
    )


def _in_window(
    items: list[Remote], since: datetime | None, until: datetime | None
) -> list[Remote]:
    """Remotes in [since, until], plus the last one before ``since``."""
    items = sorted(items, key=lambda r: (r.time, r.name))
    inside = [r for r in items if in_range(r, since, until)]
    if since is not None:
        before = [r for r in items if r.time < since]
        if before:
            inside.insert(0, before[-1])
    return inside


def list_mirror(
    source: str, mirror: str, since: datetime | None, until: datetime | None
) -> list[Remote]:
    """Files of ``source`` in a mirror within the window."""
    folder = resolve_mirror(mirror, source)
    is_url = folder.startswith(("http://", "https://"))
    lag = CONTENT_LAG.get(source, timedelta(0))
    names: list[str] = []
    blobs: dict[str, str] = {}
    manifest: bytes | None = None
    where = f"{folder}/manifest.csv" if is_url else str(Path(folder) / "manifest.csv")
    try:
        if is_url:
            manifest = http_get(where)
        elif Path(where).is_file():
            manifest = Path(where).read_bytes()
    except NotAvailable:
        manifest = None
    if manifest:
        for row in _manifest_rows(manifest, where=where):
            name = row.get("file") or Path(row.get("original_path") or "").name
            if name and _accept(source, name):
                names.append(name)
                if row.get("git_blob"):
                    blobs[name] = row["git_blob"]
    elif not is_url:
        names = sorted(
            p.name for p in Path(folder).iterdir() if _accept(source, p.name)
        )
    elif source == "deepstate":
        html = http_get(f"{folder}/").decode("utf-8", "replace")
        names = sorted(set(re.findall(r'href="(\d+\.geojson(?:\.gz)?)"', html)))
    else:
        return _dated_remotes(source, since, until, lambda n: f"{folder}/{n}")
    out = []
    for name in names:
        tk = time_of_name(source, name)
        if tk is None:
            continue
        loc = f"{folder}/{name}" if is_url else str(Path(folder) / name)
        out.append(
            Remote(_base_name(name), loc, tk[0], tk[1], blobs.get(name), lag=lag)
        )
    return _in_window(out, since, until)


def _dated_remotes(
    source: str,
    since: datetime | None,
    until: datetime | None,
    where: Callable[[str], str],
) -> list[Remote]:
    """One candidate per file date covering [since, until] (+3 days before, and
    the source's content lag after)."""
    first = FIRST_DAY[source]
    lag = CONTENT_LAG.get(source, timedelta(0))
    start = max(first, (since.date() if since else first) - timedelta(days=3))
    stop = (until or datetime.now(UTC)).date() + timedelta(days=1) + lag
    stop = min(stop, datetime.now(UTC).date())
    out = []
    for day in day_range(start, stop):
        name = file_name(source, day)
        tk = time_of_name(source, name)
        if tk is None:  # pragma: no cover - names are built to parse
            continue
        loc = where(name)
        out.append(Remote(name, loc + ".gz", tk[0], tk[1], None, (loc,), lag))
    return _in_window(out, since, until)


def list_upstream(
    source: str, since: datetime | None, until: datetime | None
) -> list[Remote]:
    """Files of ``source`` upstream (SOURCES.md §6) within the window.

    DeepState ids come from the GitHub archive's git tree (with blob ids to
    verify) and, for ids it lacks (newer ones), from the DeepState API's public
    history list; either may be unreachable as long as the other answers.
    """
    if source == "deepstate":
        found: dict[str, Remote] = {}
        errors: list[FrontlineError] = []
        for lister in (_github_remotes, _deepstate_api_remotes):
            try:
                for r in lister():
                    found.setdefault(r.key or r.name, r)
            except FrontlineError as exc:
                errors.append(exc)
            except NotAvailable as exc:
                errors.append(
                    FrontlineError("listing not found (HTTP 404)", where=str(exc))
                )
            except (ValueError, orjson.JSONDecodeError) as exc:
                errors.append(
                    FrontlineError(f"listing is not the expected JSON ({exc})")
                )
        if not found and errors:
            raise errors[0]
        return _in_window(list(found.values()), since, until)
    pattern = UPSTREAM[source]
    remotes = _dated_remotes(source, since, until, lambda n: pattern.format(name=n))
    last = LAST_DAY.get(source)
    # upstream files are not gzipped: try the plain name only
    return [
        replace(r, location=r.alternates[0], alternates=())
        for r in remotes
        if last is None or (r.key or "99999999") <= f"{last:%Y%m%d}"
    ]


def _github_remotes() -> list[Remote]:
    tree = orjson.loads(http_get(GITHUB_TREE))
    out = []
    for entry in tree.get("tree", []) if isinstance(tree, dict) else []:
        path = entry.get("path", "")
        if not path.startswith("geojsons/") or not _accept("deepstate", path[9:]):
            continue
        name = path[9:]
        tk = time_of_name("deepstate", name)
        if tk:
            url = UPSTREAM["deepstate"].format(name=urllib.parse.quote(name))
            out.append(Remote(name, url, tk[0], tk[1], entry.get("sha")))
    return out


def _deepstate_api_remotes() -> list[Remote]:
    data = orjson.loads(http_get(f"{DEEPSTATE_API}/public"))
    if isinstance(data, dict):
        data = data.get("data") or data.get("items") or []
    out = []
    for entry in data if isinstance(data, list) else []:
        ident = str(entry.get("id", "")) if isinstance(entry, dict) else ""
        tk = time_of_name("deepstate", f"{ident}.geojson") if ident.isdigit() else None
        if tk is not None:
            url = f"{DEEPSTATE_API}/{ident}/geojson"
            out.append(Remote(f"{ident}.geojson", url, tk[0], ident))
    return out


def cache_path(cache: Path, source: str, name: str) -> Path:
    return cache / FOLDERS[source] / name


def read_local(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise NotAvailable(path) from None


def locations(remote: Remote) -> Iterable[str]:
    yield remote.location
    yield from remote.alternates
