"""The syntactic roles of the words around a trigger: which tokens fill a verb's agent and
patient, a relational noun's holder and of-argument, the place of an in- or to-phrase.

One function per role, the same for every relation kind: `kg/lexicon/relation_triggers.tsv`
says which roles of which trigger word make the subject and object of which relation, so a
new kind of relation is a line of data, not a new rule. Passives, participles ("X, founded
by Y"), relative clauses ("X, which owns Y"), appositions ("X, a unit of Y"), copulas ("X is
a unit of Y", "X became a division of Y"), possessives ("Y's subsidiary X"), names after a
noun ("Y co-founder X") and coordination ("X and Z founded Y") are read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.entities.mention import PLACE_KIND_NOUNS
from kg.lexicon import words
from kg.nlp.syntax import (
    CLAUSAL_MODIFIER,
    OBJECT,
    agents,
    apposed_name,
    dep,
    is_passive,
    kids,
    objects,
    passive_subjects,
    possessors,
    prep_objects,
    subjects,
    with_conjuncts,
)

COPULAR_VERBS = {"be", "become", "remain"}
HOLDING_VERBS = {"have", "keep", "maintain", "move", "relocate", "open"}
NAMING_VERBS = {"elect", "name", "appoint", "make", "choose", "select"}
NAME_BEFORE = {"compound", "nmod:desc", "appos", "flat"}
PREPOSITION_ROLES = {"in", "to", "for", "at", "with"}


def relative_antecedent(token: Token) -> Token:
    """'which'/'that'/'who'/'whom' in a relative clause stands for the noun the clause
    modifies, or for what that noun describes when it follows a copula."""
    if token.lower_ in {"which", "that", "who", "whom"}:
        clause = token.head
        while dep(clause) not in {"acl:relcl", "relcl"} and clause.head.i != clause.i:
            clause = clause.head
        if dep(clause) not in {"acl:relcl", "relcl"}:
            return _before_comma(token)  # the parse made no relative clause of it
        noun = clause.head
        if kids(noun, {"cop"}) and (described := subjects(noun)):
            return described[0]  # "X is a footballer who plays for Y": X plays for Y
        return noun
    return token


def _before_comma(token: Token) -> Token:
    """ "Jane Roe, who founded Vessa Bank," parsed with "founded" hanging on the main verb:
    the name right before the comma; else the word itself (it then names nothing)."""
    doc = token.doc
    i = token.i - (token.i > 0 and doc[token.i - 1].pos_ == "ADP")  # ", with whom"
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN":
        return doc[i - 2]
    return token


def co_prefixed(token: Token) -> Token | None:
    """The "co" of "co-founded"/"co-founder" written as three tokens, or None."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in {"-", "–"} and doc[token.i - 2].lower_ == "co":
        return doc[token.i - 2]
    return None


def verb_role(verb: Token, role: str) -> list[Token]:
    """The tokens filling one role of a verb (see the module docstring)."""
    prefix = co_prefixed(verb)  # "X co-founded Y": the parser hangs X on "co"
    clause = [verb] if prefix is None else [verb, prefix]
    passive = any(is_passive(t) for t in clause)
    if role == "agent":
        found = agents(verb) if passive else subjects(verb)
        if not found and prefix is not None:
            found = subjects(prefix)
        return [relative_antecedent(t) for t in found]
    if role == "patient":
        if not passive:
            return objects(verb)
        found = [t for token in clause for t in passive_subjects(token)]
        if not found and dep(verb) in CLAUSAL_MODIFIER | {"amod"}:
            found = with_conjuncts([verb.head])  # "X, founded by Y", "the Y-founded X"
            if verb.head.pos_ == "NOUN" and kids(verb.head, {"cop"}):
                found = subjects(verb.head) or found  # "X is a company based in Y"
        return [relative_antecedent(t) for t in found]
    return place_role(verb, role) if role in PREPOSITION_ROLES else []


