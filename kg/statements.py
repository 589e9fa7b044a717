"""All claims one document makes: relations, events and quotations, each with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from kg.claims import Event, Fact, Quotation
from kg.resolve import LocalEntity


@dataclass
class Statements:
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)


def extract_statements(
    text: str,
    parsed: list,
    entities: list[LocalEntity],
    metadata: dict[str, str],
    document: URIRef,
) -> Statements:
    """Run the relation, event and quotation extractors over a parsed document."""
    return Statements()
