"""Snapshot selection: "as of T" is the latest snapshot at or before T.

All instants are UTC (a naive datetime is taken as UTC). A time before a
source's first snapshot, or a range given backwards, is a one-line
:class:`~frontline.errors.FrontlineError`.

>>> from frontline.instants import parse_instant
>>> iso(parse_instant("2023-08-14"))
'2023-08-14T23:59:59.999999Z'
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime

from .errors import FrontlineError
from .instants import UTC
from .model import SnapshotInfo
from .store.base import Store

KNOWN_SOURCES = ("deepstate", "deepstate-daily", "isw", "nzz")


def utc(t: datetime) -> datetime:
    """``t`` as an aware UTC datetime (a naive one is taken as UTC)."""
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def iso(t: datetime | None) -> str | None:
    """ISO 8601 UTC with a ``Z`` (None stays None)."""
    if t is None:
        return None
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


# -- snapshot selection --------------------------------------------------------


@dataclass
class Timeline:
    """Every snapshot of one source, ordered by time, for fast "as of" lookups."""

    source: str
    infos: list[SnapshotInfo]
    times: list[datetime] = field(init=False)

    def __post_init__(self) -> None:
        self.infos = sorted(self.infos, key=lambda i: i.time)
        self.times = [i.time for i in self.infos]

    def at(self, when: datetime) -> SnapshotInfo | None:
        """The latest snapshot at or before ``when`` (naive = UTC)."""
        i = bisect.bisect_right(self.times, utc(when))
        return self.infos[i - 1] if i else None

    def between(self, start: datetime, end: datetime) -> list[SnapshotInfo]:
        """Snapshots with ``start <= time <= end``."""
        lo = bisect.bisect_left(self.times, utc(start))
        hi = bisect.bisect_right(self.times, utc(end))
        return self.infos[lo:hi]


def timeline(store: Store, source: str) -> Timeline:
    """The source's snapshots; a one-line error if the store has none."""
    infos = store.snapshots(source)
    if not infos:
        stored = ", ".join(store.sources()) or "none"
        if source in KNOWN_SOURCES:
            raise FrontlineError(
                f"no {source} snapshots in the store yet (stored sources: {stored}); "
                f"run 'frontline import {source} PATH' or 'frontline sync {source}'",
                where="--source",
            )
        raise FrontlineError(
            f"unknown source {source!r}: no snapshots of it in the store "
            f"(stored sources: {stored}; known: {', '.join(KNOWN_SOURCES)})",
            where="--source",
        )
    return Timeline(source, infos)


def resolve(tl: Timeline, when: datetime, what: str = "time") -> SnapshotInfo:
    """The snapshot as of ``when``; an error if ``when`` precedes the first."""
    info = tl.at(when)
    if info is None:
        raise FrontlineError(
            f"{iso(when)} is before the first {tl.source} snapshot "
            f"({iso(tl.times[0])})",
            where=what,
        )
    return info


def check_order(
    t_from: datetime, t_to: datetime, names: tuple[str, str] = ("--from", "--to")
) -> None:
    if utc(t_from) > utc(t_to):
        raise FrontlineError(
            f"{names[0]} {iso(t_from)} is after {names[1]} {iso(t_to)}",
            where="time range",
        )


def snapshot_pair(
    store: Store,
    source: str,
    t_from: datetime,
    t_to: datetime,
    names: tuple[str, str] = ("--from", "--to"),
) -> tuple[SnapshotInfo, SnapshotInfo]:
    """The snapshots as of ``t_from`` and ``t_to`` (checked: in order, and
    neither before the first snapshot; ``names`` label the errors)."""
    t_from, t_to = utc(t_from), utc(t_to)
    check_order(t_from, t_to, names)
    tl = timeline(store, source)
    return resolve(tl, t_from, names[0]), resolve(tl, t_to, names[1])