def place_role(token: Token, role: str) -> list[Token]:
    """The objects of the preposition a role names ("in", "for", "at"); a to-phrase also
    anywhere below the token's clause ("moved its headquarters from A to B" hangs "to B"
    under A)."""
    found = [_named_place(t) for t in prep_objects(token, {role})]
    if role == "for":  # "played for two seasons for X": "for X" hung on the duration
        found += [t for d in found if _duration(d) for t in prep_objects(d, {"for"})]
    if not found and role == "for":  # "plays as a midfielder for X": "for X" on "midfielder"
        for role_noun in prep_objects(token, {"as"}):
            found += prep_objects(role_noun, {"for"})
    if role == "to":
        for below in token.subtree if not found else ():
            if below.i != token.i:
                found.extend(prep_objects(below, {"to"}))
    return found


_DURATION_NOUNS = frozenset({"season", "year", "month", "week", "decade", "term", "spell"})


def _duration(token: Token) -> bool:
    """A span of time ("one season", "two years"): what "for" gives it is no role."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _DURATION_NOUNS


def _named_place(token: Token) -> Token:
    """The name in "the city of Cedar Bluff", "the state of Texas", "the Boston suburb of
    Newton"; else the token itself."""
    if token.lemma_.lower() in PLACE_KIND_NOUNS:
        named = [t for t in prep_objects(token, {"of"}) if t.pos_ == "PROPN"]
        if named:
            return named[0]
    return token


def noun_role(noun: Token, role: str) -> list[Token]:
    """The tokens filling one role of a relational noun (see the module docstring)."""
    if role == "holder":
        return noun_holders(noun)
    if role == "of":
        found = [*prep_objects(noun, {"of"}), *possessors(noun)]
        found += [t for t in kids(noun, {"compound"}) if t.pos_ == "PROPN" and t.i < noun.i]
        for conjunct in _coordinated_nouns(noun) if not found else ():  # "founder and
            found += prep_objects(conjunct, {"of"})  # chairman of X": X for both nouns
        return found or _named_before(noun)
    if role == "modifier":  # "a Glasgow company"
        return [t for t in kids(noun, {"compound"}) if t.i < noun.i]
    if role in PREPOSITION_ROLES:
        found = place_role(noun, role)
        if not found and dep(noun) in OBJECT and noun.head.lemma_.lower() in HOLDING_VERBS:
            found = place_role(noun.head, role)
        return found
    return []


def _coordinated_nouns(noun: Token) -> list[Token]:
    """The nouns coordinated with `noun`: its conjuncts, or the noun right after "and"
    (and its modifiers), which parsers also take for a second apposition ("X, founder and
    executive chairman of Y")."""
    found = list(kids(noun, {"conj"}))
    after = noun.doc[noun.i + 1 : noun.i + 5]
    if len(after) and after[0].lower_ == "and":
        following = next((t for t in after[1:] if t.pos_ == "NOUN"), None)
        if following is not None and following.i not in {t.i for t in found}:
            found.append(following)
    return found


def noun_holders(noun: Token) -> list[Token]:
    """What a relational noun describes: 'X, a unit of Y', 'the founder of Y, X', 'X is a
    unit of Y', 'X became a division of Y', 'Y co-founder X', 'X has its headquarters in Z',
    'X is one of the colleges in Z'."""
    found: list[Token] = []
    apposed = apposed_name(noun) or _titled_list_item(noun)
    if apposed is not None:
        found.append(apposed)
    copular = noun if kids(noun, {"cop"}) else _copular_compound(noun)
    if copular is None and dep(noun) == "conj" and kids(noun.head, {"cop"}):
        # "X is a Canadian director, and founder of Y": a name, not "he" (whom the
        # pronoun stands for is less sure the further the noun is from it)
        found += [t for t in subjects(noun.head) if t.pos_ != "PRON"]
    elif copular is not None:  # "X is the only Danish company to earn the award": X, though
        found += subjects(copular)  # parsers may hang a later name on the noun as apposition
    elif not _listed_argument(noun):  # "a member of A, B, C": C is no holder
        found += kids(noun, {"appos"})[:1]  # a second one is a misparsed list item
    label = dep(noun)
    if label in {"xcomp", "attr"} and noun.head.lemma_.lower() in COPULAR_VERBS:
        found += subjects(noun.head)
    if label in NAME_BEFORE and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
        found.append(noun.head)
    if label in OBJECT and noun.head.lemma_.lower() in HOLDING_VERBS:
        found += subjects(noun.head)
    if label in {"xcomp", *OBJECT} and noun.head.lemma_.lower() in NAMING_VERBS:
        found += passive_subjects(noun.head)  # "X was elected a member of Y"
    if _role_of_serving_verb(noun):
        found += subjects(noun.head)  # "X served as President of Chile"
    found += _known_as(noun)
    if _second_subject(noun) is not None:
        found.append(_second_subject(noun))  # "Acme co-founder Ada Stone left": two "subjects"
    found += _one_of(noun)
    return [relative_antecedent(t) for t in found]


