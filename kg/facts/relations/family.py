"""Family: schema:spouse, schema:parent, schema:children and schema:sibling between two
named people, each both ways ("X's son Y": X schema:children Y and Y schema:parent X).

Read in word order around a noun for a relative (kg/lexicon/kinship_nouns.tsv), as news and
biographies write it, where the parse often fails:

- whose relative: a name and "'s" before the noun ("Marta Lind's son"); "his"/"her" for
  the one other person named before it in the sentence, if that name opens the sentence or
  is the subject of a clause somewhere ("the poet Ada Rhee and her husband Min Rhee"; with
  none there, the one person nearby who is a subject in the document, as for posts); "of"
  and a name after it ("the wife of the banker Tom Grey", "the daughter of Ivan Novak and
  Eva Novak"); or the name before ", whose";
- the relative: the name right after the noun ("son, Oskar Lind,", "his wife, the singer
  Lisa Carver"), or the name the noun describes ("Henrik Dahl is the father of ...", and
  "Paula Grey, the wife of ..., spoke" where the name opens the sentence or is a subject
  somewhere: the NER takes places and films for people, and "Brent County, New Harbor,
  the son of" is no province's son).

"X married Y" and "X is married to Y" give spouses, "X was born in Y to A and B" parents.
A singular noun names one relative ("his brother Joe Moland and Carl Dale": not Carl
Dale), a plural one all the names listed. Nothing from a negated or conditional clause
(`asserted`), nor from "ex-husband", "brother-in-law", "stepson".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.life_brackets import closing_bracket
from kg.entities.name_cues import is_given_name
from kg.entities.relatives_listed import RELATIVES
from kg.facts.assertion import asserted
from kg.facts.context import ParsedPiece
from kg.facts.relations.arguments import relative_antecedent
from kg.facts.relations.base import PERSON, PLACE
from kg.facts.relations.family_words import (
    before_brackets,
    names_may_be_one,
    not_blood_or_marriage,
    past_with,
    pronoun_between,
)
from kg.facts.relations.life_events import LifeEventRules
from kg.lexicon import pairs
from kg.nlp.syntax import OBJECT, dep, kids, prep_objects, subjects
from kg.vocab import SCHEMA

MARRY_WORDS = frozenset({"married", "marry", "marries", "marriage"})
_COPULAS = frozenset({"is", "was", "are", "were"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_DETERMINERS = frozenset({"the", "a", "an", "one", "his", "her", "their"})
_ORDER_WORDS = frozenset({"eldest", "elder", "oldest", "younger", "youngest", "only", "second"})
_ORDER_WORDS |= {"third", "first", "late", "twin", "older", "fourth", "fifth", "sixth"}
_ORDER_WORDS |= {"seventh", "eighth", "ninth", "tenth"}  # "the fifth child of"
# the pronoun a relative's noun goes with
_GENDERS = {noun: "he" for noun in ("son", "brother", "husband", "father", "widower")}
_GENDERS |= {noun: "she" for noun in ("daughter", "sister", "wife", "mother", "widow")}


class FamilyRules(LifeEventRules):
    """Spouses, parents, children and siblings (see the module docstring)."""

    def _kinship(self, view: ParsedPiece, token: Token) -> None:
        kind = pairs("kinship_nouns.tsv").get(token.lower_)
        if kind is None or token.pos_ not in {"NOUN", "PROPN"} or not asserted(token):
            return
        if not_blood_or_marriage(view.doc, token):
            return
        capitalised = token.text[:1].isupper() and token.i != token.sent.start
        if capitalised or self.ctx.entity_at(view, token) is not None:
            return  # a word of a name: "the Halvorsen Sisters, Ada Quist and Lena Roe"
        anchors = self._whose(view, token)
        relatives = self._relatives(view, token)
        for anchor in anchors:
            for relative in relatives:
                if anchor.iri != relative.iri:
                    self._family(view, token, anchor, relative, kind, "kinship-noun")
        if kind in {"sibling", "child"} and token.lower_ in RELATIVES:
            # "Greta Sand's sons, Odd Sand and Jens Sand", "the five brothers: A, B and C":
            # the relatives are each other's siblings
            for k, first in enumerate(relatives):
                for second in relatives[k + 1 :]:
                    self._family(view, token, first, second, "sibling", "kinship-noun")

    def _married(self, view: ParsedPiece, token: Token) -> None:
        """'Lena Kovac married Mark Hale', 'Ivo Ban is married to Sara Ban'."""
        if token.lower_ not in MARRY_WORDS or not asserted(token):
            return
        if token.lower_ == "marriage":
            self._marriage(view, token)
            return
        doc = view.doc
        copula = token.i > 1 and doc[token.i - 1].lower_ in _COPULAS
        first = self._person_ending_at(view, before_brackets(doc, token.i - 1 - copula))
        if first is None and token.pos_ == "VERB":
            first = self._subject_person(view, token)  # "defeats the rebels and marries Y"
        at = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to")
        named = self._name_after_describing(view, at)  # "married to the painter Yuki Sato"
        second = self.ctx.entity_at(view, named) if named is not None else None
        if second is not None and self._possessive_after(view, named, second):
            return  # "Ana Soto married Per Dahl's sister"
        if first is not None and second is not None and first.iri != second.iri:
            self._family(view, token, first, second, "spouse", "married")

    def _subject_person(self, view: ParsedPiece, verb: Token):
        """The one person the parse makes the verb's subject, through coordination; "he"
        or "she" as for posts ("Ada Stone was a painter. In 1946 she married Per Dahl")."""
        people = {
            e.iri: e
            for subject in subjects(verb)
            if (e := self._subject_at(view, subject)) is not None
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _subject_at(self, view: ParsedPiece, subject: Token):
        if subject.pos_ == "PRON":
            return self._person(view, subject)
        return self._person_at(view, subject.i)

    def _marriage(self, view: ParsedPiece, noun: Token) -> None:
        """'his marriage to Ingrid Solvik', 'Tomas Brekke's marriage to Ingrid Solvik': the
        owner of the noun and the name after "to" (not "a marriage of convenience", not
        "the proposed marriage")."""
        doc = view.doc
        if noun.i < 1 or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "to":
            return
        owners = self._whose(view, noun)
        named = self._name_after_describing(view, noun.i + 2)
        second = self.ctx.entity_at(view, named) if named is not None else None
        if second is None or self._possessive_after(view, named, second):
            return
        for first in owners:
            if first.iri != second.iri:
                self._family(view, noun, first, second, "spouse", "marriage")

    def _possessive_after(self, view: ParsedPiece, first: Token, entity) -> bool:
        """The name at `first` is a possessive ("Per Dahl's sister"): it names no relative."""
        end = self._name_span(view, first, entity).end
        return end < len(view.doc) and view.doc[end].lower_ in {"'s", "’s", "'"}

    def _family(self, view, token, anchor, relative, kind: str, method: str) -> None:
        """The facts for `relative` being `anchor`'s `kind`, both ways; none between two
        entities whose names may be one person's ("Arjun" and "Arjun Raghavan":
        the father "Raghavan" can be resolved to his son's full name by the surname)."""
        if names_may_be_one(anchor, relative):
            return
        if kind == "spouse" or kind == "sibling":
            predicate = SCHEMA.spouse if kind == "spouse" else SCHEMA.sibling
            pairs_ = [(anchor, predicate, relative), (relative, predicate, anchor)]
        elif kind == "child":
            pairs_ = [(anchor, SCHEMA.children, relative), (relative, SCHEMA.parent, anchor)]
        else:
            pairs_ = [(anchor, SCHEMA.parent, relative), (relative, SCHEMA.children, anchor)]
        for subject, predicate, obj in pairs_:
            self._fact(view, token, subject, predicate, obj, 0.75, method)

    def _whose(self, view: ParsedPiece, noun: Token) -> list:
        """The people whose relative the noun names."""
        doc = view.doc
        before = noun.i - 1
        while before >= 0 and doc[before].lower_ in _ORDER_WORDS:
            before -= 1
        if before >= 0 and doc[before].lower_ in {"'s", "’s", "'"}:
            owner = self._person_ending_at(view, before - 1)
            return [owner] if owner is not None else []
        if before >= 0 and doc[before].lower_ in {"his", "her"}:
            owner = self._pronoun_owner(view, doc[before])
            return [owner] if owner is not None else []
        if before >= 0 and doc[before].lower_ == "whose" and before >= 2:
            owner = self._person_ending_at(view, before - 2 if doc[before - 1].text == "," else -1)
            return [owner] if owner is not None else []
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            first = self._name_after_describing(view, noun.i + 2)
            if first is not None:
                spouse = self._and_spouse(view, first)
                parents = self._people(view, self._with_listed(view, [first]) + spouse)
                if spouse and len(parents) == 2:  # "Johan Lysvik and his wife Marie"
                    self._family(view, noun, parents[0], parents[1], "spouse", "kinship-noun")
                return parents
        if dep(noun) in OBJECT and noun.head.lemma_.lower() == "have":
            return self._parents_who_had(view, noun.head)
        return []

    def _and_spouse(self, view: ParsedPiece, first: Token) -> list[Token]:
        """'the son of Johan Lysvik (1817 - 79) and his wife Marie Strand': the spouse
        named after the name at `first` and its brackets, a parent too."""
        doc = view.doc
        end = self._name_span(view, first, self.ctx.entity_at(view, first)).end
        if end < len(doc) and doc[end].text == "(":
            close = closing_bracket(doc, end, 40)
            end = close + 1 if close is not None else end
        words = [t.lower_ for t in doc[end : end + 4]]
        if words[:2] not in (["and", "his"], ["and", "her"]) or words[2:3] not in (
            ["wife"],
            ["husband"],
        ):
            return []
        named = self._name_after_describing(view, end + 3 + (words[3:] == [","]))
        return [named] if named is not None else []

    def _parents_who_had(self, view: ParsedPiece, had: Token) -> list:
        """'He had two sons', 'Ana Vik had three children with Per Lund', 'X, with whom he had
        four children': the subject, the one after "with", the name before "with whom"."""
        parents = [p for s in subjects(had) if (p := self._person(view, s)) is not None]
        children = kids(had, OBJECT)  # "had three children with Per Lund"
        partners = prep_objects(had, {"with"}) + prep_objects(children[0], {"with"})
        colon = next((t.i for t in view.doc[had.i : had.sent.end] if t.text == ":"), None)
        for partner in partners:
            if colon is not None and partner.i > colon:
                continue  # "with Tom Berg: Jon Berg and Eirik Berg", parsed as one list
            named = self._person(view, relative_antecedent(partner))
            parents += [named] if named is not None else []
        return parents

    def _relatives(self, view: ParsedPiece, noun: Token) -> list:
        """The people the noun names as relatives."""
        doc = view.doc
        after = past_with(doc, noun.i + 1)  # "three children with Per Lund: ..."
        after += after < len(doc) and doc[after].text in {",", ":"}
        first = self._name_after_describing(view, after)
        if first is not None and not (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"):
            entity = self.ctx.entity_at(view, first)
            if self._possessive_after(view, first, entity):
                return []  # "his wife Ana Soto's sister"
            return self._people(view, self._listed_if_plural(view, noun, first))
        if first is None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in _COPULAS:
            named = self._name_after_describing(view, noun.i + 2)  # "His brother was X"
            entity = self.ctx.entity_at(view, named) if named is not None else None
            if entity is not None and not self._possessive_after(view, named, entity):
                return self._people(view, [named])
        start = noun.i - 1
        while start >= 0 and (doc[start].lower_ in _DETERMINERS | _ORDER_WORDS):
            start -= 1
        if start < 0 or doc[noun.i - 1].lower_ in {"his", "her"}:
            return []
        if doc[start].text == "(":  # "Henrik Solberg (father of Erik Solberg)"
            described = self._person_ending_at(view, start - 1)
            return [described] if described is not None else []
        if doc[start].lower_ in _COPULAS and doc[start - 1].lower_ == "who":
            # "the son of Louis Tremblay, who was the son of Alexis Tremblay"
            comma = doc[start - 2].text == ","
            described = self._person_ending_at(view, start - 3) if comma else None
            return [described] if described is not None else []
        if doc[start].text == ",":
            # "Paula Grey, the wife of ..., spoke"; not "born in Brent County, New
            # Harbor, the son of", where the NER took a province for a person: there, a
            # "he" or "she" that opens the sentence ("He was born in ..., the son of")
            described = self._a_subject(view, start - 1) or self._given_named(view, start - 1)
            if described is None and self._person_at(view, start - 1) is None:
                return self._opening_pronoun(view, noun) or self._after_participle(view, noun)
        elif doc[start].lower_ in _COPULAS:  # "Henrik Dahl is the father", "She was the"
            end = before_brackets(doc, start - 1)  # "Sofia Andersen (born 1972) is the"
            if end >= 0 and doc[end].lower_ in {"he", "she"}:
                return self._opening_pronoun(view, noun)
            described = self._person_ending_at(view, end)
        else:
            return []
        if described is None:
            return []
        name = self._name_span(view, doc[start - 1 if doc[start].text == "," else end], described)
        return self._people(view, self._listed_if_plural(view, noun, name[0]))  # "X and Y were"

    def _opening_pronoun(self, view: ParsedPiece, noun: Token) -> list:
        """The person "he" or "she" stands for when it opens the noun's sentence."""
        opening = view.doc[noun.sent.start]
        if (
            opening.lower_ not in {"he", "she"}
            or _GENDERS.get(noun.lower_, opening.lower_) != opening.lower_
        ):
            return []  # not "He ..., daughter of"
        person = self._person(view, opening)
        return [person] if person is not None else []

    def _after_participle(self, view: ParsedPiece, noun: Token) -> list:
        """The subject after an opening participle's phrase that holds the noun: "Born in
        Rome, the daughter of A and B, she ...", "Raised in Oslo, the son of A, Per Dahl
        ..." (a "he" or "she" of the noun's gender)."""
        sentence = noun.sent
        if sentence[0].tag_ != "VBN":
            return []
        subject = next((t for t in view.doc[noun.i + 1 : sentence.end] if dep(t) in SUBJECTS), None)
        if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in {"he", "she"}):
            return []
        if _GENDERS.get(noun.lower_, subject.lower_) != subject.lower_ and subject.pos_ == "PRON":
            return []
        person = self._person(view, subject)
        return [person] if person is not None and person.entity_class == PERSON else []

    def _listed_if_plural(self, view: ParsedPiece, noun: Token, first: Token) -> list[Token]:
        """The name at `first`, and the names listed with it when the noun is plural."""
        return self._with_listed(view, [first]) if noun.lower_ in RELATIVES else [first]

    def _people(self, view: ParsedPiece, tokens: list[Token]) -> list:
        found = [self.ctx.entity_at(view, token) for token in tokens]
        return [e for e in found if e is not None and e.entity_class == PERSON]

    def _person_at(self, view: ParsedPiece, i: int):
        entity = self.ctx.entity_at(view, view.doc[i]) if 0 <= i < len(view.doc) else None
        return entity if entity is not None and entity.entity_class == PERSON else None

    def _person_ending_at(self, view: ParsedPiece, i: int):
        """The person whose name ends at token `i` (the whole name, not a word inside it)."""
        entity = self._person_at(view, i)
        if entity is None or (
            i + 1 < len(view.doc) and self._same_at(view, view.doc[i + 1], entity)
        ):
            return None
        return entity

    def _pronoun_owner(self, view: ParsedPiece, pronoun: Token):
        """'his'/'her': the one other person named before it in the sentence, if named
        right before (", his", "and his") or a subject; with none, the one person nearby
        who is a subject somewhere in the document."""
        doc = view.doc
        if pronoun.i >= 2 and doc[pronoun.i - 1].lower_ == "and":
            named = doc[pronoun.i - 2]
            if named.pos_ == "PROPN" and self._person_at(view, named.i) is None:
                return None  # "Buck Thorne and his wife": a name kg did not take for a person
        before = {
            entity.iri: word.i
            for word in doc[pronoun.sent.start : pronoun.i]
            if (entity := self._person_ending_at(view, word.i)) is not None
        }
        if len(before) == 1:  # not "the film Orla, which starred his younger brother"
            end = next(iter(before.values()))
            # "Ruben Moland, his brother", "Johan Lysvik (1817 - 79) and his wife"
            right_before = end == before_brackets(doc, pronoun.i - 2)
            right_before = right_before and doc[pronoun.i - 1].text in {",", "and"}
            if right_before and not pronoun_between(doc, pronoun.sent.start, pronoun.i):
                return self._person_at(view, end)
            return self._a_subject(view, end)
        return self._person(view, pronoun) if not before else None

    def _a_subject(self, view: ParsedPiece, name_end: int):
        """The person whose name ends at `name_end`, if it opens its sentence (after words
        that describe the person: "The actor Ben Carver") or is the subject of a clause
        somewhere in the document."""
        person = self._person_ending_at(view, name_end)
        if person is None:
            return None
        start = self._name_span(view, view.doc[name_end], person).start
        words_before = view.doc[view.doc[start].sent.start : start]
        opens = all(w.pos_ in {"DET", "NOUN", "ADJ", "ADV", "PUNCT"} for w in words_before)
        return person if opens or person.iri in self._subjects() else None

    def _given_named(self, view: ParsedPiece, name_end: int):
        """The person whose name ends at `name_end` if the name is a given name and more
        ("succeeded Marek Zielinski, the fifth child of"): no place the NER took for one."""
        person = self._person_ending_at(view, name_end)
        if person is None:
            return None
        name = self._name_span(view, view.doc[name_end], person)
        if len(name) < 2 or not is_given_name(name[0].text) or self._after_a_place(view, name):
            return None
        return person

    def _after_a_place(self, view: ParsedPiece, name) -> bool:
        """A name after "in" or a place and a comma may be a place the NER took for a
        person ("born in Brent County, New Harbor, the son of")."""
        doc, before = view.doc, name.start - 1
        if before >= 0 and doc[before].lower_ in {"in", "at", "near", "from", "of"}:
            return True
        if before >= 1 and doc[before].text == ",":
            entity = self.ctx.entity_at(view, doc[before - 1])
            return entity is not None and entity.entity_class == PLACE
        return False
