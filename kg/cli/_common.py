"""What every command shares: printing one error line and exiting with its code."""

from __future__ import annotations

from typing import NoReturn

import typer

from kg.errors import KgError


def fail(error: KgError) -> NoReturn:
    """Print the error's one line to stderr and exit with its code."""
    typer.echo(f"kg: error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def warn(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)
