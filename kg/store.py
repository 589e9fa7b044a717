"""The embedded store: a pyoxigraph store on disk (`kg load`, `kg query --store DIR`).

Loading follows kg.updates: each document graph is replaced in one atomic update (DROP SILENT
GRAPH + INSERT DATA), the entities and provenance graphs are merged, so loading the same file
twice leaves the store as loading it once. Queries see the union of all graphs as their default
graph (see kg.query).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph

from kg.errors import EndpointError, KgError, Msg
from kg.updates import graph_parts, part_updates


@dataclass(frozen=True)
class LoadSummary:
    """What a load or push wrote. `failed` holds one message per input that was skipped."""

    documents: int
    triples: int
    seconds: float
    graphs: int = 0
    failed: tuple[str, ...] = field(default_factory=tuple)


def open_store(directory: Path | str, read_only: bool = False) -> pyoxigraph.Store:
    """Open (or create) the store in `directory`; a store error becomes an EndpointError."""
    directory = Path(directory)
    try:
        if read_only:
            if not directory.is_dir():
                raise OSError("no store in this directory")
            return pyoxigraph.Store.read_only(str(directory))
        directory.mkdir(parents=True, exist_ok=True)
        return pyoxigraph.Store(str(directory))
    except OSError as error:
        raise EndpointError(Msg.STORE_FAILED.format(store=directory, reason=error)) from error


def load_files(
    paths: Iterable[Path], store_dir: Path | str, rdf_format: str | None = None
) -> LoadSummary:
    """Load RDF files into the store in `store_dir`. A bad file is reported in `failed` and
    skipped; the other files are still loaded. Store failures raise EndpointError."""
    started = time.monotonic()
    store = open_store(store_dir)
    documents = graphs = triples = 0
    failed: list[str] = []
    try:
        for path in paths:
            try:  # build every update first: a file that cannot be written changes nothing
                parts = graph_parts(Path(path), rdf_format)
                requests = [list(part_updates(part)) for part in parts]
            except KgError as error:
                failed.append(str(error))
                continue
            for part, texts in zip(parts, requests, strict=True):
                for text in texts:
                    try:
                        store.update(text)
                    except (OSError, SyntaxError, ValueError) as error:
                        raise EndpointError(
                            Msg.STORE_FAILED.format(store=store_dir, reason=error)
                        ) from error
                documents += part.replace
                graphs += 1
                triples += len(part.triples)
        store.flush()
    finally:
        del store
    return LoadSummary(documents, triples, time.monotonic() - started, graphs, tuple(failed))


def count_triples(store_dir: Path | str) -> int:
    """Number of quads in the store (all graphs)."""
    store = open_store(store_dir, read_only=True)
    return len(store)
