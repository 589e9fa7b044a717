"""A data graph indexed for the fast SHACL validator (`kg.rdf.shacl_fast`).

Built straight from triples (a document's `TripleSet`, an rdflib Graph, any iterable), with
no rdflib store: subject -> predicate -> objects, and instances per class. Lookups are dict
reads, which is what makes validating a document's graph cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
_EMPTY: frozenset = frozenset()


class DataIndex:
    """The triples of a data graph, indexed by subject and by class."""

    __slots__ = ("_inverse", "spo", "typed")

    def __init__(self, triples: Iterable[Triple]) -> None:
        spo: dict[Node, dict[Node, set[Node]]] = {}
        typed: dict[Node, set[Node]] = {}
        rdf_type = RDF.type
        for s, p, o in triples:
            po = spo.get(s)
            if po is None:
                po = spo[s] = {}
            objects = po.get(p)
            if objects is None:
                po[p] = {o}
            else:
                objects.add(o)
            if p == rdf_type:
                typed.setdefault(o, set()).add(s)
        self.spo = spo
        self.typed = typed  # class -> subjects typed with it (directly)
        self._inverse: dict[Node, dict[Node, set[Node]]] = {}

    def values(self, subject: Node, predicate: Node) -> set[Node] | frozenset:
        """The objects of (subject, predicate)."""
        po = self.spo.get(subject)
        if po is None:
            return _EMPTY
        return po.get(predicate, _EMPTY)

    def has(self, subject: Node, predicate: Node) -> bool:
        return bool(self.values(subject, predicate))

    def direct_instances(self, cls: Node) -> set[Node] | frozenset:
        """Subjects with (s rdf:type cls): SPARQL's `?s a cls`."""
        return self.typed.get(cls, _EMPTY)

    def subjects_of(self, predicate: Node, obj: Node) -> set[Node] | frozenset:
        """Subjects of (?, predicate, obj), from an index built on first use."""
        inverse = self._inverse.get(predicate)
        if inverse is None:
            inverse = self._inverse[predicate] = {}
            for s, po in self.spo.items():
                for o in po.get(predicate, _EMPTY):
                    inverse.setdefault(o, set()).add(s)
        return inverse.get(obj, _EMPTY)

    def superclasses(self, cls: Node) -> set[Node]:
        """`cls` and every class it is an rdfs:subClassOf, transitively (rdfs:subClassOf*)."""
        found = {cls}
        todo = [cls]
        while todo:
            for parent in self.values(todo.pop(), RDFS.subClassOf):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found

    def subclasses(self, cls: Node) -> set[Node]:
        """`cls` and every class that is an rdfs:subClassOf it, transitively."""
        found = {cls}
        todo = [cls]
        while todo:
            for child in self.subjects_of(RDFS.subClassOf, todo.pop()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def instances(self, cls: Node) -> set[Node]:
        """SHACL instances of `cls`: typed with it or with one of its subclasses."""
        found: set[Node] = set()
        for sub in self.subclasses(cls):
            found |= self.direct_instances(sub)
        return found

    def is_instance(self, node: Node, cls: Node) -> bool:
        """Whether `node` rdf:type/rdfs:subClassOf* `cls`."""
        types = self.values(node, RDF.type)
        if cls in types:
            return True
        return any(cls in self.superclasses(t) for t in types)
