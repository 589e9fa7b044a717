"""An employer from a noun for a person's work and "at": "Lena Berg, a lecturer at Kessel
College, said", "Omar Haddad is a researcher at Vexa Labs".

The noun is one of kg's nouns for people (kg/entities/person_nouns.py) that names work, not
study or a visit ("a student at", "a guest at", "a fellow at" name no employer); the
holder is the person the noun describes (apposition, copula subject, a relative "who").
The employer is current: a copula in the past ("was a curator at") or a former noun ("a
former lecturer at") gives no `schema:worksFor`, as for the trigger table's "works for".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.person_nouns import is_person_noun
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import PERSON, FactRecorder
from kg.facts.relations.tenure import noun_tenure
from kg.nlp.syntax import dep, kids, present_tense
from kg.vocab import SCHEMA

# people at a place who do not work for it
NOT_WORK = frozenset(
    {"student", "pupil", "graduate", "alumnus", "alumna", "undergraduate", "freshman"}
    | {"fellow", "visitor", "guest", "patient", "inmate", "prisoner", "resident"}
    | {"customer", "client", "member", "player", "candidate", "applicant", "speaker"}
    | {"performer", "delegate", "participant", "contestant", "winner", "finalist"}
)


class EmploymentRules(FactRecorder):
    """'a lecturer at X' (see the module docstring)."""

    def _occupation_at(self, view: ParsedPiece, token: Token) -> None:
        """`token` is "at"; its noun phrase names the employer of the noun it hangs on."""
        if token.lower_ != "at" or dep(token) != "case":
            return
        employer, noun = self._org(view, token.head), token.head.head
        if employer is None or noun.pos_ != "NOUN" or noun.i > token.i:
            return
        lemma = noun.lemma_.lower()
        if lemma in NOT_WORK or not is_person_noun(lemma) or noun_tenure(noun) is not None:
            return
        if not _now(noun):
            return
        for person in self._entities(view, noun_holders(noun)):
            if person.entity_class == PERSON:
                self._fact(view, noun, person, SCHEMA.worksFor, employer, 0.7, "occupation-at")


def _now(noun: Token) -> bool:
    """The noun's copula, if any, is in the present ("is a lecturer"; not "was")."""
    copulas = kids(noun, {"cop"})
    return all(present_tense(copula) for copula in copulas)
