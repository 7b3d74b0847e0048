"""A store for the API, web and load tests: five real DeepState snapshots
(imported from ../shared, May–Aug 2023) and one checked article in the
ledger, on SQLite or PostGIS. The article is our own words."""

from __future__ import annotations

from pathlib import Path

from conftest import SHARED, shared_path

from frontline.api import Settings
from frontline.ingest import import_paths
from frontline.store import open_store

SNAPSHOT_IDS = ("1685575455", "1685834721", "1691613590", "1692046598", "1692651972")
ARTICLE = (
    "Kyiv, 14 August. Ukraine's deputy defence minister said on Monday that in "
    "total, 40 square kilometres have been regained on the southern flank of the "
    "Bakhmut sector since the start of June. Russian forces captured the village "
    "of Novomykhailivka near Marinka, the Russian defence ministry claimed the "
    "same day."
)
PUBLISHED = "2023-08-14"


def build_store(folder: Path, url: str | None = None) -> str:
    """The database URL of the store at ``url`` (default: a new SQLite file
    under ``folder``) with the snapshots imported (skips without data)."""
    raw = shared_path("control", "deepstate_raw")
    files = [raw / f"{key}.geojson.gz" for key in SNAPSHOT_IDS]
    url = url or f"sqlite:///{folder / 'api.sqlite'}"
    store = open_store(url)
    summary = import_paths(store, "deepstate", files)
    store.close()
    assert len(summary.added) == len(SNAPSHOT_IDS), summary.rejected
    return url


def settings(folder: Path, db: str, **limits: int) -> Settings:
    return Settings(db=db, mirror=str(SHARED), texts=folder / "texts", **limits)
