"""A country's name before a title is no organisation: "a U.S. Representative from New
York", "the UK Minister for Trade". The NER tags such a pair ORG; the person holds the
title, and the country is a place (kg's relation rules read the title and the country:
kg/facts/relations/triggered.py). The mention keeps only the country's words, as a place.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, span_mention
from kg.lexicon import country_names, demonyms, pairs, words
from kg.vocab import CLASS_BY_LABEL


def countries_before_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """ORG mentions made of a country and a title ("U.S. Representative", "King of
    Norway"), cut to the country as a place."""
    return [_country_before_title(parsed, mention) for mention in mentions]


def _country_before_title(parsed: list, mention: Mention) -> Mention:
    if mention.label != "ORG" or mention.token_end - mention.token_start < 2:
        return mention
    piece, doc = parsed[mention.piece]
    name = doc[mention.token_start : mention.token_end]
    if name[0].lower_ in words("titles.txt") and len(name) > 2 and name[1].lower_ == "of":
        country = name[2:]  # "King of Norway": a title and its country
    elif name[-1].lower_ in words("titles.txt"):
        country = name[:-1]
    else:
        return mention
    if country[0].lower_ == "the":
        country = country[1:]
    text = country.text.lower()
    if (
        not len(country)
        or pairs("place_aliases.tsv").get(text, text).lower() not in country_names()
    ):
        return mention
    return span_mention(piece, mention.piece, country, "LOC")


def places_without_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """No place's name is a demonym and a title: "the British Trade Minister, Ana Holloway"
    names an office, which kg reads from its words (kg/facts/relations/triggered.py), not a
    place the NER may tag."""
    return [mention for mention in mentions if not _office_as_place(parsed, mention)]


def _office_as_place(parsed: list, mention: Mention) -> bool:
    if mention.label not in {"LOC", "GPE"} or mention.token_end - mention.token_start < 2:
        return False
    name = parsed[mention.piece][1][mention.token_start : mention.token_end]
    titles = words("titles.txt")
    if name[-1].lower_ not in titles or name[0].lower_ not in demonyms():
        return False
    return all(t.lower_ in titles or t.lower_ in words("portfolios.txt") for t in name[1:])


# noble titles held "of" a place: "Marquis of Pozo Alto", "Earl of Wessex"
_NOBLE_TITLES = frozenset(
    {"duke", "duchess", "earl", "count", "countess", "marquis", "marquess", "marchioness"}
    | {"baron", "baroness", "viscount", "viscountess", "margrave", "landgrave"}
)


def places_of_noble_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A person-tagged name right after a noble title and "of" is the title's place: "the
    Marquis of Pozo Alto" is a person, "Pozo Alto" a place (the NER tags it a person)."""
    return [_noble_seat(parsed, mention) for mention in mentions]


def _noble_seat(parsed: list, mention: Mention) -> Mention:
    start = mention.token_start
    if mention.label not in {"PERSON", "PER"} or start < 2:
        return mention
    doc = parsed[mention.piece][1]
    if doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _NOBLE_TITLES:
        return mention
    return replace(mention, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
