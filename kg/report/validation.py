"""The validation result the report shows: from a SHACL report inside the input, or from a
`kg.rdf.validate.ValidationReport` made by the caller."""

from __future__ import annotations

from typing import Protocol

from rdflib import Node
from rdflib.namespace import RDF, SH

from kg.report.model import Validation, ValidationResult, local_name


class GraphIndex(Protocol):
    """What `validation_in` asks of kg/report/collect.py's index of the graph."""

    def subjects(self, predicate: Node, obj: Node) -> list[Node]: ...
    def one(self, subject: Node, predicate: Node) -> Node | None: ...
    def values(self, subject: Node, predicate: Node) -> list[Node]: ...


def validation_in(index: GraphIndex) -> Validation | None:
    reports = index.subjects(RDF.type, SH.ValidationReport)
    if not reports:
        return None
    conforms = all(str(index.one(r, SH.conforms)).lower() == "true" for r in reports)
    results = []
    for report in reports:
        for result in index.values(report, SH.result):
            results.append(
                ValidationResult(
                    severity=local_name(str(index.one(result, SH.resultSeverity) or "")),
                    focus=str(index.one(result, SH.focusNode) or ""),
                    path=str(index.one(result, SH.resultPath) or ""),
                    message=" ".join(str(m) for m in index.values(result, SH.resultMessage)),
                )
            )
    return Validation(conforms, sorted(results, key=result_key), "SHACL report in the input")


def result_key(result: ValidationResult) -> tuple[str, str, str, str]:
    return (result.severity, result.focus, result.path, result.message)


def validation_from(report: object, note: str = "") -> Validation:
    """A `Validation` from a `kg.rdf.validate.ValidationReport` (duck-typed: no import)."""
    results = [
        ValidationResult(
            severity=local_name(str(v.severity)),
            focus=str(v.focus),
            path=str(v.path) if v.path is not None else "",
            message=v.message,
        )
        for v in getattr(report, "violations", [])
    ]
    return Validation(bool(report.conforms), sorted(results, key=result_key), note)
