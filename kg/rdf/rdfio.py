"""Reading and writing RDF files: format by extension, atomic writes, one error per file.

Formats kg writes and reads: Turtle (.ttl), TriG (.trig), N-Triples (.nt), N-Quads (.nq),
JSON-LD (.jsonld / .json). Quad formats keep the named graphs; triple formats hold the union.

Every RDF file kg reads (validate, query --data, load, push, the SHACL shapes) is parsed by
pyoxigraph through `parse_quads`, with one set of errors (`read_error`, `checked_quads`): no read
makes a network request (a remote JSON-LD @context is refused), IRIs are checked strictly, and
a parse error names the file, line and column.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

from kg.errors import InputError, Msg, RDFError
from kg.vocab import PREFIXES

if TYPE_CHECKING:
    from kg.rdf.graph import TripleSet

T = TypeVar("T")

FORMAT_BY_SUFFIX = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
FORMAT_NAMES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "trig": "trig",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nquads",
    "nq": "nquads",
    "n-quads": "nquads",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
OXIGRAPH_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
}


def format_for(path: Path | str, explicit: str | None = None) -> str:
    """rdflib format name from an explicit name or the file's extension (default Turtle)."""
    if explicit:
        name = FORMAT_NAMES.get(explicit.lower())
        if name is None:
            raise InputError(
                Msg.UNKNOWN_FORMAT.format(value=explicit, choices=", ".join(sorted(FORMAT_NAMES)))
            )
        return name
    return FORMAT_BY_SUFFIX.get(Path(str(path)).suffix.lower(), "turtle")


def oxigraph_format(rdf_format: str) -> pyoxigraph.RdfFormat:
    """pyoxigraph's format for a format name of `format_for` (the streaming parser's)."""
    return OXIGRAPH_FORMATS[format_for("", rdf_format)]


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset


def file_iri(path: Path | str) -> str:
    """The base IRI of a file: its `file:` URI (relative IRIs resolve against it)."""
    return Path(path).resolve().as_uri()


def parse_quads(
    path: Path | str, rdf_format: str, *, rename_blank_nodes: bool = False
) -> Iterator[pyoxigraph.Quad]:
    """pyoxigraph's streaming parser over one file: every RDF read of kg goes through it.

    It never makes a network request (a JSON-LD remote @context is a parse error), and it
    checks IRIs strictly. Errors are pyoxigraph's: turn them into kg's with `read_error`."""
    return iter(
        pyoxigraph.parse(
            path=str(path),
            format=oxigraph_format(rdf_format),
            base_iri=file_iri(path),
            rename_blank_nodes=rename_blank_nodes,
        )
    )


_PARSER_PREFIX = re.compile(r"^Parser error (?:at|between) [^:]*:\s*")


def read_error(
    path: Path | str, rdf_format: str, error: Exception, message: str = Msg.MALFORMED_RDF
) -> InputError | RDFError:
    """One line for a file that cannot be read or parsed: the file, the line and column when
    the parser knows them (`path:line:column:`), and what was wrong (`message` formatted with
    path, format and reason)."""
    if isinstance(error, OSError):
        reason = error.strerror or _first_line(error)
        return InputError(Msg.UNREADABLE.format(path=path, reason=reason))
    reason = _PARSER_PREFIX.sub("", _first_line(error))
    if "remote context" in reason.lower():
        return RDFError(Msg.REMOTE_CONTEXT.format(path=path))
    line, column = getattr(error, "lineno", None), getattr(error, "offset", None)
    where = f"{path}:{line}:{column}" if line and column else f"{path}:{line}" if line else path
    return RDFError(message.format(path=where, format=rdf_format, reason=reason))


