"""A person's own country from "his native Norway", "her native Chile": the country one is
a native of is one's nationality. "his" or "her" stands for a person as for relatives
(kg/facts/relations/family.py reads the owner)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.facts.assertion import asserted
from kg.facts.context import ParsedPiece
from kg.facts.relations.base import PLACE, country_names
from kg.facts.relations.family import FamilyRules
from kg.vocab import SCHEMA


class NativeCountryRules(FamilyRules):
    """Nationality from a native country (see the module docstring)."""

    def _native_country(self, view: ParsedPiece, token: Token) -> None:
        """'In 1961 she moved back to her native Norway': the country one is a native of is one's
        own (a country only: "his native Bergen" says where he was born, kg's birthplace
        needs more than that)."""
        doc = view.doc
        if token.lower_ != "native" or token.pos_ != "ADJ" or token.i < 1 or not asserted(token):
            return
        if doc[token.i - 1].lower_ not in {"his", "her"} or token.i + 1 >= len(doc):
            return
        country = self.ctx.entity_at(view, doc[token.i + 1])
        if country is None or country.entity_class != PLACE:
            return
        if country.key.lower() not in country_names():
            return
        owner = self._pronoun_owner(view, doc[token.i - 1])
        if owner is not None:
            self._fact(view, token, owner, SCHEMA.nationality, country, 0.7, "native-country")
