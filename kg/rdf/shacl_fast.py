"""A fast SHACL validator for the constructs kg's own shapes use, with pySHACL's results.

kg validates every document's graph as it extracts, and pySHACL spent as long on that as
the parser on the text: it parses each SPARQL query again per validation, runs SPARQL for
class checks and walks an rdflib store. This module compiles a shapes graph once into
plain Python checks over a `DataIndex` (dicts built straight from the triples):

- targets: sh:targetClass (with rdfs:subClassOf in the data), and kg's SPARQL targets;
- property shapes with a simple predicate path, node shapes, sh:property;
- sh:minCount, sh:maxCount, sh:datatype, sh:nodeKind, sh:class, sh:minLength,
  sh:maxLength, sh:pattern (no flags), sh:in, sh:hasValue, sh:or, sh:lessThan,
  sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive;
- kg's SPARQL constraints, as the Python in `kg.rdf.shacl_sparql` (matched by query text).

Each check mirrors pySHACL 0.40's component (same value nodes, same sh:value, the shape's
sh:message, SPARQL messages with their variables substituted). `compile_shapes` returns
None for a shapes graph using anything else (another path, a constraint component, a
SPARQL query it does not know, a shape without sh:message): then pySHACL validates.
tests/test_shacl_fast.py checks that both give the same results on a broken example of
every shape and on the seed articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.rdf.shacl_checks import CHECKS, PARAMETERS, Check, Fallback, Outcome, Unsupported
from kg.rdf.shacl_index import DataIndex, Triple
from kg.rdf.shacl_sparql import CONSTRAINTS, TARGETS, ConstraintFn, TargetFn, fingerprint

_IGNORED = {
    RDF.type,
    SH.path,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
    SH.prefixes,
    SH.declare,
}


@dataclass
class SparqlConstraint:
    node: Node
    run: ConstraintFn
    messages: list[Literal]


@dataclass
class Shape:
    node: Node
    path: Node | None
    messages: list[Literal]
    severity: Node
    checks: list[Check] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    sparql: list[SparqlConstraint] = field(default_factory=list)
    target_classes: list[Node] = field(default_factory=list)
    target_queries: list[TargetFn] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    """One validation result, with what pySHACL's results graph records."""

    focus: Node
    path: Node | None
    value: Node | None
    messages: tuple[Literal, ...]
    severity: Node
    shape: Node
    component: Node
    constraint: Node | None = None


