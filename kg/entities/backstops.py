"""Mention steps that add names the NER missed.

Each takes the parsed pieces and the mentions so far and returns only the mentions it adds,
never over a token another mention holds. The order they run in is declared once, in
`kg.entities.mentions.MENTION_STEPS`.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import IDX, LENGTH

from kg.entities.descriptors import after_a_descriptor_noun
from kg.entities.group_names import named_after_group_noun
from kg.entities.known import KNOWN_LABELS, known_table
from kg.entities.life_brackets import states_a_life
from kg.entities.mention import Mention, held_tokens, looks_like_name, name_words, span_mention
from kg.entities.name_cues import (
    NAME_PARTICLES,
    adjective_title_before,
    chain_around,
    chain_class,
    class_from_words,
    in_hyphenated_word,
    is_given_name,
    organisation_words,
    surnames_of,
    used_thing_label,
)
from kg.entities.names_with_and import named_alone
from kg.entities.organisation_cues import (
    capitalised_name,
    describes_the_next_name,
    name_span,
    organisation_cue,
    organisation_noun_before,
    owned_sentence_opener,
    owner_before_owned,
    team_name,
)
from kg.entities.person_context import person_by_context
from kg.entities.person_nouns import (
    described_as_person,
    opens_a_biography,
    with_surname_parts,
)
from kg.entities.place_cues import after_place_noun, place_cue
from kg.lexicon import words
from kg.nlp.tokens import token_strings

_MAX_NAME_TOKENS = 6


def known_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Names the parser missed but kg/lexicon/known_entities.tsv knows (names linked to
    Wikipedia pages in GUM). Multi-word names match as written; a one-word name only where the
    tagger calls it a proper noun; lone person surnames never (they resolve, not detect)."""
    table = known_table()
    openings = _first_tokens()
    taken = held_tokens(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        text = piece.text
        offsets = doc.to_array([IDX, LENGTH])
        starts = offsets[:, 0].tolist()
        ends = (offsets[:, 0] + offsets[:, 1]).tolist()
        i = 0
        while i < len(doc):
            match = None
            if text[starts[i] : ends[i]] not in openings:
                i += 1
                continue
            for length in range(min(_MAX_NAME_TOKENS, len(doc) - i), 0, -1):
                entry = table.get(text[starts[i] : ends[i + length - 1]])
                if entry is None:
                    continue
                span = doc[i : i + length]
                if any((piece_index, t.i) in taken for t in span):
                    continue
                if length == 1 and (span[0].pos_ != "PROPN" or entry[1] == "Person"):
                    continue
                if _part_of_a_longer_name(span):
                    continue  # "Madrid" of "Madrid State Polytechnic", "World" of "World War II"
                match = (span, entry[1])
                break
            if match is None:
                i += 1
                continue
            span, class_name = match
            added.append(span_mention(piece, piece_index, span, KNOWN_LABELS[class_name]))
            taken.update((piece_index, t.i) for t in span)
            i = span.end
    return added


def _part_of_a_longer_name(span) -> bool:
    """A known name that is only part of a longer chain of name words: one word of it
    ("World" in "World War II"), or any part of one whose own words give it a class
    ("Madrid" in "Madrid State Polytechnic", "Emperor Norton" in "Emperor Norton Bridge")."""
    chain = chain_around(span[0])
    longer = chain is not None and (chain.start < span.start or chain.end > span.end)
    return longer and (len(span) == 1 or chain_class(chain) is not None)


@cache
def _first_tokens() -> frozenset[str]:
    """Every text a known name's first token can have: any prefix of the name ("AT&T" may
    be tokenised "AT", "&", "T")."""
    openings = set()
    for name in known_table():
        openings.update(name[:end] for end in range(1, len(name) + 1))
    return frozenset(openings)


def _after_and_a_name(chain) -> bool:
    """After "and" and a capitalised word that ends no organisation's name ("Song and"; not
    "Korrin Communications and", nor a word the NER took alone for a place: "Molde and")."""
    doc, start = chain.doc, chain.start
    if start < 2 or doc[start - 1].lower_ != "and" or named_alone(doc, start - 2):
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and before.lower_ not in organisation_words()


def _inside_a_longer_title(chain) -> bool:
    """The chain ends a name that goes on before it through "the" or "for" after a
    capitalised word: "Flood" of "Dance Before the Flood", "Sailors" of "Songs for Sailors"."""
    doc, start = chain.doc, chain.start
    if start < 2 or doc[start - 1].lower_ not in {"the", "for"}:
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and not before.is_sent_start and not before.is_punct


def cued_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Chains no mention touches whose words give a class: new mentions."""
    taken = held_tokens(mentions)
    surnames = surnames_of(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        texts = token_strings(doc).text
        i = 0
        while i < len(doc):
            # a name word is capitalised: test the string before making the Token
            chain = chain_around(doc[i]) if texts[i][:1].isupper() else None
            if chain is None:
                i += 1
                continue
            label = "LOC" if after_place_noun(chain) else chain_class(chain)
            if label == "ORG":
                chain = adjective_title_before(chain)  # "General Motors", not "Motors"
            if label is None and len(chain) == 1:
                label = used_thing_label(chain[0], "", surnames) or None
            if label is None and (team_name(chain, chain[:0]) or named_after_group_noun(chain)):
                label = "ORG"  # "plays for Harrow Rovers", "Scottish side Dunmore Vale"
            if label is None and place_cue(chain[-1]):
                label = "LOC"  # "San Marco-based", "based in New Harbor"
            if label is None and (described_as_person(chain) or opens_a_biography(chain)):
                label, chain = "PERSON", with_surname_parts(chain)  # "Nadia Ferchi-Lund (born"
            named = after_a_descriptor_noun(chain) if label is None else None
            if named is not None and chain_class(named) in {None, "PERSON"}:
                chain, label = named, "PERSON"  # "Dutchman Pieter Vos"
            if label is None and person_by_context(chain):
                label = "PERSON"  # "the physicist Pieter Vos", "Pieter Vos said"
            if label is None and len(chain) > 1 and states_a_life(doc, chain.end):
                label = "PERSON"  # "Mira Vale (1752 - 1790) was the daughter of"
            free = not any((piece_index, t.i) in taken for t in chain)
            free = free and looks_like_name(chain.text) and not in_hyphenated_word(chain)
            # "Consumer group Fair Screen": the first word describes the name after the noun
            free = free and not (chain[0].is_sent_start and describes_the_next_name(chain[-1]))
            # "the Kelmorian Song and Dance Ensemble": after "and" and a name, the
            # organisation word may end both words' name; kg cannot tell, so adds neither
            free = free and not (label == "ORG" and _after_and_a_name(chain))
            free = free and not _inside_a_longer_title(chain)  # not "Flood" alone
            # "Atlantic Lottery Corporation, Inc.": a legal suffix alone names nothing
            free = free and not all(t.lower_ in organisation_words() for t in chain)
            if label and free:
                added.append(span_mention(piece, piece_index, chain, label))
            i = chain.end
    return added


def relatives_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Names of two or three proper nouns that end in the surname of a person named in the
    document: a relative's name, often at the start of a sentence where the NER misses it
    ("Henrik Dahl is the father of the skier Ola Dahl"). New mentions."""
    taken = held_tokens(mentions)
    surnames = surnames_of(mentions)
    named = {m.anchor for m in mentions}  # the person's own name again is propagate's job
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        for i, word in enumerate(token_strings(doc).text):
            if word not in surnames or (piece_index, i) in taken:
                continue
            chain = chain_around(doc[i])
            if chain is None or chain[-1].i != i or not 2 <= len(chain) <= 3:
                continue
            if chain.text in named:
                continue  # "Vessa Lumen" again, where the NER once took it for a person
            if any(t.pos_ != "PROPN" or t.lower_ in organisation_words() for t in chain):
                continue
            if not any((piece_index, t.i) in taken for t in chain) and chain_class(chain) is None:
                added.append(span_mention(piece, piece_index, chain, "PERSON"))
    return added


def cued_organisations(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names the parser missed that stand beside an organisation noun
    (kg/lexicon/organisation_nouns.txt): "the video app TikTok", "Chinese company ByteDance",
    "an Acme spokesperson", or before "-based" ("Beijing-based Acme" makes Acme the org)."""
    taken = held_tokens(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        for i in token_strings(doc).capitalised():  # all three cues need a capital
            if (piece_index, i) in taken:
                continue
            token = doc[i]
            owner_opener = token.text[:1].isupper() and owner_before_owned(token)
            if not (capitalised_name(token) or owned_sentence_opener(token) or owner_opener):
                continue
            span = chain_around(token) or name_span(token)
            if not (organisation_cue(token) or organisation_noun_before(span)):
                continue
            if not looks_like_name(span.text):
                continue  # "an American company": a nationality, not a name
            if in_hyphenated_word(span):
                continue  # "its Wi-Fi network"
            if _inside_a_longer_title(span):
                continue  # "Flood" of "Dance Before the Flood"
            if any((piece_index, t.i) in taken for t in span):
                continue
            added.append(span_mention(piece, piece_index, span, "ORG"))
            taken.update((piece_index, t.i) for t in span)
    return added


_MEDIA_WORDS = {"tv", "radio", "television"}


def employers_before_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A name whose own words make it an organisation, right before a title and a person's
    name, is the person's employer: "Vexa News TV host Ada Stone", "Orlo Bank chief
    executive Ada Stone" (a media word before the title is not part of the name)."""
    titles = words("titles.txt")
    taken = held_tokens(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        lowers = token_strings(doc).lower
        for i in range(1, len(doc) - 1):
            if lowers[i] not in titles:
                continue
            title = doc[i]
            if not _person_follows(title, titles):
                continue
            chain = chain_around(doc[title.i - 1])
            if chain is None or chain.end != title.i:
                continue
            end = chain.end
            while end > chain.start and doc[end - 1].lower_ in _MEDIA_WORDS:
                end -= 1
            span = doc[chain.start : end]
            if not len(span) or class_from_words([t.text for t in span]) != "ORG":
                continue
            if any((piece_index, t.i) in taken for t in span):
                continue
            added.append(span_mention(piece, piece_index, span, "ORG"))
            taken.update((piece_index, t.i) for t in span)
    return added


# people named by their place in a band or a team ("Fade Out Girl bassist Theo Brandvik")
MEMBER_NOUNS = frozenset(
    {"guitarist", "bassist", "drummer", "vocalist", "keyboardist", "frontman", "frontwoman"}
    | {"quarterback", "goalkeeper", "striker", "midfielder", "defender", "pitcher"}
)


def bands_before_members(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A capitalised name no mention holds, right before a band or team member's noun and a
    person's name, is the band or the team: "Fade Out Girl bassist Theo Brandvik", "Harrow
    Rovers goalkeeper Omar Haddad". A place's name is left alone ("Brazil striker X" names
    the country's team, which kg keeps as the country)."""
    taken = held_tokens(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        lowers = token_strings(doc).lower
        for i in range(1, len(doc) - 1):
            if lowers[i] not in MEMBER_NOUNS or not doc[i + 1].text[:1].isupper():
                continue
            chain = chain_around(doc[i - 1])
            if chain is None or chain.end != i or chain[0].is_sent_start and len(chain) == 1:
                continue
            if _name_goes_on_before(doc, chain.start):
                continue  # "Fade Out Girl", "Dance Before the Flood": not all of the name
            if any((piece_index, t.i) in taken for t in chain):
                continue
            name = chain.text.lower()
            if name in words("place_words.txt") or name in words("countries.txt"):
                continue
            added.append(span_mention(piece, piece_index, chain, "ORG"))
            taken.update((piece_index, t.i) for t in chain)
    return added


_NAME_JOINERS = {"the", "of", "and", "&", "for", "de", "la"}


def _name_goes_on_before(doc, start: int) -> bool:
    """A capitalised word (not opening the sentence) right before `start`, or before a
    lower-case word that joins names ("Dance Before the Flood")."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in _NAME_JOINERS:
        k -= 1
    return k >= 0 and doc[k].text[:1].isupper() and not doc[k].is_sent_start


def _person_follows(title, titles) -> bool:
    """A capitalised word after the title and the rest of it ("host Ada", "chief executive Ada")."""
    for token in title.doc[title.i + 1 : title.i + 4]:
        if token.lower_ not in titles:
            return token.text[:1].isupper()
    return False


def propagate(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """One sense per discourse: where the parser labelled a name once, its other
    occurrences in the same document are mentions too (same label), when they fall on token
    boundaries and overlap no other mention. Returns the added mentions."""
    taken = held_tokens(mentions)
    by_text: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: (-len(m.anchor), m.start)):
        by_text.setdefault(mention.anchor, mention)
    for mention in mentions:
        # news refers to a person by surname after the first mention: "Hawley tweeted"
        # (its last word that names: not "I" of "Norton I", nor "Jr.")
        parts = name_words(mention.anchor)
        if mention.label in {"PERSON", "PER"} and len(parts) > 1 and parts[-1][:1].isupper():
            by_text.setdefault(parts[-1], mention)
    added = []
    starts = _token_starts(parsed)
    for anchor, model in sorted(by_text.items(), key=lambda item: -len(item[0])):
        for piece_index, start in _occurrences(parsed, starts, anchor):
            piece, doc = parsed[piece_index]
            span = doc.char_span(start, start + len(anchor))
            if span is not None and model.label in {"PERSON", "PER"} and len(span) == 1:
                span = _whole_name(span, piece_index, taken)  # "Lieke van Os" for "Os"
            if span is not None and not any((piece_index, t.i) in taken for t in span):
                added.append(span_mention(piece, piece_index, span, model.label))
                taken.update((piece_index, t.i) for t in span)
    return added


def _whole_name(surname, piece_index: int, taken: set):
    """A person's surname found again after a particle and a first name no mention holds
    ("Lieke van Os", where the NER tagged only "Van Os" elsewhere): that whole name; else
    the surname alone."""
    doc, at = surname.doc, surname.start
    if at < 2 or doc[at - 1].lower_ not in NAME_PARTICLES:
        return surname
    first = at - 2
    while first > 0 and doc[first - 1].pos_ == "PROPN" and at - first < 3:
        first -= 1  # "Anna Maria van Os"
    name = doc[first : surname.end]
    # a proper noun or a first name the tagger took for another word ("Lieke" as an adjective)
    opening = doc[first].text[:1].isupper() and (
        doc[first].pos_ == "PROPN" or is_given_name(doc[first].text)
    )
    held = any((piece_index, t.i) in taken for t in name)
    return name if opening and not held and chain_class(name) in {None, "PERSON"} else surname


def _token_starts(parsed: list) -> dict[str, list[tuple[int, int]]]:
    """Where each token text starts: (piece, character offset), in text order."""
    starts: dict[str, list[tuple[int, int]]] = {}
    for piece_index, (_piece, doc) in enumerate(parsed):
        strings = token_strings(doc)
        for text, idx in zip(strings.text, strings.idx, strict=True):
            starts.setdefault(text, []).append((piece_index, idx))
    return starts


def _occurrences(
    parsed: list, starts: dict[str, list[tuple[int, int]]], anchor: str
) -> list[tuple[int, int]]:
    """Every (piece, offset) where `anchor` occurs starting at a token, in text order. A
    span on token boundaries starts with a whole token, which is a prefix of the anchor, so
    only those tokens' starts are tried (not a scan of every piece per name: that was
    quadratic in a long document)."""
    if not anchor:  # never a name; kept as the plain scan did it
        return [(i, s) for i, (p, _d) in enumerate(parsed) for s in range(len(p.text) + 1)]
    found = []
    for length in range(1, len(anchor) + 1):
        for piece_index, start in starts.get(anchor[:length], ()):
            if parsed[piece_index][0].text.startswith(anchor, start):
                found.append((piece_index, start))
    return sorted(found)
