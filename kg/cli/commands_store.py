"""`kg load`, `kg push`, `kg query`, `kg queries`: stores, endpoints and the stored queries."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

import typer

from kg.cli._common import fail, warn
from kg.errors import EXIT_BAD_INPUT, InputError, KgError, Msg
from kg.stores.endpoint import PASSWORD_ENV, endpoint_from_options
from kg.stores.push import DEFAULT_BATCH_SIZE, push_files
from kg.stores.query import render, run_query, stored_queries
from kg.stores.store import LoadSummary, load_files


class AuthMethod(StrEnum):
    basic = "basic"
    digest = "digest"


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


def _ask_password(user: str) -> str:
    """A hidden prompt on a terminal (kg.stores.endpoint.endpoint_from_options asks only when
    neither KG_ENDPOINT_PASSWORD nor the URL gives the password)."""
    if not os.isatty(0):
        raise InputError(Msg.NO_PASSWORD.format(user=user, env=PASSWORD_ENV))
    return typer.prompt(f"Password for {user}", hide_input=True, err=True)


def _report(summary: LoadSummary, verb: str, where: str) -> None:
    for message in summary.failed:
        warn(f"error: {message}")
    typer.echo(
        f"{verb} {summary.documents} documents, {summary.triples} triples "
        f"({summary.graphs} graphs) to {where} in {summary.seconds:.2f} s"
    )
    if summary.failed:
        raise typer.Exit(EXIT_BAD_INPUT)


def load_command(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="RDF files (.trig keeps graphs)."
    ),
    store: Path = typer.Option(..., "--store", help="Directory of the embedded pyoxigraph store."),
    input_format: str | None = typer.Option(
        None, "--input-format", help="RDF format of all FILES (default: from each extension)."
    ),
) -> None:
    """Load RDF files into the embedded store; loading a document again replaces its graph.

    Example:

        kg load out/news.trig --store kgstore
    """
    try:
        summary = load_files(files, store, rdf_format=input_format)
    except KgError as error:
        fail(error)
    _report(summary, "loaded", str(store))


def push_command(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="RDF files (.trig keeps graphs)."
    ),
    endpoint: str = typer.Option(..., "--endpoint", help="SPARQL query endpoint URL."),
    update_endpoint: str | None = typer.Option(
        None, "--update-endpoint", help="SPARQL update URL (default: --endpoint)."
    ),
    user: str | None = typer.Option(
        None, "--user", help=f"User name; the password comes from {PASSWORD_ENV} or a prompt."
    ),
    auth: AuthMethod = typer.Option(AuthMethod.basic, "--auth", help="HTTP authentication."),
    batch_size: int = typer.Option(
        DEFAULT_BATCH_SIZE, "--batch-size", min=1, help="Triples per INSERT DATA request."
    ),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="Seconds per request."),
    input_format: str | None = typer.Option(
        None, "--input-format", help="RDF format of all FILES (default: from each extension)."
    ),
) -> None:
    """Push RDF files to a SPARQL 1.1 endpoint; each document graph is replaced, not duplicated.

    Example:

        kg push out/news.trig --endpoint http://localhost:7878/query \\
            --update-endpoint http://localhost:7878/update

        KG_ENDPOINT_PASSWORD=... kg push out/news.trig --user dba --auth digest \\
            --endpoint http://localhost:8890/sparql-auth
    """
    try:
        target = endpoint_from_options(
            endpoint, update_endpoint, user, _ask_password, auth=auth.value, timeout=timeout
        )
        summary = push_files(files, target, batch_size=batch_size, rdf_format=input_format)
    except KgError as error:
        fail(error)
    _report(summary, "pushed", target.shown_update_url)


def query_command(
    query: str = typer.Argument(
        ..., metavar="NAME|FILE.rq", help="Stored query name or a .rq file."
    ),
    data: list[Path] | None = typer.Option(None, "--data", help="RDF files to query."),
    store: Path | None = typer.Option(None, "--store", help="Embedded store directory."),
    endpoint: str | None = typer.Option(None, "--endpoint", help="SPARQL query endpoint URL."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.table, "--format", "-f", help="table, csv, tsv or json."
    ),
    param: list[str] | None = typer.Option(
        None, "--param", metavar="VAR=VALUE", help="Bind a variable (IRI or string); repeatable."
    ),
    user: str | None = typer.Option(
        None, "--user", help=f"Endpoint user; the password comes from {PASSWORD_ENV} or a prompt."
    ),
    auth: AuthMethod = typer.Option(AuthMethod.basic, "--auth", help="HTTP authentication."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="Seconds per request."),
) -> None:
    """Run a stored query (see `kg queries`) or a .rq file against files, a store or an endpoint.

    Example:

        kg query entities --data out/news.trig

        kg query ownership --store kgstore --format csv

        kg query claims --endpoint http://localhost:7878/query --param predicate=http://schema.org/parentOrganization
    """
    try:
        target = None
        if endpoint:
            target = endpoint_from_options(
                endpoint, None, user, _ask_password, auth=auth.value, timeout=timeout
            )
        result = run_query(query, data=data, store=store, endpoint=target, params=param or ())
        text = render(result, output_format.value)
    except KgError as error:
        fail(error)
    typer.echo(text, nl=False)


def queries_command() -> None:
    """List the stored queries, each with the first line of its header comment.

    Example:

        kg queries
    """
    entries = stored_queries()
    width = max((len(name) for name, _ in entries), default=0)
    for name, description in entries:
        typer.echo(f"{name.ljust(width)}  {description}")
