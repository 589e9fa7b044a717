"""The `kg` command: a thin typer layer over the library.

Each command module in this package declares options and calls one library function; the
library raises `kg.errors.KgError` and never prints. Commands are kebab-case and map to
snake_case functions (sqlite-utils style); each docstring carries an "Example:" block.
"""

from __future__ import annotations

import typer

from kg.cli import (
    commands_evaluate,
    commands_extract,
    commands_report,
    commands_store,
    commands_validate,
)

app = typer.Typer(
    name="kg",
    help="Turn news articles into an RDF knowledge graph with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """kg: news articles to a provenance-rich, SHACL-validated knowledge graph."""


# The commands, kebab-case names for snake_case functions (sqlite-utils style). The command
# modules never import this one: registration happens here, in one place.
COMMANDS = {
    "extract": commands_extract.extract_command,
    "validate": commands_validate.validate_command,
    "load": commands_store.load_command,
    "push": commands_store.push_command,
    "query": commands_store.query_command,
    "queries": commands_store.queries_command,
    "evaluate": commands_evaluate.evaluate_command,
    "report": commands_report.report_command,
}
for _name, _command in COMMANDS.items():
    app.command(_name)(_command)
