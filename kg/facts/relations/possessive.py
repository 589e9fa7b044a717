"""A country's person by a possessive on a noun for people: "Alba Rios is Chile's leading
novelist", "Alba Rios, Chile's leading novelist, said", "one of Peru's finest sculptors".

The noun is one of kg's nouns for people (kg/entities/person_nouns.py) and says what the
person is for that country, not what the person is to it: "Iran's enemy", "Brazil's
coach" (national teams hire foreigners), "Chile's lawyer" or "France's guest" name no
citizen. A name right after the possessive is organisations.py's ("France's Léa Morel").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.person_nouns import person_noun_token
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import PERSON, PLACE, FactRecorder, country_names
from kg.nlp.syntax import POSSESSIVE, dep, kids, subjects
from kg.vocab import SCHEMA

# what a person is to a country, not for it
RELATIONAL_NOUNS = frozenset(
    {"enemy", "rival", "critic", "friend", "ally", "opponent", "foe", "victim", "hostage"}
    | {"prisoner", "guest", "visitor", "coach", "manager", "trainer", "adviser", "advisor"}
    | {"lawyer", "attorney", "agent", "consultant", "lobbyist", "customer", "client"}
    | {"partner", "supplier", "creditor", "sponsor", "fan", "admirer", "son-in-law"}
)


class PossessiveCountryRules(FactRecorder):
    """'Chile's leading novelist' (see the module docstring)."""

    def _country_of_person_noun(self, view: ParsedPiece, token: Token) -> None:
        """`token` is a possessive; a country's, on a noun for people."""
        noun = token.head
        if dep(token) not in POSSESSIVE or noun.pos_ != "NOUN" or noun.i < token.i:
            return
        lemma = noun.lemma_.lower()
        if lemma in RELATIONAL_NOUNS or not person_noun_token(noun):
            return
        country = self.ctx.entity_at(view, token)
        if country is None or country.entity_class != PLACE:
            return
        if country.key.lower() not in country_names():
            return
        for person in self._entities(view, _holders(noun)):
            if person.entity_class == PERSON:
                self._fact(view, noun, person, SCHEMA.nationality, country, 0.7, "country-noun")


def _holders(noun: Token) -> list[Token]:
    """Who the noun describes, also through "one of": "X was one of Peru's sculptors"."""
    found = noun_holders(noun)
    one = noun.head
    through_one = one.lower_ == "one" and kids(one, {"cop"})
    if through_one and any(child.lower_ == "of" for child in kids(noun, {"case"})):
        found += subjects(one)
    return found
