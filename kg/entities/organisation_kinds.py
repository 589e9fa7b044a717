"""Names an organisation's noun stands right before ("the band Metallica", "the group Salt
Meridian", "the airline Vexa"), or that a copula calls one ("The Velvet Owls are a folk
ensemble"), are organisations, at that mention and wherever else the document writes the
same name and the NER took it for a person or a place: the noun says what the name is;
the NER's guess from an unknown word does not. A word that is a person's
surname in the document ("Ford" after "Henry Ford") keeps its other mentions' class.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention
from kg.entities.name_cues import surnames_of
from kg.entities.organisation_cues import copula_calls_organisation, organisation_noun_before
from kg.lexicon import country_names
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
    Ana Rojas formed": she did something to the band), or a copula's noun for one."""
    doc = name.doc
    acts = name.end < len(doc) and doc[name.end].pos_ in {"VERB", "AUX"}
    return (organisation_noun_before(name) and not acts) or copula_calls_organisation(name.root)
