"""`kg validate`: check RDF files against kg's SHACL shapes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from kg.cli._common import fail
from kg.errors import EXIT_OK, EXIT_VIOLATIONS, KgError
from kg.rdf.validate import render_report, validate_files


class ReportFormat(StrEnum):
    text = "text"
    turtle = "turtle"
    json = "json"


def validate_command(
    files: list[Path] = typer.Argument(
        ...,
        metavar="FILE...",
        help="RDF files (.ttl .trig .nt .nq .jsonld); their union is validated.",
    ),
    shapes: Path | None = typer.Option(
        None, "--shapes", help="Folder of SHACL shapes (*.ttl) instead of kg's own."
    ),
    report_format: ReportFormat = typer.Option(
        ReportFormat.text, "--format", "-f", help="Report as text, turtle (SHACL results) or json."
    ),
    input_format: str | None = typer.Option(
        None, "--input-format", help="RDF format of all FILES (default: from each extension)."
    ),
) -> None:
    """Validate the union of FILES against the SHACL shapes; print the report to stdout.

    Exit status: 0 the data conforms, 1 SHACL violations, 2 unreadable input or shapes.

    Example:

        kg validate out/news.trig

        kg validate out/doc.ttl out/entities.ttl --format json > report.json
    """
    try:
        report = validate_files(files, shapes_dir=shapes, rdf_format=input_format)
        text = render_report(report, report_format.value)
    except KgError as error:
        fail(error)
    typer.echo(text, nl=False)
    raise typer.Exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)
