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
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph, URIRef

from kg.errors import DuplicateInput, InputError, Msg
from kg.extraction import DocumentResult, ExtractOptions, RunRecorder, Summary, extract_stream
from kg.rdf.rdfio import FORMAT_BY_SUFFIX, format_for, graph_chunk, new_dataset
from kg.vocab import PREFIXES

STREAMING_FORMATS = {"turtle", "trig", "nt", "nquads"}  # JSON-LD is built whole


class _Sink:
    """Where graphs go: a stream for streaming formats, a Dataset for JSON-LD.

    Turtle and TriG get kg's prefixes declared once, at the top (the chunks' own
    declarations are dropped), and a blank line after each subject's block; JSON-LD gets
    a @context of the same prefixes, so its keys read as `schema:name`, not full IRIs."""

    def __init__(self, out: BinaryIO, rdf_format: str) -> None:
        self.out = out
        self.format = rdf_format
        self.dataset: Dataset | None = None if rdf_format in STREAMING_FORMATS else new_dataset()
        self.started = False

    def add(self, graph: Graph | None, chunk: bytes | None = None) -> None:
        """A graph, or the same graph already serialised in this sink's format."""
        if self.dataset is None:
            data = chunk if chunk is not None else graph_chunk(graph, self.format)
            if self.format in {"turtle", "trig"}:
                data = self._readable(data)
            self.out.write(data)
            return
        target = self.dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)

    def _readable(self, chunk: bytes) -> bytes:
        lines = chunk.decode("utf-8").splitlines(keepends=True)
        body = [line for line in lines if not line.startswith("@prefix ")]
        spaced = "".join(line + "\n" if line.endswith(" .\n") else line for line in body)
        header = "" if self.started else _prefix_header() + "\n"
        self.started = True
        return (header + spaced).encode("utf-8")

    def close(self) -> None:
        if self.dataset is not None:
            context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
            data = self.dataset.serialize(
                format=self.format, encoding="utf-8", context=context, auto_compact=True
            )
            self.out.write(data)


def _prefix_header() -> str:
    """kg's prefixes, one declaration each, in a fixed order."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items())


def output_format(output: Path | None, explicit: str | None = None) -> str:
    """The output's RDF format: `explicit`, else from the extension (an unknown one is an
    error, never silently Turtle), else Turtle for stdout."""
    if output is not None and Path(output).is_dir():
        raise InputError(Msg.OUTPUT_IS_DIRECTORY.format(path=output))
    if explicit or output is None:
        return format_for("out.ttl", explicit)
    suffix = Path(output).suffix.lower()
    if suffix not in FORMAT_BY_SUFFIX:
        choices = ", ".join(sorted(FORMAT_BY_SUFFIX))
        raise InputError(
            Msg.UNKNOWN_OUTPUT_SUFFIX.format(path=output, suffix=suffix, choices=choices)
        )
    return FORMAT_BY_SUFFIX[suffix]


def write_extraction(
    paths: Iterable[str],
    output: Path | None,
    rdf_format: str,
    options: ExtractOptions,
    on_document: Callable[[DocumentResult | InputError], None] | None = None,
    stdin: bytes | None = None,
) -> Summary:
    """Extract `paths` into `output` (stdout when None); returns the run summary.

    The file is written whole or not at all: to a temporary file beside it (with the mode
    the umask gives), renamed over it at the end. A run that extracted no document leaves
    an existing file as it was and raises; so does an error while writing (a full disk)."""
    if output is None:
        return _write_to(sys.stdout.buffer, paths, rdf_format, options, on_document, stdin)
    output = Path(output)
    if output.is_dir():
        raise InputError(Msg.OUTPUT_IS_DIRECTORY.format(path=output))
    temporary = _temporary_beside(output)
    try:
        with _removed_on_termination(), temporary.open("wb") as out:
            summary = _write_to(out, paths, rdf_format, options, on_document, stdin)
        if summary.documents == 0:
            raise InputError(Msg.NOTHING_EXTRACTED.format(path=output))
        os.replace(temporary, output)
    except OSError as error:
        raise InputError(Msg.WRITE_FAILED.format(path=output, reason=error.strerror)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return summary


def _temporary_beside(output: Path) -> Path:
    """An empty file next to `output`, readable as the umask says (mkstemp makes 0600)."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        os.close(handle)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(name, 0o666 & ~mask)
    except OSError as error:
        raise InputError(Msg.WRITE_FAILED.format(path=output, reason=error.strerror)) from error
    return Path(name)


@contextmanager
def _removed_on_termination() -> Iterator[None]:
    """SIGTERM (a batch system stopping the run) unwinds like Ctrl-C, so the temporary file
    is removed and the target left as it was."""
    if threading.current_thread() != threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write_to(out, paths, rdf_format, options, on_document, stdin) -> Summary:
    recorder = RunRecorder(options)
    sink = _Sink(out, rdf_format)
    if rdf_format in STREAMING_FORMATS:
        options = replace(options, chunk_format=rdf_format)
    written: dict[URIRef, str] = {}  # document IRI -> the input it came from
    for result in extract_stream(paths, options, stdin=stdin):
        if not isinstance(result, InputError) and result.iri in written:
            first = written[result.iri]  # the same text twice: one document, described once
            result = DuplicateInput(Msg.DUPLICATE_DOCUMENT.format(path=result.source, first=first))
        if on_document is not None:
            on_document(result)
        if isinstance(result, InputError):
            if not isinstance(result, DuplicateInput):
                recorder.summary.errors.append(result)
            continue
        written[result.iri] = result.source
        recorder.record(result)
        sink.add(result.graph, result.chunk)
    if recorder.summary.documents:  # no run graphs for a run that extracted nothing
        for graph in recorder.final_graphs():
            sink.add(graph)
        sink.close()
    return recorder.summary


__all__ = ["output_format", "write_extraction"]
