"""Entity mentions from the parser's named entities, with exact offsets into the original text.

A mention's span is the NER span with leading determiners, a trailing possessive ('s) and
punctuation removed and, for people, leading titles ("Secretary of State", "Mr") moved out:
`anchor == text[start:end]` always holds. Labels map to schema.org classes
(`kg.vocab.CLASS_BY_LABEL`); labels with no class (dates, nationalities, ...) give no mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from rdflib import URIRef
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from kg.lexicon import pairs, words
from kg.nlp.pipeline import Piece
from kg.vocab import CLASS_BY_LABEL

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}


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


def mentions_from_doc(piece: Piece, doc: Doc, piece_index: int = 0) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        entity_class = CLASS_BY_LABEL.get(ent.label_)
        if entity_class is None:
            continue
        mention = _mention(piece, ent, entity_class, piece_index)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _mention(piece: Piece, ent: Span, entity_class: URIRef, piece_index: int) -> Mention | None:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in _DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in _POSSESSIVE or tokens[-1].is_punct):
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
    text = "".join(token.text_with_ws for token in tokens).strip()
    if not _looks_like_name(text):
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


def _looks_like_name(text: str) -> bool:
    """A name has a capital letter or digit and is not only a title word or a nationality
    ("Americans" is a group of people, not an entity)."""
    if len(text) < 2 or not any(ch.isupper() or ch.isdigit() for ch in text):
        return False
    lower = text.lower().rstrip(".")
    demonyms = {d.lower() for d in pairs("demonyms.tsv")}
    return (
        lower not in words("titles.txt")
        and lower not in demonyms
        and lower.rstrip("s") not in demonyms
    )


def propagate(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """One sense per discourse: where the parser labelled a name once, its other
    occurrences in the same document are mentions too (same label), when they fall on token
    boundaries and overlap no other mention. Returns the added mentions."""
    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
    by_text: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: (-len(m.anchor), m.start)):
        by_text.setdefault(mention.anchor, mention)
    for mention in mentions:
        # news refers to a person by surname after the first mention: "Hawley tweeted"
        parts = mention.anchor.split()
        if mention.label in {"PERSON", "PER"} and len(parts) > 1 and parts[-1][:1].isupper():
            by_text.setdefault(parts[-1], mention)
    added = []
    for anchor, model in sorted(by_text.items(), key=lambda item: -len(item[0])):
        for piece_index, (piece, doc) in enumerate(parsed):
            start = piece.text.find(anchor)  # piece.text: Doc.text is rebuilt on every call
            while start >= 0:
                span = doc.char_span(start, start + len(anchor))
                if span is not None and not any((piece_index, t.i) in taken for t in span):
                    added.append(_span_mention(piece, piece_index, span, model.label))
                    taken.update((piece_index, t.i) for t in span)
                start = piece.text.find(anchor, start + 1)
    return added


KNOWN_LABELS = {"Person": "PERSON", "Organization": "ORG", "Place": "LOC"}
_MAX_NAME_TOKENS = 6


def known_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Names the parser missed but kg/lexicon/known_entities.tsv knows (names linked to
    Wikipedia pages in GUM). Multi-word names match as written; a one-word name only where the
    tagger calls it a proper noun; lone person surnames never (they resolve, not detect)."""
    from kg.entities.resolve import known_table

    table = known_table()
    openings = _first_tokens()
    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
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
                match = (span, entry[1])
                break
            if match is None:
                i += 1
                continue
            span, class_name = match
            added.append(_span_mention(piece, piece_index, span, KNOWN_LABELS[class_name]))
            taken.update((piece_index, t.i) for t in span)
            i = span.end
    return added


@cache
def _first_tokens() -> frozenset[str]:
    """Every text a known name's first token can have: any prefix of the name ("AT&T" may
    be tokenised "AT", "&", "T")."""
    from kg.entities.resolve import known_table

    openings = set()
    for name in known_table():
        openings.update(name[:end] for end in range(1, len(name) + 1))
    return frozenset(openings)


_CUE_LINKS = {"compound", "appos", "flat", "flat:name", "nmod", "nsubj", "amod"}


