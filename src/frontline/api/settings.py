"""What a running server is allowed to do: its store, limits and data folders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MAX_BODY_BYTES = 1_000_000  # a POSTed article, HTML page or correction
MAX_FETCH_BYTES = 2_000_000  # a page fetched for a client
FETCH_TIMEOUT_S = 10.0
WORK_PER_MINUTE = 20  # extract / check requests per client
CORRECTIONS_PER_MINUTE = 10  # corrections per client
MAX_COMMENT_CHARS = 2_000
MAX_SELECTION_CHARS = 5_000
LAYER_CACHE_ENTRIES = 256  # display layers (responses) kept in memory


@dataclass
class Settings:
    """Server settings (``frontline serve`` fills them from its options)."""

    db: str | None = None  # store URL; None: $FRONTLINE_DB or the default file
    mirror: str | None = None  # gazetteer and boundaries folder (places, basemap)
    texts: Path | None = None  # archived document texts; None: $FRONTLINE_HOME/texts
    max_body_bytes: int = MAX_BODY_BYTES
    max_fetch_bytes: int = MAX_FETCH_BYTES
    fetch_timeout_s: float = FETCH_TIMEOUT_S
    work_per_minute: int = WORK_PER_MINUTE
    corrections_per_minute: int = CORRECTIONS_PER_MINUTE
    tile_url: str | None = None  # online basemap tiles (OSM), off by default
    sources: tuple[str, ...] = field(default=())  # sources a check runs on
