"""A person's name does not start with the word for the person's party or country:
"Democrat Mara Quinlan", "fellow Republican Carl Hennessy", "Kenyan Eliud Mwangi",
"Frenchman Luc Garnier" name Mara Quinlan, Carl Hennessy, Eliud Mwangi and Luc Garnier.

The NER takes such a word into the name it tags (and "Republican Carl Hennessy" for a
place). `without_descriptor_words` cuts it; kg/facts/relations/word_order.py then reads the
word before the name as the person's party or nationality. A party's word is one of
kg/lexicon/parties.tsv that names its members ("Democrat", "Tory"; not the adjective
"Democratic", nor "Green", a surname too); a country's is a demonym or a noun for its
people (kg/lexicon/demonyms.tsv: "Kenyan", "Briton", "Dutchman") that is not also a given
name ("German Garcia").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.entities.mention import Mention, span_mention
from kg.entities.name_cues import is_given_name
from kg.lexicon import demonym_nouns, demonyms, pairs

_NOT_MEMBER_NOUNS = frozenset({"democratic", "green"})
_NAME_LABELS = frozenset({"PERSON", "PER", "LOC", "GPE"})


def party_member_word(text: str) -> str | None:
    """The party a capitalised one-word noun for its members names ("Republican" ->
    Republican Party), or None."""
    lowered = text.lower()
    if not text[:1].isupper() or lowered in _NOT_MEMBER_NOUNS or " " in lowered:
        return None
    return pairs("parties.tsv").get(lowered)


def nationality_word(text: str) -> bool:
    """A capitalised demonym or noun for a country's people that is no given name."""
    return text[:1].isupper() and text.lower() in demonyms() and not is_given_name(text)


def after_a_descriptor_noun(chain: Span) -> Span | None:
    """The name in or after a chain of capitalised words that opens with a noun for a
    country's people or a party's ("Dutchman Pieter Vos", "Democrat Tjark Oyelaran"): two
    capitalised words or more after the noun ("Republican Guard" is no one), else None."""
    doc = chain.doc
    if chain.start > 0 and _descriptor_noun(doc[chain.start - 1].text):
        named = chain  # "Swede Ingvild Saether", the noun left out of the chain
    elif _descriptor_noun(chain[0].text):
        named = chain[1:]
    else:
        return None
    capitalised = all(token.text[:1].isupper() for token in named)
    return named if len(named) >= 2 and capitalised else None


def _descriptor_noun(text: str) -> bool:
    noun = text.lower() in demonym_nouns() or party_member_word(text)
    return bool(noun) and text[:1].isupper() and not is_given_name(text)


def without_descriptor_words(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Person names that start with a party's or a country's word start after it."""
    return [_without_descriptor_word(parsed, mention) for mention in mentions]


def _without_descriptor_word(parsed: list, mention: Mention) -> Mention:
    if mention.label not in _NAME_LABELS or mention.token_end - mention.token_start < 3:
        return mention  # a name of two words at least after the word ("Irish Gaelic")
    piece, doc = parsed[mention.piece]
    first, rest = doc[mention.token_start], doc[mention.token_start + 1 : mention.token_end]
    if not (party_member_word(first.text) or nationality_word(first.text)):
        return mention
    if not all(token.text[:1].isupper() for token in rest):
        return mention
    if mention.label not in {"PERSON", "PER"} and not is_given_name(rest[0].text):
        return mention  # "Dutch Harbor" stays a place
    return replace(span_mention(piece, mention.piece, rest, "PERSON"), title=mention.title)
