"""One benchmark measurement, run in a fresh process by benchmarks/run.py.

    python benchmarks/steps.py STEP PARAMS_JSON RESULT_JSON

Each step loads what it needs outside the timed region, times only the work, and writes a JSON
result with `seconds`, its counts and the peak RSS of this process (`rss_mb`) and of its
waited-for children (`children_rss_mb`: the extract workers), both from getrusage.
With PARAMS "profile": PATH the timed work also runs under cProfile (stats dumped to PATH).
"""

from __future__ import annotations

import cProfile
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Params = dict[str, Any]
QUERY_BUDGET_SECONDS = 60.0  # per stored query: repeat while under this
QUERY_MIN_REPEATS = 3  # ... but at least this often: one run of a slow query is noise


def _timed(params: Params, work: Callable[[], Any]) -> tuple[float, Any]:
    profile = cProfile.Profile() if params.get("profile") else None
    started = time.perf_counter()
    if profile is not None:
        profile.enable()
    value = work()
    if profile is not None:
        profile.disable()
    seconds = time.perf_counter() - started
    if profile is not None:
        profile.dump_stats(params["profile"])
    return seconds, value


def _documents(corpus: str) -> list:
    from kg.errors import InputError
    from kg.ingest.read import iter_documents

    documents = list(iter_documents([corpus]))
    errors = [d for d in documents if isinstance(d, InputError)]
    if errors:
        raise SystemExit(f"corpus {corpus}: {errors[0]}")
    return documents


def step_pipe(params: Params) -> dict[str, Any]:
    """nlp.pipe alone over exactly the paragraph pieces kg parses (kg.ingest.clean + pieces_for)."""
    from kg.ingest.clean import clean
    from kg.nlp.pipeline import load_pipeline, pieces_for, pipeline_identity

    started = time.perf_counter()
    nlp = load_pipeline(params["model"])
    load_seconds = time.perf_counter() - started
    texts = []
    for index, document in enumerate(_documents(params["corpus"])):
        spans = [(s.start, s.end) for s in clean(document.text).mined()]
        texts += [piece.text for piece in pieces_for(index, document.text, spans)]
    batch = params.get("batch_size", 64)
    seconds, tokens = _timed(
        params, lambda: sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch))
    )
    name, version = pipeline_identity(nlp)
    return {
        "seconds": seconds,
        "pieces": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "tokens": tokens,
        "load_seconds": load_seconds,
        "pipeline": f"{name} {version}",
        "components": nlp.pipe_names,
    }


def step_extract(params: Params) -> dict[str, Any]:
    """kg's write_extraction to a file, pipeline loaded (and cached) before the clock starts."""
    from kg.extraction import ExtractOptions
    from kg.nlp.pipeline import load_pipeline
    from kg.write import write_extraction

    load_pipeline(params["model"])
    validate = params.get("validate", False)
    options = ExtractOptions(model=params["model"], validate=validate, workers=params["workers"])
    out = Path(params["out"])

    def work():
        return write_extraction([params["corpus"]], out, params["format"], options)

    seconds, summary = _timed(params, work)
    return {
        "seconds": seconds,
        "documents": summary.documents,
        "triples": summary.triples,
        "errors": len(summary.errors),
        "violations": summary.violations,
        "bytes": out.stat().st_size,
    }


def step_long(params: Params) -> dict[str, Any]:
    """One long text extracted with kg's defaults (validation on, one process) to N-Quads."""
    result = step_extract({**params, "validate": True, "workers": 1, "format": "nquads"})
    text = Path(params["corpus"]).read_text(encoding="utf-8")
    return {**result, "words": len(text.split()), "text_bytes": len(text.encode("utf-8"))}


KG_MAIN = "from kg.cli.main import app; app()"
STARTUP_COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "kg --help": ["-c", KG_MAIN, "--help"],
    "kg --version": ["-c", KG_MAIN, "--version"],
    "kg queries": ["-c", KG_MAIN, "queries"],
    "kg validate (small file)": ["-c", KG_MAIN, "validate", "ontology/kg.ttl"],
    "kg query (small file)": ["-c", KG_MAIN, "query", "entities", "--data", "ontology/kg.ttl"],
}


def step_startup(params: Params) -> dict[str, Any]:
    """Wall time of each command in a fresh interpreter (the best of `repeats`, commands taken
    in turn so that load on the machine hits all alike)."""
    import subprocess

    best: dict[str, float] = {}
    for _repeat in range(params.get("repeats", 7)):
        for label, args in STARTUP_COMMANDS.items():
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, *args], cwd=ROOT, capture_output=True, check=False, timeout=120
            )
            elapsed = time.perf_counter() - started
            best[label] = min(best.get(label, elapsed), elapsed)
    return {"seconds": sum(best.values()), "commands": best}


