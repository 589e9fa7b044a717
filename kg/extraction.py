"""The main job: documents in, one RDF graph per document out, entities indexed across them.

    from kg import extract
    result = extract(["articles/"])          # an rdflib Dataset plus a summary
    result.dataset.serialize(format="trig")

This is the one place that runs the stages in order. Per document (a pure function of the
text, the pipeline and the base IRI, so it can run in any worker): clean (kg.ingest) ->
parse the mined paragraphs (kg.nlp) -> mentions -> resolve to entities (kg.entities) ->
relations, events, quotations (kg.facts) -> the document's graph, validated (kg.rdf).
Across documents only the `EntityIndex` is kept (surface forms per entity IRI), never the
graphs: `write_extraction` streams each document's graph to the output as it completes.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain

import numpy
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from spacy.language import Language

from kg import __version__
from kg.ahead import ahead
from kg.budget import DEFAULT_SECONDS, BudgetExceeded, document_budget, time_budget
from kg.entities.mentions import find_mentions
from kg.entities.resolve import EntityIndex, LocalEntity, resolve_document
from kg.errors import InputError, KgError, Msg
from kg.facts.statements import extract_statements
from kg.ingest.clean import clean
from kg.ingest.read import DEFAULT_MAX_BYTES, Document, iter_documents
from kg.nlp.pipeline import load_pipeline, parse, pieces_for, pipeline_identity
from kg.rdf.graph import DocumentGraphBuilder, Triple, entities_graph, provenance_graph
from kg.rdf.rdfio import graph_chunk, new_dataset
from kg.rdf.run_check import run_violations, shared_triples, violation_lines
from kg.vocab import (
    DEFAULT_BASE,
    agent_iri,
    document_iri,
    entity_iri,
    run_iri,
)
from kg.vocab import (
    entities_graph as entities_graph_iri,
)
from kg.vocab import (
    provenance_graph as provenance_graph_iri,
)
from kg.workers import Batch, WorkerPool

BATCH_DOCUMENTS = 16  # per task of a worker process
AHEAD_DOCUMENTS = 4  # per parse in one process: the first batch parses with nothing to
# build beside it, so smaller batches overlap more (100 news articles: 24.6 s with 16,
# 22.7 s with 4, 23.0 s with 2; nlp.pipe alone 21.8 s)
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


@dataclass
class ExtractOptions:
    model: str | None = None
    base: str = DEFAULT_BASE
    max_bytes: int = DEFAULT_MAX_BYTES
    metadata: dict[str, str] = field(default_factory=dict)  # caller's metadata: wins
    validate: bool = True
    workers: int = 1
    chunk_format: str | None = None  # serialise each document's graph in the worker
    doc_timeout: float = DEFAULT_SECONDS  # per document and 100,000 characters; 0: none


@dataclass
class DocumentResult:
    source: str
    iri: URIRef
    graph: Graph | None  # None when `chunk` holds it serialised
    entities: list[LocalEntity]
    facts: int = 0
    violations: list[str] = field(default_factory=list)
    triples: int = 0
    chunk: bytes | None = None  # the graph serialised (then `graph` is None), see chunk_format
    event_labels: dict[URIRef, str] = field(default_factory=dict)  # go to the entities graph
    shared: list[Triple] = field(default_factory=list)  # about nodes other documents share


@dataclass
class Summary:
    documents: int = 0
    entities: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0
    errors: list[KgError] = field(default_factory=list)
    violations: int = 0
    run_violations: list[str] = field(default_factory=list)  # of what spans documents


@dataclass
class ExtractResult:
    dataset: Dataset
    summary: Summary


def run_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def process_documents(
    nlp: Language, documents: list[Document], options: ExtractOptions
) -> list[DocumentResult | InputError]:
    """Extract a batch of documents with one `nlp.pipe` stream over all their paragraphs."""
    return build_documents(parse_documents(nlp, documents), options)


ParsedDocument = tuple[Document, dict[str, str], list]  # the document, its stated metadata
# (from its text), and its paragraph pieces with their Docs


def parse_documents(nlp: Language, documents: list[Document]) -> list[ParsedDocument]:
    """Clean a batch of documents and parse their paragraphs in one `nlp.pipe` stream."""
    cleaned = [clean(document.text) for document in documents]
    pieces = [
        piece
        for index, (document, text) in enumerate(zip(documents, cleaned, strict=True))
        for piece in pieces_for(index, document.text, [(s.start, s.end) for s in text.mined()])
    ]
    parsed: list[list] = [[] for _ in documents]
    for piece, doc in parse(nlp, pieces):
        doc.tensor = _NO_TENSOR  # the encoder's output: kg's rules never read it, and it
        parsed[piece.document].append((piece, doc))  # is most of a parsed text's memory
    return [
        (document, text.metadata, parsed[index])
        for index, (document, text) in enumerate(zip(documents, cleaned, strict=True))
    ]


def build_documents(
    parsed: list[ParsedDocument], options: ExtractOptions
) -> list[DocumentResult | InputError]:
    """Each parsed document's graph, or the error that took its place."""
    return [_within_budget(*document, options) for document in parsed]


