"""Every command is documented: an "Example:" block in its help and a section in the README."""

from pathlib import Path

import pytest
from typer.main import get_command

from kg.cli.main import app

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(get_command(app).commands)


def test_the_expected_commands_exist():
    assert {"extract", "validate", "load", "push", "query", "queries", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name):
    command = get_command(app).commands[name]
    assert "Example:" in (command.help or ""), f"kg {name}: no Example: block in its docstring"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name):
    readme = README.read_text(encoding="utf-8")
    assert f"kg {name}" in readme, f"kg {name} is not documented in README.md"
