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

# The terms of the triples written per mention, sentence and claim, looked up once: an
# rdflib Namespace attribute makes a new URIRef at every access.
_TYPE = RDF.type
_OFFSET_STRING = NIF.OffsetBasedString
_BEGIN = NIF.beginIndex
_END = NIF.endIndex
_ANCHOR = NIF.anchorOf
_REFERENCE_CONTEXT = NIF.referenceContext
_SENTENCE = NIF.sentence
_SENTENCE_CLASS = NIF.Sentence
_PHRASE = NIF.Phrase
_IDENT = ITSRDF.taIdentRef
_CLASS_REF = ITSRDF.taClassRef
_STATEMENT = RDF.Statement
_CLAIM = KG.Claim
_SUBJECT = RDF.subject
_PREDICATE = RDF.predicate
_OBJECT = RDF.object
_DERIVED_FROM = PROV.wasDerivedFrom
_EVIDENCE = KG.evidence
_EVIDENCE_TEXT = KG.evidenceText
_CONFIDENCE = KG.confidence
_METHOD = KG.method
_MENTION = KG.mention
_STATUS = KG.status
_DECIMAL = XSD.decimal


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    return Literal(value, datatype=NNI)


@lru_cache(maxsize=65536)
def _plain(text: str) -> Literal:
    """A plain literal (names, sentences and methods recur across mentions and claims)."""
    return Literal(text)


@lru_cache(maxsize=1024)
def _confidence(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=_DECIMAL)


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
        self._sentences: dict[tuple[int, int], URIRef] = {}  # (start, end) -> its IRI
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
        iri = self._sentences.get((start, end))
        if iri is None:
            iri = self._sentences[(start, end)] = fragment_iri(self.iri, start, end)
            self._string(iri, _SENTENCE_CLASS, start, end)
        return iri

    def _string(self, iri: URIRef, string_class: URIRef, start: int, end: int) -> None:
        add = self.triples.add
        add((iri, _TYPE, string_class))
        add((iri, _TYPE, _OFFSET_STRING))
        add((iri, _BEGIN, _offset(start)))
        add((iri, _END, _offset(end)))
        add((iri, _ANCHOR, _plain(self.text[start:end])))
        add((iri, _REFERENCE_CONTEXT, self.context))

    def mention(self, mention: Mention, entity: URIRef, entity_class: URIRef) -> URIRef:
        iri = fragment_iri(self.iri, mention.start, mention.end)
        self._string(iri, _PHRASE, mention.start, mention.end)
        add = self.triples.add
        add((iri, _SENTENCE, self.sentence(*mention.sentence)))
        add((iri, _IDENT, entity))
        add((iri, _CLASS_REF, entity_class))
        return iri

    def entities(self, entities: Iterable[LocalEntity]) -> None:
        for entity in entities:
            for mention in entity.mentions:
                self.mention(mention, entity.iri, entity.entity_class)

    def claim(self, subject: URIRef, predicate: URIRef, obj, evidence: Evidence) -> URIRef:
        """A reified statement with its source, evidence sentence, confidence and method."""
        add = self.triples.add
        iri = claim_iri(self.iri, str(subject), str(predicate), str(obj), f"{evidence.start}")
        if iri in self._claims:
            return iri  # two rules found the same fact in the same sentence: one claim
        self._claims.add(iri)
        add((iri, _TYPE, _STATEMENT))
        add((iri, _TYPE, _CLAIM))
        add((iri, _SUBJECT, subject))
        add((iri, _PREDICATE, predicate))
        add((iri, _OBJECT, obj))
        add((iri, _DERIVED_FROM, self.iri))
        add((iri, _EVIDENCE, self.sentence(evidence.start, evidence.end)))
        add((iri, _EVIDENCE_TEXT, _plain(self.text[evidence.start : evidence.end])))
        add((iri, _CONFIDENCE, _confidence(evidence.confidence)))
        add((iri, _METHOD, _plain(evidence.method)))
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
        self._string(trigger, _PHRASE, *event.trigger)
        g.add((trigger, _SENTENCE, self.sentence(event.evidence.start, event.evidence.end)))
        g.add((event.iri, _MENTION, trigger))
        for predicate, values in event.roles.items():
            for value in values:
                g.add((event.iri, predicate, value))
                self.claim(event.iri, predicate, value, event.evidence_for(predicate, value))
        if event.status is not None:
            g.add((event.iri, _STATUS, event.status))
            evidence = event.status_evidence or event.evidence
            self.claim(event.iri, _STATUS, event.status, evidence)

    def quotation(self, quote: Quotation) -> None:
        g = self.triples
        iri = quotation_iri(self.iri, quote.start, quote.end)
        g.add((iri, RDF.type, SCHEMA.Quotation))
        g.add((iri, SCHEMA.text, Literal(quote.text)))
        g.add((iri, SCHEMA.spokenByCharacter, quote.speaker))
        g.add((iri, SCHEMA.isPartOf, self.iri))
        span = fragment_iri(self.iri, quote.start, quote.end)
        self._string(span, _PHRASE, quote.start, quote.end)
        g.add((span, _SENTENCE, self.sentence(quote.evidence.start, quote.evidence.end)))
        g.add((iri, _MENTION, span))
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
