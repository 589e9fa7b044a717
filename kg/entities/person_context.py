"""What is said around a name the NER missed that makes it a person's: an occupation before
it ("the physicist Pieter Vos"), speech ("Pieter Vos said"; kg/entities/speakers.py), a
relative ("her husband Olav Quist") or a party after "of" ("Senthil Tiwari of the Congress
Party won the seat": a party has people for members, and news often introduces a
politician so).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.entities.name_cues import chain_around
from kg.entities.person_nouns import after_a_relative_noun, after_an_occupation
from kg.entities.speakers import place_or_organisation_word, proper_name_of_two_or_three, speaks
from kg.lexicon import words


def person_by_context(chain: Span) -> bool:
    """A chain of name words whose context makes it a person's (see the module docstring)."""
    return (
        after_an_occupation(chain)
        or speaks(chain)
        or after_a_relative_noun(chain)
        or before_a_party(chain)
    )


def before_a_party(chain: Span) -> bool:
    """Two or three proper nouns, none an organisation's or a place's word, then "of",
    maybe "the", and a name ending in "Party"."""
    if not proper_name_of_two_or_three(chain):
        return False
    if any(_not_a_persons_word(t.lower_) for t in chain):
        return False
    doc = chain.doc
    k = chain.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return False
    k += 2 if doc[k + 1].lower_ == "the" else 1
    party = chain_around(doc[k]) if k < len(doc) else None
    return party is not None and party.start == k and party[-1].lower_ == "party"


# parts of a party that "of the X Party" may follow ("the Youth Wing of the Green Party")
_PARTY_PARTS = frozenset({"wing", "youth", "branch", "caucus", "faction", "section", "women"})


def _not_a_persons_word(word: str) -> bool:
    return word in _PARTY_PARTS or word in words("titles.txt") or place_or_organisation_word(word)
