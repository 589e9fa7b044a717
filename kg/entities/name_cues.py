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
word or a title word ("Orbital Systems CEO Dana Reyes" holds two chains). Two steps use it:

- `repair_mentions`: an NER mention inside a chain grows to the whole chain ("Maria" ->
  "Maria Duarte", "Corvid" -> "Corvid Analytics") and takes the class the chain's words give;
- `cued_names`: chains that no mention covers become mentions when their words give a class.

Names known from GUM (kg/lexicon/known_entities.tsv) keep their known class.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from kg.entities.mentions import (
    Mention,
    _looks_like_name,
    _span_mention,
    describes_the_next_name,
    organisation_cue,
)
from kg.lexicon import WordKinds, pairs, rows, words
from kg.nlp.syntax import hyphen_inside_word
from kg.vocab import CLASS_BY_LABEL

_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'")
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}  # fmt: skip
_CONNECTORS = {"&", "of", "for"}  # not "and": "Acme Bank and Zeno Media" are two
_MAX_PERSON_WORDS = 3


@cache
def _organisation_words() -> frozenset[str]:
    return words("organisation_name_words.txt") | words("org_suffixes.txt")


@cache
def _given_names() -> frozenset[str]:
    places = {form.lower() for form, _page, cls in rows("known_entities.tsv") if cls == "Place"}
    places |= {alias.lower() for alias in pairs("place_aliases.tsv")}
    places |= {name.lower() for item in pairs("demonyms.tsv").items() for name in item}
    places |= {name.split()[0].lower() for name in words("place_names.txt")}
    return frozenset(
        name
        for name in (entry.lower() for entry in words("given_names.txt"))
        if name not in places and name not in _MONTHS
    )


@cache
def _known_classes() -> dict[str, str]:
    return {form: cls for form, _page, cls in rows("known_entities.tsv")}


_KNOWN_LABELS = {"Person": "PERSON", "Organization": "ORG", "Place": "LOC"}


def class_from_words(names: list[str]) -> str | None:
    """The NER label a name's words point to ("ORG", "PERSON"), or None when they do not."""
    if not names:
        return None
    lowered = [name.lower() for name in names]
    organisation_words = _organisation_words()
    if (
        len(names) >= 2
        and lowered[-1] in organisation_words
        and not all(word in organisation_words for word in lowered)
    ):
        return "ORG"
    if len(names) == 1 and _camel_case(names[0]):
        return "ORG"
    if (
        2 <= len(names) <= _MAX_PERSON_WORDS
        and lowered[0] in _given_names()
        and not any(word in organisation_words for word in lowered)
        and all(name[:1].isupper() for name in names)
    ):
        return "PERSON"
    return None


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
        return body.isalpha() and (len(body) == 1 or text.lower() in _organisation_words())
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
            and (following.pos_ == "PROPN" or following.lower_ in _organisation_words())
        )
    return _nominal(token)


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
    if not _name_word(token):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    end = token.i + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    # "Bank of Lisbon", "Procter & Gamble": an organisation word may go on through a connector
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in _CONNECTORS
        and doc[end - 1].lower_ in _organisation_words()
        and _name_word(doc[end + 1])
    ):
        end += 2
        while end < len(doc) and _name_word(doc[end]):
            end += 1
    return doc[start:end]


def _chain_class(chain: Span) -> str | None:
    known = _known_classes().get(chain.text)
    if known:
        return _KNOWN_LABELS[known]
    names = [token.text for token in chain if token.lower_ not in _CONNECTORS]
    if len(names) > 1 and chain[-1].lower_ in _organisation_words():
        return "ORG"  # "Bank of Lisbon": the organisation word need not come last
    if chain[0].lower_ in _organisation_words() and any(t.lower_ in _CONNECTORS for t in chain):
        return "ORG"
    return class_from_words(names)


_USE_VERB_KINDS = {"remove", "use-verb"}
_USE_NOUN_PREPOSITIONS = {"on": {"ban-noun"}, "of": {"remove-noun", "use"}, "to": {"access"}}


@cache
def _use_words() -> WordKinds:
    """Verbs and nouns whose object is an app or a service: the removal words of
    kg/lexicon/event_words.tsv plus the verbs of using one."""
    kinds: dict[str, set[str]] = {}
    for lemma, kind in rows("event_words.tsv"):
        if kind in {"remove", "remove-noun", "ban-noun"}:
            kinds.setdefault(lemma, set()).add(kind)
    for lemma in ("use", "download", "install", "access", "block", "purge"):
        kinds.setdefault(lemma, set()).update({"use-verb", lemma})
    return WordKinds(kinds)


def _use_kinds(token: Token) -> set[str]:
    return _use_words().of(token.lemma_, token.lower_)


