"""What a name's own words say about its class, for names the NER missed or mislabelled.

The bundled NER is weak on names it never saw (training/REPORT.md: it calls "Ostrava Bank" a
place and "Dana Reyes" an organisation), and a wrong class makes wrong facts. Often a name's
own words settle its class:

- the last word is an organisation word or a legal suffix ("Zenith Holdings", "Ostrava Bank",
  "Castellan Corp"; kg/lexicon/organisation_name_words.txt, org_suffixes.txt): ORG;
- one word written in CamelCase ("FlickStream"), not a surname prefix (McCarthy, DeSantis): ORG;
- two or three capitalised words starting with a given name ("Dana Reyes", "Dana J. Reyes";
  kg/lexicon/given_names.txt), none of them an organisation word: PERSON.

A name is a *chain*: adjacent capitalised words, ended by punctuation, a possessive, a lower-case
word or a title word ("Orbital Systems CEO Dana Reyes" holds two chains). Two mention steps use
it: `kg.entities.repair.repair_mentions` (an NER mention inside a chain grows to the whole
chain and takes the class the chain's words give) and `kg.entities.backstops.cued_names`
(chains that no mention covers become mentions when their words give a class).

Names known from GUM (kg/lexicon/known_entities.tsv) keep their known class.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.entities.known import KNOWN_LABELS, known_classes
from kg.entities.mention import Mention
from kg.entities.names_with_and import through_and
from kg.entities.organisation_cues import organisation_cue
from kg.entities.place_cues import place_cue
from kg.entities.used_things import used_thing
from kg.lexicon import demonyms, known_place_names, rows, words
from kg.nlp.syntax import hyphen_inside_word, per_doc
from kg.nlp.tokens import TokenStrings, token_strings

_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'")


_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}  # fmt: skip


NAME_PARTICLES = frozenset({"van", "von", "de", "da", "der", "den", "del", "della", "di", "du"})
NAME_PARTICLES |= {"dos", "das", "ter", "bin", "ibn"}
_CONNECTORS = {"&", "of", "for"}  # not "and": "Acme Bank and Zeno Media" are two


_MAX_PERSON_WORDS = 3


@cache
def organisation_words() -> frozenset[str]:
    return words("organisation_name_words.txt") | words("org_suffixes.txt")


@cache
def _given_names() -> frozenset[str]:
    places = set(known_place_names())
    places |= {name.lower() for item in demonyms().items() for name in item}
    places |= {name.split()[0].lower() for name in words("place_names.txt")}
    return frozenset(
        name
        for name in (entry.lower() for entry in words("given_names.txt"))
        if name not in places and name not in _MONTHS
    )


def is_given_name(word: str) -> bool:
    """A listed first name that names no place, accents aside ("Léa" as "Lea")."""
    lowered = word.lower()
    folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return lowered in _given_names() or folded in _given_names()


def class_from_words(names: list[str]) -> str | None:
    """The NER label a name's words point to ("ORG", "PERSON"), or None when they do not."""
    if not names:
        return None
    lowered = [name.lower() for name in names]
    org_words = organisation_words()
    if (
        len(names) >= 2
        and lowered[-1] in org_words
        and not all(word in org_words for word in lowered)
    ):
        return "ORG"
    if len(names) == 1 and _camel_case(names[0]):
        return "ORG"
    if len(names) >= 2 and lowered[-1] in _PLACE_KIND_ENDS:
        return "LOC"  # "Marion County", "Wesley Township": a first name opens many places
    if (
        2 <= len(names) <= _MAX_PERSON_WORDS
        and lowered[0] in _given_names()
        and not any(word in org_words or word in _PLACE_KIND_ENDS for word in lowered)
        and all(name[:1].isupper() for name in names)
    ):
        return "PERSON"
    if len(names) >= 2 and lowered[-1] in words("facility_words.txt"):
        return "LOC"  # "Ostrander Mausoleum", "Golden Gate Bridge"
    return None


_PLACE_KIND_ENDS = frozenset({"county", "city", "township", "parish", "borough", "province"})


def _camel_case(name: str) -> bool:
    if not name.isalpha() or name.isupper() or name.startswith(_SURNAME_PREFIXES):
        return False
    return name[:1].isupper() and any(ch.isupper() for ch in name[2:])


def _name_word(token: Token) -> bool:
    """A word that can be part of a name chain."""
    text = token.text
    if not text[:1].isupper() or token.lower_ in words("titles.txt"):
        return False
    if text.endswith("."):  # "Inc.", "Corp.", a middle initial "J."
        body = text[:-1]
        return body.isalpha() and (len(body) == 1 or text.lower() in organisation_words())
    if not text.replace("-", "").replace("'", "").isalpha():
        return False
    if _opens_sentence(token) and token.pos_ != "PROPN":
        # "Shares rose": any word is capitalised there; a name goes on into the next word
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        hyphenated = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
        if hyphenated in (["-", "based"], ["-", "owned"]):
            return True  # "Kerrow-based ...": only a name goes before "-based"
        return (
            _nominal(token)
            and token.pos_ != "PROPN"
            and following is not None
            and following.text[:1].isupper()
            and (following.pos_ == "PROPN" or _organisation_name_follows(token))
        ) or _given_name_before_brackets(token)
    return _nominal(token)


