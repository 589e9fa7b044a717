"""Mention steps for names that are not what the NER says they are, read from where they
stand: a weekday, month or time word is never an entity ("announced the ban on Tuesday"),
and a capitalised dateline opening a paragraph is a place ("DENVER — ...", "LAGOS (Reuters)
- ..."), whatever class the NER gave them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, span_mention
from kg.vocab import CLASS_BY_LABEL

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
SHORT_FORMS = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
TIME_WORDS = {
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "noon",
    "midnight",
    "christmas",
    "easter",
}
CALENDAR_WORDS = WEEKDAYS | MONTHS | SHORT_FORMS | TIME_WORDS
DATELINE_ENDS = {"—", "–", "-", "--", "(", ","}


def is_calendar_name(anchor: str) -> bool:
    """'Tuesday', 'Sept. 3', 'March 2021', 'Tuesday night' (a calendar word, numbers and
    parts of a day)."""
    words = anchor.lower().replace(".", " ").replace(",", " ").split()
    parts_of_day = {"morning", "afternoon", "evening", "night"}
    return any(w in CALENDAR_WORDS for w in words) and all(
        w in CALENDAR_WORDS or w in parts_of_day or w.isdigit() or w.rstrip("stndrh").isdigit()
        for w in words
    )


def drop_calendar_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Mentions that are only calendar words are dropped, unless the word is the last word
    of a longer name in the same document ("Theresa May" ... "May said")."""
    surnames = {m.anchor.split()[-1] for m in mentions if len(m.anchor.split()) > 1}
    return [m for m in mentions if m.anchor in surnames or not is_calendar_name(m.anchor)]


def datelines_are_places(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An all-capitals name opening a paragraph and followed by a dash, a bracket or a comma
    is the dateline's place (not one joined to the next word by a hyphen: "CJVQ-FM")."""
    place = CLASS_BY_LABEL["LOC"]
    revised = []
    for mention in mentions:
        doc = parsed[mention.piece][1]
        letters = [c for c in mention.anchor if c.isalpha()]
        dateline = (
            mention.token_start == 0
            and len(letters) > 1
            and all(c.isupper() for c in letters)
            and mention.token_end < len(doc)
            and doc[mention.token_end].text in DATELINE_ENDS
            and not _glued_hyphen(doc, mention.token_end)
        )
        revised.append(replace(mention, label="LOC", entity_class=place) if dateline else mention)
    held = {m.piece for m in revised if m.token_start == 0}
    for piece_index, (piece, doc) in enumerate(parsed):
        end = _dateline_end(doc)
        if piece_index not in held and end:
            revised.append(span_mention(piece, piece_index, doc[:end], "LOC"))
    return revised


def _dateline_end(doc) -> int:
    """Where an all-capitals dateline the NER missed ends ("NEW YORK —"), or 0."""
    end = 0
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and end < 4:
        end += 1
    if end and end < len(doc) and doc[end].text in DATELINE_ENDS - {","}:
        if _glued_hyphen(doc, end):
            return 0
        return end if len(doc[:end].text) > 2 else 0
    return 0


def _glued_hyphen(doc, i: int) -> bool:
    """A hyphen written against the word before it: "CJVQ-FM" is a name, not a dateline."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_
