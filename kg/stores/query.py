"""`kg query`: run a stored query (queries/NAME.rq) or a .rq file against files, the embedded
store or a SPARQL endpoint, and return rows of plain strings.

The union-graph rule, identical on every back end: queries have no FROM and no GRAPH; their
default graph is the union of all graphs (each document graph, the entities graph, the
provenance graph and any default-graph triples).
- files (`--data`): parsed with kg.rdf.rdfio, loaded into an in-memory pyoxigraph store, queried
  with `use_default_graph_as_union=True`;
- embedded store (`--store`): the same call on the on-disk pyoxigraph store;
- endpoint (`--endpoint`): the request carries `union-default-graph=true`, which an Oxigraph
  server honours (as `oxigraph serve --union-default-graph` would); Virtuoso's default graph is
  already the union of all graphs when a query names none, and it ignores the parameter.
A triple stated in two graphs appears twice in such a union (Oxigraph and Virtuoso both treat
it as a multiset), so stored queries use DISTINCT, COUNT(DISTINCT ...) and MIN(STR(...)) for
labels, and ORDER BY every row-identifying column: the same data gives the same rows in the
same order. (STR inside MIN: Virtuoso's MIN over typed literals does not give a value its
ORDER BY sorts as a string, so rows came back in another order there.)

Values come back as plain strings: IRIs as the IRI, literals as their lexical form (no quotes,
language tags or datatypes), blank nodes as `_:id`, unbound as None.

`--param VAR=VALUE` binds a variable of the WHERE clause by appending a VALUES clause to the
query; the value becomes an rdflib term (`<iri>`, an absolute IRI such as `https://...`, an
N-Triples literal such as `"0.9"^^<...#decimal>`, otherwise a plain string literal) and is
written into the query by rdflib, never pasted.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import Literal, URIRef
from rdflib.term import Node
from rdflib.util import from_n3

from kg.errors import EndpointError, InputError, Msg
from kg.rdf.rdfio import read_rdf_files, serialise
from kg.resources import queries_dir
from kg.stores.endpoint import Endpoint, select
from kg.stores.store import open_store

FORMATS = ("table", "csv", "tsv", "json")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+$")


@dataclass(frozen=True)
class QueryResult:
    """SELECT results: `columns` are the variable names, rows hold plain strings or None."""

    columns: list[str]
    rows: list[tuple[str | None, ...]]

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def stored_queries() -> list[tuple[str, str]]:
    """(name, first line of the header comment) for every queries/*.rq, by name."""
    found = []
    for path in sorted(queries_dir().glob("*.rq")):
        first = next((line for line in path.read_text("utf-8").splitlines() if line.strip()), "")
        found.append((path.stem, first.lstrip("#").strip() if first.startswith("#") else ""))
    return found


def load_query(name: str) -> tuple[str, str]:
    """(source, text) of a stored query name or a path to a .rq file."""
    stored = queries_dir() / f"{name}.rq"
    path = Path(name)
    for candidate in (stored, path) if _VARIABLE.match(name) else (path, stored):
        if candidate.is_file():
            try:
                return str(candidate), candidate.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(Msg.UNREADABLE.format(path=candidate, reason=error)) from error
    raise InputError(Msg.QUERY_NOT_FOUND.format(name=name))


def parse_param(param: str) -> tuple[str, Node]:
    """`VAR=VALUE` (VAR may start with ? or $) as a variable name and an rdflib term."""
    name, sep, value = param.partition("=")
    name = name.strip().lstrip("?$")
    if not sep:
        raise InputError(Msg.BAD_PARAM.format(param=param))
    if not _VARIABLE.match(name):
        raise InputError(Msg.BAD_PARAM_NAME.format(param=param, name=name))
    term: Node
    try:
        if value.startswith(("<", '"')):
            term = from_n3(value)
            if not isinstance(term, URIRef | Literal):
                raise ValueError("not an IRI or literal")
        elif _ABSOLUTE_IRI.match(value) and "://" in value or value.startswith("urn:"):
            term = URIRef(value)
        else:
            term = Literal(value)
        term.n3()  # rdflib refuses what it cannot write safely
    except Exception as error:  # from_n3 and n3() raise assorted types
        reason = str(error).split("?")[0] or type(error).__name__
        raise InputError(
            Msg.BAD_PARAM_VALUE.format(param=param, value=value, reason=reason)
        ) from None
    return name, term


def with_params(text: str, params: Mapping[str, Node]) -> str:
    """The query with a trailing VALUES clause binding `params` (terms written by rdflib)."""
    if not params:
        return text
    names = " ".join(f"?{name}" for name in params)
    values = " ".join(_n3_line(term) for term in params.values())
    return f"{text.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


def _n3_line(term: Node) -> str:
    if isinstance(term, Literal):
        # one line, escaped as in N-Triples (n3() would use a multi-line long string)
        from rdflib.plugins.serializers.nt import _quoteLiteral  # noqa: PLC0415

        return _quoteLiteral(term)
    return term.n3()


def _plain(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    return str(term.value)  # NamedNode and Literal: the IRI, the lexical form


def _run_oxigraph(store: pyoxigraph.Store, text: str, source: str) -> QueryResult:
    try:
        solutions = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise InputError(Msg.QUERY_FAILED.format(source=source, reason=error)) from None
    except OSError as error:
        raise EndpointError(Msg.QUERY_FAILED.format(source=source, reason=error)) from None
    if not isinstance(solutions, pyoxigraph.QuerySolutions):
        raise InputError(Msg.NOT_A_SELECT.format(source=source))
    columns = [variable.value for variable in solutions.variables]
    rows = [tuple(map(_plain, solution)) for solution in solutions]  # in column order
    return QueryResult(columns, rows)


def query_files(text: str, paths: Iterable[Path], source: str = "query") -> QueryResult:
    """Run a SELECT query over RDF files (union of all their graphs)."""
    dataset = read_rdf_files([Path(path) for path in paths])
    store = pyoxigraph.Store()
    store.load(serialise(dataset, "nquads"), format=pyoxigraph.RdfFormat.N_QUADS)
    return _run_oxigraph(store, text, source)


def query_store(text: str, store_dir: Path | str, source: str = "query") -> QueryResult:
    """Run a SELECT query over the embedded store in `store_dir` (opened read-only)."""
    return _run_oxigraph(open_store(store_dir, read_only=True), text, source)


def query_endpoint(text: str, endpoint: Endpoint, source: str = "query") -> QueryResult:
    """Run a SELECT query at a SPARQL endpoint (union default graph, see the module docs)."""
    results = select(endpoint, text)
    if "results" not in results:
        raise InputError(Msg.NOT_A_SELECT.format(source=source))
    columns = list(results.get("head", {}).get("vars", []))
    rows = []
    for binding in results["results"].get("bindings", []):
        row = []
        for name in columns:
            value = binding.get(name)
            if value is None:
                row.append(None)
            elif value.get("type") == "bnode":
                row.append(f"_:{value['value']}")
            else:
                row.append(value["value"])
        rows.append(tuple(row))
    return QueryResult(columns, rows)


def run_query(
    name: str,
    data: Sequence[Path] | None = None,
    store: Path | str | None = None,
    endpoint: Endpoint | None = None,
    params: Sequence[str] = (),
) -> QueryResult:
    """Run stored query `name` (or a .rq path) against exactly one back end."""
    if sum(bool(source) for source in (data, store, endpoint)) != 1:
        raise InputError(Msg.NO_DATA_SOURCE)
    source, text = load_query(name)
    text = with_params(text, dict(parse_param(param) for param in params))
    if data:
        return query_files(text, data, source)
    if store:
        return query_store(text, store, source)
    assert endpoint is not None
    return query_endpoint(text, endpoint, source)


def render(result: QueryResult, output_format: str = "table") -> str:
    """The rows as a table, CSV, TSV or JSON (a list of objects keyed by column)."""
    if output_format == "json":
        return json.dumps(result.as_dicts(), ensure_ascii=False, indent=2) + "\n"
    if output_format in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(
            out, delimiter="," if output_format == "csv" else "\t", lineterminator="\n"
        )
        writer.writerow(result.columns)
        writer.writerows(["" if value is None else value for value in row] for row in result.rows)
        return out.getvalue()
    cells = [result.columns] + [
        [" ".join(("" if value is None else value).split()) for value in row] for row in result.rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.columns))]
    lines = [
        "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True))
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines) + "\n"
