"""Names the NER cut in two or ran together at a seam: two people side by side are one
person, a place runs to its first comma.

- `adjacent_people_joined`: "Henrik" and "Olav Brenne", two persons the NER found with
  nothing between them, are one person's name, "Henrik Olav Brenne" (the NER with word
  vectors sometimes ends a name after its first word; two people's names are never
  written side by side without a comma or a word between them); so are two persons
  joined by a hyphen without spaces ("Anne" and "Marie Voss"), a surname's particle
  ("Lieke" and "Os" of "Lieke van Os") or a middle name the NER left out ("Tarjei" and
  "Vold" of "Tarjei K. Vold");
- `places_split_at_commas`: "Tarsdal, Vessby" tagged as one place is two places: a place's
  name holds no comma (the names the NER learnt from end at their first comma);
- `names_split_at_repeated_word`: "Orlo Studios and Orlo Games" is two names;
- `clubs_joined`: "SK" and "Vessby Tarsdal", side by side, are one club;
- `names_through_particles`: "Lieke" of "Lieke van Os" goes on to the surname;
- `names_to_their_heads`: "Dana" of "Dana Pryce" goes on to the word it is part of;
- `organisations_without_trailing_titles`: "Vessby Council Spokesperson" is the council;
- `institutions_of_places`: "Central Bank" + "of" + "Vessland" is one organisation;
- `organisations_through_place_kinds`: "Circuit Court of Tarvik" + "County" is one;
- `organisations_to_closing_bracket`: "(Network for Research and Learning)" is one name.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, capitalised_run, held_tokens, span_mention
from kg.entities.name_cues import is_club_mark, is_given_name, organisation_words
from kg.lexicon import words
from kg.nlp.person_titles import is_person_title

_PEOPLE = {"PERSON", "PER"}
# lower-case words inside surnames ("Lieke van Os", "Ana da Costa")
SURNAME_PARTICLES = frozenset(
    {"van", "von", "de", "du", "der", "den", "da", "di", "del", "della", "la", "le", "ter"}
    | {"ten", "bin", "ibn", "al", "el", "dos", "das"}
)
_PLACES = {"LOC", "GPE"}


def adjacent_people_joined(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Persons whose tokens touch, joined into one person."""
    return neighbours_joined(parsed, mentions, _people_joined)


def _people_joined(last: Mention, mention: Mention, piece, doc) -> Mention | None:
    if not (
        last.label in _PEOPLE
        and mention.label in _PEOPLE
        and _seam(doc, last.token_end, mention.token_start)
    ):
        return None
    if _has_a_title(last):  # "Emeritus Professor" + "Ada Roe": a title, a person
        titled = doc[last.token_end - 1].lower_.rstrip(".") in words("titles.txt")
        return replace(mention, title=last.anchor) if titled else None
    whole = span_mention(
        piece, mention.piece, doc[last.token_start : mention.token_end], last.label
    )
    return replace(whole, title=last.title)


def neighbours_joined(parsed: list, mentions: list[Mention], join) -> list[Mention]:
    """The mentions in text order, where `join(last, mention, piece, doc)` gives the one
    mention that replaces two neighbours of one piece (None: both stay)."""
    joined: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.piece, m.token_start)):
        last = joined[-1] if joined else None
        if last is not None and last.piece == mention.piece:
            piece, doc = parsed[mention.piece]
            whole = join(last, mention, piece, doc)
            if whole is not None:
                joined[-1] = whole
                continue
        joined.append(mention)
    return sorted(joined, key=lambda m: m.start)


def _has_a_title(mention: Mention) -> bool:
    """ "Emeritus Professor", a title the NER took for a person: no first name."""
    return any(
        word.lower().rstrip(".") in words("titles.txt") or is_person_title(word)
        for word in mention.anchor.split()
    )


def _seam(doc, end: int, start: int) -> bool:
    """Nothing between two names, a hyphen written without spaces after a first name
    ("Anne-Marie"), a surname's particle ("van") or a middle name."""
    between = doc[end:start]
    if not len(between):
        return True
    if len(between) != 1:
        return False
    word = between[0]
    hyphen = word.text == "-" and not doc[end - 1].whitespace_ and not word.whitespace_
    # a hyphen after a first name ("Anne-Marie"), not between two surnames ("Trump-Kim")
    hyphen = hyphen and is_given_name(doc[end - 1].text)
    return hyphen or word.text in SURNAME_PARTICLES or _middle_name(word)


