"""SHACL shapes: the reference example conforms, and every constraint rejects a graph aimed at it.

Each invalid case is the example (tests/data/example.trig, as one union graph) changed by a
small SPARQL update; the test checks that exactly the targeted shape fires, on the expected
focus node and path, with the expected message.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from kg.rdf.rdfio import read_rdf
from kg.rdf.validate import KGSH, load_shapes, read_union, render_report, validate_graph
from kg.vocab import ITSRDF, KG, NIF, PROV, RDFS, SCHEMA, SKOS

EXAMPLE = Path(__file__).parent / "data" / "example.trig"
BASE = "https://w3id.org/kg-news/id/"
D = f"{BASE}doc/0123456789abcdef"

PREFIXES = f"""
BASE <{BASE}>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# Nodes of the example, relative to BASE.
DOC = "<doc/0123456789abcdef>"
CTX = "<doc/0123456789abcdef#char=0,78>"
SENT = "<doc/0123456789abcdef#char=0,76>"
ACME_M = "<doc/0123456789abcdef#char=0,9>"
MARY_M = "<doc/0123456789abcdef#char=42,52>"
CLAIM = "<doc/0123456789abcdef#claim-00112233aabbccdd>"
QUOTE = "<doc/0123456789abcdef#quote-42,76>"
BAN = "<event/prohibition/a1b2c3d4e5f60718>"
RETRACTION = "<event/retraction/00000000000000aa>"
ACME = "<entity/organization/acme>"
MARY = "<entity/person/mary-jones>"
RUN = "<run/0011223344556677>"
AGENT = "<agent/kg-0-1-0-en-kg-news-0-1-0>"

# A retraction as the extractor emits it (the example only describes it in a comment).
ADD_RETRACTION = f"""
INSERT DATA {{
  {RETRACTION} a kg:Retraction ;
      kg:retracts {BAN} ;
      kg:retractedBy {ACME} ;
      kg:mention <doc/0123456789abcdef#char=53,61> .
}} ;
"""
DEAL = "<event/acquisition/00000000000000dd>"
ADD_DEAL = f"""
INSERT DATA {{
  {DEAL} a kg:Acquisition ;
      kg:acquirer {ACME} ;
      kg:acquired <entity/organization/zenith-holdings> ;
      kg:dealStatus kg:Announced ;
      kg:price "$2 billion" ;
      schema:startDate "2019"^^xsd:gYear ;
      kg:mention <doc/0123456789abcdef#char=58,61> .
}} ;
"""
MERGER = "<event/merger/00000000000000ee>"
ADD_MERGER = f"""
INSERT DATA {{
  {MERGER} a kg:Merger ;
      kg:party {ACME} , <entity/organization/zenith-holdings> ;
      kg:dealStatus kg:Completed ;
      schema:startDate "2019-03"^^xsd:gYearMonth ;
      kg:mention <doc/0123456789abcdef#char=58,61> .
}} ;
"""


def iri(node: str) -> URIRef:
    return URIRef(BASE + node.strip("<>"))


@dataclass(frozen=True)
class Case:
    shape: str  # local name in kgsh:
    update: str  # SPARQL update applied to the example
    focus: str  # the focus node, as written in the update
    path: URIRef | None  # expected sh:resultPath
    message: str  # a fragment of the expected message
    retraction: bool = False  # add ADD_RETRACTION first


def replace(node: str, prop: str, new: str) -> str:
    return (
        f"DELETE {{ {node} {prop} ?old }} INSERT {{ {node} {prop} {new} }} "
        f"WHERE {{ {node} {prop} ?old }}"
    )


def delete(node: str, prop: str) -> str:
    return f"DELETE WHERE {{ {node} {prop} ?old }}"


def add(node: str, prop: str, value: str) -> str:
    return f"INSERT DATA {{ {node} {prop} {value} }}"


def new_phrase(iri_: str, begin: int, end: int, anchor: str) -> str:
    return f"""INSERT DATA {{
  {iri_} a nif:Phrase, nif:OffsetBasedString ;
      nif:beginIndex "{begin}"^^xsd:nonNegativeInteger ;
      nif:endIndex "{end}"^^xsd:nonNegativeInteger ;
      nif:anchorOf "{anchor}" ; nif:referenceContext {CTX} ;
      itsrdf:taIdentRef {MARY} ; itsrdf:taClassRef schema:Person .
}}"""


