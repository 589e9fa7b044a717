"""Names listed right after a plural noun for relatives are people, whatever the NER guessed
from a first name it took for a town ("the Lindqvist sisters: Florence, Adelaide and
Victoria", "His sons were Lincoln, Orlando and Denver"): the noun says what
they are. Only names of up to four words, in one unbroken list of names that opens right
after the noun (a colon, a comma, "included", "were" or "are" may stand between).
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention
from kg.nlp.tokens import token_strings
from kg.vocab import CLASS_BY_LABEL

# plural nouns for relatives (also read by kg/facts/relations/family.py)
RELATIVES = frozenset({"sons", "daughters", "children", "brothers", "sisters", "siblings"})
_BETWEEN = frozenset({":", ",", "included", "include", "includes", "were", "are"})
_LIST_WORDS = frozenset({",", "and"})
_NOT_PERSON = frozenset({"ORG", "LOC", "GPE"})
_MAX_WORDS = 4  # "Erik J. Halvorsen III"


def relatives_listed(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Mentions listed after a plural relative's noun, as people (see the module
    docstring)."""
    starts = {(m.piece, m.token_start): m for m in mentions}
    listed: set[tuple[int, int]] = set()
    for piece_index, (_piece, doc) in enumerate(parsed):
        lowered = token_strings(doc).lower
        for i in (i for i, word in enumerate(lowered) if word in RELATIVES):
            if doc[i].text.islower():
                listed |= names_listed_after(doc, piece_index, i + 1, starts, _BETWEEN)
    return [
        replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        if (m.piece, m.token_start) in listed and m.label in _NOT_PERSON
        else m
        for m in mentions
    ]


def names_listed_after(
    doc, piece: int, at: int, starts: dict, between: frozenset[str]
) -> set[tuple[int, int]]:
    """(piece, token start) of the mentions (`starts`: by piece and first token) in the
    list of two names or more that opens at token `at`, past the words `between`."""
    while at < len(doc) and doc[at].lower_ in between:
        at += 1
    found: set[tuple[int, int]] = set()
    while (mention := starts.get((piece, at))) is not None:
        if mention.token_end - mention.token_start > _MAX_WORDS:
            return set()
        found.add((piece, at))
        at = mention.token_end
        while at < len(doc) and doc[at].lower_ in _LIST_WORDS:
            at += 1
    return found if len(found) > 1 else set()
