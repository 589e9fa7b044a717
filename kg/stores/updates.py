"""RDF files streamed graph by graph, and SPARQL Update text built only from rdflib terms.

Shared by `kg load` (embedded store) and `kg push` (endpoint), so both apply the same rules:

- a document graph (any named graph other than the two below) is replaced: `DROP SILENT GRAPH`
  then `INSERT DATA`, so loading or pushing a document again never duplicates anything;
- `{base}graph/entities` and `{base}graph/provenance` (any base) are merged: `INSERT DATA`
  only, never dropped, since they hold what every document contributed;
- triples outside any named graph (Turtle, N-Triples, or the default graph of TriG) go to a
  graph named by the file's `file:` URI, replaced like a document graph.

Streaming: a file is read twice with pyoxigraph's streaming parser (kg.rdf.rdfio.parse_quads,
which every RDF read of kg uses: it never fetches anything) and never held whole. The
first pass only parses (`check_rdf`): a file that is malformed anywhere is refused before
anything is written. The second pass (`file_updates`, or `graph_blocks` for the embedded store)
goes through the quads in file order, so memory holds one batch (one run of a graph for `kg
load`), whatever the size of the file. A graph may come back later in the same file (TriG
blocks, hand-written N-Quads): it is dropped only the first time it is met in that file, and
later runs are inserted, so nothing already sent from the file is lost. Triples with blank
nodes are kept per graph until the end of the file and sent in one request per graph, since a
blank node label only means the same node within one INSERT DATA request.

Injection safety: no caller text is ever pasted into SPARQL. Each pyoxigraph term is turned into
an rdflib term and every row is written by rdflib's N-Triples row writer (`_nt_row`, as kg's
output in kg.rdf.rdfio), which escapes quotes, backslashes and line breaks and refuses IRIs that
are not IRIs (pyoxigraph's strict parse refuses them first: `check_rdf` reports the file,
line and column). The rdflib terms of recently seen pyoxigraph terms are memoised (bounded).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

from kg.errors import InputError, Msg
from kg.rdf.rdfio import RdflibTerms, checked_quads, format_for, parse_quads, rdflib_term

MERGED_GRAPH_SUFFIXES = ("/graph/entities", "/graph/provenance")
TERM_CACHE_LIMIT = 20_000  # pyoxigraph -> rdflib terms memoised (cleared when full)

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Update:
    """One SPARQL Update request for one graph, and the triples it inserts."""

    graph: URIRef
    text: str
    triples: int
    replace: bool  # the graph is a document graph (dropped once per file, then inserted into)


@dataclass(frozen=True)
class GraphBlock:
    """A run of consecutive quads of one graph (graph names already mapped), for the store."""

    graph: pyoxigraph.NamedNode
    quads: list[pyoxigraph.Quad]
    replace: bool
    first: bool  # the first run of this graph in the file: drop the graph before it


def is_merged_graph(name: URIRef | str) -> bool:
    return str(name).endswith(MERGED_GRAPH_SUFFIXES)


def file_graph(path: Path | str) -> URIRef:
    """The graph that receives the triples a file holds outside any named graph."""
    return URIRef(Path(path).resolve().as_uri())


class UnsafeTermError(InputError):
    """A term rdflib refuses to write into an update; `reason` is rdflib's."""

    def __init__(self, reason: str) -> None:
        super().__init__(Msg.UNSAFE_TERM.format(reason=reason))
        self.reason = reason


def _unsafe(error: Exception) -> UnsafeTermError:
    return UnsafeTermError(str(error).split("?")[0])  # without rdflib's urlencode hint


class _Terms(RdflibTerms):
    """pyoxigraph terms as rdflib terms (datatype IRIs checked) and rows as rdflib writes
    them, memoised (bounded)."""

    def __init__(self) -> None:
        super().__init__(_rdflib_term, TERM_CACHE_LIMIT)

    def term(self, term: object) -> Node:
        return self(term)

    def row(self, quad: pyoxigraph.Quad) -> str:
        try:
            triple = (self.term(quad.subject), self.term(quad.predicate), self.term(quad.object))
            return _nt_row(triple)
        except UnsafeTermError:
            raise
        except Exception as error:  # rdflib refuses IRIs that cannot be written safely
            raise _unsafe(error) from error


def _rdflib_term(term: object) -> Node:
    node = rdflib_term(term)
    if isinstance(node, Literal) and node.datatype is not None:
        node.datatype.n3()  # rdflib's row writer does not check datatype IRIs: refuse unsafe ones
    return node


def _parse(path: Path, fmt: str, *, rename_blank_nodes: bool = False) -> Iterator[pyoxigraph.Quad]:
    return parse_quads(path, fmt, rename_blank_nodes=rename_blank_nodes)


def check_rdf(path: Path | str, rdf_format: str | None = None) -> None:
    """The first pass: parse the whole file, keep nothing. Raises InputError (unreadable) or
    RDFError (malformed, with its line and column; a remote JSON-LD context; RDF 1.2 terms)."""
    path = Path(path)
    for _quad in checked_quads(path, format_for(path, rdf_format), parse=_parse):
        pass