CASES = [
    # ---- documents ----
    Case(
        "NewsArticle-contentHash",
        delete(DOC, "kg:contentHash"),
        DOC,
        KG.contentHash,
        "exactly one kg:contentHash",
    ),
    Case(
        "NewsArticle-contentHash",
        replace(DOC, "kg:contentHash", '"0123456789abcdef"'),
        DOC,
        KG.contentHash,
        "64 lower-case hex digits",
    ),
    Case(
        "NewsArticle-iriMatchesHash",
        replace(DOC, "kg:contentHash", f'"{"f" * 64}"'),
        DOC,
        KG.contentHash,
        "must end with the first 16 hex digits",
    ),
    Case(
        "NewsArticle-headline",
        add(DOC, "schema:headline", '"Another headline"'),
        DOC,
        SCHEMA.headline,
        "at most one schema:headline",
    ),
    Case(
        "NewsArticle-datePublished",
        replace(DOC, "schema:datePublished", '"10 July 2020"'),
        DOC,
        SCHEMA.datePublished,
        "typed xsd:date or xsd:dateTime",
    ),
    Case(
        "NewsArticle-url",
        replace(DOC, "schema:url", '"file:///data/acme.txt"'),
        DOC,
        SCHEMA.url,
        "an IRI",
    ),
    # ---- entities ----
    Case("Entity-label", delete(MARY, "rdfs:label"), MARY, RDFS.label, "exactly one rdfs:label"),
    Case(
        "Entity-label",
        add(ACME, "rdfs:label", '"Acme Corporation"'),
        ACME,
        RDFS.label,
        "exactly one rdfs:label",
    ),
    Case(
        "Entity-altLabel",
        add(ACME, "skos:altLabel", '""'),
        ACME,
        SKOS.altLabel,
        "non-empty plain string",
    ),
    # ---- spans ----
    Case(
        "Span-beginIndex",
        replace(ACME_M, "nif:beginIndex", '"0"^^xsd:integer'),
        ACME_M,
        NIF.beginIndex,
        "exactly one nif:beginIndex typed xsd:nonNegativeInteger",
    ),
    Case(
        "Span-endIndex",
        add(ACME_M, "nif:endIndex", '"9"^^xsd:int'),
        ACME_M,
        NIF.endIndex,
        "exactly one nif:endIndex typed xsd:nonNegativeInteger",
    ),
    Case(
        "Span-order",
        new_phrase("<doc/0123456789abcdef#char=9,9>", 9, 9, ""),
        "<doc/0123456789abcdef#char=9,9>",
        NIF.beginIndex,
        "must be less than its nif:endIndex",
    ),
    Case(
        "Span-anchorOf",
        delete(ACME_M, "nif:anchorOf"),
        ACME_M,
        NIF.anchorOf,
        "exactly one nif:anchorOf",
    ),
    Case(
        "Span-anchorLength",
        replace(ACME_M, "nif:anchorOf", '"Acme Co"'),
        ACME_M,
        NIF.anchorOf,
        'nif:anchorOf "Acme Co" has 7 characters but the offsets 0-9 span 9',
    ),
    Case(
        "Span-anchorLength",
        replace(SENT, "nif:anchorOf", '"Acme Corp."'),
        SENT,
        NIF.anchorOf,
        "has 10 characters but the offsets 0-76 span 76",
    ),
    Case(
        "Span-anchorText",
        replace(ACME_M, "nif:anchorOf", '"Acme Cord"'),
        ACME_M,
        NIF.anchorOf,
        '"Acme Cord" is not the text at offsets 0-9 of the nif:referenceContext, which reads '
        '"Acme Corp"',
    ),
    Case(
        "Span-referenceContext",
        delete(MARY_M, "nif:referenceContext"),
        MARY_M,
        NIF.referenceContext,
        "exactly one nif:referenceContext",
    ),
    Case(
        "Span-referenceContext",
        replace(MARY_M, "nif:referenceContext", SENT),
        MARY_M,
        NIF.referenceContext,
        "the nif:Context",
    ),
    Case(
        "SpanIRIShape",
        new_phrase("<doc/0123456789abcdef#char=42,53>", 42, 52, "Mary Jones"),
        "<doc/0123456789abcdef#char=42,53>",
        None,
        "must end with #char=42,52",
    ),
    # ---- mentions ----
    Case(
        "Mention-taIdentRef",
        delete(MARY_M, "itsrdf:taIdentRef"),
        MARY_M,
        ITSRDF.taIdentRef,
        "needs itsrdf:taIdentRef",
    ),
    Case(
        "Mention-entity",
        f"DELETE DATA {{ {MARY} a schema:Person . {MARY_M} itsrdf:taClassRef schema:Person }}",
        MARY_M,
        ITSRDF.taIdentRef,
        "must be described as a schema:Person",
    ),
    Case(
        "Mention-taClassRef",
        replace(MARY_M, "itsrdf:taClassRef", "schema:Place"),
        MARY_M,
        ITSRDF.taClassRef,
        "is not a class of its entity",
    ),
    Case(
        "Mention-sentence",
        replace(MARY_M, "nif:sentence", CTX),
        MARY_M,
        NIF.sentence,
        "must be the one nif:Sentence",
    ),
    # ---- the context ----
    Case(
        "Context-isString",
        delete(CTX, "nif:isString"),
        CTX,
        NIF.isString,
        "exactly one nif:isString",
    ),
    Case(
        "Context-beginIndex",
        replace(CTX, "nif:beginIndex", '"0"^^xsd:integer'),
        CTX,
        NIF.beginIndex,
        'exactly one nif:beginIndex, "0"^^xsd:nonNegativeInteger',
    ),
    Case(
        "Context-endIndex",
        replace(CTX, "nif:endIndex", '"78"^^xsd:integer'),
        CTX,
        NIF.endIndex,
        "exactly one nif:endIndex typed xsd:nonNegativeInteger",
    ),
    Case(
        "Context-length",
        f"DELETE {{ {CTX} nif:isString ?t }} INSERT {{ {CTX} nif:isString ?longer }} "
        f'WHERE {{ {CTX} nif:isString ?t BIND (CONCAT(?t, "More") AS ?longer) }}',
        CTX,
        NIF.endIndex,
        "must equal the length of its nif:isString (82 characters)",
    ),
    # ---- claims ----
    Case(
        "Claim-subject", delete(CLAIM, "rdf:subject"), CLAIM, RDF.subject, "exactly one rdf:subject"
    ),
    Case(
        "Claim-predicate",
        replace(CLAIM, "rdf:predicate", '"parentOrganization"'),
        CLAIM,
        RDF.predicate,
        "exactly one rdf:predicate",
    ),
    Case(
        "Claim-object", add(CLAIM, "rdf:object", MARY), CLAIM, RDF.object, "exactly one rdf:object"
    ),
    Case(
        "Claim-wasDerivedFrom",
        delete(CLAIM, "prov:wasDerivedFrom"),
        CLAIM,
        PROV.wasDerivedFrom,
        "prov:wasDerivedFrom pointing to the schema:NewsArticle",
    ),
    Case(
        "Claim-evidence",
        delete(CLAIM, "kg:evidence"),
        CLAIM,
        KG.evidence,
        "at least one kg:evidence",
    ),
    Case(
        "Claim-evidence",
        replace(CLAIM, "kg:evidence", "<doc/0123456789abcdef#char=1,5>"),
        CLAIM,
        KG.evidence,
        "at least one kg:evidence",
    ),
    Case(
        "Claim-evidenceText",
        replace(CLAIM, "kg:evidenceText", '""'),
        CLAIM,
        KG.evidenceText,
        "non-empty plain string",
    ),
    Case(
        "Claim-confidence",
        replace(CLAIM, "kg:confidence", '"1.5"^^xsd:decimal'),
        CLAIM,
        KG.confidence,
        "an xsd:decimal from 0 to 1",
    ),
    Case(
        "Claim-confidence",
        replace(CLAIM, "kg:confidence", '"0.9"^^xsd:double'),
        CLAIM,
        KG.confidence,
        "not a double",
    ),
    Case(
        "Claim-confidence",
        delete(CLAIM, "kg:confidence"),
        CLAIM,
        KG.confidence,
        "exactly one kg:confidence",
    ),
    Case("Claim-method", delete(CLAIM, "kg:method"), CLAIM, KG.method, "exactly one kg:method"),
    # ---- events ----
    Case("Event-mention", delete(BAN, "kg:mention"), BAN, KG.mention, "at least one kg:mention"),
    Case(
        "Event-startDate",
        replace(BAN, "schema:startDate", '"July 10"'),
        BAN,
        SCHEMA.startDate,
        "typed xsd:date or xsd:dateTime",
    ),
    Case(
        "Event-label",
        add(BAN, "rdfs:label", '"another label"'),
        BAN,
        RDFS.label,
        "at most one rdfs:label",
    ),
    Case("Prohibition-target", delete(BAN, "kg:target"), BAN, KG.target, "at least one kg:target"),
    # ---- acquisitions (ADD_DEAL first) ----
    Case(
        "Acquisition-acquired",
        ADD_DEAL + delete(DEAL, "kg:acquired"),
        DEAL,
        KG.acquired,
        "exactly one kg:acquired",
    ),
    Case(
        "Acquisition-acquirer",
        ADD_DEAL + add(DEAL, "kg:acquirer", MARY),
        DEAL,
        KG.acquirer,
        "exactly one kg:acquirer",
    ),
    Case(
        "Acquisition-status",
        ADD_DEAL + replace(DEAL, "kg:dealStatus", "kg:Enacted"),
        DEAL,
        KG.dealStatus,
        "one of kg:Announced, kg:Completed, kg:Blocked or kg:Abandoned",
    ),
    Case(
        "Acquisition-price",
        ADD_DEAL + replace(DEAL, "kg:price", '""'),
        DEAL,
        KG.price,
        "non-empty plain string",
    ),
    Case(
        "Deal-startDate",
        ADD_DEAL.replace('"2019"^^xsd:gYear', '"March 2019"'),
        DEAL,
        SCHEMA.startDate,
        "typed xsd:date, xsd:dateTime, xsd:gYearMonth or xsd:gYear",
    ),
    # ---- births, deaths, foundings ----
    Case(
        "Person-birthDate",
        add(MARY, "schema:birthDate", '"9 November 1958"'),
        MARY,
        SCHEMA.birthDate,
        "typed xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    Case(
        "Person-deathDate",
        add(MARY, "schema:deathDate", '"2016-05-01T10:00:00"^^xsd:dateTime'),
        MARY,
        SCHEMA.deathDate,
        "typed xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    Case(
        "Person-birthPlace",
        add(MARY, "schema:birthPlace", ACME),
        MARY,
        SCHEMA.birthPlace,
        "is a schema:Place",
    ),
    Case(
        "Person-deathPlace",
        add(MARY, "schema:deathPlace", '"Oslo"'),
        MARY,
        SCHEMA.deathPlace,
        "is a schema:Place",
    ),
    Case(
        "Organization-foundingDate",
        add(ACME, "schema:foundingDate", '"1911"^^xsd:integer'),
        ACME,
        SCHEMA.foundingDate,
        "typed xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    Case(
        "Person-spouse",
        add(MARY, "schema:spouse", ACME),
        MARY,
        SCHEMA.spouse,
        "A schema:spouse is a schema:Person",
    ),
    Case(
        "Person-parent",
        add(MARY, "schema:parent", ACME),
        MARY,
        SCHEMA.parent,
        "A schema:parent is a schema:Person",
    ),
    Case(
        "Person-children",
        add(MARY, "schema:children", ACME),
        MARY,
        SCHEMA.children,
        "A schema:children is a schema:Person",
    ),
    Case(
        "Person-sibling",
        add(MARY, "schema:sibling", ACME),
        MARY,
        SCHEMA.sibling,
        "A schema:sibling is a schema:Person",
    ),
    # ---- mergers (ADD_MERGER first) ----
    Case(
        "Merger-party",
        ADD_MERGER + add(MERGER, "kg:party", MARY),
        MERGER,
        KG.party,
        "exactly two kg:party values",
    ),
    Case(
        "Merger-party",
        ADD_MERGER + replace(MERGER, "kg:party", '"Acme Corp"'),
        MERGER,
        KG.party,
        "exactly two kg:party values",
    ),
    Case(
        "Merger-status",
        ADD_MERGER + replace(MERGER, "kg:dealStatus", "kg:Enacted"),
        MERGER,
        KG.dealStatus,
        "one of kg:Announced, kg:Completed, kg:Blocked or kg:Abandoned",
    ),
    Case(
        "Prohibition-status",
        replace(BAN, "kg:status", "kg:Banned"),
        BAN,
        KG.status,
        "one of kg:Proposed, kg:UnderConsideration, kg:Enacted or kg:Retracted",
    ),
    Case("Prohibition-status", delete(BAN, "kg:status"), BAN, KG.status, "needs a kg:status"),
    Case(
        "Prohibition-issuer",
        replace(BAN, "kg:issuer", '"Acme Corp"'),
        BAN,
        KG.issuer,
        "kg:issuer must be the IRI of an entity",
    ),
    Case(
        "Prohibition-proposer",
        replace(BAN, "kg:proposer", '"Mary Jones"'),
        BAN,
        KG.proposer,
        "kg:proposer must be the IRI of an entity",
    ),
    Case(
        "Prohibition-affected",
        replace(BAN, "kg:affected", '""'),
        BAN,
        KG.affected,
        "kg:affected must be a non-empty plain string",
    ),
    Case(
        "Prohibition-scope",
        replace(BAN, "kg:scope", '"mobile devices"@en'),
        BAN,
        KG.scope,
        "kg:scope must be a non-empty plain string",
    ),
    Case(
        "Prohibition-reason",
        replace(BAN, "kg:reason", "42"),
        BAN,
        KG.reason,
        "kg:reason must be a non-empty plain string",
    ),
    Case(
        "Retraction-retracts",
        replace(RETRACTION, "kg:retracts", ACME),
        RETRACTION,
        KG.retracts,
        "the kg:Prohibition it withdraws",
        retraction=True,
    ),
    Case(
        "Retraction-retracts",
        delete(RETRACTION, "kg:retracts"),
        RETRACTION,
        KG.retracts,
        "exactly one kg:retracts",
        retraction=True,
    ),
    Case(
        "Retraction-retractedBy",
        replace(RETRACTION, "kg:retractedBy", '"Acme"'),
        RETRACTION,
        KG.retractedBy,
        "kg:retractedBy must be the IRI of an entity",
        retraction=True,
    ),
    Case(
        "Event-mention",
        delete(RETRACTION, "kg:mention"),
        RETRACTION,
        KG.mention,
        "at least one kg:mention",
        retraction=True,
    ),
    # ---- quotations ----
    Case(
        "Quotation-text",
        delete(QUOTE, "schema:text"),
        QUOTE,
        SCHEMA.text,
        "exactly one schema:text",
    ),
    Case(
        "Quotation-text",
        replace(QUOTE, "schema:text", '""'),
        QUOTE,
        SCHEMA.text,
        "non-empty plain string",
    ),
    Case(
        "Quotation-speaker",
        delete(QUOTE, "schema:spokenByCharacter"),
        QUOTE,
        SCHEMA.spokenByCharacter,
        "at least one schema:spokenByCharacter",
    ),
    Case(
        "Quotation-isPartOf",
        replace(QUOTE, "schema:isPartOf", "<file:///data/acme.txt>"),
        QUOTE,
        SCHEMA.isPartOf,
        "exactly one schema:isPartOf: the schema:NewsArticle",
    ),
    Case(
        "Quotation-mention",
        delete(QUOTE, "kg:mention"),
        QUOTE,
        KG.mention,
        "at least one kg:mention",
    ),
    # ---- run provenance ----
    Case("Run-used", delete(RUN, "prov:used"), RUN, PROV.used, "at least one prov:used"),
    Case(
        "Run-wasAssociatedWith",
        f"DELETE DATA {{ {AGENT} a prov:SoftwareAgent }}",
        RUN,
        PROV.wasAssociatedWith,
        "exactly one prov:wasAssociatedWith: the prov:SoftwareAgent",
    ),
    Case(
        "Run-startedAtTime",
        replace(RUN, "prov:startedAtTime", '"2020-07-11"^^xsd:date'),
        RUN,
        PROV.startedAtTime,
        "exactly one prov:startedAtTime typed xsd:dateTime",
    ),
    Case(
        "Run-endedAtTime",
        add(RUN, "prov:endedAtTime", '"2020-07-12T00:00:00Z"^^xsd:dateTime'),
        RUN,
        PROV.endedAtTime,
        "at most one prov:endedAtTime",
    ),
    Case(
        "SoftwareAgent-label",
        delete(AGENT, "rdfs:label"),
        AGENT,
        RDFS.label,
        "exactly one rdfs:label naming kg's version",
    ),
    Case(
        "SoftwareAgent-softwareVersion",
        delete(AGENT, "schema:softwareVersion"),
        AGENT,
        SCHEMA.softwareVersion,
        "exactly one schema:softwareVersion",
    ),
    Case(
        "SoftwareAgent-pipelineName",
        delete(AGENT, "kg:pipelineName"),
        AGENT,
        KG.pipelineName,
        "exactly one kg:pipelineName",
    ),
    Case(
        "SoftwareAgent-pipelineVersion",
        replace(AGENT, "kg:pipelineVersion", '""'),
        AGENT,
        KG.pipelineVersion,
        "exactly one kg:pipelineVersion",
    ),
]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def example_text() -> str:
    return read_union([EXAMPLE]).serialize(format="nt")


