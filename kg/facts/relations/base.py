"""What every relation rule shares: the document's context and how a fact is recorded."""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.claims import Event, Fact
from kg.facts.context import DocumentContext, ParsedPiece
from kg.lexicon import demonyms, words
from kg.vocab import SCHEMA

ORG, PERSON, PLACE = SCHEMA.Organization, SCHEMA.Person, SCHEMA.Place


def organisation_heads() -> frozenset[str]:
    """Words that head an organisation's name or stand for one ("company", "Group",
    "orchestra"): kg/lexicon/organisation_nouns.txt, organisation_name_words.txt and
    organisation_heads.txt."""
    return (
        words("organisation_nouns.txt")
        | words("organisation_name_words.txt")
        | words("organisation_heads.txt")
    )


def country_names() -> frozenset[str]:
    """Countries (kg/lexicon/countries.txt) and the names kg/lexicon/demonyms.tsv gives
    them, lower case."""
    named = {country.lower() for country in demonyms().values()}
    return words("countries.txt") | named


class FactRecorder:
    """Collects facts and posts, each with its evidence, for one document's context."""

    def __init__(self, context: DocumentContext, base: str) -> None:
        self.ctx = context
        self.base = base
        self.facts: list[Fact] = []
        self.posts: list[Event] = []

    def _fact(self, view, token, subject, predicate, obj, confidence, method) -> None:
        if subject is None or obj is None or same_entity(subject, obj):
            return
        s = subject.iri
        o = obj.iri if isinstance(obj, LocalEntity) else obj
        if s is None or o is None or s == o:
            return
        evidence = self.ctx.evidence(view, token, confidence, f"rule:{method}")
        self.facts.append(Fact(s, predicate, o, evidence))

    def _org(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        entity = self.ctx.entity_of(view, token)
        return entity if entity is not None and entity.entity_class == ORG else None

    def _owned_by(self, view, token, owned_token, owner_token, confidence, method) -> None:
        owned, owner = self._org(view, owned_token), self._org(view, owner_token)
        self._fact(view, token, owned, SCHEMA.parentOrganization, owner, confidence, method)


def _unique(facts: list[Fact]) -> list[Fact]:
    seen = set()
    result = []
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            result.append(fact)
    return result
