"""`kg extract`: articles in, RDF out."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.budget import DEFAULT_SECONDS
from kg.cli._common import fail, warn
from kg.errors import (
    EXIT_BAD_INPUT,
    EXIT_VIOLATIONS,
    DuplicateInput,
    InputError,
    KgError,
    ReportMsg,
)
from kg.extraction import ExtractOptions, Summary
from kg.ingest.read import DEFAULT_MAX_BYTES, expand_inputs
from kg.vocab import DEFAULT_BASE
from kg.write import output_format, write_extraction


def extract_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...", help="Files, directories, globs, or - for stdin."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Output file (format from its extension); stdout if absent."
    ),
    rdf_format: str | None = typer.Option(
        None, "--format", "-f", help="turtle, trig, nt, nquads or json-ld (default: from -o)."
    ),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI for documents and entities."),
    model: str | None = typer.Option(
        None, "--model", help="spaCy pipeline name or path (default: bundled; env KG_MODEL)."
    ),
    validate: bool = typer.Option(
        True, "--validate/--no-validate", help="Check each document's graph against shapes/."
    ),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Largest input file."),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Processes to extract with (same output as one)."
    ),
    headline: str | None = typer.Option(None, "--headline", help="Headline (overrides the text)."),
    author: str | None = typer.Option(None, "--author", help="Author (overrides the byline)."),
    publisher: str | None = typer.Option(None, "--publisher", help="Publisher."),
    date: str | None = typer.Option(None, "--date", help="Publication date, ISO 8601."),
    url: str | None = typer.Option(None, "--url", help="The article's URL."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
    doc_timeout: float = typer.Option(
        DEFAULT_SECONDS,
        "--doc-timeout",
        min=0,
        help="Seconds a document may take per 100,000 characters (at least this); 0: no limit.",
    ),
    report: Path | None = typer.Option(
        None, "--report", help="Also write an HTML report of the output (see kg report)."
    ),
) -> None:
    """Extract entities, facts, events and quotations from news articles as RDF.

    Every entity mention, fact and quotation points back to its document and character
    offsets. Exit code 0 on success, 1 if a document's graph violates the shapes, 2 if an
    input could not be read (the other inputs are still processed and written).

    Example:

        kg extract articles/ -o graph.ttl

        kg extract story.txt --format trig --base https://example.org/id/ > story.trig

        kg extract feed.jsonl --workers 2 -o feed.nq

        kg extract articles/ -o graph.trig --report report.html
    """
    if report is not None and output is None:
        fail(InputError(ReportMsg.NEEDS_OUTPUT))
    metadata = {
        key: value
        for key, value in (
            ("headline", headline),
            ("author", author),
            ("publisher", publisher),
            ("datePublished", date),
            ("url", url),
        )
        if value
    }
    options = ExtractOptions(
        model=model,
        base=base,
        max_bytes=max_bytes,
        metadata=metadata,
        validate=validate,
        workers=workers,
        doc_timeout=doc_timeout,
    )
    try:
        fmt = output_format(output, rdf_format)
        summary = _run(paths, output, fmt, options, quiet)
    except KgError as error:
        fail(error)
    for violation in summary.run_violations:
        warn(f"violation: {violation}")
    if not quiet:
        counts = ", ".join(
            _count(number, noun)
            for number, noun in (
                (summary.documents, "document"),
                (summary.entities, "entity"),
                (summary.facts, "fact"),
                (summary.triples, "triple"),
            )
        )
        warn(f"{counts} in {summary.seconds:.1f} s" + (f" -> {output}" if output else ""))
    if report is not None:
        _write_report(output, report, summary, validate)
    if summary.errors:
        raise typer.Exit(EXIT_BAD_INPUT)
    if summary.violations:
        raise typer.Exit(EXIT_VIOLATIONS)


def _write_report(output: Path, report: Path, summary: Summary, validated: bool) -> None:
    """--report: the HTML page of the graph just written, with this run's validation."""
    from kg.report import Validation, write_report

    validation = None
    if validated:
        note = f"each document's graph as it was made; {summary.violations} violations on stderr"
        validation = Validation(summary.violations == 0, note=note)
    try:
        write_report([output], report, validation=validation)
    except KgError as error:
        fail(error)


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def _run(paths: list[str], output: Path | None, fmt: str, options, quiet: bool) -> Summary:
    total = sum(1 for item in expand_inputs(paths) if not isinstance(item, InputError))
    show = not quiet and total > 1 and sys.stderr.isatty()
    progress = Progress(
        TextColumn("extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not show,
    )
    with progress:
        task = progress.add_task("extract", total=total or None)

        def say(message: str) -> None:
            """A line on stderr; above the progress bar while it shows, never into it."""
            if show:
                progress.console.print(f"kg: {message}", markup=False, highlight=False)
            else:
                warn(message)

        def on_document(result) -> None:
            if isinstance(result, DuplicateInput):
                say(f"note: {result}")
            elif isinstance(result, InputError):
                say(f"error: {result}")
            else:
                for violation in getattr(result, "violations", []):
                    say(f"violation: {violation}")
            progress.advance(task)

        stdin = sys.stdin.buffer.read() if "-" in paths else None
        return write_extraction(paths, output, fmt, options, on_document, stdin=stdin)
