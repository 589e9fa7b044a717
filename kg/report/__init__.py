"""`kg report`: one self-contained HTML page to check a graph by looking at it.

    >>> from kg.report import notebook_view, render_report
    >>> html = render_report(dataset)            # a str: write it to a file, or
    >>> notebook_view(html)                      # show it in Jupyter (a sandboxed iframe)

Per document: the text with every mention highlighted by class, the headline, byline, date
and source, and the facts, posts, events and quotations with their confidence, rule and a
link to the evidence sentence; an entity index; a picture of the entities and the facts
between them (SVG, laid out deterministically); the validation result when there is one.
Nothing is fetched when the page is viewed.

The package reads the graph into plain dataclasses (`model.py`, rdflib terms only) and
depends on nothing else in kg but `kg.rdf.rdfio` and `kg.errors` (to read files, `read.py`) and,
for `validate=True`, `kg.rdf.validate`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import Graph

from kg.report.collect import read_report
from kg.report.html import DEFAULT_MAX_NODES, render_html, render_pages
from kg.report.model import Report, Validation
from kg.report.read import Triple, read_triples
from kg.report.validation import validation_from

__all__ = [
    "DEFAULT_MAX_NODES",
    "Report",
    "NotebookView",
    "Validation",
    "notebook_view",
    "read_report",
    "read_triples",
    "render_report",
    "report_from_files",
    "validate_for_report",
    "write_report",
    "write_report_pages",
]


def render_report(
    graph: Graph,
    validation: Validation | object | None = None,
    title: str = "kg report",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """The HTML page of `graph` (an rdflib Dataset or Graph holding kg's output).

    `validation`: a `Validation`, or a `kg.rdf.validate.ValidationReport`, to show; without it a
    SHACL report found in the graph is shown, if any. `max_nodes` caps the picture (the
    entities with facts and in the most documents first). Same graph, same string."""
    if validation is not None and not isinstance(validation, Validation):
        validation = validation_from(validation, "validated against kg's shapes")
    return render_html(read_report(graph, validation), title=title, max_nodes=max_nodes)


def validate_for_report(graph: Graph | Iterable[Triple]) -> Validation:
    """Validate `graph` (its union) against kg's shapes (pySHACL: slow on large graphs)."""
    from kg.rdf.validate import validate_graph

    union = Graph()
    triples = graph.triples((None, None, None)) if isinstance(graph, Graph) else graph
    for triple in triples:
        union.add(triple)
    return validation_from(validate_graph(union), "validated against kg's shapes")


def report_from_files(
    paths: Sequence[Path | str],
    rdf_format: str | None = None,
    validate: bool = False,
    validation: Validation | None = None,
    title: str = "kg report",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """The HTML page of the union of RDF files in any format kg writes. Raises
    `kg.errors.InputError` / `RDFError` naming the file that cannot be read or parsed."""
    report = _read(paths, rdf_format, validate, validation)
    return render_html(report, title=title, max_nodes=max_nodes)


def _read(
    paths: Sequence[Path | str],
    rdf_format: str | None,
    validate: bool,
    validation: Validation | None,
) -> Report:
    triples: Iterable[Triple] = read_triples(paths, rdf_format)
    if validate and validation is None:
        triples = list(triples)
        validation = validate_for_report(triples)
    return read_report(triples, validation)


def write_report(
    paths: Sequence[Path | str],
    output: Path | str,
    rdf_format: str | None = None,
    validate: bool = False,
    validation: Validation | None = None,
    title: str = "kg report",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """`report_from_files`, written to `output` atomically; returns the HTML."""
    from kg.rdf.rdfio import write_atomic

    page = report_from_files(paths, rdf_format, validate, validation, title, max_nodes)
    write_atomic(Path(output), page.encode("utf-8"))
    return page


def write_report_pages(
    paths: Sequence[Path | str],
    directory: Path | str,
    rdf_format: str | None = None,
    validate: bool = False,
    validation: Validation | None = None,
    title: str = "kg report",
    max_nodes: int = DEFAULT_MAX_NODES,
) -> list[Path]:
    """The report as a folder of pages, for large corpora: `index.html` (picture,
    validation, list of documents, entity index) and one page per document. Returns the
    files written."""
    from kg.rdf.rdfio import write_atomic

    report = _read(paths, rdf_format, validate, validation)
    written = []
    for name, page in render_pages(report, title=title, max_nodes=max_nodes).items():
        path = Path(directory) / name
        write_atomic(path, page.encode("utf-8"))
        written.append(path)
    return written


class NotebookView:
    """A report shown by Jupyter/IPython: the page in a sandboxed iframe (its own document,
    so its ids, style and script never mix with the notebook's)."""

    def __init__(self, page: str, height: int = 800) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f'<iframe srcdoc="{escape(self.page, quote=True)}" sandbox="allow-scripts" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ccc">'
            "</iframe>"
        )


def notebook_view(page: str, height: int = 800) -> NotebookView:
    """`page` (from `render_report`) as an object notebooks display."""
    return NotebookView(page, height)
