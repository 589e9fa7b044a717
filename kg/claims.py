"""Facts, events and quotations found in a document, before they become RDF.

Every one carries its evidence: the sentence's character span, a confidence in [0, 1] and
the name of the rule that produced it. `kg.graph` turns them into triples and reified
claims; the extractors in kg.relations, kg.events and kg.quotes produce them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef


@dataclass(frozen=True)
class Evidence:
    start: int  # the evidence sentence's character span in the original text
    end: int
    confidence: float
    method: str  # e.g. "rule:owned-by"


@dataclass(frozen=True)
class Fact:
    """A triple between entities (or an entity and a literal) with its evidence."""

    subject: URIRef
    predicate: URIRef
    object: URIRef | Literal
    evidence: Evidence


@dataclass
class Event:
    """A prohibition (ban, order to delete, ...) or a retraction of one."""

    iri: URIRef
    event_type: URIRef  # kg:Prohibition or kg:Retraction
    label: str
    evidence: Evidence
    trigger: tuple[int, int]  # the trigger word's character span
    status: URIRef | None = None
    roles: dict[URIRef, list[URIRef | Literal]] = field(default_factory=dict)


@dataclass(frozen=True)
class Quotation:
    text: str
    start: int  # span of the quoted text (without quote marks)
    end: int
    speaker: URIRef
    evidence: Evidence
