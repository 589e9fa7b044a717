"""What brackets right after a name say of it: a country or a party. "Jonas Berg (Sweden)
beat Ole Lund", "Halvard Electric (Japan)", "Janne Holm (Conservative Party)".

A person's bracketed country is their nationality, an organisation's its country; a
person's bracketed party is their party. Anything else in brackets (a city, a year, "born
1970") says nothing here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.facts.context import ParsedPiece
from kg.facts.relations.base import ORG, PERSON, PLACE, FactRecorder, country_names
from kg.facts.relations.parties import is_party
from kg.lexicon import pairs
from kg.vocab import KG, SCHEMA

_LONGEST_INSIDE = 6  # tokens between the brackets


class BracketRules(FactRecorder):
    """Countries and parties in brackets after a name (see the module docstring)."""

    def _bracketed(self, view: ParsedPiece, token: Token) -> None:
        inside = _inside_brackets(view.doc, token)
        named = self.ctx.entity_at(view, view.doc[token.i - 1]) if inside else None
        if named is None or named.entity_class not in {PERSON, ORG}:
            return
        if (country := _country(inside.text)) is not None:
            if named.key.endswith(_canonical(country)):
                return  # "People's Republic of China (PRC)": a country and its short form
            place = self.ctx.implied(PLACE, country)
            predicate = SCHEMA.nationality if named.entity_class == PERSON else KG.countryOfOrigin
            self._fact(view, inside[0], named, predicate, place, 0.7, "country-brackets")
            return
        party = self.ctx.entity_at(view, inside[0])
        whole = party is not None and self._name_span(view, inside[0], party) == inside
        if named.entity_class == PERSON and whole and is_party(party):
            self._fact(view, inside[0], named, SCHEMA.memberOf, party, 0.7, "party-brackets")


def _inside_brackets(doc, token: Token) -> Span | None:
    """The words between "(" (after a word) and its ")", when there are a few."""
    if token.text != "(" or token.i == 0:
        return None
    end = min(len(doc), token.i + _LONGEST_INSIDE + 2)
    close = next((j for j in range(token.i + 1, end) if doc[j].text == ")"), None)
    return doc[token.i + 1 : close] if close is not None and close > token.i + 1 else None


def _canonical(text: str) -> str:
    lowered = text.lower()
    return pairs("place_aliases.tsv").get(lowered, lowered).lower()


def _country(text: str) -> str | None:
    """The country a bracketed text names ("Sweden", "U.S."), or None."""
    return text if _canonical(text) in country_names() else None
