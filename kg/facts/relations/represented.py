"""A person who represents a country, or competes for it, at a competition is its
national: "Kofi Mensah represented Ghana at the 2014 World Cup", "Lina Berg competed for
Norway in four Olympics", "He became the only shooter to represent Angola at the Games".
The one who represents it is a name or a personal pronoun, not a noun ("The song competed
for Portugal").

Only a country, and only at a competition (`EVENT_WORDS` in the name of what the "at" or
"in" phrase names): a member of parliament represents a district ("represented Soulanges
in the House of Commons"), a lawyer a state before a tribunal ("represented Ecuador in the
arbitration"), and neither says whose citizen the person is.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.person_nouns import person_noun_token
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import PERSON, PLACE, FactRecorder, country_names
from kg.nlp.syntax import dep, objects, prep_objects, subjects
from kg.vocab import SCHEMA

REPRESENT_VERBS = frozenset({"represent", "compete"})
# their forms, for a lemma the lemmatiser got wrong ("competed" -> "compet")
REPRESENT_FORMS = frozenset(
    {"represented", "represents", "representing", "competed", "competes", "competing"}
)
# words in the name of a competition
EVENT_WORDS = frozenset(
    {"olympics", "olympic", "paralympics", "paralympic", "games", "cup", "championship"}
    | {"championships", "tournament", "eurovision", "contest", "pageant", "grand", "prix"}
)


class RepresentedCountryRules(FactRecorder):
    """'represented Ghana at the World Cup' (see the module docstring)."""

    def _represented_country(self, view: ParsedPiece, token: Token) -> None:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or (
            lemma not in REPRESENT_VERBS and token.lower_ not in REPRESENT_FORMS
        ):
            return
        representing = token.lower_.startswith("represent")
        named = objects(token) if representing else prep_objects(token, {"for"})
        countries = [self.ctx.entity_of(view, t) for t in named]
        countries = [c for c in countries if c is not None and c.entity_class == PLACE]
        countries = [c for c in countries if c.key.lower() in country_names()]
        if len(countries) != 1 or not _at_a_competition(token):
            return
        holders = subjects(token)
        noun = token.head
        if not holders and dep(token) in {"acl", "xcomp"} and person_noun_token(noun):
            holders = noun_holders(noun)  # "the only shooter to represent Angola"
        # a name or "he"/"she", not a noun for a thing kg took for a person ("The song
        # competed for Portugal in Eurovision")
        holders = [t for t in holders if t.pos_ in {"PROPN", "PRON"}]
        for person in self._entities(view, holders):
            if person.entity_class == PERSON:
                method = "represented-country"
                self._fact(view, token, person, SCHEMA.nationality, countries[0], 0.7, method)


def _at_a_competition(verb: Token) -> bool:
    """The verb's "at" or "in" phrase names a competition ("at the 2000 Summer Olympics",
    "in four Olympics")."""
    for place in prep_objects(verb, {"at", "in"}):
        if any(t.lower_ in EVENT_WORDS for t in place.subtree):
            return True
    return False
