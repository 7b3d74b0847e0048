"""The runnable examples in the API modules' docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["frontline.api.limits", "frontline.api.layers", "frontline.api.exports"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0, f"no docstring example in {name}"
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
