"""A post written as an organisation's possessive and a title beside a person's name, read
from the words in order: "Vessa Bank's chief executive, Jane Roe, said" and "Jane Roe,
Vessa Bank's chief executive, said" (news writes posts this way; the parser often lists
the three phrases side by side instead of making the title an apposition).

The title is a run of lower-case words ending in one of kg/lexicon/titles.txt ("chief
executive", "former chief financial officer"); tenure words before it make the post
former or incoming (kg/facts/relations/tenure.py). The title must end the phrase: a comma
or the sentence's end after it, or the name right after the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.resolve import LocalEntity
from kg.facts.context import ParsedPiece
from kg.facts.relations.base import ORG
from kg.facts.relations.posts import NOT_POSTS, PostRules
from kg.facts.relations.tenure import modifier_tenure
from kg.lexicon import words

_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_MAX_TITLE_WORDS = 4
_PHRASE_ENDS = frozenset({",", ".", ";", ")", "—", "–"})


class PossessivePostRules(PostRules):
    """'Vessa Bank's chief executive, Jane Roe' (see the module docstring); the post is
    made as PostRules makes it."""

    def _possessive_post(self, view: ParsedPiece, person: LocalEntity, head: Token) -> None:
        doc = view.doc
        name = self._name_span(view, head, person)
        if name.end + 1 < len(doc) and doc[name.end].text == ",":  # "Jane Roe, Acme's CEO,"
            found = self._organisation_title(view, name.end + 1)
            if found is not None and _phrase_ends(doc, found[2]):
                self._possessive_title_post(view, person, found)
        if name.start >= 2 and doc[name.start - 1].text == ",":  # "Acme's CEO, Jane Roe"
            for start in range(name.start - 2, max(name.start - 2 - 8, -1), -1):
                found = self._organisation_title(view, start)
                if found is not None and found[2] == name.start - 1:
                    self._possessive_title_post(view, person, found)
                    break

    def _organisation_title(self, view: ParsedPiece, start: int):
        """(organisation, title tokens, end) when an organisation's name starts at `start`,
        then a possessive mark and a title; else None."""
        doc = view.doc
        org = self.ctx.entity_at(view, doc[start])
        if org is None or org.entity_class != ORG:
            return None
        span = self._name_span(view, doc[start], org)
        if (
            span.start != start
            or span.end >= len(doc)
            or doc[span.end].text not in _POSSESSIVE_MARKS
        ):
            return None
        titles = words("titles.txt") - NOT_POSTS  # "Moen's father": no post
        run: list[Token] = []
        k = span.end + 1
        while k < len(doc) and len(run) < _MAX_TITLE_WORDS and doc[k].is_lower and doc[k].is_alpha:
            run.append(doc[k])
            k += 1
        while run and run[-1].lower_ not in titles:
            run.pop()
        if not run:
            return None
        return org, run, run[-1].i + 1

    def _possessive_title_post(self, view: ParsedPiece, person: LocalEntity, found) -> None:
        org, run, _end = found
        titles = words("titles.txt") - NOT_POSTS
        first = next(k for k, t in enumerate(run) if t.lower_ in titles)
        tenure = modifier_tenure(run[:first])
        title = " ".join(t.text for t in run[first:])
        self._post(view, run[-1], person, title, org, None, "possessive-title", tenure)


def _phrase_ends(doc, end: int) -> bool:
    return end >= len(doc) or doc[end].text in _PHRASE_ENDS
