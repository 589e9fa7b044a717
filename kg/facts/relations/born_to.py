"""A person's parents from a birth: "Ana Soto was born in Bergen to Per Soto and Eva Soto",
"born in Cork to Per Lind, a Danish engineer, and Barbara". Read in word order after
"born", as kg/facts/relations/family.py reads relatives."""

from __future__ import annotations

from spacy.tokens import Token

from kg.facts.assertion import asserted
from kg.facts.context import ParsedPiece
from kg.facts.relations.family import FamilyRules


class BornToRules(FamilyRules):
    """Parents named after "born ... to" (see the module docstring)."""

    def _born_to(self, view: ParsedPiece, token: Token) -> None:
        """'Ana Soto was born in Bergen to Per Soto and Eva Soto': her parents. Read in word
        order: the first "to" after "born" in its clause, then the names listed there."""
        if token.lower_ != "born" or not asserted(token):
            return
        child = self._life_subject(view, token)
        if child is None:
            return
        for word in view.doc[token.i + 1 : token.sent.end]:
            if word.pos_ in {"VERB", "AUX"} or word.text == ";":
                return
            if word.lower_ == "to":
                first = self._name_after_describing(view, word.i + 1)
                parents = self._people(view, self._with_listed(view, [first])) if first else []
                if len(parents) == 1:  # "to Per Lind, a Danish pilot, and Eva Aas"
                    parents += self._people(view, self._after_apposition(view, first))
                if any(parent.iri == child.iri for parent in parents):
                    return  # "Brekke was born to Johan Brekke and ...": which Brekke?
                for parent in parents:
                    self._family(view, token, child, parent, "parent", "born-to")
                return

    def _after_apposition(self, view: ParsedPiece, first: Token) -> list[Token]:
        """The name after "and" that follows an apposition to the name at `first` ("Per
        Lind, a Danish pilot, and Eva Aas"), within a few words."""
        doc = view.doc
        end = self._name_span(view, first, self.ctx.entity_at(view, first)).end
        if end >= len(doc) or doc[end].text != ",":
            return []
        for i in range(end + 1, min(len(doc) - 1, end + 8)):
            if doc[i].pos_ in {"VERB", "AUX"} or doc[i].text in {";", "."}:
                return []
            if doc[i].lower_ == "and":
                named = self._name_after_describing(view, i + 1)
                return [named] if named is not None else []
        return []
