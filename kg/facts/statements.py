"""All claims one document makes: relations, events and quotations, each with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.entities.resolve import LocalEntity
from kg.facts.claims import Event, Fact, Quotation
from kg.facts.context import DocumentContext
from kg.facts.events.deals import DealFinder
from kg.facts.events.finder import EventFinder
from kg.facts.quotes import find_quotations
from kg.facts.relations.finder import RelationFinder


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
    events = EventFinder(context, base).run() + DealFinder(context, base).run()
    quotations = find_quotations(context)
    implied = list(context.extra.values())
    return Statements(facts, posts + events, quotations, implied)
