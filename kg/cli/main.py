"""The `kg` command: a thin typer layer over the library.

Each command module in this package declares options and calls one library function; the
library raises `kg.errors.KgError` and never prints. Commands are kebab-case and map to
snake_case functions (sqlite-utils style); each docstring carries an "Example:" block.

A command's module is imported only when that command runs (or shows its own --help):
`kg --help`, `kg --version` and `kg queries` import neither spaCy nor pySHACL nor
trafilatura, and answer in a fraction of the time an extraction's imports take.
tests/test_cli_startup.py checks this, and that the summaries below are the commands'
own (the first paragraph of each docstring).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

from kg import __version__

# The commands, kebab-case names for snake_case functions (sqlite-utils style): module,
# function, and the summary `kg --help` lists. The command modules never import this one:
# registration happens here, in one place.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "extract": (
        "commands_extract",
        "extract_command",
        "Extract entities, facts, events and quotations from news articles as RDF.",
    ),
    "validate": (
        "commands_validate",
        "validate_command",
        "Validate the union of FILES against the SHACL shapes; print the report to stdout.",
    ),
    "load": (
        "commands_store",
        "load_command",
        "Load RDF files into the embedded store; loading a document again replaces its graph.",
    ),
    "push": (
        "commands_store",
        "push_command",
        "Push RDF files to a SPARQL 1.1 endpoint; each document graph is replaced, not duplicated.",
    ),
    "query": (
        "commands_store",
        "query_command",
        "Run a stored query (see `kg queries`) or a .rq file against files, a store or an "
        "endpoint.",
    ),
    "queries": (
        "commands_store",
        "queries_command",
        "List the stored queries, each with the first line of its header comment.",
    ),
    "evaluate": (
        "commands_evaluate",
        "evaluate_command",
        "Extract every text of GOLD.jsonl and print precision, recall and F1 per type.",
    ),
    "report": (
        "commands_report",
        "report_command",
        "Write one self-contained HTML page showing the graph in GRAPH... (their union).",
    ),
}


def command_function(name: str) -> Any:
    """The function behind command `name` (imports its module)."""
    module, function, _summary = COMMANDS[name]
    return getattr(import_module(f"kg.cli.{module}"), function)


def load_command(name: str) -> typer.core.TyperCommand:
    """Command `name` as typer builds it from its function."""
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command(name)(command_function(name))
    command = typer.main.get_command(single)
    command.name = name
    return command


class LazyGroup(TyperGroup):
    """kg's commands, listed by their summaries and imported when one is run."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = {
            name: typer.core.TyperCommand(name, help=summary, short_help=summary)
            for name, (_module, _function, summary) in COMMANDS.items()
        }
        self._loaded: set[str] = set()

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else None
        if name in COMMANDS and name not in self._loaded:
            self.commands[name] = load_command(name)
            self._loaded.add(name)
        return super().resolve_command(ctx, args)


app = typer.Typer(
    name="kg",
    cls=LazyGroup,
    rich_markup_mode=None,  # plain help: rich's formatting would double kg --help's time
    help="Turn news articles into an RDF knowledge graph with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        help="Print kg's version and exit.",
        callback=_print_version,
        is_eager=True,
    ),
) -> None:
    """kg: news articles to a provenance-rich, SHACL-validated knowledge graph."""