class CompiledShapes:
    """The shapes graph as checks; `validate` runs them on a data graph's triples."""

    def __init__(self, shapes_graph: Graph) -> None:
        self.graph = shapes_graph
        self._shapes: dict[Node, Shape] = {}
        roots = set(shapes_graph.subjects(SH.targetClass, None))
        roots |= set(shapes_graph.subjects(SH.target, None))
        for unsupported in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            if (None, unsupported, None) in shapes_graph:
                raise Unsupported(str(unsupported))
        if (None, RDF.type, SH.NodeShape) in shapes_graph:
            self._no_implicit_targets()
        self.roots = [self.shape(node) for node in sorted(roots, key=str)]

    def _no_implicit_targets(self) -> None:
        from rdflib.namespace import OWL, RDFS

        for node in self.graph.subjects(RDF.type, SH.NodeShape):
            if {RDFS.Class, OWL.Class} & set(self.graph.objects(node, RDF.type)):
                raise Unsupported(f"{node}: implicit class target")

    def shape(self, node: Node) -> Shape:
        if node not in self._shapes:
            self._shapes[node] = self._compile(node)
        return self._shapes[node]

    def _compile(self, node: Node) -> Shape:
        g = self.graph
        paths = list(g.objects(node, SH.path))
        if len(paths) > 1 or (paths and isinstance(paths[0], BNode)):
            raise Unsupported(f"{node}: path")
        messages = sorted(m for m in g.objects(node, SH.message) if isinstance(m, Literal))
        shape = Shape(node, paths[0] if paths else None, messages, SH.Violation)
        shape.severity = g.value(node, SH.severity) or SH.Violation
        for predicate, obj in sorted(g.predicate_objects(node)):
            self._add(shape, predicate, obj)
        if shape.checks and not messages and not _inner(g, node):
            raise Unsupported(f"{node}: no sh:message (pySHACL words its own)")
        return shape

    def _add(self, shape: Shape, predicate: Node, obj: Node) -> None:
        if predicate == SH.targetClass:
            shape.target_classes.append(obj)
        elif predicate == SH.target:
            shape.target_queries.append(self._target(obj))
        elif predicate == SH.property:
            shape.properties.append(self.shape(obj))
        elif predicate == SH.sparql:
            shape.sparql.append(self._sparql(obj))
        elif predicate == SH["or"]:
            shape.checks.append(self._or(obj))
        elif predicate in CHECKS:
            shape.checks.append(CHECKS[predicate](self, shape.node, obj))
        elif predicate in _IGNORED or predicate in PARAMETERS:
            return  # read elsewhere (sh:path, sh:message, sh:flags) or not a constraint
        elif str(predicate).startswith(str(SH)):
            raise Unsupported(f"{shape.node}: {predicate}")

    def _target(self, node: Node) -> TargetFn:
        query = self.graph.value(node, SH.select)
        if (node, RDF.type, SH.SPARQLTarget) not in self.graph or query is None:
            raise Unsupported(f"target {node}")
        found = TARGETS.get(fingerprint(str(query)))
        if found is None:
            raise Unsupported(f"SPARQL target not known: {query}")
        return found

    def _sparql(self, node: Node) -> SparqlConstraint:
        query = self.graph.value(node, SH.select)
        found = CONSTRAINTS.get(fingerprint(str(query))) if query is not None else None
        if found is None or (node, SH.deactivated, None) in self.graph:
            raise Unsupported(f"SPARQL constraint not known: {query}")
        messages = [m for m in self.graph.objects(node, SH.message) if isinstance(m, Literal)]
        return SparqlConstraint(node, found, messages)

    def _or(self, node: Node) -> Check:
        members = [self.shape(member) for member in self.items(node)]

        def run(index: DataIndex, focus: Node, values: Iterable[Node]) -> list[Outcome]:
            return [v for v in values if not any(conforms(index, m, v) for m in members)]

        return Check(SH.OrConstraintComponent, run)

    def items(self, node: Node) -> list[Node]:
        """The members of an RDF list in the shapes graph."""
        return list(self.graph.items(node))

    def validate(self, triples: Iterable[Triple]) -> list[Result]:
        index = DataIndex(triples)
        results: list[Result] = []
        for shape in self.roots:
            for focus in _focus_nodes(index, shape):
                evaluate(index, shape, focus, results)
        return results


def _inner(graph: Graph, node: Node) -> bool:
    """Whether `node` is a member of a logical list (sh:or): its messages are never shown."""
    return isinstance(node, BNode) and (None, RDF.first, node) in graph


def _focus_nodes(index: DataIndex, shape: Shape) -> set[Node]:
    found: set[Node] = set()
    for cls in shape.target_classes:
        found |= index.instances(cls)
    for query in shape.target_queries:
        found.update(query(index))
    return found


def conforms(index: DataIndex, shape: Shape, focus: Node) -> bool:
    """Whether `focus` conforms to `shape` (for sh:or)."""
    found: list[Result] = []
    evaluate(index, shape, focus, found)
    return not found


def evaluate(index: DataIndex, shape: Shape, focus: Node, out: list[Result]) -> None:
    """Every result of validating `focus` against `shape`, appended to `out`."""
    values = (focus,) if shape.path is None else index.values(focus, shape.path)
    for check in shape.checks:
        for outcome in check.run(index, focus, values):
            out.append(_core_result(shape, focus, check, outcome))
    for constraint in shape.sparql:
        for value, bindings in constraint.run(index, focus, shape.path):
            out.append(_sparql_result(shape, focus, constraint, value, bindings))
    for prop in shape.properties:
        for value in values:
            evaluate(index, prop, value, out)


