"""ontology/: parses, documents every kg: term, matches what the example, shapes and code use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.rdf.rdfio import read_rdf
from kg.resources import ontology_dir, shapes_dir
from kg.vocab import DEFAULT_BASE, KG, PREFIXES, STATUSES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "example.trig"
STORE_EXTRA = ROOT / "tests" / "data" / "store_extra.trig"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")

# The standard vocabularies kg may reuse (design.md); everything else must be a kg: term.
STANDARD = (
    "http://schema.org/",
    "http://www.w3.org/ns/prov#",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "http://www.w3.org/2005/11/its/rdf#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2001/XMLSchema#",
    "http://purl.org/dc/terms/",
)
# Terms about the ontology itself, never in instance data.
ONTOLOGY_LEVEL = {
    KG.reserved,
    KG.reuses,
    KG.reusesVocabulary,
    KG.EventStatus,
    KG.Tenure,
    KG.DealStatus,
}
DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    files = sorted(ontology_dir().glob("*.ttl"))
    assert files, f"no ontology under {ontology_dir()}"
    for path in files:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def example() -> Graph:
    """The hand-written examples of kg's output (example.trig and store_extra.trig)."""
    union = Graph()
    for path in (EXAMPLE, STORE_EXTRA):
        for triple in read_rdf(path).triples((None, None, None)):
            union.add(triple)
    return union


def kg_terms(graph: Graph) -> set[URIRef]:
    nodes = {node for triple in graph for node in triple}
    return {n for n in nodes if isinstance(n, URIRef) and n.startswith(str(KG))}


def declared(ontology: Graph) -> set[URIRef]:
    return {
        s
        for s, _, o in ontology.triples((None, RDF.type, None))
        if isinstance(s, URIRef) and s.startswith(str(KG)) and o in DECLARATION_TYPES
    }


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports)), "no owl:imports: stay offline"
    vocabularies = {str(v) for v in ontology.objects(ONTOLOGY_IRI, KG.reusesVocabulary)}
    assert vocabularies == set(STANDARD)


def test_every_kg_term_is_declared_with_label_and_comment(ontology: Graph) -> None:
    terms = kg_terms(ontology)
    assert terms == declared(ontology), "a kg: term is mentioned but not declared"
    for term in terms:
        for annotation in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, annotation))
            assert values, f"{term} has no {annotation}"
            assert all(isinstance(v, Literal) and str(v).strip() for v in values)


def test_expected_terms(ontology: Graph) -> None:
    classes = {KG.Claim, KG.Prohibition, KG.Retraction, KG.EventStatus}
    for cls in classes:
        assert (cls, RDF.type, OWL.Class) in ontology
    schema_event = URIRef("http://schema.org/Event")
    assert (KG.Prohibition, RDFS.subClassOf, schema_event) in ontology
    assert (KG.Retraction, RDFS.subClassOf, schema_event) in ontology
    assert (KG.Claim, RDFS.subClassOf, RDF.Statement) in ontology
    properties = "issuer target affected scope reason proposer status mention retracts retractedBy"
    properties += (
        " evidence evidenceText confidence method contentHash pipelineName pipelineVersion"
    )
    for name in properties.split():
        types = set(ontology.objects(KG[name], RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
    skos = "http://www.w3.org/2004/02/skos/core#"
    assert (KG.EventStatus, RDF.type, URIRef(skos + "ConceptScheme")) in ontology
    for status in STATUSES:
        assert (status, RDF.type, URIRef(skos + "Concept")) in ontology
        assert (status, URIRef(skos + "inScheme"), KG.EventStatus) in ontology
    assert (KG.reserved, RDF.type, OWL.AnnotationProperty) in ontology


def test_example_uses_only_declared_kg_terms(ontology: Graph, example: Graph) -> None:
    assert kg_terms(example) - declared(ontology) == set()


def emitted_by_code() -> set[URIRef]:
    """kg: terms the extractor's code writes (every `KG.name` in kg/*.py)."""
    names = set()
    for path in (ROOT / "kg").rglob("*.py"):
        names |= set(re.findall(r"\bKG\.([A-Za-z]+)\b", path.read_text(encoding="utf-8")))
    return {KG[name] for name in names}


def test_every_declared_term_is_used_or_reserved(ontology: Graph, example: Graph) -> None:
    used = kg_terms(example) | emitted_by_code()
    reserved = {s for s in ontology.subjects(KG.reserved, Literal(True))}
    for term in declared(ontology) - ONTOLOGY_LEVEL:
        assert term in used or term in reserved, (
            f"{term}: not in the examples or code, not reserved"
        )
    # and the marks stay honest: drop kg:reserved once the example shows the term
    assert reserved & used == set()


def test_example_uses_only_standard_vocabularies(ontology: Graph, example: Graph) -> None:
    reused = set(ontology.objects(ONTOLOGY_IRI, KG.reuses))
    vocabulary_terms: set[URIRef] = set()
    for s, p, o in example:
        vocabulary_terms.add(p)
        if p == RDF.type or p == URIRef("http://www.w3.org/2005/11/its/rdf#taClassRef"):
            vocabulary_terms.add(o)
        if p == RDF.predicate:
            vocabulary_terms.add(o)
        for node in (s, o):
            if isinstance(node, URIRef) and not str(node).startswith((DEFAULT_BASE, "file:")):
                assert str(node).startswith((str(KG), *STANDARD)), f"{node}: not a known vocabulary"
    for term in vocabulary_terms:
        if term.startswith(str(KG)):
            continue
        assert str(term).startswith(STANDARD), f"{term}: not from a standard vocabulary"
        assert term in reused, f"{term} is used but not listed with kg:reuses in ontology/"


def test_reused_terms_come_from_listed_vocabularies(ontology: Graph) -> None:
    vocabularies = tuple(str(v) for v in ontology.objects(ONTOLOGY_IRI, KG.reusesVocabulary))
    reused = set(ontology.objects(ONTOLOGY_IRI, KG.reuses))
    relation_terms = (
        "parentOrganization subOrganization jobTitle worksFor memberOf location "
        "foundingLocation affiliation"
    )
    for name in relation_terms.split():
        assert URIRef("http://schema.org/" + name) in reused, name
    for term in reused:
        assert str(term).startswith(vocabularies), term


def test_domains_and_ranges_are_known(ontology: Graph) -> None:
    known = declared(ontology) | set(ontology.objects(ONTOLOGY_IRI, KG.reuses))
    for predicate in (RDFS.domain, RDFS.range, RDFS.subClassOf):
        for term, value in ontology.subject_objects(predicate):
            if str(value).startswith(str(XSD)) or value in (RDF.Statement, OWL.Thing):
                continue
            if str(value).startswith(("http://www.w3.org/ns/prov#", "http://schema.org/")):
                continue  # superclasses such as prov:Entity, schema:CreativeWork
            assert value in known, f"{term} {predicate} {value}: not declared or reused"


def test_shapes_and_code_use_only_declared_kg_terms(ontology: Graph) -> None:
    shapes = Graph()
    for path in sorted(shapes_dir().glob("*.ttl")):
        shapes.parse(path, format="turtle")
    assert set(shapes.subjects(RDF.type, SH.NodeShape)), "no shapes found"
    assert kg_terms(shapes) - declared(ontology) == set()
    source = (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")
    in_code = {KG[name] for name in re.findall(r"\bKG\.(\w+)", source)}
    assert in_code - declared(ontology) == set()
    assert PREFIXES["kg"] == KG
