"""An organisation's country from the town or region the text places it in: "the Orvik
Conservatory in Rotterdam" is in the Netherlands, "Halden Art School in Munich" in Germany.
The country a place is in comes from kg/lexicon/place_countries.tsv (GeoNames cities of
100,000 people or more, ISO 3166-2 regions; only names that say one country:
kg/training/place_countries.py).

The text's own word wins, and a doubt gives nothing:

- an organisation whose country the text states gets no other;
- every place the text puts the organisation in must be listed, all in one country, or
  be written before a listed place ("Holbrook, Vermont"): "Paris, Texas" names two
  countries' places, "Bracebridge, Ontario" an unlisted town before an unlisted region;
- a place the document writes elsewhere before a comma and another place must be of the
  same country ("London, Ontario" anywhere makes "London" no evidence).

The claim cites the sentence that placed the organisation, with the rule's name
("rule:place-country") and a lower confidence: the country is kg's knowledge, not the
sentence's words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from kg.entities.resolve import LocalEntity
from kg.facts.claims import Evidence, Fact
from kg.facts.context import DocumentContext
from kg.facts.relations.base import ORG, PLACE, country_names
from kg.lexicon import pairs
from kg.vocab import KG, SCHEMA, slug

CONFIDENCE = 0.6
METHOD = "rule:place-country"  # one of kg.facts.claims.INFERRED_METHODS
_NAME_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")


@cache
def place_countries() -> dict[str, str]:
    """Folded place name -> the country it is in."""
    return pairs("place_countries.tsv")


def countries_of_places(ctx: DocumentContext, facts: list[Fact]) -> list[Fact]:
    """kg:countryOfOrigin facts for the organisations `facts` place in a listed town or
    region and in no country (see the module docstring)."""
    entities = {entity.iri: entity for entity in ctx.entities}
    stated = {fact.subject for fact in facts if fact.predicate == KG.countryOfOrigin}
    located: dict = defaultdict(list)
    for fact in facts:
        subject = entities.get(fact.subject)
        organisation = subject is not None and subject.entity_class == ORG
        if fact.predicate == SCHEMA.location and organisation and fact.subject not in stated:
            located[fact.subject].append(fact)
    found = []
    for organisation, placed in located.items():
        countries = {_country_of(ctx, entities.get(fact.object)) for fact in placed}
        if len(countries) != 1 or None in countries:
            continue
        country = ctx.implied(PLACE, countries.pop())
        source = placed[0].evidence
        evidence = Evidence(source.start, source.end, min(source.confidence, CONFIDENCE), METHOD)
        found.append(Fact(organisation, KG.countryOfOrigin, country.iri, evidence))
    return found


def _country_of(ctx: DocumentContext, place: LocalEntity | None) -> str | None:
    """The country a listed place is in, unless the document writes it before another
    place of some other country (or of none listed); for a town not listed, the country
    of the listed places the document writes after it ("Holbrook, Vermont")."""
    if place is None or place.entity_class != PLACE:
        return None
    stated = {
        _named_country(after.group(1))
        for mention in place.mentions
        if (after := _NAME_AFTER_COMMA.match(ctx.text, mention.end)) is not None
    }
    country = place_countries().get(_folded(place.key))
    if country is None:
        return stated.pop() if len(stated) == 1 and None not in stated else None
    return country if stated <= {country} else None


def _named_country(name: str) -> str | None:
    """The country a name after a comma says: itself, or the country of a listed place."""
    lowered = pairs("place_aliases.tsv").get(name.lower(), name).lower()
    if lowered in country_names():
        return _listed_countries().get(lowered, lowered)
    return place_countries().get(_folded(name))


@cache
def _listed_countries() -> dict[str, str]:
    """The table's countries by their lower-case names."""
    return {country.lower(): country for country in place_countries().values()}


def _folded(name: str) -> str:
    return slug(name).replace("-", " ")
