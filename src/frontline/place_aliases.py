"""frontline's own table of places' other names (``data/place_aliases.tsv``).

Russian, former and foreign names of front-line towns ("Артемовск" and
"Artemivsk" for Бахмут) and a few places the open gazetteers lack. Two readers
share this one parser: the gazetteer builder takes each row as one more source
(:func:`frontline.sources.gazetteer.read_aliases`), and the claim extractor asks
which names in a text are one town (:func:`frontline.text.toponyms.
written_other_names`). Rows are checked on load; a bad row is a
:class:`~frontline.errors.FrontlineError` naming its line.

>>> row = "\\t".join(["Бахмут", "Bakhmut", "48.6", "38.0", "Donetsk", "Артемовск;X"])
>>> rows = parse("# header\\n" + row)
>>> rows[0].name, rows[0].aliases, rows[0].feature_code, rows[0].precision_km
('Bakhmut', ('Артемовск', 'X'), 'PPL', 3.0)
>>> parse("x\\tX\\tnorth\\t38\\tDonetsk\\t", where="t.tsv")
Traceback (most recent call last):
...
frontline.errors.FrontlineError: t.tsv:1: degrees for lat and lon, got 'north', '38'
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from .errors import FrontlineError

TABLE = Path(__file__).resolve().parent / "data" / "place_aliases.tsv"
DEFAULT_PRECISION_KM = 3.0
"""How far a row's own coordinates may be off when no source has the place."""


class PlaceAlias(NamedTuple):
    """One town: its Ukrainian and English names and its other names."""

    name_uk: str
    name: str
    lat: float
    lon: float
    oblast: str
    aliases: tuple[str, ...]
    feature_code: str = "PPL"
    precision_km: float = DEFAULT_PRECISION_KM

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the town, the Ukrainian and English first."""
        return tuple(n for n in (self.name_uk, self.name, *self.aliases) if n)


def parse(text: str, where: str = "place_aliases.tsv") -> tuple[PlaceAlias, ...]:
    """The rows of the table's text (lines starting "#" and short ones skip)."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        rec = line.split("\t")
        if len(rec) < 6 or rec[0].startswith("#"):
            continue
        name_uk, name, lat, lon, oblast, aliases = rec[:6]
        try:
            point = float(lat), float(lon)
        except ValueError:
            raise FrontlineError(
                f"degrees for lat and lon, got {lat!r}, {lon!r}",
                where=f"{where}:{number}",
            ) from None
        code = rec[6] if len(rec) > 6 and rec[6] else "PPL"
        try:
            precision = float(rec[7]) if len(rec) > 7 and rec[7] else None
        except ValueError:
            raise FrontlineError(
                f"a precision in km, got {rec[7]!r}", where=f"{where}:{number}"
            ) from None
        rows.append(
            PlaceAlias(
                name_uk,
                name,
                *point,
                oblast,
                tuple(a.strip() for a in aliases.split(";") if a.strip()),
                code,
                DEFAULT_PRECISION_KM if precision is None else precision,
            )
        )
    return tuple(rows)


def load(path: Path = TABLE) -> tuple[PlaceAlias, ...]:
    """The rows of a table file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontlineError(
            f"cannot read the alias table: {exc}", where=str(path)
        ) from exc
    return parse(text, where=str(path))


@functools.cache
def table() -> tuple[PlaceAlias, ...]:
    """The table shipped with frontline, read once."""
    return load(TABLE)
