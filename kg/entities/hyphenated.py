"""A person's double-barrelled surname, written with a hyphen: "Maren Brandt-Lomholt",
"Alexandria Ocasio-Cortez". The tokenizer splits the hyphen off and the NER's name often
ends before it ("Maren Brandt"), which is another person's name; the mention step here
grows the name over the hyphen and the capitalised word after it.

Only a full name that opens with a first name grows ("the Trump-Kim summit" joins two
people's surnames, not one), and only over a hyphen written without spaces. A short
lower-case word after a short name word is a given name's second syllable ("Seo
Dal-hyun"), unless English joins it to names ("Soto-led", "Obama-era").

The same pair of surnames is no place either: "the Kowal-Berg talks", with Ana Kowal
named in the document, names two people's talks, whatever the NER tagged.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities.mention import Mention, held_tokens, span_mention
from kg.entities.name_cues import is_given_name, surnames_of
from kg.entities.ner_seams import neighbours_joined
from kg.lexicon import words

_HYPHENS = {"-", "‐"}


def with_hyphenated_surnames(parsed: list, mentions: list[Mention]) -> list[Mention]:
    mentions = neighbours_joined(parsed, mentions, _joined_across_hyphen)
    taken = held_tokens(mentions)
    return [_grown(parsed, mention, taken) for mention in mentions]


def _glued_hyphen(doc, i: int) -> bool:
    """doc[i] is a hyphen written without a space on either side ("Brandt-Lomholt")."""
    return (
        0 < i < len(doc)
        and doc[i].text in _HYPHENS
        and not (doc[i - 1].whitespace_ or doc[i].whitespace_)
    )


def _joined_across_hyphen(last: Mention, mention: Mention, piece, doc) -> Mention | None:
    """ "Maren Brandt" and "Lomholt" (the NER's second person) of "Maren Brandt-Lomholt"."""
    hyphen = last.token_end
    if not (
        last.label in {"PERSON", "PER"}
        and mention.label in {"PERSON", "PER"}
        and mention.token_start == hyphen + 1
        and _glued_hyphen(doc, hyphen)
        and " " in last.anchor
        and is_given_name(last.anchor.split()[0])
    ):
        return None
    whole = span_mention(
        piece, mention.piece, doc[last.token_start : mention.token_end], last.label
    )
    return replace(whole, title=last.title)


def _grown(parsed: list, mention: Mention, taken: set) -> Mention:
    piece, doc = parsed[mention.piece]
    words = mention.anchor.split()
    if mention.label not in {"PERSON", "PER"} or len(words) < 2:
        return mention
    first_name = is_given_name(words[0])
    end = mention.token_end
    while (
        end + 1 < len(doc)
        and _glued_hyphen(doc, end)
        and doc[end + 1].is_alpha
        and (mention.piece, end + 1) not in taken
    ):
        after = doc[end + 1]
        if not ((after.text[:1].isupper() and first_name) or _syllable(doc[end - 1], after)):
            break
        end += 2
    if end == mention.token_end:
        return mention
    # the surname after a hyphenated given name: "Marie Sol-Linnea Vatne"
    while end < len(doc) and _flat_name_part(doc[end]) and (mention.piece, end) not in taken:
        end += 1
    grown = doc[mention.token_start : end]
    return replace(span_mention(piece, mention.piece, grown, mention.label), title=mention.title)


def _flat_name_part(token) -> bool:
    """A capitalised proper noun the parse joins to the name before it as its part."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.dep_ == "flat"
        and token.head.i == token.i - 1
    )


# words English joins to a name with a hyphen ("Soto-led", "Obama-era"): not a name's part
_COMPOUND_WORDS = frozenset(
    {"led", "era", "backed", "based", "owned", "born", "style", "like", "type", "made"}
    | {"run", "linked", "funded", "free", "wide", "esque", "ish", "less", "friendly"}
)


def _syllable(before, after) -> bool:
    """A short lower-case word after a short name word: the second syllable of a Korean
    given name ("Seo Dal-hyun", "Moon Jae-in"), not "Soto-led"."""
    return (
        len(before.text) <= 4
        and len(after.text) <= 4
        and after.text.islower()
        and after.lower_ not in _COMPOUND_WORDS
    )


def without_surname_pairs(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Place mentions "A-B" dropped where A or B is the surname of a person the document
    names and no place's word (see the module docstring)."""
    surnames = surnames_of(mentions)
    return [m for m in mentions if not _surname_pair(parsed[m.piece][1], m, surnames)]


def _surname_pair(doc, mention: Mention, surnames: set[str]) -> bool:
    if mention.label not in {"LOC", "GPE"} or mention.token_end - mention.token_start != 3:
        return False
    if not _glued_hyphen(doc, mention.token_start + 1):
        return False
    first, _, second = doc[mention.token_start : mention.token_end]
    places = words("place_words.txt")
    return any(t.text in surnames and t.lower_ not in places for t in (first, second))