def _titled_list_item(title: Token) -> Token | None:
    """The name a capitalised title after a comma describes where the parser made it a
    list item of the name: "Gareth Millane, Australia's Minister for Trade, said"."""
    head = title.head
    if dep(title) != "list" or title.pos_ != "PROPN" or title.lower_ not in words("titles.txt"):
        return None
    left = title.left_edge  # the parser may give the comma to the phrase
    comma = left.i if left.text == "," else left.i - 1
    after_comma = comma >= 0 and title.doc[comma].text == ","
    return head if after_comma and head.pos_ == "PROPN" and head.i < title.i else None


def _one_of(noun: Token) -> list[Token]:
    """'X is one of the oldest colleges in Norway': what "is one of" describes."""
    head = noun.head
    if head.i == noun.i or head.lower_ != "one" or not kids(head, {"cop"}):
        return []
    if not any(child.lower_ == "of" for child in kids(noun, {"case"})):
        return []
    return subjects(head)


SERVING_VERBS = {"serve", "act", "work", "run", "stand", "win", "contest"}


def _role_of_serving_verb(noun: Token) -> bool:
    """'served as President of Chile', 'acted as a member of the board'."""
    return (
        dep(noun) in {"obl", "xcomp", "advcl"}
        and noun.head.lemma_.lower() in SERVING_VERBS
        and any(child.lower_ == "as" for child in kids(noun, {"case", "mark"}))
    )


def _known_as(noun: Token) -> list[Token]:
    """Who is known as the noun: "X was best known as the lead singer of Y", "X was a
    Scottish singer, best known as ...", "X, best known as the founder of Y,"."""
    known = noun.head
    if dep(noun) != "obl" or known.lower_ != "known" or not kids(noun, {"case"}):
        return []
    if kids(noun, {"case"})[0].lower_ != "as":
        return []
    if dep(known) != "acl":
        return passive_subjects(known)
    described = known.head
    if kids(described, {"cop"}):
        return subjects(described)  # "X was a Scottish singer, best known as"
    return [described] if described.pos_ == "PROPN" else []


def _copular_compound(noun: Token) -> Token | None:
    """A compound before the noun that the parse gave the clause's copula and subject ("X
    is a Methodist day and boarding school in Y": "day" took them from "school")."""
    return next((c for c in kids(noun, {"compound"}) if kids(c, {"cop"})), None)


def _listed_argument(noun: Token) -> bool:
    """The noun's of-argument opens a list ("a member of A, B, C", which parsers hang as A
    <-appos- B and member <-appos- C); "the founder of A, X" has no list."""
    return any(kids(argument, {"appos"}) for argument in prep_objects(noun, {"of"}))


def _second_subject(noun: Token) -> Token | None:
    """The name right after a noun that the parser made a second subject of the same verb."""
    doc, label = noun.doc, dep(noun)
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or following.pos_ != "PROPN" or label not in {"nsubj", "nsubj:pass"}:
        return None
    return following if dep(following) == label and following.head.i == noun.head.i else None


def _named_before(noun: Token) -> list[Token]:
    """'Quillon Robotics co-founder Ravi Menon': the name right before the noun (skipping a
    written "co-"), whatever the parse made of the phrase; only when a name follows too."""
    doc = noun.doc
    start = co_prefixed(noun)
    before = (start.i if start is not None else noun.i) - 1
    if before < 0 or not doc[before].text[:1].isupper():
        return []
    if noun.i + 1 >= len(doc) or not doc[noun.i + 1].text[:1].isupper():
        return []
    return [doc[before]]  # the caller keeps it only if it is part of an entity


def role_tokens(trigger: Token, part: str, role: str) -> list[Token]:
    return verb_role(trigger, role) if part == "VERB" else noun_role(trigger, role)
