"""Where a life happened is a place: "born in X", "died in X", "buried in X", "grew up in
X", whatever class the NER gave X (it takes unfamiliar towns for people: "born in
Tarsdal"). The places written right after it that hang on it in the parse, after "in"
or a comma, are places too: "born in Tarsdal in Vessby, Ostland". And who was born or
married is a person: "Vessa was born in Tarsdal", "Vessa married Ole Lund", whatever class
the NER gave "Vessa".
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention
from kg.vocab import CLASS_BY_LABEL

# lemmas of the verbs of a life's places; "born" is lemmatised "bear"
LIFE_VERBS = frozenset({"bear", "born", "die", "bury", "raise", "grow", "baptise", "baptize"})
_NOT_PLACES = {"PERSON", "PER", "ORG"}


def places_of_lives(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the places of births, deaths and burials labelled as places."""
    places: set[tuple[int, int]] = set()
    place_tokens: set[tuple[int, int]] = set()
    for mention in sorted(mentions, key=lambda m: (m.piece, m.token_start)):
        doc = parsed[mention.piece][1]
        start = mention.token_start
        root = doc[start : mention.token_end].root
        before = doc[start - 1].lower_ if start else ""
        # "in Tarsdal in Vessby, Ostland": hangs on the place just named
        after_a_place = (
            before in {"in", ","}
            and (mention.piece, start - 2) in place_tokens
            and (mention.piece, root.head.i) in place_tokens
        )
        if after_a_place or _in_a_life_verbs_place(doc, mention):
            places.add((mention.piece, start))
            place_tokens |= {(mention.piece, i) for i in range(start, mention.token_end)}
    return [
        replace(m, label="LOC", entity_class=CLASS_BY_LABEL["LOC"])
        if (m.piece, m.token_start) in places and m.label in _NOT_PLACES
        else m
        for m in mentions
    ]


def _in_a_life_verbs_place(doc, mention: Mention) -> bool:
    """The mention is the object of "in" under a verb of a life ("was born in X")."""
    if mention.token_start == 0 or doc[mention.token_start - 1].lower_ != "in":
        return False
    root = doc[mention.token_start : mention.token_end].root
    if root.dep_.lower() not in {"obl", "nmod", "pobj"}:
        return False
    governor = root.head  # the verb, or a date on it ("born on 2 May 1901 in X")
    for _ in range(3):
        if governor.lemma_.lower() in LIFE_VERBS and governor.pos_ in {"VERB", "AUX"}:
            return True
        if governor.pos_ not in {"NUM", "PROPN", "NOUN"} or governor.head.i == governor.i:
            return False
        governor = governor.head
    return False


def people_born(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the subjects of "was born" and who married labelled as people."""
    return [
        replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        if m.label in {"LOC", "GPE", "ORG"} and _subject_of_born(parsed[m.piece][1], m)
        else m
        for m in mentions
    ]


def _subject_of_born(doc, mention: Mention) -> bool:
    """The subject of "was born", or the subject or object of "married" ("Tove Ekholm
    married Arvid Lund"): only people are born and marry."""
    root = doc[mention.token_start : mention.token_end].root
    verb = root.head
    dep = root.dep_.lower()
    if verb.lemma_.lower() in _MARRYING and verb.pos_ == "VERB":
        return dep in {"nsubj", "obj", "dobj", "nsubj:pass"}
    return (
        dep in {"nsubj", "nsubj:pass", "nsubjpass"}
        and verb.lower_ == "born"
        and any(child.lemma_.lower() == "be" for child in verb.children)
    )


_MARRYING = frozenset({"marry", "wed", "divorce"})


def people_beside_namesakes(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A "place" or "organisation" joined by "and" or a comma to a person of the same
    surname is a person too: "Rune Vik and Siri Vik"."""
    people = {
        (m.piece, m.token_start): m.anchor.split()[-1]
        for m in mentions
        if m.label in {"PERSON", "PER"} and " " in m.anchor
    }
    revised = []
    for mention in mentions:
        doc = parsed[mention.piece][1]
        root = doc[mention.token_start : mention.token_end].root
        head = root.head
        partner = people.get((mention.piece, _name_start(doc, head)))
        namesake = partner is not None and " " in mention.anchor
        if (
            mention.label in {"LOC", "GPE", "ORG"}
            and namesake
            and root.dep_ == "conj"
            and mention.anchor.split()[-1] == partner
        ):
            mention = replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        revised.append(mention)
    return revised


def _name_start(doc, token) -> int:
    """The first token of the run of proper nouns that ends at `token` (its name)."""
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    return start
