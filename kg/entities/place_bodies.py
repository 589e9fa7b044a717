"""A mention step for a public body named after its place, which the NER splits in two: "the
United States Supreme Court" as the place "United States" and the organisation "Supreme
Court". A place right before an organisation whose words are all generic ("Supreme Court",
"City Council", "State University": no name of its own) is the first part of one
organisation's name. "In Norway Vessa Bank grew" keeps two names: "Vessa" is a name.
"""

from __future__ import annotations

from kg.entities.mention import Mention, span_mention
from kg.entities.name_cues import organisation_words
from kg.vocab import CLASS_BY_LABEL

# words that say which body of a place, not whose: "Supreme Court", "City Council"
GENERIC_BODY_WORDS = frozenset(
    {"supreme", "high", "city", "state", "national", "federal", "district", "regional"}
    | {"provincial", "municipal", "county", "central", "general", "court", "appeals"}
    | {"constitutional", "legislative", "executive", "public", "royal"}
)
_PLACE, _ORG = CLASS_BY_LABEL["LOC"], CLASS_BY_LABEL["ORG"]


def places_before_bodies(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A place mention and the generic organisation mention right after it, merged."""
    ordered = sorted(mentions, key=lambda m: (m.piece, m.token_start))
    merged: list[Mention] = []
    for mention in ordered:
        before = merged[-1] if merged else None
        if before is not None and _joins(parsed, before, mention):
            piece, doc = parsed[mention.piece]
            span = doc[before.token_start : mention.token_end]
            merged[-1] = span_mention(piece, mention.piece, span, "ORG")
            continue
        merged.append(mention)
    return merged


def _joins(parsed: list, place: Mention, body: Mention) -> bool:
    if place.entity_class != _PLACE or body.entity_class != _ORG:
        return False
    if place.piece != body.piece or place.token_end != body.token_start:
        return False
    _, doc = parsed[body.piece]
    if doc[place.token_end - 1].whitespace_ != " ":
        return False
    words = [t.lower_ for t in doc[body.token_start : body.token_end]]
    heads = organisation_words() | {"court"}
    return words[-1] in heads and all(w in GENERIC_BODY_WORDS or w in heads for w in words)
