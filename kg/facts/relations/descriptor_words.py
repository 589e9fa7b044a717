"""A party's or a country's word right before a person's name: "Democrat Mara Quinlan"
(memberOf the Democratic Party), "fellow Republican Carl Hennessy", "Kenyan Eliud Mwangi"
and "Frenchman Luc Garnier" (nationality). kg/entities/descriptors.py cuts the word from
the name the NER tagged; this reads it. The word must stand alone, outside any entity, and a
person's name of two words or more must start right after it ("Dutch Harbor" is a place;
in "Irish Gaelic footballers" the NER's one-word person modifies a noun).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.descriptors import nationality_word, party_member_word
from kg.facts.context import ParsedPiece
from kg.facts.relations.base import ORG, PERSON, FactRecorder
from kg.vocab import SCHEMA


class DescriptorWordRules(FactRecorder):
    """A person's party or nationality from the word before the name."""

    def _descriptor_before_name(self, view: ParsedPiece, token: Token) -> None:
        doc = view.doc
        if token.i + 1 >= len(doc) or self.ctx.entity_at(view, token) is not None:
            return
        person = self.ctx.entity_at(view, doc[token.i + 1])
        if person is None or person.entity_class != PERSON:
            return
        name = self._name_span(view, doc[token.i + 1], person)
        if len(name) < 2 or (name.end < len(doc) and doc[name.end].pos_ == "NOUN"):
            return  # "Irish Gaelic footballers": a one-word "name" that modifies a noun
        if party := party_member_word(token.text):
            party_entity = self.ctx.implied(ORG, party)
            self._fact(view, token, person, SCHEMA.memberOf, party_entity, 0.7, "party-word")
        elif nationality_word(token.text):
            country = self.ctx.country_of_adjective(token)
            self._fact(view, token, person, SCHEMA.nationality, country, 0.7, "demonym-word")
