"""A person's name with a nickname in quotes inside it is one name: 'Tomasz "Tom" Wolski
(born 1950) is ...', 'Edward "Ned" Hale was ...'. The NER cuts such a
name at the quotes (or misses it), and the surname alone later in the text then names no
one.

The words must read as a name: capitalised name words, one or two capitalised words
between double quotes, more name words; and the whole must be a person's: it opens its
sentence before brackets or a verb, or the NER tagged a part of it as a person. The one
mention replaces the mentions inside it (kg/entities/mentions.py runs this step before
`propagate`, which then finds the surname's other occurrences).
"""

from __future__ import annotations

from kg.entities.mention import Mention, replacing, span_mention
from kg.entities.name_cues import chain_around

_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING_QUOTES = frozenset({'"', "”"})
_MOST_NICKNAME = 2  # words


def names_with_quoted_nicknames(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each name holding a quoted nickname made one person's mention."""
    found = []
    for piece_index, (piece, doc) in enumerate(parsed):
        end = 0
        for i, token in enumerate(doc):
            if token.text not in _OPENING_QUOTES or i == 0 or i < end:
                continue
            span = _name_around_nickname(doc, i)
            if span is not None and _a_persons(span, piece_index, mentions):
                found.append(span_mention(piece, piece_index, span, "PERSON"))
                end = span.end
    return replacing(mentions, found)


def _name_around_nickname(doc, quote: int):
    """The span from the name words before the quote at `quote` to those after the
    closing quote, or None."""
    before = chain_around(doc[quote - 1])
    close = next(
        (
            k
            for k in range(quote + 2, min(len(doc), quote + 2 + _MOST_NICKNAME))
            if doc[k].text in _CLOSING_QUOTES
        ),
        None,
    )
    if before is None or before.end != quote or close is None or close + 1 >= len(doc):
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in doc[quote + 1 : close]):
        return None
    after = chain_around(doc[close + 1])
    if after is None or after.start != close + 1:
        return None
    return doc[before.start : after.end]


def _a_persons(span, piece_index: int, mentions: list[Mention]) -> bool:
    """The name opens its sentence before brackets or a verb, or the NER tagged a part of
    it as a person's."""
    doc = span.doc
    tagged = any(
        m.piece == piece_index
        and m.label in {"PERSON", "PER"}
        and span.start <= m.token_start < span.end
        for m in mentions
    )
    following = doc[span.end] if span.end < len(doc) else None
    opening = (
        span.start == span.sent.start
        and following is not None
        and (following.text.startswith("(") or following.pos_ in {"VERB", "AUX"})
    )
    return tagged or opening