def example_graph(example_text: str) -> Graph:
    """A fresh union graph of the example (parsing N-Triples is faster than TriG)."""
    return Graph().parse(data=example_text, format="nt")


def test_example_conforms(shapes: Graph, example_text: str) -> None:
    report = validate_graph(example_graph(example_text), shapes)
    assert report.conforms, render_report(report)
    assert report.violations == []


def test_example_with_retraction_conforms(shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + ADD_RETRACTION)
    report = validate_graph(graph, shapes)
    assert report.conforms, render_report(report)


def test_example_with_an_acquisition_conforms(shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + ADD_DEAL)
    report = validate_graph(graph, shapes)
    assert report.conforms, render_report(report)


def test_example_with_a_merger_conforms(shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + ADD_MERGER)
    report = validate_graph(graph, shapes)
    assert report.conforms, render_report(report)


def test_event_and_quotation_spans_need_no_entity(shapes: Graph, example_text: str) -> None:
    """The extractor types the spans of events and quotations nif:Phrase, without an entity."""
    graph = example_graph(example_text)
    spans = ""
    for begin, end, text in ((58, 61, "ban"), (42, 76, "Mary Jones will ban the app today.")):
        spans += f"""
  <doc/0123456789abcdef#char={begin},{end}> a nif:Phrase, nif:OffsetBasedString ;
      nif:beginIndex "{begin}"^^xsd:nonNegativeInteger ;
      nif:endIndex "{end}"^^xsd:nonNegativeInteger ;
      nif:anchorOf "{text}" ; nif:referenceContext {CTX} ; nif:sentence {SENT} ."""
    graph.update(PREFIXES + "INSERT DATA {" + spans + "\n}")
    report = validate_graph(graph, shapes)
    assert report.conforms, render_report(report)
    graph.update(PREFIXES + delete(BAN, "kg:mention"))
    report = validate_graph(graph, shapes)
    assert {v.shape for v in report.violations} == {
        KGSH["Event-mention"],
        KGSH["Mention-taIdentRef"],
    }


