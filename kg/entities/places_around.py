"""Places the NER missed where the sentence's shape says they are places:

- a region after a place and a comma, ending the phrase: "a club from Arendal, Agder, in
  the south" (a town and the region it lies in);
- a place after an institution and "in", ending the phrase: "she taught at the Escuela de
  Santa Lucía in Cordoba".

Only a run of one or two capitalised proper nouns that no mention holds, that ends at
punctuation or the end of the text, and whose words give no other class: not a first name
("in Arendal, Ola said"), a month ("in May"), an organisation's word ("in Parliament") or a
word more often written in lower case ("graduated from Vessby University in Law
Studies").
"""

from __future__ import annotations

from kg.entities.calendar import is_calendar_name
from kg.entities.mention import Mention, capitalised_run, held_tokens, span_mention
from kg.entities.name_cues import class_from_words, is_given_name, organisation_words
from kg.lexicon import written_lower_mostly

_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "at", "to", "outside", "of"})
_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})
_MAX_WORDS = 2


def places_after_places_and_institutions(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The places named after a place and a comma, or an institution and "in", that no
    mention holds: new mentions (see the module docstring)."""
    taken = held_tokens(mentions)
    added = []
    for m in mentions:
        piece, doc = parsed[m.piece]
        start = m.token_end + 1
        if start >= len(doc) or not _after_a_place_or_institution(doc, m):
            continue
        end = capitalised_run(doc, start)
        free = not any((m.piece, i) in taken for i in range(start, end))
        if free and _place_like(doc, start, end):
            added.append(span_mention(piece, m.piece, doc[start:end], "LOC"))
            taken.update((m.piece, i) for i in range(start, end))
    return added


def _after_a_place_or_institution(doc, m: Mention) -> bool:
    between = doc[m.token_end].lower_
    if m.label in {"LOC", "GPE"}:
        before = doc[m.token_start - 1].lower_ if m.token_start > 0 else ""
        return between == "," and before in _PLACE_PREPOSITIONS
    name = doc[m.token_start : m.token_end]
    return m.label == "ORG" and between == "in" and any(_organisation_word(t) for t in name)


def _place_like(doc, start: int, end: int) -> bool:
    if not 0 < end - start <= _MAX_WORDS or (end < len(doc) and doc[end].text not in _ENDS):
        return False
    run = doc[start:end]
    if is_given_name(run[0].text):
        return False
    if any(t.pos_ != "PROPN" or is_calendar_name(t.text) or _organisation_word(t) for t in run):
        return False
    if any(written_lower_mostly(t.text) for t in run):
        return False  # "in Law Studies": common words, capitalised
    return class_from_words([t.text for t in run]) is None


def _organisation_word(token) -> bool:
    return token.lower_ in organisation_words()
