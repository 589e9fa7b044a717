"""A name that speaks is a person's: "Pieter Vos said the figures were wrong", "said Ama
Owusu, who runs the shop". The NER misses names it has not met (foreign given names
above all), and news introduces most people by what they said. So is a name that was born,
married, died or was killed ("Tove Ekberg married Arvid Lundqvist").

Only a name of two or three proper nouns, none of them an organisation's word ("Vessa
Bank said") or a place's ("New Harbor said"), as the subject of a verb that reports speech
by people rather than by institutions (`_PERSONAL_SPEECH`: not "announced", "confirmed" or
"stated", which companies do as often).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from kg.entities.mention import Mention
from kg.entities.name_cues import organisation_words
from kg.lexicon import country_names, demonyms, known_place_names, words
from kg.nlp.syntax import dep
from kg.vocab import CLASS_BY_LABEL

_PERSONAL_SPEECH = frozenset(
    {"say", "tell", "add", "explain", "recall", "insist", "reply", "ask", "admit", "joke"}
    | {"argue", "write", "continue"}
)
_PERSONAL_LIFE = frozenset({"marry", "die"})  # "Tove Ekberg married Arvid Lundqvist"
KILLED_FORMS = frozenset({"killed", "assassinated", "executed", "murdered"})  # a death
_MAX_WORDS = 3


def speaks(chain: Span) -> bool:
    """A name of two or three proper nouns that is the subject of a verb of speech, or of
    "was born", "married", "died", "committed suicide" or "was killed" (see the module
    docstring)."""
    if not proper_name_of_two_or_three(chain):
        return False
    if chain.start > 0 and chain.doc[chain.start - 1].lower_ == "the":
        return False  # "the Vessa Group said"
    lowered = [t.lower_ for t in chain]
    if any(place_or_organisation_word(word) for word in lowered):
        return False
    if " ".join(lowered) in words("place_names.txt"):
        return False  # "New Harbor said"
    root = chain.root
    if dep(root) in {"nsubj:pass", "nsubjpass"}:  # "Tove Ekberg was born in Umea"
        return root.head.lower_ == "born" or root.head.lower_ in KILLED_FORMS
    if dep(root) != "nsubj":
        return False
    verb = root.head
    suicide = verb.lemma_.lower() == "commit" and any(
        c.lemma_.lower() == "suicide" for c in verb.children
    )  # "Arvo Lind committed suicide"
    return suicide or verb.lemma_.lower() in _PERSONAL_SPEECH | _PERSONAL_LIFE


def proper_name_of_two_or_three(chain: Span) -> bool:
    """Two or three proper nouns: the shape of a person's name the NER missed."""
    return 2 <= len(chain) <= _MAX_WORDS and all(t.pos_ == "PROPN" for t in chain)


def place_or_organisation_word(word: str) -> bool:
    return word in organisation_words() or word in country_names() or word in demonyms()


def people_who_speak(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """A place-tagged name that `speaks` is a person's when none of its words names a place
    kg knows ("Tjark Oyelaran said", tagged a place; not "Hong Kong said")."""
    return [
        replace(m, label="PERSON", entity_class=CLASS_BY_LABEL["PERSON"])
        if m.label in {"LOC", "GPE"} and _unknown_speaker(parsed[m.piece][1], m)
        else m
        for m in mentions
    ]


def _unknown_speaker(doc, mention: Mention) -> bool:
    if mention.anchor.lower() in known_place_names():
        return False
    name = doc[mention.token_start : mention.token_end]
    places = words("place_words.txt")
    return not any(t.lower_ in places for t in name) and speaks(name)
