"""Posts whose holder is written "he" or "she": "Ola Berg is an economist. He is vice
president of the Nordic Trade Society." The pronoun must stand for one person
(kg.facts.context: the one person named nearby) who is the subject of a clause somewhere
in the document, as the person an article goes on about is; a name the NER took for a
person in an object ("he worked for Vardo") is no antecedent here. The clause is read as
for a name (kg/facts/relations/posts.py: a copula's title, "retired as"), except "joined":
a life story told with "she" often goes on past it ("She joined the Sea Org aged 14",
then left), which a current fact would contradict.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.facts.context import ParsedPiece
from kg.facts.relations.base import PERSON
from kg.facts.relations.posts import SUBJECT_DEPS, PostRules
from kg.nlp.syntax import dep
from kg.nlp.tokens import token_strings

_PERSON_PRONOUNS = frozenset({"he", "she"})


class PronounPostRules(PostRules):
    """Posts of a subject "he" or "she" (see the module docstring)."""

    def _pronoun_posts(self, view: ParsedPiece) -> None:
        """'Ada Stone is a chemist. She is vice president of Orlo Labs.': the posts its
        clause names, as for a name ("is vice president of", "retired as chairman of")."""
        lowered = token_strings(view.doc).lower  # strings first: few tokens are "he"/"she"
        for i in (i for i, word in enumerate(lowered) if word in _PERSON_PRONOUNS):
            token = view.doc[i]
            if dep(token) not in SUBJECT_DEPS:
                continue
            person = self.ctx.entity_of(view, token)
            if (
                person is None
                or person.entity_class != PERSON
                or person.iri not in self._subjects()
            ):
                continue
            self._copula(view, person, token)
            if token.head.lemma_.lower() != "join":  # "She joined the Sea Org aged 14":
                self._served_as_verb(view, person, token.head, dep(token))  # and left since

    def _person(self, view: ParsedPiece, word: Token):
        """The person a noun phrase names; "he", "she" or "his" only for the one person
        nearby who is the subject of a clause somewhere in the document, or, where several
        people are named nearby ("he worked under Emil Rausching and Otto Behrend. He died in
        1921"), the one person of the document who is a subject."""
        person = self.ctx.entity_of(view, word)
        if person is None and word.lower_ in _PERSON_PRONOUNS:
            return self._only_subject(word)
        if person is None or person.entity_class != PERSON:
            return None
        if word.pos_ == "PRON" and person.iri not in self._subjects():
            return None
        return person

    def _only_subject(self, pronoun: Token):
        """The one person of the document who is the subject of a clause, for a subject
        pronoun (a biography's "he", after the names of teachers who are no subjects)."""
        if len(self._subjects()) != 1 or dep(pronoun) not in SUBJECT_DEPS:
            return None
        iri = next(iter(self._subjects()))
        return next((e for e in self.ctx.entities if e.iri == iri), None)

    def _subjects(self) -> frozenset:
        """The IRIs of the people who are the subject of a clause somewhere in the document:
        who "he" or "she" goes on about ("Ola Berg is an engineer. He ..."), not a name the
        NER took for a person in an object ("he worked for Vardo"). Made once per document."""
        made = self.__dict__.get("_person_subjects")
        if made is None:
            made = self.__dict__["_person_subjects"] = frozenset(
                entity.iri
                for view in self.ctx.pieces
                for entity, mention in self._mentions_by_piece(PERSON).get(view.index, ())
                if _subject_dep(view.doc[mention.token_start : mention.token_end].root)
            )
        return made


def _subject_dep(root: Token) -> bool:
    """A name's root is a subject, or hangs on a title that is ("Marshal Ostrander was
    succeeded": the parse makes "Marshal" the subject and the name its `flat` part), or
    is joined to a subject ("Jonas Ek and Per Holm met")."""
    if dep(root) in {"flat", "compound"} and root.head.i < root.i:
        root = root.head
    if dep(root) == "conj" and root.head.i < root.i:
        root = root.head
    return dep(root) in SUBJECT_DEPS
