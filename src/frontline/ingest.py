"""Ingest orchestration: files or downloads → source adapter → store.

- :func:`import_paths` imports files/directories (``frontline import``);
- :func:`sync` downloads what the store lacks (``frontline sync``);
- :func:`ensure_snapshots` is what other commands call before measuring:
  it syncs only what is missing for ``[since, until]``.

Each file is processed once (parse, classify, repair, dissolve, project) and
stored in one transaction; a bad file is rejected with a one-line reason and
leaves the store unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from . import config
from .errors import FrontlineError, StoreError
from .instants import UTC
from .model import Snapshot
from .sources import deepstate, deepstate_daily, fetch, isw, nzz, vector
from .sources.files import Document, document_from_bytes, read_document
from .store.base import Store

ADAPTERS: dict[str, ModuleType] = {
    "deepstate": deepstate,
    "deepstate-daily": deepstate_daily,
    "isw": isw,
    "nzz": nzz,
}
VECTOR = "vector"
SOURCE_NAMES = (*ADAPTERS, VECTOR)
_JSON_SUFFIXES = (".geojson", ".json", ".geojson.gz", ".json.gz")
_VECTOR_SUFFIXES = (
    ".geojson", ".json", ".gpkg", ".fgb", ".kml", ".kmz", ".shp", ".geojson.gz",
    ".json.gz",
)  # fmt: skip


@dataclass
class Summary:
    """What an import or sync did."""

    source: str
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    unavailable: list[str] = field(default_factory=list)  # not upstream (404)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "added": len(self.added),
            "already_stored": len(self.existing),
            "rejected": [{"file": f, "reason": r} for f, r in self.rejected],
            "unavailable": len(self.unavailable),
        }


def check_source(source: str) -> str:
    """``source`` if it is a known adapter name, else a FrontlineError."""
    if source not in ADAPTERS:
        raise FrontlineError(
            f"unknown source {source!r} (choose one of: {', '.join(SOURCE_NAMES)})"
        )
    return source


# -- processing ----------------------------------------------------------------
def process_document(source: str, doc: Document, key: str | None = None) -> Snapshot:
    """Run the adapter of ``source`` on a parsed document (pure)."""
    return ADAPTERS[check_source(source)].from_document(doc, key)


def process_file(source: str, path: str | Path) -> Snapshot:
    """Read and process one file of a JSON source (origin = absolute path)."""
    doc = read_document(path)
    doc.origin = str(Path(path).resolve())
    return process_document(source, doc)


def key_of_path(source: str, path: Path) -> str | None:
    """The store key a file name implies (None when only its content tells)."""
    tk = fetch.time_of_name(source, path.name)
    return tk[1] if tk else None


def expand_paths(paths: list[str | Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Files given directly, plus the matching files inside given directories."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            found = sorted(
                f for f in p.iterdir() if f.is_file() and f.name.endswith(suffixes)
            )
            if not found:
                raise FrontlineError(
                    f"no {'/'.join(suffixes[:2])} files in the directory", where=str(p)
                )
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise FrontlineError("no such file or directory", where=str(p))
    return out


ProgressFn = Callable[[str, int, int, str], None]
"""Told after each file: ``(task, done, total, current file name)``. The CLI
draws a bar with it (:mod:`frontline.cli.progress`); the API passes none."""


def _store_snapshot(
    store: Store,
    snap: Snapshot,
    summary: Summary,
    label: str,
    fetched: dict[str, Any] | None = None,
) -> None:
    """Store ``snap`` (with the record of its download, in one transaction)."""
    if store.add_snapshot(snap, fetched=fetched):
        summary.added.append(label)
    else:
        summary.existing.append(label)


def import_paths(
    store: Store,
    source: str,
    paths: list[str | Path],
    *,
    progress: ProgressFn | None = None,
    time: datetime | None = None,
    name: str | None = None,
    layer_field: str | None = None,
    mapping: dict[str, str] | None = None,
    file_layer: str | None = None,
) -> Summary:
    """Import files (or directories of files) of ``source`` into ``store``.

    ``vector`` needs ``time``; its snapshots are stored under ``name``
    (default ``vector``). Files whose key is already stored are not parsed.
    """
    if source == VECTOR:
        return _import_vector(
            store, paths, progress=progress, time=time, name=name,
            layer_field=layer_field, mapping=mapping, file_layer=file_layer,
        )  # fmt: skip
    check_source(source)
    files = expand_paths(paths, _JSON_SUFFIXES)
    summary = Summary(source)
    for done, path in enumerate(files, start=1):
        key = key_of_path(source, path)
        try:
            if key is not None and store.has_snapshot(source, key):
                summary.existing.append(str(path))
            else:
                _store_snapshot(store, process_file(source, path), summary, str(path))
        except StoreError:
            raise  # the store failed, not this file
        except FrontlineError as exc:
            summary.rejected.append((str(path), str(exc)))
        if progress:
            progress(f"import {source}", done, len(files), path.name)
    return summary


def _import_vector(
    store: Store,
    paths: list[str | Path],
    *,
    progress: ProgressFn | None,
    time: datetime | None,
    name: str | None,
    layer_field: str | None,
    mapping: dict[str, str] | None,
    file_layer: str | None,
) -> Summary:
    if time is None:
        raise FrontlineError("vector files need --time (when the map state holds)")
    source = name or vector.DEFAULT_SOURCE
    if source in ADAPTERS:
        raise FrontlineError(f"--name {source!r} is a built-in source; pick another")
    files = expand_paths(paths, _VECTOR_SUFFIXES)
    if len(files) > 1:
        raise FrontlineError(
            "vector import takes one file per --time (got several)",
            where=str(paths[0]),
        )
    summary = Summary(source)
    path = files[0]
    try:
        frame = vector.read_vector(path, file_layer)
        snap = vector.from_frame(
            frame, time=time.astimezone(UTC), source=source,
            layer_field=layer_field, mapping=mapping, origin=str(path.resolve()),
            sha256=vector.file_sha256(path),
        )  # fmt: skip
        _store_snapshot(store, snap, summary, str(path))
    except StoreError:
        raise  # the store failed, not this file
    except FrontlineError as exc:
        summary.rejected.append((str(path), str(exc)))
    return summary


# -- sync ------------------------------------------------------------------------
def list_remotes(
    source: str,
    since: datetime | None,
    until: datetime | None,
    mirror: str | None = None,
) -> list[fetch.Remote]:
    """What a sync of ``source`` would consider, from ``mirror`` or upstream."""
    check_source(source)
    mirror = config.mirror(mirror)
    if mirror:
        return fetch.list_mirror(source, mirror, since, until)
    return fetch.list_upstream(source, since, until)


def _fetch_bytes(remote: fetch.Remote, cache: Path, source: str) -> tuple[bytes, str]:
    """The remote's raw bytes and the local path they are in (cached)."""
    last: Exception | None = None
    for loc in fetch.locations(remote):
        if not loc.startswith(("http://", "https://")):
            try:
                raw = fetch.read_local(loc)
            except fetch.NotAvailable as exc:
                last = exc
                continue
            fetch.verify_bytes(raw, blob=remote.blob, where=loc)
            return raw, loc
        name = remote.name + (".gz" if loc.endswith(".gz") else "")
        dest = fetch.cache_path(cache, source, name)
        if dest.exists():  # downloaded before (and verified then): re-check
            raw = dest.read_bytes()
            try:
                fetch.verify_bytes(raw, blob=remote.blob, where=str(dest))
                return raw, str(dest)
            except FrontlineError:
                dest.unlink(missing_ok=True)  # damaged cache: fetch again
        try:
            fetch.download(loc, dest, blob=remote.blob)
        except fetch.NotAvailable as exc:
            last = exc
            continue
        return dest.read_bytes(), str(dest)
    raise last or fetch.NotAvailable(remote.location)


