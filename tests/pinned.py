"""Build a parsed Doc by hand (to pin a parse for a rule test) and run kg's rules on it.

Each token is "word lemma POS TAG dep head" with head a 0-based token index (the root
points at itself). Entities are (start, end, label) token spans.
"""

from __future__ import annotations

import spacy
from rdflib import URIRef
from spacy.tokens import Doc, Span

from kg.entities.mention import mentions_from_doc
from kg.entities.resolve import resolve_document
from kg.facts.statements import Statements, extract_statements
from kg.nlp.pipeline import Piece
from kg.vocab import entity_iri

BASE = "https://example.org/id/"
_VOCAB = spacy.blank("en").vocab


def pinned_doc(rows: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    parts = [row.split() for row in rows]
    words = [p[0] for p in parts]
    spaces = [True] * len(words)
    for i, word in enumerate(words[1:], start=1):
        if word in {",", ".", "'s", "n't", "-", "’s"} or words[i - 1] == "-":
            spaces[i - 1] = False
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[p[1] for p in parts],
        pos=[p[2] for p in parts],
        tags=[p[3] for p in parts],
        deps=[p[4] for p in parts],
        heads=[int(p[5]) for p in parts],
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def run_step(step, rows: list[str], ents: list[tuple[int, int, str]]) -> set[tuple[str, str]]:
    """(anchor, label) of what one mention step returns on a pinned parse with these NER
    entities (kg.entities.mentions.MENTION_STEPS: the revised mentions, or those added)."""
    doc = pinned_doc(rows, ents)
    piece = Piece(0, 0, doc.text)
    mentions = mentions_from_doc(piece, doc, 0)
    return {(m.anchor, m.label) for m in step([(piece, doc)], mentions)}


def run_rules(doc: Doc, metadata: dict | None = None) -> tuple[Statements, dict[URIRef, str]]:
    """Statements for one pinned Doc, plus IRI -> name for reading them."""
    piece = Piece(0, 0, doc.text)
    entities = resolve_document(mentions_from_doc(piece, doc, 0))
    names = {}
    for entity in entities:
        entity.iri = entity_iri(BASE, entity.entity_class, entity.key)
        names[entity.iri] = entity.mentions[0].anchor
    statements = extract_statements(doc.text, [(piece, doc)], entities, metadata or {}, BASE)
    for entity in statements.implied_entities:
        names[entity.iri] = entity.name
    return statements, names


def facts(statements: Statements, names: dict) -> set[tuple[str, str, str]]:
    return {
        (
            names[f.subject],
            f.predicate.split("/")[-1].split("#")[-1],
            names.get(f.object, str(f.object)),
        )
        for f in statements.facts
    }
