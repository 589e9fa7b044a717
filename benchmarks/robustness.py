"""What every text must survive, checked on one document: the properties shared by the fuzz
tests (tests/test_fuzz.py), the fuzz benchmark (benchmarks/fuzz.py) and the corpus run
(benchmarks/corpora_run.py).

`check_text` runs the text through kg's own path for a JSONL article (ingest, extraction with
the real pipeline and validation on, `kg.write.write_extraction` to a file in `rdf_format`),
reads the file back and reports:

- `rejected`: the ingest refused the text (an `InputError`, e.g. an empty article): allowed;
- `violations`: SHACL violations kg reported for the document while extracting it (and for
  the run: what documents share);
- `file_violations`: SHACL violations of the written file, parsed back (what `kg validate`
  says of it);
- `offset_mismatches`: spans (nif:Phrase, nif:Sentence) whose nif:anchorOf is not the text at
  their nif:beginIndex/nif:endIndex in their context's nif:isString, and contexts whose
  nif:isString is not the article's text.

An exception escapes (the caller counts it); a time limit is the caller's (`time_limit` in
this process, `GuardedWorker` for a separate one that can be killed).
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.extraction import DocumentResult, ExtractOptions
from kg.vocab import NIF

EXTENSIONS = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "nt": ".nt"}


@dataclass
class Outcome:
    source: str
    rejected: str = ""
    violations: list[str] = field(default_factory=list)
    file_violations: list[str] = field(default_factory=list)
    offset_mismatches: list[str] = field(default_factory=list)
    exception: str = ""  # set by the callers that catch
    timeout: bool = False  # not done within the time limit and its grace: counted as a hang
    slow: float = 0.0  # done, but after the time limit: the seconds it took

    @property
    def ok(self) -> bool:
        return not (
            self.violations
            or self.file_violations
            or self.offset_mismatches
            or self.exception
            or self.timeout
        )

    def problems(self) -> list[str]:
        found = [f"exception: {self.exception}"] if self.exception else []
        found += ["timeout"] if self.timeout else []
        found += [f"violation: {v}" for v in self.violations]
        found += [f"file violation: {v}" for v in self.file_violations]
        found += [f"offset: {v}" for v in self.offset_mismatches]
        return found


def check_text(text: str, rdf_format: str = "trig", source: str = "fuzz") -> Outcome:
    """Extract `text` as one JSONL article with validation on; check the written file."""
    from kg.rdf.rdfio import read_rdf
    from kg.rdf.validate import validate_graph
    from kg.write import write_extraction

    outcome = Outcome(source)
    results: list[DocumentResult | InputError] = []
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as directory:
        feed = Path(directory) / "article.jsonl"
        feed.write_text(json.dumps({"text": text}) + "\n", encoding="ascii")
        output = Path(directory) / f"out{EXTENSIONS[rdf_format]}"
        # kg's own per-document budget is off: the callers' time limits count hangs
        options = ExtractOptions(doc_timeout=0)
        try:
            summary = write_extraction([str(feed)], output, rdf_format, options, results.append)
        except InputError:  # nothing extracted: the article's own error says why
            if not any(isinstance(r, InputError) for r in results):
                raise
        errors = [r for r in results if isinstance(r, InputError)]
        if errors:
            outcome.rejected = str(errors[0])
            return outcome
        (result,) = results
        outcome.violations = list(result.violations) + list(summary.run_violations)
        dataset = read_rdf(output, rdf_format)
    union = Graph()
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    report = validate_graph(union)
    outcome.file_violations = [f"{v.focus} {v.path}: {v.message}" for v in report.violations]
    outcome.offset_mismatches = offset_mismatches(union, text.replace("\r\n", "\n"))
    return outcome


def offset_mismatches(graph: Graph, text: str | None = None) -> list[str]:
    """Spans whose anchor is not the text at their offsets (and contexts that are not `text`)."""
    found = []
    for context in graph.subjects(RDF.type, NIF.Context):
        string = graph.value(context, NIF.isString)
        if text is not None and (string is None or str(string) != text):
            found.append(f"{context}: nif:isString is not the article's text")
    for span_class in (NIF.Phrase, NIF.Sentence):
        for span in graph.subjects(RDF.type, span_class):
            anchor = graph.value(span, NIF.anchorOf)
            begin = graph.value(span, NIF.beginIndex)
            end = graph.value(span, NIF.endIndex)
            context = graph.value(span, NIF.referenceContext)
            string = graph.value(context, NIF.isString) if context is not None else None
            if None in (anchor, begin, end, string):
                found.append(f"{span}: anchor, offsets or context missing")
                continue
            actual = str(string)[int(begin) : int(end)]
            if actual != str(anchor):
                found.append(f"{span}: anchor {str(anchor)!r} but the text reads {actual!r}")
    return sorted(found)


class Timeout(Exception):
    """A document took longer than its time limit."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise `Timeout` in this (main) thread after `seconds` (SIGALRM; Unix only). Python code
    is interrupted between bytecodes, so a loop in kg's rules is stopped."""

    def expired(signum, frame):
        raise Timeout(f"more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def describe_exception(error: BaseException) -> str:
    """'Type: message (at file:line in function)' of the innermost frame inside kg."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/kg/" in f.filename]
    where = ""
    if frames:
        frame = frames[-1]
        where = f" (at {frame.filename.split('/kg/')[-1]}:{frame.lineno} in {frame.name})"
    return f"{type(error).__name__}: {error}{where}"


def _serve(connection) -> None:
    from kg.nlp.pipeline import load_pipeline

    load_pipeline(None)
    while True:
        request = connection.recv()
        if request is None:
            return
        text, rdf_format, source = request
        try:
            outcome = check_text(text, rdf_format, source)
        except Exception as error:
            outcome = Outcome(source, exception=describe_exception(error))
        connection.send(outcome)


class GuardedWorker:
    """`check_text` in a child process, killed and replaced when a document takes longer than
    `seconds` plus `grace` (the outcome then says `timeout`): a hang costs its time limit,
    never the run. A document done within the grace is `slow` (a busy machine, or a large
    graph to validate), not a hang."""

    def __init__(self, seconds: float, grace: float = 0.0) -> None:
        self.seconds = seconds
        self.grace = grace
        self.context = multiprocessing.get_context("fork")
        self.process = None
        self.connection = None

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        self.connection = parent
        self.connection.send(("Warm-up.\n", "nquads", "warm-up"))  # pipeline load: no limit
        self.connection.recv()

    def check(self, text: str, rdf_format: str = "trig", source: str = "fuzz") -> Outcome:
        if self.process is None or not self.process.is_alive():
            self._start()
        self.connection.send((text, rdf_format, source))
        started = time.perf_counter()
        if self.connection.poll(self.seconds) or self.connection.poll(self.grace):
            try:
                outcome = self.connection.recv()
            except EOFError:  # the child died (a crash in C code)
                self.stop()
                return Outcome(source, exception="the worker process died")
            seconds = time.perf_counter() - started
            if seconds > self.seconds:
                outcome.slow = round(seconds, 1)
            return outcome
        self.stop()
        return Outcome(source, timeout=True)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = None

    def __enter__(self) -> GuardedWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


__all__ = ["GuardedWorker", "Outcome", "Timeout", "check_text", "offset_mismatches", "time_limit"]
