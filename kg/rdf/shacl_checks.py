"""SHACL core constraint components for `kg.rdf.shacl_fast`, each as pySHACL 0.40 checks it.

A check takes the focus node and its value nodes and yields one outcome per result: the
value node that fails, or None for a result without sh:value (sh:minCount, sh:maxCount,
sh:hasValue). Where pySHACL stops with an error (sh:lessThan on a blank node, literals that
cannot be compared), `Fallback` hands the graph to pySHACL, which reports it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from kg.rdf.shacl_index import DataIndex

Outcome = Node | None
Run = Callable[[DataIndex, Node, Iterable[Node]], Sequence[Outcome]]
_NONE: tuple[Outcome, ...] = (None,)


class Unsupported(Exception):
    """The shapes use a construct the fast validator does not implement."""


class Fallback(Exception):
    """This data needs pySHACL itself (it would stop with an error of its own)."""


@dataclass(frozen=True)
class Check:
    component: URIRef
    run: Run


def _count(limit: Node, fails: Callable[[int, int], bool], component: URIRef) -> Check:
    bound = int(limit)

    def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> Sequence[Outcome]:
        return _NONE if fails(len(values), bound) else ()  # type: ignore[arg-type]

    return Check(component, run)


def min_count(_c: Any, _s: Node, obj: Node) -> Check:
    return _count(obj, lambda n, m: n < m, SH.MinCountConstraintComponent)


def max_count(_c: Any, _s: Node, obj: Node) -> Check:
    return _count(obj, lambda n, m: n > m, SH.MaxCountConstraintComponent)


def _all(ok: Callable[[Node], bool]) -> Run:
    def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> Sequence[Outcome]:
        return [value for value in values if not ok(value)]

    return run


def _each(component: URIRef, ok: Callable[[Node], bool]) -> Check:
    return Check(component, _all(ok))


_ACTUAL: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: dt.date,
    XSD.time: dt.time,
    XSD.dateTime: dt.datetime,
}


def _actual(value: Literal, rule: Node) -> bool:
    expected = _ACTUAL.get(rule)
    return expected is None or isinstance(value.value, expected)


def datatype_matches(value: Node, rule: Node) -> bool:
    if not isinstance(value, Literal):
        return False
    if value.datatype == rule:
        return getattr(value, "ill_typed", None) is not True and _actual(value, rule)
    if rule == RDFS.Literal or (rule == RDFS.Datatype and value.datatype):
        return True
    if value.datatype is None and value.language is None and rule == XSD.string:
        return _actual(value, rule)
    return rule == RDF.langString and bool(value.language) and _actual(value, rule)


def datatype(_c: Any, _s: Node, rule: Node) -> Check:
    expected = _ACTUAL.get(rule)
    plain = rule == XSD.string  # a literal without datatype or language is an xsd:string
    general = rule in (RDFS.Literal, RDFS.Datatype, RDF.langString)

    def ok(value: Node) -> bool:  # datatype_matches, the common cases first
        if not isinstance(value, Literal):
            return False
        if value.datatype is None:
            if value.language is None and plain:
                return isinstance(value.value, (str, bytes))
        elif value.datatype == rule:
            if value.ill_typed is True:
                return False
            return expected is None or isinstance(value.value, expected)
        return general and datatype_matches(value, rule)

    return Check(SH.DatatypeConstraintComponent, _all(ok))


_KINDS = {
    BNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
    URIRef: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
}


def node_kind(_c: Any, _s: Node, rule: Node) -> Check:
    def ok(value: Node) -> bool:
        kind = next((k for k in _KINDS if isinstance(value, k)), None)
        return kind is not None and rule in _KINDS[kind]

    return _each(SH.NodeKindConstraintComponent, ok)


def class_(_c: Any, _s: Node, cls: Node) -> Check:
    def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> Sequence[Outcome]:
        return [v for v in values if isinstance(v, Literal) or not index.is_instance(v, cls)]

    return Check(SH.ClassConstraintComponent, run)


def _string(value: Node) -> str:
    """pySHACL's string of a value node (StringBasedConstraintBase.value_node_to_string)."""
    literal = isinstance(value, Literal) and value.value is not None
    if literal and value.datatype in (None, RDF.langString, XSD.string):
        return str(value.value)
    return str(value)


def min_length(_c: Any, _s: Node, obj: Node) -> Check:
    bound = int(obj)

    def ok(value: Node) -> bool:
        return bound == 0 or (not isinstance(value, BNode) and len(_string(value)) >= bound)

    return _each(SH.MinLengthConstraintComponent, ok)


def max_length(_c: Any, _s: Node, obj: Node) -> Check:
    bound = int(obj)
    return _each(
        SH.MaxLengthConstraintComponent,
        lambda v: not isinstance(v, BNode) and len(_string(v)) <= bound,
    )