def _given_name_before_brackets(token: Token) -> bool:
    """A first name the tagger took for a verb ("Will", "May", "Grant"), then a name and
    brackets: "Will Tarrow (1907 - 1993) was ..." opens a biography, not a question."""
    doc = token.doc
    return (
        token.pos_ in {"AUX", "VERB"}
        and token.i + 2 < len(doc)
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 2].text == "("
    )


def _organisation_name_follows(token: Token) -> bool:
    """The capitalised words after `token` end in an organisation word within three words:
    "Kelby High School is ..." opens with the school's name, not with "Kelby" alone."""
    for after in token.doc[token.i + 1 : token.i + 4]:
        if not after.text[:1].isupper():
            return False
        if after.lower_ in organisation_words():
            return True
    return False


_FUNCTION_POS = {"PRON", "DET", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"}


def _nominal(token: Token) -> bool:
    """Tagged as a noun-like word, or an unknown capitalised word the tagger took for
    something else ("Lusk Media": "Lusk" tagged as a preposition): not a stop word."""
    if token.pos_ in {"PROPN", "NOUN", "ADJ", "X"}:
        return True
    return token.pos_ not in _FUNCTION_POS and not token.is_stop


def _opens_sentence(token: Token) -> bool:
    """First word of a sentence by its punctuation (the parser's boundaries split names)."""
    if token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.text in {".", "!", "?", ":", ";", '"', "“", "”", "—", "–"} or previous.is_space


def chain_around(token: Token) -> Span | None:
    """The chain of name words that holds `token`, or None when it is not a name word."""
    doc = token.doc
    chains = per_doc(doc, "kg.entities.name_cues.chains", _new_memo)
    if token.i not in chains:
        chains[token.i] = _chain_bounds(doc, token.i)
    found = chains[token.i]
    return None if found is None else doc[found[0] : found[1]]


def _new_memo(_doc: Doc) -> dict:
    """An empty per-Doc memo (token index -> what a scan found there)."""
    return {}


def _chain_bounds(doc: Doc, i: int) -> tuple[int, int] | None:
    """`chain_around(doc[i])` as token bounds (kept per Doc: each scan asks again)."""
    strings = token_strings(doc)
    if not _name_word_at(doc, strings, i):
        return None
    start = i
    while start > 0 and (
        _name_word_at(doc, strings, start - 1) or _particle_between(doc, strings, start - 1)
    ):
        start -= 1
    end = i + 1
    while end < len(doc) and (
        _name_word_at(doc, strings, end) or _particle_between(doc, strings, end)
    ):
        end += 1
    # "Bank of Lisbon", "Hollis & Brandt", "National Library of the Netherlands": an
    # organisation word may go on through a connector (and "the")
    after = end + 2 if end + 2 < len(doc) and strings.lower[end + 1] == "the" else end + 1
    if (
        after < len(doc)
        and strings.lower[end] in _CONNECTORS
        and strings.lower[end - 1] in organisation_words()
        and _name_word_at(doc, strings, after)
    ):
        end = after + 1
        while end < len(doc) and _name_word_at(doc, strings, end):
            end += 1
    end = through_and(doc, start, end, lambda k: _name_word_at(doc, strings, k))
    if start > 1 and strings.lower[start - 1] == "and" and _name_word_at(doc, strings, start - 2):
        before = _chain_bounds(doc, start - 2)  # "Parks and Harbours Board" from "Board"
        if before is not None and before[1] >= end:
            return before
    return start, end


def _particle_between(doc: Doc, strings: TokenStrings, i: int) -> bool:
    """A surname's particle between two name words: "Lieke van Os", "Rodrigo Valverde da
    Cunha", "Konrad von Hallwitz"."""
    return (
        strings.lower[i] in NAME_PARTICLES
        and 0 < i < len(doc) - 1
        and _name_word_at(doc, strings, i - 1)
        and _name_word_at(doc, strings, i + 1)
        and strings.lower[i - 1] not in organisation_words()
    )


def _name_word_at(doc: Doc, strings: TokenStrings, i: int) -> bool:
    """`_name_word(doc[i])`, with the Token made only for a capitalised word (kept per Doc)."""
    if not strings.text[i][:1].isupper():
        return False
    known = per_doc(doc, "kg.entities.name_cues.name_words", _new_memo)
    found = known.get(i)
    if found is None:
        found = known[i] = _name_word(doc[i])
    return found


def adjective_title_before(chain: Span) -> Span:
    """An organisation's name may open with a title word used as an adjective ("General
    Motors", "General Mills"), which `_name_word` leaves out of chains: the chain with it."""
    doc = chain.doc
    before = doc[chain.start - 1] if chain.start > 0 else None
    if (
        before is not None
        and before.pos_ == "ADJ"
        and before.text[:1].isupper()
        and before.lower_ in words("titles.txt")
    ):
        return doc[chain.start - 1 : chain.end]
    return chain


_NAME_OF = {"of", "de", "del", "della", "di", "du", "des", "der", "do", "da"}


def opens_with_organisation_word(span: Span) -> bool:
    """'Colegio de San Telmo', 'Bank of Tallinn', 'Museo del Prado': an organisation word,
    then "of" (in the languages names keep), then the rest of the name."""
    return (
        len(span) >= 3
        and span[0].text[:1].isupper()
        and span[0].lower_ in organisation_words()
        and span[1].lower_ in _NAME_OF
    )


# words that name an institution only before "of" ("the Court of Appeal", "the Office of
# Management"; "Earls Court" is a place)
_INSTITUTION_BEFORE_OF = frozenset({"court", "office"})


def organisation_word_before_of(span: Span) -> bool:
    """'Central Bank of Portugal', 'National Museum of Ireland', 'Newfoundland and Labrador
    Court of Appeal': capitalised words (or "and" between them), the last an organisation
    word, then "of" and the rest of the name ("Gulf of Mexico" is none)."""
    for k in range(1, len(span) - 2):
        word = span[k].lower_
        if span[k + 1].lower_ in _NAME_OF and (
            word in organisation_words() or word in _INSTITUTION_BEFORE_OF
        ):
            return all(t.text[:1].isupper() or t.lower_ in {"and", "&"} for t in span[: k + 1])
    return False


# words before "Games" that make a sports event of it, not a company ("Rockstar Games")
_GAMES_EVENTS = frozenset(
    {"olympic", "paralympic", "commonwealth", "asian", "pan", "youth", "summer", "winter"}
    | {"world", "mediterranean", "african", "european", "island", "invictus"}
)


@cache
def _club_marks() -> frozenset[str]:
    return frozenset(row[0] for row in rows("club_abbreviations.txt"))


@cache
def _club_closing_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows("club_closing_words.txt"))


