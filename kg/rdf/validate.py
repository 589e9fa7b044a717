"""SHACL validation of kg's RDF against the shapes in shapes/ (pySHACL).

The shapes describe the data model in ../shared/docs/design.md. They target by class and
need no inference, so validation runs on a plain `rdflib.Graph` holding the union of a
document's graph, the entities graph and the provenance graph (mention checks look at the
entities' own rdf:type triples). SPARQL-based constraints (offsets against text, IRIs against
hashes) need pySHACL's `advanced` mode.

The library never prints: `validate_graph` / `validate_files` return a `ValidationReport`
and `render_report` turns it into text, Turtle (pySHACL's results graph) or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import InputError, Msg, RDFError
from kg.rdf.rdfio import bind_prefixes, read_rdf
from kg.rdf.shacl_fast import validator_for
from kg.resources import shapes_dir

KGSH = Namespace("https://w3id.org/kg-news/shapes#")
REPORT_FORMATS = ("text", "turtle", "json")
_TEXT_VALUE_LIMIT = 80


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result (of any severity)."""

    focus: Node
    path: Node | None
    value: Node | None
    message: str
    severity: URIRef
    shape: Node | None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "focus": _plain(self.focus),
            "path": _plain(self.path),
            "value": _plain(self.value),
            "message": self.message,
            "severity": _local_name(self.severity),
            "shape": _plain(self.shape),
        }


@dataclass
class ValidationReport:
    """Whether the data conforms, each result, and pySHACL's results graph."""

    conforms: bool
    violations: list[Violation]
    results_graph: Graph = field(repr=False)


