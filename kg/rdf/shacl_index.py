"""A data graph indexed for the fast SHACL validator (`kg.rdf.shacl_fast`).

Built straight from triples (a document's `TripleSet`, an rdflib Graph, any iterable), with
no rdflib store: subject -> predicate -> objects, and classes per subject. IRIs are keyed
by their plain string (rdflib compares terms in Python; plain strings compare in C), so
lookups are dict reads; the objects stay rdflib terms.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
_EMPTY: frozenset = frozenset()
_TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)


def key(node: Node) -> object:
    """A term's dictionary key: an IRI's plain string, any other term itself."""
    return str(node) if type(node) == URIRef else node  # noqa: E721 - exactly an IRI


class DataIndex:
    """The triples of a data graph, indexed by subject and by class."""

    __slots__ = ("_inverse", "_plain", "classes", "memo", "spo", "typed")

    def __init__(self, triples: Iterable[Triple]) -> None:
        spo: dict[object, dict[str, list[Node]]] = {}  # lists: a set per value costs 3x
        typed: dict[object, set[Node]] = {}  # class key -> subjects typed with it
        classes: dict[object, set[object]] = {}  # subject key -> its classes' keys
        for s, p, o in triples:
            s_key, p_key = key(s), str(p)
            po = spo.get(s_key)
            if po is None:
                po = spo[s_key] = {}
            objects = po.get(p_key)
            if objects is None:
                po[p_key] = [o]
            elif o not in objects:
                objects.append(o)
            if p_key == _TYPE:
                o_key = key(o)
                typed.setdefault(o_key, set()).add(s)
                classes.setdefault(s_key, set()).add(o_key)
        self.spo, self.typed, self.classes = spo, typed, classes
        self._inverse: dict[str, dict[object, set[object]]] = {}
        self._plain: dict[int, tuple[Node, str]] = {}
        self.memo: dict[str, dict] = {}  # what checks derive from this data, by their name

    def plain(self, node: Node) -> str:
        """`str(node)`, made once per term: a document's text is megabytes, and each span's
        check reads a slice of it."""
        found = self._plain.get(id(node))
        if found is None or id(found[0]) != id(node):
            found = self._plain[id(node)] = (node, str(node))
        return found[1]

    def values(self, subject: Node, predicate: Node | str) -> list[Node] | frozenset:
        """The objects of (subject, predicate)."""
        po = self.spo.get(key(subject))
        if po is None:
            return _EMPTY
        return po.get(str(predicate), _EMPTY)

    def direct_instances(self, cls: Node) -> set[Node] | frozenset:
        """Subjects with (s rdf:type cls): SPARQL's `?s a cls`."""
        return self.typed.get(key(cls), _EMPTY)

    def subjects_of(self, predicate: Node | str, obj: Node) -> set[object] | frozenset:
        """The keys of the subjects of (?, predicate, obj), from an index built on first use
        (a key looks up as well as its term)."""
        p_key = str(predicate)
        inverse = self._inverse.get(p_key)
        if inverse is None:
            inverse = self._inverse[p_key] = {}
            for s_key, po in self.spo.items():
                for o in po.get(p_key, _EMPTY):
                    inverse.setdefault(key(o), set()).add(s_key)  # type: ignore[arg-type]
        return inverse.get(key(obj), _EMPTY)

    def superclasses(self, cls: Node) -> set[object]:
        """The keys of `cls` and of every class it is an rdfs:subClassOf, transitively."""
        found = {key(cls)}
        todo = [cls]
        while todo:
            for parent in self.values(todo.pop(), _SUBCLASS):
                if key(parent) not in found:
                    found.add(key(parent))
                    todo.append(parent)
        return found

    def subclasses(self, cls: Node) -> list[Node]:
        """`cls` and every class that is an rdfs:subClassOf it, transitively."""
        found, todo, seen = [cls], [cls], {key(cls)}
        while todo:
            for child in self.subjects_of(_SUBCLASS, todo.pop()):
                if key(child) not in seen:
                    seen.add(key(child))
                    found.append(child)
                    todo.append(child)
        return found

    def instances(self, cls: Node) -> set[Node]:
        """SHACL instances of `cls`: typed with it or with one of its subclasses."""
        found: set[Node] = set()
        for sub in self.subclasses(cls):
            found |= self.direct_instances(sub)
        return found

    def types(self, node: Node) -> set[object] | frozenset:
        """The keys of `node`'s rdf:type classes."""
        return self.classes.get(key(node), _EMPTY)

    def is_instance(self, node: Node, cls: Node) -> bool:
        """Whether `node` rdf:type/rdfs:subClassOf* `cls`."""
        types = self.types(node)
        cls_key = key(cls)
        if cls_key in types:
            return True
        return any(cls_key in self.superclasses(t) for t in self.values(node, _TYPE))