def sync(
    store: Store,
    source: str,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    mirror: str | None = None,
    progress: ProgressFn | None = None,
    require_any: bool = False,
) -> Summary:
    """Download and store every snapshot of ``source`` in the window not stored.

    With ``require_any`` (the ``sync`` command) a window holding no file of
    the source at all is an error, raised before anything is stored.

    Idempotent: files whose key is stored (or whose URL was fetched and
    stored) are skipped without a download; resumable: partial downloads
    continue where they stopped; a file is stored in one transaction after it
    was fully downloaded and verified.
    """
    remotes = list_remotes(source, since, until, mirror)
    inside = [r for r in remotes if fetch.in_range(r, since, until)]
    if require_any and not inside:
        raise _nothing_in_range(source, since, until, mirror)
    summary = Summary(source)
    cache = config.cache_dir()
    keys = store.keys(source)
    todo = []
    for r in remotes:
        stored = r.key in keys if r.key else _fetched_and_stored(store, source, r)
        if stored:
            summary.existing.append(r.name)
        else:
            todo.append(r)
    for done, r in enumerate(todo, start=1):
        try:
            raw, local = _fetch_bytes(r, cache, source)
            doc = document_from_bytes(raw, local)
            snap = process_document(source, doc, r.key)
            fetched = {
                "url": r.location, "path": local, "sha256": doc.sha256,
                "size": doc.size, "source": source, "key": snap.info.key,
            }  # fmt: skip
            _store_snapshot(store, snap, summary, r.name, fetched)
        except fetch.NotAvailable:
            summary.unavailable.append(r.name)
        except StoreError:
            raise  # the store failed, not this file
        except FrontlineError as exc:
            summary.rejected.append((r.name, str(exc)))
            _drop_cached(cache, source, r)  # so a fixed upstream is refetched
        if progress:
            progress(f"sync {source}", done, len(todo), r.name)
    if require_any and all(r.name in summary.unavailable for r in inside):
        # every candidate date in the window was missing upstream
        raise _nothing_in_range(source, since, until, mirror)
    return summary