def club_marked(chain: Span) -> bool:
    """A club's abbreviation opens or closes the name (kg/lexicon/club_abbreviations.txt),
    or a club's word closes it ("Leeds United": club_closing_words.txt)."""
    if len(chain) < 2:
        return False
    return bool({chain[0].text, chain[-1].text} & _club_marks()) or (
        chain[-1].text in _club_closing_words()
    )


def is_club_mark(word: str) -> bool:
    """A club's abbreviation as written ("FK", "SK"; kg/lexicon/club_abbreviations.txt)."""
    return word in _club_marks()


def chain_class(chain: Span) -> str | None:
    known = known_classes().get(chain.text)
    if known:
        return KNOWN_LABELS[known]
    if club_marked(chain):
        return "ORG"  # "FK Tornesvik", "Brannvik BK": a sports club
    if chain[-1].lower_ == "games" and any(t.lower_ in _GAMES_EVENTS for t in chain):
        return None  # "the 2004 Summer Olympic Games": an event
    names = [token.text for token in chain if token.lower_ not in _CONNECTORS]
    if len(names) > 1 and chain[-1].lower_ in organisation_words():
        return "ORG"  # "Bank of Lisbon": the organisation word need not come last
    if chain[0].lower_ in organisation_words() and any(t.lower_ in _CONNECTORS for t in chain):
        return "ORG"
    if organisation_word_before_of(chain):
        return "ORG"  # "Otto Reinhardt University of Munich": not a person's name
    return class_from_words(names)


def ends_like_a_persons_name(chain: Span) -> bool:
    """No person is called by a plural that is no surname ("Farmers", "Owls"; surnames.txt
    holds "Torres") or by a noun for a government; an unknown word ("Quarrick", "Tavakoli")
    may be a surname. The tagger's plural is a guess (it tags some surnames one in some
    sentences), so this only keeps an organisation the NER tagged as a whole."""
    last = chain[-1]
    lowered = last.lower_
    if lowered in words("surnames.txt") or lowered in _given_names():
        return True
    plural = last.tag_ in {"NNS", "NNPS"} and lowered.endswith("s")
    return not plural and lowered not in words("government_nouns.txt")


def surnames_of(mentions: list[Mention]) -> set[str]:
    return {
        m.anchor.split()[-1] for m in mentions if m.label in {"PERSON", "PER"} and " " in m.anchor
    }


def used_thing_label(token: Token, label: str, surnames: set[str]) -> str:
    """ORG for a one-word name that is used, deleted or described as an organisation; LOC
    for one that something is based in."""
    if token.text in surnames or token.lower_ in _given_names():
        return label
    if used_thing(token) or organisation_cue(token):
        return "ORG"
    return "LOC" if place_cue(token) else label


_HYPHEN_CUES = {"based", "owned"}  # "San Marco-based", "Kestrel-owned": the cue, not the name


def in_hyphenated_word(chain: Span) -> bool:
    """The chain is glued by a hyphen to a word before or after it: "Wi" and "Fi" of "its
    Wi-Fi network" are not names, whatever the organisation noun after them says."""
    doc = chain.doc
    glued_after = (
        hyphen_inside_word(doc, chain.end) and doc[chain.end + 1].lower_ not in _HYPHEN_CUES
    )
    return glued_after or hyphen_inside_word(doc, chain.start - 1)