def _graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line kg wrote (`... <graph> .`), '' for the default graph."""
    last = line.rstrip()[:-1].rstrip().rsplit(" ", 1)[-1]
    return last[1:-1] if last.startswith("<") and last.endswith(">") else ""


def _triples(nquads: str):
    """N-Quads text as one plain rdflib Graph (graph names dropped)."""
    from rdflib import Dataset, Graph

    dataset = Dataset()
    dataset.parse(data=nquads, format="nquads")
    graph = Graph()
    for subject, predicate, value, _graph in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, value))
    return graph


def _document_graphs(path: str, limit: int) -> list:
    """The first `limit` document graphs of an N-Quads file, each with the type and label of
    the entities it names (what kg.extraction.validate_document checks). The file is streamed:
    memory holds only those graphs, whatever the corpus size."""
    from rdflib.namespace import RDF, RDFS

    from kg.stores.updates import is_merged_graph

    chosen: dict[str, list[str]] = {}
    described: list[str] = []
    types = (f"<{RDF.type}>", f"<{RDFS.label}>")
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            graph = _graph_of(line)
            if graph.endswith("/graph/entities"):
                if line.split(" ", 2)[1] in types:
                    described.append(line)
            elif graph and not is_merged_graph(graph) and (graph in chosen or len(chosen) < limit):
                chosen.setdefault(graph, []).append(line)
    entities = _triples("".join(described))
    graphs = []
    for name in sorted(chosen):
        union = _triples("".join(chosen[name]))
        for node in set(union.subjects()) | set(union.objects()):
            for predicate in (RDF.type, RDFS.label):
                for value in entities.objects(node, predicate):
                    union.add((node, predicate, value))
        graphs.append(union)
    return graphs


def step_validate(params: Params) -> dict[str, Any]:
    """kg.rdf.validate.validate_graph per document graph (shapes loaded before the clock)."""
    from kg.rdf.validate import load_shapes, validate_graph

    graphs = _document_graphs(params["nquads"], params["limit"])
    shapes = load_shapes()
    seconds, violations = _timed(
        params, lambda: sum(len(validate_graph(g, shapes).violations) for g in graphs)
    )
    return {"seconds": seconds, "documents": len(graphs), "results": violations}


def step_push(params: Params) -> dict[str, Any]:
    """kg.stores.push.push_files of the N-Quads file to the SPARQL endpoint at params["server"]."""
    from kg.stores.endpoint import Endpoint
    from kg.stores.push import push_files

    base = params["server"]
    endpoint = Endpoint(url=f"{base}/query", update_url=f"{base}/update")
    seconds, summary = _timed(params, lambda: push_files([Path(params["nquads"])], endpoint))
    return {
        "seconds": seconds,
        "triples": summary.triples,
        "graphs": summary.graphs,
        "failed": len(summary.failed),
    }


def step_load(params: Params) -> dict[str, Any]:
    """kg.stores.store.load_files of the N-Quads file into a new embedded store."""
    from kg.stores.store import load_files

    seconds, summary = _timed(params, lambda: load_files([Path(params["nquads"])], params["store"]))
    return {
        "seconds": seconds,
        "triples": summary.triples,
        "graphs": summary.graphs,
        "failed": len(summary.failed),
    }


def step_queries(params: Params) -> dict[str, Any]:
    """Each stored query: kg.stores.query.run_query(store=...) against the same query run directly
    with pyoxigraph (store opened read-only, union default graph, every row materialised).
    Both sides open the store per call, as run_query does; the best of up to `repeats` runs
    each (the least disturbed by other load), fewer (but at least QUERY_MIN_REPEATS) once a
    query has used its time budget."""
    import pyoxigraph

    from kg.stores.query import load_query, run_query, stored_queries

    store_dir = params["store"]

    def direct(text: str) -> int:
        store = pyoxigraph.Store.read_only(store_dir)
        return len([tuple(row) for row in store.query(text, use_default_graph_as_union=True)])

    results = {}
    wanted = params.get("names")
    for name in [n for n, _title in stored_queries() if wanted is None or n in wanted]:
        text = load_query(name)[1]
        kg_times, direct_times = [], []
        budget = time.perf_counter() + params.get("budget_seconds", QUERY_BUDGET_SECONDS)
        for repeat in range(params["repeats"]):  # alternate which side goes first
            if repeat >= QUERY_MIN_REPEATS and time.perf_counter() > budget:
                break  # a slow query: fewer repeats
            for side in ("kg", "direct") if repeat % 2 == 0 else ("direct", "kg"):
                started = time.perf_counter()
                if side == "kg":
                    rows = len(run_query(name, store=store_dir).rows)
                    kg_times.append(time.perf_counter() - started)
                else:
                    direct_rows = direct(text)
                    direct_times.append(time.perf_counter() - started)
        if rows != direct_rows:
            raise SystemExit(f"query {name}: kg gave {rows} rows, pyoxigraph {direct_rows}")
        results[name] = {
            "rows": rows,
            "kg_seconds": min(kg_times),
            "direct_seconds": min(direct_times),
        }
    return {"seconds": sum(r["kg_seconds"] for r in results.values()), "queries": results}


STEPS = {
    "pipe": step_pipe,
    "extract": step_extract,
    "validate": step_validate,
    "push": step_push,
    "load": step_load,
    "queries": step_queries,
    "long": step_long,
    "startup": step_startup,
}


def main() -> None:
    step, params_json, result_path = sys.argv[1:4]
    result = STEPS[step](json.loads(params_json))
    result["kg_code"] = (
        str(Path(sys.modules["kg"].__file__).parent) if "kg" in sys.modules else None
    )
    for key, who in (
        ("rss_mb", resource.RUSAGE_SELF),
        ("children_rss_mb", resource.RUSAGE_CHILDREN),
    ):
        result[key] = round(resource.getrusage(who).ru_maxrss / 1024, 1)  # KiB on Linux
    Path(result_path).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
