"""Per-document chunks in the line formats: kg writes each term once per graph but must
write exactly what rdflib's own N-Quads and N-Triples serialisers write."""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.rdf.graph import TripleSet
from kg.rdf.rdfio import graph_chunk

EX = "https://example.org/"
NAME = URIRef(EX + "graph/1")
TRICKY = [
    Literal('She said "no"\nthen left.\tTabs \\ and a backslash'),
    Literal("Zoë in München — “quoted”", lang="de"),
    Literal("42", datatype=XSD.nonNegativeInteger),
    Literal("0.90", datatype=XSD.decimal),
    Literal(""),
    URIRef(EX + "id/ü%20space"),
]


def _triples() -> TripleSet:
    triples = TripleSet(NAME)
    for k, obj in enumerate(TRICKY):
        triples.add((URIRef(f"{EX}s/{k % 2}"), URIRef(f"{EX}p/{k}"), obj))
    triples.add((URIRef(f"{EX}s/0"), URIRef(f"{EX}p/0"), TRICKY[0]))  # a duplicate
    return triples


def _rdflib_lines(data: bytes) -> list[bytes]:
    return sorted(line + b"\n" for line in data.splitlines() if line.strip())


def test_triple_set_keeps_one_copy_and_makes_a_graph():
    triples = _triples()
    assert len(triples) == len(TRICKY)
    graph = triples.to_graph()
    assert graph.identifier == NAME and len(graph) == len(TRICKY)
    assert set(graph) == set(triples)


def test_nquads_chunk_is_what_rdflib_writes():
    dataset = Dataset()
    named = dataset.graph(NAME)
    for triple in _triples():
        named.add(triple)
    expected = _rdflib_lines(dataset.serialize(format="nquads", encoding="utf-8"))
    chunk = graph_chunk(_triples(), "nquads")
    assert chunk.splitlines(keepends=True) == expected


def test_ntriples_chunk_is_what_rdflib_writes():
    graph = Graph()
    for triple in _triples():
        graph.add(triple)
    expected = _rdflib_lines(graph.serialize(format="nt", encoding="utf-8"))
    assert graph_chunk(_triples(), "nt").splitlines(keepends=True) == expected
