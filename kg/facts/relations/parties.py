"""Party membership from a party named beside a person: "an Irish Rural Party politician",
"a Norwegian politician for the Labour Party", "the candidate of the Green Party", "ran as
the Labour candidate", "was elected as a Whig" ("Janne Holm (Conservative Party)" is read
in brackets.py).

A party is an organisation whose name ends in "Party" or that kg/lexicon/parties.tsv
names ("Liberal Democrats"); the words "Republican" or "a Democrat" alone are read in
posts.py (party-apposition, party-copula).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.entities.resolve import LocalEntity
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import noun_holders
from kg.facts.relations.base import ORG, PERSON, FactRecorder
from kg.lexicon import pairs, words
from kg.nlp.syntax import dep, passive_subjects, prep_objects, subjects
from kg.vocab import SCHEMA

# nouns for people of a party ("a Labour Party politician", "candidate for the Greens"):
# not "donor" or "critic", which a party has outside it
PARTY_PEOPLE = frozenset(
    {"politician", "candidate", "member", "leader", "lawmaker", "legislator", "senator"}
    | {"councillor", "councilor", "representative", "deputy", "activist", "nominee"}
    | {"congressman", "congresswoman", "mp", "delegate", "chairman", "chairwoman"}
)


# verbs of standing for or holding office, whose "as" names the party one stands for
_OFFICE_VERBS = frozenset({"elect", "reelect", "re-elect", "run", "stand", "sit", "serve"})


@cache
def _party_names() -> frozenset[str]:
    """The parties of kg/lexicon/parties.tsv and the words for them ("Labor")."""
    table = pairs("parties.tsv")
    return frozenset(name.lower() for item in table.items() for name in item)


def is_party(entity: LocalEntity | None) -> bool:
    """An organisation named as a party ("Labour Party", "Liberal Democrats", "Labor")."""
    if entity is None or entity.entity_class != ORG:
        return False
    return entity.key.endswith(" party") or entity.key in _party_names()


def party_word(token: Token) -> str | None:
    """The party a capitalised word names (kg/lexicon/parties.tsv), unless it opens another
    name."""
    party = pairs("parties.tsv").get(token.text.lower())
    if party and token.text[:1].isupper() and not _inside_a_longer_name(token):
        return party
    return None


def _inside_a_longer_name(token: Token) -> bool:
    """'the Democratic People's Republic': a party word followed by another capitalised
    word (other than "Party") belongs to another name."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        following is not None
        and following.text[:1].isupper()
        and following.lower_ != "party"
        and following.lemma_.lower() not in PARTY_PEOPLE  # "a Conservative Member of ..."
    )


def party_before(noun: Token) -> str | None:
    """The party of 'a Republican member', 'a Democratic senator': a party word modifying a
    noun for a party's people, before it (not the clause's other words: "Anna Green was a
    member"; not "a Labour donor")."""
    lemma = noun.lemma_.lower()
    if lemma not in PARTY_PEOPLE and lemma not in words("titles.txt"):
        return None
    modifiers = [t for t in noun.children if t.i < noun.i and dep(t) in {"amod", "compound"}]
    found = (party_word(token) for token in modifiers)
    return next((party for party in found if party), None)


class PartyRules(FactRecorder):
    """Party membership (see the module docstring)."""

    def _party_of_politician(self, view: ParsedPiece, token: Token) -> None:
        """A party before or after "for" a noun for its people: "an Irish Rural Party
        politician", "a politician for the Labour Party"."""
        if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in PARTY_PEOPLE:
            return  # (a capitalised "a Conservative Member of Parliament" too)
        named = [self.ctx.entity_at(view, c) for c in token.children if dep(c) == "compound"]
        named += [self.ctx.entity_of(view, t) for t in prep_objects(token, {"for", "of"})]
        # "the Labour candidate": a party's word before the noun
        words_ = [
            party_word(c)
            for c in token.children
            if c.i < token.i and self.ctx.entity_at(view, c) is None
        ]
        named += [self.ctx.implied(ORG, word) for word in words_ if word]
        parties = [entity for entity in named if is_party(entity)]
        if not parties:
            return
        for holder in self._entities(view, noun_holders(token)):
            for party in parties if holder.entity_class == PERSON else ():
                self._fact(view, token, holder, SCHEMA.memberOf, party, 0.7, "party-of-noun")

    def _elected_as_party(self, view: ParsedPiece, token: Token) -> None:
        """A party's word after "as" on a verb of office: "was elected as a Whig", "sat as
        a Liberal", "ran as a Democrat"."""
        party = party_word(token)
        if party is None or token.pos_ not in {"NOUN", "PROPN"}:
            return
        verb = token.head
        if verb.lemma_.lower() not in _OFFICE_VERBS:
            return
        if not any(case.lower_ == "as" for case in token.children if dep(case) == "case"):
            return
        holders = [*subjects(verb), *passive_subjects(verb)]
        organisation = self.ctx.implied(ORG, party)
        for person in self._entities(view, holders):
            if person.entity_class == PERSON:
                self._fact(view, token, person, SCHEMA.memberOf, organisation, 0.7, "elected-as")

    def _party_before_name(self, view: ParsedPiece, token: Token) -> None:
        """A party, a noun for its people, then a person's name: "Labor candidate Ana
        Holt", "Republican senator Jo Reyes" (the parse often hangs the party elsewhere)."""
        doc = view.doc
        if token.lemma_.lower() not in PARTY_PEOPLE or not 0 < token.i < len(doc) - 1:
            return
        person = self.ctx.entity_at(view, doc[token.i + 1])
        if person is None or person.entity_class != PERSON:
            return
        before = doc[token.i - 1]
        party = self.ctx.entity_at(view, before)
        if not is_party(party):
            name = party_word(before)
            party = self.ctx.implied(ORG, name) if name else None
        self._fact(view, token, person, SCHEMA.memberOf, party, 0.7, "party-before-name")
