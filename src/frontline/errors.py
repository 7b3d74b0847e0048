"""The one error type users see: a one-line message, exit code 2 in the CLI."""

from __future__ import annotations


class FrontlineError(Exception):
    """Bad input or missing data, explained in one line (what and where).

    >>> str(FrontlineError("not JSON", where="a.geojson"))
    'a.geojson: not JSON'
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = " ".join(str(message).split())
        self.where = where
        super().__init__(f"{where}: {self.message}" if where else self.message)


class StoreError(FrontlineError):
    """The store itself failed (corrupt, read-only, locked, full disk): the
    command stops, whatever input it was processing; ``where`` is the file."""
