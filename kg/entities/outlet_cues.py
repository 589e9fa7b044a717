"""Names the NER missed or mislabelled where the sentence says what they are, read after the
other mention steps:

- `broadcasters_aired_on`: "aired on Corvina", "broadcast on Vessby One": the name after a
  verb of broadcasting and "on" is a broadcaster, an organisation (the NER misses such
  names when it has no vector for them);
- `regions_after_institutions`: "Brennick High School, Vermont": a listed region or city
  after an institution and a comma is a place, whatever the NER said (it tags some regions
  as organisations there).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.entities.mention import Mention, capitalised_run, held_tokens, span_mention
from kg.lexicon import country_names, rows
from kg.vocab import CLASS_BY_LABEL

_BROADCASTING = frozenset({"aired", "airs", "broadcast", "broadcasts", "shown", "streamed"})


def broadcasters_aired_on(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The broadcasters named after "aired on" that no mention holds: new mentions."""
    taken = held_tokens(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        for token in doc[:-2]:
            if token.lower_ not in _BROADCASTING or doc[token.i + 1].lower_ != "on":
                continue
            start = token.i + 2
            end = capitalised_run(doc, start)
            free = not any((piece_index, i) in taken for i in range(start, end))
            if end > start and free:
                added.append(span_mention(piece, piece_index, doc[start:end], "ORG"))
    return added


@cache
def _listed_places() -> frozenset[str]:
    """Countries and the cities and regions of kg/lexicon/place_countries.tsv, lower case."""
    return frozenset(row[0] for row in rows("place_countries.tsv")) | country_names()


def regions_after_institutions(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a listed place after an organisation and a comma as a place."""
    ends = {(m.piece, m.token_end) for m in mentions if m.label == "ORG"}
    revised = []
    for m in mentions:
        doc = parsed[m.piece][1]
        after_comma = m.token_start > 1 and doc[m.token_start - 1].text == ","
        if (
            m.label == "ORG"
            and after_comma
            and (m.piece, m.token_start - 1) in ends
            and m.anchor.lower() in _listed_places()
        ):
            m = replace(m, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
        revised.append(m)
    return revised
