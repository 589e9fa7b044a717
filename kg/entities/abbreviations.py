"""Abbreviations defined in brackets: "the Metropolitan Transportation Authority (MTA)",
"Norges Statsbaner (NSB)". The short form names what the name before it names; its other
mentions in the document join that entity (kg/entities/resolve.py).

The test is Schwartz and Hearst's (2003, "A simple algorithm for identifying abbreviation
definitions in biomedical text"): every letter and digit of the short form is found in the
long form, in order, reading both from the end, and the short form's first character
starts the long form's first word. The short form is a single word of at most ten
characters with at least two capitals and no lower-case run longer than the capitals
("MTA", "NSB", "S.A." are short forms; "Acme" is not).
"""

from __future__ import annotations

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
