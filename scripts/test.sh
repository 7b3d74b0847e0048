#!/usr/bin/env bash
# Set up a virtualenv and run the whole test suite (the README's test command).
# Reuses .venv when it exists (CI's first step made it with the README's command)
# and installs into it with the pip the venv came with: never upgraded, so the
# declared dependencies must be enough for a stock pip.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest -q "$@"