def test_shapes_work_on_the_union_only(shapes: Graph) -> None:
    """The document's graph alone lacks the entity types its mentions point to."""
    dataset = read_rdf(EXAMPLE)
    document = Graph()
    for triple in dataset.graph(URIRef(D)):
        document.add(triple)
    report = validate_graph(document, shapes)
    assert not report.conforms
    assert {v.shape for v in report.violations} == {KGSH["Mention-entity"]}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.shape}:{c.message[:30]}")
def test_constraint_rejects(case: Case, shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + (ADD_RETRACTION if case.retraction else "") + case.update)
    report = validate_graph(graph, shapes)
    assert not report.conforms
    fired = {v.shape for v in report.violations}
    assert fired == {KGSH[case.shape]}, render_report(report)
    hits = [v for v in report.violations if v.focus == iri(case.focus)]
    assert hits, render_report(report)
    for violation in hits:
        assert violation.path == case.path
        assert case.message in violation.message
        assert violation.severity == SH.Violation


def _constraint_shapes(shapes: Graph) -> set[URIRef]:
    """Shapes that carry constraints of their own: every property shape, SPARQL node shapes."""
    found = set(shapes.subjects(RDF.type, SH.PropertyShape))
    found |= {s for s in shapes.subjects(SH.sparql, None) if (s, RDF.type, SH.NodeShape) in shapes}
    return {s for s in found if isinstance(s, URIRef)}


