"""Writing an extraction to a file: streamed per document, atomic, byte-stable.

Turtle, TriG, N-Triples and N-Quads are written document by document as each completes
(Turtle and TriG allow prefix directives between chunks), so memory holds one document's
graph at a time; the entities and run graphs come last. JSON-LD has no streaming form: it
is built in memory. The output goes to a temporary file renamed over the target at the end,
so a failed run never leaves a half-written file. Lines of N-Triples/N-Quads are sorted
within each chunk, so identical input gives byte-identical output (with SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.errors import InputError, Msg
from kg.extraction import DocumentResult, ExtractOptions, RunRecorder, Summary, extract_stream
from kg.rdf.rdfio import graph_chunk, new_dataset

STREAMING_FORMATS = {"turtle", "trig", "nt", "nquads"}  # JSON-LD is built whole


class _Sink:
    """Where graphs go: a stream for streaming formats, a Dataset for JSON-LD."""

    def __init__(self, out: BinaryIO, rdf_format: str) -> None:
        self.out = out
        self.format = rdf_format
        self.dataset: Dataset | None = None if rdf_format in STREAMING_FORMATS else new_dataset()

    def add(self, graph: Graph | None, chunk: bytes | None = None) -> None:
        """A graph, or the same graph already serialised in this sink's format."""
        if self.dataset is None:
            self.out.write(chunk if chunk is not None else graph_chunk(graph, self.format))
            return
        target = self.dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)

    def close(self) -> None:
        if self.dataset is not None:
            self.out.write(self.dataset.serialize(format=self.format, encoding="utf-8"))


def write_extraction(
    paths: Iterable[str],
    output: Path | None,
    rdf_format: str,
    options: ExtractOptions,
    on_document: Callable[[DocumentResult | InputError], None] | None = None,
    stdin: bytes | None = None,
) -> Summary:
    """Extract `paths` into `output` (stdout when None); returns the run summary."""
    if output is None:
        return _write_to(sys.stdout.buffer, paths, rdf_format, options, on_document, stdin)
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    except OSError as error:
        raise InputError(Msg.WRITE_FAILED.format(path=output, reason=error.strerror)) from error
    try:
        with os.fdopen(handle, "wb") as out:
            summary = _write_to(out, paths, rdf_format, options, on_document, stdin)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return summary


def _write_to(out, paths, rdf_format, options, on_document, stdin) -> Summary:
    recorder = RunRecorder(options)
    sink = _Sink(out, rdf_format)
    if rdf_format in STREAMING_FORMATS:
        options = replace(options, chunk_format=rdf_format)
    for result in extract_stream(paths, options, stdin=stdin):
        if on_document is not None:
            on_document(result)
        if isinstance(result, InputError):
            recorder.summary.errors.append(result)
            continue
        recorder.record(result)
        sink.add(result.graph, result.chunk)
    for graph in recorder.final_graphs():
        sink.add(graph)
    sink.close()
    return recorder.summary


__all__ = ["write_extraction"]
