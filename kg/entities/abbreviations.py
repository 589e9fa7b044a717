"""Abbreviations defined in brackets: "the Metropolitan Transportation Authority (MTA)",
"Nordvik Sporveier (NSV)". The short form names what the name before it names; its other
mentions in the document join that entity (kg/entities/resolve.py), and a name the NER
missed before a short form it found becomes a mention (`names_before_abbreviations`).

The test is Schwartz and Hearst's (2003, "A simple algorithm for identifying abbreviation
definitions in biomedical text"): every letter and digit of the short form is found in the
long form, in order, reading both from the end, and the short form's first character
starts the long form's first word. The short form is a single word of at most ten
characters with at least two capitals and no lower-case run longer than the capitals
("MTA", "NSV", "S.A." are short forms; "Acme" is not).
"""

from __future__ import annotations

from kg.entities.mention import Mention, held_tokens, span_mention
from kg.entities.name_cues import chain_around

_LONGEST = 10
_GAP = 3  # characters between the name and its short form: " (", "(", " ( "


def defines_abbreviation(long_form: str, short_form: str) -> bool:
    """Whether `short_form`, in brackets right after `long_form`, abbreviates it."""
    if not _looks_short(short_form) or len(short_form) >= len(long_form):
        return False
    return _match_start(long_form.lower(), short_form.lower()) == 0


def adjacent(long_end: int, short_start: int) -> bool:
    """The short form's mention starts right after the name's, past an opening bracket."""
    return 0 < short_start - long_end <= _GAP


def _looks_short(form: str) -> bool:
    if " " in form or not 2 <= len(form) <= _LONGEST:
        return False
    capitals = sum(ch.isupper() for ch in form)
    return capitals >= 2 and capitals >= sum(ch.islower() for ch in form)


def _match_start(long_form: str, short_form: str) -> int:
    """Where in `long_form` the match of `short_form` starts, or -1 (Schwartz & Hearst)."""
    s, position = len(short_form) - 1, len(long_form) - 1
    while s >= 0:
        char = short_form[s]
        if not char.isalnum():
            s -= 1
            continue
        # the first character must start a word of the long form
        while position >= 0 and (
            long_form[position] != char
            or (s == 0 and position > 0 and long_form[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return -1
        position -= 1
        s -= 1
    return position + 1


def names_before_abbreviations(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """New mentions: a capitalised name no mention holds, right before a short form in
    brackets that a mention holds and that abbreviates it, with that mention's label:
    "Nordvik Sporveier (NSV)" where the NER found only "NSV"."""
    taken = held_tokens(mentions)
    added = []
    for short in mentions:
        piece, doc = parsed[short.piece]
        start = short.token_start
        if start < 2 or doc[start - 1].text != "(" or not doc[start - 2].text[:1].isupper():
            continue
        chain = chain_around(doc[start - 2])
        if chain is None or chain.end != start - 1:
            continue
        if any((short.piece, t.i) in taken for t in chain):
            continue
        if defines_abbreviation(chain.text, short.anchor):
            added.append(span_mention(piece, short.piece, chain, short.label))
            taken.update((short.piece, t.i) for t in chain)
    return added
