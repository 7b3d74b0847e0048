"""Every example command of the README runs on a fresh home, in README order,
from a checkout with ../shared beside it (what a newcomer types).

Lines whose comment says ``needs internet`` or ``your own file`` are skipped
(tests never need the internet); the first command (venv + install) is what
CI's ``scripts/ci/00-readme-first.sh`` runs, so here only its ``frontline``
part runs, with the installed ``frontline``. ``npm ci`` is the web build step
(CI's ``scripts/ci/20-web.sh`` runs it; a test never reaches a registry).
``frontline serve`` starts a real server on a free loopback port (the README's
port 8000 is replaced), which the ``curl`` lines after it then ask.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

README = ROOT / "README.md"
SKIP_MARKERS = ("needs internet", "your own file")
EXIT_OK = (0,)


def readme_commands() -> list[str]:
    """The command lines of the README's bash blocks, in order."""
    text = README.read_text("utf-8")
    out = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        block = block.replace("\\\n", " ")  # continued lines are one command
        for line in block.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "&&" in line and "frontline " in line:  # the set-up line
                line = line[line.index(".venv/bin/frontline") :].removeprefix(
                    ".venv/bin/"
                )
            if line.startswith("bash scripts/test.sh"):
                continue  # the test suite itself
            out.append(line)
    return out


def _skip_reason(line: str) -> str | None:
    comment = line.split("  #", 1)[1] if "  #" in line else ""
    return next((m for m in SKIP_MARKERS if m in comment), None)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A checkout-like folder: the repository's examples and fixtures, with
    ../shared beside it, a fresh FRONTLINE_HOME, the venv's bin on PATH."""
    if not SHARED.is_dir():
        pytest.skip(f"real data not available: {SHARED} is absent (needs ../shared)")
    base = tmp_path_factory.mktemp("readme")
    repo = base / "frontline"
    repo.mkdir()
    for name in ("examples", "tests"):
        (repo / name).symlink_to(ROOT / name)
    (base / "shared").symlink_to(SHARED.parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["FRONTLINE_HOME"] = str(base / "home")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "120"
    return repo, env


COMMANDS = readme_commands()
README_PORT = "8000"
SERVER_START_S = 120


def _free_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return str(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server_port():
    """A free loopback port for the README's server; the server started by the
    ``frontline serve`` line is stopped when the module ends."""
    port, procs = _free_port(), []
    yield port, procs
    for proc in procs:  # the shell and the server it started: its process group
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _serve(line: str, repo: Path, env: dict, port: str, procs: list) -> None:
    proc = subprocess.Popen(
        line, shell=True, cwd=repo, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    procs.append(proc)
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"{line}\n{proc.stderr.read()[-2000:]}"
        try:
            url = f"http://127.0.0.1:{port}/api/sources"
            with urllib.request.urlopen(url, timeout=5) as resp:
                assert isinstance(json.loads(resp.read()), (list, dict))
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{line}: no answer on port {port} in {SERVER_START_S} s")


def test_the_readme_has_examples_for_every_command():
    from frontline.cli.reference import commands

    used = {c.split()[1] for c in COMMANDS if c.startswith("frontline ")}
    assert set(commands()) - {"version"} <= used


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("line", COMMANDS, ids=[c[:60] for c in COMMANDS])
def test_readme_example_runs(sandbox, server_port, line):
    reason = _skip_reason(line)
    if reason:
        pytest.skip(f"README marks it: {reason}")
    if line.startswith("npm "):
        pytest.skip("the web build step: CI's scripts/ci/20-web.sh runs it")
    if not shutil.which("frontline", path=sandbox[1]["PATH"]):
        pytest.skip("frontline is not installed in this venv")
    repo, env = sandbox
    port, procs = server_port
    line = line.replace(f":{README_PORT}", f":{port}")
    line = line.replace(f"--port {README_PORT}", f"--port {port}")
    if line.startswith("frontline serve"):
        _serve(line, repo, env, port, procs)
        return
    proc = subprocess.run(
        line, shell=True, cwd=repo, env=env, capture_output=True, text=True,
        timeout=900, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode in EXIT_OK, (
        f"{line}\nexit {proc.returncode}\n{proc.stderr[-2000:]}"
    )
    assert "Traceback" not in proc.stderr
    if line.startswith("curl "):  # an API answer, not an error
        assert proc.stdout.strip() and '"error"' not in proc.stdout, proc.stdout
