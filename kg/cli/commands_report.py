"""`kg report`: one self-contained HTML page to check a graph by looking at it."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._common import fail
from kg.errors import InputError, KgError, ReportMsg
from kg.report import DEFAULT_MAX_NODES, report_from_files, write_report, write_report_pages


def report_command(
    graphs: list[Path] = typer.Argument(
        ..., metavar="GRAPH...", help="RDF files kg wrote (.ttl .trig .nt .nq .jsonld)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="HTML file to write (a folder with --pages); stdout if absent."
    ),
    pages: bool = typer.Option(
        False, "--pages", help="Write a folder: index.html and one page per document."
    ),
    validate: bool = typer.Option(
        False, "--validate", help="Validate against kg's shapes and show the result."
    ),
    input_format: str | None = typer.Option(
        None, "--input-format", help="RDF format of all GRAPHs (default: from each extension)."
    ),
    title: str = typer.Option("kg report", "--title", help="The page's title."),
    max_nodes: int = typer.Option(
        DEFAULT_MAX_NODES, "--max-nodes", min=1, help="Most entities drawn in the picture."
    ),
) -> None:
    """Write one self-contained HTML page showing the graph in GRAPH... (their union).

    Per document: the text with every mention highlighted, the facts, posts, events and
    quotations with confidence, rule and a link to the evidence sentence; an entity index; a
    picture of the entities and facts; the validation result. The page fetches nothing.
    With --pages, -o names a folder that gets index.html and one page per document (for
    large corpora). Exit code 0 on success, 2 if a file cannot be read or parsed.

    Example:

        kg report graph.trig -o report.html

        kg validate graph.trig --format turtle > validation.ttl
        kg report graph.trig validation.ttl -o report.html

        kg report corpus.nq --pages -o report/
    """
    try:
        if pages:
            if output is None:
                raise InputError(ReportMsg.PAGES_NEED_OUTPUT)
            write_report_pages(graphs, output, input_format, validate, None, title, max_nodes)
        elif output is None:
            page = report_from_files(graphs, input_format, validate, None, title, max_nodes)
            typer.echo(page, nl=False)
        else:
            write_report(graphs, output, input_format, validate, None, title, max_nodes)
    except KgError as error:
        fail(error)
