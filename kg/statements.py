"""All claims one document makes: relations, events and quotations, each with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.claims import Event, Fact, Quotation
from kg.context import DocumentContext
from kg.events import EventFinder
from kg.quotes import find_quotations
from kg.relations import RelationFinder
from kg.resolve import LocalEntity


@dataclass
class Statements:
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    implied_entities: list[LocalEntity] = field(default_factory=list)


def extract_statements(
    text: str, parsed: list, entities: list[LocalEntity], metadata: dict[str, str], base: str
) -> Statements:
    """Run the relation, event and quotation extractors over a parsed document."""
    context = DocumentContext.build(text, parsed, entities, metadata, base)
    facts, posts = RelationFinder(context, base).run()
    events = EventFinder(context, base).run()
    quotations = find_quotations(context)
    implied = list(context.extra.values())
    return Statements(facts, posts + events, quotations, implied)
