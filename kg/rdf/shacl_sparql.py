"""kg's SPARQL-based targets and constraints (shapes/nif.ttl, shapes/documents.ttl) as Python.

pySHACL parses and runs each SPARQL query per validation or per focus node; these functions
compute the same solutions with dict lookups (`DataIndex`). Each is registered under a
fingerprint of the query text it replaces (whitespace-normalised SHA-256), so a query edited
in shapes/ no longer matches and `kg.rdf.shacl_fast` hands the whole validation to pySHACL
until the function here is updated with it (tests/test_shacl_fast.py checks both agree).

The SPARQL operators follow rdflib's: `<` and `!=` use rdflib's own Literal comparison, an
expression error makes a FILTER false. One difference, on malformed data only: offsets that
are numbers but not integers (xsd:decimal "3.0") give no solution here, where rdflib's
SUBSTR fails with a Python error.

Shape by shape (the query in shapes/ is the definition; this is what it computes):
- NewsArticle-iriMatchesHash: each kg:contentHash value whose first 16 characters the
  focus IRI does not end with.
- Span-anchorLength (target and constraint): nif:Phrase/nif:Sentence nodes with an anchor,
  begin and end where begin < end and the anchor's length differs from end - begin.
- Span-anchorText: same nodes whose anchor has the right length but differs from the
  context's nif:isString between the offsets.
- SpanIRIShape: nif:Phrase/Sentence/Context nodes whose IRI does not end with
  #char=BEGIN,END of their own offsets.
- MentionShape target: nif:Phrase nodes that are no node's kg:mention.
- Mention-taClassRef: a phrase's itsrdf:taClassRef that is not a type (or superclass of a
  type) of its typed itsrdf:taIdentRef entity.
- Context-length: a context's nif:endIndex that differs from its nif:isString's length.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator

from rdflib import Literal
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.rdf.shacl_checks import NUMERIC, numbers
from kg.rdf.shacl_index import DataIndex, key
from kg.vocab import ITSRDF, KG, NIF

Bindings = dict[str, Node]
Solution = tuple[Node | None, Bindings]  # (?value, the other variables)
TargetFn = Callable[[DataIndex], Iterator[Node]]
ConstraintFn = Callable[[DataIndex, Node, Node | None], Iterator[Solution]]

_NUMERIC = NUMERIC
BEGIN, END, ANCHOR = str(NIF.beginIndex), str(NIF.endIndex), str(NIF.anchorOf)
CONTEXT, IS_STRING, IDENT = str(NIF.referenceContext), str(NIF.isString), str(ITSRDF.taIdentRef)
TYPE, MENTION = str(RDF.type), str(KG.mention)
_XSD_DTS = _NUMERIC | {XSD.string, XSD.boolean, XSD.dateTime, XSD.date}


def fingerprint(query: str) -> str:
    """The registry key of a SPARQL query: its text with whitespace normalised."""
    return hashlib.sha256(" ".join(query.split()).encode("utf-8")).hexdigest()[:16]


def _integer(node: Node) -> int | None:
    """The value of a numeric literal when it is an integer (rdflib's `numeric`), else None."""
    if not isinstance(node, Literal) or node.datatype not in _NUMERIC:
        return None
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def _less(a: Node, b: Node) -> bool:
    """SPARQL `a < b` as rdflib evaluates it; an error is false."""
    if not isinstance(a, Literal) or not isinstance(b, Literal):
        return False
    pair = numbers(a, b)
    if pair is not None:  # rdflib's own fast path for numbers
        return bool(pair[0] < pair[1])
    if a.datatype not in _XSD_DTS and a.datatype and b.datatype not in _XSD_DTS and b.datatype:
        return False
    try:
        result = a.__lt__(b)
    except TypeError:
        return False
    return isinstance(result, bool) and result


def _spans(index: DataIndex, classes: tuple[Node, ...]) -> set[Node]:
    found: set[Node] = set()
    for cls in classes:
        found |= index.direct_instances(cls)
    return found


def _offsets(index: DataIndex, node: Node) -> list[tuple[Node, Node, int, int]]:
    """(begin, end, begin value, end value) with integer offsets and begin < end, read
    once per node and data graph (two targets and two constraints ask for every span)."""
    known = index.memo.setdefault("offsets", {})
    node_key = key(node)
    found = known.get(node_key)
    if found is None:
        found = known[node_key] = _read_offsets(index, node)
    return found


def _read_offsets(index: DataIndex, node: Node) -> list[tuple[Node, Node, int, int]]:
    found = []
    for begin in index.values(node, BEGIN):
        for end in index.values(node, END):
            b, e = _integer(begin), _integer(end)
            if b is not None and e is not None and _less(begin, end):
                found.append((begin, end, b, e))
    return found


# ---- NewsArticle-iriMatchesHash ----


def iri_matches_hash(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    for value in index.values(this, path):
        if not str(this).endswith(str(value)[:16]):
            yield value, {}


# ---- Span-anchorLength ----


def _length_mismatches(index: DataIndex, node: Node, path: Node) -> Iterator[Solution]:
    for value in index.values(node, path):
        length = len(str(value))
        for begin, end, b, e in _offsets(index, node):
            if length != e - b:
                span = Literal(e - b)
                yield value, {"length": Literal(length), "begin": begin, "end": end, "span": span}


def anchor_length_target(index: DataIndex) -> Iterator[Node]:
    for node in _spans(index, (NIF.Phrase, NIF.Sentence)):
        if next(_length_mismatches(index, node, ANCHOR), None) is not None:
            yield node


def anchor_length(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    yield from _length_mismatches(index, this, path)


# ---- Span-anchorText ----


def _text_mismatches(index: DataIndex, node: Node, path: Node) -> Iterator[Solution]:
    for value in index.values(node, path):
        anchor = str(value)
        for begin, end, b, e in _offsets(index, node):
            if len(anchor) != e - b:
                continue
            for context in index.values(node, CONTEXT):
                for text in index.values(context, IS_STRING):
                    actual = index.plain(text)[b:e]
                    if actual != anchor:
                        yield value, {"begin": begin, "end": end, "actual": Literal(actual)}


def anchor_text_target(index: DataIndex) -> Iterator[Node]:
    for node in _spans(index, (NIF.Phrase, NIF.Sentence)):
        if next(_text_mismatches(index, node, ANCHOR), None) is not None:
            yield node


def anchor_text(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    yield from _text_mismatches(index, this, path)


# ---- SpanIRIShape ----


def _iri_mismatches(index: DataIndex, node: Node) -> Iterator[Solution]:
    for begin in index.values(node, BEGIN):
        for end in index.values(node, END):
            if not str(node).endswith(f"#char={begin},{end}"):
                yield None, {"begin": begin, "end": end}


def span_iri_target(index: DataIndex) -> Iterator[Node]:
    for node in _spans(index, (NIF.Phrase, NIF.Sentence, NIF.Context)):
        if next(_iri_mismatches(index, node), None) is not None:
            yield node


def span_iri(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    yield from _iri_mismatches(index, this)


# ---- MentionShape ----


def mention_target(index: DataIndex) -> Iterator[Node]:
    for node in index.direct_instances(NIF.Phrase):
        if not index.subjects_of(MENTION, node):
            yield node


# ---- Mention-taClassRef ----


def _class_mismatches(index: DataIndex, node: Node, path: Node) -> Iterator[Solution]:
    for value in index.values(node, path):
        for entity in index.values(node, IDENT):
            types = index.values(entity, TYPE)
            if types and not any(key(value) in index.superclasses(t) for t in types):
                yield value, {"entity": entity}


def ta_class_target(index: DataIndex) -> Iterator[Node]:
    for node in index.direct_instances(NIF.Phrase):
        if next(_class_mismatches(index, node, ITSRDF.taClassRef), None) is not None:
            yield node


def ta_class(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    yield from _class_mismatches(index, this, path)


# ---- Context-length ----


def _differs(value: Node, length: Literal) -> bool:
    """SPARQL `?value != ?length` as rdflib evaluates it; an error is false."""
    try:
        return bool(value.neq(length))
    except TypeError:
        return False


def context_length(index: DataIndex, this: Node, path: Node | None) -> Iterator[Solution]:
    for value in index.values(this, path):
        for text in index.values(this, IS_STRING):
            length = Literal(len(index.plain(text)))
            if _differs(value, length):
                yield value, {"length": length}


# Query fingerprints (see `fingerprint`) -> the function computing the same solutions.
TARGETS: dict[str, TargetFn] = {
    "fdf7209feeb42e12": anchor_length_target,
    "52c2e890da365b19": anchor_text_target,
    "aefac7452661df8a": span_iri_target,
    "f57feb9d2a0beeb2": mention_target,
    "f4b18608c2e7af76": ta_class_target,
}
CONSTRAINTS: dict[str, ConstraintFn] = {
    "24b8f2c0f7d6d243": iri_matches_hash,
    "4e8313dcd3e3d7a9": anchor_length,
    "76ac9f14fc89d030": anchor_text,
    "8e89d45cc0b97e67": span_iri,
    "622012e8d4af3bf5": ta_class,
    "34bb1565f628ba92": context_length,
}