def _core_result(shape: Shape, focus: Node, check: Check, outcome: Outcome) -> Result:
    messages = tuple(shape.messages)
    return Result(focus, shape.path, outcome, messages, shape.severity, shape.node, check.component)


def _sparql_result(
    shape: Shape, focus: Node, constraint: SparqlConstraint, value: Node | None, bound: dict
) -> Result:
    if value is None and shape.path is None:
        value = focus  # pySHACL: a node shape's result names the focus node as its value
    variables = {**bound, "this": focus}
    if value is not None:
        variables["value"] = value
    texts = [m for m in constraint.messages if m not in shape.messages] + list(shape.messages)
    messages = tuple(Literal(_substitute(str(m), variables)) for m in texts)
    return Result(
        focus,
        shape.path,
        value,
        messages,
        shape.severity,
        shape.node,
        SH.SPARQLConstraintComponent,
        constraint.node,
    )


def _substitute(message: str, variables: dict[str, Node]) -> str:
    """{?name} and {$name} replaced by the bound value's string, as pySHACL does."""
    for name, value in variables.items():
        message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m, v=value: str(v), message)
    return message


def results_graph(results: Iterable[Result]) -> tuple[bool, Graph]:
    """pySHACL's report: whether the data conforms (no result above sh:Warning), and the
    results as a SHACL validation report graph."""
    graph = Graph()
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    conforms = True
    for result in results:
        conforms = conforms and result.severity in (SH.Warning, SH.Info)
        node = BNode()
        graph.add((report, SH.result, node))
        for predicate, obj in (
            (RDF.type, SH.ValidationResult),
            (SH.sourceConstraintComponent, result.component),
            (SH.sourceShape, result.shape),
            (SH.resultSeverity, result.severity),
            (SH.focusNode, result.focus),
            (SH.value, result.value),
            (SH.resultPath, result.path),
            (SH.sourceConstraint, result.constraint),
        ):
            if obj is not None:
                graph.add((node, predicate, obj))
        for message in result.messages:
            graph.add((node, SH.resultMessage, message))
    graph.add((report, SH.conforms, Literal(conforms)))
    return conforms, graph


_COMPILED: dict[int, tuple[Graph, CompiledShapes | None]] = {}


def compiled(shapes: Graph) -> CompiledShapes | None:
    """`shapes` compiled (cached per shapes graph), or None if it uses what is not here."""
    entry = _COMPILED.get(id(shapes))
    if entry is None or id(entry[0]) != id(shapes):  # the same graph, not an equal one
        try:
            entry = (shapes, CompiledShapes(shapes))
        except Unsupported:
            entry = (shapes, None)
        _COMPILED[id(shapes)] = entry
    return entry[1]


def as_graph(data: Graph | Iterable[Triple]) -> Graph:
    if isinstance(data, Graph):
        return data
    graph = Graph()
    for triple in data:
        graph.add(triple)
    return graph


def pyshacl_validate(data: Graph | Iterable[Triple], **options: Any) -> tuple[bool, Graph, str]:
    import pyshacl

    return pyshacl.validate(as_graph(data), **options)


def validator_for(shapes: Graph, engine: str = "auto") -> Callable[..., tuple[bool, Graph, str]]:
    """A function with pyshacl.validate's arguments and result: the fast validator for
    shapes it compiles (engine "auto" or "fast"), else pySHACL (engine "pyshacl")."""
    checks = compiled(shapes) if engine != "pyshacl" else None
    if checks is None:
        if engine == "fast":
            raise Unsupported("these shapes need pySHACL")
        return pyshacl_validate

    def validate(data: Graph | Iterable[Triple], **options: Any) -> tuple[bool, Graph, str]:
        from rdflib import ConjunctiveGraph

        if isinstance(data, ConjunctiveGraph):  # pySHACL validates each named graph
            return pyshacl_validate(data, **options)
        if not isinstance(data, Graph):
            data = list(data)  # kept for pySHACL, should it be needed
        try:
            conforms, graph = results_graph(checks.validate(data))
        except Fallback:
            return pyshacl_validate(data, **options)
        return conforms, graph, ""

    return validate
