"""`kg evaluate`: score kg's relations, events and quotations against a gold set."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from kg.cli._common import fail
from kg.errors import EXIT_OK, KgError
from kg.evaluation.evaluate import evaluate, render_report


class EvaluateFormat(StrEnum):
    text = "text"
    json = "json"


def evaluate_command(
    gold: Path = typer.Argument(..., metavar="GOLD.jsonl", help="Gold file (JSON Lines)."),
    model: str | None = typer.Option(
        None, "--model", help="spaCy pipeline name or path (default: bundled; env KG_MODEL)."
    ),
    report_format: EvaluateFormat = typer.Option(
        EvaluateFormat.text, "--format", "-f", help="Report as a text table or as json."
    ),
) -> None:
    """Extract every text of GOLD.jsonl and print precision, recall and F1 per type.

    Facts are scored overall and per predicate, events overall and per status, quotations
    overall; the false positives and false negatives are listed by gold item id. Exit
    status: 0 the report was printed (whatever the scores), 2 the gold file is unreadable.

    Example:

        kg evaluate benchmarks/gold/dev.jsonl

        kg evaluate benchmarks/gold/dev.jsonl --model training/model-best --format json
    """
    try:
        report = evaluate(gold, model=model)
        text = render_report(report, report_format.value)
    except KgError as error:
        fail(error)
    typer.echo(text, nl=False)
    raise typer.Exit(EXIT_OK)
