"""Dependency-parse accessors that work for both label schemes kg meets.

kg's bundled pipeline uses Universal Dependencies labels (nsubj:pass, obj, obl + case,
nmod:poss, flat, acl:relcl); spaCy's en_core_web_* pipelines use ClearNLP labels (nsubjpass,
dobj, prep + pobj, poss, agent, relcl, neg). The relation, event and quotation rules ask
questions through these functions only, so one rule serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.strings import StringStore
from spacy.tokens import Doc, Token

T = TypeVar("T")

SUBJECT = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"}
OBJECT = {"obj", "dobj"}
OBLIQUE = {"obl", "nmod", "obl:agent", "obl:tmod", "obl:npmod", "nmod:npmod", "nmod:tmod"}
POSSESSIVE = {"nmod:poss", "poss"}
APPOSITION = {"appos"}
NAME_PARTS = {"compound", "flat", "flat:name", "appos", "nmod:poss", "poss", "amod", "nmod"}
RELATIVE_CLAUSE = {"acl:relcl", "relcl"}
CLAUSAL_MODIFIER = {"acl", "acl:relcl", "relcl"}
CLAUSAL_COMPLEMENT = {"ccomp", "xcomp", "parataxis"}
NEGATION_WORDS = {"not", "n't", "never", "no"}
MODALS = {"should", "could", "would", "might", "may", "must", "shall", "will", "can", "'ll"}


def dep(token: Token) -> str:
    """The dependency label in lower case (cached by label id: rules ask for it often)."""
    name = _LOWER.get(token.dep)
    if name is None:
        name = _LOWER[token.dep] = token.dep_.lower()
    return name


def lower_of(strings: StringStore, string_id: int) -> str:
    """The string a hash stands for, in lower case ("" for 0): for ids from doc.to_array."""
    text = _LOWER.get(string_id)
    if text is None:
        text = _LOWER[string_id] = strings[string_id].lower() if string_id else ""
    return text


_LOWER: dict[int, str] = {}  # string id -> the string in lower case (ids are global hashes)


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, once per Doc (kept in its user_data): for what rules ask of every token."""
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]


def is_apposition(token: Token) -> bool:
    """An apposition, as parsed or as misparsed (`apposed_name`)."""
    return apposed_name(token) is not None


def apposed_name(token: Token) -> Token | None:
    """The word an apposition describes: the head of an `appos`, or the name of what a
    parser misread as something else.

    - "Ada Stone, president of Vexa, said ..." with "president" a `conj` of "Stone": a name
      coordinated with a common noun, set off by a comma and with no conjunction anywhere in
      the coordination, is not a list in news text. A list has its "and" or "or" ("Ada
      Stone, her lawyer and ..."). A common noun the parser made a `list` item of a name
      after a comma is its apposition too.
    - "Marwick Group, the parent company of Fenland, reported ..." with "company" a second
      subject of "reported": a common noun right after a name and a comma, both subjects of
      one verb, is that name's apposition.
    - "... moved from Kessel League, the second football league of Turkey." with "league" a
      `parataxis` of the clause: a noun phrase after a name and a comma that ends the
      sentence is the name's apposition."""
    label = dep(token)
    if label in APPOSITION:
        return _last_conjunct_before(token)
    if token.pos_ != "NOUN" or not _after_comma(token):
        return None
    head = token.head
    if label == "list" and head.pos_ == "PROPN" and head.i < token.i:
        return head  # "Alba Rios, Chile's leading novelist, spoke": parsed as a list item
    if label == "conj" and head.pos_ == "PROPN" and head.i < token.i:
        members = [head, *(child for child in head.children if dep(child) == "conj")]
        if not any(dep(child) == "cc" for member in members for child in member.children):
            return head
        return None
    if label in SUBJECT | PASSIVE_SUBJECT:
        subjects_ = SUBJECT | PASSIVE_SUBJECT
        names = [
            child
            for child in head.children
            if child.i < token.i and child.pos_ == "PROPN" and dep(child) in subjects_
        ]
        # the comma right after the name (the parser may have given it to the name)
        if names and _comma_before(token).i - names[-1].right_edge.i in {0, 1}:
            return names[-1]
    if label == "parataxis":  # "... from Kessel League, the top football league of Turkey."
        comma = _comma_before(token)
        named = token.doc[comma.i - 1] if comma.i > 0 else None
        if named is not None and named.pos_ == "PROPN" and token.right_edge.i >= token.sent.end - 2:
            return named
    return None


def _last_conjunct_before(apposition: Token) -> Token:
    """The name a singular apposition follows: "ByteDance and Vexa, a French company" is
    about Vexa, though parsers hang the apposition on the first conjunct."""
    head = apposition.head
    if "Plur" in apposition.morph.get("Number"):
        return head  # "Acme and Vexa, two French companies"
    between = [c for c in head.children if dep(c) == "conj" and head.i < c.i < apposition.i]
    return between[-1] if between else head


def _comma_before(token: Token) -> Token:
    """The comma that sets the token's phrase off: its first word when the parser gave the
    comma to the phrase, else the word before the phrase."""
    left = token.left_edge
    return left if left.text == "," else token.doc[max(left.i - 1, 0)]