def _named_quads(
    path: Path | str, rdf_format: str | None, **options: bool
) -> Iterator[tuple[pyoxigraph.NamedNode, pyoxigraph.Quad]]:
    """The file checked whole (`check_rdf`), then each quad with the graph it goes to (the
    file's own graph for quads outside any named graph), in file order."""
    path = Path(path)
    fmt = format_for(path, rdf_format)
    check_rdf(path, fmt)
    default = pyoxigraph.NamedNode(str(file_graph(path)))
    # an error now (read_error's) means the file changed since the check
    for quad in checked_quads(path, fmt, parse=_parse, **options):
        name = quad.graph_name
        yield (name if isinstance(name, pyoxigraph.NamedNode) else default), quad


def _has_blank(quad: pyoxigraph.Quad) -> bool:
    return isinstance(quad.subject, pyoxigraph.BlankNode) or isinstance(
        quad.object, pyoxigraph.BlankNode
    )


def file_updates(
    path: Path | str, rdf_format: str | None = None, batch_size: int | None = None
) -> Iterator[Update]:
    """The update requests that write one file, in file order, with at most `batch_size`
    triples each (None: one request per run of a graph). The whole file is checked before the
    first request is yielded: a malformed file yields nothing and raises."""
    size = max(1, batch_size) if batch_size else None
    terms = _Terms()
    dropped: set[URIRef] = set()
    with_blank: dict[URIRef, list[str]] = {}  # sent at the end: one request per graph

    def request(graph: URIRef, rows: list[str]) -> Update:
        rows = list(dict.fromkeys(rows))  # a triple repeated in one request counts once
        replace = not is_merged_graph(graph)
        if replace and graph not in dropped:
            dropped.add(graph)
            return Update(graph, replace_rows(graph, rows), len(rows), replace)
        return Update(graph, insert_rows(graph, rows), len(rows), replace)

    current: pyoxigraph.NamedNode | None = None
    graph = URIRef("")
    plain: list[str] = []
    for name, quad in _named_quads(path, rdf_format):
        if name != current:
            if plain:
                yield request(graph, plain)
                plain = []
            current, graph = name, URIRef(name.value)
        if _has_blank(quad):
            with_blank.setdefault(graph, []).append(terms.row(quad))
            continue
        plain.append(terms.row(quad))
        if size is not None and len(plain) >= size:
            yield request(graph, plain)
            plain = []
    if plain:
        yield request(graph, plain)
    for name, rows in with_blank.items():
        yield request(name, rows)


def graph_blocks(
    path: Path | str, rdf_format: str | None = None, limit: int | None = None
) -> Iterator[GraphBlock]:
    """The file's quads as runs of one graph each (at most `limit` quads per run), graph names
    mapped by the rules above and blank nodes renamed (fresh for each read, as INSERT DATA
    makes them). Checked whole first, like `file_updates`."""
    seen: set[pyoxigraph.NamedNode] = set()
    current: pyoxigraph.NamedNode | None = None
    quads: list[pyoxigraph.Quad] = []

    def block() -> GraphBlock:
        assert current is not None
        first = current not in seen
        seen.add(current)
        return GraphBlock(current, quads, not is_merged_graph(current.value), first)

    for name, quad in _named_quads(path, rdf_format, rename_blank_nodes=True):
        if quad.graph_name != name:
            quad = pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, name)
        if name != current or (limit is not None and len(quads) >= limit):
            if quads:
                yield block()
            current, quads = name, []
        quads.append(quad)
    if quads:
        yield block()


def ntriples(triples: Sequence[Triple]) -> str:
    """The triples as N-Triples, each row written by rdflib."""
    try:
        return "".join(_nt_row(triple) for triple in triples)
    except Exception as error:  # rdflib refuses IRIs that cannot be written safely
        raise _unsafe(error) from error


def graph_term(name: URIRef) -> str:
    """The graph IRI as rdflib writes it (refused if it is not a safe IRI)."""
    try:
        return URIRef(name).n3()
    except Exception as error:
        raise _unsafe(error) from error


def insert_rows(name: URIRef, rows: Sequence[str]) -> str:
    """INSERT DATA of N-Triples rows written by rdflib (see `ntriples` and `_Terms.row`)."""
    return f"INSERT DATA {{ GRAPH {graph_term(name)} {{\n{''.join(rows)}}} }}"


def drop_graph(name: URIRef) -> str:
    return f"DROP SILENT GRAPH {graph_term(name)}"


def replace_rows(name: URIRef, rows: Sequence[str]) -> str:
    """One update request: drop the graph and insert `rows` (atomic in one request)."""
    if not rows:
        return drop_graph(name)
    return f"{drop_graph(name)} ;\n{insert_rows(name, rows)}"


def insert_data(name: URIRef, triples: Sequence[Triple]) -> str:
    return insert_rows(name, [ntriples(triples)])


def replace_graph(name: URIRef, triples: Sequence[Triple]) -> str:
    """One update request: drop the graph and insert `triples` (atomic in one request)."""
    return replace_rows(name, [ntriples(triples)] if triples else [])
