"""What every relation rule shares: the document's context and how a fact is recorded."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.entities.mention import PLACE_KIND_NOUNS
from kg.entities.resolve import LocalEntity, same_entity
from kg.facts.claims import Event, Fact
from kg.facts.context import DocumentContext, ParsedPiece
from kg.facts.relations.listed import listed_tokens, names_after_noun
from kg.lexicon import country_names, words
from kg.vocab import KG, SCHEMA

ORG, PERSON, PLACE = SCHEMA.Organization, SCHEMA.Person, SCHEMA.Place


@cache
def organisation_heads() -> frozenset[str]:
    """Words that head an organisation's name or stand for one ("company", "Group",
    "orchestra"): kg/lexicon/organisation_nouns.txt, organisation_name_words.txt and
    organisation_heads.txt."""
    return (
        words("organisation_nouns.txt")
        | words("organisation_name_words.txt")
        | words("organisation_heads.txt")
    )


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

    def _mentions_by_piece(self, entity_class) -> dict[int, list]:
        """Each piece's mentions (entity, mention) of entities of one class, in the
        entities' order: made once per document and class, not once per piece (that was
        quadratic in a long document)."""
        made = self.__dict__.setdefault("_by_piece", {})
        found = made.get(entity_class)
        if found is None:
            found = made[entity_class] = {}
            for entity in self.ctx.entities:
                if entity.entity_class == entity_class:
                    for mention in entity.mentions:
                        found.setdefault(mention.piece, []).append((entity, mention))
        return found

    def _entities(self, view: ParsedPiece, tokens: list[Token]) -> list:
        """The distinct entities the tokens' noun phrases denote, in order."""
        found = []
        for token in tokens:
            entity = self.ctx.entity_of(view, token)
            if entity is not None and all(e.iri != entity.iri for e in found):
                found.append(entity)
        return found

    def _with_listed(self, view: ParsedPiece, tokens: list[Token]) -> list[Token]:
        """The tokens and the names listed with theirs ("founded by Ana Soto and Omar
        Haddad"), and the names a plural noun among them introduces ("played for teams
        such as X and Y"): kg/facts/relations/listed.py."""
        found = [*tokens, *(t for token in tokens for t in listed_tokens(self.ctx, view, token))]
        found += [t for token in tokens for t in names_after_noun(self.ctx, view, token)]
        return found + [t for token in tokens if (t := self._named_after(view, token))]

    def _named_after(self, view: ParsedPiece, noun: Token) -> Token | None:
        """The name right after a noun for an organisation that the parse did not join to
        it: "founder of film company Kessel Pictures"."""
        doc = view.doc
        if noun.tag_ != "NN" or noun.lemma_.lower() not in organisation_heads():
            return None
        if noun.i + 1 >= len(doc) or self.ctx.entity_at(view, noun) is not None:
            return None
        named = self.ctx.entity_at(view, doc[noun.i + 1])
        return doc[noun.i + 1] if named is not None and named.entity_class == ORG else None

    def _org(self, view: ParsedPiece, token: Token) -> LocalEntity | None:
        entity = self.ctx.entity_of(view, token)
        return entity if entity is not None and entity.entity_class == ORG else None

    def _owned_by(self, view, token, owned_token, owner_token, confidence, method) -> None:
        owned, owner = self._org(view, owned_token), self._org(view, owner_token)
        self._fact(view, token, owned, SCHEMA.parentOrganization, owner, confidence, method)

    def _same_at(self, view: ParsedPiece, token: Token, entity) -> bool:
        return same_entity(self.ctx.entity_at(view, token), entity)

    def _name_span(self, view: ParsedPiece, token: Token, entity) -> Span:
        """The run of tokens around `token` that name `entity`."""
        return self.ctx.name_span(view, token, entity)

    def _named_after_of(self, view: ParsedPiece, name: Span):
        """The entity named by "of (the) X" right after a name ("King Harald of Norway")."""
        after = [token for token in view.doc[name.end : name.end + 3] if token.lower_ != "the"]
        if len(after) < 2 or after[0].lower_ != "of":
            return None
        return self.ctx.entity_at(view, after[1])

    def _wider_places(self, view: ParsedPiece, tokens: list[Token]) -> list:
        """The places written after a place and a comma, each after the last ("Dunlow,
        Arizona, United States", "Newton, in Harlow County"), or alone in brackets
        ("Cedar Bluff, Texas (United States)", and on after it: "... (United States) in
        Vessa County"): the region and the country it is in."""
        doc, found = view.doc, []
        for token in tokens[:1]:
            place = self.ctx.entity_at(view, token)
            found += self._place_before_kind_noun(view, token, place)
            end = token.i
            while place is not None and place.entity_class == PLACE:
                end = self._name_span(view, doc[end], place).end - 1
                if end + 2 >= len(doc) or doc[end + 1].text not in {",", "(", ")"}:
                    break
                if doc[end + 1].text == ")" and doc[end + 2].lower_ != "in":
                    break  # "Texas (United States) in Vessa County" goes on
                bracket = doc[end + 1].text == "("  # "Cedar Bluff, Texas (United States)"
                if doc[end + 2].lower_ == "in" and end + 3 < len(doc):
                    end += 1  # "Newton, in Harlow County, Massachusetts"
                place = self.ctx.entity_at(view, doc[end + 2])
                if place is None or place.entity_class != PLACE or place in found:
                    break
                after = self._name_span(view, doc[end + 2], place).end
                if bracket and (after >= len(doc) or doc[after].text != ")"):
                    break  # only a place alone in the brackets
                if not bracket and _modifies_a_noun(doc, after):
                    break  # "in Los Angeles, New Jersey native Dwayne Pickett"
                found.append(place)
                end += 2
        return found

    def _place_before_kind_noun(self, view: ParsedPiece, token: Token, place) -> list:
        """The place named before a noun for a kind of place and "of": "the California town
        of Larkmoor", "the Australian state of Victoria" (a demonym names its country)."""
        name = self._name_span(view, token, place) if place is not None else None
        if name is None or name.start < 3 or view.doc[name.start - 1].lower_ != "of":
            return []
        noun = view.doc[name.start - 2]
        if noun.lower_ not in PLACE_KIND_NOUNS or noun.lower_ == "suburb":
            return []  # a city's suburb need not be in the city ("a New York City suburb")
        before = view.doc[name.start - 3]
        wider = self.ctx.entity_at(view, before)
        if wider is None:
            wider = self.ctx.country_of_adjective(before)
        return [wider] if wider is not None and wider.entity_class == PLACE else []

    def _in_wider_places(self, view, token, org, places: list, confidence, method) -> None:
        """'based in Dunlow, Arizona, United States': located in the region too, and of the
        country."""
        for place in places:
            country = place.key.lower() in country_names()
            relation = KG.countryOfOrigin if country else SCHEMA.location
            self._fact(view, token, org, relation, place, confidence, method)


def _modifies_a_noun(doc, end: int) -> bool:
    """The word after a place's name is a noun or an adjective it stands before ("New
    Jersey native", "Oslo-based"), not punctuation or the next clause."""
    return end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"}


def _unique(facts: list[Fact]) -> list[Fact]:
    seen = set()
    result = []
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            result.append(fact)
    return result
