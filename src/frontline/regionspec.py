"""``--region`` specs of every form: the data layer's side.

The geometry engine (:mod:`frontline.geo.regions`) parses shapes and reads
no files; the place engine (:mod:`frontline.places.regions`) resolves names
from a gazetteer it is handed. This module does the loading for the CLI and
the API: a file is read by :mod:`frontline.sources.regionfile` and its
geometry handed to :func:`frontline.geo.regions.file_region`; a place name
gets the gazetteer from :func:`frontline.sources.gazetteer.load_resolver`.

>>> load_region("48.5953,38.0003,25km").kind
'disc'
"""

from __future__ import annotations

from pathlib import Path

from .geo.regions import file_region, shape_region
from .model import Region


def looks_like_path(spec: str) -> bool:
    """A spec that names a file (a separator, a vector suffix, or an
    existing file)."""
    s = spec.strip()
    return (
        "/" in s
        or "\\" in s
        or s.lower().endswith((".geojson", ".json", ".geojson.gz", ".json.gz"))
        or Path(s).is_file()
    )


def load_region(spec: str, *, mirror: str | None = None) -> Region:
    """The region of any ``--region`` spec: a shape, a vector file, or a place
    (``mirror``: the folder with the gazetteer and boundaries)."""
    region = shape_region(spec)
    if region is not None:
        return region
    text = str(spec).strip()
    if looks_like_path(text):
        from .sources.regionfile import read_region_file

        return file_region(read_region_file(text), text)
    from .places.regions import region_from_spec
    from .sources.gazetteer import load_resolver

    return region_from_spec(text, resolver=load_resolver(mirror))
