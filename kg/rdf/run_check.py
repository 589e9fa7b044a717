"""What only the whole run can check: the nodes several documents describe.

Each document's graph is validated as it is made, but an event or a post reported by two
articles is one node described in two graphs, and together they may break a shape that each
keeps alone (two start dates, say). So every document hands over the triples about such
shared nodes; at the end of the run their union, with the type and label of each entity they
name (as the entities graph gives them), is validated once. That graph is small: a few
triples per event and post, whatever the length of the articles.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.entities.resolve import EntityIndex
from kg.rdf.graph import Triple


def shared_triples(triples: Iterable[Triple], shared: set[URIRef]) -> list[Triple]:
    """The triples of a document's graph about the nodes other documents may describe."""
    return [triple for triple in triples if triple[0] in shared]


def run_violations(triples: Iterable[Triple], index: EntityIndex) -> list[str]:
    """SHACL violations of the union of every document's shared triples, with the entities'
    and events' run-level types and labels."""
    union = Graph()
    for triple in triples:
        union.add(triple)
    if not len(union):
        return []
    for node in set(union.objects()):
        entry = index.entries.get(node) if isinstance(node, URIRef) else None
        if entry is not None:
            union.add((node, RDF.type, entry.entity_class))
            union.add((node, RDFS.label, Literal(entry.label())))
    for iri, label in index.event_labels.items():
        if (iri, None, None) in union:
            union.add((iri, RDFS.label, Literal(label)))
    return violation_lines(union, "run")


def violation_lines(graph: Graph | Iterable[Triple], where: str) -> list[str]:
    """The SHACL violations of `graph` (or its triples), one line each, saying where they
    come from (a document's source, or "run"): a violation of kg's own output is a bug."""
    from kg.rdf.validate import validate_graph

    report = validate_graph(graph)
    return [
        f"{where}: {v.focus} {v.path}: {v.message}"
        for v in report.violations
        if v.severity == SH.Violation
    ]
