"""Items of a sentence in the order of one position each, asked by bisection.

A rule looks at a trigger's neighbours only (the places, distances, side words
or other triggers just before or after it), so a sentence holding thousands of
them stays linear in its length. Nothing here opens files.

>>> from collections import namedtuple
>>> Word = namedtuple("Word", "start end")
>>> view = ByPosition.of_starts([Word(0, 3), Word(10, 13), Word(20, 23)])
>>> [w.start for w in view.within(5, 21)], [w.start for w in view.before(20)]
([10, 20], [10, 0])
>>> [w.end for w in ByPosition.of_ends(view.items).within(0, 13)]
[3]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

__all__ = ["ByPosition", "starting_in"]

T = TypeVar("T")


class ByPosition(Generic[T]):
    """``items`` with one position each in ``keys``, both in ascending order."""

    __slots__ = ("items", "keys")

    def __init__(self, items: list[T], keys: list[int]) -> None:
        self.items = items
        self.keys = keys

    @classmethod
    def of_starts(cls, items: list[Any]) -> ByPosition[Any]:
        """The items by their ``start`` (a search's matches are in order)."""
        return cls(items, [x.start for x in items])

    @classmethod
    def of_ends(cls, items: list[Any]) -> ByPosition[Any]:
        """The items by their ``end`` (sorted when the items do not nest)."""
        return cls(items, [x.end for x in items])

    def within(self, a: int, b: int) -> list[T]:
        """The items whose position is in ``[a, b)``, in order."""
        return starting_in(self.items, self.keys, (a, b))

    def before(self, pos: int) -> Iterator[T]:
        """The items whose position is before ``pos``, nearest first (no copy:
        a caller usually stops at the first)."""
        items = self.items
        return (items[i] for i in range(bisect_left(self.keys, pos) - 1, -1, -1))


def starting_in(items: list[T], keys: list[int], span: tuple[int, int]) -> list[T]:
    """The ``items`` (sorted by ``keys``) whose key lies within ``span``.

    >>> starting_in(["a", "b", "c"], [1, 5, 9], (2, 9))
    ['b']
    """
    return items[bisect_left(keys, span[0]) : bisect_left(keys, span[1])]
