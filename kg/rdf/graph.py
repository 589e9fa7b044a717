"""RDF for one document, for the entity index, and for the run (see kg/vocab.py for IRIs).

`document_graph` holds everything the document says: its description, NIF context,
sentences and mentions, facts with their reified claims, events and quotations. Entities
are described once for the run in `entities_graph`; the run's PROV activity goes to
`provenance_graph`. No blank nodes anywhere, so output is byte-stable and graphs merge
cleanly in any store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.entities.mention import Mention
from kg.entities.resolve import EntityIndex, LocalEntity, same_as
from kg.facts.claims import Event, Evidence, Fact, Quotation
from kg.ingest.dates import date_literal
from kg.ingest.read import Document
from kg.vocab import (
    ITSRDF,
    KG,
    NIF,
    SCHEMA,
    claim_iri,
    fragment_iri,
    quotation_iri,
)

NNI = XSD.nonNegativeInteger


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    return Literal(value, datatype=NNI)


Triple = tuple[Node, Node, Node]


class TripleSet:
    """A named graph's triples in insertion order, without an rdflib store: adding to an
    rdflib Graph cost about a third of kg's own time per document, and the usual path
    (serialise each document's graph as it completes) never needs a store."""

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def to_graph(self) -> Graph:
        graph = Graph(identifier=self.identifier)
        for triple in self._triples:
            graph.add(triple)
        return graph


class DocumentGraphBuilder:
    """Accumulates one document's triples (`triples`; `graph` makes an rdflib Graph)."""

    def __init__(self, document_iri: URIRef, text: str) -> None:
        self.iri = document_iri
        self.text = text
        self.triples = TripleSet(document_iri)
        self.context = fragment_iri(document_iri, 0, len(text))
        self._sentences: set[tuple[int, int]] = set()
        self._claims: set[URIRef] = set()
        self.event_labels: dict[URIRef, str] = {}  # for the run's entities graph

    @property
    def graph(self) -> Graph:
        """The triples so far as an rdflib Graph (a copy)."""
        return self.triples.to_graph()

    def describe(self, document: Document, metadata: dict[str, str], text_hash: str) -> None:
        g, doc = self.triples, self.iri
        g.add((doc, RDF.type, SCHEMA.NewsArticle))
        g.add((doc, KG.contentHash, Literal(text_hash)))
        for key, predicate in (
            ("headline", SCHEMA.headline),
            ("author", SCHEMA.author),
            ("publisher", SCHEMA.publisher),
            ("distributor", SCHEMA.provider),
        ):
            if metadata.get(key):
                g.add((doc, predicate, Literal(metadata[key])))
        published = date_literal(metadata.get("datePublished", ""))
        if published is not None:
            g.add((doc, SCHEMA.datePublished, published))
        location = metadata.get("url") or document.location
        if location:
            g.add((doc, SCHEMA.url, URIRef(location)))
            g.add((doc, NIF.sourceUrl, URIRef(location)))
        ctx = self.context
        g.add((ctx, RDF.type, NIF.Context))
        g.add((ctx, RDF.type, NIF.OffsetBasedString))
        g.add((ctx, NIF.beginIndex, Literal(0, datatype=NNI)))
        g.add((ctx, NIF.endIndex, Literal(len(self.text), datatype=NNI)))
        g.add((ctx, NIF.isString, Literal(self.text)))
        g.add((ctx, NIF.sourceUrl, doc))

    def sentence(self, start: int, end: int) -> URIRef:
        iri = fragment_iri(self.iri, start, end)
        if (start, end) not in self._sentences:
            self._sentences.add((start, end))
            self._string(iri, NIF.Sentence, start, end)
        return iri

    def _string(self, iri: URIRef, string_class: URIRef, start: int, end: int) -> None:
        g = self.triples
        g.add((iri, RDF.type, string_class))
        g.add((iri, RDF.type, NIF.OffsetBasedString))
        g.add((iri, NIF.beginIndex, _offset(start)))
        g.add((iri, NIF.endIndex, _offset(end)))
        g.add((iri, NIF.anchorOf, Literal(self.text[start:end])))
        g.add((iri, NIF.referenceContext, self.context))

    def mention(self, mention: Mention, entity: URIRef, entity_class: URIRef) -> URIRef:
        iri = fragment_iri(self.iri, mention.start, mention.end)
        self._string(iri, NIF.Phrase, mention.start, mention.end)
        self.triples.add((iri, NIF.sentence, self.sentence(*mention.sentence)))
        self.triples.add((iri, ITSRDF.taIdentRef, entity))
        self.triples.add((iri, ITSRDF.taClassRef, entity_class))
        return iri

    def entities(self, entities: Iterable[LocalEntity]) -> None:
        for entity in entities:
            for mention in entity.mentions:
                self.mention(mention, entity.iri, entity.entity_class)

    def claim(self, subject: URIRef, predicate: URIRef, obj, evidence: Evidence) -> URIRef:
        """A reified statement with its source, evidence sentence, confidence and method."""
        g = self.triples
        iri = claim_iri(self.iri, str(subject), str(predicate), str(obj), f"{evidence.start}")
        if iri in self._claims:
            return iri  # two rules found the same fact in the same sentence: one claim
        self._claims.add(iri)
        g.add((iri, RDF.type, RDF.Statement))
        g.add((iri, RDF.type, KG.Claim))
        g.add((iri, RDF.subject, subject))
        g.add((iri, RDF.predicate, predicate))
        g.add((iri, RDF.object, obj))
        g.add((iri, PROV.wasDerivedFrom, self.iri))
        g.add((iri, KG.evidence, self.sentence(evidence.start, evidence.end)))
        g.add((iri, KG.evidenceText, Literal(self.text[evidence.start : evidence.end])))
        g.add((iri, KG.confidence, Literal(f"{evidence.confidence:.2f}", datatype=XSD.decimal)))
        g.add((iri, KG.method, Literal(evidence.method)))
        return iri

    def fact(self, fact: Fact) -> None:
        self.triples.add((fact.subject, fact.predicate, fact.object))
        self.claim(fact.subject, fact.predicate, fact.object, fact.evidence)

    def event(self, event: Event) -> None:
        g = self.triples
        g.add((event.iri, RDF.type, event.event_type))
        # the label goes to the run's entities graph, one per event: two articles name the
        # same ban with their own forms of the issuer ("Mike Pompeo", "Michael R. Pompeo")
        self.event_labels.setdefault(event.iri, event.label)
        trigger = fragment_iri(self.iri, *event.trigger)
        self._string(trigger, NIF.Phrase, *event.trigger)
        g.add((trigger, NIF.sentence, self.sentence(event.evidence.start, event.evidence.end)))
        g.add((event.iri, KG.mention, trigger))
        for predicate, values in event.roles.items():
            for value in values:
                g.add((event.iri, predicate, value))
                self.claim(event.iri, predicate, value, event.evidence_for(predicate, value))
        if event.status is not None:
            g.add((event.iri, KG.status, event.status))
            evidence = event.status_evidence or event.evidence
            self.claim(event.iri, KG.status, event.status, evidence)

    def quotation(self, quote: Quotation) -> None:
        g = self.triples
        iri = quotation_iri(self.iri, quote.start, quote.end)
        g.add((iri, RDF.type, SCHEMA.Quotation))
        g.add((iri, SCHEMA.text, Literal(quote.text)))
        g.add((iri, SCHEMA.spokenByCharacter, quote.speaker))
        g.add((iri, SCHEMA.isPartOf, self.iri))
        span = fragment_iri(self.iri, quote.start, quote.end)
        self._string(span, NIF.Phrase, quote.start, quote.end)
        g.add((span, NIF.sentence, self.sentence(quote.evidence.start, quote.evidence.end)))
        g.add((iri, KG.mention, span))
        self.claim(iri, SCHEMA.spokenByCharacter, quote.speaker, quote.evidence)


def entities_graph(index: EntityIndex, identifier: URIRef) -> Graph:
    graph = Graph(identifier=identifier)
    for iri in sorted(index.entries):
        entry = index.entries[iri]
        graph.add((iri, RDF.type, entry.entity_class))
        graph.add((iri, RDFS.label, Literal(entry.label())))
        for alt in entry.alt_labels():
            graph.add((iri, SKOS.altLabel, Literal(alt)))
        link = same_as(entry.identity)
        if link is not None:
            graph.add((iri, OWL.sameAs, link))
    for iri in sorted(index.event_labels):  # the first document's wording of each event
        graph.add((iri, RDFS.label, Literal(index.event_labels[iri])))
    return graph


def provenance_graph(
    identifier: URIRef,
    activity: URIRef,
    agent: URIRef,
    documents: Iterable[URIRef],
    started: dt.datetime,
    ended: dt.datetime,
    versions: dict[str, str],
) -> Graph:
    graph = Graph(identifier=identifier)
    graph.add((activity, RDF.type, PROV.Activity))
    for document in sorted(documents):
        graph.add((activity, PROV.used, document))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((activity, PROV.startedAtTime, Literal(started.isoformat(), datatype=XSD.dateTime)))
    graph.add((activity, PROV.endedAtTime, Literal(ended.isoformat(), datatype=XSD.dateTime)))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    label = (
        f"kg {versions['kg']} with spaCy {versions['spacy']} pipeline "
        f"{versions['pipeline']} {versions['pipeline_version']}"
    )
    graph.add((agent, RDFS.label, Literal(label)))
    graph.add((agent, SCHEMA.softwareVersion, Literal(versions["kg"])))
    graph.add((agent, KG.pipelineName, Literal(versions["pipeline"])))
    graph.add((agent, KG.pipelineVersion, Literal(versions["pipeline_version"])))
    return graph
