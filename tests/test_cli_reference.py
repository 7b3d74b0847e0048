"""One CLI: --version, --format everywhere, examples in every --help, and the
generated reference docs/cli.md equal to what the commands print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_measure_fixtures import demo_db

from frontline import __version__
from frontline.cli import run
from frontline.cli.examples import EXAMPLES
from frontline.cli.reference import commands, help_text, render

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_docs_cli_md_is_the_help_of_every_command():
    assert DOCS.read_text("utf-8") == render(), (
        "docs/cli.md is stale: python -m frontline.cli.reference > docs/cli.md"
    )


@pytest.mark.parametrize("name", commands())
def test_every_help_ends_with_examples(name):
    text = help_text(name)
    assert "Examples:" in text, f"add examples for {name} in cli/examples.py"
    assert name in EXAMPLES
    assert f"## frontline {name}\n" in DOCS.read_text("utf-8")


def test_version_flag(capsys):
    assert run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"frontline {__version__}"


def test_format_json_everywhere_and_json_still_accepted(tmp_path, capsys):
    db = demo_db(tmp_path)
    base = ["measure", "-s", "demo", "--from", "2023-08-01", "--to", "2023-08-09"]
    assert run([*base, "--db", db, "--format", "json"]) == 0
    new = json.loads(capsys.readouterr().out)
    assert run([*base, "--db", db, "--json"]) == 0  # the old flag, now hidden
    assert json.loads(capsys.readouterr().out) == new
    assert "--json" not in help_text("measure")
    for cmd in (["snapshots"], ["ledger"]):
        assert run([*cmd, "--db", db, "-f", "json"]) == 0
        json.loads(capsys.readouterr().out)
    assert run(["snapshots", "--db", db, "--format", "yaml"]) == 2
    assert capsys.readouterr().err.strip() == (
        "frontline: error: --format: 'yaml' is not one of table, json"
    )


def test_sync_takes_from_and_to_like_every_command(tmp_path, capsys):
    db = demo_db(tmp_path)
    code = run(["sync", "isw", "--from", "2023-08-02", "--to", "2023-08-01",
                "--db", db])  # fmt: skip
    assert code == 2
    assert "before" in capsys.readouterr().err
