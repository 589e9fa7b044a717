"""Brackets after a name that state a life: "Ana Soto (born 4 May 1950 in Bergen)", "Ola
Berg (12 March 1901 - 3 June 1987)", "(Norwegian: Orsa Kveld; born 1966)". The entity
rules read them as a cue that the name is a person's (`states_a_life`), the relation rules
for the dates and places (kg/facts/relations/life_events.py).

Two bracketed years are a life only when 20 to 110 years apart or written with a day or a
month: "Ana Soto (1998-2003)" in a list of office holders is a tenure.

`places_in_life_brackets` (a mention step): a name written after a date and a comma in such
a bracket is where the person was born or died ("(2 March 1930, Lindau – 5 May 2001,
Molln)"), whatever the NER took it for; a birth name comes before the date ("(born
Nikolaos Vikenes on 3 May 1966 in Trondheim)") or after another word ("(born 1962,
formerly Ana Roe)") and keeps its class.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import Literal
from rdflib.namespace import XSD
from spacy.tokens import Span

from kg.entities.mention import NAME_SUFFIXES, Mention
from kg.ingest.dates import single_year, written_date
from kg.vocab import CLASS_BY_LABEL

BIRTH_WORDS = frozenset({"born", "b."})
DEATH_WORDS = frozenset({"died", "d."})
_LONGEST_BRACKET = 60  # tokens
_OPENING = frozenset({"(", "(;"})  # "(;": a bracket whose first part was taken out
# a dash between a birth and a death: spaced, after a year ("1896-1970", "1896-April 12,
# 1970"), or an en or em dash with a space on one side
_DASH = re.compile(r"\s+[-–—]\s+|(?<=\d)[-–—](?=\s|\d|$|[A-Z])|\s[–—]|[–—]\s")


def states_a_life(doc, end: int) -> bool:
    """The brackets right after a name that ends at `end` state a birth or a life."""
    inside = bracket_after(doc, end, set())
    for segment in segments(inside) if inside is not None else []:
        if segment[0].lower_ in BIRTH_WORDS and written_date(segment[1:].text) is not None:
            return True
        parts = dash_parts(segment)
        if parts is not None and a_life(*parts):
            return True
    return False


def bracket_after(doc, end: int, names: set[int]) -> Span | None:
    """The words inside the brackets right after a name: past an empty "( )", one other
    bracket ("Ranald of Kintyre (or Ranald MacRory) (1441 - 1509)") or a short post-nominal
    after a comma ("Ola Berg, OSB (1908 - 1974)", "Sir Ian Holm, 1st Baronet, (...)")
    that names no one else (`names`: the token indices of other people's names), or
    after a generation's suffix the name left out ("Paul Lemieux Jr. (born 1954)")."""
    if end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
        end += 1
    at = _after_post_nominal(doc, end, names)
    while at + 1 < len(doc) and doc[at].text in _OPENING and doc[at + 1].text == ")":
        at += 2  # "Lidia Sorokina ( ) (1 June 1915 - ...": a pronunciation taken out
    inside = _bracketed(doc, at)
    if inside is not None and inside.end + 1 < len(doc) and doc[inside.end + 1].text == "(":
        return _bracketed(doc, inside.end + 1) if written_date(inside.text) is None else inside
    return inside


def _after_post_nominal(doc, end: int, names: set[int]) -> int:
    if end >= len(doc) or doc[end].text != ",":
        return end
    for at in range(end + 1, min(len(doc), end + 8)):
        if doc[at].text in _OPENING:
            return at
        if at in names or doc[at].text in {")", ";", "."} or doc[at].pos_ in {"VERB", "AUX"}:
            break
    return end


def _bracketed(doc, at: int) -> Span | None:
    """The words between the bracket opening at `at` and its closing one, or None."""
    if at >= len(doc) or doc[at].text not in _OPENING:
        return None
    close = closing_bracket(doc, at, _LONGEST_BRACKET)
    return doc[at + 1 : close] if close is not None and close > at + 1 else None


def closing_bracket(doc, at: int, longest: int) -> int | None:
    """The index of the ")" that closes the bracket opening at `at` (nested ones counted),
    None when it does not close within `longest` tokens."""
    depth = 0
    for j in range(at, min(len(doc), at + longest)):
        depth += doc[j].text.count("(") - doc[j].text.count(")")
        if depth <= 0:
            return j
    return None


def segments(inside: Span) -> list[Span]:
    """The bracket's parts between semicolons ("Norwegian: Orsa Kveld; born 1966")."""
    doc, found, start = inside.doc, [], inside.start
    for token in inside:
        if token.text == ";":
            if token.i > start:
                found.append(doc[start : token.i])
            start = token.i + 1
    if start < inside.end:
        found.append(doc[start : inside.end])
    return found


def dash_parts(segment: Span) -> tuple[Span, Span] | None:
    """The words before and after the one dash between a birth and a death ("1859 in
    London - 15 January 1932"), as spans of the segment; None without exactly one."""
    text = segment.text
    dashes = list(_DASH.finditer(text))
    if len(dashes) != 1:
        return None
    offset = segment.start_char
    cut = dashes[0]
    born = segment.doc.char_span(offset, offset + cut.start(), alignment_mode="contract")
    died = segment.doc.char_span(offset + cut.end(), segment.end_char, alignment_mode="contract")
    if born is None or died is None or len(born) == 0 or len(died) == 0:
        return None
    return born, died


def a_life(born: Span, died: Span) -> bool:
    """Two dates that bound a life, not a tenure: a day or a month written, or 20 to 110
    years apart. One may be uncertain ("c. 1520 - 1580": a life, whose death is certain)."""
    first, last = written_date(born.text), death_date(born, died)
    years = [single_year(part.text) for part in (born, died)]
    if last is not None and years[1] is None:
        years[1] = int(str(last))  # "(1820 - 88)"
    if (first is None and last is None) or None in years:
        return False
    span = years[1] - years[0]
    if any(date is not None and date.datatype != XSD.gYear for date in (first, last)):
        return 0 <= span <= 110
    return 20 <= span <= 110


def death_date(born: Span, died: Span) -> Literal | None:
    """The date the death part states; a year written with two digits ("(1820 - 88)") is
    in the birth year's century, or the next one when it would come first."""
    if len(died) == 1 and len(died[0].text) == 2 and died[0].text.isdigit():
        birth = single_year(born.text)
        if birth is None:
            return None
        year = birth // 100 * 100 + int(died[0].text)
        year += 100 if year <= birth else 0
        return Literal(str(year), datatype=XSD.gYear)
    return written_date(died.text)


_NOT_PLACE = frozenset({"PERSON", "PER", "ORG"})


def places_in_life_brackets(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Mentions after a date and a comma in the life brackets after a name, as places (see
    the module docstring)."""
    by_start = {(m.piece, m.token_start): m for m in mentions}
    places: set[tuple[int, int]] = set()
    for mention in mentions:
        doc = parsed[mention.piece][1]
        inside = bracket_after(doc, mention.token_end, set())
        for part in _life_parts(inside) if inside is not None else []:
            at = _after_a_dated_comma(part)  # right after it: not "1962, formerly Ana Roe"
            at = at if at is not None else _before_a_comma_and_date(part)  # "Lyon, 1 May 1900"
            places |= {(mention.piece, at)} & by_start.keys() if at is not None else set()
    return [
        replace(m, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
        if (m.piece, m.token_start) in places and m.label in _NOT_PLACE
        else m
        for m in mentions
    ]


def _life_parts(inside: Span) -> list[Span]:
    """The birth and death parts of a bracket that states a life."""
    found = []
    for segment in segments(inside):
        parts = dash_parts(segment)
        if parts is not None and a_life(*parts):
            found += parts
        elif segment[0].lower_ in BIRTH_WORDS | DEATH_WORDS:
            found.append(segment)
    return found


def _after_a_dated_comma(part: Span) -> int | None:
    """The token index right after the first comma that closes a date ("2 March 1930,
    Lindau"), or after "in" there ("1859, in Lindau")."""
    words = part[1:] if part[0].lower_ in BIRTH_WORDS | DEATH_WORDS else part
    for k, token in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else None
        year_follows = after is not None and after.like_num  # "October 3, 1981, X"
        if token.text == "," and k and not year_follows and written_date(words[:k].text):
            return token.i + 2 if after is not None and after.lower_ == "in" else token.i + 1
    return None


def _before_a_comma_and_date(part: Span) -> int | None:
    """The part's first token when a comma and a whole date follow its name ("Tarsdal, 2
    May 1901")."""
    words = part[1:] if part[0].lower_ in BIRTH_WORDS | DEATH_WORDS else part
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None or comma == words.start or not words[0].text[:1].isupper():
        return None
    rest = part.doc[comma + 1 : part.end]
    return words.start if len(rest) and written_date(rest.text) else None
