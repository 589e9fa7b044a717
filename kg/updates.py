"""RDF files as the graphs kg writes, and SPARQL Update text built only from rdflib terms.

Shared by `kg load` (embedded store) and `kg push` (endpoint), so both apply the same rules:

- a document graph (any named graph other than the two below) is replaced: `DROP SILENT GRAPH`
  then `INSERT DATA`, so loading or pushing a document again never duplicates anything;
- `{base}graph/entities` and `{base}graph/provenance` (any base) are merged: `INSERT DATA`
  only, never dropped, since they hold what every document contributed;
- triples outside any named graph (Turtle, N-Triples, or the default graph of TriG) go to a
  graph named by the file's `file:` URI, replaced like a document graph.

Injection safety: every term in an update is written by rdflib's N-Triples serialiser (which
escapes quotes, backslashes and line breaks, and refuses IRIs that are not IRIs); no caller text
is ever pasted into SPARQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.errors import InputError, Msg
from kg.rdfio import read_rdf

MERGED_GRAPH_SUFFIXES = ("/graph/entities", "/graph/provenance")

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class GraphPart:
    """The triples one file holds for one named graph."""

    name: URIRef
    triples: list[Triple]
    replace: bool  # True: a document graph (drop + insert); False: merged (insert only)


def is_merged_graph(name: URIRef) -> bool:
    return str(name).endswith(MERGED_GRAPH_SUFFIXES)


def _sort_key(triple: Triple) -> tuple[str, ...]:
    return tuple(repr(term) for term in triple)


def graph_parts(path: Path, rdf_format: str | None = None) -> list[GraphPart]:
    """Read one RDF file and split it into its graphs, each with its triples in a stable order."""
    dataset = read_rdf(Path(path), rdf_format)
    file_graph = URIRef(Path(path).resolve().as_uri())
    grouped: dict[URIRef, list[Triple]] = {}
    for graph in dataset.graphs():
        name = graph.identifier
        if name == DATASET_DEFAULT_GRAPH_ID or not isinstance(name, URIRef):
            name = file_graph
        grouped.setdefault(name, []).extend(graph.triples((None, None, None)))
    return [
        GraphPart(name, sorted(triples, key=_sort_key), not is_merged_graph(name))
        for name, triples in sorted(grouped.items())
        if triples
    ]


def batches(triples: Sequence[Triple], size: int) -> Iterator[list[Triple]]:
    """Chunks of at most `size` triples. Triples with blank nodes all go in one last chunk,
    since a blank node label only means the same node within one INSERT DATA request."""
    size = max(1, size)
    plain = [t for t in triples if not any(isinstance(term, BNode) for term in t)]
    with_blank = [t for t in triples if any(isinstance(term, BNode) for term in t)]
    for start in range(0, len(plain), size):
        yield plain[start : start + size]
    if with_blank:
        yield with_blank


def ntriples(triples: Sequence[Triple]) -> str:
    """The triples as N-Triples, written by rdflib."""
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    try:
        return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    except Exception as error:  # rdflib refuses IRIs that cannot be written safely
        reason = str(error).split("?")[0]
        raise InputError(Msg.UNSAFE_TERM.format(reason=reason)) from error


def graph_term(name: URIRef) -> str:
    graph = ntriples([(name, name, name)])  # validated and written by rdflib
    return graph.split(" ", 1)[0]


def insert_data(name: URIRef, triples: Sequence[Triple]) -> str:
    return f"INSERT DATA {{ GRAPH {graph_term(name)} {{\n{ntriples(triples)}}} }}"


def drop_graph(name: URIRef) -> str:
    return f"DROP SILENT GRAPH {graph_term(name)}"


def replace_graph(name: URIRef, triples: Sequence[Triple]) -> str:
    """One update request: drop the graph and insert `triples` (atomic in one request)."""
    if not triples:
        return drop_graph(name)
    return f"{drop_graph(name)} ;\n{insert_data(name, triples)}"


def part_updates(part: GraphPart, batch_size: int | None = None) -> Iterator[str]:
    """The update requests that write one graph: drop + first batch, then one per batch."""
    size = batch_size if batch_size else max(1, len(part.triples))
    for index, chunk in enumerate(batches(part.triples, size)):
        if index == 0 and part.replace:
            yield replace_graph(part.name, chunk)
        else:
            yield insert_data(part.name, chunk)