def _within_budget(
    document: Document, stated: dict[str, str], parsed: list, options: ExtractOptions
) -> DocumentResult | InputError:
    """`build_document` within the document's time budget; past it, an error naming the
    document takes its place and the run goes on."""
    seconds = document_budget(options.doc_timeout, len(document.text))
    try:
        with time_budget(seconds if options.doc_timeout else None):
            return build_document(document, stated, parsed, options)
    except BudgetExceeded:
        return InputError(Msg.DOCUMENT_TIMEOUT.format(path=document.source, seconds=seconds))


def build_document(
    document: Document, stated: dict[str, str], parsed: list, options: ExtractOptions
) -> DocumentResult:
    """One parsed document's graph (with its entities, facts and violations)."""
    with _collector_paused():
        return _build_document(document, stated, parsed, options)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is built. The rules make and drop
    hundreds of thousands of small objects per document (spaCy Tokens, rdflib terms,
    tuples); every 700 of them the collector walked the young ones, and every few
    thousand the whole heap with the pipeline in it: about a sixth of kg's own time. The
    objects the document leaves in cycles are collected once it is back on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _build_document(
    document: Document, stated: dict[str, str], parsed: list, options: ExtractOptions
) -> DocumentResult:
    text_hash = document.text_hash
    iri = document_iri(options.base, text_hash)
    mentions = find_mentions(parsed)
    entities = resolve_document(mentions, document.text)
    for entity in entities:
        entity.iri = entity_iri(options.base, entity.entity_class, entity.key)
    builder = DocumentGraphBuilder(iri, document.text)
    metadata = {**stated, **document.metadata, **options.metadata}
    builder.describe(document, metadata, text_hash)
    builder.entities(entities)
    statements = extract_statements(document.text, parsed, entities, metadata, options.base)
    for fact in statements.facts:
        builder.fact(fact)
    for event in statements.events:
        builder.event(event)
    for quote in statements.quotations:
        builder.quotation(quote)
    claims = len(statements.facts) + len(statements.events) + len(statements.quotations)
    all_entities = entities + statements.implied_entities
    result = DocumentResult(document.source, iri, None, all_entities, claims)
    result.event_labels = builder.event_labels
    if options.validate:
        shared = {event.iri for event in statements.events}  # events and posts
        result.shared = shared_triples(builder.triples, shared)
    if options.validate:
        result.violations = validate_document(builder.triples, result)
    result.triples = len(builder.triples)
    if options.chunk_format:
        result.chunk = graph_chunk(builder.triples, options.chunk_format)
    else:
        result.graph = builder.graph
    return result


def validate_document(triples: Iterable[Triple], result: DocumentResult) -> list[str]:
    """SHACL violations of one document's graph plus its entities' descriptions: a
    violation is a bug in kg, reported with the document it came from. The triples go to
    the validator as they are (kg's shapes: kg.rdf.shacl_fast indexes them itself)."""
    labels: dict[URIRef, str] = {}  # one label per IRI, as the entities graph will give
    types: list[Triple] = []
    for entity in result.entities:  # (two keys can share an IRI: "TikTok" and "TikTok𐀀")
        types.append((entity.iri, RDF.type, entity.entity_class))
        labels.setdefault(entity.iri, entity.key)
    described = [(iri, RDFS.label, Literal(label)) for iri, label in labels.items()]
    return violation_lines(chain(triples, types, described), result.source)


def _batches(
    items: Iterable[Document | InputError], size: int
) -> Iterator[tuple[list[Document], list[InputError]]]:
    documents: list[Document] = []
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            documents.append(item)
        if len(documents) >= size or errors:
            yield documents, errors
            documents, errors = [], []
    if documents or errors:
        yield documents, errors