def test_every_constraint_has_a_case(shapes: Graph) -> None:
    covered = {KGSH[case.shape] for case in CASES}
    assert _constraint_shapes(shapes) - covered == set()
    assert covered - _constraint_shapes(shapes) == set()


def test_every_constraint_has_a_message(shapes: Graph) -> None:
    not_constraints = {
        RDF.type,
        SH.path,
        SH.sparql,
        SH.message,
        SH.target,
        SH.targetClass,
        SH.property,
    }
    for shape in _constraint_shapes(shapes):
        for constraint in shapes.objects(shape, SH.sparql):
            assert shapes.value(constraint, SH.message), (
                f"{shape}: SPARQL constraint lacks sh:message"
            )
        if set(shapes.predicates(shape)) - not_constraints:
            assert shapes.value(shape, SH.message), f"{shape} lacks sh:message"


def test_report_renderings(shapes: Graph, example_text: str) -> None:
    graph = example_graph(example_text)
    graph.update(PREFIXES + delete(CLAIM, "kg:method") + " ; " + delete(BAN, "kg:target"))
    report = validate_graph(graph, shapes)
    text = render_report(report, "text")
    assert text.startswith("Does not conform: 2 results on 2 nodes.")
    assert f"<{iri(CLAIM)}>\n  - A claim needs exactly one kg:method" in text
    assert "path: kg:method  value: -  shape: kgsh:Claim-method" in text
    data = json.loads(render_report(report, "json"))
    assert data["conforms"] is False
    assert {v["shape"] for v in data["violations"]} == {
        str(KGSH["Claim-method"]),
        str(KGSH["Prohibition-target"]),
    }
    results = Graph().parse(data=render_report(report, "turtle"), format="turtle")
    assert (None, SH.conforms, None) in results
    assert len(set(results.subjects(RDF.type, SH.ValidationResult))) == 2