def _first_line(error: Exception) -> str:
    text = str(error.msg if isinstance(error, SyntaxError) and error.msg else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def rdf_1_2_feature(quad: pyoxigraph.Quad) -> str | None:
    """What RDF 1.2 feature the quad uses (pyoxigraph reads them; kg and rdflib do not)."""
    value = quad.object
    if isinstance(value, pyoxigraph.Triple):
        return "a triple term"
    if isinstance(value, pyoxigraph.Literal) and value.direction is not None:
        return "a directional language string"
    return None


def checked_quads(
    path: Path | str,
    rdf_format: str,
    *,
    rename_blank_nodes: bool = False,
    parse: Callable[..., Iterator[pyoxigraph.Quad]] = parse_quads,
    message: str = Msg.MALFORMED_RDF,
) -> Iterator[pyoxigraph.Quad]:
    """`parse_quads` (or `parse`, called the same way) with kg's errors: InputError
    (unreadable) or RDFError (malformed, a remote JSON-LD context, or RDF 1.2 terms)."""
    try:
        for quad in parse(path, rdf_format, rename_blank_nodes=rename_blank_nodes):
            if isinstance(quad.object, pyoxigraph.Triple | pyoxigraph.Literal):
                feature = rdf_1_2_feature(quad)
                if feature is not None:
                    raise RDFError(Msg.UNSUPPORTED_RDF.format(path=path, feature=feature))
            yield quad
    except (OSError, SyntaxError, ValueError) as error:
        raise read_error(path, rdf_format, error, message) from error


def rdflib_term(term: object) -> Node:
    """A pyoxigraph term as the rdflib term."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term kg reads: {term!r}")


class RdflibTerms:
    """pyoxigraph terms to rdflib terms with `convert`, memoised: a file's IRIs recur in most
    of its triples. The memo is cleared when it holds `limit` terms, so memory stays bounded
    on files of any size."""

    def __init__(self, convert: Callable[[object], Node] = rdflib_term, limit: int = 20_000):
        self._convert = convert
        self._limit = limit
        self._cache: dict[object, Node] = {}

    def __call__(self, term: object) -> Node:
        node = self._cache.get(term)
        if node is None:
            if len(self._cache) >= self._limit:
                self._cache.clear()
            node = self._cache[term] = self._convert(term)
        return node


def read_rdf(
    path: Path,
    rdf_format: str | None = None,
    into: Dataset | None = None,
    message: str = Msg.MALFORMED_RDF,
) -> Dataset:
    """Parse one RDF file into a Dataset (named graphs kept for quad formats), with the same
    parser and errors as `kg load` and `kg push` (`checked_quads`; `message` for a parse
    error). Blank nodes are fresh for each file."""
    dataset = into if into is not None else new_dataset()
    fmt = format_for(path, rdf_format)
    term = _memoised(rdflib_term)
    graphs: dict[object, Graph] = {}
    for quad in checked_quads(path, fmt, rename_blank_nodes=True, message=message):
        name = quad.graph_name
        graph = graphs.get(name)
        if graph is None:
            default = isinstance(name, pyoxigraph.DefaultGraph)
            graph = graphs[name] = dataset.default_graph if default else dataset.graph(term(name))
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return dataset


def read_rdf_files(paths: Iterable[Path], rdf_format: str | None = None) -> Dataset:
    dataset = new_dataset()
    for path in paths:
        read_rdf(path, rdf_format, into=dataset)
    return dataset


def serialise(dataset: Dataset, rdf_format: str) -> bytes:
    """Serialise; triple formats get the union of all graphs."""
    bind_prefixes(dataset)
    if rdf_format in QUAD_FORMATS:
        return dataset.serialize(format=rdf_format, encoding="utf-8")
    union = Graph()
    bind_prefixes(union)
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    return union.serialize(format=rdf_format, encoding="utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # mkstemp makes 0600: give the umask's mode
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InputError(Msg.WRITE_FAILED.format(path=path, reason=error.strerror)) from error


def _oxigraph_chunk(graph: Graph | TripleSet, rdf_format: str) -> bytes:
    """Turtle or TriG for one graph, written by pyoxigraph's serialiser (about five times
    faster than rdflib's, which sorts and abbreviates in Python): triples in sorted order, so
    the output is the same on every run; kg's prefixes are declared in every chunk."""
    key = _memoised(lambda node: node.n3())  # each term's sort key and pyoxigraph term,
    term = _memoised(_oxigraph_term)  # once per graph
    triples = sorted(graph, key=lambda triple: (key(triple[0]), key(triple[1]), key(triple[2])))
    if rdf_format == "trig":
        name = _oxigraph_term(graph.identifier)
        items = [pyoxigraph.Quad(term(s), term(p), term(o), name) for s, p, o in triples]
    else:
        items = [pyoxigraph.Triple(term(s), term(p), term(o)) for s, p, o in triples]
    return pyoxigraph.serialize(items, format=OXIGRAPH_FORMATS[rdf_format], prefixes=_PREFIX_IRIS)


_PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
OxigraphTerm = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal


def _oxigraph_term(term: Node) -> OxigraphTerm:
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    raise TypeError(f"not an RDF term kg writes: {term!r}")


def _memoised(convert: Callable[[Node], T]) -> Callable[[Node], T]:
    """`convert` with its results kept: a graph's IRIs recur in most of its triples."""
    results: dict[Node, T] = {}

    def get(node: Node) -> T:
        value = results.get(node)
        if value is None:
            value = results[node] = convert(node)
        return value

    return get


def _nt_term(node: Node) -> str:
    """A term as rdflib's N-Triples and N-Quads row writers write it."""
    return _quoteLiteral(node) if isinstance(node, Literal) else node.n3()


def _by_identity(convert: Callable[[Node], str]) -> Callable[[Node], str]:
    """`convert` with its results kept per term object, not per equal term: rdflib hashes
    terms in Python, which cost about as much as writing them. Each result keeps its term,
    so no other object can take its id meanwhile."""
    results: dict[int, tuple[Node, str]] = {}

    def get(node: Node) -> str:
        found = results.get(id(node))
        if found is None or id(found[0]) != id(node):
            found = results[id(node)] = (node, convert(node))
        return found[1]

    return get


def _line_rows(graph: Graph | TripleSet, named: bool) -> Iterator[bytes]:
    """N-Quads (or N-Triples) rows, each term written as rdflib's row writers (_nq_row,
    _nt_row) write it, once per term object."""
    term = _by_identity(_nt_term)
    named = named and graph.identifier != DATASET_DEFAULT_GRAPH_ID
    end = f" {graph.identifier.n3()} .\n" if named else " .\n"
    for s, p, o in graph:
        yield f"{term(s)} {term(p)} {term(o)}{end}".encode()


def graph_chunk(graph: Graph | TripleSet, rdf_format: str) -> bytes:
    """One graph serialised on its own (named graph kept for TriG/N-Quads)."""
    if rdf_format in {"nt", "nquads"}:
        return b"".join(sorted(_line_rows(graph, rdf_format == "nquads")))
    if rdf_format in {"turtle", "trig"}:
        return _oxigraph_chunk(graph, rdf_format)
    else:
        plain = Graph()
        bind_prefixes(plain)
        for triple in graph:
            plain.add(triple)
        data = plain.serialize(format=rdf_format, encoding="utf-8")
    if rdf_format in {"nt", "nquads"}:
        lines = sorted(line for line in data.splitlines() if line.strip())
        return b"\n".join(lines) + b"\n" if lines else b""
    return data