def extract_stream(
    paths: Iterable[str], options: ExtractOptions, stdin: bytes | None = None
) -> Iterator[DocumentResult | InputError]:
    """Each document's result (or the input error in its place), in input order.

    In one process, the next few documents parse in a background thread while the graphs
    of the ones before are built (kg.ahead). With `options.workers` > 1, batches of
    documents go to that many processes (each with its own copy of the pipeline, forked
    from this one) and come back in input order, so the output is the same as with one
    process."""
    nlp = load_pipeline(options.model)
    documents = iter_documents(paths, options.max_bytes, stdin=stdin)
    if options.workers <= 1:
        parsed_batches = (
            (errors, parse_documents(nlp, batch) if batch else [])
            for batch, errors in _batches(documents, AHEAD_DOCUMENTS)
        )
        for errors, parsed in ahead(parsed_batches):  # the next batch parses while this
            yield from errors  # one builds (kg.ahead)
            yield from build_documents(parsed, options)
        return
    pool = WorkerPool(options.workers, _start_worker, (options,), _work)
    yield from pool.results(_batches(documents, BATCH_DOCUMENTS))


_WORKER: dict = {}


def _start_worker(options: ExtractOptions) -> None:
    # a forked worker inherits the parent's SIGTERM handler (kg.write turns SIGTERM into
    # KeyboardInterrupt to remove its temporary file); the pool stops its workers with
    # SIGTERM, and one that raises instead of dying can hold the task queue's lock and
    # leave the pool's shutdown waiting forever
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER["nlp"] = load_pipeline(options.model)
    _WORKER["options"] = options


def _work(batch: Batch) -> tuple[list[InputError], list[DocumentResult]]:
    documents, errors = batch
    results = process_documents(_WORKER["nlp"], documents, _WORKER["options"]) if documents else []
    return errors, results


class RunRecorder:
    """Collects what the run-level graphs need: the entity index and the documents used."""

    def __init__(self, options: ExtractOptions) -> None:
        self.options = options
        self.index = EntityIndex(options.base)
        self.documents: list[URIRef] = []
        self.started = run_time()
        self.summary = Summary()
        self.clock = time.perf_counter()
        self.shared: list[Triple] = []

    def record(self, result: DocumentResult) -> None:
        self.index.assign(result.entities, str(result.iri))
        self.documents.append(result.iri)
        self.summary.documents += 1
        self.summary.facts += result.facts
        self.summary.triples += result.triples
        self.summary.violations += len(result.violations)
        for iri, label in result.event_labels.items():
            self.index.event_labels.setdefault(iri, label)
        self.shared.extend(result.shared)

    def final_graphs(self) -> list[Graph]:
        nlp = load_pipeline(self.options.model)
        pipeline, pipeline_version = pipeline_identity(nlp)
        import spacy

        versions = {
            "kg": __version__,
            "spacy": spacy.__version__,
            "pipeline": pipeline,
            "pipeline_version": pipeline_version,
        }
        base = self.options.base
        docs = sorted(set(self.documents))
        activity = run_iri(base, *map(str, docs), __version__, pipeline, pipeline_version)
        agent = agent_iri(base, __version__, f"{pipeline}-{pipeline_version}")
        ended = self.started if os.environ.get("SOURCE_DATE_EPOCH") else run_time()
        graphs = [
            entities_graph(self.index, entities_graph_iri(base)),
            provenance_graph(
                provenance_graph_iri(base), activity, agent, docs, self.started, ended, versions
            ),
        ]
        if self.options.validate:
            self.summary.run_violations = run_violations(self.shared, self.index)
            self.summary.violations += len(self.summary.run_violations)
        self.summary.entities = len(self.index.entries)
        self.summary.triples += sum(len(graph) for graph in graphs)
        self.summary.seconds = round(time.perf_counter() - self.clock, 2)
        return graphs


def extract(
    paths: Iterable[str],
    options: ExtractOptions | None = None,
    on_document: Callable[[DocumentResult | InputError], None] | None = None,
) -> ExtractResult:
    """Extract every input into one Dataset (named graph per document, entities, run)."""
    options = options or ExtractOptions()
    return collect(extract_stream(paths, options), options, on_document)


def collect(
    results: Iterable[DocumentResult | InputError],
    options: ExtractOptions,
    on_document: Callable[[DocumentResult | InputError], None] | None = None,
    recorder: RunRecorder | None = None,
) -> ExtractResult:
    """Per-document results (from this process, workers or a cluster) into one Dataset,
    with the entities and run graphs made from the merged index."""
    recorder = recorder or RunRecorder(options)
    dataset = new_dataset()
    for result in results:
        if on_document is not None:
            on_document(result)
        if isinstance(result, InputError):
            recorder.summary.errors.append(result)
            continue
        recorder.record(result)
        _add_graph(dataset, result.graph)
    for graph in recorder.final_graphs():
        _add_graph(dataset, graph)
    return ExtractResult(dataset, recorder.summary)


def _add_graph(dataset: Dataset, graph: Graph) -> None:
    target = dataset.graph(graph.identifier)
    for triple in graph:
        target.add(triple)