def pattern(compiler: Any, shape: Node, obj: Node) -> Check:
    if (shape, SH.flags, None) in compiler.graph:
        raise Unsupported("sh:flags")
    regex = re.compile(str(obj))
    return _each(
        SH.PatternConstraintComponent,
        lambda v: not isinstance(v, BNode) and regex.search(_string(v)) is not None,
    )


def in_(compiler: Any, _s: Node, obj: Node) -> Check:
    allowed = set(compiler.items(obj))
    return _each(SH.InConstraintComponent, lambda v: v in allowed)


def has_value(_c: Any, _s: Node, wanted: Node) -> Check:
    def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> Sequence[Outcome]:
        return () if wanted in values else _NONE

    return Check(SH.HasValueConstraintComponent, run)


def _comparable(value: Node) -> Any:
    """A value node as pySHACL's sh:lessThan compares it: IRIs and strings as str."""
    if isinstance(value, BNode):
        raise Fallback("sh:lessThan on a blank node")
    if isinstance(value, URIRef):
        return str(value), True
    if isinstance(value, Literal) and isinstance(value.value, str):
        return value.value, True
    return value, False


def less_than(_c: Any, _s: Node, other: Node) -> Check:
    def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> Sequence[Outcome]:
        failed = []
        for value in values:
            left, left_string = _comparable(value)
            for compared in index.values(focus, other):
                right, right_string = _comparable(compared)
                pair = None if left_string else numbers(value, compared)  # type: ignore[arg-type]
                if pair is not None:  # rdflib's own fast path for two numbers
                    if not pair[0] < pair[1]:
                        failed.append(value)
                    continue
                try:
                    if left_string != right_string or not left < right:
                        failed.append(value)
                except TypeError as error:
                    raise Fallback("sh:lessThan on values that do not compare") from error
        return failed

    return Check(SH.LessThanConstraintComponent, run)


_NUMERIC_NAMES = """integer decimal double float byte int long negativeInteger nonNegativeInteger
    nonPositiveInteger positiveInteger short unsignedByte unsignedInt unsignedLong unsignedShort"""
NUMERIC = frozenset(XSD[name] for name in _NUMERIC_NAMES.split())


def numbers(a: Literal, b: Literal) -> tuple[Any, Any] | None:
    """Both values when rdflib compares the two literals as numbers (its fast path)."""
    if a.datatype in NUMERIC and b.datatype in NUMERIC and not a.ill_typed and not b.ill_typed:
        x, y = a.value, b.value
        if x is not None and y is not None:
            return x, y
    return None


def _compare(l1: Literal, l2: Literal) -> int:
    """pySHACL's rdfutil.compare_literal (numbers compared as rdflib does, directly)."""
    pair = numbers(l1, l2)
    if pair is not None:
        return 0 if pair[0] == pair[1] else 1 if pair[0] > pair[1] else -1
    if l1.eq(l2):
        return 0
    if l1.value.__class__ in (dt.datetime, dt.time):
        if l1.value == l2.value:
            return 0
        if l1.value > l2.value:
            return 1
    elif l1 > l2:
        return 1
    return -1


def _range(bound: Node, ok: Callable[[int], bool], component: URIRef) -> Check:
    bound_string = isinstance(bound, Literal) and isinstance(bound.value, str)

    def passes(value: Node) -> bool:
        if not isinstance(value, Literal) or isinstance(value.value, str) != bound_string:
            return False
        try:
            return ok(_compare(value, bound))  # type: ignore[arg-type]
        except (TypeError, NotImplementedError):
            return False

    return _each(component, passes)


def min_inclusive(_c: Any, _s: Node, obj: Node) -> Check:
    return _range(obj, lambda c: c >= 0, SH.MinInclusiveConstraintComponent)


def max_inclusive(_c: Any, _s: Node, obj: Node) -> Check:
    return _range(obj, lambda c: c <= 0, SH.MaxInclusiveConstraintComponent)


def min_exclusive(_c: Any, _s: Node, obj: Node) -> Check:
    return _range(obj, lambda c: c > 0, SH.MinExclusiveConstraintComponent)


def max_exclusive(_c: Any, _s: Node, obj: Node) -> Check:
    return _range(obj, lambda c: c < 0, SH.MaxExclusiveConstraintComponent)


CHECKS: dict[Node, Callable[[Any, Node, Node], Check]] = {
    SH.minCount: min_count,
    SH.maxCount: max_count,
    SH.datatype: datatype,
    SH.nodeKind: node_kind,
    SH["class"]: class_,
    SH.minLength: min_length,
    SH.maxLength: max_length,
    SH.pattern: pattern,
    SH["in"]: in_,
    SH.hasValue: has_value,
    SH.lessThan: less_than,
    SH.minInclusive: min_inclusive,
    SH.maxInclusive: max_inclusive,
    SH.minExclusive: min_exclusive,
    SH.maxExclusive: max_exclusive,
}
PARAMETERS = {SH.flags}
