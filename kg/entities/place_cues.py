"""What the words around a name say about it being a place: "based in Denver",
"Denver-based", "the town of Jackson". Used by kg.entities.name_cues and
kg.entities.backstops for names the NER missed or gave another class."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.entities.mention import PLACE_KIND_NOUNS, Mention
from kg.vocab import CLASS_BY_LABEL


def after_place_noun(chain: Span) -> bool:
    """ "the town of Jackson", "the Boston suburb of Milton Ridge": a place, whatever
    its words say (a given name, an organisation word)."""
    doc, start = chain.doc, chain.start
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    return noun.lower_ in PLACE_KIND_NOUNS and noun.text.islower()


def place_cue(token: Token) -> bool:
    """'Denver-based', 'based in Denver', 'headquartered in Denver', 'a native of Denver': a
    place."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    if after[:2] == ["-", "based"] or after[:1] == ["-based"]:
        return True
    case = token.doc[token.i - 1] if token.i > 0 else None
    governor = token.head
    return (
        case is not None
        and case.lower_ == "in"
        and governor.lemma_.lower() in {"base", "headquarter", "headquartered"}
        and token.dep_.lower() in {"obl", "nmod", "pobj"}
    ) or (
        case is not None
        and case.lower_ in {"in", "of"}
        and token.i >= 2
        and (doc[token.i - 2].lower_, case.lower_) in _BEFORE_A_PLACE
    )


# "based in X", "headquartered in X", "a native of X"
_BEFORE_A_PLACE = frozenset({("based", "in"), ("headquartered", "in"), ("native", "of")})


def places_by_kind_noun(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A name written once after a place's noun ("the Chicago suburb of Milton
    Ridge") is a place wherever the NER took it for a person: the noun says what it is,
    a guess from the name's words ("Milton") does not."""
    places = {
        m.anchor
        for m in mentions
        if after_place_noun(parsed[m.piece][1][m.token_start : m.token_end])
    }
    return [
        replace(m, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
        if m.anchor in places and m.label in {"PERSON", "PER"}
        else m
        for m in mentions
    ]


def place_among_places(taken: dict, mention: Mention, chain: Span) -> bool:
    """The NER's place comes right after another place and a comma, as a region after its
    town does ("Halifax, Nova Scotia"), or after "in" and before a comma and another place
    ("died in Marion Heights, Idaho")."""
    if mention.label not in {"LOC", "GPE"} or chain.start < 2:
        return False
    doc = chain.doc
    before = taken.get((mention.piece, chain.start - 2))
    comma = doc[chain.start - 1].text == ","
    if comma and before is not None and before.label in {"LOC", "GPE"}:
        return True
    after = taken.get((mention.piece, chain.end + 1))
    then_comma = chain.end + 1 < len(doc) and doc[chain.end].text == ","
    within = doc[chain.start - 1].lower_ == "in"
    return within and then_comma and after is not None and after.label in {"LOC", "GPE"}
