"""The `kg` command: a thin typer layer over the library.

Each command module in this package declares options and calls one library function; the
library raises `kg.errors.KgError` and never prints. Commands are kebab-case and map to
snake_case functions (sqlite-utils style); each docstring carries an "Example:" block.
"""

from __future__ import annotations

import typer

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


# Command modules register themselves on `app` when imported.
from kg.cli import (  # noqa: E402,F401
    commands_evaluate,
    commands_extract,
    commands_report,
    commands_store,
    commands_validate,
)
