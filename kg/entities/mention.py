"""The mention type, and mentions from the parser's named entities with exact offsets.

A mention's span is the NER span with leading determiners, a trailing possessive ('s) and
punctuation removed and, for people, leading titles ("Secretary of State", "Mr") moved out:
`anchor == text[start:end]` always holds. Labels map to schema.org classes
(`kg.vocab.CLASS_BY_LABEL`); labels with no class (dates, nationalities, ...) give no mention.
Every entity module takes `Mention` from here; nothing here imports them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import URIRef
from spacy.tokens import Doc, Span

from kg.lexicon import demonyms, words
from kg.nlp.pipeline import Piece
from kg.vocab import CLASS_BY_LABEL

_PLACE = CLASS_BY_LABEL["LOC"]

_DETERMINERS = {"the", "a", "an"}


_POSSESSIVE = {"'s", "’s", "'", "’"}


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}
INITIAL = re.compile(r"^[A-Z]\.?$")
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


_QUOTED = re.compile(r'\s*["“][^"“”]*["”]\s*')


def name_words(name: str) -> list[str]:
    """The words of a person's name that tell who it is: initials ("J.", and a regnal "I"),
    suffixes ("Jr.", "III") and a nickname in quotes ('Tomasz "Tom" Wolski') left
    out."""
    words_ = _QUOTED.sub(" ", name).split()
    return [t for t in words_ if not INITIAL.match(t) and t.lower() not in NAME_SUFFIXES]


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets in the original document text
    end: int
    anchor: str
    label: str  # the NER label as the pipeline gave it
    entity_class: URIRef
    sentence: tuple[int, int]  # the sentence's character span in the original text
    title: str = ""  # a title written before a person's name ("Mr", "Sen.")
    token_start: int = 0  # token indices in the piece's Doc, for relation rules
    token_end: int = 0
    piece: int = 0  # index of the parsed piece within the document


def replacing(mentions: list[Mention], new: list[Mention]) -> list[Mention]:
    """`new`, and the mentions that share no token with any of them, in text order."""
    if not new:
        return mentions
    covered = held_tokens(new)
    kept = [
        m
        for m in mentions
        if not any((m.piece, i) in covered for i in range(m.token_start, m.token_end))
    ]
    return sorted(kept + new, key=lambda m: m.start)


def capitalised_run(doc, at: int) -> int:
    """The end of the run of capitalised words from token `at` (`at` when there is none)."""
    end = at
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return end


def held_tokens(mentions: list[Mention]) -> set[tuple[int, int]]:
    """(piece, token index) of every token a mention holds: where a step adds no mention."""
    return {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}


def mentions_from_doc(piece: Piece, doc: Doc, piece_index: int = 0) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        entity_class = CLASS_BY_LABEL.get(ent.label_)
        if entity_class is None:
            continue
        places = _places_around_place_noun(doc, ent)
        if places:  # "the Boston suburb of Newton": two places, no organisation
            mentions += [m for p in places if (m := _mention(piece, p, _PLACE, piece_index))]
            continue
        mention = _mention(piece, ent, entity_class, piece_index)
        if mention is not None:
            mentions.append(mention)
        place = _place_after_name(doc, ent)
        if place is not None and (found := _mention(piece, place, _PLACE, piece_index)):
            mentions.append(found)
    return mentions


def _place_after_name(doc: Doc, ent: Span) -> Span | None:
    """The place the NER ran into a name ("National Gallery in Oslo", cut by
    `_before_place_phrase`): its capitalised words after the preposition, as a place."""
    kept = _before_place_phrase(list(ent))
    if len(kept) == len(ent) or ent.label_ not in {"ORG", "PERSON", "PER", "LOC", "GPE"}:
        return None
    start = kept[-1].i + 2
    end = start
    while end < ent.end and (doc[end].text[:1].isupper() or doc[end].text in {",", "."}):
        end += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return Span(doc, start, end, label="LOC") if end > start else None


# lower-case nouns for a kind of place, written between two places' names ("the Boston
# suburb of Newton", "the Chicago neighborhood of Hyde Park")
PLACE_KIND_NOUNS = frozenset(
    {"city", "town", "village", "suburb", "borough", "neighborhood", "neighbourhood"}
    | {"district", "municipality", "commune", "hamlet", "parish", "township", "county"}
    | {"state", "province", "region", "country"}
)


def _places_around_place_noun(doc: Doc, ent: Span) -> list[Span]:
    """The NER's "Boston suburb of Newton": a name holding a lower-case noun for a kind of
    place and "of" before a capitalised word is a place and the place around it, whatever
    the NER's label (names of organisations have no such noun: "Bank of America")."""
    for token in ent[1:-2]:
        if not (token.lower_ in PLACE_KIND_NOUNS and token.text.islower()):
            continue
        after = doc[token.i + 1]
        if after.lower_ != "of" or not doc[token.i + 2].text[:1].isupper():
            continue
        spans = [Span(doc, token.i + 2, ent.end, label="LOC")]
        start = token.i
        while start > ent.start and doc[start - 1].text[:1].isupper():
            start -= 1  # the capitalised words right before the noun: "Boston"
        if start < token.i:
            spans.insert(0, Span(doc, start, token.i, label="LOC"))
        return spans
    return []


