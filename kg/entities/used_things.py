"""What is deleted, installed or used is an app or a service, not a person or a place:
"delete Quibble", "download Quibble", "a ban on Quibble", "the use of Quibble". The words
are the removal words of kg/lexicon/event_words.tsv and the verbs of using one."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.lexicon import WordKinds, rows

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