def _plain(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _local_name(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _shape_files(directory: Path) -> list[Path]:
    if directory.is_file():
        return [directory]
    if not directory.is_dir():
        raise RDFError(Msg.SHAPES_UNREADABLE.format(path=directory, reason="no such directory"))
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise RDFError(Msg.NO_SHAPES.format(path=directory))
    return files


@lru_cache(maxsize=8)
def _load_shapes_cached(key: tuple[tuple[str, int], ...]) -> Graph:
    shapes = Graph()
    for name, _mtime in key:
        dataset = read_rdf(Path(name), "turtle", message=Msg.SHAPES_UNREADABLE)
        for triple in dataset.triples((None, None, None)):
            shapes.add(triple)
    return shapes


def load_shapes(directory: Path | str | None = None) -> Graph:
    """All *.ttl files of `directory` (default: kg's shipped shapes/) as one graph.

    Cached per directory and file modification time; treat the graph as read-only.
    """
    files = _shape_files(Path(directory) if directory is not None else shapes_dir())
    try:
        key = tuple((str(path), path.stat().st_mtime_ns) for path in files)
    except OSError as error:
        raise RDFError(
            Msg.SHAPES_UNREADABLE.format(path=error.filename, reason=error.strerror)
        ) from error
    return _load_shapes_cached(key)


def _results(results_graph: Graph) -> list[Violation]:
    violations = []
    for result in results_graph.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in results_graph.objects(result, SH.resultMessage))
        violations.append(
            Violation(
                focus=results_graph.value(result, SH.focusNode),
                path=results_graph.value(result, SH.resultPath),
                value=results_graph.value(result, SH.value),
                message=messages[0] if messages else "",
                severity=results_graph.value(result, SH.resultSeverity) or SH.Violation,
                shape=results_graph.value(result, SH.sourceShape),
            )
        )
    # one line per problem: several constraints of one shape failing on one value read the same
    unique = set(violations)
    return sorted(unique, key=lambda v: (str(v.focus), str(v.path), v.message, str(v.value)))


def validate_graph(
    graph: Graph, shapes: Graph | None = None, engine: str = "auto"
) -> ValidationReport:
    """Validate `graph` (a plain Graph, or its triples: the union of everything to check)
    against `shapes`. kg's own shapes go to its fast validator (kg.rdf.shacl_fast, same
    results), other shapes or engine="pyshacl" to pySHACL.

    Warnings and infos are reported but do not make the data non-conforming.
    """
    shapes = shapes if shapes is not None else load_shapes()
    engine = engine if id(shapes) == id(load_shapes()) else "pyshacl"  # kg's own shapes
    try:
        conforms, results_graph, _text = validator_for(shapes, engine)(
            graph,
            shacl_graph=shapes,
            inference="none",
            advanced=True,
            allow_warnings=True,
            allow_infos=True,
        )
    except Exception as error:  # pySHACL reports broken shapes with several error types
        reason = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise RDFError(Msg.SHAPES_FAILED.format(path="shapes graph", reason=reason)) from error
    bind_prefixes(results_graph)
    results_graph.bind("sh", SH)
    results_graph.bind("kgsh", KGSH)
    return ValidationReport(bool(conforms), _results(results_graph), results_graph)


def read_union(paths: Iterable[Path | str], rdf_format: str | None = None) -> Graph:
    """The union of all graphs in all `paths` as one plain Graph.

    Raises the error of the first file that cannot be read or parsed, or holds no triples.
    """
    union = Graph()
    bind_prefixes(union)
    for path in paths:
        dataset = read_rdf(Path(path), rdf_format)
        found = False
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
            found = True
        if not found:
            raise InputError(Msg.NO_TRIPLES.format(path=path))
    return union


def validate_files(
    paths: Sequence[Path | str],
    shapes_dir: Path | str | None = None,
    rdf_format: str | None = None,
) -> ValidationReport:
    """Validate the union of all graphs in `paths` (any format kg reads) against the shapes."""
    shapes = load_shapes(shapes_dir)
    return validate_graph(read_union(paths, rdf_format), shapes)


def _short(node: Node | None, graph: Graph) -> str:
    if node is None:
        return "-"
    if isinstance(node, Literal):
        text = node.n3(graph.namespace_manager)
        if len(text) > _TEXT_VALUE_LIMIT:
            text = text[: _TEXT_VALUE_LIMIT - 3] + "..."
        return text.replace("\n", "\\n")
    return node.n3(graph.namespace_manager)


def _render_text(report: ValidationReport) -> str:
    if report.conforms and not report.violations:
        return "Conforms: no SHACL violations.\n"
    graph = report.results_graph
    by_focus: dict[Node, list[Violation]] = {}
    for violation in report.violations:
        by_focus.setdefault(violation.focus, []).append(violation)
    verdict = "Conforms" if report.conforms else "Does not conform"
    count = len(report.violations)
    lines = [
        f"{verdict}: {count} result{'s' if count != 1 else ''} "
        f"on {len(by_focus)} node{'s' if len(by_focus) != 1 else ''}.",
    ]
    for focus, violations in by_focus.items():
        lines.append("")
        lines.append(_short(focus, graph))
        for violation in violations:
            severity = _local_name(violation.severity)
            prefix = "" if violation.severity == SH.Violation else f"[{severity}] "
            lines.append(f"  - {prefix}{violation.message}")
            lines.append(
                f"    path: {_short(violation.path, graph)}"
                f"  value: {_short(violation.value, graph)}"
                f"  shape: {_short(violation.shape, graph)}"
            )
    return "\n".join(lines) + "\n"


def render_report(report: ValidationReport, report_format: str = "text") -> str:
    """The report as "text" (grouped by focus node), "turtle" (SHACL results) or "json"."""
    if report_format == "text":
        return _render_text(report)
    if report_format == "turtle":
        return report.results_graph.serialize(format="turtle")
    if report_format == "json":
        document = {
            "conforms": report.conforms,
            "violations": [violation.as_dict() for violation in report.violations],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    raise InputError(
        Msg.UNKNOWN_REPORT_FORMAT.format(value=report_format, choices=", ".join(REPORT_FORMATS))
    )