def _mention(piece: Piece, ent: Span, entity_class: URIRef, piece_index: int) -> Mention | None:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    tokens = _before_place_phrase(tokens)
    tokens = _before_title_phrase(tokens)
    tokens = _before_possessive_title(tokens)
    while tokens and (
        tokens[-1].lower_ in _POSSESSIVE or tokens[-1].is_punct or _loose_end(tokens[-1])
    ):
        tokens = tokens[:-1]
    title_tokens: list = []
    if ent.label_ in {"PERSON", "PER"}:
        # everything up to the last title word is a description, not the name:
        # "Missouri Sen. Josh Hawley", "US Secretary of State Mike Pompeo"
        titles = words("titles.txt")
        last_title = max((i for i, t in enumerate(tokens[:-1]) if t.lower_ in titles), default=-1)
        title_tokens, tokens = tokens[: last_title + 1], tokens[last_title + 1 :]
        while tokens and tokens[0].lower_ in {"of", "the", "state"} and len(tokens) > 1:
            title_tokens.append(tokens.pop(0))
    if not tokens or _time_zone_after_clock(tokens):
        return None
    if ent.label_ in {"PERSON", "PER"} and not _person_name_words(tokens):
        return None  # "T-shirt version": a person's name has no lower-case word of its own
    if ent.label_ in {"PERSON", "PER"} and _department(tokens) and _after_title(tokens[0]):
        return None  # "Senior Vice President Sales": a department after a title
    text = "".join(token.text_with_ws for token in tokens).strip()
    if not looks_like_name(text):
        return None
    start = piece.offset + tokens[0].idx
    sentence = tokens[0].sent
    return Mention(
        start=start,
        end=start + len(text),
        anchor=text,
        label=ent.label_,
        entity_class=entity_class,
        sentence=(piece.offset + sentence.start_char, piece.offset + sentence.end_char),
        title=" ".join(token.text for token in title_tokens),
        token_start=tokens[0].i,
        token_end=tokens[-1].i + 1,
        piece=piece_index,
    )


_PLACE_PREPOSITIONS = {"from", "in"}


def _before_place_phrase(tokens: list) -> list:
    """A name ends before "from"/"in" and a capitalised word: the NER's "U.S. House of
    Representatives from Ohio" and "Third Poetry Congress in Halifax" are a name and a
    place. ("at" is kept: "University of Ohio at Marion" is one name.)"""
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.text in _PLACE_PREPOSITIONS and tokens[k + 1].text[:1].isupper():
            return tokens[:k]
    return tokens


# words that open a title of two words ("Prime Minister", "Vice President", "Attorney General")
_TITLE_OPENERS = frozenset(
    {"prime", "vice", "deputy", "attorney", "surgeon", "chief", "foreign", "first", "lord"}
)


