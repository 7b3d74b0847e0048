"""Making sure the snapshots a check needs are stored (from upstream or a
mirror, via :mod:`frontline.ingest`): the time windows and the sync calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..errors import FrontlineError
from ..store.base import Store
from .options import COVER_WINDOW_DAYS, SYNC_WINDOW_DAYS, CheckOptions
from .periods import period_instants
from .results import ClaimCheck


@dataclass
class SyncMemo:
    """What one check run (one store, one set of options) already synced or
    listed. Made per call, never kept by the process: a long-running server
    checking many documents on several stores holds no stale global state."""

    ensured: set[tuple[Any, ...]] = field(default_factory=set)
    spans: dict[tuple[Any, ...], tuple[datetime, datetime] | None] = field(
        default_factory=dict
    )


def ensure(
    store: Store,
    source: str,
    instants: list[tuple[datetime, datetime]],
    opts: CheckOptions,
    notes: list[str],
    memo: SyncMemo | None = None,
) -> bool:
    """Make sure the snapshots for the windows are stored (sync if allowed).

    False when syncing failed (the reason is added to ``notes``). ``memo``
    (one per check run) skips windows this run already synced.
    """
    memo = memo if memo is not None else SyncMemo()
    if not opts.sync or not instants:
        return True
    from ..ingest import ensure_snapshots

    for since, until in _merge(instants):
        key = (source, since, until, opts.mirror)
        if key in memo.ensured or _covered(store, source, since, until):
            continue
        try:
            ensure_snapshots(
                store, source, since, until, mirror=opts.mirror, progress=opts.progress
            )
            memo.ensured.add(key)
        except FrontlineError as exc:
            notes.append(
                f"{source}: could not sync {since:%Y-%m-%d}..{until:%Y-%m-%d}: {exc}"
            )
            return False
    return True


COVERED_WITHIN = timedelta(days=1)


def _covered(store: Store, source: str, since: datetime, until: datetime) -> bool:
    """Both ends of the window already have a stored snapshot at most a day
    before them: nothing to fetch (``frontline sync`` refreshes explicitly)."""
    for t in (since, until):
        info = store.snapshot_at(source, t)
        if info is None or t - info.time > COVERED_WITHIN:
            return False
    return True


def _merge(windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    out: list[list[datetime]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1] + timedelta(days=1):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def sync_windows(
    ccs: list[ClaimCheck], lag_days: int
) -> list[tuple[datetime, datetime]]:
    out = []
    for cc in ccs:
        if not cc.period.ok:
            continue
        t0, t1 = period_instants(cc.period)
        for t in {t0, t1}:
            out.append((t - timedelta(days=SYNC_WINDOW_DAYS), t))
        out.append((t1, t1 + timedelta(days=lag_days)))
    return out


def widen_windows(store: Store, source: str, ccs: list[ClaimCheck]) -> list[tuple]:
    """Instants whose latest stored snapshot is too old: fetch further back."""
    out = []
    for cc in ccs:
        if not cc.period.ok:
            continue
        for t in set(period_instants(cc.period)):
            info = store.snapshot_at(source, t)
            if info is None or t - info.time > timedelta(days=SYNC_WINDOW_DAYS):
                out.append((t - timedelta(days=COVER_WINDOW_DAYS), t))
    return out


def coverage_span(
    store: Store, source: str, opts: CheckOptions, memo: SyncMemo | None = None
) -> tuple[datetime, datetime] | None:
    """The first and last snapshot time known for ``source``: the stored ones
    and, when syncing is on, what the mirror or upstream lists (listed once
    per ``memo``, i.e. per check run). None when nothing is known."""
    memo = memo if memo is not None else SyncMemo()
    times = [i.time for i in store.snapshots(source)]
    if opts.sync:
        key = (source, opts.mirror)
        if key not in memo.spans:
            memo.spans[key] = None
            try:
                from ..ingest import list_remotes

                remotes = list_remotes(source, None, None, opts.mirror)
                if remotes:
                    memo.spans[key] = (
                        min(r.time - r.lag for r in remotes),
                        max(r.time for r in remotes),
                    )
            except (ImportError, FrontlineError):
                pass
        listed = memo.spans[key]
        if listed:
            times += list(listed)
    return (min(times), max(times)) if times else None
