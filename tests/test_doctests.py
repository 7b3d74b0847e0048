"""Every docstring example in the package runs: the modules are found by
walking ``frontline`` (no hand-kept list), so a new module's doctests are
collected the day it is added. Alembic's migration scripts (they run inside
a migration) and ``__main__`` (it runs the CLI) are left out."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import frontline

NOT_MODULES = ("frontline.store.migrations", "frontline.__main__")


def _modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(frontline.__path__, "frontline.")
        if not info.name.startswith(NOT_MODULES)
    ]
    return ["frontline", *sorted(names)]


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