def _before_title_phrase(tokens: list) -> list:
    """A name ends before the first word of a title it runs into: the NER's "Afghan Prime"
    before "Minister Nasrullah Vardaki"."""
    if not tokens or tokens[-1].lower_ not in _TITLE_OPENERS:
        return tokens
    doc, end = tokens[-1].doc, tokens[-1].i + 1
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in words("titles.txt"):
        return tokens[:-1]
    return tokens


def _before_possessive_title(tokens: list) -> list:
    """A name ends at a possessive before a title the NER ran into: "Vessa Airways' CEO"
    is Vessa Airways (not "Children's Hospital": no title after the possessive)."""
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.tag_ == "POS" and tokens[k + 1].lower_ in words("titles.txt"):
            return tokens[:k]
    return tokens


# nouns that describe the name after them ("Premier League club Harwick United")
DESCRIBING_NOUNS = frozenset({"club", "side", "team", "squad", "band", "outfit", "franchise"})


def _loose_end(token) -> bool:
    """A lower-case function word or the sentence's root cannot end a name: the NER's
    "U.S. House of Representatives from" (before "Pennsylvania") is "U.S. House of
    Representatives", "Orlo Holdings owns" is "Orlo Holdings";
    nor a noun that describes the name after it ("Premier League club" before "Harwick
    United")."""
    if not token.text.islower():
        return False
    if token.pos_ in {"ADP", "CCONJ", "DET", "SCONJ", "PART"}:
        return True
    if token.dep_ == "ROOT":
        return True  # "Tarrow Holdings owns": the sentence's verb, whatever its tag
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in DESCRIBING_NOUNS and following is not None and following.is_title


# Lower-case words inside people's names: "Vincent van Gogh", "Catherine the Great",
# "Osama bin Laden", "Juan de la Cruz", "Rodrigo y Gabriela".
NAME_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "ibn", "al", "el", "ben", "y", "e", "the", "of", "and", "zu", "ter", "ten",
}  # fmt: skip


def _person_name_words(tokens: list) -> bool:
    """Every alphabetic word of a person's name is capitalised or a name particle."""
    return all(
        not token.is_alpha or not token.text.islower() or token.lower_ in NAME_PARTICLES
        for token in tokens
    )


def _after_title(token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ in words("titles.txt")


@cache
def department_words() -> frozenset[str]:
    """Departments and portfolios written after a title (kg/lexicon/departments.txt,
    portfolios.txt): "Senior Vice President Sales" names no person."""
    return words("departments.txt") | words("portfolios.txt")


def _department(tokens: list) -> bool:
    return all(token.lower_ in department_words() for token in tokens)


_TIME_ZONES = {
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt",
    "utc", "bst", "cet", "cest", "eet", "eest", "ist", "jst", "kst", "hkt", "aest", "aedt",
}  # fmt: skip


_CLOCK = re.compile(r"^(\d{1,2}([:.]\d\d)?|[ap]\.?m\.?|noon|midnight)$", re.IGNORECASE)


def _time_zone_after_clock(tokens: list) -> bool:
    """ "2:43 PM ET": a time zone after a clock time, which NER models take for a name."""
    first = tokens[0]
    return (
        len(tokens) == 1
        and first.lower_ in _TIME_ZONES
        and first.i > 0
        and bool(_CLOCK.match(first.doc[first.i - 1].text))
    )


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(demonyms())


def looks_like_name(text: str) -> bool:
    """A name has a capital letter or digit and is not only a title word or a nationality
    ("Americans" is a group of people, not an entity)."""
    if len(text) < 2 or not any(ch.isupper() or ch.isdigit() for ch in text):
        return False
    lower = text.lower().rstrip(".")
    demonyms = _demonyms()
    return (
        lower not in words("titles.txt")
        and lower not in demonyms
        and lower.rstrip("s") not in demonyms
    )


def span_mention(piece, piece_index: int, span, label: str) -> Mention:
    start = piece.offset + span.start_char
    return Mention(
        start=start,
        end=start + len(span.text),
        anchor=span.text,
        label=label,
        entity_class=CLASS_BY_LABEL[label],
        sentence=(piece.offset + span.sent.start_char, piece.offset + span.sent.end_char),
        token_start=span.start,
        token_end=span.end,
        piece=piece_index,
    )