def cued_organisations(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names the parser missed that stand beside an organisation noun
    (kg/lexicon/organisation_nouns.txt): "the video app TikTok", "Chinese company ByteDance",
    "an Acme spokesperson", or before "-based" ("Beijing-based Acme" makes Acme the org)."""
    from kg.entities.name_cues import chain_around, in_hyphenated_word

    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        for token in doc:
            if (piece_index, token.i) in taken:
                continue
            owner_opener = token.text[:1].isupper() and _owner_before_owned(token)
            if not (_capitalised_name(token) or _owned_sentence_opener(token) or owner_opener):
                continue
            span = chain_around(token) or _name_span(token)
            if not (organisation_cue(token) or _organisation_noun_before(span)):
                continue
            if not _looks_like_name(span.text):
                continue  # "an American company": a nationality, not a name
            if in_hyphenated_word(span):
                continue  # "its Wi-Fi network"
            if any((piece_index, t.i) in taken for t in span):
                continue
            added.append(_span_mention(piece, piece_index, span, "ORG"))
            taken.update((piece_index, t.i) for t in span)
    return added


_MEDIA_WORDS = {"tv", "radio", "television"}


def employers_before_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A name whose own words make it an organisation, right before a title and a person's
    name, is the person's employer: "Vexa News TV host Ada Stone", "Orlo Bank chief
    executive Ada Stone" (a media word before the title is not part of the name)."""
    from kg.entities.name_cues import chain_around, class_from_words

    titles = words("titles.txt")
    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        for title in doc[1:-1]:
            if title.lower_ not in titles or not _person_follows(title, titles):
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
            added.append(_span_mention(piece, piece_index, span, "ORG"))
            taken.update((piece_index, t.i) for t in span)
    return added


def _person_follows(title, titles) -> bool:
    """A capitalised word after the title and the rest of it ("host Ada", "chief executive Ada")."""
    for token in title.doc[title.i + 1 : title.i + 4]:
        if token.lower_ not in titles:
            return token.text[:1].isupper()
    return False


def organisation_cue(token) -> bool:
    """The words around a name say it is an organisation: an organisation noun beside it
    ("the payments startup Ferrofin", "an Acme spokesperson"), "-based" before it, or it is
    owned ("Brightwave, owned by ...", "Kestrel-owned Pinegrove" makes Kestrel the owner)."""
    nouns = words("organisation_nouns.txt")
    head_cue = token.head.lemma_.lower() in nouns and token.dep_.lower() in _CUE_LINKS
    child_cue = any(
        child.lemma_.lower() in nouns and child.dep_.lower() in _CUE_LINKS
        for child in token.children
    )
    return (
        head_cue
        or child_cue
        or _beside_organisation_noun(token, nouns)
        or _after_based(token)
        or _owned_thing(token)
        or _owner_before_owned(token)
        or _named_as_organisation(token)
    )


def _organisation_noun_before(span) -> bool:
    """An organisation noun right before the whole name ("consumer group Fair Screen"), or a
    spokesperson of it ("a spokesperson for Brightwave"), whatever the parse."""
    doc = span.doc
    if _organisation_noun_at(doc, span.start - 1, words("organisation_nouns.txt")):
        return True
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    return (
        len(before) == 2
        and before[1] in {"for", "of", "at"}
        and before[0] in words("spokesperson_nouns.txt")
    )


def _owner_before_owned(token) -> bool:
    """'Kestrel-owned Pinegrove Foods': the name right before "-owned" owns something."""
    if token.lower_ in pairs("demonyms.tsv"):
        return False  # "Chinese-owned": a country owns it (kg.facts.relations)
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return (len(after) == 2 and after[0].text in {"-", "–"} and after[1].lower_ == "owned") or (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"-owned", "–owned"}
    )


def _name_span(token):
    """The whole name a head word ends: 'Corvid Analytics' for 'Analytics'."""
    start = token.i
    while start > 0:
        previous = token.doc[start - 1]
        joined = previous.head.i == token.i or previous.head.i == start
        if not (joined and previous.text[:1].isupper() and previous.dep_ in {"compound", "flat"}):
            break
        start -= 1
    return token.doc[start : token.i + 1]


def _owned_sentence_opener(token) -> bool:
    """'Tollbridge, owned by ...' opening a sentence, tagged as a common noun: being owned
    makes it a name even where any word would be capitalised."""
    return (
        token.is_sent_start
        and token.text[:1].isupper()
        and token.text.isalpha()
        and token.lower_ not in words("organisation_nouns.txt")
        and _owned_thing(token)
    )


def _capitalised_name(token) -> bool:
    text = token.text
    if len(text) < 2 or not text[0].isupper():
        return False
    if token.is_sent_start and (token.pos_ != "PROPN" or describes_the_next_name(token)):
        return False  # "Shares rose": any word is capitalised there
    if text.lower() in words("titles.txt") or text.lower() in words("organisation_nouns.txt"):
        return False
    return token.pos_ in {"PROPN", "NOUN", "X"} and text.isalpha()