def used_thing(token: Token) -> bool:
    """'delete Quibble', 'download Quibble', 'a ban on Quibble', 'the use of Quibble':
    what is deleted, installed or used is an app or a service, not a person or a place."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.pos_ == "VERB" and _use_kinds(previous) & _USE_VERB_KINDS:
        return True  # "delete Chatterly", however the parser attached the name
    if token.i >= 3:  # "blocked the game Skyfarer": a noun naming what the name is
        verb, determiner, noun = token.doc[token.i - 3 : token.i]
        if (
            verb.pos_ == "VERB"
            and _use_kinds(verb) & _USE_VERB_KINDS
            and determiner.pos_ == "DET"
            and noun.pos_ == "NOUN"
        ):
            return True
    if token.i >= 2:  # "its ban on Skyfarer", however the parser attached the name
        preposition, noun = token.doc[token.i - 1], token.doc[token.i - 2]
        wanted = _USE_NOUN_PREPOSITIONS.get(preposition.lower_, set())
        if noun.pos_ == "NOUN" and _use_kinds(noun) & wanted:
            return True
    head = token.head
    kinds = _use_kinds(head)
    relation = token.dep_.lower()
    if relation in {"obj", "dobj"} and head.pos_ == "VERB":
        return bool(kinds & _USE_VERB_KINDS)
    if relation in {"nmod", "pobj"} and head.pos_ == "NOUN":
        case = (
            token.head
            if relation == "pobj"
            else next((child for child in token.children if child.dep_ == "case"), None)
        )
        if relation == "pobj":
            head = case.head
            kinds = _use_kinds(head)
        preposition = case.lower_ if case is not None else ""
        return bool(kinds & _USE_NOUN_PREPOSITIONS.get(preposition, set()))
    return False


def place_cue(token: Token) -> bool:
    """'Denver-based', 'based in Denver', 'headquartered in Denver': a place."""
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
        and case.lower_ == "in"
        and token.i >= 2
        and doc[token.i - 2].lower_ in {"based", "headquartered"}
    )


def _surnames(mentions: list[Mention]) -> set[str]:
    return {
        m.anchor.split()[-1] for m in mentions if m.label in {"PERSON", "PER"} and " " in m.anchor
    }


def repair_mentions(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """NER mentions grown to their whole chain and relabelled by the chain's words; a
    one-word "person" or "place" that is deleted or used ("delete Quibble") is an app."""
    taken = {(m.piece, i): m for m in mentions for i in range(m.token_start, m.token_end)}
    repaired = []
    surnames = _surnames(mentions)
    for mention in mentions:
        piece, doc = parsed[mention.piece]
        chain = chain_around(doc[mention.token_start])
        if chain is None and mention.token_end - mention.token_start == 1:
            # a one-word name the chain rules do not take ("Brightwave, owned by ..." opening
            # a sentence, tagged as a common noun): only what is done to it can relabel it
            label = mention.label
            if label in {"PERSON", "PER", "LOC", "GPE"} and not _known_classes().get(
                mention.anchor
            ):
                label = _used_thing_label(doc[mention.token_start], label, surnames)
            repaired.append(replace(mention, label=label, entity_class=CLASS_BY_LABEL[label]))
            continue
        if (
            chain is None
            or chain.start > mention.token_start
            or chain.end < mention.token_end
            or any(
                taken.get((mention.piece, i), mention) is not mention
                for i in range(chain.start, chain.end)
            )
        ):
            repaired.append(mention)
            continue
        if not _may_grow(mention, chain):
            repaired.append(mention)
            continue
        label = _chain_class(chain) or mention.label
        if _known_classes().get(mention.anchor):
            label = mention.label
        elif len(chain) == 1 and label in {"PERSON", "PER", "LOC", "GPE"}:
            label = _used_thing_label(chain[0], label, surnames)
        grown = _span_mention(piece, mention.piece, chain, label)
        repaired.append(replace(grown, title=mention.title))
    return [_titled_place_is_person(parsed, mention) for mention in repaired]


def _titled_place_is_person(parsed: list, mention: Mention) -> Mention:
    """A "place" followed by a title in apposition is a person: "according to Ada Stone,
    president of the Orlo Institute" (a place holds no post)."""
    if mention.label not in {"LOC", "GPE"}:
        return mention
    doc = parsed[mention.piece][1]
    after = [t.lower_ for t in doc[mention.token_end : mention.token_end + 4]]
    if after[:1] != [","]:
        return mention
    rest = after[2:] if after[1:2] and after[1] in {"the", "a", "an", "its"} else after[1:]
    if len(rest) >= 2 and rest[0] in words("titles.txt") and rest[1] == "of":
        return replace(mention, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
    return mention


def _may_grow(mention: Mention, chain: Span) -> bool:
    """A mention grows only by proper nouns ("Maria" -> "Maria Duarte") or up to an
    organisation word ("Marlow" -> "Marlow Media"); not by a descriptor ("Fox News TV")."""
    added = [t for t in chain if not mention.token_start <= t.i < mention.token_end]
    if not added:
        return True
    if mention.title and added[0].i < mention.token_start:
        return False  # "State" of "Secretary of State Ada Stone" was cut off as a title
    if added[-1].i == chain.end - 1 and added[-1].lower_ in _organisation_words():
        return True
    return all(t.pos_ == "PROPN" and not t.text.isupper() for t in added)


def _used_thing_label(token: Token, label: str, surnames: set[str]) -> str:
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


def cued_names(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Chains no mention touches whose words give a class: new mentions."""
    taken = {(m.piece, i) for m in mentions for i in range(m.token_start, m.token_end)}
    surnames = _surnames(mentions)
    added = []
    for piece_index, (piece, doc) in enumerate(parsed):
        i = 0
        while i < len(doc):
            chain = chain_around(doc[i])
            if chain is None:
                i += 1
                continue
            label = _chain_class(chain)
            if label is None and len(chain) == 1:
                label = _used_thing_label(chain[0], "", surnames) or None
            if label is None and place_cue(chain[-1]):
                label = "LOC"  # "San Marco-based", "based in New Harbor"
            free = not any((piece_index, t.i) in taken for t in chain)
            free = free and _looks_like_name(chain.text) and not in_hyphenated_word(chain)
            # "Consumer group Fair Screen": the first word describes the name after the noun
            free = free and not (chain[0].is_sent_start and describes_the_next_name(chain[-1]))
            if label and free:
                added.append(_span_mention(piece, piece_index, chain, label))
            i = chain.end
    return added