def test_many_mentions_stay_fast(shapes: Graph, example_text: str) -> None:
    """SPARQL checks on spans run once per document, not once per span (see shapes/nif.ttl)."""
    graph = example_graph(example_text)
    sentence = "Acme Corp, owned by Zenith Holdings, said Mary Jones will ban the app today.\n\n"
    count = 300
    text = sentence * count
    spans = ""
    for i in range(1, count):
        begin = i * len(sentence)
        spans += f"""
  <doc/0123456789abcdef#char={begin},{begin + 9}> a nif:Phrase, nif:OffsetBasedString ;
      nif:beginIndex "{begin}"^^xsd:nonNegativeInteger ;
      nif:endIndex "{begin + 9}"^^xsd:nonNegativeInteger ;
      nif:anchorOf "Acme Corp" ; nif:referenceContext {CTX} ;
      itsrdf:taIdentRef {ACME} ; itsrdf:taClassRef schema:Organization ."""
    graph.parse(data=PREFIXES + spans, format="turtle")  # Turtle 1.1 takes SPARQL prefixes
    graph.set((iri(CTX), NIF.isString, Literal(text)))
    started = time.perf_counter()
    report = validate_graph(graph, shapes)
    elapsed = time.perf_counter() - started
    # the context's text no longer matches its end index: the only result
    assert {v.shape for v in report.violations} == {KGSH["Context-length"]}
    assert elapsed < 10, f"{elapsed:.1f} s for {count} mentions"
