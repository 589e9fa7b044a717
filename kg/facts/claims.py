"""Facts, events and quotations found in a document, before they become RDF.

Every one carries its evidence: the sentence's character span, a confidence in [0, 1] and
the name of the rule that produced it. `kg.rdf.graph` turns them into triples and reified
claims; the extractors in kg.facts.relations, kg.facts.events and kg.facts.quotes produce them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef

# methods whose facts come from kg's own knowledge as well as the sentence it cites (the
# country of a town the sentence names): a gold set of what texts state does not score them
INFERRED_METHODS = frozenset({"rule:place-country"})


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
    # the sentence each role value and the status were read from, where it is not
    # `evidence` (a later report of the same event): each claim cites its own sentence
    role_evidence: dict[tuple[URIRef, URIRef | Literal], Evidence] = field(default_factory=dict)
    status_evidence: Evidence | None = None

    def put_role(self, predicate: URIRef, value: URIRef | Literal, evidence: Evidence) -> None:
        """Add a role value, read from the sentence `evidence` cites (the first one kept)."""
        values = self.roles.setdefault(predicate, [])
        if value not in values:
            values.append(value)
            self.role_evidence[(predicate, value)] = evidence

    def evidence_for(self, predicate: URIRef, value: URIRef | Literal) -> Evidence:
        return self.role_evidence.get((predicate, value), self.evidence)

    def set_status(self, status: URIRef, evidence: Evidence) -> None:
        self.status, self.status_evidence = status, evidence


@dataclass(frozen=True)
class Quotation:
    text: str
    start: int  # span of the quoted text (without quote marks)
    end: int
    speaker: URIRef
    evidence: Evidence
