"""A mention step for names the NER took for places (or people) that the sentence uses as
organisations: a team one plays, signs or scores for ("playing for Adler Rotheim", "signed
for Red Hawk Villach"), one a place-tagged name joins ("joined Kessberg EC in 1994"), or one
is a member of ("a member of Reject Despotism"), or one a copula says is an organisation
("Velvet Static was an American punk band", "Sparta Krnov is a football club"), or a
broadcaster a show airs on ("aired on Corvina").

Never a country or a place kg knows by name: "played for Brazil" is its national team and
"joined Vienna" a club named after its city, and both stay places (kg's relation rules
read the national team as the country). A person-tagged name changes only after "member
of": one plays for a person too ("played for Odin Kessler at a wedding").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.entities.backstops import MEMBER_NOUNS
from kg.entities.by_words import NATURE_WORDS  # "the Tolsa Glacier" joins nothing
from kg.entities.known import known_classes
from kg.entities.mention import Mention
from kg.entities.organisation_cues import copula_calls_organisation
from kg.lexicon import country_names, known_place_names, words
from kg.nlp.syntax import copula_subject, dep, prep_objects, subjects
from kg.vocab import CLASS_BY_LABEL

# verbs whose "for" names the team one plays in
_PLAY_VERBS = frozenset({"play", "sign", "score", "appear", "captain", "debut", "feature"})
_MEMBER_NOUNS = frozenset({"member", "members", "co-founder", "cofounder"})
# verbs of broadcasting, and their forms where the lemmatiser errs ("aired" as "aired")
AIR_VERBS = frozenset({"air", "broadcast", "televise"})
AIR_FORMS = frozenset({"aired", "airs", "broadcast", "broadcasts", "televised"})
_PLACE_LABELS = frozenset({"LOC", "GPE"})
_PERSON_LABELS = frozenset({"PERSON", "PER"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def organisations_by_role(parsed: list, mentions: list[Mention]) -> list[Mention]:
    """Place- and person-tagged mentions used as organisations, relabelled ORG."""
    revised = []
    for mention in mentions:
        if mention.label in _PLACE_LABELS | _PERSON_LABELS and not _a_known_place(mention):
            _piece, doc = parsed[mention.piece]
            name = doc[mention.token_start : mention.token_end]
            if _used_as_organisation(name, person=mention.label in _PERSON_LABELS):
                mention = replace(mention, label="ORG", entity_class=CLASS_BY_LABEL["ORG"])
        revised.append(mention)
    return revised


def _a_known_place(mention: Mention) -> bool:
    anchor = mention.anchor.lower()
    if anchor in country_names() or anchor in known_place_names():
        return True
    if anchor.rsplit(" ", 1)[-1] in NATURE_WORDS | words("facility_words.txt"):
        return True
    return (
        " " not in anchor
        and anchor in words("place_words.txt")
        or bool(known_classes().get(mention.anchor))
    )


def _band_before_member(name: Span) -> bool:
    """A name right before a noun for a band's or a team's member and another name: "Velvet
    Static bassist Mira Holt" (the NER took the band for a person)."""
    doc, end = name.doc, name.end
    if end + 1 >= len(doc) or doc[end].lower_ not in MEMBER_NOUNS:
        return False
    return doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()


def _used_as_organisation(name: Span, person: bool) -> bool:
    """The name is a copula's subject and its noun one for an organisation; or the name's
    head is the object of "member of", or (not for a person-tagged name) of
    "for" after a verb of playing, of "with" after "sign", or a person's object of "join"."""
    if _band_before_member(name):
        return True
    root = name.root
    governor = _past_conjuncts(root).head
    if governor.i == root.i:
        return False
    if copula_subject(root):
        return copula_calls_organisation(root)
    lemma = governor.lemma_.lower()
    if lemma in _MEMBER_NOUNS or governor.lower_ in _MEMBER_NOUNS:
        return _object_of(root, governor, {"of"})
    aired = lemma in AIR_VERBS or governor.lower_ in AIR_FORMS
    if aired and _object_of(root, governor, {"on"}):
        return True  # "aired on Corvina": a broadcaster, whatever the NER said
    if person:
        return False
    if lemma in _PLAY_VERBS and _object_of(root, governor, {"for"}):
        return True
    if lemma == "sign" and _object_of(root, governor, {"with"}):
        return True
    if lemma != "join" or dep(root) not in {"obj", "dobj"}:
        return False
    return any(_a_person(subject) for subject in subjects(governor))  # not "the glaciers join"


def _a_person(token: Token) -> bool:
    """A personal pronoun or a word the NER tagged as a person's name."""
    return token.lower_ in _PEOPLE_PRONOUNS or token.ent_type_ in _PERSON_LABELS


def _object_of(root: Token, governor: Token, prepositions: set[str]) -> bool:
    """The root is the governor's object after one of the prepositions, or listed with it
    ("played for Sparta Krnov and Vessa Torun": prep_objects takes in the conjuncts)."""
    return any(found.i == root.i for found in prep_objects(governor, prepositions))


def _past_conjuncts(token: Token) -> Token:
    """The first name of the list the token's name stands in ("Vessa Torun" of "for Sparta
    Krnov and Vessa Torun"), or the token."""
    while dep(token) == "conj" and token.head.i != token.i:
        token = token.head
    return token
