"""kg's fast SHACL validator (kg.rdf.shacl_fast) gives pySHACL's results on kg's shapes.

tests/test_shapes.py runs every shape-firing case through `validate_graph`, which uses the
fast validator for kg's shapes; here each of those cases, the conforming examples and the
seed articles' graph (as extracted, and damaged so that many shapes fire on many nodes) are
validated by both engines, and every result must be the same: focus node, path, value,
message, severity and source shape.
"""

from __future__ import annotations

import random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from test_shapes import ADD_RETRACTION, CASES, PREFIXES, Case, example_graph

from kg.rdf.shacl_fast import compiled, validator_for
from kg.rdf.shacl_sparql import CONSTRAINTS, TARGETS
from kg.rdf.validate import load_shapes, validate_graph
from kg.vocab import ITSRDF, KG, NIF, SCHEMA


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def example_text() -> str:
    from test_shapes import EXAMPLE

    from kg.rdf.validate import read_union

    return read_union([EXAMPLE]).serialize(format="nt")


def _both(graph: Graph, shapes: Graph) -> tuple[list, list]:
    fast = validate_graph(graph, shapes)
    slow = validate_graph(graph, shapes, engine="pyshacl")
    assert fast.conforms == slow.conforms
    return fast.violations, slow.violations


def test_kg_shapes_use_the_fast_validator(shapes: Graph) -> None:
    assert compiled(shapes) is not None
    assert validator_for(shapes).__module__ == "kg.rdf.shacl_fast"
    assert validator_for(shapes, "pyshacl").__name__ == "pyshacl_validate"


def test_every_sparql_query_has_its_python(shapes: Graph) -> None:
    """Each Python equivalent replaces a query kg's shapes still contain (none is stale)."""
    from rdflib.namespace import SH

    from kg.rdf.shacl_sparql import fingerprint

    queries = {fingerprint(str(q)) for q in shapes.objects(None, SH.select)}
    assert queries == set(TARGETS) | set(CONSTRAINTS)


def test_edited_query_goes_to_pyshacl(shapes: Graph) -> None:
    from rdflib.namespace import SH

    edited = Graph()
    for s, p, o in shapes:
        if p == SH.select and "STRENDS(STR($this), SUBSTR" in str(o):
            o = Literal(str(o).replace("1, 16", "1, 15"))
        edited.add((s, p, o))
    assert compiled(edited) is None


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.shape}:{c.message[:30]}")
def test_same_results_on_each_broken_example(case: Case, shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + (ADD_RETRACTION if case.retraction else "") + case.update)
    fast, slow = _both(graph, shapes)
    assert fast == slow
    assert fast


def test_same_results_on_the_examples(shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    assert _both(graph, shapes) == ([], [])
    graph.update(PREFIXES + ADD_RETRACTION)
    assert _both(graph, shapes) == ([], [])


def _seed_union(seed_result) -> Graph:
    union = Graph()
    for triple in seed_result.dataset.triples((None, None, None)):
        union.add(triple)
    return union


def _damage(graph: Graph, seed: int = 7) -> None:
    """Break one node in five of several kinds, each in a way a shape checks."""
    rng = random.Random(seed)
    phrases = sorted(graph.subjects(RDF.type, NIF.Phrase))
    for node in rng.sample(phrases, len(phrases) // 5):
        anchor = graph.value(node, NIF.anchorOf)
        change = rng.choice(("short", "text", "class", "offset"))
        if change == "short":
            graph.set((node, NIF.anchorOf, Literal(str(anchor)[:-1])))
        elif change == "text":
            graph.set((node, NIF.anchorOf, Literal("x" * len(str(anchor)))))
        elif change == "class":
            graph.set((node, ITSRDF.taClassRef, SCHEMA.Place))
        else:
            begin = graph.value(node, NIF.beginIndex)
            graph.set((node, NIF.beginIndex, Literal(int(begin) + 1, datatype=XSD.integer)))
    claims = sorted(graph.subjects(RDF.type, KG.Claim))
    for node in rng.sample(claims, len(claims) // 5):
        graph.set((node, KG.confidence, Literal(1.5, datatype=XSD.double)))
        graph.remove((node, KG.method, None))
    entities = sorted(graph.subjects(RDF.type, SCHEMA.Person))
    for node in rng.sample(entities, len(entities) // 3):
        graph.remove((node, RDF.type, SCHEMA.Person))
    graph.add((URIRef(str(phrases[0]) + "0"), RDF.type, NIF.Sentence))


def test_same_results_on_the_seed_articles(seed_result, shapes: Graph) -> None:
    graph = _seed_union(seed_result)
    assert _both(graph, shapes) == ([], [])
    _damage(graph)
    fast, slow = _both(graph, shapes)
    assert fast == slow
    assert len({v.shape for v in fast}) >= 8, {v.shape for v in fast}
