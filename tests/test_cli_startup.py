"""kg answers quickly: `kg --help`, `kg --version` and `kg queries` import neither spaCy nor
pySHACL nor trafilatura (kg/cli/main.py imports a command's module only when it runs), and
the summaries `kg --help` lists are the commands' own. The time itself is measured by
benchmarks/run.py --startup, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import __version__
from kg.cli.main import COMMANDS, load_command

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "pyshacl", "trafilatura")
PROBE = """
import json, sys
from kg.cli.main import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy} if m in sys.modules)))
"""


def _imported(*args: str) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stdout


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["queries"]], ids=" ".join)
def test_light_commands_import_no_heavy_module(args: list[str]) -> None:
    heavy, _output = _imported(*args)
    assert heavy == []


def test_version() -> None:
    _heavy, output = _imported("--version")
    assert output.splitlines()[0] == f"kg {__version__}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_summary_is_the_commands_own(name: str) -> None:
    command = load_command(name)
    first = " ".join((command.help or "").split("\n\n")[0].split())
    assert COMMANDS[name][2] == first
