"""Names listed right after a plural noun for relatives are people, whatever the NER guessed
from a first name it took for a town ("the Lindqvist sisters: Florence, Adelaide and
Victoria", "His sons were Lincoln, Orlando and Denver"): the noun says what
they are. Only names of up to four words, in one unbroken list of names that opens right
after the noun (a colon, a comma, "included", "were" or "are" may stand between).
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, capitalised_run, span_mention
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
    added: list[Mention] = []
    for piece_index, (piece, doc) in enumerate(parsed):
        lowered = token_strings(doc).lower
        for i in (i for i, word in enumerate(lowered) if word in RELATIVES):
            if doc[i].text.islower():
                missed: list[tuple[int, int]] = []
                listed |= names_listed_after(doc, piece_index, i + 1, starts, _BETWEEN, missed)
                added += [span_mention(piece, piece_index, doc[s:e], "PERSON") for s, e in missed]
    relabelled = [
        replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        if (m.piece, m.token_start) in listed and m.label in _NOT_PERSON
        else m
        for m in mentions
    ]
    return sorted(relabelled + added, key=lambda m: m.start)


def names_listed_after(
    doc, piece: int, at: int, starts: dict, between: frozenset[str], missed: list
) -> set[tuple[int, int]]:
    """(piece, token start) of the mentions (`starts`: by piece and first token) in the
    list of two names or more that opens at token `at`, past the words `between`. A list
    item the NER missed, a run of capitalised words, is a name too: its (start, end) go
    to `missed` ("His sons were Lincoln, Orlando and Denver", "Lincoln" missed)."""
    while at < len(doc) and doc[at].lower_ in between:
        at += 1
    found: set[tuple[int, int]] = set()
    gaps: list[tuple[int, int]] = []
    while True:
        mention = starts.get((piece, at))
        end = mention.token_end if mention is not None else capitalised_run(doc, at)
        if end == at or end - at > _MAX_WORDS:
            break
        if mention is None:
            gaps.append((at, end))
        found.add((piece, at))
        at = end
        while at < len(doc) and doc[at].lower_ in _LIST_WORDS:
            at += 1
    items = len(found)
    found -= {(piece, start) for start, _ in gaps}
    if items < 2 or not found:
        return set()  # a list of two names or more, one of them the NER's
    missed.extend(gaps)
    return found
