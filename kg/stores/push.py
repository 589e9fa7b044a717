"""`kg push`: write RDF files to a SPARQL 1.1 endpoint, idempotently.

Per file, per graph (rules in kg.stores.updates): a document graph is sent as `DROP SILENT GRAPH`
plus its first batch of `INSERT DATA` in one request, then one request per further batch; the
entities and provenance graphs are only inserted into. Pushing the same files twice leaves the
same triples; a push that failed half-way is repaired by pushing again.

Batches default to 500 triples: Virtuoso 7.2 compiles INSERT DATA into SQL and rejects large
requests (measured on 7.2.5 with short literals: 1,000 triples pass; 2,000 fail with "SP031 ...
generated SQL text has exceeded 10000 lines of code"; 5,000 with "SP030 ... memory exhausted"),
so 500 leaves room for long literals. Triples with blank nodes all go in one request.

Files are streamed (kg.stores.updates.file_updates: checked whole first, then read batch by batch).
Requests are sent in order, one at a time, by one background thread while the next ones are
built (at most `QUEUE_DEPTH` wait): the endpoint's work and kg's overlap, and memory stays
bounded by a few batches. The first endpoint error stops the push: nothing after it is sent.

Silent loss is refused: before the first update, `ASK {}` goes to the query URL and must come
back as SPARQL results (a web page answering 200 to everything is not an endpoint: nothing is
sent); after the last update, the last graph written must hold triples at the query URL (an
update URL that accepts everything but stores nothing, or another store, is reported).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from rdflib import URIRef

from kg.errors import InputError, Msg, NotAnEndpointError, RDFError
from kg.stores.endpoint import Endpoint, ask, check_endpoint, update
from kg.stores.store import LoadSummary
from kg.stores.updates import file_updates, graph_term

DEFAULT_BATCH_SIZE = 500
QUEUE_DEPTH = 2


class _Sender:
    """Sends update texts in order on one background thread; `send` blocks while QUEUE_DEPTH
    texts wait. The first error stops sending and is raised by the next `send` or `close`."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-push", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        checked = False
        while (text := self._queue.get()) is not None:
            if self._error is None:  # after an error, texts are only taken off the queue
                try:
                    if not checked:  # before the first update: is it a SPARQL endpoint?
                        check_endpoint(self._endpoint)
                        checked = True
                    update(self._endpoint, text)
                except BaseException as error:  # noqa: BLE001 - raised in the caller's thread
                    self._error = error

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def send(self, text: str) -> None:
        self._raise()
        self._queue.put(text)

    def close(self, raise_error: bool = True) -> None:
        """Wait until every text is sent (or dropped after an error); raise that error."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if raise_error:
            self._raise()


def push_files(
    paths: Iterable[Path],
    endpoint: Endpoint,
    batch_size: int = DEFAULT_BATCH_SIZE,
    rdf_format: str | None = None,
) -> LoadSummary:
    """Push RDF files to `endpoint`. A bad file is reported in `failed` and skipped (checked
    whole before anything of it is sent); an endpoint failure raises EndpointError (AuthError
    for 401/403) and stops the push."""
    started = time.monotonic()
    documents = graphs = triples = 0
    failed: list[str] = []
    last: URIRef | None = None  # the last graph written to
    sender = _Sender(endpoint)
    try:
        for path in paths:
            seen: set[URIRef] = set()
            try:
                for request in file_updates(Path(path), rdf_format, batch_size):
                    sender.send(request.text)
                    if request.graph not in seen:
                        seen.add(request.graph)
                        documents += request.replace
                        graphs += 1
                    triples += request.triples
                    last = request.graph if request.triples else last
            except (InputError, RDFError) as error:  # from the first pass: nothing was sent
                failed.append(str(error))
    except BaseException:
        sender.close(raise_error=False)  # the error in flight (maybe the sender's) wins
        raise
    sender.close()
    if last is not None:
        _check_stored(endpoint, last)
    return LoadSummary(documents, triples, time.monotonic() - started, graphs, tuple(failed))


def _check_stored(endpoint: Endpoint, graph: URIRef) -> None:
    """The graph written last holds triples at the query URL, or NotAnEndpointError."""
    if not ask(endpoint, f"ASK {{ GRAPH {graph_term(graph)} {{ ?s ?p ?o }} }}"):
        raise NotAnEndpointError(
            Msg.NOT_STORED.format(
                endpoint=endpoint.shown_update_url, graph=graph, query=endpoint.shown_url
            )
        )