def describes_the_next_name(token) -> bool:
    """ "Consumer group Fair Screen ...": a sentence's first word before an organisation noun
    and a name describes that name (taggers often call it a proper noun there)."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    noun, name = doc[token.i + 1], doc[token.i + 2]
    return noun.lower_ in words("organisation_nouns.txt") and noun.is_lower and name.is_title


def _beside_organisation_noun(token, nouns) -> bool:
    """Right after or before the noun, whatever the parse: "giant ByteDance", "TikTok app"."""
    return _organisation_noun_at(token.doc, token.i - 1, nouns) or _organisation_noun_at(
        token.doc, token.i + 1, nouns
    )


def _organisation_noun_at(doc, index: int, nouns) -> bool:
    """doc[index] is one of `nouns` used as a common noun (not part of a name)."""
    if not 0 <= index < len(doc):
        return False
    return doc[index].lower_ in nouns and doc[index].pos_ != "PROPN"


def _owned_thing(token) -> bool:
    """'TikTok is owned by ...', 'Lumora was acquired by ...', 'Brightwave, owned by ...':
    a named thing that is owned."""
    head = token.head
    passive = token.dep_.lower() in {"nsubj:pass", "nsubjpass"} and _owned_by(head)
    active = token.dep_.lower() in {"obj", "dobj"} and head.lemma_.lower() in {"own", "acquire"}
    return (
        passive or active or any(c.dep_.lower() == "acl" and _owned_by(c) for c in token.children)
    )


def _named_as_organisation(token) -> bool:
    """'a Chinese version called Douyin', 'a rival named Zeno', 'the parent company of
    Zeno': a name given to an organisation-like noun, or what a parent company owns."""
    head = token.head
    if head.lemma_.lower() in {"call", "name"} and head.dep_.lower() in {"acl", "relcl"}:
        return head.head.lemma_.lower() in _naming_nouns()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ in {"called", "named"}:
        return doc[token.i - 2].lemma_.lower() in _naming_nouns()  # the same, any parse
    return token.dep_.lower() in {"nmod", "pobj"} and any(
        child.lower_ == "parent" for child in head.children
    )


@cache
def _naming_nouns() -> frozenset[str]:
    """Nouns a name can be given to: "a version called X", "a rival named X"."""
    return words("named_organisation_nouns.txt") | words("organisation_nouns.txt")


def _owned_by(verb) -> bool:
    return verb.lemma_.lower() in {"own", "acquire"} and any(
        child.dep_.lower() in {"obl:agent", "agent", "obl"} for child in verb.children
    )


def _after_based(token) -> bool:
    """'Beijing-based ByteDance': ByteDance is what 'based' describes."""
    return any(
        child.lower_ in {"based", "-based"} and child.i < token.i for child in token.children
    )


def _span_mention(piece, piece_index: int, span, label: str) -> Mention:
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


_INITIAL_TOKEN = {"jr.", "sr."}


def titled_people(parsed: list, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Capitalised names right after a title are people: "Secretary of State Mike Pompeo",
    "Sen. Josh Hawley", "TV host Laura Ingraham", "Mr Pompeo". Returns (kept, added): NER
    mentions of another class inside such a name are dropped for the person."""
    titles = words("titles.txt")
    added: list[Mention] = []
    for piece_index, (piece, doc) in enumerate(parsed):
        i = 0
        while i < len(doc) - 1:
            token = doc[i]
            if token.lower_ not in titles or not _title_context(token):
                i += 1
                continue
            start = i + 1
            # "Secretary of State": the title runs on through "of" + capitalised words
            portfolios = words("portfolios.txt")
            while (
                start + 1 < len(doc)
                and doc[start].lower_ == "of"
                and doc[start + 1].lower_ in portfolios
            ):
                start += 2
            end = start
            while end < len(doc) and end - start < 4 and _name_word(doc[end], titles):
                end += 1
            if end > start and not (
                end < len(doc) and doc[end].lower_ in words("organisation_nouns.txt")
            ):
                mention = _span_mention(piece, piece_index, doc[start:end], "PERSON")
                added.append(replace(mention, title=doc[i:start].text))
            i = max(end, i + 1)
    spans = {(m.piece, m.token_start, m.token_end): m for m in added}
    kept = [
        m
        for m in mentions
        if not any(
            m.piece == p and m.token_start < e and s < m.token_end and m.label != "PERSON"
            for p, s, e in spans
        )
    ]
    # a person the parser found already keeps its title ("Mr" of "Mr Pompeo")
    kept = [
        replace(m, title=spans[key].title)
        if (key := (m.piece, m.token_start, m.token_end)) in spans and not m.title
        else m
        for m in kept
    ]
    taken = {(m.piece, i) for m in kept for i in range(m.token_start, m.token_end)}
    fresh = [
        m
        for m in added
        if not any((m.piece, i) in taken for i in range(m.token_start, m.token_end))
    ]
    return kept, fresh


def _title_context(token) -> bool:
    """A title word used as a title: capitalised ("President", "Sen.") or a lower-case job
    noun right before a capitalised word ("host Laura Ingraham")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "of" and token.i + 2 < len(doc):
        following = doc[token.i + 2]  # "Secretary of State ..."
        if following.lower_ not in words("portfolios.txt"):
            return False
    return following is not None and following.text[:1].isupper()


def _name_word(token, titles) -> bool:
    text = token.text
    if token.lower_ in titles or token.lower_ in _INITIAL_TOKEN:
        return token.lower_ in _INITIAL_TOKEN
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True  # a middle initial
    return (
        text[:1].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and (token.pos_ in {"PROPN", "NOUN", "X", "ADJ"})
    )