def _after_comma(token: Token) -> bool:
    return _comma_before(token).text == ","


def hyphen_inside_word(doc: Doc, index: int) -> bool:
    """doc[index] is a hyphen with no space on either side ("Wi-Fi", "Chinese-owned")."""
    return (
        0 < index < len(doc) - 1
        and doc[index].text in {"-", "–"}
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
    )


def kids(token: Token, deps: set[str]) -> list[Token]:
    return [child for child in token.children if dep(child) in deps]


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    result = []
    for token in tokens:
        result.append(token)
        result.extend(token.conjuncts)
    return result


def subjects(verb: Token) -> list[Token]:
    """Active subjects, inherited through coordination and control ("plans to ban")."""
    found = kids(verb, SUBJECT)
    if not found and verb.pos_ == "VERB":  # "Lena Ortiz works for": the name made a compound
        found = [c for c in kids(verb, {"compound"}) if c.pos_ == "PROPN" and c.i < verb.i]
    if not found and verb.head.i != verb.i:
        inherits = dep(verb) in {"conj", "xcomp", "advcl"}
        # "was looking at blocking the app": a gerund object of a preposition
        gerund = verb.tag_ == "VBG" and dep(verb).split(":")[0] in {"obl", "pcomp", "advcl"}
        if inherits or gerund:
            return subjects(verb.head)
    return with_conjuncts(found)


def passive_subjects(verb: Token) -> list[Token]:
    return with_conjuncts(kids(verb, PASSIVE_SUBJECT))


def objects(verb: Token) -> list[Token]:
    return with_conjuncts(kids(verb, OBJECT))


def is_passive(verb: Token) -> bool:
    if kids(verb, PASSIVE_SUBJECT) or kids(verb, {"aux:pass", "auxpass"}):
        return True
    # a past participle modifying a noun: "TikTok, owned by ByteDance"
    return dep(verb) in {"acl", "amod"} and verb.tag_ == "VBN"


def prep_objects(token: Token, prepositions: set[str]) -> list[Token]:
    """Objects of the given prepositions attached to `token` (UD case or ClearNLP prep); an
    "object" with a preposition of its own is one ("playing for Acme FC" parsed as obj)."""
    found = []
    for child in token.children:
        label = dep(child)
        if label in {"prep", "agent"} and child.lower_ in prepositions:
            found.extend(kids(child, {"pobj", "pcomp"}))
        elif _marked(child, label, prepositions):
            found.append(child)
    return with_conjuncts(found)


def _marked(child: Token, label: str, prepositions: set[str]) -> bool:
    """An oblique (or nominal modifier, or clause) with one of the prepositions as its case
    marker; or an "object" that starts with one, wherever the parser hung the preposition
    ("playing for Harrow Rovers FC", "for" under "Harrow")."""
    if label.split(":")[0] in {"obl", "nmod", "advcl"}:
        return any(
            dep(case) in {"case", "mark"} and case.lower_ in prepositions for case in child.children
        )
    first = child.left_edge
    return label == "obj" and dep(first) == "case" and first.lower_ in prepositions


def present_tense(verb: Token) -> bool:
    """The clause is in the present: "works", "work", "is working", "is employed" (not
    "worked", "has worked", "was employed", "will work")."""
    if verb.tag_ in {"VBZ", "VBP"} or verb.morph.get("Tense") == ["Pres"] and verb.pos_ == "VERB":
        return True  # the tagger and the morphologiser disagree at times: either will do
    return any(
        dep(child) in {"aux", "aux:pass", "auxpass"}
        and child.lemma_.lower() == "be"
        and child.tag_ in {"VBZ", "VBP"}
        for child in verb.children
    )


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb; UD's obl:agent counts even when the parser hung
    "by" elsewhere ("proposed by Senator X": "by" under "Senator")."""
    marked = prep_objects(verb, {"by"})
    return marked + [c for c in verb.children if dep(c) == "obl:agent" and c not in marked]


def possessors(noun: Token) -> list[Token]:
    return kids(noun, POSSESSIVE)


def copula_subject(token: Token) -> bool:
    """The subject of a copula's noun: "Orlo Labs" of "Orlo Labs is a drug maker"."""
    return dep(token) == "nsubj" and any(dep(child) == "cop" for child in token.head.children)


def is_negated(token: Token) -> bool:
    return any(
        dep(child) == "neg"
        or (dep(child) == "advmod" and child.lower_ in NEGATION_WORDS)
        or (child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children))
        for child in token.children
    )


def modal(verb: Token) -> str | None:
    for child in verb.children:
        if dep(child) in {"aux", "aux:pass"} and child.lower_ in MODALS:
            return child.lower_
    return None


def ancestors_inclusive(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def clause_head(token: Token) -> Token:
    """The nearest verb (or the root) at or above `token`."""
    for candidate in ancestors_inclusive(token):
        if candidate.pos_ in {"VERB", "AUX"} or candidate.dep_ == "ROOT":
            return candidate
    return token.sent.root


def is_past(verb: Token) -> bool:
    if verb.tag_ in {"VBD", "VBN"}:
        return True
    return any(c.lower_ in {"has", "have", "had"} for c in kids(verb, {"aux"}))
