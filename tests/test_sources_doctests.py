"""The runnable examples in the maps modules' docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "frontline.sources.control",
    "frontline.sources.files",
    "frontline.sources.deepstate",
    "frontline.sources.deepstate_daily",
    "frontline.sources.isw",
    "frontline.sources.nzz",
    "frontline.geo.project",
    "frontline.geo.regions",
    "frontline.geo.change",
    "frontline.timeline",
    "frontline.query",
    "frontline.outfiles",
    "frontline.report.chart",
    "frontline.store.sqlite",
    "frontline.store.ledger",
    "frontline.store.postgis",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