def _middle_name(word) -> bool:
    """An initial ("K." of "Tarjei K. Vold") or a capitalised proper noun no mention
    holds ("Kumar" of "Senthil Kumar Rao"): a middle name the NER left out between two parts."""
    if len(word.text) == 2 and word.text[0].isupper() and word.text[1] == ".":
        return True
    return (
        word.pos_ == "PROPN"
        and word.is_alpha
        and word.text[:1].isupper()
        and not word.is_upper
        and word.lower_ not in words("titles.txt")
        and not is_person_title(word.text)
    )


def places_split_at_commas(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Each place mention that holds a comma, cut into the names between its commas."""
    split: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        span = doc[mention.token_start : mention.token_end]
        commas = [t.i for t in span if t.text == ","]
        if mention.label not in _PLACES or not commas:
            split.append(mention)
            continue
        start = mention.token_start
        for end in [*commas, mention.token_end]:
            part = doc[start:end]
            if len(part) and part[0].text[:1].isupper():
                split.append(span_mention(piece, mention.piece, part, mention.label))
            start = end + 1
    return split


def names_split_at_repeated_word(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """ "Orlo Studios and Orlo Games" tagged as one name is two: the word after "and" opens
    the name again."""
    split: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        first = doc[mention.token_start]
        seam = next(
            (
                t.i
                for t in doc[mention.token_start + 1 : mention.token_end - 1]
                if t.lower_ == "and" and doc[t.i + 1].text == first.text
            ),
            None,
        )
        if seam is None:
            split.append(mention)
            continue
        for part in (doc[mention.token_start : seam], doc[seam + 1 : mention.token_end]):
            split.append(span_mention(piece, mention.piece, part, mention.label))
    return split


def clubs_joined(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A club's abbreviation the NER tagged apart from the name beside it ("SK" and
    "Vessby Tarsdal" of "SK Vessby Tarsdal"): one club."""
    return neighbours_joined(parsed, mentions, _club_joined)


def _club_joined(last: Mention, mention: Mention, piece, doc) -> Mention | None:
    touching = last.token_end == mention.token_start
    if not touching or not (_one_club_mark(last) or _one_club_mark(mention)):
        return None
    return span_mention(piece, mention.piece, doc[last.token_start : mention.token_end], "ORG")


def _one_club_mark(mention: Mention) -> bool:
    return mention.token_end - mention.token_start == 1 and is_club_mark(mention.anchor)


_FIRST_PARTICLES = SURNAME_PARTICLES - {"la", "le", "al", "el"}


def names_through_particles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A person's name the NER ended before a surname's particle goes on through it to the
    capitalised surname: "Lieke van Os", "Ana da Costa", "Jan van der Berg"."""
    return _people_grown(parsed, mentions, _through_particle_end)


def _through_particle_end(doc, end: int) -> int | None:
    """The surname's end after the name, or after its last word when the NER ended the name
    on the particle itself ("Lotte van" of "Lotte van Es")."""
    if doc[end - 1].text in _FIRST_PARTICLES:
        return _surname_end(doc, end - 1)
    return _surname_end(doc, end)


def names_to_their_heads(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A person's name the NER ended one word early, where the parse makes the name a
    part of the capitalised word after it ("Dana" of "Dana Pryce", tagged as a noun)."""
    return _people_grown(parsed, mentions, _head_end)


def _head_end(doc, end: int) -> int | None:
    last = doc[end - 1]
    head = last.head
    joined = last.dep_ in {"compound", "flat"} and head.i == end
    return end + 1 if joined and _a_surname_tagged_as_a_noun(head) else None


def _people_grown(parsed: list, mentions: list[Mention], end_of) -> list[Mention]:
    """Persons grown to `end_of(doc, token_end)` (None: as they are), over no other mention."""
    held = held_tokens(mentions)
    grown: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        end = end_of(doc, mention.token_end) if mention.label in _PEOPLE else None
        if end is None or any((mention.piece, i) in held for i in range(mention.token_end, end)):
            grown.append(mention)
            continue
        whole = span_mention(piece, mention.piece, doc[mention.token_start : end], mention.label)
        grown.append(replace(whole, title=mention.title))
    return grown


def _a_surname_tagged_as_a_noun(token) -> bool:
    """A capitalised common noun that is no title, no word for a person and no
    organisation's word: a chain of proper nouns ("Professor", "Bank") grows in
    `repair_mentions` by its own rules."""
    lowered = token.lower_
    return (
        token.pos_ == "NOUN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.text.isupper()
        and lowered not in words("titles.txt")
        and lowered not in words("person_nouns.txt")
        and lowered not in organisation_words()
    )


def _surname_end(doc, at: int) -> int | None:
    """The end of "van Os" or "van der Berg" starting at `at`, if that is what follows."""
    if at >= len(doc) or doc[at].text not in _FIRST_PARTICLES:
        return None
    k = at + 1
    if k < len(doc) and doc[k].text in SURNAME_PARTICLES:
        k += 1
    if capitalised_run(doc, k) == k:
        return None
    k += 1  # the surname, whatever the tagger made of it ("As" of "van As")
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k


def organisations_without_trailing_titles(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An organisation's name the NER ran into the title after it ends before the title:
    "the Vessby Council Spokesperson" names the council ("Office of the President" keeps
    its title, after "the")."""
    cut: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        last = doc[mention.token_end - 1]
        before = doc[mention.token_end - 2] if mention.token_end - mention.token_start > 1 else None
        if (
            mention.label == "ORG"
            and before is not None
            and before.lower_ not in {"of", "the", "and", "for", "to"}
            and (
                last.lower_ in words("titles.txt") or last.lower_ in words("spokesperson_nouns.txt")
            )
        ):
            name = doc[mention.token_start : mention.token_end - 1]
            cut.append(span_mention(piece, mention.piece, name, "ORG"))
            continue
        cut.append(mention)
    return cut


def institutions_of_places(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A name ending in an organisation's word, "of" and a place the NER found apart are one
    organisation: "Central Bank" + "of" + "Vessland"."""
    by_start = {(m.piece, m.token_start): m for m in mentions}
    joined: dict[int, Mention | None] = {}
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        end = mention.token_end
        place = by_start.get((mention.piece, end + 1))
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and doc[end - 1].lower_ in organisation_words()
            and mention.token_end - mention.token_start > 1
            and place is not None
            and place.label in _PLACES
        ):
            whole = doc[mention.token_start : place.token_end]
            joined[id(mention)] = span_mention(piece, mention.piece, whole, "ORG")
            joined[id(place)] = None
    if not joined:
        return mentions
    return [joined.get(id(m), m) for m in mentions if joined.get(id(m), m) is not None]


# the last words of places' names that the NER leaves out of an organisation's "of" phrase
_PLACE_KINDS = frozenset({"county", "city", "township", "parish", "borough", "province"})


def organisations_through_place_kinds(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An organisation's name ending in "of" and a place, which the NER ended before the
    place's kind: "the Circuit Court of Tarvik" + "County" is one name."""
    held = held_tokens(mentions)
    grown: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        end = mention.token_end
        name = doc[mention.token_start : end]
        if (
            mention.label == "ORG"
            and end < len(doc)
            and (mention.piece, end) not in held
            and doc[end].lower_ in _PLACE_KINDS
            and doc[end].text[:1].isupper()
            and any(t.lower_ == "of" for t in name[1:-1])
        ):
            mention = span_mention(piece, mention.piece, doc[mention.token_start : end + 1], "ORG")
        grown.append(mention)
    return grown


_BRACKET_SMALL_WORDS = frozenset({"and", "of", "for", "the", "&", "in", "on", "to"})


def organisations_to_closing_bracket(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """An organisation's name that fills a bracket runs to the bracket's end: the NER's
    "Network for Research" of "(Network for Research and Learning of Tarvik)", where every
    word up to ")" is capitalised or a small word of names ("and", "of", "for", "the") and
    the name holds "of" or "for"."""
    held = held_tokens(mentions)
    grown: list[Mention] = []
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        end = _closing_bracket_end(doc, mention) if mention.label == "ORG" else None
        added = range(mention.token_end, end or 0)
        if end is not None and not any((mention.piece, i) in held for i in added):
            mention = span_mention(piece, mention.piece, doc[mention.token_start : end], "ORG")
        grown.append(mention)
    return grown


def _closing_bracket_end(doc, mention: Mention) -> int | None:
    start, end = mention.token_start, mention.token_end
    if start == 0 or doc[start - 1].text != "(":
        return None
    k = end
    while k < len(doc) and doc[k].text != ")":
        word = doc[k]
        small = word.lower_ in _BRACKET_SMALL_WORDS
        if not (small or (word.is_alpha and word.text[:1].isupper())):
            return None
        k += 1
    if k == end or k >= len(doc) or doc[k - 1].lower_ in _BRACKET_SMALL_WORDS:
        return None
    # a name's own "of" or "for" ("Network for Research and Learning"), not a list of two
    # names ("(Vessa Bank and Tarvik)")
    return k if any(t.lower_ in {"of", "for"} for t in doc[start:k]) else None
