"""An employer from a noun for a person's work and "at": "Lena Berg, a lecturer at Kessel
College, said", "Omar Haddad is a researcher at Vexa Labs"; or from an organisation's name
right before such a noun and a person's name: "Reuters correspondent Ana Soto", "The Halden
Post technology columnist Ana Soto" (a band's or a team's player is its member: "Harrow
Rovers striker Omar Haddad").

The noun is one of kg's nouns for people (kg/entities/person_nouns.py) that names work, not
study or a visit ("a student at", "a guest at", "a fellow at" name no employer); the
holder is the person the noun describes (apposition, copula subject, a relative "who").
The employer is current: a copula in the past ("was a curator at") or a former noun ("a
former lecturer at") gives no `schema:worksFor`, as for the trigger table's "works for".
A copula in the past gives a former post instead (a `kg:Post` with `kg:tenure
kg:Former`, as "former CEO of Acme" does in posts.py): the person worked there.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.backstops import MEMBER_NOUNS
from kg.entities.person_nouns import is_person_noun, person_noun_token
from kg.facts.assertion import asserted
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import ORG, PERSON, FactRecorder
from kg.facts.relations.parties import is_party
from kg.facts.relations.tenure import noun_tenure
from kg.nlp.syntax import dep, kids, present_tense
from kg.vocab import KG, SCHEMA

# people at a place who do not work for it
NOT_WORK = frozenset(
    {"student", "pupil", "graduate", "alumnus", "alumna", "undergraduate", "freshman"}
    | {"fellow", "visitor", "guest", "patient", "inmate", "prisoner", "resident"}
    | {"customer", "client", "member", "player", "candidate", "applicant", "speaker"}
    | {"performer", "delegate", "participant", "contestant", "winner", "finalist"}
    | {"fan", "supporter", "shareholder", "investor", "user", "subscriber", "critic", "rival"}
    | {"victim", "voter", "owner", "founder", "cofounder", "co-founder", "heir", "alumni"}
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
        if lemma in NOT_WORK or not person_noun_token(noun) or noun_tenure(noun) is not None:
            return
        if not asserted(noun):
            return  # "Ana Soto was not a researcher at Vexa Labs"
        now = _now(noun)
        for person in self._entities(view, noun_holders(noun)):
            if person.entity_class != PERSON:
                continue
            if now:
                self._fact(view, noun, person, SCHEMA.worksFor, employer, 0.7, "occupation-at")
            else:  # "Per Hovland, who was a curator at the Halden Museum": a former post
                method, former = "occupation-at", KG.Former
                self._post(view, noun, person, noun.text, employer, None, method, former)

    def _employer_before_noun(self, view: ParsedPiece, person, head: Token) -> None:
        """An organisation's name, at most two lower-case words for a field, a noun for a
        person's work and the person's name; not after "former" or "ex-" (then a past
        employer: a post's tenure says so), not a party's people (parties.py)."""
        name = self._name_span(view, head, person)
        noun = view.doc[name.start - 1] if name.start else None
        if noun is None or not _work_noun(noun) or not asserted(noun):
            return
        k = noun.i - 1
        while k >= max(noun.i - 2, 0) and view.doc[k].is_lower and view.doc[k].pos_ == "NOUN":
            k -= 1  # "technology" of "The Halden Post technology columnist"
        org = self.ctx.entity_at(view, view.doc[k]) if k >= 0 else None
        if org is None or org.entity_class != ORG or is_party(org):
            return
        before = self._name_span(view, view.doc[k], org).start - 1
        if before >= 0 and view.doc[before].lower_ in _PAST_WORDS:
            return
        if noun.lower_ in MEMBER_ROLES:
            self._fact(view, noun, person, SCHEMA.memberOf, org, 0.7, "member-role-before-name")
        else:
            self._fact(view, noun, person, SCHEMA.worksFor, org, 0.7, "employer-before-noun")


def _now(noun: Token) -> bool:
    """The noun's copula, if any, is in the present ("is a lecturer"; not "was")."""
    copulas = kids(noun, {"cop"})
    return all(present_tense(copula) for copula in copulas)


# a band's or a team's people: members, not employees ("Harrow Rovers striker Omar Haddad")
MEMBER_ROLES = MEMBER_NOUNS | {"singer", "winger", "forward", "captain", "batsman"}


def _work_noun(token: Token) -> bool:
    """A lower-case noun for a person's work, whatever the tagger made of it ("striker"
    before a name is often tagged a verb)."""
    word = token.lower_
    if not token.is_lower:
        return False
    return word in MEMBER_ROLES or (word not in NOT_WORK and is_person_noun(word))


_PAST_WORDS = frozenset({"former", "ex", "ex-", "then", "late", "onetime", "erstwhile"})
