"""Names an organisation's noun stands right before ("the trio Nadia Quill", "the group
Oscar Vale", "the airline Vexa"), or that a copula calls one ("The Patrick Brewers are a folk
ensemble"), are organisations, at that mention and wherever else the document writes the
same name and the NER took it for a person or a place: the noun says what the name is;
the NER's guess from an unknown word does not. A word that is a person's
surname in the document ("Ford" after "Henry Ford") keeps its other mentions' class.

Names listed after a plural noun for organisations and "such as", "including", "like" or a
colon ("rock bands such as Tobias Wren and Marlow Bay") are organisations too,
except countries and places kg knows by name ("teams such as Brazil": a national team,
which kg's relation rules read as the country).
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, span_mention
from kg.entities.name_cues import surnames_of
from kg.entities.organisation_cues import (
    GROUP_NOUNS,
    copula_calls_organisation,
    organisation_noun_before,
)
from kg.entities.relatives_listed import names_listed_after
from kg.lexicon import country_names, known_place_names, words
from kg.nlp.tokens import token_strings
from kg.vocab import CLASS_BY_LABEL

_RELABELLED = frozenset({"PERSON", "PER", "LOC", "GPE"})


def organisations_by_kind_noun(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Every mention of a name written once right after an organisation's noun, as an
    organisation (see the module docstring)."""
    surnames = surnames_of(mentions)
    named = {
        m.anchor
        for m in mentions
        if _called_an_organisation(parsed[m.piece][1][m.token_start : m.token_end])
        and m.anchor not in surnames
        and m.anchor.lower() not in country_names()
    }
    return [
        replace(m, label="ORG", entity_class=CLASS_BY_LABEL["ORG"])
        if m.anchor in named and m.label in _RELABELLED
        else m
        for m in mentions
    ]


def _called_an_organisation(name) -> bool:
    """An organisation's noun right before the name, unless a verb follows it ("the band
    Ana Rojas formed", "had formed": she did something to the band; "the band Greyhaven was
    founded" is the band's own passive), or a copula's noun for one."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    perfect = after is not None and after.lower_ in {"had", "has", "have"}
    acts = after is not None and (after.pos_ == "VERB" or perfect)
    return (organisation_noun_before(name) and not acts) or copula_calls_organisation(name.root)


_INTRODUCING = frozenset({"such", "as", "including", "like", ":"})


def organisations_listed(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Person- and place-tagged mentions listed after a plural organisation's noun and
    "such as" (see the module docstring), as organisations."""
    nouns = words("organisation_nouns.txt") | GROUP_NOUNS | {"label", "league", "club"}
    starts = {(m.piece, m.token_start): m for m in mentions}
    listed: set[tuple[int, int]] = set()
    added: list[Mention] = []
    for piece_index, (piece, doc) in enumerate(parsed):
        lowered = token_strings(doc).lower
        for i in (i for i, word in enumerate(lowered) if word in _INTRODUCING):
            noun = doc[i - 1] if i > 0 else None
            if noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in nouns:
                missed: list[tuple[int, int]] = []
                listed |= names_listed_after(doc, piece_index, i, starts, _INTRODUCING, missed)
                added += [span_mention(piece, piece_index, doc[s:e], "ORG") for s, e in missed]
    relabelled = [
        replace(m, label="ORG", entity_class=CLASS_BY_LABEL["ORG"])
        if (m.piece, m.token_start) in listed and m.label in _RELABELLED and not _a_place(m)
        else m
        for m in mentions
    ]
    kept = [m for m in added if not _a_place(m)]  # "Teams such as Brazil and Germany"
    return sorted(relabelled + kept, key=lambda m: m.start)


def _a_place(mention: Mention) -> bool:
    """A country or a place kg lists by name; narrower than joined.py's check, which also
    takes a name ending in a natural feature's word: "Marlow Bay" after "bands such as"
    is a band."""
    anchor = mention.anchor.lower()
    return anchor in country_names() or anchor in known_place_names()
