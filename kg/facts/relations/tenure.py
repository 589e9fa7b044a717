"""Whether a post is held, was held or is to be held, as the text says it.

- former: "former CEO", "ex-chairman", "retired as chairman", "stepped down as CEO",
  "who was mayor of Leicester until 2019", "served as CEO until 2019";
- incoming: "incoming CEO", "CEO-designate", "will become chief executive", "will be named";
- otherwise the post is held at the time of writing (kg:Post without kg:tenure): "will
  step down as CEO" is a post still held.

Former and incoming posts are kg:Post nodes with kg:tenure kg:Former or kg:Incoming (and
schema:startDate/endDate where a year is stated); they give no plain schema:jobTitle or
schema:worksFor facts, which say what a person is now.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from spacy.tokens import Token

from kg.facts.assertion import is_future
from kg.lexicon import rows
from kg.nlp.syntax import SUBJECT, dep, kids, prep_objects
from kg.vocab import KG, SCHEMA

LEAVING_VERBS = {"retire", "resign", "quit", "leave", "depart", "step", "exit"}
ENTERING_VERBS = {"become", "join"}


def tenure_of_word() -> dict[str, str]:
    """kg/lexicon/tenure_words.tsv: word -> Former, Incoming or Current."""
    return {row[0]: row[1] for row in rows("tenure_words.tsv")}


def modifier_tenure(words: list[Token]) -> URIRef | None:
    """kg:Former or kg:Incoming from words before or on a title (kg/lexicon/tenure_words.tsv:
    "former", "ex-", "incoming")."""
    said = {tenure_of_word().get(t.lower_.strip("-")) for t in words}
    if "Former" in said:
        return KG.Former
    if "Incoming" in said:
        return KG.Incoming
    return None


def noun_tenure(noun: Token) -> URIRef | None:
    """A title noun's own modifiers and the word before it ("ex-CEO", "CEO-designate")."""
    around = [c for c in noun.children if dep(c) in {"amod", "compound", "advmod"}]
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        around.append(doc[noun.i - 2])
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-":
        around.append(doc[noun.i + 2])
    return modifier_tenure(around)


def verb_tenure(verb: Token) -> URIRef | None | bool:
    """The tenure a clause gives a post named with "as" or as a complement: kg:Former for a
    past leaving ("retired as"), kg:Incoming for a future entering ("will become", "will
    take over as"), None for a post held now ("took over as"), False when the verb says
    nothing of a post."""
    lemma = verb.lemma_.lower()
    if lemma in LEAVING_VERBS:
        if lemma == "step" and not any(c.lower_ == "down" for c in verb.children):
            return False
        return None if is_future(verb) else KG.Former
    if lemma == "serve":
        if any(c.lower_ == "since" for t in verb.children for c in t.children):
            return None
        return KG.Former if verb.tag_ == "VBD" else None
    if lemma in ENTERING_VERBS or _takes_over(verb):
        return KG.Incoming if is_future(verb) else None
    return False


def _takes_over(verb: Token) -> bool:
    """'took over as chief executive', 'will take over as CEO': entering a post."""
    return verb.lemma_.lower() == "take" and any(
        c.lower_ == "over" and dep(c) in {"compound:prt", "prt", "advmod"} for c in verb.children
    )


def copula_tenure(noun: Token) -> URIRef | None:
    """'who was mayor until 2019': a past copula is a post held before."""
    copulas = kids(noun, {"cop"})
    if copulas and any(c.lower_ in {"was", "were"} for c in copulas):
        return KG.Former
    return noun_tenure(noun)


def tenure_dates(*tokens: Token) -> dict[URIRef, Literal]:
    """schema:startDate/endDate from a year after "since"/"until" (and "in" on a leaving
    verb) or "from" (and "to" after it), as xsd:gYear."""
    dates: dict[URIRef, Literal] = {}
    for token in tokens:
        leaving = token.lemma_.lower() in LEAVING_VERBS
        for preposition, key in (("since", SCHEMA.startDate), ("until", SCHEMA.endDate)) + (
            (("in", SCHEMA.endDate),) if leaving else ()
        ):
            for year in prep_objects(token, {preposition}):
                if _year(year):
                    dates.setdefault(key, Literal(year.text, datatype=XSD.gYear))
        for start in (year for year in prep_objects(token, {"from"}) if _year(year)):
            # "chairman of Acme from 1990 to 1995"
            dates.setdefault(SCHEMA.startDate, Literal(start.text, datatype=XSD.gYear))
            for end in (year for year in prep_objects(start, {"to"}) if _year(year)):
                dates.setdefault(SCHEMA.endDate, Literal(end.text, datatype=XSD.gYear))
    return dates


def _year(token: Token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit()


def joining_gerunds(verb: Token) -> list[Token]:
    """A gerund "joining" hung on a person's verb with no subject of its own: "began his
    career at Linz before joining Kessberg EC" (the person joined Kessberg EC)."""
    return [
        child
        for child in verb.children
        if dep(child) == "advcl"
        and child.tag_ == "VBG"
        and child.lemma_.lower() == "join"
        and not any(dep(grand) in SUBJECT for grand in child.children)
    ]