def _nothing_in_range(
    source: str, since: datetime | None, until: datetime | None, mirror: str | None
) -> FrontlineError:
    span = f"{iso_or(since, 'the start')} – {iso_or(until, 'now')}"
    where = config.mirror(mirror) or "upstream"
    return FrontlineError(f"nothing to sync: no {source} file for {span}", where=where)


def iso_or(t: datetime | None, default: str) -> str:
    """``t`` as ``YYYY-MM-DDTHH:MMZ`` (UTC), or ``default`` when None."""
    return default if t is None else t.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _drop_cached(cache: Path, source: str, remote: fetch.Remote) -> None:
    for loc in fetch.locations(remote):
        if loc.startswith(("http://", "https://")):
            name = remote.name + (".gz" if loc.endswith(".gz") else "")
            fetch.cache_path(cache, source, name).unlink(missing_ok=True)


def _fetched_and_stored(store: Store, source: str, remote: fetch.Remote) -> bool:
    fetched = getattr(store, "fetched", None)
    if fetched is None:
        return False
    rec = fetched(remote.location)
    return bool(rec and rec.get("key") and store.has_snapshot(source, rec["key"]))


def ensure_snapshots(
    store: Store,
    source: str,
    since: datetime | None,
    until: datetime | None,
    mirror: str | None = None,
    progress: ProgressFn | None = None,
) -> Summary:
    """Make sure ``store`` holds ``source``'s snapshots for ``[since, until]``.

    Fetches (from ``mirror``, ``$FRONTLINE_MIRROR`` or upstream) only the
    snapshots not yet stored: those in the window plus the last one before
    ``since`` (needed for "as of since"). Returns the :class:`Summary`.
    A source with no downloader (a user's ``vector`` source) is left as is.
    """
    if source not in ADAPTERS:
        return Summary(source)
    try:
        return sync(store, source, since, until, mirror=mirror, progress=progress)
    except FrontlineError as exc:
        if not store.snapshots(source):
            raise
        summary = Summary(source)  # offline: measure with what is stored
        summary.rejected.append(("(listing)", str(exc)))
        return summary
